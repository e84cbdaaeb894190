// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {ERC721Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC721/ERC721Upgradeable.sol";
import {ERC721URIStorageUpgradeable} from
    "@openzeppelin/contracts-upgradeable/token/ERC721/extensions/ERC721URIStorageUpgradeable.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

import {IAssetTokenCold} from "./interfaces/IAssetTokenCold.sol";
import {Documents} from "./Documents.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";
import {TransferRestrictions as R} from "./TransferRestrictions.sol";
import {UpgradeGate} from "./UpgradeGate.sol";
import {IERC1404} from "./interfaces/IERC1404.sol";
import {IERC1643} from "./interfaces/IERC1643.sol";
import {IERC7943NonFungible} from "./interfaces/IERC7943.sol";

/// @title DeedToken
/// @notice ERC-721 deeds, one token per unique asset (a building's title, a
/// painting…), held only by verified investors. Same compliance, freeze and
/// forced-transfer surface as AssetToken, ERC-7943 (non-fungible), ERC-1404
/// with the codes of {TransferRestrictions} (the third argument is the token
/// id), a token URI per deed and ERC-1643 documents. A refused transfer
/// reverts with TransferRestricted(code), but for a frozen deed, which reverts
/// with ERC-7943's ERC7943InsufficientUnfrozenBalance (the code stays 0x57 in
/// detectTransferRestriction), and for what ERC-721 itself refuses (owner,
/// approval, existence), checked first with ERC-721's errors.
///
/// Deed ↔ fractions: once bound to its AssetToken ({bindFractions}), a deed can
/// be locked into it ({lockDeed}); the AssetToken mints fractions only while it
/// holds the deed, and only the AssetToken can let the deed out again, which it
/// does once every fraction has been redeemed. While locked, the deed cannot be
/// forced out, burned or moved by anyone else.
/// @dev Linked external libraries (DocumentsLib and TransferRestrictions) are
/// safe behind the proxy, which upgrades-core cannot see for itself: each keeps
/// no state of its own (it runs in the token's storage, on the ERC-7201
/// namespaces contracts/layout.js checks), has neither selfdestruct nor
/// delegatecall (the validator follows calls into library code and would report
/// either), and sits at the deterministic deployment proxy's address for its
/// own creation code, linked at compile time, so the code at that address is
/// exactly the compiled library on every chain and nobody can put other code
/// there.
/// @custom:oz-upgrades-unsafe-allow external-library-linking
contract DeedToken is ERC721URIStorageUpgradeable, UpgradeGate, Documents, IERC7943NonFungible, IERC1404 {
    /// @notice Mints and burns deeds, sets their token URI.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @notice Freezes and forced transfers.
    bytes32 public constant AGENT_ROLE = keccak256("AGENT_ROLE");
    /// @notice Changes the compliance rules.
    bytes32 public constant COMPLIANCE_ADMIN_ROLE = keccak256("COMPLIANCE_ADMIN_ROLE");
    /// @notice Pauses and unpauses holder transfers.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice Sets and removes ERC-1643 documents.
    bytes32 public constant DOCUMENT_ROLE = keccak256("DOCUMENT_ROLE");

    uint256 private constant C_PAUSED = 1;
    uint256 private constant C_COUNTRIES = 2;
    uint256 private constant C_FLAGS_SHIFT = 8;
    uint256 private constant REC_COUNTRY_SHIFT = 160;
    uint256 private constant REC_EXPIRY_SHIFT = 176;
    uint256 private constant REC_FLAGS_SHIFT = 240;
    uint256 private constant REC_REGISTERED = 1 << 255;

    /// @custom:storage-location erc7201:tessera.storage.DeedToken
    struct DeedTokenStorage {
        IdentityRegistry registry;
        uint256 rules;
        mapping(uint256 word => uint256) allowedCountries;
        mapping(address account => bool) frozenAccounts;
        mapping(address account => mapping(uint256 tokenId => bool)) frozenTokens;
        mapping(uint256 tokenId => address) fractions;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.DeedToken")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0xf30ca1f73f5912a20a2976a7c8796e906c01e7245eaa810da6166e27a00d4100;

    function _s() private pure returns (DeedTokenStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }
    bool private transient _forcing;

    /// @notice `tokenId` may be locked into `assetToken`, its fractions.
    event FractionsBound(uint256 indexed tokenId, address indexed assetToken);
    /// @notice ERC-3643: `account` was frozen or unfrozen by `agent`.
    event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent);
    /// @notice Holder transfers were paused by `account`.
    event Paused(address account);
    /// @notice Holder transfers were resumed by `account`.
    event Unpaused(address account);
    /// @notice The country allow-list is enforced (`enabled`) or every country is allowed.
    event CountryRestrictionSet(bool enabled);
    /// @notice `country` was added to (`allowed`) or removed from the allow-list.
    event CountryAllowed(uint16 indexed country, bool allowed);
    /// @notice Receivers must now hold every flag in `flags`.
    event RequiredFlagsSet(uint8 flags);

    /// @notice A transfer, mint or forced transfer was refused; `code` is from {TransferRestrictions}.
    error TransferRestricted(uint8 code);
    error NoFractionToken(uint256 tokenId);
    error FractionTokenMismatch(uint256 tokenId, address assetToken);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a deed proxy once: what the constructor took before the
    /// deeds moved behind a proxy, plus the `upgrader` (the timelock).
    function initialize(
        string calldata name_,
        string calldata symbol_,
        IdentityRegistry registry_,
        address admin,
        address upgrader
    ) external initializer {
        __ERC721_init(name_, symbol_);
        __ERC721URIStorage_init();
        __UpgradeGate_init(admin, upgrader);
        _s().registry = registry_;
    }

    // --- deeds ------------------------------------------------------------------

    /// @notice Mints deed `tokenId` with metadata at `uri` to verified `to`.
    function mint(address to, uint256 tokenId, string calldata uri) external onlyRole(MINTER_ROLE) {
        _mint(to, tokenId);
        _setTokenURI(tokenId, uri);
    }

    /// @notice Burns deed `tokenId` (not while it is locked into its fractions).
    /// A frozen deed may be burned: it is unfrozen first (ERC-7943's
    /// permissioned burn), its Frozen event before the Transfer.
    function burn(uint256 tokenId) external onlyRole(MINTER_ROLE) {
        _burn(tokenId);
    }

    /// @notice Replaces the metadata URI of deed `tokenId`.
    function setTokenURI(uint256 tokenId, string calldata uri) external onlyRole(MINTER_ROLE) {
        _requireOwned(tokenId);
        _setTokenURI(tokenId, uri);
    }

    // --- deed ↔ fractions -------------------------------------------------------------

    /// @notice Binds deed `tokenId` to `assetToken`, whose deed() and deedId() must
    /// name it. Refused while the deed is locked into its current fractions.
    function bindFractions(uint256 tokenId, address assetToken) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (IAssetTokenCold(assetToken).deed() != address(this) || IAssetTokenCold(assetToken).deedId() != tokenId) {
            revert FractionTokenMismatch(tokenId, assetToken);
        }
        address current = _s().fractions[tokenId];
        if (current != address(0) && _ownerOf(tokenId) == current) revert TransferRestricted(R.DEED_LOCKED);
        _s().fractions[tokenId] = assetToken;
        emit FractionsBound(tokenId, assetToken);
    }

    /// @notice The AssetToken deed `tokenId` can be locked into (zero if unbound).
    function fractionsOf(uint256 tokenId) external view returns (address) {
        return _s().fractions[tokenId];
    }

    /// @notice Whether deed `tokenId` is locked into its fractions.
    function isLocked(uint256 tokenId) public view returns (bool) {
        address vault = _s().fractions[tokenId];
        return vault != address(0) && _ownerOf(tokenId) == vault;
    }

    /// @notice Locks deed `tokenId` into its AssetToken so fractions can be
    /// minted. The caller must own the deed or be approved for it; the owner's
    /// sender rules apply.
    function lockDeed(uint256 tokenId) external {
        address vault = _s().fractions[tokenId];
        if (vault == address(0)) revert NoFractionToken(tokenId);
        address owner = _requireOwned(tokenId);
        _checkAuthorized(owner, msg.sender, tokenId);
        _safeTransfer(owner, vault, tokenId, "");
    }

    // --- enforcement --------------------------------------------------------------

    /// @inheritdoc IERC7943NonFungible
    /// @dev Bypasses the sender's rules (unfreezing the deed first, with its
    /// Frozen event before the Transfer) but applies the receiver's. `from`
    /// must own the deed (ERC-721's own errors otherwise). A deed locked into
    /// its fractions cannot be forced out.
    function forcedTransfer(address from, address to, uint256 tokenId) external onlyRole(AGENT_ROLE) returns (bool) {
        _requireOwner(from, tokenId);
        _forcing = true;
        _transfer(from, to, tokenId);
        _forcing = false;
        emit ForcedTransfer(from, to, tokenId);
        return true;
    }

    /// @inheritdoc IERC7943NonFungible
    function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus)
        external
        onlyRole(AGENT_ROLE)
        returns (bool)
    {
        _s().frozenTokens[account][tokenId] = frozenStatus;
        emit Frozen(account, tokenId, frozenStatus);
        return true;
    }

    /// @notice ERC-3643: freezes or unfreezes every transfer from and to `account`.
    function setAddressFrozen(address account, bool frozen) external onlyRole(AGENT_ROLE) {
        _s().frozenAccounts[account] = frozen;
        emit AddressFrozen(account, frozen, msg.sender);
    }

    /// @notice ERC-3643: whether every transfer from and to `account` is frozen.
    function isFrozen(address account) external view returns (bool) {
        return _s().frozenAccounts[account];
    }

    /// @inheritdoc IERC7943NonFungible
    function getFrozenTokens(address account, uint256 tokenId) external view returns (bool) {
        return _s().frozenTokens[account][tokenId];
    }

    /// @notice Pauses holder transfers; mints, burns and agent actions go on.
    function pause() external onlyRole(PAUSER_ROLE) {
        _s().rules |= C_PAUSED;
        emit Paused(msg.sender);
    }

    /// @notice Resumes holder transfers.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _s().rules &= ~C_PAUSED;
        emit Unpaused(msg.sender);
    }

    /// @notice Whether holder transfers are paused.
    function paused() external view returns (bool) {
        return _s().rules & C_PAUSED != 0;
    }

    // --- compliance rules ---------------------------------------------------------

    /// @notice ERC-3643: the identity registry this token checks.
    function identityRegistry() external view returns (IdentityRegistry) {
        return _s().registry;
    }

    /// @notice ERC-3643: the compliance rules are this contract's own.
    function compliance() external view returns (address) {
        return address(this);
    }

    /// @notice Turns the receiver country allow-list on or off (off = every country).
    function setCountryRestriction(bool enabled) external onlyRole(COMPLIANCE_ADMIN_ROLE) {
        _s().rules = enabled ? _s().rules | C_COUNTRIES : _s().rules & ~C_COUNTRIES;
        emit CountryRestrictionSet(enabled);
    }

    /// @notice Adds `countries` (ISO-3166 numeric) to the allow-list, or removes them.
    function setCountriesAllowed(uint16[] calldata countries, bool allowed) external onlyRole(COMPLIANCE_ADMIN_ROLE) {
        for (uint256 i; i < countries.length; ++i) {
            uint16 c = countries[i];
            uint256 bit = 1 << (c & 0xff);
            uint256 word = _s().allowedCountries[c >> 8];
            _s().allowedCountries[c >> 8] = allowed ? word | bit : word & ~bit;
            emit CountryAllowed(c, allowed);
        }
    }

    /// @notice Requires receivers to hold every eligibility flag in `flags` (bits 0–7).
    function setRequiredFlags(uint8 flags) external onlyRole(COMPLIANCE_ADMIN_ROLE) {
        _s().rules = (_s().rules & ~(uint256(0xff) << C_FLAGS_SHIFT)) | (uint256(flags) << C_FLAGS_SHIFT);
        emit RequiredFlagsSet(flags);
    }

    /// @notice Whether the country allow-list is enforced.
    function countryRestricted() external view returns (bool) {
        return _s().rules & C_COUNTRIES != 0;
    }

    /// @notice Whether `country` may receive (true for all while the allow-list is off).
    function isCountryAllowed(uint16 country) external view returns (bool) {
        return _s().rules & C_COUNTRIES == 0 || _countryListed(country);
    }

    /// @notice The eligibility flags receivers must hold.
    function requiredFlags() external view returns (uint8) {
        return uint8(_s().rules >> C_FLAGS_SHIFT);
    }

    /// @inheritdoc IERC7943NonFungible
    /// @dev A fraction token bound to one of these deeds is no investor but
    /// sends and receives its deed: it can send and receive unless frozen.
    function canSend(address account) external view returns (bool) {
        if (_s().frozenAccounts[account]) return false;
        return _verified(_s().registry.record(account)) || _isBoundFractions(account);
    }

    /// @inheritdoc IERC7943NonFungible
    /// @dev See {canSend} for fraction tokens.
    function canReceive(address account) external view returns (bool) {
        if (_s().frozenAccounts[account]) return false;
        return _receiverCode(_s().registry.record(account)) == R.SUCCESS || _isBoundFractions(account);
    }

    /// @inheritdoc IERC7943NonFungible
    /// @dev Ownership and approvals are ERC-721's own checks, not rules: a
    /// deed `from` does not hold may still be reported transferable.
    function canTransfer(address from, address to, uint256 tokenId) external view returns (bool) {
        if (from == address(0) || to == address(0)) return false;
        return _restriction(from, to, tokenId, from) == R.SUCCESS;
    }

    /// @inheritdoc IERC1404
    /// @dev The third argument is the deed's token id; `from` 0 previews a mint.
    function detectTransferRestriction(address from, address to, uint256 tokenId) external view returns (uint8) {
        return _restriction(from, to, tokenId, from);
    }

    /// @inheritdoc IERC1404
    function messageForTransferRestriction(uint8 code) external pure returns (string memory) {
        return R.message(code);
    }

    /// @notice ERC-165: ERC-721 and its metadata, ERC-7943 non-fungible,
    /// ERC-1404, ERC-1643, AccessControl and ERC-165 itself.
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721URIStorageUpgradeable, AccessControlUpgradeable, IERC165)
        returns (bool)
    {
        return interfaceId == type(IERC7943NonFungible).interfaceId || interfaceId == type(IERC1404).interfaceId
            || interfaceId == type(IERC1643).interfaceId || super.supportsInterface(interfaceId);
    }

    // --- internals ------------------------------------------------------------------

    /// @notice ERC-721 transfer: ownership and approval are checked before the
    /// rules, so a caller who may not move the deed gets ERC-721's errors
    /// (ERC-7943 leaves those to the base standard) and never a rule's.
    /// safeTransferFrom comes through here too.
    function transferFrom(address from, address to, uint256 tokenId) public override(ERC721Upgradeable, IERC721) {
        if (to != address(0)) {
            address owner = _requireOwner(from, tokenId);
            _checkAuthorized(owner, msg.sender, tokenId);
        }
        super.transferFrom(from, to, tokenId);
    }

    /// @dev Every mint, transfer, burn and forced transfer passes here.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        address from = _ownerOf(tokenId);
        uint8 code = _restriction(from, to, tokenId, auth);
        if (code != R.SUCCESS) {
            if (code == R.TOKENS_FROZEN) revert ERC7943InsufficientUnfrozenBalance(from, tokenId);
            revert TransferRestricted(code);
        }
        if ((_forcing || to == address(0)) && from != address(0) && _s().frozenTokens[from][tokenId]) {
            // ERC-7943: a forced transfer or a permissioned burn unfreezes the
            // deed, and says so, before the Transfer event.
            _s().frozenTokens[from][tokenId] = false;
            emit Frozen(from, tokenId, false);
        }
        return super._update(to, tokenId, auth);
    }

    /// @dev The owner of `tokenId`, which must be `from` (ERC-721's errors otherwise).
    function _requireOwner(address from, uint256 tokenId) private view returns (address owner) {
        owner = _requireOwned(tokenId);
        if (owner != from) revert ERC721IncorrectOwner(from, tokenId, owner);
    }

    /// @dev Whether `account` is the fraction token a deed is bound to: it
    /// answers deedId() and is bound for that deed. Never reverts (canSend and
    /// canReceive must not) and copies at most one word of the answer.
    function _isBoundFractions(address account) private view returns (bool) {
        if (account.code.length == 0) return false;
        bytes4 sel = IAssetTokenCold.deedId.selector;
        bool ok;
        uint256 id;
        assembly {
            mstore(0x00, sel)
            ok := staticcall(gas(), account, 0x00, 0x04, 0x00, 0x20)
            ok := and(ok, gt(returndatasize(), 0x1f))
            id := mload(0x00)
        }
        return ok && _s().fractions[id] == account;
    }

    /// @dev The restriction code of moving `tokenId` from `from` to `to` on
    /// behalf of `auth`, in the order of the table.
    function _restriction(address from, address to, uint256 tokenId, address auth) private view returns (uint8) {
        address vault = _s().fractions[tokenId];
        bool fromVault = from != address(0) && from == vault;
        if (to == address(0)) {
            return fromVault ? R.DEED_LOCKED : R.SUCCESS; // burn
        }
        if (fromVault && (_forcing || auth != vault)) return R.DEED_LOCKED;
        // The fraction token letting its deed out is no holder, but a frozen
        // address sends nothing (canSend).
        if (fromVault && _s().frozenAccounts[from]) return R.SENDER_FROZEN;
        bool holderTransfer = from != address(0) && !_forcing && !fromVault;
        if (holderTransfer) {
            if (_s().rules & C_PAUSED != 0) return R.PAUSED;
            if (_s().frozenAccounts[from]) return R.SENDER_FROZEN;
        }
        if (_s().frozenAccounts[to]) return R.RECEIVER_FROZEN;
        if (holderTransfer && !_verified(_s().registry.record(from))) return R.SENDER_NOT_VERIFIED;
        // The fraction token is no investor: locking the deed into it skips the receiver's identity.
        if (to != vault) {
            uint8 rc = _receiverCode(_s().registry.record(to));
            if (rc != R.SUCCESS) return rc;
        }
        if (holderTransfer && _s().frozenTokens[from][tokenId]) return R.TOKENS_FROZEN;
        return R.SUCCESS;
    }

    function _receiverCode(uint256 rec) private view returns (uint8) {
        if (!_verified(rec)) return R.RECEIVER_NOT_VERIFIED;
        uint256 c = _s().rules;
        if (c & C_COUNTRIES != 0 && !_countryListed(uint16(rec >> REC_COUNTRY_SHIFT))) return R.COUNTRY_NOT_ALLOWED;
        uint256 required = (c >> C_FLAGS_SHIFT) & 0xff;
        if ((rec >> REC_FLAGS_SHIFT) & required != required) return R.RECEIVER_NOT_ELIGIBLE;
        return R.SUCCESS;
    }

    function _verified(uint256 rec) private view returns (bool) {
        return rec & REC_REGISTERED != 0 && uint64(rec >> REC_EXPIRY_SHIFT) > block.timestamp;
    }

    function _countryListed(uint16 country) private view returns (bool) {
        return (_s().allowedCountries[country >> 8] >> (country & 0xff)) & 1 != 0;
    }

    function _checkDocumentManager() internal view override {
        _checkRole(DOCUMENT_ROLE);
    }
}
