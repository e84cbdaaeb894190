// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AggregatorInterface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorInterface.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

/// @title ValuationFeed
/// @notice One asset's valuation as a drop-in Chainlink feed: consumers built
/// against Chainlink's AggregatorV3Interface (or the older AggregatorInterface)
/// read it unchanged. The relay, holding TRANSMITTER_ROLE, pushes each
/// observation with {transmit}. Rounds are numbered from 1; a round's
/// `startedAt` is the observation time, its `updatedAt` the block time of the
/// transmission and `answeredInRound` its own id. Answers outside the immutable
/// [minAnswer, maxAnswer] and observations not strictly newer than the last one,
/// or in the future, are refused.
///
/// Each round is one storage slot (int192 answer, uint32 observation time,
/// uint32 transmission time), and the latest round id sits with the last
/// observation time in one more, so a transmission writes one new slot and
/// updates one.
contract ValuationFeed is AggregatorInterface, AggregatorV3Interface, AccessControl {
    /// @notice May transmit observations.
    bytes32 public constant TRANSMITTER_ROLE = keccak256("TRANSMITTER_ROLE");

    struct Round {
        int192 answer;
        uint32 startedAt;
        uint32 updatedAt;
    }

    /// @notice The smallest answer a transmission may carry.
    int192 public immutable minAnswer;
    /// @notice The largest answer a transmission may carry.
    int192 public immutable maxAnswer;
    uint8 private immutable _decimals;
    string private _description;

    uint80 private _latestRound;
    uint32 private _lastObservedAt;
    mapping(uint256 roundId => Round) private _rounds;

    error InvalidRange(int192 minAnswer, int192 maxAnswer);
    error AnswerOutOfRange(int256 answer, int192 minAnswer, int192 maxAnswer);
    error ObservationInFuture(uint64 observedAt, uint256 blockTime);
    error ObservationNotAfterLast(uint64 observedAt, uint64 lastObservedAt);
    error RoundNotFound(uint80 roundId);
    error NoDataPresent();

    constructor(
        uint8 decimals_,
        string memory description_,
        int192 minAnswer_,
        int192 maxAnswer_,
        address admin,
        address transmitter
    ) {
        if (minAnswer_ >= maxAnswer_) revert InvalidRange(minAnswer_, maxAnswer_);
        _decimals = decimals_;
        _description = description_;
        minAnswer = minAnswer_;
        maxAnswer = maxAnswer_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (transmitter != address(0)) _grantRole(TRANSMITTER_ROLE, transmitter);
    }

    /// @notice Records `answer` observed at `observedAt` (unix seconds) as a new round.
    function transmit(int256 answer, uint64 observedAt) external onlyRole(TRANSMITTER_ROLE) returns (uint80 roundId) {
        if (answer < minAnswer || answer > maxAnswer) revert AnswerOutOfRange(answer, minAnswer, maxAnswer);
        if (observedAt > block.timestamp) revert ObservationInFuture(observedAt, block.timestamp);
        uint32 last = _lastObservedAt;
        if (observedAt <= last) revert ObservationNotAfterLast(observedAt, last);
        unchecked {
            roundId = _latestRound + 1;
        }
        _latestRound = roundId;
        _lastObservedAt = uint32(observedAt);
        _rounds[roundId] = Round(int192(answer), uint32(observedAt), uint32(block.timestamp));
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
        return _decimals;
    }

    /// @inheritdoc AggregatorV3Interface
    function description() external view returns (string memory) {
        return _description;
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
        if (_roundId == 0 || _roundId > _latestRound) revert RoundNotFound(_roundId);
        Round memory r = _rounds[_roundId];
        return (_roundId, r.answer, r.startedAt, r.updatedAt, _roundId);
    }

    /// @inheritdoc AggregatorV3Interface
    /// @dev Reverts with NoDataPresent before the first transmission.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        roundId = _latestRound;
        if (roundId == 0) revert NoDataPresent();
        Round memory r = _rounds[roundId];
        return (roundId, r.answer, r.startedAt, r.updatedAt, roundId);
    }

    // --- AggregatorInterface (legacy: zeros instead of reverts) --------------------------

    /// @inheritdoc AggregatorInterface
    function latestAnswer() external view returns (int256) {
        return _rounds[_latestRound].answer;
    }

    /// @inheritdoc AggregatorInterface
    function latestTimestamp() external view returns (uint256) {
        return _rounds[_latestRound].updatedAt;
    }

    /// @inheritdoc AggregatorInterface
    function latestRound() external view returns (uint256) {
        return _latestRound;
    }

    /// @inheritdoc AggregatorInterface
    function getAnswer(uint256 roundId) external view returns (int256) {
        return _rounds[roundId].answer;
    }

    /// @inheritdoc AggregatorInterface
    function getTimestamp(uint256 roundId) external view returns (uint256) {
        return _rounds[roundId].updatedAt;
    }
}
