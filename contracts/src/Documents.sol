// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC1643} from "./interfaces/IERC1643.sol";

/// @title Documents
/// @notice ERC-1643 documents kept by a token: a prospectus, a deed scan, an
/// audit report… each a URI and the hash of its content, so anyone can check
/// that the file behind the URI is the one the issuer anchored.
abstract contract Documents is IERC1643 {
    struct Document {
        string uri;
        bytes32 documentHash;
        uint64 lastModified;
        uint32 position; // 1-based index in _names, 0 when absent
    }

    mapping(bytes32 name => Document) private _documents;
    bytes32[] private _names;

    error InvalidDocument();
    error DocumentNotFound(bytes32 name);

    /// @dev Reverts unless the caller may change documents.
    function _checkDocumentManager() internal view virtual;

    /// @inheritdoc IERC1643
    function setDocument(bytes32 name, string calldata uri, bytes32 documentHash) external {
        _checkDocumentManager();
        if (name == bytes32(0) || bytes(uri).length == 0) revert InvalidDocument();
        Document storage d = _documents[name];
        if (d.position == 0) {
            _names.push(name);
            d.position = uint32(_names.length);
        }
        d.uri = uri;
        d.documentHash = documentHash;
        d.lastModified = uint64(block.timestamp);
        emit DocumentUpdated(name, uri, documentHash);
    }

    /// @inheritdoc IERC1643
    function removeDocument(bytes32 name) external {
        _checkDocumentManager();
        Document storage d = _documents[name];
        uint256 pos = d.position;
        if (pos == 0) revert DocumentNotFound(name);
        string memory uri = d.uri;
        bytes32 documentHash = d.documentHash;
        uint256 last = _names.length;
        if (pos != last) {
            bytes32 moved = _names[last - 1];
            _names[pos - 1] = moved;
            _documents[moved].position = uint32(pos);
        }
        _names.pop();
        delete _documents[name];
        emit DocumentRemoved(name, uri, documentHash);
    }

    /// @inheritdoc IERC1643
    /// @dev An unknown name returns an empty URI, a zero hash and time 0.
    function getDocument(bytes32 name)
        external
        view
        returns (string memory uri, bytes32 documentHash, uint256 lastModified)
    {
        Document storage d = _documents[name];
        return (d.uri, d.documentHash, d.lastModified);
    }

    /// @inheritdoc IERC1643
    function getAllDocuments() external view returns (bytes32[] memory) {
        return _names;
    }
}
