// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AggregatorInterface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorInterface.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {UpgradeGate} from "./UpgradeGate.sol";

/// @title ValuationFeed
/// @notice One asset's valuation as a drop-in Chainlink feed: consumers built
/// against Chainlink's AggregatorV3Interface (or the older AggregatorInterface)
/// read it unchanged. The relay, holding TRANSMITTER_ROLE, pushes each
/// observation with {transmit}. Rounds are numbered from 1; a round's
/// `startedAt` is the observation time, its `updatedAt` the block time of the
/// transmission and `answeredInRound` its own id. Answers outside the
/// [minAnswer, maxAnswer] fixed at initialize and observations not strictly newer than the last one,
/// or in the future, are refused.
///
/// NAV guards (GUARDIAN_ROLE sets them; all off by default) refuse a
/// transmission that moves the answer by more than a maximum change from the
/// previous round, that comes sooner than a minimum interval after the last
/// transmission, that lands farther than a maximum deviation from a
/// reference feed's answer (or while that reference is unusable), or that
/// comes while the feed is paused. The pause has the meaning of Chainlink
/// SmartData's `ripcord`: reads go on answering the last round unchanged,
/// for AggregatorV3 compatibility, but a consumer must not use the value
/// while {paused} (or {ripcord}) is true. OVERRIDE_ROLE may write a value
/// the change, interval and reference guards refuse with {transmitOverride};
/// the bounds, the pause and the observation-time rules still apply.
///
/// Each round is one storage slot (int192 answer, uint32 observation time,
/// uint32 transmission time), the latest round id sits with the last
/// observation time in one more and every guard setting in a third, so a
/// transmission writes one new slot, updates one and reads one or two.
contract ValuationFeed is AggregatorInterface, AggregatorV3Interface, UpgradeGate {
    /// @notice May transmit observations.
    bytes32 public constant TRANSMITTER_ROLE = keccak256("TRANSMITTER_ROLE");
    /// @notice May set the NAV guards, and pause and unpause the feed.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice May write a value past the change, interval and reference guards ({transmitOverride}).
    bytes32 public constant OVERRIDE_ROLE = keccak256("OVERRIDE_ROLE");

    /// @dev Every guard setting, in one slot (20 + 1 + 1 + 2 + 2 + 3 + 3 bytes).
    struct Guards {
        address referenceFeed; // an AggregatorV3Interface; zero: no reference check
        uint8 referenceDecimals; // the reference's decimals, read when it was set
        bool paused;
        uint16 maxChangeBps; // versus the previous round; 0: off
        uint16 referenceMaxBps; // from the reference's answer
        uint24 minInterval; // seconds since the last transmission; 0: off
        uint24 referenceMaxAge; // seconds: an older reference answer is unusable
    }

    struct Round {
        int192 answer;
        uint32 startedAt;
        uint32 updatedAt;
    }

    /// @custom:storage-location erc7201:tessera.storage.ValuationFeed
    struct ValuationFeedStorage {
        int192 minAnswer;
        uint8 decimals;
        int192 maxAnswer;
        string description;
        uint80 latestRound;
        uint32 lastObservedAt;
        mapping(uint256 roundId => Round) rounds;
        Guards guards;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.ValuationFeed")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0x8b292f69aeae7a175c0a03888c2e6dfca15c2e5f9dd972a437adb41782aa5400;

    function _s() private pure returns (ValuationFeedStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    error InvalidRange(int192 minAnswer, int192 maxAnswer);
    error AnswerOutOfRange(int256 answer, int192 minAnswer, int192 maxAnswer);
    error ObservationInFuture(uint64 observedAt, uint256 blockTime);
    error ObservationNotAfterLast(uint64 observedAt, uint64 lastObservedAt);
    error RoundNotFound(uint80 roundId);
    error NoDataPresent();
    error ChangeTooLarge(int256 answer, int256 previous, uint16 maxBps);
    error TooSoon(uint256 elapsed, uint32 minInterval);
    error FeedPaused();
    error ReferenceDeviation(int256 answer, int256 referenceAnswer, uint16 maxBps);
    error ReferenceUnavailable();
    error InvalidGuard();

    /// @notice The maximum change and minimum interval are now these (0: off).
    event GuardsSet(uint16 maxChangeBps, uint32 minInterval);
    /// @notice Transmissions are now checked against `feed` (zero: none).
    event ReferenceSet(address indexed feed, uint8 decimals, uint16 maxDeviationBps, uint32 maxAge);
    /// @notice `account` paused the feed: its value must not be used.
    event Paused(address account);
    /// @notice `account` lifted the pause.
    event Unpaused(address account);
    /// @notice `sender` wrote round `roundId` past the change, interval and reference guards.
    event Overridden(uint80 indexed roundId, int256 answer, address indexed sender);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a feed proxy once: what the constructor took before the
    /// feed moved behind a proxy, plus the `upgrader` (the timelock). The
    /// `transmitter` holds TRANSMITTER_ROLE and the `overrider` OVERRIDE_ROLE
    /// (either may be zero: none); the admin grants GUARDIAN_ROLE.
    function initialize(
        uint8 decimals_,
        string calldata description_,
        int192 minAnswer_,
        int192 maxAnswer_,
        address admin,
        address transmitter,
        address overrider,
        address upgrader
    ) external initializer {
        if (minAnswer_ >= maxAnswer_) revert InvalidRange(minAnswer_, maxAnswer_);
        __UpgradeGate_init(admin, upgrader);
        ValuationFeedStorage storage $ = _s();
        $.decimals = decimals_;
        $.description = description_;
        $.minAnswer = minAnswer_;
        $.maxAnswer = maxAnswer_;
        if (transmitter != address(0)) _grantRole(TRANSMITTER_ROLE, transmitter);
        if (overrider != address(0)) _grantRole(OVERRIDE_ROLE, overrider);
    }

    /// @notice The smallest answer a transmission may carry.
    function minAnswer() external view returns (int192) {
        return _s().minAnswer;
    }

    /// @notice The largest answer a transmission may carry.
    function maxAnswer() external view returns (int192) {
        return _s().maxAnswer;
    }

    /// @notice Records `answer` observed at `observedAt` (unix seconds) as a
    /// new round, unless a guard refuses it.
    function transmit(int256 answer, uint64 observedAt) external onlyRole(TRANSMITTER_ROLE) returns (uint80 roundId) {
        ValuationFeedStorage storage $ = _s();
        Guards memory g = $.guards;
        if (g.paused) revert FeedPaused();
        _checkAnswer($, answer, observedAt);
        uint80 last = $.latestRound;
        if (last != 0 && (g.maxChangeBps != 0 || g.minInterval != 0)) {
            Round memory prev = $.rounds[last];
            if (g.minInterval != 0) {
                uint256 elapsed = block.timestamp - prev.updatedAt;
                if (elapsed < g.minInterval) revert TooSoon(elapsed, g.minInterval);
            }
            if (g.maxChangeBps != 0 && _exceeds(answer, prev.answer, g.maxChangeBps)) {
                revert ChangeTooLarge(answer, prev.answer, g.maxChangeBps);
            }
        }
        if (g.referenceFeed != address(0)) _checkReference($, g, answer);
        return _record($, answer, observedAt);
    }

    /// @notice Records `answer` as a new round past the change, interval and
    /// reference guards: an operator's correction, decided off chain by two
    /// people. The bounds, the pause and the observation-time rules apply.
    function transmitOverride(int256 answer, uint64 observedAt) external onlyRole(OVERRIDE_ROLE) returns (uint80 roundId) {
        ValuationFeedStorage storage $ = _s();
        if ($.guards.paused) revert FeedPaused();
        _checkAnswer($, answer, observedAt);
        roundId = _record($, answer, observedAt);
        emit Overridden(roundId, answer, msg.sender);
    }

    /// @dev The rules no transmission passes: the bounds and an observation
    /// time after the last one and not in the future.
    function _checkAnswer(ValuationFeedStorage storage $, int256 answer, uint64 observedAt) private view {
        (int192 lo, int192 hi) = ($.minAnswer, $.maxAnswer);
        if (answer < lo || answer > hi) revert AnswerOutOfRange(answer, lo, hi);
        if (observedAt > block.timestamp) revert ObservationInFuture(observedAt, block.timestamp);
        uint32 lastObserved = $.lastObservedAt;
        if (observedAt <= lastObserved) revert ObservationNotAfterLast(observedAt, lastObserved);
    }

    function _record(ValuationFeedStorage storage $, int256 answer, uint64 observedAt) private returns (uint80 roundId) {
        unchecked {
            roundId = $.latestRound + 1;
        }
        $.latestRound = roundId;
        $.lastObservedAt = uint32(observedAt);
        $.rounds[roundId] = Round(int192(answer), uint32(observedAt), uint32(block.timestamp));
        emit NewRound(roundId, msg.sender, observedAt);
        emit AnswerUpdated(answer, roundId, block.timestamp);
    }

    /// @dev Refuses `answer` unless the reference's answer is usable and
    /// within referenceMaxBps of it, compared at the larger of the two
    /// feeds' decimals, exactly: |a·10^x − r·10^y| · 10^4 ≤ maxBps · r·10^y.
    /// Both answers are int192 at most and setReference keeps the decimals
    /// within 18 of each other, so the scaled values fit 252 bits; the
    /// products are compared in 512 bits.
    function _checkReference(ValuationFeedStorage storage $, Guards memory g, int256 answer) private view {
        int256 ref;
        try AggregatorV3Interface(g.referenceFeed).latestRoundData() returns (
            uint80 refRound, int256 refAnswer, uint256, uint256 refUpdatedAt, uint80
        ) {
            if (
                refRound == 0 || refUpdatedAt == 0 || refAnswer <= 0 || refAnswer > type(int192).max
                    || refUpdatedAt > block.timestamp || block.timestamp - refUpdatedAt > g.referenceMaxAge
            ) revert ReferenceUnavailable();
            ref = refAnswer;
        } catch {
            revert ReferenceUnavailable();
        }
        uint8 d = $.decimals;
        int256 a = answer;
        int256 r = ref;
        unchecked {
            if (d < g.referenceDecimals) a *= int256(10 ** uint256(g.referenceDecimals - d));
            else r *= int256(10 ** uint256(d - g.referenceDecimals));
        }
        uint256 diff = a > r ? uint256(a - r) : uint256(r - a);
        (uint256 lh, uint256 ll) = Math.mul512(diff, 10_000);
        (uint256 rh, uint256 rl) = Math.mul512(uint256(r), g.referenceMaxBps);
        if (lh > rh || (lh == rh && ll > rl)) revert ReferenceDeviation(answer, ref, g.referenceMaxBps);
    }

    /// @dev |answer − previous| · 10^4 > maxBps · |previous|; both are int192.
    function _exceeds(int256 answer, int256 previous, uint16 maxBps) private pure returns (bool) {
        uint256 diff = answer > previous ? uint256(answer - previous) : uint256(previous - answer);
        uint256 base = previous < 0 ? uint256(-previous) : uint256(previous);
        return diff * 10_000 > base * maxBps;
    }

    // --- NAV guards ------------------------------------------------------------------

    /// @notice Sets the maximum change per transmission from the previous
    /// round, in basis points, and the minimum interval between
    /// transmissions, in seconds (at most 2^24 − 1); 0 turns either off.
    function setGuards(uint16 maxChangeBps, uint32 minInterval) external onlyRole(GUARDIAN_ROLE) {
        if (minInterval > type(uint24).max) revert InvalidGuard();
        Guards storage g = _s().guards;
        (g.maxChangeBps, g.minInterval) = (maxChangeBps, uint24(minInterval));
        emit GuardsSet(maxChangeBps, minInterval);
    }

    /// @notice Checks every transmission against `feed` (any
    /// AggregatorV3Interface): refused when farther than `maxDeviationBps`
    /// from its answer, or when its answer is missing, not positive or older
    /// than `maxAge` seconds. The feed's decimals are read once, here (a
    /// Chainlink feed's never change), and must be within 18 of this feed's.
    /// `feed` zero turns the check off.
    function setReference(address feed, uint16 maxDeviationBps, uint32 maxAge) external onlyRole(GUARDIAN_ROLE) {
        Guards storage g = _s().guards;
        uint8 d;
        if (feed != address(0)) {
            if (feed.code.length == 0 || feed == address(this) || maxDeviationBps == 0 || maxAge == 0
                || maxAge > type(uint24).max) revert InvalidGuard();
            d = AggregatorV3Interface(feed).decimals();
            uint8 own = _s().decimals;
            if ((d > own ? d - own : own - d) > 18) revert InvalidGuard();
        } else if (maxDeviationBps != 0 || maxAge != 0) {
            revert InvalidGuard();
        }
        (g.referenceFeed, g.referenceDecimals, g.referenceMaxBps, g.referenceMaxAge) = (feed, d, maxDeviationBps, uint24(maxAge));
        emit ReferenceSet(feed, d, maxDeviationBps, maxAge);
    }

    /// @notice Pulls the ripcord: transmissions are refused and consumers
    /// must not use the value until {unpause}.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _s().guards.paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Lifts the pause.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _s().guards.paused = false;
        emit Unpaused(msg.sender);
    }

    /// @notice Whether the feed is paused: its value must not be used.
    function paused() external view returns (bool) {
        return _s().guards.paused;
    }

    /// @notice Chainlink SmartData's name for {paused}.
    function ripcord() external view returns (bool) {
        return _s().guards.paused;
    }

    /// @notice Every guard setting, as the relay reads them before signing.
    function guards()
        external
        view
        returns (
            uint16 maxChangeBps,
            uint32 minInterval,
            bool isPaused,
            address referenceFeed,
            uint8 referenceDecimals,
            uint16 referenceMaxBps,
            uint32 referenceMaxAge
        )
    {
        Guards memory g = _s().guards;
        return (g.maxChangeBps, g.minInterval, g.paused, g.referenceFeed, g.referenceDecimals, g.referenceMaxBps, g.referenceMaxAge);
    }

    /// @notice "ValuationFeed 1.1.0", in the manner of Chainlink's contracts.
    function typeAndVersion() external pure returns (string memory) {
        return "ValuationFeed 1.1.0";
    }

    // --- AggregatorV3Interface ------------------------------------------------------

    /// @inheritdoc AggregatorV3Interface
    function decimals() external view returns (uint8) {
        return _s().decimals;
    }

    /// @inheritdoc AggregatorV3Interface
    function description() external view returns (string memory) {
        return _s().description;
    }

    /// @inheritdoc AggregatorV3Interface
    function version() external pure returns (uint256) {
        return 1;
    }

    /// @inheritdoc AggregatorV3Interface
    /// @dev Reverts with RoundNotFound for round 0 and rounds not yet transmitted.
    function getRoundData(uint80 _roundId)
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        // Named as in Chainlink's interface, so the ABIs match to the names.
        if (_roundId == 0 || _roundId > _s().latestRound) revert RoundNotFound(_roundId);
        Round memory r = _s().rounds[_roundId];
        return (_roundId, r.answer, r.startedAt, r.updatedAt, _roundId);
    }

    /// @inheritdoc AggregatorV3Interface
    /// @dev Reverts with NoDataPresent before the first transmission.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        roundId = _s().latestRound;
        if (roundId == 0) revert NoDataPresent();
        Round memory r = _s().rounds[roundId];
        return (roundId, r.answer, r.startedAt, r.updatedAt, roundId);
    }

    // --- AggregatorInterface (legacy: zeros instead of reverts) --------------------------

    /// @inheritdoc AggregatorInterface
    function latestAnswer() external view returns (int256) {
        return _s().rounds[_s().latestRound].answer;
    }

    /// @inheritdoc AggregatorInterface
    function latestTimestamp() external view returns (uint256) {
        return _s().rounds[_s().latestRound].updatedAt;
    }

    /// @inheritdoc AggregatorInterface
    function latestRound() external view returns (uint256) {
        return _s().latestRound;
    }

    /// @inheritdoc AggregatorInterface
    function getAnswer(uint256 roundId) external view returns (int256) {
        return _s().rounds[roundId].answer;
    }

    /// @inheritdoc AggregatorInterface
    function getTimestamp(uint256 roundId) external view returns (uint256) {
        return _s().rounds[roundId].updatedAt;
    }
}
