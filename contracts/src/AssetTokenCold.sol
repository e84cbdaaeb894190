// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {AssetTokenBase} from "./AssetTokenBase.sol";
import {
    U32, U40, U96, U128, TOTAL_SHIFT, LOCK_SHIFT, W_FROZEN, W_HAS_FROZEN_TOKENS, CAP_SHIFT,
    REC_EXPIRY_SHIFT, REC_REGISTERED, C_PAUSED, C_COUNTRIES, C_FLAGS_SHIFT, C_COUNT_SHIFT,
    C_MAX_INVESTORS_SHIFT, C_MAX_BALANCE_SHIFT, C_RESERVE, MARGIN_NONE, MARGIN_BPS, MARGIN_ABSOLUTE, AGENT, COMPLIANCE_ADMIN, PAUSER, deedHeld
} from "./AssetTokenLayout.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";
import {TransferRestrictions as R} from "./TransferRestrictions.sol";
import {IERC7943Fungible} from "./interfaces/IERC7943.sol";

/// @title AssetTokenCold
/// @notice AssetToken's cold code: rule setters and getters, freezes, pause,
/// wallet recovery, the deed and the request log. The token's fallback runs
/// it by DELEGATECALL in the token's storage for every selector the token
/// itself does not answer, so these functions are part of the token's
/// interface (its Go binding merges both ABIs) while the token's own code
/// keeps only the transfer, mint, burn and forced-transfer paths, which pay
/// nothing for it. Each function checks its role here, through the token's
/// own AccessControl (`hasRole` on `address(this)`, which is the token).
///
/// Stateless and without selfdestruct or delegatecall; deployed once per
/// chain through the deterministic deployment proxy, so its address (linked
/// into the token at compile time) is the same everywhere. A direct call
/// of a state-changing function reverts (Solidity's library call guard), and
/// a view reads this library's own empty storage.
library AssetTokenCold {
    // keccak256(abi.encode(uint256(keccak256("tessera.storage.AssetToken")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0xd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a00;

    function _s() private pure returns (AssetTokenBase.AssetTokenStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    function _checkRole(bytes32 role) private view {
        if (!IAccessControl(address(this)).hasRole(role, msg.sender)) {
            revert IAccessControl.AccessControlUnauthorizedAccount(msg.sender, role);
        }
    }

    // --- deed --------------------------------------------------------------------

    /// @notice The ERC-721 contract of this asset's deed, or zero for an asset without one.
    function deed() external view returns (address) {
        return _s().deed;
    }

    /// @notice The token id of this asset's deed in {deed}.
    function deedId() external view returns (uint256) {
        return _s().deedId;
    }

    /// @notice Whether this token holds its deed, which fractions need.
    function deedLocked() external view returns (bool) {
        return deedHeld(address(this), _s().deed, _s().deedId);
    }

    /// @notice Accepts only this asset's deed: locking it (DeedToken.lockDeed) lets fractions be minted.
    function onERC721Received(address, address from, uint256 tokenId, bytes calldata) external returns (bytes4) {
        address deed_ = _s().deed;
        if (deed_ == address(0) || msg.sender != deed_ || tokenId != _s().deedId) {
            revert AssetTokenBase.UnexpectedDeed(msg.sender, tokenId);
        }
        emit AssetTokenBase.DeedLocked(msg.sender, tokenId, from);
        return IERC721Receiver.onERC721Received.selector;
    }

    /// @notice Releases the deed to `to` once every fraction is redeemed (supply 0).
    function releaseDeed(address to) external {
        _checkRole(0x00);
        address deed_ = _s().deed;
        uint256 id = _s().deedId;
        if (deed_ == address(0)) revert AssetTokenBase.NoDeed();
        if (!deedHeld(address(this), deed_, id)) revert AssetTokenBase.DeedNotHeld();
        uint256 supply = _s().supply & U128;
        if (supply != 0) revert AssetTokenBase.FractionsOutstanding(supply);
        IERC721(deed_).safeTransferFrom(address(this), to, id);
        emit AssetTokenBase.DeedReleased(deed_, id, to);
    }

    /// @notice Whether `requestId` has been used by a mint or a burn.
    function isRequestProcessed(bytes32 requestId) external view returns (bool) {
        return _s().requests[requestId];
    }

    // --- enforcement (agent) ------------------------------------------------------

    /// @notice ERC-3643: freezes or unfreezes every transfer from and to `account`.
    function setAddressFrozen(address account, bool frozen) external {
        _checkRole(AGENT);
        _setAddressFrozen(account, frozen);
    }

    /// @notice ERC-3643 batch of {setAddressFrozen}.
    function batchSetAddressFrozen(address[] calldata accounts, bool[] calldata frozen) external {
        _checkRole(AGENT);
        if (accounts.length != frozen.length) revert AssetTokenBase.LengthMismatch();
        for (uint256 i; i < accounts.length; ++i) {
            _setAddressFrozen(accounts[i], frozen[i]);
        }
    }

    function _setAddressFrozen(address account, bool frozen) private {
        uint256 w = _s().wallets[account];
        _s().wallets[account] = frozen ? w | W_FROZEN : w & ~W_FROZEN;
        emit AssetTokenBase.AddressFrozen(account, frozen, msg.sender);
    }

    /// @notice ERC-3643: freezes `amount` more tokens of `account`; the frozen
    /// total cannot exceed its balance (use {setFrozenTokens} to freeze ahead).
    function freezePartialTokens(address account, uint256 amount) external {
        _checkRole(AGENT);
        uint256 frozen = _s().encumbrance[account] & U128;
        uint256 total = frozen + amount;
        uint256 balance = _s().wallets[account] & U96;
        if (total > balance) revert AssetTokenBase.FreezeExceedsBalance(account, total, balance);
        _setFrozen(account, total);
    }

    /// @notice ERC-3643: unfreezes `amount` frozen tokens of `account`.
    function unfreezePartialTokens(address account, uint256 amount) external {
        _checkRole(AGENT);
        uint256 frozen = _s().encumbrance[account] & U128;
        if (amount > frozen) revert AssetTokenBase.UnfreezeExceedsFrozen(account, frozen, amount);
        _setFrozen(account, frozen - amount);
    }

    /// @notice ERC-7943: sets (overwrites) the frozen amount of `account`; it may exceed its balance.
    function setFrozenTokens(address account, uint256 amount) external returns (bool) {
        _checkRole(AGENT);
        if (amount > U128) revert AssetTokenBase.InvalidAmount();
        _setFrozen(account, amount);
        return true;
    }

    function _setFrozen(address account, uint256 amount) private {
        uint256 e = _s().encumbrance[account];
        uint256 old = e & U128;
        _s().encumbrance[account] = (e & ~U128) | amount;
        uint256 w = _s().wallets[account];
        _s().wallets[account] = amount == 0 ? w & ~W_HAS_FROZEN_TOKENS : w | W_HAS_FROZEN_TOKENS;
        if (amount > old) emit AssetTokenBase.TokensFrozen(account, amount - old);
        else if (amount < old) emit AssetTokenBase.TokensUnfrozen(account, old - amount);
        emit IERC7943Fungible.Frozen(account, amount);
    }

    /// @notice ERC-3643: whether every transfer from and to `account` is frozen.
    function isFrozen(address account) external view returns (bool) {
        return _s().wallets[account] & W_FROZEN != 0;
    }

    /// @notice ERC-7943: the frozen amount of `account`.
    function getFrozenTokens(address account) external view returns (uint256) {
        return _s().encumbrance[account] & U128;
    }

    /// @notice The running lock-up of `account`: locked amount and end (0, 0 when none runs).
    function lockOf(address account) external view returns (uint256 amount, uint64 lockedUntil) {
        uint256 end = (_s().wallets[account] >> LOCK_SHIFT) & U40;
        if (end <= block.timestamp) return (0, 0);
        return (_s().encumbrance[account] >> 128, uint64(end));
    }

    // --- pause ------------------------------------------------------------------

    /// @notice Pauses holder transfers; mints, burns and agent actions go on.
    function pause() external {
        _checkRole(PAUSER);
        _s().rules |= C_PAUSED;
        emit AssetTokenBase.Paused(msg.sender);
    }

    /// @notice Resumes holder transfers.
    function unpause() external {
        _checkRole(PAUSER);
        _s().rules &= ~C_PAUSED;
        emit AssetTokenBase.Unpaused(msg.sender);
    }

    /// @notice Whether holder transfers are paused.
    function paused() external view returns (bool) {
        return _s().rules & C_PAUSED != 0;
    }

    // --- compliance rules ---------------------------------------------------------

    /// @notice ERC-3643: the compliance rules are the token's own: rule getters,
    /// setters and {canTransfer} live on it.
    function compliance() external view returns (address) {
        return address(this);
    }

    /// @notice Caps the number of investors holding the token (0 = no limit).
    /// Lowering it below the current count only stops new investors.
    function setMaxInvestors(uint32 maxInvestors_) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().rules = (_s().rules & ~(U32 << C_MAX_INVESTORS_SHIFT)) | (uint256(maxInvestors_) << C_MAX_INVESTORS_SHIFT);
        emit AssetTokenBase.MaxInvestorsSet(maxInvestors_);
    }

    /// @notice Caps each investor's balance summed over its wallets (0 = no limit).
    function setMaxBalance(uint256 maxBalance_) external {
        _checkRole(COMPLIANCE_ADMIN);
        if (maxBalance_ > U96) revert AssetTokenBase.InvalidAmount();
        _s().rules = (_s().rules & ~(U96 << C_MAX_BALANCE_SHIFT)) | (maxBalance_ << C_MAX_BALANCE_SHIFT);
        emit AssetTokenBase.MaxBalanceSet(maxBalance_);
    }

    /// @notice Turns the country allow-list on (only listed countries may
    /// receive; an empty list then refuses everyone) or off (every country may).
    function setCountryRestriction(bool enabled) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().rules = enabled ? _s().rules | C_COUNTRIES : _s().rules & ~C_COUNTRIES;
        emit AssetTokenBase.CountryRestrictionSet(enabled);
    }

    /// @notice Adds `countries` (ISO-3166 numeric) to the allow-list, or removes them.
    function setCountriesAllowed(uint16[] calldata countries, bool allowed) external {
        _checkRole(COMPLIANCE_ADMIN);
        for (uint256 i; i < countries.length; ++i) {
            uint16 c = countries[i];
            uint256 bit = 1 << (c & 0xff);
            uint256 word = _s().allowedCountries[c >> 8];
            _s().allowedCountries[c >> 8] = allowed ? word | bit : word & ~bit;
            emit AssetTokenBase.CountryAllowed(c, allowed);
        }
    }

    /// @notice Requires receivers to hold every eligibility flag in `flags`
    /// (bits 0–7 of the registry's flags; 0 = none required).
    function setRequiredFlags(uint8 flags) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().rules = (_s().rules & ~(uint256(0xff) << C_FLAGS_SHIFT)) | (uint256(flags) << C_FLAGS_SHIFT);
        emit AssetTokenBase.RequiredFlagsSet(flags);
    }

    /// @notice Refuses mints while `feed`'s latest valuation is older than
    /// `maxAge` seconds, missing or not positive, or the feed is paused;
    /// `feed` 0 turns the guard off.
    function setValuationGuard(address feed, uint64 maxAge) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().valuationFeed = feed;
        _s().maxValuationAge = maxAge;
        emit AssetTokenBase.ValuationGuardSet(feed, maxAge);
    }

    /// @notice Proof of reserve (Chainlink's Secure Mint): refuses a mint, locked
    /// mint or batch mint (its total) that would take the supply beyond `feed`'s
    /// latest reserve, scaled from the feed's decimals to the token's, less the
    /// margin: `marginMode` 0 none, 1 `margin` basis points of the reserve
    /// (1 to 10000), 2 `margin` base units (positive). Refuses every mint while
    /// the feed's latest round is older than `maxAge` seconds (positive), not
    /// positive, or the feed is paused or fails. `feed` (any
    /// AggregatorV3Interface contract) 0 turns the guard off, with zeros.
    function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) external {
        _checkRole(COMPLIANCE_ADMIN);
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        bool bad = feed == address(0)
            ? maxAge != 0 || marginMode != MARGIN_NONE || margin != 0
            : feed.code.length == 0 || maxAge == 0 || marginMode > MARGIN_ABSOLUTE
                || (marginMode == MARGIN_NONE ? margin != 0 : margin == 0)
                || (marginMode == MARGIN_BPS && margin > 10_000);
        if (bad) revert AssetTokenBase.InvalidReserveGuard(feed, maxAge, marginMode, margin);
        $.rules = feed == address(0) ? $.rules & ~C_RESERVE : $.rules | C_RESERVE;
        $.reserveFeed = feed;
        $.maxReserveAge = maxAge;
        $.reserveMarginMode = marginMode;
        $.reserveMargin = margin;
        emit AssetTokenBase.ReserveGuardSet(feed, maxAge, marginMode, margin);
    }

    /// @notice Caps the supply at `cap` base units, once (at tokenization: the
    /// asset's total units). From then on a mint, batch mint or locked mint
    /// that would take the supply beyond `cap` reverts with SupplyCapExceeded.
    /// `cap` must be from the current supply to 2^96 - 1, and cannot change.
    function setSupplyCap(uint256 cap) external {
        _checkRole(0x00);
        uint256 s = _s().supply;
        if (s >> CAP_SHIFT != 0) revert AssetTokenBase.SupplyCapAlreadySet(s >> CAP_SHIFT);
        if (cap == 0 || cap > U96 || cap < (s & U128)) revert AssetTokenBase.InvalidSupplyCap(cap, s & U128);
        _s().supply = s | (cap << CAP_SHIFT);
        emit AssetTokenBase.SupplyCapSet(cap);
    }

    /// @notice The supply cap (0 = not set: only the 2^96 - 1 storage limit applies).
    function supplyCap() external view returns (uint256) {
        return _s().supply >> CAP_SHIFT;
    }

    /// @notice The number of investors (not wallets) holding a non-zero balance.
    function investorCount() external view returns (uint256) {
        return (_s().rules >> C_COUNT_SHIFT) & U32;
    }

    /// @notice The maximum number of investors (0 = no limit).
    function maxInvestors() external view returns (uint256) {
        return (_s().rules >> C_MAX_INVESTORS_SHIFT) & U32;
    }

    /// @notice The maximum balance per investor (0 = no limit).
    function maxBalance() external view returns (uint256) {
        return (_s().rules >> C_MAX_BALANCE_SHIFT) & U96;
    }

    /// @notice Whether the country allow-list is enforced.
    function countryRestricted() external view returns (bool) {
        return _s().rules & C_COUNTRIES != 0;
    }

    /// @notice Whether `country` may receive (true for all while the allow-list is off).
    function isCountryAllowed(uint16 country) external view returns (bool) {
        return _s().rules & C_COUNTRIES == 0 || (_s().allowedCountries[country >> 8] >> (country & 0xff)) & 1 != 0;
    }

    /// @notice The eligibility flags receivers must hold.
    function requiredFlags() external view returns (uint8) {
        return uint8(_s().rules >> C_FLAGS_SHIFT);
    }

    /// @notice The stale-valuation guard: feed (0 = off) and maximum age in seconds.
    function valuationGuard() external view returns (address feed, uint64 maxAge) {
        return (_s().valuationFeed, _s().maxValuationAge);
    }

    /// @notice The proof-of-reserve guard: feed (0 = off), maximum age in seconds,
    /// margin mode (0 none, 1 basis points, 2 base units) and margin.
    function reserveGuard() external view returns (address feed, uint64 maxAge, uint8 marginMode, uint256 margin) {
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        return ($.reserveFeed, $.maxReserveAge, $.reserveMarginMode, $.reserveMargin);
    }

    // --- recovery -----------------------------------------------------------------

    /// @notice ERC-3643 wallet recovery: moves the whole balance of `lostWallet`,
    /// with its frozen amount, its lock-up and its address freeze, to
    /// `newWallet`. Both must belong to `investorId` in the identity registry
    /// (register the new wallet first); the investor's totals do not change.
    function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) external returns (bool) {
        _checkRole(AGENT);
        IdentityRegistry registry = AssetTokenBase(address(this)).identityRegistry();
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        if (lostWallet == newWallet) revert AssetTokenBase.SameWallet();
        uint256 wl = $.wallets[lostWallet];
        uint256 amount = wl & U96;
        if (amount == 0) revert AssetTokenBase.NothingToRecover(lostWallet);
        if (investorId == bytes32(0) || registry.boundInvestorOf(lostWallet) != investorId) {
            revert AssetTokenBase.RecoveryInvestorMismatch(lostWallet, investorId);
        }
        if (registry.investorOf(newWallet) != investorId) revert AssetTokenBase.RecoveryInvestorMismatch(newWallet, investorId);
        uint256 rec = registry.record(newWallet);
        if (rec & REC_REGISTERED == 0 || uint64(rec >> REC_EXPIRY_SHIFT) <= block.timestamp) revert AssetTokenBase.TransferRestricted(R.RECEIVER_NOT_VERIFIED);

        uint256 wn = _recoverEncumbrance(lostWallet, newWallet, wl, $.wallets[newWallet] + amount);
        if (wl & W_FROZEN != 0 && wn & W_FROZEN == 0) {
            wn |= W_FROZEN;
            emit AssetTokenBase.AddressFrozen(newWallet, true, msg.sender);
        }
        // The lost wallet keeps its investor-total bits: it may be the anchor.
        $.wallets[lostWallet] = wl & ((U96 << TOTAL_SHIFT) | W_FROZEN);
        $.wallets[newWallet] = wn;
        emit IERC20.Transfer(lostWallet, newWallet, amount);
        emit AssetTokenBase.RecoverySuccess(lostWallet, newWallet, investorId);
        return true;
    }

    /// @dev Moves the lost wallet's frozen amount and running lock-up onto the
    /// new wallet's: frozen amounts add up, locked amounts add up and the later
    /// end wins. Returns the new wallet's word with its lock end and bits set.
    function _recoverEncumbrance(address lostWallet, address newWallet, uint256 wl, uint256 wn)
        private
        returns (uint256)
    {
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        uint256 el = $.encumbrance[lostWallet];
        uint256 en = $.encumbrance[newWallet];
        uint256 frozenLost = el & U128;
        uint256 frozen = (en & U128) + frozenLost;
        if (frozen > U128) frozen = U128;
        if (frozen != 0) wn |= W_HAS_FROZEN_TOKENS;
        uint256 endNew = (wn >> LOCK_SHIFT) & U40;
        uint256 locked = endNew > block.timestamp ? en >> 128 : 0;
        uint256 endLost = (wl >> LOCK_SHIFT) & U40;
        if (endLost > block.timestamp) {
            locked += el >> 128;
            if (endLost > endNew) wn = (wn & ~(U40 << LOCK_SHIFT)) | (endLost << LOCK_SHIFT);
        }
        delete $.encumbrance[lostWallet];
        $.encumbrance[newWallet] = frozen | (locked << 128);
        if (frozenLost != 0) {
            emit AssetTokenBase.TokensUnfrozen(lostWallet, frozenLost);
            emit IERC7943Fungible.Frozen(lostWallet, 0);
            emit AssetTokenBase.TokensFrozen(newWallet, frozenLost);
            emit IERC7943Fungible.Frozen(newWallet, frozen);
        }
        return wn;
    }
}
