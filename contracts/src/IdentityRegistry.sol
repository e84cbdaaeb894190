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
contract IdentityRegistry is UpgradeGate {
    /// @notice May register, update and delete identities.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice What {identity} returns for a wallet.
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

    error InvalidWallet();
    error InvalidInvestorId();
    error InvalidCountry(uint16 country);
    error IdentityAlreadyRegistered(address wallet);
    error IdentityNotRegistered(address wallet);
    error WalletBoundToOtherInvestor(address wallet, bytes32 investorId);
    error LengthMismatch();

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
    function identity(address wallet) external view returns (Identity memory id) {
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

    // --- internals -----------------------------------------------------------

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
