// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {ERC20PermitUpgradeable} from
    "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

import {Documents} from "./Documents.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";
import {TransferRestrictions as R} from "./TransferRestrictions.sol";
import {UpgradeGate} from "./UpgradeGate.sol";
import {AssetTokenCold} from "./AssetTokenCold.sol";
import {AssetTokenLockOps} from "./AssetTokenLocks.sol";
import {
    U28, U32, U40, U96, U128, TOTAL_SHIFT, LOCK_SHIFT, W_FROZEN, W_HAS_FROZEN_TOKENS, W_LIQUIDATE_ONLY, W_COUNTED,
    W_CLASS_SHIFT, W_CLASS, CAP_SHIFT, REC_COUNTRY_SHIFT, REC_EXPIRY_SHIFT, REC_FLAGS_SHIFT, REC_REGISTERED, C_PAUSED,
    C_COUNTRIES, C_EXTENDED, C_COUNTING, C_FLAGS_SHIFT, C_COUNT_SHIFT, C_MAX_INVESTORS_SHIFT, C_MAX_BALANCE_SHIFT,
    X_FLOWBACK_SHIFT, X_LOCKUP_SHIFT, X_LOCKUP_REASON_SHIFT, X_FORCE_FULL, X_WINDOWS_SHIFT, X_CATEGORY_CAPS, X_SHARE_SHIFT,
    MAX_WINDOWS, US, L_CLIFF_SHIFT, L_END_SHIFT, MINTER, AGENT, COMPLIANCE_ADMIN, PAUSER, DOCUMENTS, deedHeld, lockWord,
    C_RESERVE, MARGIN_NONE, MARGIN_BPS
} from "./AssetTokenLayout.sol";
import {IERC1404} from "./interfaces/IERC1404.sol";
import {IERC1643} from "./interfaces/IERC1643.sol";
import {IERC7943Fungible} from "./interfaces/IERC7943.sol";

