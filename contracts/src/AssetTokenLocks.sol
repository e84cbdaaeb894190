// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AssetTokenBase} from "./AssetTokenBase.sol";
import {
    U40, U96, U128, LOCK_SHIFT, L_START_SHIFT, L_END_SHIFT, L_CLIFF_SHIFT, L_REASON_SHIFT, MAX_LOCKS, lockedAt, lockWord
} from "./AssetTokenLayout.sol";

/// @title AssetTokenLocks
/// @notice A wallet's locks, shared by the token's hot code (mints, and
/// privileged debits that take locked units) and its cold code (locks set
/// by an agent, recovery). Internal functions only: each contract compiles
/// them in, so there is one source and no extra call.
///
/// A wallet holds up to MAX_LOCKS lock words (AssetTokenLayout's lock word
/// layout). Two summaries keep transfers cheap: the encumbrance word's high
/// half is the sum of the stored locks' amounts, never less than what they
/// lock now, and the wallet word's lock end is their latest end. A transfer
/// whose amount fits under the balance less frozen units less that sum, or
/// made after the latest end, never reads a lock.
///
/// A token upgraded from the single lock-up (one amount in the encumbrance,
/// one end in the wallet word, no lock words) keeps it: the part of the sum
/// no lock word accounts for is a plain lock until the wallet's lock end,
/// and it becomes a lock word the first time the wallet's locks change.
library AssetTokenLocks {
    /// @dev The lock words of `account` that still lock something: every
    /// stored lock before its end, and the legacy single lock-up if any.
    function running(AssetTokenBase.AssetTokenStorage storage $, address account)
        internal
        view
        returns (uint256[] memory out)
    {
        uint256[] storage ls = $.locks[account];
        uint256 n = ls.length;
        out = new uint256[](n + 1);
        uint256 k;
        uint256 stored;
        for (uint256 i; i < n; ++i) {
            uint256 l = ls[i];
            stored += l & U96;
            if (((l >> L_END_SHIFT) & U40) > block.timestamp) out[k++] = l;
        }
        uint256 sum = $.encumbrance[account] >> 128;
        uint256 end = ($.wallets[account] >> LOCK_SHIFT) & U40;
        if (sum > stored && end > block.timestamp) out[k++] = lockWord(sum - stored, end, end, end, 0);
        assembly ("memory-safe") {
            mstore(out, k)
        }
    }

    /// @dev What the locks of `account` lock now.
    function lockedNow(AssetTokenBase.AssetTokenStorage storage $, address account) internal view returns (uint256 sum) {
        uint256[] memory ls = running($, account);
        for (uint256 i; i < ls.length; ++i) {
            sum += lockedAt(ls[i], block.timestamp);
        }
    }

    /// @dev Stores `list` as the locks of `account` and returns its wallet
    /// word `w` with the lock end of the list; the encumbrance's locked half
    /// becomes the list's summed amounts (its frozen half is kept).
    function store(AssetTokenBase.AssetTokenStorage storage $, address account, uint256 w, uint256[] memory list)
        internal
        returns (uint256)
    {
        uint256 n = list.length;
        if (n > MAX_LOCKS) revert AssetTokenBase.TooManyLocks(account, MAX_LOCKS);
        uint256[] storage ls = $.locks[account];
        uint256 old = ls.length;
        uint256 sum;
        uint256 maxEnd;
        for (uint256 i; i < n; ++i) {
            uint256 l = list[i];
            if (i < old) ls[i] = l;
            else ls.push(l);
            sum += l & U96;
            uint256 end = (l >> L_END_SHIFT) & U40;
            if (end > maxEnd) maxEnd = end;
        }
        for (uint256 i = old; i > n; --i) {
            ls.pop();
        }
        $.encumbrance[account] = ($.encumbrance[account] & U128) | (sum << 128);
        emit AssetTokenBase.LockedUp(account, sum, uint64(maxEnd));
        return (w & ~(U40 << LOCK_SHIFT)) | (maxEnd << LOCK_SHIFT);
    }

    /// @dev Adds lock word `l` to the running locks of `account` (ended ones
    /// are dropped); returns its wallet word `w` updated as {store} does.
    /// When the wallet already holds MAX_LOCKS running locks, a plain lock
    /// (cliff = end) joins one of the wallet's plain locks of the same
    /// reason, and the joined lock ends at the later of the two ends:
    /// nothing is released earlier than it would have been, and a wallet
    /// under an initial lock-up keeps receiving mints however many it gets.
    /// It joins the lock the join keeps locked the least longer (units
    /// times seconds; the later end on a tie), so mints anyone can send a
    /// wallet (a Dealing claim to a receiver) cannot fill its slots and
    /// then hold its largest lot past its end.
    function add(AssetTokenBase.AssetTokenStorage storage $, address account, uint256 w, uint256 l)
        internal
        returns (uint256)
    {
        uint256[] memory list = running($, account);
        uint256[] memory next;
        uint256 j = _joinable(list, l);
        if (j < list.length) {
            uint256 o = list[j];
            uint256 end = (o >> L_END_SHIFT) & U40;
            uint256 endL = (l >> L_END_SHIFT) & U40;
            if (endL > end) end = endL;
            list[j] = lockWord((o & U96) + (l & U96), end, end, end, uint8(l >> L_REASON_SHIFT));
            next = list;
        } else {
            next = new uint256[](list.length + 1);
            for (uint256 i; i < list.length; ++i) {
                next[i] = list[i];
            }
            next[list.length] = l;
        }
        emit AssetTokenBase.LockAdded(
            account,
            l & U96,
            uint64((l >> L_START_SHIFT) & U40),
            uint64((l >> L_CLIFF_SHIFT) & U40),
            uint64((l >> L_END_SHIFT) & U40),
            uint8(l >> L_REASON_SHIFT)
        );
        return store($, account, w, next);
    }

    /// @dev The index in `list` of the lock plain lock word `l` joins when
    /// `list` is full: of the plain locks of the same reason, the one whose
    /// join locks the fewest units for the fewest extra seconds (the units
    /// of whichever of the two ends first, times the gap to the other's
    /// end), the later-ending on a tie (list.length when the list has room,
    /// `l` is not plain, or none fits).
    function _joinable(uint256[] memory list, uint256 l) private pure returns (uint256 j) {
        j = list.length;
        uint256 endL = (l >> L_END_SHIFT) & U40;
        if (list.length < MAX_LOCKS || ((l >> L_CLIFF_SHIFT) & U40) != endL) return j;
        uint256 least = type(uint256).max;
        uint256 last;
        for (uint256 i; i < list.length; ++i) {
            uint256 o = list[i];
            uint256 end = (o >> L_END_SHIFT) & U40;
            if (((o >> L_CLIFF_SHIFT) & U40) != end || uint8(o >> L_REASON_SHIFT) != uint8(l >> L_REASON_SHIFT)) continue;
            // Amounts are below 2^96 and times below 2^40: no overflow.
            uint256 cost = end < endL ? (o & U96) * (endL - end) : (l & U96) * (end - endL);
            if (cost < least || (cost == least && end >= last)) {
                (j, least, last) = (i, cost, end);
            }
        }
    }

    /// @dev Takes `take` locked units out of the locks of `account` (a
    /// privileged debit: forced transfer, burn), newest lock first. What a
    /// lock keeps keeps its end; a vesting lock's remainder vests linearly
    /// from now to its end. Returns the wallet word `w` as {store} does.
    function consume(AssetTokenBase.AssetTokenStorage storage $, address account, uint256 w, uint256 take)
        internal
        returns (uint256)
    {
        uint256[] memory list = running($, account);
        uint256 k = list.length;
        for (uint256 i = list.length; i > 0;) {
            --i;
            uint256 l = list[i];
            uint256 locked = lockedAt(l, block.timestamp);
            uint256 t = take < locked ? take : locked;
            if (t == 0) continue;
            take -= t;
            uint256 end = (l >> L_END_SHIFT) & U40;
            uint256 cliff = (l >> L_CLIFF_SHIFT) & U40;
            if (locked == t) {
                list[i] = list[--k]; // order does not matter
                list[k] = 0;
            } else if (cliff == end) {
                list[i] = l - t; // a plain lock: the amount is what it locks
            } else {
                uint256 now_ = block.timestamp;
                list[i] = lockWord(locked - t, now_, cliff > now_ ? cliff : now_, end, uint8(l >> L_REASON_SHIFT));
            }
        }
        assembly ("memory-safe") {
            mstore(list, k)
        }
        return store($, account, w, list);
    }
}

