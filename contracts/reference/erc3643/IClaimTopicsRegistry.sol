// SPDX-License-Identifier: CC0-1.0
pragma solidity 0.8.37;

/// @title IClaimTopicsRegistry
/// @notice ERC-3643: the claim topics a token's investors must hold.
interface IClaimTopicsRegistry {
    event ClaimTopicAdded(uint256 indexed claimTopic);
    event ClaimTopicRemoved(uint256 indexed claimTopic);

    function addClaimTopic(uint256 _claimTopic) external;
    function removeClaimTopic(uint256 _claimTopic) external;
    function getClaimTopics() external view returns (uint256[] memory);
}