/// @title AssetTokenBase
/// @notice The logic of {AssetToken}, which is this contract behind an
/// ERC-1967 (UUPS) proxy; see there.
/// @notice Fractional units of one real-world asset: an ERC-20 whose every
/// transfer, mint and forced transfer passes the asset's compliance rules.
/// Speaks the ERC-3643 token surface, ERC-7943 (fungible), ERC-1404 with the
/// codes of {TransferRestrictions}, ERC-1643 documents and ERC-2612 permit.
///
/// The compliance rules live in this contract ({compliance} returns its own
/// address): verified sender and receiver, a receiver country allow-list,
/// required eligibility flags, a maximum number of investors (counted per
/// investor, not per wallet), investors counted per country and per category
/// with their caps and a maximum share of one country, a minimum and a
/// maximum balance per investor (summed over its wallets), force full
/// transfer, a Reg S flowback window, liquidate-only investors, up to four
/// transfer windows per investor, up to eight locks per wallet (lock-ups,
/// vesting grants, court orders; AssetTokenLocks) with an initial lock-up on
/// every mint, frozen addresses and frozen amounts, and, for mints, a
/// stale-valuation guard, the deed lock and a proof-of-reserve guard
/// ({setReserveGuard}, Chainlink's Secure Mint). The setters and views run
/// in {AssetTokenCold}, reached through the fallback. docs/compliance.md
/// maps each rule to its code and the regulation it serves.
///
/// Storage is laid out for a cheap compliant transfer: one rules word read per
/// transfer (a second, the extended rules, only while one is set), one word
/// per wallet holding its balance, its last lock end and its freeze bits, and
/// the investor's summed balance kept in the word of the
/// investor's anchor wallet (see {IdentityRegistry}), so a transfer between
/// single-wallet investors writes exactly the two words a plain ERC-20 writes.
/// Balances and supply are therefore capped at 2^96 - 1 base units, and the
/// admin sets a lower supply cap once, at tokenization: the asset's total
/// units ({setSupplyCap}); a mint beyond it reverts with {SupplyCapExceeded}.
///
/// Storage is ERC-7201 namespaced ({AssetTokenStorage}), so upgrades through
/// {UpgradeGate} append to it without moving a word.
abstract contract AssetTokenBase is ERC20PermitUpgradeable, UpgradeGate, Documents {
    /// @notice Mints and burns (redeems).
    bytes32 public constant MINTER_ROLE = MINTER;
    /// @notice Freezes, forced transfers and wallet recovery.
    bytes32 public constant AGENT_ROLE = AGENT;
    /// @notice Changes the compliance rules.
    bytes32 public constant COMPLIANCE_ADMIN_ROLE = COMPLIANCE_ADMIN;
    /// @notice Pauses and unpauses holder transfers.
    bytes32 public constant PAUSER_ROLE = PAUSER;
    /// @notice Sets and removes ERC-1643 documents.
    bytes32 public constant DOCUMENT_ROLE = DOCUMENTS;

    uint8 private constant OP_TRANSFER = 0;
    uint8 private constant OP_FORCED = 1;
    uint8 private constant OP_MINT = 2;
    uint8 private constant OP_BURN = 3;

    // Outcomes of a plan that are not compliance restrictions: the base
    // standard's own errors. detectTransferRestriction reports them as 0.
    uint8 private constant INSUFFICIENT_BALANCE = 0xF0;
    uint8 private constant SUPPLY_OVERFLOW = 0xF1;

    /// @custom:storage-location erc7201:tessera.storage.AssetToken
    struct AssetTokenStorage {
        uint256 rules;
        /// supply (low 128 bits, at most 2^96 - 1) | supply cap (high 128 bits, 0 = not set):
        /// one word, so a mint reads and writes the cap with the supply for free.
        uint256 supply;
        mapping(address account => uint256) wallets;
        /// frozen amount (low 128 bits) | locked amount (high 128 bits)
        mapping(address account => uint256) encumbrance;
        mapping(uint256 word => uint256) allowedCountries;
        mapping(bytes32 requestId => bool) requests;
        address valuationFeed;
        uint64 maxValuationAge;
        uint8 decimals;
        address deed;
        uint256 deedId;
        /// The extended rules (AssetTokenLayout's X_ fields), read only while
        /// the rules word's C_EXTENDED bit says one is set.
        uint256 rules2;
        /// Each wallet's lock words (AssetTokenLocks).
        mapping(address account => uint256[]) locks;
        /// Transfer limits: four windows, two per word, each period (32 bits) | limit (96 bits).
        uint256[2] limits;
        /// Each investor's (anchor's) volume per window, two per word: used (96 bits) | start (32 bits).
        mapping(address anchor => uint256[2]) volumes;
        /// Per ISO 3166 numeric country: investors counted (low 32 bits) | cap (next 32 bits, 0 = none).
        mapping(uint256 country => uint256) countries;
        /// Investors counted per category: registry flags 0-7 and, ninth, none of them; 28 bits each.
        uint256 categoryCounts;
        /// Caps per category, the same layout (0 = none).
        uint256 categoryCaps;
        /// Proof-of-reserve guard, on while the rules word has C_RESERVE:
        /// feed, maximum age of its latest round, margin mode and margin
        /// (basis points of the reserve, or base units).
        address reserveFeed;
        uint64 maxReserveAge;
        uint8 reserveMarginMode;
        uint256 reserveMargin;
        /// ERC-3643: the token's ONCHAINID (zero until set).
        address onchainID;
        /// ERC-3643 mints and burns carry no request id: the token numbers them.
        uint64 standardRequests;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.AssetToken")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0xd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a00;

    function _s() private pure returns (AssetTokenStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    /// The platform's identity registry, the same for every token: a
    /// constructor argument of the implementation, so a transfer reads it
    /// from the code rather than from a cold storage slot. Moving tokens to
    /// another registry is an upgrade to an implementation built for it.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IdentityRegistry private immutable REGISTRY;

    /// A transfer's outcome before it is written: the new words and what changed.
    /// Kept small: every transfer allocates and zeroes one, so the writes
    /// only the investor rules make live in {Pending}, allocated when one is.
    struct Plan {
        uint8 code;
        bool rulesChanged;
        bool encumbranceChanged;
        uint256 rules;
        uint256 wFrom;
        uint256 wTo;
        address anchorFrom; // set when the sender's anchor is another wallet
        uint256 wAnchorFrom;
        address anchorTo; // set when the receiver's anchor is another wallet
        uint256 wAnchorTo;
        uint256 encumbrance; // sender's new frozen | locked amounts
        uint256 unfrozen; // frozen tokens a privileged debit consumed
        uint256 takeLocked; // locked tokens a privileged debit consumed
        uint256 rules2; // the extended rules, when the rules word says there are any
        Pending[] pending; // empty, or one: the investor rules' writes ({_pending})
    }

    /// The writes of the investor counters and transfer volumes.
    struct Pending {
        uint256 countryA; // country counter words to write: key + 1 (0 = none) and word
        uint256 countryWordA;
        uint256 countryB;
        uint256 countryWordB;
        uint256 categoryCounts; // valid when categoriesRead
        bool categoriesRead;
        address volumeOf; // the investor whose transfer volume changed
        uint256 volumes0; // its volume words
        uint256 volumes1;
    }

    /// @notice `amount` was minted to `to` for issuance request `requestId`.
    event Issued(bytes32 indexed requestId, address indexed to, uint256 amount);
    /// @notice `amount` was burned from `from` for redemption request `requestId`.
    event Redeemed(bytes32 indexed requestId, address indexed from, uint256 amount);
    /// @notice The locks of `account` now sum to `amount` and the last ends at `lockedUntil`.
    event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil);
    /// @notice A lock of `amount` on `account`: all of it before `cliff`, then
    /// vesting linearly from `start` to `end` (a plain lock has start = cliff = end).
    event LockAdded(address indexed account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 indexed reason);
    /// @notice Lock `index` of `account` was lifted by `agent`.
    event LockRemoved(address indexed account, uint256 index, uint256 amount, uint8 indexed reason, address indexed agent);
    /// @notice The investor of `wallet` may only sell or redeem (`on`), or trade freely again.
    event LiquidateOnlySet(address indexed wallet, bytes32 indexed investorId, bool on);
    /// @notice The extended rules changed: minimum holding per investor (0 = none), Reg S flowback
    /// window end (0 = none), initial lock-up of every mint in seconds and its reason, force full transfer.
    /// @notice Investors are counted per country and per category from now on.
    event InvestorCountingOn();
    /// @notice At most `cap` investors from `country` (0 = no cap).
    event CountryCapSet(uint16 indexed country, uint32 cap);
    /// @notice The caps per category (index 8: investors with no category; 0 = no cap).
    event CategoryCapsSet(uint32[9] caps);
    /// @notice Investors from one country may be at most `bps` basis points of all (0 = no cap).
    event MaxCountryShareSet(uint16 bps);
    /// @notice The investor of `anchor` moved from the counters of one country and categories to another's.
    event InvestorRecounted(address indexed anchor, uint16 fromCountry, uint8 fromCategories, uint16 toCountry, uint8 toCategories);
    /// @notice Each investor may transfer at most `limits[i]` base units per `periods[i]` seconds.
    event TransferLimitsSet(uint32[] periods, uint256[] limits);
    event ExtendedRulesSet(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer);
    /// @notice ERC-3643: `account` was frozen or unfrozen by `agent`.
    event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent);
    /// @notice ERC-3643: `amount` more tokens of `account` are frozen.
    event TokensFrozen(address indexed account, uint256 amount);
    /// @notice ERC-3643: `amount` tokens of `account` are no longer frozen.
    event TokensUnfrozen(address indexed account, uint256 amount);
    /// @notice ERC-3643: the balance of `lostWallet` moved to `newWallet` of the same investor.
    event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId);
    /// @notice Holder transfers were paused by `account`.
    event Paused(address account);
    /// @notice Holder transfers were resumed by `account`.
    event Unpaused(address account);
    /// @notice The maximum number of investors is now `maxInvestors` (0 = no limit).
    event MaxInvestorsSet(uint256 maxInvestors);
    /// @notice The maximum balance per investor is now `maxBalance` (0 = no limit).
    event MaxBalanceSet(uint256 maxBalance);
    /// @notice The country allow-list is enforced (`enabled`) or every country is allowed.
    event CountryRestrictionSet(bool enabled);
    /// @notice `country` was added to (`allowed`) or removed from the allow-list.
    event CountryAllowed(uint16 indexed country, bool allowed);
    /// @notice At most `cap` base units may ever be outstanding (set once).
    event SupplyCapSet(uint256 cap);
    /// @notice Receivers must now hold every flag in `flags` (bits 0–7 of the registry's flags).
    event RequiredFlagsSet(uint8 flags);
    /// @notice Mints now need a valuation from `feed` no older than `maxAge` seconds (feed 0 = off).
    event ValuationGuardSet(address indexed feed, uint64 maxAge);
    /// @notice Mints now need `feed`'s reserve, no older than `maxAge` seconds and less
    /// the margin (`marginMode` 0 none, 1 basis points, 2 base units), to cover the
    /// supply after the mint (feed 0 = off).
    event ReserveGuardSet(address indexed feed, uint64 maxAge, uint8 marginMode, uint256 margin);
    /// @notice The deed was locked into this token by `from`.
    event DeedLocked(address indexed deed, uint256 indexed deedId, address indexed from);
    /// @notice The deed left this token for `to`.
    event DeedReleased(address indexed deed, uint256 indexed deedId, address indexed to);

    /// @notice A transfer, mint or forced transfer was refused; `code` is from {TransferRestrictions}.
    error TransferRestricted(uint8 code);
    error RequestAlreadyProcessed(bytes32 requestId);
    error InvalidRequestId();
    error InvalidLockup(uint64 lockedUntil);
    /// @notice A lock must have start <= cliff <= end, an end in the future within 2^40 seconds, and an amount.
    error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end);
    /// @notice `account` already holds `max` running locks.
    error TooManyLocks(address account, uint256 max);
    /// @notice Locks on `account` would lock `locked` of its `balance`.
    error LockExceedsBalance(address account, uint256 locked, uint256 balance);
    error NoSuchLock(address account, uint256 amount, uint64 end);
    /// @notice Country, category and share caps need investor counting on ({setInvestorCounting}).
    error CountingOff();
    error TooManyWindows(uint256 windows, uint256 max);
    error InvalidTransferLimit(uint32 period, uint256 limit);
    error SupplyOverflow();
    /// @notice A mint would take the supply, now `supply`, beyond `cap`.
    error SupplyCapExceeded(uint256 cap, uint256 supply);
    error SupplyCapAlreadySet(uint256 cap);
    error InvalidSupplyCap(uint256 cap, uint256 supply);
    /// @notice A reserve guard needs a feed contract, a positive maximum age and,
    /// with a margin mode, a positive margin (at most 10000 basis points);
    /// feed 0 (off) takes zeros.
    error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin);
    error LengthMismatch();
    error InvalidAmount();
    error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance);
    error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount);
    error NothingToRecover(address lostWallet);
    error RecoveryInvestorMismatch(address wallet, bytes32 investorId);
    error SameWallet();
    error NoDeed();
    error UnexpectedDeed(address token, uint256 tokenId);
    error DeedNotHeld();
    error FractionsOutstanding(uint256 supply);
    /// @notice The implementation was built without an identity registry.
    error InvalidRegistry();
    /// @notice initialize named `given`, but this implementation checks against `registry`.
    error RegistryMismatch(address registry, address given);
    /// @notice An ERC-3643 function Tessera's token does not take; `reason` says why.
    error NotSupported(string reason);
    /// @notice ERC-3643 setName and setSymbol take no empty string.
    error EmptyTokenInformation();

    /// @notice ERC-3643: name, symbol or ONCHAINID changed (setName, setSymbol, setOnchainID).
    event UpdatedTokenInformation(
        string indexed newName, string indexed newSymbol, uint8 newDecimals, string newVersion, address indexed newOnchainID
    );
    /// @notice ERC-3643: setIdentityRegistry confirmed the registry the token checks.
    event IdentityRegistryAdded(address indexed identityRegistry);
    /// @notice ERC-3643: setCompliance confirmed the compliance, the token itself.
    event ComplianceAdded(address indexed compliance);
    /// @notice ERC-3643 IAgentRole: `agent` holds AGENT_ROLE, MINTER_ROLE and PAUSER_ROLE.
    event AgentAdded(address indexed agent);
    /// @notice ERC-3643 IAgentRole: `agent` lost AGENT_ROLE, MINTER_ROLE and PAUSER_ROLE.
    event AgentRemoved(address indexed agent);
    /// @notice ERC-3643 ICompliance: bindToken confirmed the token its own compliance is bound to, itself.
    event TokenBound(address token);

    /// @param registry_ the platform's identity registry, which every token of
    /// this implementation checks (see {identityRegistry}).
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IdentityRegistry registry_) {
        if (address(registry_) == address(0)) revert InvalidRegistry();
        REGISTRY = registry_;
    }

    function __AssetToken_init(
        string memory name_,
        string memory symbol_,
        uint8 decimals_,
        IdentityRegistry registry_,
        address deed_,
        uint256 deedId_,
        address admin,
        address upgrader
    ) internal onlyInitializing {
        __ERC20_init(name_, symbol_);
        __EIP712_init(name_, "1");
        __ERC20Permit_init(name_);
        __UpgradeGate_init(admin, upgrader);
        if (address(registry_) != address(REGISTRY)) revert RegistryMismatch(address(REGISTRY), address(registry_));
        AssetTokenStorage storage $ = _s();
        $.decimals = decimals_;
        $.deed = deed_;
        $.deedId = deedId_;
    }

    // --- ERC-20 ----------------------------------------------------------------

    /// @inheritdoc ERC20Upgradeable
    function decimals() public view override returns (uint8) {
        return _s().decimals;
    }

    /// @inheritdoc ERC20Upgradeable
    function totalSupply() public view override returns (uint256) {
        return _s().supply & U128;
    }

    /// @inheritdoc ERC20Upgradeable
    function balanceOf(address account) public view override returns (uint256) {
        return _s().wallets[account] & U96;
    }

    /// @dev Reached only through transfer and transferFrom: mints, burns and
    /// forced transfers take their own paths below.
    function _update(address from, address to, uint256 amount) internal override {
        Plan memory p = _plan(OP_TRANSFER, from, to, amount);
        _revertIfRefused(p, from, amount);
        _apply(p, from, to, amount);
    }

    /// @notice ERC-3643: transfers from the caller to many receivers, each checked.
    function batchTransfer(address[] calldata to, uint256[] calldata amounts) external {
        if (to.length != amounts.length) revert LengthMismatch();
        for (uint256 i; i < to.length; ++i) {
            _transfer(msg.sender, to[i], amounts[i]);
        }
    }

    // --- issuance and redemption ---------------------------------------------------

    /// @notice Mints `amount` to `to` for issuance request `requestId`, which must be new.
    function mint(address to, uint256 amount, bytes32 requestId) external onlyRole(MINTER_ROLE) {
        _checkIssuance(amount);
        _issue(to, amount, requestId, 0);
    }

    /// @notice Mints `amount` to `to` locked until `lockedUntil`: the tokens cannot
    /// leave the wallet before then. Each locked mint adds a lock (reason 1,
    /// issuance lock-up) to the wallet's, up to eight running at once.
    function mintLocked(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil)
        external
        onlyRole(MINTER_ROLE)
    {
        if (lockedUntil <= block.timestamp || lockedUntil > U40) revert InvalidLockup(lockedUntil);
        _checkIssuance(amount);
        _issue(to, amount, requestId, lockWord(amount, lockedUntil, lockedUntil, lockedUntil, 1));
    }

    /// @notice Mints `amount` to `to` under a vesting lock for `reason`: all
    /// of it locked until `cliff`, then released linearly from `start` to
    /// `end` without a transaction per tranche (start = cliff = end is a
    /// plain lock until then).
    function mintVesting(
        address to,
        uint256 amount,
        bytes32 requestId,
        uint64 start,
        uint64 cliff,
        uint64 end,
        uint8 reason
    ) external onlyRole(MINTER_ROLE) {
        if (amount == 0 || start > cliff || cliff > end || end <= block.timestamp || end > U40) {
            revert InvalidLock(amount, start, cliff, end);
        }
        _checkIssuance(amount);
        _issue(to, amount, requestId, lockWord(amount, start, cliff, end, reason));
    }

    /// @notice ERC-3643 batch mint, one request id per mint; all or nothing. The
    /// reserve guard checks the batch's total.
    function batchMint(address[] calldata to, uint256[] calldata amounts, bytes32[] calldata requestIds)
        external
        onlyRole(MINTER_ROLE)
    {
        if (to.length != amounts.length || to.length != requestIds.length) revert LengthMismatch();
        uint256 total; // only the reserve guard needs it: a batch without it pays nothing per mint
        if (_s().rules & C_RESERVE != 0) {
            for (uint256 i; i < amounts.length; ++i) {
                total += amounts[i]; // a total past 2^256 could never be minted: the overflow reverts
            }
        }
        _checkIssuance(total);
        for (uint256 i; i < to.length; ++i) {
            _issue(to[i], amounts[i], requestIds[i], 0);
        }
    }

    /// @notice Burns `amount` from `from` for redemption request `requestId`, which
    /// must be new (request ids are shared with mints). Frozen and locked tokens
    /// may be burned: locked first, then frozen, once the free balance is used.
    function burn(address from, uint256 amount, bytes32 requestId) external onlyRole(MINTER_ROLE) {
        _useRequest(requestId);
        if (from == address(0)) revert ERC20InvalidSender(address(0));
        Plan memory p = _plan(OP_BURN, from, address(0), amount);
        _revertIfRefused(p, from, amount);
        unchecked {
            _s().supply -= amount; // at most the supply: the cap bits are untouched
        }
        _apply(p, from, address(0), amount);
        emit Redeemed(requestId, from, amount);
    }

    function _checkIssuance(uint256 amount) private view {
        uint8 code = _issuanceCode(amount);
        if (code != R.SUCCESS) revert TransferRestricted(code);
    }

    /// @dev Mints under lock word `lock` (0: none), raised to the asset's
    /// initial lock-up: a mint without a lock gets one until then, a lock's
    /// cliff (and end) move up to it.
    function _issue(address to, uint256 amount, bytes32 requestId, uint256 lock) private {
        _useRequest(requestId);
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        Plan memory p = _plan(OP_MINT, address(0), to, amount);
        _revertIfRefused(p, address(0), amount);
        uint256 initial = (p.rules2 >> X_LOCKUP_SHIFT) & U32;
        if (initial != 0 && amount != 0) {
            uint256 until = block.timestamp + initial;
            if (lock == 0) {
                lock = lockWord(amount, until, until, until, uint8(p.rules2 >> X_LOCKUP_REASON_SHIFT));
            } else {
                if ((lock >> L_END_SHIFT) & U40 < until) lock = (lock & ~(U40 << L_END_SHIFT)) | (until << L_END_SHIFT);
                if ((lock >> L_CLIFF_SHIFT) & U40 < until) lock = (lock & ~(U40 << L_CLIFF_SHIFT)) | (until << L_CLIFF_SHIFT);
            }
        }
        if (lock != 0) p.wTo = AssetTokenLockOps.add(_s(), to, p.wTo, lock);
        unchecked {
            _s().supply += amount; // bounded by the plan's cap check: no carry into the cap bits
        }
        _apply(p, address(0), to, amount);
        emit Issued(requestId, to, amount);
    }

    function _useRequest(bytes32 requestId) private {
        if (requestId == bytes32(0)) revert InvalidRequestId();
        if (_s().requests[requestId]) revert RequestAlreadyProcessed(requestId);
        _s().requests[requestId] = true;
    }

    // --- enforcement (agent) ------------------------------------------------------

    /// @notice ERC-7943: moves `amount` from `from` to `to` by authority.
    /// @dev Bypasses the sender's rules (pause, freezes, verification, lock-up:
    /// frozen and locked tokens are taken once the free balance is used) but
    /// applies the receiver's: not frozen, verified, country, flags, maximum
    /// investors and maximum balance.
    function forcedTransfer(address from, address to, uint256 amount) external onlyRole(AGENT_ROLE) returns (bool) {
        _forcedTransfer(from, to, amount);
        return true;
    }

    /// @notice ERC-3643 batch of {forcedTransfer}; arrays are parallel.
    function batchForcedTransfer(address[] calldata from, address[] calldata to, uint256[] calldata amounts)
        external
        onlyRole(AGENT_ROLE)
    {
        if (from.length != to.length || from.length != amounts.length) revert LengthMismatch();
        for (uint256 i; i < from.length; ++i) {
            _forcedTransfer(from[i], to[i], amounts[i]);
        }
    }

    function _forcedTransfer(address from, address to, uint256 amount) private {
        if (from == address(0)) revert ERC20InvalidSender(address(0));
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        if (from == to) revert SameWallet();
        Plan memory p = _plan(OP_FORCED, from, to, amount);
        _revertIfRefused(p, from, amount);
        _apply(p, from, to, amount);
        emit IERC7943Fungible.ForcedTransfer(from, to, amount);
    }

    // --- compliance rules ---------------------------------------------------------

    /// @notice ERC-3643: the identity registry this token checks.
    function identityRegistry() external view returns (IdentityRegistry) {
        return REGISTRY;
    }

    /// @notice The summed balance of the investor `wallet` belongs to.
    function investorBalanceOf(address wallet) external view returns (uint256) {
        address anchor = address(uint160(REGISTRY.record(wallet)));
        return anchor == address(0) ? 0 : (_s().wallets[anchor] >> TOTAL_SHIFT) & U96;
    }

    /// @notice ERC-7943: whether `account` may send, independent of any particular transfer.
    function canSend(address account) external view returns (bool) {
        return _s().wallets[account] & W_FROZEN == 0 && _verified(REGISTRY.record(account));
    }

    /// @notice ERC-7943: whether `account` may receive, independent of any particular transfer.
    function canReceive(address account) external view returns (bool) {
        return _s().wallets[account] & W_FROZEN == 0 && _receiverCode(_s().rules, REGISTRY.record(account)) == R.SUCCESS;
    }

    /// @notice ERC-7943 (and ERC-3643 compliance, which is this token): whether
    /// the token's rules allow this transfer now.
    /// @dev The balance is ERC-20's check, not a rule (ERC-7943): an amount
    /// beyond it is judged by the rules alone ({_rulesAllowBeyondBalance}).
    function canTransfer(address from, address to, uint256 amount) external view returns (bool) {
        if (from == address(0) || to == address(0)) return false;
        uint8 code = _plan(OP_TRANSFER, from, to, amount).code;
        if (code == INSUFFICIENT_BALANCE) return _rulesAllowBeyondBalance(from, to);
        return code == R.SUCCESS;
    }

    /// @dev canTransfer of more than `from` holds. Frozen tokens put any
    /// such amount beyond the unfrozen balance; otherwise the rules are judged
    /// as for a transfer of the whole balance, which also refuses when locked
    /// tokens keep part of it.
    function _rulesAllowBeyondBalance(address from, address to) private view returns (bool) {
        uint256 wf = _s().wallets[from];
        if (wf & W_HAS_FROZEN_TOKENS != 0) return false;
        return _plan(OP_TRANSFER, from, to, wf & U96).code == R.SUCCESS;
    }

    /// @notice ERC-1404: the restriction code of this transfer (0 = none).
    /// @dev `from` 0 previews a mint, `to` 0 a burn. Only compliance
    /// restrictions are reported: a balance too low is the ERC-20's own error.
    function detectTransferRestriction(address from, address to, uint256 amount) external view returns (uint8) {
        uint8 op;
        if (from == address(0)) {
            if (to == address(0)) return R.SUCCESS;
            op = OP_MINT;
            uint8 issuance = _issuanceCode(amount);
            if (issuance != R.SUCCESS) return issuance;
        } else {
            op = to == address(0) ? OP_BURN : OP_TRANSFER;
        }
        uint8 code = _plan(op, from, to, amount).code;
        return code >= INSUFFICIENT_BALANCE ? R.SUCCESS : code;
    }

    /// @notice ERC-1404: the message of restriction `code`.
    function messageForTransferRestriction(uint8 code) external pure returns (string memory) {
        return R.message(code);
    }

    // --- cold code ---------------------------------------------------------------

    /// @notice Every selector this contract does not answer runs in
    /// {AssetTokenCold} by DELEGATECALL, in this token's storage and with
    /// the caller's msg.sender: rule setters and getters, freezes, pause,
    /// recovery, the deed, the request log. Its address is linked at compile
    /// time (the deterministic deployment proxy's address for its code), so
    /// the code that runs is exactly the compiled library on every chain.
    /// Value is refused (the function is not payable).
    /// @custom:oz-upgrades-unsafe-allow delegatecall
    fallback() external {
        address cold = address(AssetTokenCold);
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), cold, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    // --- ERC-165 -----------------------------------------------------------------

    /// @notice ERC-165: ERC-7943 fungible, ERC-20 (the XOR of its six function
    /// selectors, 0x36372b07: ERC-20 has no registered id), ERC-1404, ERC-1643,
    /// AccessControl and ERC-165 itself.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IERC7943Fungible).interfaceId || interfaceId == type(IERC20).interfaceId
            || interfaceId == type(IERC1404).interfaceId || interfaceId == type(IERC1643).interfaceId
            || super.supportsInterface(interfaceId);
    }

    function _checkDocumentManager() internal view override {
        _checkRole(DOCUMENT_ROLE);
    }

    // --- the rules ------------------------------------------------------------------

    /// @dev Evaluates one movement of `amount` against every rule that applies to
    /// `op` and returns the words to write. Never writes, so detectTransferRestriction
    /// and canTransfer run exactly the checks a transfer runs.
    function _plan(uint8 op, address from, address to, uint256 amount) private view returns (Plan memory p) {
        uint256 c = _s().rules;
        p.rules = c;
        uint256 recFrom;
        uint256 recTo;
        if (op == OP_MINT) {
            recTo = REGISTRY.record(to);
            uint256 s = _s().supply;
            uint256 cap = s >> CAP_SHIFT;
            if (cap == 0) cap = U96;
            uint256 room;
            unchecked {
                room = cap - (s & U128); // the supply never exceeds the cap
            }
            if (amount > room) {
                p.code = SUPPLY_OVERFLOW;
                return p;
            }
        } else if (op == OP_BURN) {
            recFrom = REGISTRY.record(from);
        } else {
            (recFrom, recTo) = REGISTRY.records(from, to);
            if (op == OP_TRANSFER && c & C_PAUSED != 0) {
                p.code = R.PAUSED;
                return p;
            }
        }

        uint256 wf;
        uint256 wt;
        if (from != address(0)) wf = _s().wallets[from];
        if (to != address(0)) {
            wt = _s().wallets[to];
            if (op == OP_TRANSFER && wf & W_FROZEN != 0) {
                p.code = R.SENDER_FROZEN;
                return p;
            }
            if (wt & W_FROZEN != 0) {
                p.code = R.RECEIVER_FROZEN;
                return p;
            }
            if (op == OP_TRANSFER && !_verified(recFrom)) {
                p.code = R.SENDER_NOT_VERIFIED;
                return p;
            }
            uint8 rc = _receiverCode(c, recTo);
            if (rc != R.SUCCESS) {
                p.code = rc;
                return p;
            }
        }
        if (c & C_EXTENDED != 0) {
            uint256 x = _s().rules2;
            p.rules2 = x;
            if (op == OP_TRANSFER) {
                // Reg S flowback: no resale to a US person while the window
                // runs; a move between one investor's own wallets is no resale.
                if (
                    block.timestamp < ((x >> X_FLOWBACK_SHIFT) & U40) && uint16(recTo >> REC_COUNTRY_SHIFT) == US
                        && uint160(recFrom) != uint160(recTo)
                ) {
                    p.code = R.FLOWBACK;
                    return p;
                }
                if (x & X_FORCE_FULL != 0 && amount != (wf & U96)) {
                    p.code = R.PARTIAL_TRANSFER;
                    return p;
                }
            }
        }

        if (from != address(0)) {
            uint256 balance = wf & U96;
            if (amount > balance) {
                p.code = INSUFFICIENT_BALANCE;
                return p;
            }
            uint256 end = (wf >> LOCK_SHIFT) & U40;
            if (wf & W_HAS_FROZEN_TOKENS != 0 || end > block.timestamp) {
                uint8 ec = _encumber(p, op, from, wf, balance, amount, end > block.timestamp);
                if (ec != R.SUCCESS) {
                    p.code = ec;
                    return p;
                }
                wf = p.wFrom;
            }
            unchecked {
                wf -= amount;
            }
        }
        if (to != address(0) && from != to) {
            unchecked {
                wt += amount; // within the supply cap
            }
        }
        p.wFrom = wf;
        p.wTo = wt;
        if (from == to) return p;

        address anchorFrom = address(uint160(recFrom));
        address anchorTo = address(uint160(recTo));
        if (anchorFrom != anchorTo || from == address(0) || to == address(0)) {
            _account(p, op, from, to, amount, recFrom, recTo);
        }
    }

    /// @dev The sender's frozen and locked tokens. Holder transfers may only use
    /// the free balance; privileged debits take locked, then frozen, tokens once
    /// the free balance is used, and unfreeze at least what they take beyond the
    /// unfrozen balance (ERC-7943), so frozen units never outlast the balance. The locks are read only when the amount does
    /// not fit under the balance less the frozen units less the locks' summed
    /// amounts (which is never less than what they lock now).
    function _encumber(
        Plan memory p,
        uint8 op,
        address from,
        uint256 wf,
        uint256 balance,
        uint256 amount,
        bool lockRunning
    ) private view returns (uint8) {
        uint256 e = _s().encumbrance[from];
        uint256 frozen = e & U128;
        uint256 locked = lockRunning ? e >> 128 : 0;
        p.wFrom = wf;
        // Frozen amounts may exceed the balance (ERC-7943): compare, never subtract blindly.
        uint256 unfrozen = balance > frozen ? balance - frozen : 0;
        if (amount <= (unfrozen > locked ? unfrozen - locked : 0)) return R.SUCCESS;
        if (locked != 0) locked = AssetTokenLockOps.lockedNow(_s(), from);
        uint256 free = unfrozen > locked ? unfrozen - locked : 0;
        if (amount <= free) return R.SUCCESS;
        if (op == OP_TRANSFER) return amount > unfrozen ? R.TOKENS_FROZEN : R.TOKENS_LOCKED;
        uint256 deficit = amount - free;
        uint256 takeLocked = deficit < locked ? deficit : locked;
        deficit -= takeLocked; // now at most `frozen`
        // ERC-7943: a debit beyond the unfrozen balance unfreezes the
        // difference, also where frozen and locked units overlapped (at
        // most `frozen`: the amount is within the balance).
        if (amount > unfrozen && amount - unfrozen > deficit) deficit = amount - unfrozen;
        p.unfrozen = deficit;
        p.takeLocked = takeLocked;
        p.encumbrance = (frozen - deficit) | (e & ~U128);
        p.encumbranceChanged = true;
        if (frozen == deficit) p.wFrom = wf & ~W_HAS_FROZEN_TOKENS;
        return R.SUCCESS;
    }

    /// @dev Moves the investors' totals (kept in their anchors' words) and
    /// applies the investor rules: liquidate-only receivers, the minimum
    /// holding, transfer limits, the maximum number of investors, the
    /// per-country and per-category counters and caps, and the maximum balance.
    function _account(Plan memory p, uint8 op, address from, address to, uint256 amount, uint256 recFrom, uint256 recTo)
        private
        view
    {
        uint256 c = p.rules;
        uint256 count = (c >> C_COUNT_SHIFT) & U32;
        // 0 unless an extended rule is set: then the minimum holding and the
        // transfer windows are checked (a forced transfer skips the minimum).
        uint256 x = p.rules2;
        if (from != address(0)) {
            address anchor = address(uint160(recFrom));
            uint256 wa = anchor == from ? p.wFrom : _s().wallets[anchor];
            uint256 total = (wa >> TOTAL_SHIFT) & U96;
            unchecked {
                wa -= amount << TOTAL_SHIFT; // the investor's total holds the wallet's balance, at least amount
            }
            if (amount != 0 && total == amount) {
                --count;
                if (wa & W_COUNTED != 0) wa = _leave(p, wa);
            } else if (x != 0 && op == OP_TRANSFER && total != amount) {
                unchecked {
                    // total >= amount (above)
                    if (total - amount < (x & U96)) {
                        p.code = R.BELOW_MIN_HOLDING;
                        return;
                    }
                }
            }
            if (x != 0 && op == OP_TRANSFER && (x >> X_WINDOWS_SHIFT) & 7 != 0 && !_limit(p, anchor, amount)) return;
            if (anchor == from) {
                p.wFrom = wa;
            } else {
                p.anchorFrom = anchor;
                p.wAnchorFrom = wa;
            }
        }
        if (to != address(0)) {
            address anchor = address(uint160(recTo));
            uint256 wa = anchor == to ? p.wTo : _s().wallets[anchor];
            uint256 total = (wa >> TOTAL_SHIFT) & U96;
            uint256 newTotal;
            unchecked {
                // totals and amount are within the supply cap (< 2^96): no carry past the total's bits
                wa += amount << TOTAL_SHIFT;
                newTotal = total + amount;
            }
            if (wa & W_LIQUIDATE_ONLY != 0) {
                p.code = R.LIQUIDATE_ONLY;
                return;
            }
            if (x != 0 && op != OP_FORCED && newTotal < (x & U96)) {
                p.code = R.BELOW_MIN_HOLDING;
                return;
            }
            if (total == 0 && amount != 0) {
                unchecked {
                    ++count; // at most 2^32
                }
                uint256 cap = (c >> C_MAX_INVESTORS_SHIFT) & U32;
                if (cap != 0 && count > cap) {
                    p.code = R.MAX_INVESTORS;
                    return;
                }
                if (c & C_COUNTING != 0) {
                    wa = _enter(p, wa, recTo, count);
                    if (p.code != R.SUCCESS) return;
                }
            }
            uint256 maxBal = (c >> C_MAX_BALANCE_SHIFT) & U96;
            if (maxBal != 0 && newTotal > maxBal) {
                p.code = R.MAX_BALANCE;
                return;
            }
            if (anchor == to) {
                p.wTo = wa;
            } else {
                p.anchorTo = anchor;
                p.wAnchorTo = wa;
            }
        }
        uint256 updated = (c & ~(U32 << C_COUNT_SHIFT)) | (count << C_COUNT_SHIFT);
        if (updated != c) {
            p.rules = updated;
            p.rulesChanged = true;
        }
    }

    /// @dev An investor leaves (anchor word `wa`): it leaves the counters of
    /// the country and categories it entered under.
    function _leave(Plan memory p, uint256 wa) private view returns (uint256) {
        if (p.rules & C_COUNTING != 0) {
            uint256 class = wa >> W_CLASS_SHIFT;
            uint256 key = (class & 0x3ff) + 1;
            Pending memory q = _pending(p)[0];
            q.countryA = key;
            q.countryWordA = _s().countries[key - 1] - 1; // it was counted there
            uint256 cats = _categories(q);
            uint256 held = (class >> 10) & 0xff;
            for (uint256 i; i < 9; ++i) {
                if (i == 8 ? held == 0 : (held >> i) & 1 != 0) cats -= 1 << (28 * i);
            }
            q.categoryCounts = cats;
        }
        return wa & ~(W_COUNTED | W_CLASS);
    }

    /// @dev An investor enters (anchor word `wa`, registry record `rec`), the
    /// `count`th: it is counted under its country and categories, within
    /// their caps and the maximum share of one country.
    function _enter(Plan memory p, uint256 wa, uint256 rec, uint256 count) private view returns (uint256) {
        uint256 country = uint16(rec >> REC_COUNTRY_SHIFT);
        uint256 key = country + 1;
        Pending memory q = _pending(p)[0];
        uint256 word = q.countryA == key ? q.countryWordA : _s().countries[country];
        word += 1;
        uint256 n = word & U32;
        uint256 cap = (word >> 32) & U32;
        if (cap != 0 && n > cap) {
            p.code = R.COUNTRY_CAP;
            return wa;
        }
        uint256 share = (p.rules2 >> X_SHARE_SHIFT) & 0x3fff;
        if (share != 0) {
            uint256 allowed = (count * share) / 10_000;
            if (n > (allowed == 0 ? 1 : allowed)) {
                p.code = R.COUNTRY_SHARE;
                return wa;
            }
        }
        if (q.countryA == key) {
            q.countryWordA = word;
        } else {
            q.countryB = key;
            q.countryWordB = word;
        }
        uint256 held = (rec >> REC_FLAGS_SHIFT) & 0xff;
        _enterCategories(p, q, held);
        return (wa & ~W_CLASS) | W_COUNTED | (country << W_CLASS_SHIFT) | (held << (W_CLASS_SHIFT + 10));
    }

    /// @dev Counts an entering investor in each category of `held` (or as
    /// holding none), within the category caps.
    function _enterCategories(Plan memory p, Pending memory q, uint256 held) private view {
        uint256 cats = _categories(q);
        uint256 caps = p.rules2 & X_CATEGORY_CAPS != 0 ? _s().categoryCaps : 0;
        for (uint256 i; i < 9; ++i) {
            if (i == 8 ? held != 0 : (held >> i) & 1 == 0) continue;
            cats += 1 << (28 * i);
            uint256 capI = (caps >> (28 * i)) & U28;
            if (capI != 0 && (cats >> (28 * i)) & U28 > capI) {
                p.code = R.CATEGORY_CAP;
                return;
            }
        }
        q.categoryCounts = cats;
    }

    function _categories(Pending memory q) private view returns (uint256) {
        if (!q.categoriesRead) {
            q.categoriesRead = true;
            q.categoryCounts = _s().categoryCounts;
        }
        return q.categoryCounts;
    }

    /// @dev The plan's pending investor-rule writes, allocated on first use
    /// (callers take element 0). An array, not a struct, is returned: its
    /// empty default allocates nothing.
    function _pending(Plan memory p) private pure returns (Pending[] memory a) {
        a = p.pending;
        if (a.length == 0) {
            a = new Pending[](1);
            p.pending = a;
        }
    }

    /// @dev Adds `amount` to the volume of the investor of `anchor` in each
    /// transfer limit window; false (and the code) when one would pass its limit.
    /// A window starts at the investor's first transfer after the last ended.
    function _limit(Plan memory p, address anchor, uint256 amount) private view returns (bool) {
        uint256 n = (p.rules2 >> X_WINDOWS_SHIFT) & 7;
        uint256[2] memory used;
        uint256 limits;
        for (uint256 j; j < n; ++j) {
            uint256 shift = 128 * (j & 1);
            if (shift == 0) {
                limits = _s().limits[j >> 1];
                used[j >> 1] = _s().volumes[anchor][j >> 1];
            }
            uint256 window = (limits >> shift) & U128;
            uint256 period = window & U32;
            uint256 v = (used[j >> 1] >> shift) & U128;
            uint256 spent = v & U96;
            if (block.timestamp >= (v >> 96) + period) {
                spent = 0;
                v = block.timestamp << 96;
            }
            spent += amount;
            if (spent > window >> 32) {
                p.code = R.TRANSFER_LIMIT;
                return false;
            }
            used[j >> 1] = (used[j >> 1] & ~(U128 << shift)) | (((v & ~U96) | spent) << shift);
        }
        Pending memory q = _pending(p)[0];
        q.volumeOf = anchor;
        q.volumes0 = used[0];
        q.volumes1 = used[1];
        return true;
    }

    function _apply(Plan memory p, address from, address to, uint256 amount) private {
        if (p.rulesChanged) _s().rules = p.rules;
        if (p.encumbranceChanged) {
            _s().encumbrance[from] = p.encumbrance;
            if (p.takeLocked != 0) p.wFrom = AssetTokenLockOps.consume(_s(), from, p.wFrom, p.takeLocked);
            if (p.unfrozen != 0) {
                emit TokensUnfrozen(from, p.unfrozen);
                emit IERC7943Fungible.Frozen(from, p.encumbrance & U128);
            }
        }
        if (from != to) {
            if (from != address(0)) _s().wallets[from] = p.wFrom;
            if (to != address(0)) _s().wallets[to] = p.wTo;
        }
        if (p.anchorFrom != address(0)) _s().wallets[p.anchorFrom] = p.wAnchorFrom;
        if (p.anchorTo != address(0)) _s().wallets[p.anchorTo] = p.wAnchorTo;
        if (p.pending.length != 0) {
            Pending memory q = p.pending[0];
            unchecked {
                // keys are country + 1, at least 1 when set
                if (q.countryA != 0) _s().countries[q.countryA - 1] = q.countryWordA;
                if (q.countryB != 0) _s().countries[q.countryB - 1] = q.countryWordB;
            }
            if (q.categoriesRead) _s().categoryCounts = q.categoryCounts;
            if (q.volumeOf != address(0)) {
                _s().volumes[q.volumeOf][0] = q.volumes0;
                if ((p.rules2 >> X_WINDOWS_SHIFT) & 7 > 2) _s().volumes[q.volumeOf][1] = q.volumes1;
            }
        }
        emit Transfer(from, to, amount);
    }

    function _revertIfRefused(Plan memory p, address from, uint256 amount) private view {
        uint8 code = p.code;
        if (code == R.SUCCESS) return;
        if (code == INSUFFICIENT_BALANCE) revert ERC20InsufficientBalance(from, _s().wallets[from] & U96, amount);
        if (code == R.TOKENS_FROZEN) {
            // ERC-7943 names this refusal: the amount is within the balance but not the unfrozen balance.
            uint256 balance = _s().wallets[from] & U96;
            uint256 frozen = _s().encumbrance[from] & U128;
            revert IERC7943Fungible.ERC7943InsufficientUnfrozenBalance(from, amount, balance > frozen ? balance - frozen : 0);
        }
        if (code == SUPPLY_OVERFLOW) {
            uint256 s = _s().supply;
            if (s >> CAP_SHIFT != 0) revert SupplyCapExceeded(s >> CAP_SHIFT, s & U128);
            revert SupplyOverflow();
        }
        revert TransferRestricted(code);
    }

    /// @dev The receiver's identity rules: verified, country, eligibility flags.
    function _receiverCode(uint256 c, uint256 rec) private view returns (uint8) {
        if (!_verified(rec)) return R.RECEIVER_NOT_VERIFIED;
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

    /// @dev Mint-only rules: the deed must be locked, the valuation fresh,
    /// the reserve enough for `amount` more.
    function _issuanceCode(uint256 amount) private view returns (uint8) {
        address deed_ = _s().deed;
        if (deed_ != address(0) && !deedHeld(address(this), deed_, _s().deedId)) return R.DEED_NOT_LOCKED;
        address feed = _s().valuationFeed;
        if (feed != address(0) && _freshAnswer(feed, _s().maxValuationAge) == 0) return R.VALUATION_STALE;
        if (_s().rules & C_RESERVE != 0) return _reserveCode(amount);
        return R.SUCCESS;
    }

    /// @dev Secure Mint: the supply after minting `amount` must not exceed
    /// the reserve feed's latest answer, scaled from the feed's decimals to
    /// the token's, less the margin. Every step rounds against the issuer:
    /// the scaling and the basis-point margin round the reserve down. A
    /// reserve beyond 2^128 base units counts as 2^128, which no supply
    /// reaches. A feed that is stale, paused, not positive or that fails
    /// (or whose decimals() fails) refuses every mint with RESERVE_STALE.
    function _reserveCode(uint256 amount) private view returns (uint8) {
        address feed = _s().reserveFeed;
        uint256 reserve = _freshAnswer(feed, _s().maxReserveAge);
        if (reserve == 0) return R.RESERVE_STALE;
        (bool ok, bytes memory out) = feed.staticcall(abi.encodeWithSelector(AggregatorV3Interface.decimals.selector));
        if (!ok || out.length < 32) return R.RESERVE_STALE;
        uint256 feedDecimals = abi.decode(out, (uint256));
        if (feedDecimals > 255) return R.RESERVE_STALE;
        uint256 decimals_ = _s().decimals;
        if (decimals_ >= feedDecimals) {
            uint256 d = decimals_ - feedDecimals;
            reserve = d > 38 || reserve > U128 ? U128 : reserve * 10 ** d; // < 2^128 * 10^38 < 2^256
        } else {
            uint256 d = feedDecimals - decimals_;
            reserve = d > 76 ? 0 : reserve / 10 ** d;
        }
        if (reserve > U128) reserve = U128;
        uint8 mode = _s().reserveMarginMode;
        if (mode != MARGIN_NONE) {
            uint256 margin = _s().reserveMargin;
            if (mode == MARGIN_BPS) reserve = reserve * (10_000 - margin) / 10_000; // margin <= 10000 (setReserveGuard)
            else reserve = reserve > margin ? reserve - margin : 0;
        }
        uint256 supply = _s().supply & U128;
        return supply > reserve || amount > reserve - supply ? R.RESERVE_EXCEEDED : R.SUCCESS;
    }

    /// @dev The latest answer of `feed` when it is fresh, else 0. Fresh:
    /// positive, updated within `maxAge` seconds and not in the future, and
    /// the feed not paused (Chainlink SmartData's ripcord: its value must
    /// not be used while set; a feed without `paused()` is not paused). A
    /// feed that reverts or answers malformed data is not fresh: both calls
    /// are low-level, so neither a revert nor a short answer escapes.
    function _freshAnswer(address feed, uint256 maxAge) private view returns (uint256) {
        (bool ok, bytes memory out) = feed.staticcall(abi.encodeWithSignature("paused()"));
        if (ok && out.length >= 32 && abi.decode(out, (uint256)) != 0) return 0;
        (ok, out) = feed.staticcall(abi.encodeWithSelector(AggregatorV3Interface.latestRoundData.selector));
        if (!ok || out.length < 160) return 0;
        (, int256 answer,, uint256 updatedAt,) = abi.decode(out, (uint256, int256, uint256, uint256, uint256));
        if (answer > 0 && updatedAt != 0 && updatedAt <= block.timestamp && block.timestamp - updatedAt <= maxAge) {
            return uint256(answer);
        }
        return 0;
    }
}
