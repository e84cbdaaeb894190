// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IERC7887Deposit
/// @notice ERC-7887 cancellation of ERC-7540 deposit requests. ERC-165 id 0x8bf840e3.
interface IERC7887Deposit {
    /// @notice `controller` asked to cancel deposit request `requestId`.
    event CancelDepositRequest(address indexed controller, uint256 indexed requestId, address sender);
    /// @notice `controller` claimed the cancellation of `requestId`: `receiver` got `assets`.
    event CancelDepositClaim(
        address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 assets
    );

    function cancelDepositRequest(uint256 requestId, address controller) external;
    function pendingCancelDepositRequest(uint256 requestId, address controller) external view returns (bool isPending);
    function claimableCancelDepositRequest(uint256 requestId, address controller)
        external
        view
        returns (uint256 assets);
    function claimCancelDepositRequest(uint256 requestId, address receiver, address controller)
        external
        returns (uint256 assets);
}

/// @title IERC7887Redeem
/// @notice ERC-7887 cancellation of ERC-7540 redeem requests. ERC-165 id 0xe76cffc7.
interface IERC7887Redeem {
    /// @notice `controller` asked to cancel redeem request `requestId`.
    event CancelRedeemRequest(address indexed controller, uint256 indexed requestId, address sender);
    /// @notice `controller` claimed the cancellation of `requestId`: `receiver` got `shares` back.
    event CancelRedeemClaim(
        address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 shares
    );

    function cancelRedeemRequest(uint256 requestId, address controller) external;
    function pendingCancelRedeemRequest(uint256 requestId, address controller) external view returns (bool isPending);
    function claimableCancelRedeemRequest(uint256 requestId, address controller)
        external
        view
        returns (uint256 shares);
    function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner)
        external
        returns (uint256 shares);
}
