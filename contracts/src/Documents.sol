// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC1643} from "./interfaces/IERC1643.sol";

/// @title Documents
/// @notice ERC-1643 documents kept by a token: a prospectus, a deed scan, an
/// audit report… each a URI and the hash of its content, so anyone can check
/// that the file behind the URI is the one the issuer anchored. ERC-7201
/// namespaced storage, so an upgradeable token can inherit it. The logic runs
/// in {DocumentsLib}, linked at its deterministic address, which keeps it out
/// of the tokens' code (AssetToken would not fit EIP-170 otherwise).
abstract contract Documents is IERC1643 {
    struct Document {
        string uri;
        bytes32 documentHash;
        uint64 lastModified;
        uint32 position; // 1-based index in names, 0 when absent
    }

    /// @custom:storage-location erc7201:tessera.storage.Documents
    struct DocumentsStorage {
        mapping(bytes32 name => Document) documents;
        bytes32[] names;
    }

    error InvalidDocument();
    error DocumentNotFound(bytes32 name);

    /// @dev Reverts unless the caller may change documents.
    function _checkDocumentManager() internal view virtual;

    /// @inheritdoc IERC1643
    function setDocument(bytes32 name, string calldata uri, bytes32 documentHash) external {
        _checkDocumentManager();
        DocumentsLib.setDocument(name, uri, documentHash);
    }

    /// @inheritdoc IERC1643
    function removeDocument(bytes32 name) external {
        _checkDocumentManager();
        DocumentsLib.removeDocument(name);
    }

    /// @inheritdoc IERC1643
    /// @dev An unknown name returns an empty URI, a zero hash and time 0.
    function getDocument(bytes32 name)
        external
        view
        returns (string memory uri, bytes32 documentHash, uint256 lastModified)
    {
        return DocumentsLib.getDocument(name);
    }

    /// @inheritdoc IERC1643
    function getAllDocuments() external view returns (bytes32[] memory) {
        return DocumentsLib.getAllDocuments();
    }
}

/// @title DocumentsLib
/// @notice The logic of {Documents}, run by DELEGATECALL in the token's
/// storage. Stateless and without selfdestruct; deployed once per chain
/// through the deterministic deployment proxy, so its address (linked into
/// the tokens at compile time) is the same everywhere.
library DocumentsLib {
    // keccak256(abi.encode(uint256(keccak256("tessera.storage.Documents")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0xc382eb3e55b1b372a6a41ffcfd45d85c0035785b088589f78675166b67786200;

    function _s() private pure returns (Documents.DocumentsStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    function setDocument(bytes32 name, string calldata uri, bytes32 documentHash) external {
        if (name == bytes32(0) || bytes(uri).length == 0) revert Documents.InvalidDocument();
        Documents.DocumentsStorage storage $ = _s();
        Documents.Document storage d = $.documents[name];
        if (d.position == 0) {
            $.names.push(name);
            d.position = uint32($.names.length);
        }
        d.uri = uri;
        d.documentHash = documentHash;
        d.lastModified = uint64(block.timestamp);
        emit IERC1643.DocumentUpdated(name, uri, documentHash);
    }

    function removeDocument(bytes32 name) external {
        Documents.DocumentsStorage storage $ = _s();
        Documents.Document storage d = $.documents[name];
        uint256 pos = d.position;
        if (pos == 0) revert Documents.DocumentNotFound(name);
        string memory uri = d.uri;
        bytes32 documentHash = d.documentHash;
        uint256 last = $.names.length;
        if (pos != last) {
            bytes32 moved = $.names[last - 1];
            $.names[pos - 1] = moved;
            $.documents[moved].position = uint32(pos);
        }
        $.names.pop();
        delete $.documents[name];
        emit IERC1643.DocumentRemoved(name, uri, documentHash);
    }

    function getDocument(bytes32 name)
        external
        view
        returns (string memory uri, bytes32 documentHash, uint256 lastModified)
    {
        Documents.Document storage d = _s().documents[name];
        return (d.uri, d.documentHash, d.lastModified);
    }

    function getAllDocuments() external view returns (bytes32[] memory) {
        return _s().names;
    }
}
