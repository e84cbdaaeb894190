// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IERC1404
/// @notice ERC-1404 simple restricted token: a transfer's restriction code
/// (0 = no restriction) and a human-readable message for each code.
interface IERC1404 {
    /// @notice The restriction that would refuse this transfer, 0 when none.
    function detectTransferRestriction(address from, address to, uint256 value) external view returns (uint8);
    /// @notice The message of `restrictionCode`.
    function messageForTransferRestriction(uint8 restrictionCode) external view returns (string memory);
}
