// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IERC1643
/// @notice ERC-1643 document management: named documents, each a URI and the
/// hash of its content, attached to a token.
interface IERC1643 {
    /// @notice Document `name` was added or replaced.
    event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash);
    /// @notice Document `name` was removed; its last URI and hash are repeated.
    event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash);

    /// @notice The URI, content hash and last modification time of document `name`.
    function getDocument(bytes32 name) external view returns (string memory uri, bytes32 documentHash, uint256 lastModified);
    /// @notice Adds or replaces document `name`.
    function setDocument(bytes32 name, string calldata uri, bytes32 documentHash) external;
    /// @notice Removes document `name`.
    function removeDocument(bytes32 name) external;
    /// @notice The names of every document attached.
    function getAllDocuments() external view returns (bytes32[] memory);
}
