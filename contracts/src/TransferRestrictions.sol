// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title TransferRestrictions
/// @notice The one table of transfer restriction codes shared by AssetToken and
/// DeedToken. 0x00 means "no restriction" (ERC-1404); refusals use the ERC-1066
/// "tokens and finance" row 0x5*. `detectTransferRestriction` returns these codes
/// and every refused transfer, mint or forced transfer reverts with
/// `TransferRestricted(code)` carrying the same code. The row 0xA* (ERC-1066's
/// application-specific codes) holds the rules the 0x5* row has no room for.
/// When several rules fail, the first one the token checks wins.
library TransferRestrictions {
    uint8 internal constant SUCCESS = 0x00;
    uint8 internal constant PAUSED = 0x50;
    uint8 internal constant SENDER_FROZEN = 0x51;
    uint8 internal constant RECEIVER_FROZEN = 0x52;
    uint8 internal constant SENDER_NOT_VERIFIED = 0x53;
    uint8 internal constant RECEIVER_NOT_VERIFIED = 0x54;
    uint8 internal constant COUNTRY_NOT_ALLOWED = 0x55;
    uint8 internal constant RECEIVER_NOT_ELIGIBLE = 0x56;
    uint8 internal constant TOKENS_FROZEN = 0x57;
    uint8 internal constant TOKENS_LOCKED = 0x58;
    uint8 internal constant MAX_INVESTORS = 0x59;
    uint8 internal constant MAX_BALANCE = 0x5A;
    uint8 internal constant VALUATION_STALE = 0x5B;
    uint8 internal constant DEED_NOT_LOCKED = 0x5C;
    uint8 internal constant DEED_LOCKED = 0x5D;
    uint8 internal constant RESERVE_EXCEEDED = 0x5E;
    uint8 internal constant RESERVE_STALE = 0x5F;
    uint8 internal constant LIQUIDATE_ONLY = 0xA0;
    uint8 internal constant BELOW_MIN_HOLDING = 0xA1;
    uint8 internal constant PARTIAL_TRANSFER = 0xA2;
    uint8 internal constant FLOWBACK = 0xA3;
    uint8 internal constant COUNTRY_CAP = 0xA4;
    uint8 internal constant CATEGORY_CAP = 0xA5;
    uint8 internal constant COUNTRY_SHARE = 0xA6;
    uint8 internal constant TRANSFER_LIMIT = 0xA7;

    /// @notice The message of `code`.
    function message(uint8 code) external pure returns (string memory) {
        if (code == SUCCESS) return "no restriction";
        if (code == PAUSED) return "transfers are paused";
        if (code == SENDER_FROZEN) return "sender address is frozen";
        if (code == RECEIVER_FROZEN) return "receiver address is frozen";
        if (code == SENDER_NOT_VERIFIED) return "sender is not a verified investor";
        if (code == RECEIVER_NOT_VERIFIED) return "receiver is not a verified investor";
        if (code == COUNTRY_NOT_ALLOWED) return "receiver's country is not allowed";
        if (code == RECEIVER_NOT_ELIGIBLE) return "receiver lacks the required eligibility flags";
        if (code == TOKENS_FROZEN) return "amount exceeds the sender's unfrozen balance";
        if (code == TOKENS_LOCKED) return "amount includes tokens still under lock-up";
        if (code == MAX_INVESTORS) return "maximum number of investors reached";
        if (code == MAX_BALANCE) return "receiver's investor would exceed the maximum balance";
        if (code == VALUATION_STALE) return "asset valuation is stale or paused";
        if (code == DEED_NOT_LOCKED) return "deed is not locked into the token";
        if (code == DEED_LOCKED) return "deed is locked into its fraction token";
        if (code == RESERVE_EXCEEDED) return "mint exceeds proof of reserve";
        if (code == RESERVE_STALE) return "proof of reserve is stale, paused or missing";
        if (code == LIQUIDATE_ONLY) return "receiver's investor may only sell or redeem";
        if (code == BELOW_MIN_HOLDING) return "an investor would hold less than the minimum holding";
        if (code == PARTIAL_TRANSFER) return "only a transfer of the sender's whole balance is allowed";
        if (code == FLOWBACK) return "units may not move to a US person during the Reg S flowback window";
        if (code == COUNTRY_CAP) return "maximum number of investors from the receiver's country reached";
        if (code == CATEGORY_CAP) return "maximum number of investors in one of the receiver's categories reached";
        if (code == COUNTRY_SHARE) return "investors from the receiver's country would exceed their maximum share";
        if (code == TRANSFER_LIMIT) return "amount exceeds the sender's investor's transfer limit for a window";
        return "unknown restriction code";
    }
}
