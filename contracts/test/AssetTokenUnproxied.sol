// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AssetTokenBase} from "../src/AssetTokenBase.sol";
import {IdentityRegistry} from "../src/IdentityRegistry.sol";

/// @title AssetTokenUnproxied
/// @notice Test only: AssetToken's logic deployed on its own, initialized in
/// its constructor, to measure what the proxy costs a transfer.
contract AssetTokenUnproxied is AssetTokenBase {
    constructor(
        string memory name_,
        string memory symbol_,
        uint8 decimals_,
        IdentityRegistry registry_,
        address deed_,
        uint256 deedId_,
        address admin,
        address upgrader
    ) AssetTokenBase(registry_) initializer {
        __AssetToken_init(name_, symbol_, decimals_, registry_, deed_, deedId_, admin, upgrader);
    }
}
