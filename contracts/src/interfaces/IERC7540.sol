// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IERC7540Operator
/// @notice ERC-7540 operators: a controller lets an operator manage its
/// requests and claims. ERC-165 id 0xe3bc4e65.
interface IERC7540Operator {
    /// @notice `controller` set `operator`'s approval to `approved`.
    event OperatorSet(address indexed controller, address indexed operator, bool approved);

    /// @notice Approves or revokes `operator` for the caller's requests; returns true.
    function setOperator(address operator, bool approved) external returns (bool);
    /// @notice Whether `operator` may act for `controller`.
    function isOperator(address controller, address operator) external view returns (bool status);
}

/// @title IERC7540Deposit
/// @notice ERC-7540 asynchronous deposits, with the ERC-4626 claim methods
/// that name the controller. ERC-165 id 0xce3bbe50.
interface IERC7540Deposit {
    /// @notice `owner` locked `assets` for a deposit request `requestId` controlled by `controller`.
    event DepositRequest(
        address indexed controller, address indexed owner, uint256 indexed requestId, address sender, uint256 assets
    );

    function requestDeposit(uint256 assets, address controller, address owner) external returns (uint256 requestId);
    function pendingDepositRequest(uint256 requestId, address controller) external view returns (uint256 pendingAssets);
    function claimableDepositRequest(uint256 requestId, address controller)
        external
        view
        returns (uint256 claimableAssets);
    function deposit(uint256 assets, address receiver, address controller) external returns (uint256 shares);
    function mint(uint256 shares, address receiver, address controller) external returns (uint256 assets);
}

/// @title IERC7540Redeem
/// @notice ERC-7540 asynchronous redemptions (claimed with ERC-4626 redeem
/// and withdraw). ERC-165 id 0x620ee8e4.
interface IERC7540Redeem {
    /// @notice `sender` locked `owner`'s `shares` for a redeem request `requestId` controlled by `controller`.
    event RedeemRequest(
        address indexed controller, address indexed owner, uint256 indexed requestId, address sender, uint256 shares
    );

    function requestRedeem(uint256 shares, address controller, address owner) external returns (uint256 requestId);
    function pendingRedeemRequest(uint256 requestId, address controller) external view returns (uint256 pendingShares);
    function claimableRedeemRequest(uint256 requestId, address controller)
        external
        view
        returns (uint256 claimableShares);
}
