// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AggregatorInterface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorInterface.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
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
/// Each round is one storage slot (int192 answer, uint32 observation time,
/// uint32 transmission time), and the latest round id sits with the last
/// observation time in one more, so a transmission writes one new slot and
/// updates one.
contract ValuationFeed is AggregatorInterface, AggregatorV3Interface, UpgradeGate {
    /// @notice May transmit observations.
    bytes32 public constant TRANSMITTER_ROLE = keccak256("TRANSMITTER_ROLE");

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

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a feed proxy once: what the constructor took before the
    /// feed moved behind a proxy, plus the `upgrader` (the timelock).
    function initialize(
        uint8 decimals_,
        string calldata description_,
        int192 minAnswer_,
        int192 maxAnswer_,
        address admin,
        address transmitter,
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
    }

    /// @notice The smallest answer a transmission may carry.
    function minAnswer() external view returns (int192) {
        return _s().minAnswer;
    }

    /// @notice The largest answer a transmission may carry.
    function maxAnswer() external view returns (int192) {
        return _s().maxAnswer;
    }

    /// @notice Records `answer` observed at `observedAt` (unix seconds) as a new round.
    function transmit(int256 answer, uint64 observedAt) external onlyRole(TRANSMITTER_ROLE) returns (uint80 roundId) {
        ValuationFeedStorage storage $ = _s();
        (int192 lo, int192 hi) = ($.minAnswer, $.maxAnswer);
        if (answer < lo || answer > hi) revert AnswerOutOfRange(answer, lo, hi);
        if (observedAt > block.timestamp) revert ObservationInFuture(observedAt, block.timestamp);
        uint32 last = _s().lastObservedAt;
        if (observedAt <= last) revert ObservationNotAfterLast(observedAt, last);
        unchecked {
            roundId = _s().latestRound + 1;
        }
        _s().latestRound = roundId;
        _s().lastObservedAt = uint32(observedAt);
        _s().rounds[roundId] = Round(int192(answer), uint32(observedAt), uint32(block.timestamp));
        emit NewRound(roundId, msg.sender, observedAt);
        emit AnswerUpdated(answer, roundId, block.timestamp);
    }

    /// @notice "ValuationFeed 1.0.0", in the manner of Chainlink's contracts.
    function typeAndVersion() external pure returns (string memory) {
        return "ValuationFeed 1.0.0";
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
