// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {UpgradeGate} from "./UpgradeGate.sol";

/// @title IdentityRegistry
/// @notice Wallet → investor registry shared by every Tessera token: investor id,
/// country (ISO-3166 numeric), KYC expiry and eligibility flags per wallet, many
/// wallets per investor. A wallet is verified while it is registered and its KYC
/// expiry lies in the future.
///
/// Two rules keep the tokens' per-investor accounting exact:
/// - a wallet, once registered for an investor, stays bound to that investor for
///   good: deleting its identity unverifies it, but it can only ever be
///   registered again for the same investor;
/// - every investor has an anchor: the first wallet ever registered for it. Tokens
///   keep an investor's summed balance in the storage word of its anchor, so a
///   transfer between single-wallet investors touches no extra storage.
///
/// Tokens read a wallet's packed record (see {record}) in one call:
/// bits 0–159 anchor, 160–175 country, 176–239 KYC expiry (unix seconds),
/// 240–247 eligibility flags 0–7, 255 registered. The registry sits behind
/// {IdentityRegistryProxy}, which answers {record} and {records} from this
/// storage without delegating: every implementation keeps the records
/// mapping first in its namespace and this layout of the word.
///
/// ERC-3643: the registry answers the IIdentityRegistry and IAgentRole
/// selectors, and is its own IIdentityRegistryStorage (read side). Identities
/// are records, not ONCHAINID contracts, so the standard's identity address
/// maps onto the investor id:
/// - {registerIdentity}(wallet, identity, country) registers the wallet for the
///   investor whose id is the identity address (zero-padded to 32 bytes), with
///   no eligibility flags and no KYC expiry until the registrar sets one
///   ({updateExpiry});
/// - {identity}(wallet) answers that address for such an investor, and the
///   investor's anchor wallet (its first wallet, as stable and as shared by all
///   its wallets as an ONCHAINID) for an investor whose id is no address;
/// - a wallet stays bound to its investor for good, so {updateIdentity} only
///   accepts the identity the wallet already has;
/// - verification is the registrar's KYC record, not claims: there is no claim
///   topics or trusted issuers registry to read or set.
/// The agents of ERC-3643 are the holders of REGISTRAR_ROLE.
contract IdentityRegistry is UpgradeGate {
    /// @notice May register, update and delete identities.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice What {identityOf} returns for a wallet.
    struct Identity {
        bytes32 investorId;
        uint16 country;
        uint64 expiry;
        uint256 flags;
        bool registered;
    }

    uint256 private constant ANCHOR_MASK = (1 << 160) - 1;
    uint256 private constant COUNTRY_SHIFT = 160;
    uint256 private constant EXPIRY_SHIFT = 176;
    uint256 private constant FLAGS_SHIFT = 240;
    uint256 private constant REGISTERED = 1 << 255;
    /// Everything but the anchor: cleared when an identity is deleted.
    uint256 private constant IDENTITY_BITS = ~ANCHOR_MASK;

    /// @custom:storage-location erc7201:tessera.storage.IdentityRegistry
    struct IdentityRegistryStorage {
        /// First in the namespace, for good: {IdentityRegistryProxy} reads
        /// it at the namespace's slot itself (see there).
        mapping(address wallet => uint256) records;
        mapping(address wallet => uint256) flags;
        mapping(address anchor => bytes32) investorOfAnchor;
        mapping(bytes32 investorId => address) anchorOf;
        mapping(bytes32 investorId => uint256) walletCount;
        /// Each wallet's investor categories held with an expiry and proof
        /// ({setCategory}), by category (flag bit 0-7).
        mapping(address wallet => mapping(uint256 category => Category)) categories;
    }

    /// @notice An investor category a wallet holds: until `expiry`, proven by
    /// `proof` (the hash of the evidence: an accreditation letter, a KYC
    /// provider's attestation).
    struct Category {
        uint64 expiry;
        bytes32 proof;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.IdentityRegistry")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0x94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df800;

    function _s() private pure returns (IdentityRegistryStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    /// @notice A wallet was registered for an investor.
    event IdentityRegistered(
        address indexed wallet, bytes32 indexed investorId, uint16 country, uint64 expiry, uint256 flags
    );
    /// @notice A wallet's identity was deleted; the wallet stays bound to the investor.
    event IdentityRemoved(address indexed wallet, bytes32 indexed investorId);
    /// @notice A wallet's country changed.
    event CountryUpdated(address indexed wallet, uint16 indexed country);
    /// @notice A wallet's KYC expiry changed.
    event ExpiryUpdated(address indexed wallet, uint64 expiry);
    /// @notice A wallet's eligibility flags changed.
    event FlagsUpdated(address indexed wallet, uint256 flags);
    /// @notice `wallet` holds investor category `category` until `expiry`, proven by `proof`.
    event CategorySet(address indexed wallet, uint8 indexed category, uint64 expiry, bytes32 proof);
    /// @notice `wallet` no longer holds investor category `category` (revoked or expired).
    event CategoryCleared(address indexed wallet, uint8 indexed category);
    /// @notice ERC-3643: `agent` may now register, update and delete identities.
    event AgentAdded(address indexed agent);
    /// @notice ERC-3643: `agent` may no longer register, update or delete identities.
    event AgentRemoved(address indexed agent);

    error InvalidWallet();
    error InvalidInvestorId();
    error InvalidCountry(uint16 country);
    error IdentityAlreadyRegistered(address wallet);
    error IdentityNotRegistered(address wallet);
    error WalletBoundToOtherInvestor(address wallet, bytes32 investorId);
    error LengthMismatch();
    error InvalidCategory(uint8 category);
    /// @notice A category granted until `expiry`, which has passed.
    error CategoryExpired(address wallet, uint8 category, uint64 expiry);
    /// @notice An ERC-3643 function Tessera's registry does not take; `reason` says why.
    error NotSupported(string reason);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a registry proxy once: its admin and its `upgrader` (the timelock).
    function initialize(address admin, address upgrader) external initializer {
        __UpgradeGate_init(admin, upgrader);
    }

    // --- registrar ---------------------------------------------------------

    /// @notice Registers `wallet` for `investorId`.
    function registerIdentity(address wallet, bytes32 investorId, uint16 country, uint64 expiry, uint256 flags)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        _register(wallet, investorId, country, expiry, flags);
    }

    /// @notice Registers many wallets in one transaction; arrays are parallel.
    function batchRegisterIdentity(
        address[] calldata wallets,
        bytes32[] calldata investorIds,
        uint16[] calldata countries,
        uint64[] calldata expiries,
        uint256[] calldata flags
    ) external onlyRole(REGISTRAR_ROLE) {
        uint256 n = wallets.length;
        if (investorIds.length != n || countries.length != n || expiries.length != n || flags.length != n) {
            revert LengthMismatch();
        }
        for (uint256 i; i < n; ++i) {
            _register(wallets[i], investorIds[i], countries[i], expiries[i], flags[i]);
        }
    }

    /// @notice Changes a registered wallet's country.
    function updateCountry(address wallet, uint16 country) external onlyRole(REGISTRAR_ROLE) {
        _checkCountry(country);
        uint256 r = _registered(wallet);
        _s().records[wallet] = (r & ~(uint256(0xffff) << COUNTRY_SHIFT)) | (uint256(country) << COUNTRY_SHIFT);
        emit CountryUpdated(wallet, country);
    }

    /// @notice Changes a registered wallet's KYC expiry; a past expiry unverifies it.
    function updateExpiry(address wallet, uint64 expiry) external onlyRole(REGISTRAR_ROLE) {
        uint256 r = _registered(wallet);
        _s().records[wallet] = (r & ~(uint256(type(uint64).max) << EXPIRY_SHIFT)) | (uint256(expiry) << EXPIRY_SHIFT);
        emit ExpiryUpdated(wallet, expiry);
    }

    /// @notice Replaces a registered wallet's eligibility flags.
    function updateFlags(address wallet, uint256 flags) external onlyRole(REGISTRAR_ROLE) {
        uint256 r = _registered(wallet);
        _s().records[wallet] = (r & ~(uint256(0xff) << FLAGS_SHIFT)) | ((flags & 0xff) << FLAGS_SHIFT);
        _s().flags[wallet] = flags;
        emit FlagsUpdated(wallet, flags);
    }

    /// @notice Grants `wallet` investor category `category` (eligibility flag
    /// bit 0-7: accredited, qualified purchaser, professional, institutional,
    /// then issuer-defined) until `expiry`, proven by `proof` (the hash of the
    /// evidence, kept here so an auditor can match it). Tokens read the flag
    /// bit; once `expiry` passes anyone may clear it ({expireCategories}).
    function setCategory(address wallet, uint8 category, uint64 expiry, bytes32 proof)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        if (category > 7) revert InvalidCategory(category);
        if (expiry <= block.timestamp) revert CategoryExpired(wallet, category, expiry);
        uint256 r = _registered(wallet);
        uint256 bit = uint256(1) << category;
        _s().records[wallet] = r | (bit << FLAGS_SHIFT);
        _s().flags[wallet] |= bit;
        _s().categories[wallet][category] = Category(expiry, proof);
        emit CategorySet(wallet, category, expiry, proof);
        emit FlagsUpdated(wallet, _s().flags[wallet]);
    }

    /// @notice Takes investor category `category` from `wallet`.
    function revokeCategory(address wallet, uint8 category) external onlyRole(REGISTRAR_ROLE) {
        if (category > 7) revert InvalidCategory(category);
        _clearCategory(wallet, _registered(wallet), category);
    }

    /// @notice Clears every category of `wallet` whose expiry has passed.
    /// Anyone may call it: a lapsed accreditation stops counting on chain
    /// without waiting for the registrar. Returns the flags left.
    function expireCategories(address wallet) external returns (uint256) {
        uint256 r = _registered(wallet);
        for (uint8 c; c < 8; ++c) {
            uint64 expiry = _s().categories[wallet][c].expiry;
            if (expiry != 0 && expiry <= block.timestamp) r = _clearCategory(wallet, r, c);
        }
        return _s().flags[wallet];
    }

    function _clearCategory(address wallet, uint256 r, uint8 category) private returns (uint256) {
        uint256 bit = uint256(1) << category;
        r &= ~(bit << FLAGS_SHIFT);
        _s().records[wallet] = r;
        _s().flags[wallet] &= ~bit;
        delete _s().categories[wallet][category];
        emit CategoryCleared(wallet, category);
        emit FlagsUpdated(wallet, _s().flags[wallet]);
        return r;
    }

    /// @notice Whether `wallet` holds investor category `category` now, until
    /// when (0: set without an expiry, through {updateFlags}) and its proof.
    function categoryOf(address wallet, uint8 category) external view returns (bool held, uint64 expiry, bytes32 proof) {
        if (category > 7) return (false, 0, bytes32(0));
        Category memory c = _s().categories[wallet][category];
        uint256 r = _s().records[wallet];
        held = r & REGISTERED != 0 && (r >> (FLAGS_SHIFT + category)) & 1 != 0 && (c.expiry == 0 || c.expiry > block.timestamp);
        return (held, c.expiry, c.proof);
    }

    /// @notice Deletes a wallet's identity. The wallet is no longer verified but
    /// stays bound to its investor (it can be registered again for it only).
    function deleteIdentity(address wallet) external onlyRole(REGISTRAR_ROLE) {
        uint256 r = _registered(wallet);
        bytes32 investorId = _s().investorOfAnchor[address(uint160(r))];
        _s().records[wallet] = r & ~IDENTITY_BITS;
        delete _s().flags[wallet];
        unchecked {
            --_s().walletCount[investorId];
        }
        emit IdentityRemoved(wallet, investorId);
    }

    // --- ERC-3643 registrar ----------------------------------------------------

    /// @notice ERC-3643: registers `wallet` for the investor whose id is the
    /// address `identity_` (see the contract's notice), with no eligibility
    /// flags and no KYC expiry.
    function registerIdentity(address wallet, address identity_, uint16 country) external onlyRole(REGISTRAR_ROLE) {
        _register(wallet, _investorIdOf(identity_), country, type(uint64).max, 0);
    }

    /// @notice ERC-3643 batch of {registerIdentity}; arrays are parallel.
    function batchRegisterIdentity(
        address[] calldata wallets,
        address[] calldata identities,
        uint16[] calldata countries
    ) external onlyRole(REGISTRAR_ROLE) {
        uint256 n = wallets.length;
        if (identities.length != n || countries.length != n) revert LengthMismatch();
        for (uint256 i; i < n; ++i) {
            _register(wallets[i], _investorIdOf(identities[i]), countries[i], type(uint64).max, 0);
        }
    }

    /// @notice ERC-3643: a wallet stays bound to its investor for good, so the
    /// only identity it takes is the one it has ({identity}); any other
    /// reverts with {WalletBoundToOtherInvestor}.
    function updateIdentity(address wallet, address identity_) external view onlyRole(REGISTRAR_ROLE) {
        uint256 r = _registered(wallet);
        if (identity_ != _identityOfRecord(r)) {
            revert WalletBoundToOtherInvestor(wallet, _s().investorOfAnchor[address(uint160(r))]);
        }
    }

    /// @notice ERC-3643 IAgentRole: lets `agent` register, update and delete
    /// identities (grants REGISTRAR_ROLE; the role's admin only).
    function addAgent(address agent) external onlyRole(getRoleAdmin(REGISTRAR_ROLE)) {
        if (_grantRole(REGISTRAR_ROLE, agent)) emit AgentAdded(agent);
    }

    /// @notice ERC-3643 IAgentRole: revokes `agent`'s REGISTRAR_ROLE.
    function removeAgent(address agent) external onlyRole(getRoleAdmin(REGISTRAR_ROLE)) {
        if (_revokeRole(REGISTRAR_ROLE, agent)) emit AgentRemoved(agent);
    }

    /// @notice ERC-3643 IAgentRole: whether `agent` holds REGISTRAR_ROLE.
    function isAgent(address agent) external view returns (bool) {
        return hasRole(REGISTRAR_ROLE, agent);
    }

    /// @notice ERC-3643: refused, the registry is its own storage ({identityStorage}).
    function setIdentityRegistryStorage(address) external pure {
        revert NotSupported("the registry is its own identity storage");
    }

    /// @notice ERC-3643: refused, verification is the registrar's KYC record, not claims.
    function setClaimTopicsRegistry(address) external pure {
        revert NotSupported("verification is the registrar's KYC record, not claims");
    }

    /// @notice ERC-3643: refused, verification is the registrar's KYC record, not claims.
    function setTrustedIssuersRegistry(address) external pure {
        revert NotSupported("verification is the registrar's KYC record, not claims");
    }

    // --- views ---------------------------------------------------------------

    /// @notice True while `wallet` is registered and its KYC has not expired.
    function isVerified(address wallet) external view returns (bool) {
        uint256 r = _s().records[wallet];
        return r & REGISTERED != 0 && uint64(r >> EXPIRY_SHIFT) > block.timestamp;
    }

    /// @notice The investor `wallet` is registered for, or zero when it is not registered.
    function investorOf(address wallet) external view returns (bytes32) {
        uint256 r = _s().records[wallet];
        return r & REGISTERED == 0 ? bytes32(0) : _s().investorOfAnchor[address(uint160(r))];
    }

    /// @notice The investor `wallet` is bound to, registered or not (zero if it never was).
    function boundInvestorOf(address wallet) external view returns (bytes32) {
        return _s().investorOfAnchor[address(uint160(_s().records[wallet]))];
    }

    /// @notice The anchor wallet of `investorId` (zero for an unknown investor).
    function anchorOf(bytes32 investorId) external view returns (address) {
        return _s().anchorOf[investorId];
    }

    /// @notice How many wallets are currently registered for `investorId`.
    function walletCount(bytes32 investorId) external view returns (uint256) {
        return _s().walletCount[investorId];
    }

    /// @notice The identity of `wallet`; all zero when it is not registered.
    function identityOf(address wallet) external view returns (Identity memory id) {
        uint256 r = _s().records[wallet];
        if (r & REGISTERED == 0) return id;
        id.investorId = _s().investorOfAnchor[address(uint160(r))];
        id.country = uint16(r >> COUNTRY_SHIFT);
        id.expiry = uint64(r >> EXPIRY_SHIFT);
        id.flags = _s().flags[wallet];
        id.registered = true;
    }

    /// @notice The packed record of `wallet` (layout in the contract's notice).
    function record(address wallet) external view returns (uint256) {
        return _s().records[wallet];
    }

    /// @notice The packed records of a transfer's two parties, in one call.
    function records(address from, address to) external view returns (uint256 fromRecord, uint256 toRecord) {
        return (_s().records[from], _s().records[to]);
    }

    // --- ERC-3643 views ------------------------------------------------------

    /// @notice ERC-3643: whether `wallet` is registered (verified or not).
    function contains(address wallet) external view returns (bool) {
        return _s().records[wallet] & REGISTERED != 0;
    }

    /// @notice ERC-3643: the identity address of `wallet`'s investor (see the
    /// contract's notice); zero when the wallet is not registered.
    function identity(address wallet) public view returns (address) {
        uint256 r = _s().records[wallet];
        return r & REGISTERED == 0 ? address(0) : _identityOfRecord(r);
    }

    /// @notice ERC-3643: `wallet`'s country (ISO-3166 numeric); zero when it is not registered.
    function investorCountry(address wallet) public view returns (uint16) {
        uint256 r = _s().records[wallet];
        return r & REGISTERED == 0 ? 0 : uint16(r >> COUNTRY_SHIFT);
    }

    /// @notice ERC-3643: the identity storage is this registry itself.
    function identityStorage() external view returns (address) {
        return address(this);
    }

    /// @notice ERC-3643: none (zero); verification is the registrar's KYC record, not claims.
    function issuersRegistry() external pure returns (address) {
        return address(0);
    }

    /// @notice ERC-3643: none (zero); verification is the registrar's KYC record, not claims.
    function topicsRegistry() external pure returns (address) {
        return address(0);
    }

    /// @notice ERC-3643 IIdentityRegistryStorage: {identity}.
    function storedIdentity(address wallet) external view returns (address) {
        return identity(wallet);
    }

    /// @notice ERC-3643 IIdentityRegistryStorage: {investorCountry}.
    function storedInvestorCountry(address wallet) external view returns (uint16) {
        return investorCountry(wallet);
    }

    /// @notice ERC-3643 IIdentityRegistryStorage: the one registry this storage serves, itself.
    function linkedIdentityRegistries() external view returns (address[] memory registries) {
        registries = new address[](1);
        registries[0] = address(this);
    }

    // --- internals -----------------------------------------------------------

    /// @dev The investor id an ERC-3643 identity address stands for.
    function _investorIdOf(address identity_) private pure returns (bytes32) {
        return bytes32(uint256(uint160(identity_)));
    }

    /// @dev The identity address of a registered record's investor: its id
    /// when the id is an address, else its anchor wallet.
    function _identityOfRecord(uint256 r) private view returns (address) {
        address anchor = address(uint160(r));
        uint256 id = uint256(_s().investorOfAnchor[anchor]);
        return id >> 160 == 0 ? address(uint160(id)) : anchor;
    }

    function _register(address wallet, bytes32 investorId, uint16 country, uint64 expiry, uint256 flags) private {
        if (wallet == address(0)) revert InvalidWallet();
        if (investorId == bytes32(0)) revert InvalidInvestorId();
        _checkCountry(country);
        uint256 r = _s().records[wallet];
        if (r & REGISTERED != 0) revert IdentityAlreadyRegistered(wallet);

        address anchor = address(uint160(r));
        if (anchor == address(0)) {
            // First registration of this wallet: bind it to the investor's anchor,
            // making it the anchor if the investor is new.
            anchor = _s().anchorOf[investorId];
            if (anchor == address(0)) {
                anchor = wallet;
                _s().anchorOf[investorId] = wallet;
                _s().investorOfAnchor[wallet] = investorId;
            }
        } else if (_s().investorOfAnchor[anchor] != investorId) {
            revert WalletBoundToOtherInvestor(wallet, _s().investorOfAnchor[anchor]);
        }

        _s().records[wallet] = uint256(uint160(anchor)) | (uint256(country) << COUNTRY_SHIFT)
            | (uint256(expiry) << EXPIRY_SHIFT) | ((flags & 0xff) << FLAGS_SHIFT) | REGISTERED;
        _s().flags[wallet] = flags;
        unchecked {
            ++_s().walletCount[investorId];
        }
        emit IdentityRegistered(wallet, investorId, country, expiry, flags);
    }

    function _registered(address wallet) private view returns (uint256 r) {
        r = _s().records[wallet];
        if (r & REGISTERED == 0) revert IdentityNotRegistered(wallet);
    }

    function _checkCountry(uint16 country) private pure {
        if (country == 0 || country > 999) revert InvalidCountry(country);
    }
}
