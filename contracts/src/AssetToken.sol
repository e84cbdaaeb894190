// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AssetTokenBase} from "./AssetTokenBase.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";

/// @title AssetToken
/// @notice Fractional units of one real-world asset: an ERC-20 whose every
/// transfer, mint and forced transfer passes the asset's compliance rules
/// ({AssetTokenBase} holds the logic and its notes). Deployed once as an
/// implementation and used through ERC-1967 (UUPS) proxies, one per asset,
/// each initialized with {initialize} in the proxy's constructor and upgraded
/// only by UPGRADER_ROLE (the platform's timelock).
/// @dev Linked external libraries (DocumentsLib, TransferRestrictions and
/// AssetTokenCold, which the fallback delegates to) are safe behind the
/// proxy, which upgrades-core cannot see for itself: each keeps no state of its own (it runs in the token's
/// storage, on the ERC-7201 namespaces contracts/layout.js checks), has no
/// selfdestruct and no delegatecall but AssetTokenCold's one into the token's
/// own implementation (the ERC-1967 slot, which only an upgrade writes; the
/// validator follows calls into library code and reports any other), and sits at the deterministic deployment proxy's
/// address for its own creation code, linked at compile time, so the code at
/// that address is exactly the compiled library on every chain and nobody can
/// put other code there.
/// @custom:oz-upgrades-unsafe-allow external-library-linking
contract AssetToken is AssetTokenBase {
    /// @param registry_ the platform's identity registry: every proxy of this
    /// implementation checks it.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IdentityRegistry registry_) AssetTokenBase(registry_) {
        _disableInitializers();
    }

    /// @notice Sets up a token proxy once: what the constructor took before
    /// the token moved behind a proxy, plus the `upgrader` (the timelock).
    /// `registry_` must be the implementation's registry (it is checked, so a
    /// token is never set up against a registry it would not use).
    function initialize(
        string calldata name_,
        string calldata symbol_,
        uint8 decimals_,
        IdentityRegistry registry_,
        address deed_,
        uint256 deedId_,
        address admin,
        address upgrader
    ) external initializer {
        __AssetToken_init(name_, symbol_, decimals_, registry_, deed_, deedId_, admin, upgrader);
    }
}
