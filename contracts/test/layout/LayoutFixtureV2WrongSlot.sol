// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {UpgradeGate} from "../../src/UpgradeGate.sol";

/// @title LayoutFixtureV2WrongSlot
/// @notice Storage-layout check fixture (contracts/layout_test.go), compiled
/// only by layout.js:
/// a new version whose namespace constant forgot the "- 1" of ERC-7201, so
/// its fields would land on other words than the layout says.
contract LayoutFixtureV2WrongSlot is UpgradeGate {
    /// @custom:storage-location erc7201:tessera.storage.LayoutFixture
    struct LayoutFixtureStorage {
        uint256 supply;
        address registry;
        uint64 updatedAt;
        mapping(address account => uint256) balances;
        uint256 cap;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.LayoutFixture")))) & ~bytes32(uint256(0xff)): wrong
    bytes32 private constant STORAGE = 0x59f70b935ccafa940577401fb407e950d5d55bd93842fe7be5f7dec8454da900;

    function _s() private pure returns (LayoutFixtureStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    function initialize(address admin, address upgrader) external initializer {
        __UpgradeGate_init(admin, upgrader);
    }

    function balanceOf(address account) external view returns (uint256) {
        return _s().balances[account];
    }
}