/// @title AssetTokenLockOps
/// @notice {AssetTokenLocks}' writes and the lockedNow read as an external
/// library, run by DELEGATECALL in the token's storage, so the token's own
/// code (near EIP-170's limit) holds only their call sites. Only the paths
/// that touch a wallet's lock words pay the call: a mint under a lock, a
/// privileged debit of locked units, a transfer that does not fit under the
/// locks' summed amounts. Stateless, without selfdestruct or delegatecall,
/// and at the deterministic deployment proxy's address for its code, as
/// every library of the token. Not reachable through the token's fallback
/// (which runs AssetTokenCold only), and a direct call of a state-changing
/// function reverts (Solidity's library call guard).
library AssetTokenLockOps {
    /// @notice AssetTokenLocks.add.
    function add(AssetTokenBase.AssetTokenStorage storage $, address account, uint256 w, uint256 l)
        external
        returns (uint256)
    {
        return AssetTokenLocks.add($, account, w, l);
    }

    /// @notice AssetTokenLocks.consume.
    function consume(AssetTokenBase.AssetTokenStorage storage $, address account, uint256 w, uint256 take)
        external
        returns (uint256)
    {
        return AssetTokenLocks.consume($, account, w, take);
    }

    /// @notice AssetTokenLocks.lockedNow.
    function lockedNow(AssetTokenBase.AssetTokenStorage storage $, address account) external view returns (uint256) {
        return AssetTokenLocks.lockedNow($, account);
    }
}
