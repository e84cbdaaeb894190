// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IdentityRegistry} from "../src/IdentityRegistry.sol";

/// @title IdentityRegistryV2
/// @notice Test only: a next release of IdentityRegistry, as a release adds to
/// it: every function and word of IdentityRegistry, plus an ERC-7201
/// namespace of its own holding one field (an accreditation reference per
/// wallet, kept by REGISTRAR_ROLE). contracts/upgrade_test.go upgrades a live
/// registry to it through the timelock.
/// @dev Its initializer is IdentityRegistry's {initialize}, inherited as is,
/// so a fresh proxy starts as an IdentityRegistry does; upgrades-core looks
/// for one declared here.
/// @custom:oz-upgrades-from IdentityRegistry
/// @custom:oz-upgrades-unsafe-allow missing-initializer
contract IdentityRegistryV2 is IdentityRegistry {
    /// @custom:storage-location erc7201:tessera.storage.IdentityRegistryV2
    struct IdentityRegistryV2Storage {
        mapping(address wallet => bytes32) accreditation;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.IdentityRegistryV2")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_V2 = 0xaab4d834527db0ba3a4be7998c716d39d613e2f6d4194e4060103d6990f27b00;

    function _v2() private pure returns (IdentityRegistryV2Storage storage $) {
        assembly {
            $.slot := STORAGE_V2
        }
    }

    /// @notice `wallet`'s accreditation reference is now `accreditation`.
    event AccreditationSet(address indexed wallet, bytes32 accreditation);

    /// @notice Records `wallet`'s accreditation reference.
    function setAccreditation(address wallet, bytes32 accreditation) external onlyRole(REGISTRAR_ROLE) {
        _v2().accreditation[wallet] = accreditation;
        emit AccreditationSet(wallet, accreditation);
    }

    /// @notice `wallet`'s accreditation reference (zero when none).
    function accreditationOf(address wallet) external view returns (bytes32) {
        return _v2().accreditation[wallet];
    }
}
