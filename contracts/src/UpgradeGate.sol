// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";

/// @title UpgradeGate
/// @notice The upgrade rule every Tessera UUPS implementation shares: only
/// UPGRADER_ROLE may upgrade, UPGRADER_ROLE is granted once, at initialize,
/// to the upgrader (the platform's TimelockController), and UPGRADER_ROLE is
/// its own admin, so DEFAULT_ADMIN_ROLE (the platform's hot signer) can never
/// grant it: an upgrade always waits out the timelock's delay.
abstract contract UpgradeGate is AccessControlUpgradeable, UUPSUpgradeable {
    /// @notice May upgrade the implementation (the timelock).
    bytes32 public constant UPGRADER_ROLE = keccak256("UPGRADER_ROLE");

    /// @notice initialize was given no upgrader: the contract could never be upgraded.
    error InvalidUpgrader();

    function __UpgradeGate_init(address admin, address upgrader) internal onlyInitializing {
        __AccessControl_init();
        if (upgrader == address(0)) revert InvalidUpgrader();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setRoleAdmin(UPGRADER_ROLE, UPGRADER_ROLE);
        _grantRole(UPGRADER_ROLE, upgrader);
    }

    /// @dev UUPS: upgradeToAndCall is the upgrader's alone.
    function _authorizeUpgrade(address) internal view override onlyRole(UPGRADER_ROLE) {}
}
