// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {UpgradeGate} from "../../src/UpgradeGate.sol";

/// @title LayoutFixtureV1
/// @notice Storage-layout check fixture (contracts/layout_test.go), compiled
/// only by layout.js:
/// the released version.
contract LayoutFixtureV1 is UpgradeGate {
    /// @custom:storage-location erc7201:tessera.storage.LayoutFixture
    struct LayoutFixtureStorage {
        uint256 supply;
        address registry;
        uint64 updatedAt;
        mapping(address account => uint256) balances;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.LayoutFixture")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0x36458c8716d598daef39453f88a93519421b6fcef5b71a70a94a52547480e800;

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
