// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IERC7575
/// @notice ERC-7575 (multi-asset ERC-4626 vaults): the ERC-4626 vault
/// surface without the share token's ERC-20 functions, which live on the
/// separate contract {share} names. Its ERC-165 id is 0x2f0a18c5, the XOR of
/// every selector below.
interface IERC7575 {
    /// @notice ERC-4626: `sender` deposited `assets` and `owner` received `shares`.
    event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares);
    /// @notice ERC-4626: `owner`'s `shares` were redeemed and `receiver` got `assets`.
    event Withdraw(
        address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares
    );

    /// @notice The token deposits are paid in.
    function asset() external view returns (address assetTokenAddress);
    /// @notice The token the vault's shares are (ERC-7575: not necessarily the vault).
    function share() external view returns (address shareTokenAddress);
    function convertToShares(uint256 assets) external view returns (uint256 shares);
    function convertToAssets(uint256 shares) external view returns (uint256 assets);
    function totalAssets() external view returns (uint256 totalManagedAssets);
    function maxDeposit(address receiver) external view returns (uint256 maxAssets);
    function previewDeposit(uint256 assets) external view returns (uint256 shares);
    function deposit(uint256 assets, address receiver) external returns (uint256 shares);
    function maxMint(address receiver) external view returns (uint256 maxShares);
    function previewMint(uint256 shares) external view returns (uint256 assets);
    function mint(uint256 shares, address receiver) external returns (uint256 assets);
    function maxWithdraw(address owner) external view returns (uint256 maxAssets);
    function previewWithdraw(uint256 assets) external view returns (uint256 shares);
    function withdraw(uint256 assets, address receiver, address owner) external returns (uint256 shares);
    function maxRedeem(address owner) external view returns (uint256 maxShares);
    function previewRedeem(uint256 shares) external view returns (uint256 assets);
    function redeem(uint256 shares, address receiver, address owner) external returns (uint256 assets);
}
