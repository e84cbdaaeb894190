// SPDX-License-Identifier: CC0-1.0
pragma solidity 0.8.37;

/// @title IAgentRole
/// @notice ERC-3643: the agent role every token and identity registry answers.
/// The owner (ERC-173) appoints and removes agents.
interface IAgentRole {
    event AgentAdded(address indexed _agent);
    event AgentRemoved(address indexed _agent);

    function addAgent(address _agent) external;
    function removeAgent(address _agent) external;
    function isAgent(address _agent) external view returns (bool);
}
