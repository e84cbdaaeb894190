// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title DealingTestFeed
/// @notice Test only: a valuation feed whose rounds are written as they
/// come (any answer, any times) and which has the pause switch
/// (`paused()`), so contracts/dealing_test.go can put Dealing in front of
/// what ValuationFeed itself refuses to hold: a non-positive or
/// out-of-bounds answer, a paused feed.
contract DealingTestFeed {
    struct Round {
        int256 answer;
        uint256 startedAt;
        uint256 updatedAt;
    }

    uint8 public immutable decimals;
    int192 public minAnswer;
    int192 public maxAnswer;
    bool public paused;
    uint80 public latestRound;
    mapping(uint80 => Round) private rounds;

    error RoundNotFound(uint80 roundId);
    error NoDataPresent();

    constructor(uint8 decimals_, int192 minAnswer_, int192 maxAnswer_) {
        decimals = decimals_;
        minAnswer = minAnswer_;
        maxAnswer = maxAnswer_;
    }

    /// @notice Appends a round.
    function push(int256 answer, uint256 startedAt) external returns (uint80 roundId) {
        roundId = ++latestRound;
        rounds[roundId] = Round(answer, startedAt, block.timestamp);
    }

    /// @notice Turns the pause switch.
    function setPaused(bool p) external {
        paused = p;
    }

    function getRoundData(uint80 roundId) external view returns (uint80, int256, uint256, uint256, uint80) {
        if (roundId == 0 || roundId > latestRound) revert RoundNotFound(roundId);
        Round memory r = rounds[roundId];
        return (roundId, r.answer, r.startedAt, r.updatedAt, roundId);
    }

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        uint80 id = latestRound;
        if (id == 0) revert NoDataPresent();
        Round memory r = rounds[id];
        return (id, r.answer, r.startedAt, r.updatedAt, id);
    }
}
