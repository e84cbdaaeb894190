// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

/// @title FeedConsumer
/// @notice A consumer that knows nothing of Tessera: it is written against
/// Chainlink's AggregatorV3Interface alone and applies the checks Chainlink
/// recommends before using an answer. It reads a Tessera ValuationFeed and a
/// Chainlink price feed alike, which is what it is here to show.
contract FeedConsumer {
    /// @notice The feed read.
    AggregatorV3Interface public immutable feed;
    /// @notice The longest time, in seconds, an answer may go without update.
    uint256 public immutable maxAge;

    error IncompleteRound(uint80 roundId, uint256 updatedAt);
    error NonPositiveAnswer(int256 answer);
    error AnswerInFuture(uint256 updatedAt, uint256 blockTime);
    error StaleAnswer(uint256 updatedAt, uint256 maxAge, uint256 blockTime);

    constructor(AggregatorV3Interface feed_, uint256 maxAge_) {
        feed = feed_;
        maxAge = maxAge_;
    }

    /// @notice The latest answer, with its decimals, round and update time;
    /// reverts unless the round is complete, positive and fresh.
    function latestValue() external view returns (int256 answer, uint8 decimals, uint80 roundId, uint256 updatedAt) {
        (roundId, answer,, updatedAt,) = feed.latestRoundData();
        if (roundId == 0 || updatedAt == 0) revert IncompleteRound(roundId, updatedAt);
        if (answer <= 0) revert NonPositiveAnswer(answer);
        if (updatedAt > block.timestamp) revert AnswerInFuture(updatedAt, block.timestamp);
        if (block.timestamp - updatedAt > maxAge) revert StaleAnswer(updatedAt, maxAge, block.timestamp);
        decimals = feed.decimals();
    }
}
