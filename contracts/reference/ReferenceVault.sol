// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

/// @title ReferenceVault
/// @notice A plain OpenZeppelin ERC-4626 vault over a plain ERC-20, the
/// yardstick of the dealing rows of the gas benchmark (bench/gas_test.go):
/// Dealing's claims and instant subscriptions are measured against its
/// synchronous `deposit`. It exists only for measurement.
contract ReferenceVault is ERC4626 {
    constructor(IERC20 asset_) ERC20("Reference Vault", "RVLT") ERC4626(asset_) {}
}
