// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

// The packed words of {AssetTokenBase}'s storage and of the identity
// registry's record, shared by the token and its cold code ({AssetTokenCold})
// so both read one layout.

uint256 constant U32 = (1 << 32) - 1;
uint256 constant U40 = (1 << 40) - 1;
uint256 constant U96 = (1 << 96) - 1;
uint256 constant U128 = (1 << 128) - 1;

// Wallet word: balance | investor total (anchor wallets only) | lock-up end | freeze bits.
uint256 constant TOTAL_SHIFT = 96;
uint256 constant LOCK_SHIFT = 192;
uint256 constant W_FROZEN = 1 << 232;
uint256 constant W_HAS_FROZEN_TOKENS = 1 << 233;

// Supply word: supply (low 128 bits) | supply cap (high 128 bits, 0 = not set).
uint256 constant CAP_SHIFT = 128;

// IdentityRegistry record: anchor | country | expiry | flags 0-7 | registered.
uint256 constant REC_COUNTRY_SHIFT = 160;
uint256 constant REC_EXPIRY_SHIFT = 176;
uint256 constant REC_FLAGS_SHIFT = 240;
uint256 constant REC_REGISTERED = 1 << 255;

// Rules word: paused | country restriction | reserve guard on | required flags | investor count | max investors | max balance.
uint256 constant C_PAUSED = 1;
uint256 constant C_COUNTRIES = 2;
// Set while a proof-of-reserve feed guards mints: a mint reads the rules word
// anyway, so an unguarded mint never reads the guard's own slots.
uint256 constant C_RESERVE = 4;
uint256 constant C_FLAGS_SHIFT = 8;
uint256 constant C_COUNT_SHIFT = 16;
uint256 constant C_MAX_INVESTORS_SHIFT = 48;
uint256 constant C_MAX_BALANCE_SHIFT = 80;

// Reserve margin modes: none, basis points of the reserve, or an absolute
// amount of base units the reserve must exceed the supply by.
uint8 constant MARGIN_NONE = 0;
uint8 constant MARGIN_BPS = 1;
uint8 constant MARGIN_ABSOLUTE = 2;

// Role ids, as AccessControl names them.
bytes32 constant MINTER = keccak256("MINTER_ROLE");
bytes32 constant AGENT = keccak256("AGENT_ROLE");
bytes32 constant COMPLIANCE_ADMIN = keccak256("COMPLIANCE_ADMIN_ROLE");
bytes32 constant PAUSER = keccak256("PAUSER_ROLE");
bytes32 constant DOCUMENTS = keccak256("DOCUMENT_ROLE");

/// Whether the token at `self` holds deed `id` of ERC-721 contract `deed`
/// (false for an asset without a deed, or a deed contract that fails).
function deedHeld(address self, address deed, uint256 id) view returns (bool) {
    if (deed == address(0)) return false;
    try IERC721(deed).ownerOf(id) returns (address owner) {
        return owner == self;
    } catch {
        return false;
    }
}
