// SPDX-License-Identifier: CC0-1.0
pragma solidity 0.8.37;

/// @title ITrustedIssuersRegistry
/// @notice ERC-3643: the claim issuers a token trusts, and their topics.
/// `address` stands for IClaimIssuer.
interface ITrustedIssuersRegistry {
    event TrustedIssuerAdded(address indexed trustedIssuer, uint256[] claimTopics);
    event TrustedIssuerRemoved(address indexed trustedIssuer);
    event ClaimTopicsUpdated(address indexed trustedIssuer, uint256[] claimTopics);

    function addTrustedIssuer(address _trustedIssuer, uint256[] calldata _claimTopics) external;
    function removeTrustedIssuer(address _trustedIssuer) external;
    function updateIssuerClaimTopics(address _trustedIssuer, uint256[] calldata _claimTopics) external;
    function getTrustedIssuers() external view returns (address[] memory);
    function isTrustedIssuer(address _issuer) external view returns (bool);
    function getTrustedIssuerClaimTopics(address _trustedIssuer) external view returns (uint256[] memory);
    function getTrustedIssuersForClaimTopic(uint256 claimTopic) external view returns (address[] memory);
    function hasClaimTopic(address _issuer, uint256 _claimTopic) external view returns (bool);
}
