// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AssetToken} from "../src/AssetToken.sol";
import {IdentityRegistry} from "../src/IdentityRegistry.sol";

/// @title AssetTokenV2
/// @notice Test only: a next release of AssetToken, as a release adds to it:
/// every function and word of AssetToken, plus an ERC-7201 namespace of its
/// own holding one field (the asset's prospectus URI), set when the upgrade
/// runs ({initializeV2}) and later by DOCUMENT_ROLE. contracts/upgrade_test.go
/// upgrades live tokens to it through the timelock; other tests use it as
/// another release's AssetToken.
/// @dev Linked libraries: see AssetToken. Its initializer is AssetToken's
/// {initialize}, inherited as is, so a fresh proxy starts as an AssetToken
/// does; upgrades-core looks for one declared here.
/// @custom:oz-upgrades-from AssetToken
/// @custom:oz-upgrades-unsafe-allow external-library-linking missing-initializer
contract AssetTokenV2 is AssetToken {
    /// @custom:storage-location erc7201:tessera.storage.AssetTokenV2
    struct AssetTokenV2Storage {
        string prospectus;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.AssetTokenV2")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_V2 = 0x4b048a16edadfbfce4299f3fff240f621d0a228608b70f4cb45c79652aa0aa00;

    /// @param registry_ the platform's identity registry, as AssetToken's.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IdentityRegistry registry_) AssetToken(registry_) {}

    function _v2() private pure returns (AssetTokenV2Storage storage $) {
        assembly {
            $.slot := STORAGE_V2
        }
    }

    /// @notice The prospectus URI is now `uri`.
    event ProspectusSet(string uri);

    /// @notice Runs once, in the upgrade's own transaction
    /// (upgradeToAndCall, sent by the upgrader).
    function initializeV2(string calldata prospectus_) external reinitializer(2) onlyRole(UPGRADER_ROLE) {
        _setProspectus(prospectus_);
    }

    /// @notice Replaces the prospectus URI.
    function setProspectus(string calldata prospectus_) external onlyRole(DOCUMENT_ROLE) {
        _setProspectus(prospectus_);
    }

    /// @notice The asset's prospectus URI.
    function prospectus() external view returns (string memory) {
        return _v2().prospectus;
    }

    function _setProspectus(string calldata prospectus_) private {
        _v2().prospectus = prospectus_;
        emit ProspectusSet(prospectus_);
    }
}
