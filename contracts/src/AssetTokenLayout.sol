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
// On an investor's anchor word: the investor may only sell or redeem.
uint256 constant W_LIQUIDATE_ONLY = 1 << 234;
// On an investor's anchor word, while it holds and investors are counted:
// counted, and the country and categories it was counted under (so it
// leaves the counters it entered, whatever the registry says by then).
uint256 constant W_COUNTED = 1 << 235;
uint256 constant W_CLASS_SHIFT = 236; // country (10 bits) | categories (8 bits)
uint256 constant W_CLASS = ((1 << 18) - 1) << W_CLASS_SHIFT;

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
// The extended rules word holds a rule: transfers and mints read it.
uint256 constant C_EXTENDED = 4;
// Investors are counted per country and per category as they enter and leave.
uint256 constant C_COUNTING = 8;
// Set while a proof-of-reserve feed guards mints: a mint reads the rules word
// anyway, so an unguarded mint never reads the guard's own slots.
uint256 constant C_RESERVE = 16;
uint256 constant C_FLAGS_SHIFT = 8;
uint256 constant C_COUNT_SHIFT = 16;
uint256 constant C_MAX_INVESTORS_SHIFT = 48;
uint256 constant C_MAX_BALANCE_SHIFT = 80;

// Extended rules word: minimum holding | Reg S flowback end | initial lock-up | its reason | force full transfer.
uint256 constant X_FLOWBACK_SHIFT = 96;
uint256 constant X_LOCKUP_SHIFT = 136;
uint256 constant X_LOCKUP_REASON_SHIFT = 168;
uint256 constant X_FORCE_FULL = 1 << 176;
// How many transfer limit windows are set, 0-4 (3 bits; TokenStorage.limits holds them in order).
uint256 constant X_WINDOWS_SHIFT = 180;
// Category caps are set (TokenStorage.categoryCaps).
uint256 constant X_CATEGORY_CAPS = 1 << 177;
// The maximum share of investors from one country, in basis points (14 bits, 0 = none).
uint256 constant X_SHARE_SHIFT = 183;

// Transfer limit word: two windows, each period (32 bits) | limit (96 bits).
// Volume word: two windows of one investor, each used (96 bits) | start (32 bits).
uint256 constant MAX_WINDOWS = 4;

// Category counters: nine of 28 bits, one per registry flag 0-7 and the
// ninth (index 8) for investors with none of them (retail).
uint256 constant CATEGORIES = 9;
uint256 constant U28 = (1 << 28) - 1;
// ISO 3166-1 numeric code of the United States, the country a Reg S
// flowback window closes to.
uint16 constant US = 840;

// Lock word: amount | start | cliff | end | reason. Locked: all of amount
// before the cliff, then what has not vested linearly from start to end.
uint256 constant L_START_SHIFT = 96;
uint256 constant L_CLIFF_SHIFT = 136;
uint256 constant L_END_SHIFT = 176;
uint256 constant L_REASON_SHIFT = 216;
// The most locks a wallet holds at once.
uint256 constant MAX_LOCKS = 8;

/// What lock word `l` still locks at time `t`: its whole amount before the
/// cliff, none from the end, and in between the part not yet vested, vesting
/// running linearly from start to end and rounded down (so the lock keeps
/// the fraction of a base unit).
function lockedAt(uint256 l, uint256 t) pure returns (uint256) {
    uint256 end = (l >> L_END_SHIFT) & U40;
    if (t >= end) return 0;
    uint256 amount = l & U96;
    if (t < ((l >> L_CLIFF_SHIFT) & U40)) return amount;
    uint256 start = (l >> L_START_SHIFT) & U40; // start <= cliff <= t < end
    return amount - (amount * (t - start)) / (end - start);
}

/// The lock word of `amount` locked from `start`, vesting after `cliff`
/// until `end`, for `reason`; a plain lock has start = cliff = end.
function lockWord(uint256 amount, uint256 start, uint256 cliff, uint256 end, uint8 reason) pure returns (uint256) {
    return amount | (start << L_START_SHIFT) | (cliff << L_CLIFF_SHIFT) | (end << L_END_SHIFT)
        | (uint256(reason) << L_REASON_SHIFT);
}
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
