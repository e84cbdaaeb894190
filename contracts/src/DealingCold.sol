// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

import {Dealing, IDealingUnits} from "./Dealing.sol";
import {IERC7887Deposit, IERC7887Redeem} from "./interfaces/IERC7887.sol";

/// @title DealingCold
/// @notice Dealing's cold code, run by DELEGATECALL in the dealing proxy's
/// storage: configuration, rate-limit accounting, cancellation, wire
/// confirmations, the treasury and valuation views. Kept out of Dealing so
/// its runtime code fits EIP-170. Stateless and without selfdestruct;
/// deployed once per chain through the deterministic deployment proxy, so
/// its address (linked into Dealing at compile time) is the same
/// everywhere. The caller checks roles and operators; events and errors are
/// Dealing's.
library DealingCold {
    using SafeERC20 for IERC20;

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.Dealing")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0x5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e9764220000;

    uint8 private constant F_WIRE = 1;
    uint8 private constant F_PAID = 2;
    uint80 private constant VOID = type(uint80).max; // Dealing.VOID

    function _s() private pure returns (Dealing.DealingStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    // --- configuration ------------------------------------------------------------

    /// @notice Dealing.setConfig once the role is checked.
    function setConfig(Dealing.Config calldata c) external {
        if (c.feeBps > 100) revert Dealing.FeeAboveCap(c.feeBps, 100);
        if ((c.maxDeposit != 0 && c.minDeposit > c.maxDeposit) || (c.maxRedeem != 0 && c.minRedeem > c.maxRedeem)) {
            revert Dealing.InvalidConfig();
        }
        _s().config = c;
        emit Dealing.ConfigSet(c);
    }

    /// @notice Dealing.setRateLimit once the role is checked.
    function setRateLimit(uint8 d, uint128 globalCapacity, uint128 perInvestorCapacity, uint32 window) external {
        if (d > 1 || ((globalCapacity != 0 || perInvestorCapacity != 0) && window == 0)) {
            revert Dealing.InvalidRateLimit();
        }
        Dealing.RateLimit storage l = _s().limits[d];
        l.globalCapacity = globalCapacity;
        l.perInvestorCapacity = perInvestorCapacity;
        l.window = window;
        emit Dealing.RateLimitSet(d, globalCapacity, perInvestorCapacity, window);
    }

    // --- cut-offs ---------------------------------------------------------------------

    /// @notice Dealing.publishCutoffs once the role is checked.
    function publishCutoffs(uint64[] calldata cutoffs) external {
        Dealing.DealingStorage storage $ = _s();
        uint256 n = $.cutoffs.length;
        uint256 last = n == 0 ? 0 : $.cutoffs[n - 1];
        if (cutoffs.length == 0) revert Dealing.InvalidCutoff(0);
        // Each day keeps the NAV time-to-live it is published under.
        uint32 ttl = $.config.navTTL;
        if (ttl == 0) revert Dealing.InvalidConfig();
        for (uint256 i; i < cutoffs.length; ++i) {
            uint64 c = cutoffs[i];
            if (c <= last || c <= block.timestamp || c > type(uint40).max) revert Dealing.InvalidCutoff(c);
            $.cutoffs.push(c);
            $.dayTTL[c] = ttl;
            emit Dealing.CutoffPublished(c);
            last = c;
        }
    }

    /// @notice Dealing.lastCutoff.
    function lastCutoff() external view returns (uint64) {
        uint256 n = _s().cutoffs.length;
        return n == 0 ? 0 : _s().cutoffs[n - 1];
    }

    /// @notice Dealing.nextCutoff: the first published cut-off after this block, 0 without one.
    function nextCutoff() external view returns (uint64) {
        (uint256 i, uint64 c) = _firstAfterNow();
        return i == type(uint256).max ? 0 : c;
    }

    /// @notice Moves the cut-off new requests get to the first published
    /// one after this block (Dealing's cache and cursor), or reverts
    /// NoCutoff when none is published.
    function advanceCutoff() external returns (uint40) {
        (uint256 i, uint64 c) = _firstAfterNow();
        if (i == type(uint256).max) revert Dealing.NoCutoff();
        Dealing.DealingStorage storage $ = _s();
        $.cutoff = uint40(c); // published cut-offs fit 40 bits
        $.cutoffIndex = uint32(i);
        return uint40(c);
    }

    /// @dev The index and value of the first published cut-off after this
    /// block, searched from the cursor (cut-offs before it have passed);
    /// type(uint256).max when there is none.
    function _firstAfterNow() private view returns (uint256 i, uint64 c) {
        Dealing.DealingStorage storage $ = _s();
        uint256 n = $.cutoffs.length;
        for (i = $.cutoffIndex; i < n; ++i) {
            c = $.cutoffs[i];
            if (c > block.timestamp) return (i, c);
        }
        return (type(uint256).max, 0);
    }

    // --- rate limits -----------------------------------------------------------------

    /// @notice Counts `amount` against direction `d`'s global and per-investor
    /// limits, or reverts RateLimited with what remains.
    function consume(uint8 d, address wallet, uint256 amount) external {
        Dealing.RateLimit storage l = _s().limits[d];
        (uint256 gc, uint256 ic, uint256 window) = (l.globalCapacity, l.perInvestorCapacity, l.window);
        uint256 gUsed = _decayed(l.globalUsed, l.globalAt, gc, window);
        Dealing.Usage storage u = _s().usage[_investor(wallet)][d];
        uint256 iUsed = _decayed(u.used, u.since, ic, window);
        uint256 left = _left(gc, gUsed, ic, iUsed);
        if (amount > left) revert Dealing.RateLimited(d, left);
        if (gc != 0) {
            l.globalUsed = uint128(gUsed + amount); // at most the capacity
            l.globalAt = uint40(block.timestamp);
        }
        if (ic != 0) {
            u.used = uint128(iUsed + amount);
            u.since = uint40(block.timestamp);
        }
    }

    /// @notice Dealing.remaining.
    function remaining(uint8 d, address wallet) external view returns (uint256) {
        Dealing.RateLimit storage l = _s().limits[d];
        (uint256 gc, uint256 ic, uint256 window) = (l.globalCapacity, l.perInvestorCapacity, l.window);
        uint256 gUsed = _decayed(l.globalUsed, l.globalAt, gc, window);
        uint256 iUsed;
        if (ic != 0) {
            Dealing.Usage storage u = _s().usage[_investor(wallet)][d];
            iUsed = _decayed(u.used, u.since, ic, window);
        }
        return _left(gc, gUsed, ic, iUsed);
    }

    /// @dev used(t) = max(0, used(t0) − floor((t − t0) · capacity / window)).
    function _decayed(uint256 used, uint256 since, uint256 capacity, uint256 window) private view returns (uint256) {
        if (capacity == 0 || used == 0) return 0;
        uint256 freed = (block.timestamp - since) * capacity / window;
        return freed >= used ? 0 : used - freed;
    }

    function _left(uint256 gc, uint256 gUsed, uint256 ic, uint256 iUsed) private pure returns (uint256 left) {
        left = type(uint256).max;
        if (gc != 0) left = gc > gUsed ? gc - gUsed : 0;
        if (ic != 0) left = Math.min(left, ic > iUsed ? ic - iUsed : 0);
    }

    /// @dev The investor a wallet belongs to in the token's identity
    /// registry; an unregistered wallet is its own investor.
    function _investor(address wallet) private view returns (bytes32 id) {
        address registry = IDealingUnits(_s().token).identityRegistry();
        id = IInvestorOf(registry).investorOf(wallet);
        if (id == bytes32(0)) id = bytes32(uint256(uint160(wallet)));
    }

    // --- void days --------------------------------------------------------------------

    /// @notice Dealing.voidDay; `fulfiller` whether the caller holds FULFILLER_ROLE.
    function voidDay(uint64 cutoff, uint80 firstRound, bool fulfiller) external {
        Dealing.DealingStorage storage $ = _s();
        if (block.timestamp <= cutoff || $.dayRound[cutoff] != 0) revert Dealing.NotVoidable(cutoff);
        if (!fulfiller && !_unpriceable($, cutoff, firstRound)) revert Dealing.NotVoidable(cutoff);
        $.dayRound[cutoff] = VOID;
        emit Dealing.DayVoided(cutoff, msg.sender);
    }

    /// @dev Whether no round can price the day of `cutoff` any more (see
    /// Dealing.voidDay): fulfil takes only the first round observed at or
    /// after the cut-off, observed and written on chain within the day's
    /// navTTL of it; once that time has passed, a round written later
    /// cannot price it, whatever time it says it was observed at.
    function _unpriceable(Dealing.DealingStorage storage $, uint64 cutoff, uint80 firstRound)
        private
        view
        returns (bool)
    {
        uint256 ttl = $.dayTTL[cutoff];
        if (block.timestamp <= uint256(cutoff) + ttl) return false;
        AggregatorV3Interface f = AggregatorV3Interface($.feed);
        if (firstRound == 0) {
            try f.latestRoundData() returns (uint80, int256, uint256 startedAt, uint256, uint80) {
                return startedAt < cutoff;
            } catch (bytes memory reason) {
                // The feed refused: it has no round at all. A call that ran
                // out of gas (no reason) proves nothing.
                return reason.length != 0;
            }
        }
        (, , uint256 observed, uint256 written, ) = f.getRoundData(firstRound);
        if (observed < cutoff) return false;
        if (firstRound > 1) {
            (, , uint256 before, , ) = f.getRoundData(firstRound - 1);
            if (before >= cutoff) return false;
        }
        return observed - cutoff > ttl || written > uint256(cutoff) + ttl;
    }

    // --- cancellation (ERC-7887) --------------------------------------------------------

    /// @notice Dealing.cancel{Deposit,Redeem}Request once the caller is authorized.
    function cancel(uint256 id, address controller, Dealing.Kind kind) external {
        Dealing.DealingStorage storage $ = _s();
        Dealing.Request storage r = _request(id, controller, kind);
        if (r.state != Dealing.State.Pending) revert Dealing.NotPending(id, r.state);
        // Once the cut-off has come the day's price may be known: the
        // request stays in its day, unless the day is void (nothing deals
        // at it). A wire deposit not paid yet is not in any day (its
        // payment stamps it), so it may be cancelled whenever.
        uint40 cutoff = r.cutoff;
        bool unpaidWire = kind == Dealing.Kind.Deposit && r.flags & F_WIRE != 0 && r.flags & F_PAID == 0;
        if (block.timestamp >= cutoff && !unpaidWire && $.dayRound[cutoff] != VOID) {
            revert Dealing.CutoffPassed(id, cutoff);
        }
        r.state = Dealing.State.CancelClaimable;
        if (kind == Dealing.Kind.Deposit) {
            if (r.flags & F_WIRE == 0) {
                uint128 amount = r.amount;
                $.escrowed -= amount;
                $.cancelledAssets += amount;
            }
            emit IERC7887Deposit.CancelDepositRequest(controller, id, msg.sender);
        } else {
            emit IERC7887Redeem.CancelRedeemRequest(controller, id, msg.sender);
        }
    }

    /// @notice Dealing.claimCancelDepositRequest once the caller is authorized.
    function claimCancelDeposit(uint256 id, address receiver, address controller) external returns (uint256 assets) {
        Dealing.Request storage r = _request(id, controller, Dealing.Kind.Deposit);
        if (r.state != Dealing.State.CancelClaimable) revert Dealing.NotClaimable(id, r.state);
        if (receiver == address(0)) revert Dealing.InvalidAddress();
        r.state = Dealing.State.CancelClaimed;
        if (r.flags & F_WIRE == 0) {
            assets = r.amount;
            _s().cancelledAssets -= uint128(assets);
            IERC20(_s().payment).safeTransfer(receiver, assets);
        }
        emit IERC7887Deposit.CancelDepositClaim(controller, receiver, id, msg.sender, assets);
    }

    /// @notice Dealing.claimCancelRedeemRequest once the caller is authorized.
    function claimCancelRedeem(uint256 id, address receiver, address controller) external returns (uint256 shares) {
        Dealing.Request storage r = _request(id, controller, Dealing.Kind.Redeem);
        if (r.state != Dealing.State.CancelClaimable) revert Dealing.NotClaimable(id, r.state);
        address owner = r.owner == address(0) ? controller : r.owner;
        if (receiver != owner) revert Dealing.ReceiverNotOwner(receiver, owner);
        r.state = Dealing.State.CancelClaimed;
        shares = r.amount;
        _unlock(owner, shares);
        emit IERC7887Redeem.CancelRedeemClaim(controller, receiver, id, msg.sender, shares);
    }

    function _request(uint256 id, address controller, Dealing.Kind kind)
        private
        view
        returns (Dealing.Request storage r)
    {
        r = _s().requests[id];
        if (r.kind != kind) revert Dealing.WrongKind(id);
        if (r.controller != controller) revert Dealing.WrongController(id, controller);
    }

    // --- wire confirmations --------------------------------------------------------------

    /// @notice Dealing.confirmPayment once the role is checked: a pending
    /// wire deposit's money arrived. The request deals on the first
    /// published cut-off after its payment (it is stamped again): its price
    /// is never one that was known when the money was sent.
    function confirmPayment(uint256 id, bytes32 ref) external {
        Dealing.Request storage r = _wire(id, Dealing.Kind.Deposit);
        if (r.state != Dealing.State.Pending) revert Dealing.NotPending(id, r.state);
        (uint256 i, uint64 c) = _firstAfterNow();
        if (i == type(uint256).max) revert Dealing.NoCutoff();
        r.flags |= F_PAID;
        r.cutoff = uint40(c);
        emit Dealing.PaymentConfirmed(id, ref);
        emit Dealing.RequestCutoff(id, c);
    }

    /// @notice Dealing.confirmPayout once the role is checked: a priced wire
    /// redeem was paid out; its locked units are burned.
    function confirmPayout(uint256 id, bytes32 ref) external {
        Dealing.Request storage r = _wire(id, Dealing.Kind.Redeem);
        if (r.state != Dealing.State.Claimable) revert Dealing.NotClaimable(id, r.state);
        r.flags |= F_PAID;
        address owner = r.owner == address(0) ? r.controller : r.owner;
        uint256 shares = r.amount;
        _unlock(owner, shares);
        IDealingUnits(_s().token).burn(owner, shares, keccak256(abi.encode(address(this), "redeem", id)));
        emit Dealing.PayoutConfirmed(id, ref);
    }

    function _wire(uint256 id, Dealing.Kind kind) private view returns (Dealing.Request storage r) {
        r = _s().requests[id];
        if (r.kind != kind) revert Dealing.WrongKind(id);
        if (r.flags & F_WIRE == 0) revert Dealing.NotWire(id);
        if (r.flags & F_PAID != 0) revert Dealing.AlreadyConfirmed(id);
    }

    function _unlock(address owner, uint256 amount) private {
        IDealingUnits units = IDealingUnits(_s().token);
        uint256 frozen = units.getFrozenTokens(owner);
        uint256 unlock = frozen < amount ? frozen : amount;
        if (unlock != 0) units.unfreezePartialTokens(owner, unlock);
    }

    // --- treasury ------------------------------------------------------------------------

    /// @notice Dealing.fundReserve once the role is checked.
    function fundReserve(uint256 amount) external {
        if (amount > type(uint128).max) revert Dealing.AmountOverflow();
        _s().reserve += uint128(amount);
        IERC20(_s().payment).safeTransferFrom(msg.sender, address(this), amount);
        emit Dealing.ReserveFunded(msg.sender, amount);
    }

    /// @notice Dealing.withdrawReserve once the role is checked.
    function withdrawReserve(uint256 amount, address to) external {
        uint256 r = _s().reserve;
        if (amount > r) revert Dealing.InsufficientReserve(amount, r);
        _s().reserve = uint128(r - amount);
        IERC20(_s().payment).safeTransfer(to, amount);
        emit Dealing.ReserveWithdrawn(to, amount);
    }

    /// @notice Dealing.withdrawFees once the role is checked.
    function withdrawFees(address to) external returns (uint256 amount) {
        amount = _s().fees;
        _s().fees = 0;
        IERC20(_s().payment).safeTransfer(to, amount);
        emit Dealing.FeesWithdrawn(to, amount);
    }

    // --- valuation views -------------------------------------------------------------------

    /// @notice `amount` converted at the latest NAV, rounded down: payment →
    /// units when `toUnits`, else units → payment; 0 without a positive NAV.
    function convert(uint256 amount, bool toUnits) external view returns (uint256) {
        Dealing.DealingStorage storage $ = _s();
        try AggregatorV3Interface($.feed).latestRoundData() returns (uint80, int256 answer, uint256, uint256, uint80) {
            if (answer <= 0) return 0;
            uint256 uf = 10 ** (uint256($.unitDecimals) + $.feedDecimals);
            uint256 np = uint256(answer) * 10 ** uint256($.paymentDecimals);
            return toUnits ? Math.mulDiv(amount, uf, np) : Math.mulDiv(amount, np, uf);
        } catch {
            return 0;
        }
    }
}

/// @notice The identity registry's wallet → investor read.
interface IInvestorOf {
    function investorOf(address wallet) external view returns (bytes32);
}
