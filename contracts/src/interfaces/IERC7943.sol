// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title IERC7943Fungible
/// @notice ERC-7943 (uRWA) interface for ERC-20 based tokens, as the
/// specification defines it; ERC-165 id 0x3edbb4c4.
interface IERC7943Fungible is IERC165 {
    /// @notice Tokens were taken from `from` and given to `to` by an enforcement action.
    event ForcedTransfer(address indexed from, address indexed to, uint256 amount);
    /// @notice The frozen amount of `account` is now `amount`.
    event Frozen(address indexed account, uint256 amount);

    error ERC7943CannotSend(address account);
    error ERC7943CannotReceive(address account);
    error ERC7943CannotTransfer(address from, address to, uint256 amount);
    error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen);

    /// @notice Moves `amount` from `from` to `to` by authority.
    function forcedTransfer(address from, address to, uint256 amount) external returns (bool result);
    /// @notice Sets (overwrites) the frozen amount of `account`; may exceed its balance.
    function setFrozenTokens(address account, uint256 amount) external returns (bool result);
    /// @notice Whether `account` may send, independent of any particular transfer.
    function canSend(address account) external view returns (bool allowed);
    /// @notice Whether `account` may receive, independent of any particular transfer.
    function canReceive(address account) external view returns (bool allowed);
    /// @notice The frozen amount of `account`.
    function getFrozenTokens(address account) external view returns (uint256 amount);
    /// @notice Whether the token's rules allow this transfer now.
    function canTransfer(address from, address to, uint256 amount) external view returns (bool allowed);
}

/// @title IERC7943NonFungible
/// @notice ERC-7943 (uRWA) interface for ERC-721 based tokens, as the
/// specification defines it; ERC-165 id 0xbf1ef5fe.
interface IERC7943NonFungible is IERC165 {
    /// @notice `tokenId` was taken from `from` and given to `to` by an enforcement action.
    event ForcedTransfer(address indexed from, address indexed to, uint256 indexed tokenId);
    /// @notice `tokenId` of `account` was frozen or unfrozen.
    event Frozen(address indexed account, uint256 indexed tokenId, bool indexed frozenStatus);

    error ERC7943CannotSend(address account);
    error ERC7943CannotReceive(address account);
    error ERC7943CannotTransfer(address from, address to, uint256 tokenId);
    error ERC7943InsufficientUnfrozenBalance(address account, uint256 tokenId);

    /// @notice Moves `tokenId` from `from` to `to` by authority.
    function forcedTransfer(address from, address to, uint256 tokenId) external returns (bool result);
    /// @notice Freezes or unfreezes `tokenId` for `account`.
    function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus) external returns (bool result);
    /// @notice Whether `account` may send, independent of any particular transfer.
    function canSend(address account) external view returns (bool allowed);
    /// @notice Whether `account` may receive, independent of any particular transfer.
    function canReceive(address account) external view returns (bool allowed);
    /// @notice Whether `tokenId` is frozen for `account`.
    function getFrozenTokens(address account, uint256 tokenId) external view returns (bool frozenStatus);
    /// @notice Whether the token's rules allow this transfer now.
    function canTransfer(address from, address to, uint256 tokenId) external view returns (bool allowed);
}
