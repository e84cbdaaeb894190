// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

import {UpgradeGate} from "./UpgradeGate.sol";
import {DealingCold} from "./DealingCold.sol";
import {IERC7540Operator, IERC7540Deposit, IERC7540Redeem} from "./interfaces/IERC7540.sol";
import {IERC7575} from "./interfaces/IERC7575.sol";
import {IERC7887Deposit, IERC7887Redeem} from "./interfaces/IERC7887.sol";

/// @notice What Dealing calls on the asset's AssetToken.
interface IDealingUnits {
    function decimals() external view returns (uint8);
    function totalSupply() external view returns (uint256);
    function balanceOf(address account) external view returns (uint256);
    function getFrozenTokens(address account) external view returns (uint256);
    function detectTransferRestriction(address from, address to, uint256 amount) external view returns (uint8);
    function identityRegistry() external view returns (address);
    function isFrozen(address account) external view returns (bool);
    function mint(address to, uint256 amount, bytes32 requestId) external;
    function burn(address from, uint256 amount, bytes32 requestId) external;
    function freezePartialTokens(address account, uint256 amount) external;
    function unfreezePartialTokens(address account, uint256 amount) external;
}

/// @notice What Dealing reads of the asset's ValuationFeed beyond Chainlink's
/// interface. `paused()` is called with a low-level staticcall: a feed
/// without it counts as not paused.
interface IDealingFeed {
    function minAnswer() external view returns (int192);
    function maxAnswer() external view returns (int192);
    function paused() external view returns (bool);
}

/// @title Dealing
/// @notice One asset's dealing at NAV: investors subscribe and redeem the
/// asset's units (its AssetToken) against a payment token (a stablecoin).
///
/// - **Asynchronous requests (ERC-7540)**: `requestDeposit` escrows payment,
///   `requestRedeem` locks units in the owner's wallet (the token's
///   `freezePartialTokens`: they never leave it before they are burned).
///   CONFIG_ROLE publishes the dealing days' cut-offs in advance
///   ({publishCutoffs}: append-only, each in the future); every request is
///   stamped with the first published cut-off strictly after its block
///   ({RequestCutoff}). The FULFILLER_ROLE prices the requests stamped with
///   a cut-off at the first NAV round observed at or after that cut-off
///   (forward pricing) with {fulfil}; the controller then claims through the
///   ERC-4626 methods (`deposit`/`mint` mint units, `redeem`/`withdraw` pay).
/// - **Synchronous cancellation (ERC-7887)**: a pending request goes straight
///   to claimable-cancel, only before its cut-off (or once its day is void);
///   the claim returns the escrow or unlocks the units.
/// - **Void days** ({voidDay}): a passed day no batch was priced at can be
///   declared void, by FULFILLER_ROLE (a book refused by its approver) or
///   by anyone once the day can no longer be priced (no round observed and
///   written within the day's NAV time-to-live of the cut-off). Nothing deals at a void day; its
///   requests may only be cancelled, so no request is ever stuck and nobody
///   deals at a price already known.
/// - **Wire mode**: requests whose payment (or payout) happens off chain;
///   FULFILLER_ROLE confirms the money with {confirmPayment} / {confirmPayout}.
/// - **Instant facility**: {subscribe} and {redeemInstant} deal at once at the
///   latest fresh NAV against a liquidity reserve funded by TREASURY_ROLE,
///   with a minimum ticket, a fee capped at {MAX_FEE_BPS} and linear-decay
///   rate limits, globally and per investor (the identity registry's
///   investor, whatever wallet it uses).
///
/// Every unit minted or burned goes through the token, so its compliance
/// rules apply to every receiver. The share is the asset's AssetToken, a
/// separate contract (ERC-7575 `share()`): this contract does not inherit
/// OpenZeppelin's ERC4626, whose shares are the vault's own ERC-20 balance;
/// here the vault keeps no balances of units at all, and the token's own
/// holder accounting, compliance and caps stay the single truth.
///
/// **Rounding** (every rule favours the fund: the investor never gets the
/// remainder). With U = 10^unitDecimals, P = 10^paymentDecimals, F =
/// 10^feedDecimals and nav the round's answer (one whole unit's value):
/// - units for a payment: floor(assets · U · F / (nav · P));
/// - payment for units: floor(units · nav · P / (U · F));
/// - instant fee: ceil(gross · feeBps / 10 000), charged on the payment
///   (subscribe: units for assets − fee; redeem: net = gross − fee);
/// - claims against a controller's aggregate (cAssets, cShares):
///   deposit(assets) → floor(assets · cShares / cAssets) units,
///   mint(shares) → ceil(shares · cAssets / cShares) assets,
///   redeem(shares) → floor(shares · cAssets / cShares) payment,
///   withdraw(assets) → ceil(assets · cShares / cAssets) units; claiming the
///   whole aggregate gives exactly the rest, so a controller always receives
///   everything it was priced, and the rounding of a partial claim only
///   moves value between that controller's own claims;
/// - rate limits decay by floor(elapsed · capacity / window): capacity is
///   never released faster than the window says.
///
/// Storage (ERC-7201 `tessera.storage.Dealing`): a request is two slots
/// (controller, cut-off, round, kind, state, flags | amount, result)
/// plus a third only when its owner differs from its controller; a
/// controller's claimable aggregates are two slots (deposit assets and
/// shares | redeem shares and assets), so a claim touches one.
/// @dev Cold code (configuration, cancellation, wire confirmations, the
/// treasury, the read-only views) runs in the linked library {DealingCold}
/// by DELEGATECALL, in this contract's storage, to keep the runtime code
/// under EIP-170's limit. The library keeps no state, has neither
/// selfdestruct nor delegatecall, and sits at the deterministic deployment
/// proxy's address for its own creation code, linked at compile time (as
/// AssetToken's libraries do).
/// @custom:oz-upgrades-unsafe-allow external-library-linking
contract Dealing is
    UpgradeGate,
    IERC7540Operator,
    IERC7540Deposit,
    IERC7540Redeem,
    IERC7575,
    IERC7887Deposit,
    IERC7887Redeem
{
    using SafeERC20 for IERC20;

    /// @notice May set the configuration and the rate limits.
    bytes32 public constant CONFIG_ROLE = keccak256("CONFIG_ROLE");
    /// @notice May fulfil books and confirm wire payments and payouts.
    bytes32 public constant FULFILLER_ROLE = keccak256("FULFILLER_ROLE");
    /// @notice May fund and withdraw the reserve and withdraw the fees.
    bytes32 public constant TREASURY_ROLE = keccak256("TREASURY_ROLE");

    /// @notice The highest instant fee, in basis points (1%).
    uint16 public constant MAX_FEE_BPS = 100;

    /// @notice Mode bits of {Config.modes}.
    uint8 public constant ASYNC_DEPOSIT = 1;
    uint8 public constant ASYNC_REDEEM = 2;
    uint8 public constant INSTANT_SUBSCRIBE = 4;
    uint8 public constant INSTANT_REDEEM = 8;
    uint8 public constant WIRE = 16;

    /// @notice The code {RequestRejected} carries when a redeem's owner no
    /// longer holds the units (beyond the token's restriction table).
    uint8 public constant UNITS_GONE = 0x5F;
    /// @dev The token's code for a frozen sender (TransferRestrictions.SENDER_FROZEN).
    uint8 internal constant SENDER_FROZEN = 0x51;

    // Request flags.
    uint8 internal constant F_WIRE = 1;
    uint8 internal constant F_PAID = 2;

    /// @notice {dayRound} of a void day.
    uint80 internal constant VOID = type(uint80).max;

    /// @notice What dealing is open and its limits. Amounts of deposits are
    /// in payment base units, of redemptions in unit base units; a maximum
    /// of 0 means none. navTTL bounds, in seconds, how late after a cut-off
    /// the day's round may be observed and how old an instant deal's NAV may be.
    struct Config {
        uint8 modes;
        uint16 feeBps;
        uint32 navTTL;
        uint128 minDeposit;
        uint128 maxDeposit;
        uint128 minRedeem;
        uint128 maxRedeem;
    }

    enum Kind {
        None,
        Deposit,
        Redeem
    }

    /// @notice Pending → Claimable (fulfilled) | CancelClaimable → CancelClaimed | Rejected.
    enum State {
        None,
        Pending,
        Claimable,
        CancelClaimable,
        CancelClaimed,
        Rejected
    }

    /// @notice One request. `amount` is assets for a deposit, shares for a
    /// redeem; `result` the shares or assets it was priced at. `owner` is
    /// stored only when it differs from the controller (zero then).
    struct Request {
        address controller;
        uint40 cutoff;
        uint32 roundId;
        Kind kind;
        State state;
        uint8 flags;
        uint128 amount;
        uint128 result;
        address owner;
    }

    /// @notice A controller's claimable aggregates.
    struct Account {
        uint128 depositAssets;
        uint128 depositShares;
        uint128 redeemShares;
        uint128 redeemAssets;
    }

    /// @notice One direction's rate limit (0 subscribe, 1 redeem) and the global usage.
    struct RateLimit {
        uint128 globalCapacity;
        uint128 perInvestorCapacity;
        uint32 window;
        uint128 globalUsed;
        uint40 globalAt;
    }

    /// @notice Usage of a rate limit at a time.
    struct Usage {
        uint128 used;
        uint40 since;
    }

    /// @custom:storage-location erc7201:tessera.storage.Dealing
    struct DealingStorage {
        address token;
        uint8 unitDecimals;
        uint8 paymentDecimals;
        uint8 feedDecimals;
        // The cut-off new requests get (cutoffs[cutoffIndex]) while it is
        // in the future: read with the token, so a request's stamp costs no
        // slot of its own until the day changes.
        uint40 cutoff;
        uint32 cutoffIndex;
        address payment;
        uint64 nextRequestId;
        address feed;
        uint64 nonce;
        Config config;
        uint128 escrowed;
        uint128 reserve;
        uint128 fees;
        uint128 claimableAssets;
        uint128 cancelledAssets;
        mapping(uint256 requestId => Request) requests;
        mapping(address controller => Account) accounts;
        mapping(address controller => mapping(address operator => bool)) operators;
        mapping(uint64 cutoff => uint80 roundId) dayRound;
        RateLimit[2] limits;
        mapping(bytes32 investor => Usage[2]) usage;
        uint64[] cutoffs;
        // The NAV time-to-live each cut-off was published under: a day's
        // terms are fixed when it is published, as its cut-off is.
        mapping(uint64 cutoff => uint32 navTTL) dayTTL;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.Dealing")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 internal constant STORAGE = 0x5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e9764220000;

    function _s() private pure returns (DealingStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    // --- events -------------------------------------------------------------------

    event ConfigSet(Config config);
    event RateLimitSet(uint8 indexed direction, uint128 globalCapacity, uint128 perInvestorCapacity, uint32 window);
    event WireRequest(uint256 indexed requestId, bytes32 ref);
    event PaymentConfirmed(uint256 indexed requestId, bytes32 ref);
    event PayoutConfirmed(uint256 indexed requestId, bytes32 ref);
    event DayPriced(uint64 indexed cutoff, uint80 indexed roundId, int256 nav);
    event DayVoided(uint64 indexed cutoff, address indexed by);
    event DepositFulfilled(
        uint256 indexed requestId, address indexed controller, uint64 cutoff, uint80 roundId, uint256 assets, uint256 shares
    );
    event RedeemFulfilled(
        uint256 indexed requestId, address indexed controller, uint64 cutoff, uint80 roundId, uint256 shares, uint256 assets
    );
    event RequestRejected(uint256 indexed requestId, uint8 code);
    /// @notice A dealing day's cut-off, published ahead of it for good.
    event CutoffPublished(uint64 cutoff);
    /// @notice The cut-off a request was stamped with: the day it belongs to.
    event RequestCutoff(uint256 indexed requestId, uint64 cutoff);
    event Subscribed(address indexed investor, uint80 roundId, uint256 assets, uint256 fee, uint256 units);
    event RedeemedInstant(address indexed investor, uint80 roundId, uint256 units, uint256 fee, uint256 assets);
    event ReserveFunded(address indexed from, uint256 amount);
    event ReserveWithdrawn(address indexed to, uint256 amount);
    event FeesWithdrawn(address indexed to, uint256 amount);

    // --- errors -------------------------------------------------------------------

    /// @notice The token refused (same shape as the token's own error).
    error TransferRestricted(uint8 code);
    error InvalidAddress();
    error FeeAboveCap(uint16 feeBps, uint16 cap);
    error InvalidRateLimit();
    error ModeClosed(uint8 mode);
    error Unauthorized(address controller, address sender);
    error TicketTooSmall(uint256 amount, uint256 min);
    error TicketTooLarge(uint256 amount, uint256 max);
    error NotPending(uint256 requestId, State state);
    error WrongController(uint256 requestId, address controller);
    error WrongKind(uint256 requestId);
    error NotWire(uint256 requestId);
    error NotPaid(uint256 requestId);
    error AlreadyConfirmed(uint256 requestId);
    error NotAfterCutoff(uint64 cutoff);
    error WrongRound(uint80 roundId);
    error NavStale(uint80 roundId);
    error NavPaused();
    error NavOutOfBounds(int256 answer);
    error NoNav();
    error DayVoid(uint64 cutoff);
    error NotVoidable(uint64 cutoff);
    error WrongCutoff(uint256 requestId, uint64 stamped);
    error CutoffPassed(uint256 requestId, uint64 cutoff);
    error NoCutoff();
    error InvalidCutoff(uint64 cutoff);
    error InsufficientReserve(uint256 needed, uint256 reserve);
    error ExceedsClaimable(uint256 amount, uint256 claimable);
    error ReceiverNotOwner(address receiver, address owner);
    error Slippage(uint256 got, uint256 min);
    error RateLimited(uint8 direction, uint256 remaining);
    error AmountOverflow();
    error AsyncFlow();
    error NotClaimable(uint256 requestId, State state);
    error InvalidConfig();

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a dealing proxy once. Reads the decimals of the
    /// three contracts now: they are fixed for good (the pricing uses them).
    /// Every mode starts closed.
    function initialize(
        address token_,
        address payment_,
        address feed_,
        address admin,
        address fulfiller,
        address upgrader
    ) external initializer {
        if (token_ == address(0) || payment_ == address(0) || feed_ == address(0)) revert InvalidAddress();
        __UpgradeGate_init(admin, upgrader);
        DealingStorage storage $ = _s();
        $.token = token_;
        $.payment = payment_;
        $.feed = feed_;
        $.unitDecimals = IERC20Metadata(token_).decimals();
        $.paymentDecimals = IERC20Metadata(payment_).decimals();
        $.feedDecimals = AggregatorV3Interface(feed_).decimals();
        if (fulfiller != address(0)) _grantRole(FULFILLER_ROLE, fulfiller);
    }

    // --- configuration (cold: DealingCold) ---------------------------------------

    /// @notice Sets the configuration; reverts FeeAboveCap above {MAX_FEE_BPS}.
    function setConfig(Config calldata c) external onlyRole(CONFIG_ROLE) {
        DealingCold.setConfig(c);
    }

    /// @notice Sets a direction's rate limit (0 subscribe, 1 redeem), in
    /// payment base units over `window` seconds; a capacity of 0 is no limit.
    /// Usage so far is kept.
    function setRateLimit(uint8 direction, uint128 globalCapacity, uint128 perInvestorCapacity, uint32 window)
        external
        onlyRole(CONFIG_ROLE)
    {
        DealingCold.setRateLimit(direction, globalCapacity, perInvestorCapacity, window);
    }

    /// @notice Appends dealing days' cut-offs (unix seconds) to the
    /// schedule: strictly increasing, the first after the last published
    /// one and every one after this block (InvalidCutoff otherwise). A
    /// published cut-off is never moved or removed, so nobody can shift a
    /// day once its NAV is known.
    function publishCutoffs(uint64[] calldata cutoffs) external onlyRole(CONFIG_ROLE) {
        DealingCold.publishCutoffs(cutoffs);
    }

    /// @notice The last published cut-off (0 before the first).
    function lastCutoff() external view returns (uint64) {
        return DealingCold.lastCutoff();
    }

    /// @notice The cut-off a request made now would be stamped with: the
    /// first published one after this block (0 when none is published).
    function nextCutoff() external view returns (uint64) {
        return DealingCold.nextCutoff();
    }

    /// @notice The configuration.
    function config() external view returns (Config memory) {
        return _s().config;
    }

    /// @notice A direction's rate limit and its global usage.
    function rateLimit(uint8 direction) external view returns (RateLimit memory) {
        return _s().limits[direction];
    }

    /// @notice What `wallet` may still deal in `direction` now: the smaller
    /// of the global remainder and its investor's (type(uint256).max when
    /// neither is limited).
    function remaining(uint8 direction, address wallet) external view returns (uint256) {
        return DealingCold.remaining(direction, wallet);
    }

    // --- ERC-7575 / ERC-4626 views -------------------------------------------------

    /// @inheritdoc IERC7575
    function share() external view returns (address) {
        return _s().token;
    }

    /// @inheritdoc IERC7575
    function asset() external view returns (address) {
        return _s().payment;
    }

    /// @notice The asset's valuation feed.
    function feed() external view returns (address) {
        return _s().feed;
    }

    /// @inheritdoc IERC7575
    /// @dev The units' supply valued at the latest NAV (rounded down); 0 without one.
    function totalAssets() external view returns (uint256) {
        return DealingCold.convert(IDealingUnits(_s().token).totalSupply(), false);
    }

    /// @inheritdoc IERC7575
    /// @dev At the latest NAV, rounded down; 0 without one. Not what a request will get.
    function convertToShares(uint256 assets) external view returns (uint256) {
        return DealingCold.convert(assets, true);
    }

    /// @inheritdoc IERC7575
    /// @dev At the latest NAV, rounded down; 0 without one.
    function convertToAssets(uint256 shares) external view returns (uint256) {
        return DealingCold.convert(shares, false);
    }

    /// @inheritdoc IERC7575
    /// @dev ERC-7540: what `controller` may claim with `deposit`.
    function maxDeposit(address controller) external view returns (uint256) {
        return _s().accounts[controller].depositAssets;
    }

    /// @inheritdoc IERC7575
    function maxMint(address controller) external view returns (uint256) {
        return _s().accounts[controller].depositShares;
    }

    /// @inheritdoc IERC7575
    function maxWithdraw(address controller) external view returns (uint256) {
        return _s().accounts[controller].redeemAssets;
    }

    /// @inheritdoc IERC7575
    function maxRedeem(address controller) external view returns (uint256) {
        return _s().accounts[controller].redeemShares;
    }

    /// @inheritdoc IERC7575
    /// @dev Reverts: the price of an asynchronous request is not known (ERC-7540).
    function previewDeposit(uint256) external pure returns (uint256) {
        revert AsyncFlow();
    }

    /// @inheritdoc IERC7575
    function previewMint(uint256) external pure returns (uint256) {
        revert AsyncFlow();
    }

    /// @inheritdoc IERC7575
    function previewWithdraw(uint256) external pure returns (uint256) {
        revert AsyncFlow();
    }

    /// @inheritdoc IERC7575
    function previewRedeem(uint256) external pure returns (uint256) {
        revert AsyncFlow();
    }

    // --- operators ------------------------------------------------------------------

    /// @inheritdoc IERC7540Operator
    function setOperator(address operator, bool approved) external returns (bool) {
        _s().operators[msg.sender][operator] = approved;
        emit OperatorSet(msg.sender, operator, approved);
        return true;
    }

    /// @inheritdoc IERC7540Operator
    function isOperator(address controller, address operator) external view returns (bool) {
        return _s().operators[controller][operator];
    }

    function _authorize(address controller) private view {
        if (msg.sender != controller && !_s().operators[controller][msg.sender]) {
            revert Unauthorized(controller, msg.sender);
        }
    }

    // --- requests ---------------------------------------------------------------------

    /// @inheritdoc IERC7540Deposit
    /// @dev The caller is `owner` or its operator; pulls `assets` from
    /// `owner` into escrow. Refused when the token would refuse minting
    /// the estimated units (at the latest NAV, 0 without one) to `controller`.
    function requestDeposit(uint256 assets, address controller, address owner) external returns (uint256) {
        uint256 id = _requestDeposit(assets, controller, owner, 0);
        _s().escrowed += uint128(assets); // bounded by the ticket check below 2^128
        IERC20(_s().payment).safeTransferFrom(owner, address(this), assets);
        return id;
    }

    /// @notice A deposit request paid off chain (wire mode): nothing is
    /// pulled; the request cannot be fulfilled before FULFILLER_ROLE
    /// confirms the payment ({confirmPayment}). `ref` is the payment reference.
    function requestDepositWire(uint256 assets, address controller, address owner, bytes32 ref)
        external
        returns (uint256 id)
    {
        id = _requestDeposit(assets, controller, owner, F_WIRE);
        emit WireRequest(id, ref);
    }

    function _requestDeposit(uint256 assets, address controller, address owner, uint8 flags)
        private
        returns (uint256 id)
    {
        _authorize(owner);
        Config memory c = _s().config;
        _open(c.modes, flags == 0 ? ASYNC_DEPOSIT : WIRE);
        _ticket(assets, c.minDeposit, c.maxDeposit);
        (, uint256 nav,,) = _latest();
        uint256 estimate = nav == 0 ? 0 : _unitsFor(assets, nav);
        _restricted(IDealingUnits(_s().token).detectTransferRestriction(address(0), controller, estimate));
        id = _newRequest(controller, owner, Kind.Deposit, flags, assets);
        emit DepositRequest(controller, owner, id, msg.sender, assets);
    }

    /// @inheritdoc IERC7540Redeem
    /// @dev The caller is `owner` or its operator: an ERC-20 allowance on
    /// the units is NOT accepted, which ERC-7540 allows but an allowance was
    /// given for transfers, not for redemptions. Refused with the token's
    /// code when `owner` could not transfer `shares` to `controller`
    /// (frozen wallet 0x51, not verified 0x53, frozen 0x57 or locked 0x58
    /// units, the receiver's rules). The units stay in `owner`'s wallet,
    /// frozen (the token's freezePartialTokens) until they are burned at
    /// fulfilment or released by a cancellation.
    function requestRedeem(uint256 shares, address controller, address owner) external returns (uint256) {
        return _requestRedeem(shares, controller, owner, 0);
    }

    /// @notice {requestRedeem} paid out off chain (wire mode): priced at
    /// fulfilment, its units burned only when FULFILLER_ROLE confirms the
    /// payout ({confirmPayout}).
    function requestRedeemWire(uint256 shares, address controller, address owner, bytes32 ref)
        external
        returns (uint256 id)
    {
        id = _requestRedeem(shares, controller, owner, F_WIRE);
        emit WireRequest(id, ref);
    }

    function _requestRedeem(uint256 shares, address controller, address owner, uint8 flags)
        private
        returns (uint256 id)
    {
        _authorize(owner);
        Config memory c = _s().config;
        _open(c.modes, flags == 0 ? ASYNC_REDEEM : WIRE);
        _ticket(shares, c.minRedeem, c.maxRedeem);
        IDealingUnits units = IDealingUnits(_s().token);
        _restricted(units.detectTransferRestriction(owner, controller, shares));
        id = _newRequest(controller, owner, Kind.Redeem, flags, shares);
        units.freezePartialTokens(owner, shares);
        emit RedeemRequest(controller, owner, id, msg.sender, shares);
    }

    function _newRequest(address controller, address owner, Kind kind, uint8 flags, uint256 amount)
        private
        returns (uint256 id)
    {
        if (controller == address(0)) revert InvalidAddress();
        DealingStorage storage $ = _s();
        unchecked {
            id = ++$.nextRequestId;
        }
        uint40 cutoff = $.cutoff;
        if (cutoff <= block.timestamp) cutoff = DealingCold.advanceCutoff();
        Request storage r = $.requests[id];
        r.controller = controller;
        r.cutoff = cutoff;
        r.kind = kind;
        r.state = State.Pending;
        r.flags = flags;
        r.amount = uint128(amount);
        if (owner != controller) r.owner = owner;
        emit RequestCutoff(id, cutoff);
    }

    /// @notice The request's whole record (owner filled in).
    function requestOf(uint256 requestId) external view returns (Request memory r) {
        r = _s().requests[requestId];
        if (r.owner == address(0)) r.owner = r.controller;
    }

    /// @notice The id the next request will get minus one: requests are 1..nextRequestId().
    function nextRequestId() external view returns (uint256) {
        return _s().nextRequestId;
    }

    /// @inheritdoc IERC7540Deposit
    function pendingDepositRequest(uint256 requestId, address controller) external view returns (uint256) {
        return _amountIn(requestId, controller, Kind.Deposit, State.Pending);
    }

    /// @inheritdoc IERC7540Deposit
    /// @dev The request's assets, at most the controller's claimable total
    /// (claims draw on the total, not on one request). Wire deposits count
    /// once priced: their units are claimed on chain.
    function claimableDepositRequest(uint256 requestId, address controller) external view returns (uint256) {
        return Math.min(
            _amountIn(requestId, controller, Kind.Deposit, State.Claimable), _s().accounts[controller].depositAssets
        );
    }

    /// @inheritdoc IERC7540Redeem
    function pendingRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        return _amountIn(requestId, controller, Kind.Redeem, State.Pending);
    }

    /// @inheritdoc IERC7540Redeem
    /// @dev As claimableDepositRequest; a wire redeem is never claimable on
    /// chain (it is paid out off chain).
    function claimableRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        if (_s().requests[requestId].flags & F_WIRE != 0) return 0;
        return Math.min(
            _amountIn(requestId, controller, Kind.Redeem, State.Claimable), _s().accounts[controller].redeemShares
        );
    }

    function _amountIn(uint256 requestId, address controller, Kind kind, State state) private view returns (uint256) {
        Request storage r = _s().requests[requestId];
        if (r.controller != controller || r.kind != kind || r.state != state) return 0;
        return r.amount;
    }

    // --- fulfilment -----------------------------------------------------------------------

    /// @notice Prices the pending requests `ids`, all stamped with `cutoff`
    /// (WrongCutoff otherwise: the key cannot move a request to another
    /// day), at round `roundId` of the feed: the first round observed at
    /// or after the cut-off (forward pricing), observed and written on chain
    /// within the day's NAV time-to-live of it ({day}: the navTTL in
    /// force when the cut-off was published), with the feed not paused and
    /// the answer within its bounds. The first batch of a cut-off pins its
    /// round (DayPriced); later batches of that day must use the same one,
    /// whatever the time since. Deposits move from escrow
    /// to the reserve and become claimable units; redeems take their payment
    /// from the reserve (all or nothing: InsufficientReserve reverts the
    /// batch), release the lock and burn the units. A redeem whose owner no
    /// longer holds the units (UNITS_GONE), or that the token now refuses
    /// (its detectTransferRestriction from owner to controller: an owner
    /// frozen since the request, no longer verified…, with the token's
    /// code), is rejected (RequestRejected, lock released) rather than
    /// blocking the day. Wire deposits must be paid (NotPaid); wire redeems
    /// are priced and keep their units locked until {confirmPayout}.
    /// A batch resent after it went through reverts NotPending.
    function fulfil(uint64 cutoff, uint80 roundId, uint256[] calldata ids) external onlyRole(FULFILLER_ROLE) {
        uint256 nav = _dayNav(cutoff, roundId);
        DealingStorage storage $ = _s();
        Book memory b = Book({
            cutoff: cutoff,
            roundId: roundId,
            uf: _uf(),
            np: nav * 10 ** uint256($.paymentDecimals),
            escrowed: $.escrowed,
            reserve: $.reserve,
            owed: $.claimableAssets
        });
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            Request storage r = $.requests[id];
            if (r.state != State.Pending) revert NotPending(id, r.state);
            if (r.cutoff != cutoff) revert WrongCutoff(id, r.cutoff);
            if (r.kind == Kind.Deposit) _fulfilDeposit(b, id, r);
            else _fulfilRedeem(b, id, r);
        }
        $.escrowed = uint128(b.escrowed); // only ever decreased here
        $.reserve = _u128(b.reserve);
        $.claimableAssets = _u128(b.owed);
    }

    /// @dev A fulfilment batch's price and running totals.
    struct Book {
        uint64 cutoff;
        uint80 roundId;
        uint256 uf; // U · F
        uint256 np; // nav · P
        uint256 escrowed;
        uint256 reserve;
        uint256 owed;
    }

    function _fulfilDeposit(Book memory b, uint256 id, Request storage r) private {
        uint256 amount = r.amount;
        uint8 flags = r.flags;
        if (flags & F_WIRE != 0) {
            if (flags & F_PAID == 0) revert NotPaid(id);
        } else {
            b.escrowed -= amount;
            b.reserve += amount;
        }
        uint256 shares = Math.mulDiv(amount, b.uf, b.np);
        r.state = State.Claimable;
        r.roundId = uint32(b.roundId);
        r.result = _u128(shares);
        address controller = r.controller;
        Account storage a = _s().accounts[controller];
        a.depositAssets += uint128(amount);
        a.depositShares += uint128(shares);
        emit DepositFulfilled(id, controller, b.cutoff, b.roundId, amount, shares);
    }

    function _fulfilRedeem(Book memory b, uint256 id, Request storage r) private {
        uint256 amount = r.amount;
        address controller = r.controller;
        address owner = r.owner == address(0) ? controller : r.owner;
        IDealingUnits units = IDealingUnits(_s().token);
        // The lock is released first: the token then judges the units as
        // the request's own, and a rejection leaves them free.
        _unlock(units, owner, amount);
        uint8 code = units.balanceOf(owner) < amount
            ? UNITS_GONE
            : units.detectTransferRestriction(owner, controller, amount);
        if (code != 0) {
            r.state = State.Rejected;
            emit RequestRejected(id, code);
            return;
        }
        uint256 assets = Math.mulDiv(amount, b.np, b.uf);
        r.state = State.Claimable;
        r.roundId = uint32(b.roundId);
        r.result = _u128(assets);
        if (r.flags & F_WIRE != 0) {
            // A wire redeem keeps its units locked until the payout is confirmed.
            units.freezePartialTokens(owner, amount);
        } else {
            if (assets > b.reserve) revert InsufficientReserve(assets, b.reserve);
            unchecked {
                b.reserve -= assets;
            }
            b.owed += assets;
            Account storage a = _s().accounts[controller];
            a.redeemShares += uint128(amount);
            a.redeemAssets += uint128(assets);
            units.burn(owner, amount, _burnId(id));
        }
        emit RedeemFulfilled(id, controller, b.cutoff, b.roundId, amount, assets);
    }

    /// @dev Releases a redeem's lock, as far as it is still there (a
    /// compliance agent may have unfrozen units since).
    function _unlock(IDealingUnits units, address owner, uint256 amount) private {
        uint256 frozen = units.getFrozenTokens(owner);
        uint256 unlock = frozen < amount ? frozen : amount;
        if (unlock != 0) units.unfreezePartialTokens(owner, unlock);
    }

    /// @dev The token request id of a redeem's burn.
    function _burnId(uint256 requestId) internal view returns (bytes32) {
        return keccak256(abi.encode(address(this), "redeem", requestId));
    }

    /// @dev The day's NAV: checks (and pins) the round of `cutoff`.
    function _dayNav(uint64 cutoff, uint80 roundId) private returns (uint256) {
        if (block.timestamp <= cutoff) revert NotAfterCutoff(cutoff);
        if (roundId == 0 || roundId > type(uint32).max) revert WrongRound(roundId);
        DealingStorage storage $ = _s();
        uint80 pinned = $.dayRound[cutoff];
        if (pinned == VOID) revert DayVoid(cutoff);
        if (pinned != 0 && pinned != roundId) revert WrongRound(roundId);
        AggregatorV3Interface f = AggregatorV3Interface($.feed);
        (int256 answer, uint256 startedAt, uint256 updatedAt) = _round(f, roundId);
        if (startedAt < cutoff) revert WrongRound(roundId);
        if (roundId > 1) {
            (, uint256 before,) = _round(f, roundId - 1);
            if (before >= cutoff) revert WrongRound(roundId);
        }
        // Observed, and on chain, within the day's time-to-live: a round
        // written later (dated back, or an override) cannot price a day
        // anyone may have declared void. Checked once: a pinned day stays
        // priced.
        uint256 ttl = $.dayTTL[cutoff];
        if (pinned == 0 && (startedAt - cutoff > ttl || updatedAt > cutoff + ttl)) revert NavStale(roundId);
        if (_paused(address(f))) revert NavPaused();
        if (answer <= 0 || answer < IDealingFeed(address(f)).minAnswer() || answer > IDealingFeed(address(f)).maxAnswer()) {
            revert NavOutOfBounds(answer);
        }
        if (pinned == 0) {
            $.dayRound[cutoff] = roundId;
            emit DayPriced(cutoff, roundId, answer);
        }
        return uint256(answer);
    }

    function _round(AggregatorV3Interface f, uint80 roundId)
        private
        view
        returns (int256 answer, uint256 startedAt, uint256 updatedAt)
    {
        try f.getRoundData(roundId) returns (uint80, int256 a, uint256 s, uint256 u, uint80) {
            return (a, s, u);
        } catch {
            revert WrongRound(roundId);
        }
    }

    /// @notice The day of `cutoff`: the round it was priced at (0 before
    /// its first batch, type(uint80).max for a void day) and its NAV
    /// time-to-live, the navTTL in force when the cut-off was published (0:
    /// not published).
    function day(uint64 cutoff) external view returns (uint80 roundId, uint32 navTTL) {
        DealingStorage storage $ = _s();
        return ($.dayRound[cutoff], $.dayTTL[cutoff]);
    }

    /// @notice Declares the passed day of `cutoff`, at which no batch was
    /// priced, void: nothing deals at it and its requests may be cancelled.
    /// FULFILLER_ROLE may (its approver refused the book); anyone may once
    /// the day cannot be priced any more: its NAV time-to-live ({day})
    /// has passed since the cut-off and `firstRound`, the feed's first round
    /// observed at or after the cut-off, was observed or written on chain
    /// later than that after it (0: the feed has no such round).
    /// NotVoidable otherwise.
    function voidDay(uint64 cutoff, uint80 firstRound) external {
        DealingCold.voidDay(cutoff, firstRound, hasRole(FULFILLER_ROLE, msg.sender));
    }

    // --- claims (ERC-4626 methods of ERC-7540) --------------------------------------------

    /// @inheritdoc IERC7540Deposit
    /// @dev Mints floor(assets · cShares / cAssets) units to `receiver` (the
    /// rest when `assets` is the whole claimable total); the token's rules
    /// apply to `receiver`.
    function deposit(uint256 assets, address receiver, address controller) public returns (uint256 shares) {
        _authorize(controller);
        Account storage a = _s().accounts[controller];
        (uint256 ca, uint256 cs) = (a.depositAssets, a.depositShares);
        if (assets > ca) revert ExceedsClaimable(assets, ca);
        shares = assets == ca ? cs : Math.mulDiv(assets, cs, ca);
        _claimUnits(a, assets, shares, receiver, controller);
    }

    /// @inheritdoc IERC7575
    function deposit(uint256 assets, address receiver) external returns (uint256) {
        return deposit(assets, receiver, msg.sender);
    }

    /// @inheritdoc IERC7540Deposit
    /// @dev Charges ceil(shares · cAssets / cShares) of the claimable assets
    /// (the rest when `shares` is the whole claimable total).
    function mint(uint256 shares, address receiver, address controller) public returns (uint256 assets) {
        _authorize(controller);
        Account storage a = _s().accounts[controller];
        (uint256 ca, uint256 cs) = (a.depositAssets, a.depositShares);
        if (shares > cs) revert ExceedsClaimable(shares, cs);
        assets = shares == cs ? ca : Math.mulDiv(shares, ca, cs, Math.Rounding.Ceil);
        _claimUnits(a, assets, shares, receiver, controller);
    }

    /// @inheritdoc IERC7575
    function mint(uint256 shares, address receiver) external returns (uint256) {
        return mint(shares, receiver, msg.sender);
    }

    function _claimUnits(Account storage a, uint256 assets, uint256 shares, address receiver, address controller)
        private
    {
        unchecked {
            a.depositAssets -= uint128(assets); // both at most the claimable totals
            a.depositShares -= uint128(shares);
        }
        if (shares != 0) IDealingUnits(_s().token).mint(receiver, shares, _nextId("claim"));
        emit Deposit(controller, receiver, assets, shares);
    }

    /// @inheritdoc IERC7575
    /// @dev ERC-7540: `controller` (here `owner`) is the request's controller;
    /// pays floor(shares · cAssets / cShares) (the rest for the whole total).
    function redeem(uint256 shares, address receiver, address controller) external returns (uint256 assets) {
        _authorize(controller);
        Account storage a = _s().accounts[controller];
        (uint256 cs, uint256 ca) = (a.redeemShares, a.redeemAssets);
        if (shares > cs) revert ExceedsClaimable(shares, cs);
        assets = shares == cs ? ca : Math.mulDiv(shares, ca, cs);
        _claimPayment(a, assets, shares, receiver, controller);
    }

    /// @inheritdoc IERC7575
    /// @dev Counts ceil(assets · cShares / cAssets) of the claimable units
    /// (all of them for the whole total).
    function withdraw(uint256 assets, address receiver, address controller) external returns (uint256 shares) {
        _authorize(controller);
        Account storage a = _s().accounts[controller];
        (uint256 cs, uint256 ca) = (a.redeemShares, a.redeemAssets);
        if (assets > ca) revert ExceedsClaimable(assets, ca);
        shares = assets == ca ? cs : Math.mulDiv(assets, cs, ca, Math.Rounding.Ceil);
        _claimPayment(a, assets, shares, receiver, controller);
    }

    function _claimPayment(Account storage a, uint256 assets, uint256 shares, address receiver, address controller)
        private
    {
        // A controller frozen by compliance since its redeem was priced is
        // not paid (to any receiver) until it is unfrozen.
        if (IDealingUnits(_s().token).isFrozen(controller)) revert TransferRestricted(SENDER_FROZEN);
        unchecked {
            a.redeemShares -= uint128(shares);
            a.redeemAssets -= uint128(assets);
            _s().claimableAssets -= uint128(assets); // the sum of every controller's redeemAssets
        }
        IERC20(_s().payment).safeTransfer(receiver, assets);
        emit Withdraw(msg.sender, receiver, controller, assets, shares);
    }

    // --- cancellation (ERC-7887, synchronous; cold: DealingCold) ------------------------

    /// @inheritdoc IERC7887Deposit
    /// @dev Synchronous: a pending request goes straight to claimable-cancel,
    /// only while its cut-off is in the future (CutoffPassed after it: a
    /// request whose day's NAV may be known stays in its day).
    function cancelDepositRequest(uint256 requestId, address controller) external {
        _authorize(controller);
        DealingCold.cancel(requestId, controller, Kind.Deposit);
    }

    /// @inheritdoc IERC7887Redeem
    function cancelRedeemRequest(uint256 requestId, address controller) external {
        _authorize(controller);
        DealingCold.cancel(requestId, controller, Kind.Redeem);
    }

    /// @inheritdoc IERC7887Deposit
    /// @dev Returns the escrowed assets to `receiver`; a wire deposit has
    /// nothing on chain to return (0: its money goes back off chain).
    function claimCancelDepositRequest(uint256 requestId, address receiver, address controller)
        external
        returns (uint256)
    {
        _authorize(controller);
        return DealingCold.claimCancelDeposit(requestId, receiver, controller);
    }

    /// @inheritdoc IERC7887Redeem
    /// @dev `owner` is the request's controller (ERC-7887's name). Unlocks
    /// the units in the owner's wallet: they never moved, so `receiver` must
    /// be the request's owner (ReceiverNotOwner otherwise).
    function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner) external returns (uint256) {
        _authorize(owner);
        return DealingCold.claimCancelRedeem(requestId, receiver, owner);
    }

    /// @inheritdoc IERC7887Deposit
    /// @dev Always false: cancellation is synchronous.
    function pendingCancelDepositRequest(uint256, address) external pure returns (bool) {
        return false;
    }

    /// @inheritdoc IERC7887Redeem
    function pendingCancelRedeemRequest(uint256, address) external pure returns (bool) {
        return false;
    }

    /// @inheritdoc IERC7887Deposit
    function claimableCancelDepositRequest(uint256 requestId, address controller) external view returns (uint256) {
        if (_s().requests[requestId].flags & F_WIRE != 0) return 0;
        return _amountIn(requestId, controller, Kind.Deposit, State.CancelClaimable);
    }

    /// @inheritdoc IERC7887Redeem
    function claimableCancelRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        return _amountIn(requestId, controller, Kind.Redeem, State.CancelClaimable);
    }

    // --- wire confirmations (cold: DealingCold) ---------------------------------------------

    /// @notice Confirms that a wire deposit's payment arrived (reference `ref`).
    function confirmPayment(uint256 requestId, bytes32 ref) external onlyRole(FULFILLER_ROLE) {
        DealingCold.confirmPayment(requestId, ref);
    }

    /// @notice Confirms a priced wire redeem's payout (reference `ref`) and burns its locked units.
    function confirmPayout(uint256 requestId, bytes32 ref) external onlyRole(FULFILLER_ROLE) {
        DealingCold.confirmPayout(requestId, ref);
    }

    // --- instant facility -------------------------------------------------------------------

    /// @notice Subscribes `assets` of payment at once, at the latest NAV
    /// (fresh within navTTL, feed not paused): fee = ceil(assets · feeBps /
    /// 10 000) to the fees, the rest to the reserve, floor((assets − fee) →
    /// units) minted to the caller through the token's rules. Counts
    /// `assets` against the subscribe rate limit.
    function subscribe(uint256 assets, uint256 minUnitsOut) external returns (uint256 units) {
        DealingStorage storage $ = _s();
        Config memory c = $.config;
        _open(c.modes, INSTANT_SUBSCRIBE);
        _ticket(assets, c.minDeposit, c.maxDeposit);
        (uint80 roundId, uint256 nav) = _freshNav(c.navTTL);
        uint256 fee = Math.mulDiv(assets, c.feeBps, 10_000, Math.Rounding.Ceil);
        units = _unitsFor(assets - fee, nav);
        if (units < minUnitsOut) revert Slippage(units, minUnitsOut);
        _consume(0, msg.sender, assets);
        $.reserve += uint128(assets - fee); // assets below 2^128 (ticket)
        $.fees += uint128(fee);
        IERC20($.payment).safeTransferFrom(msg.sender, address(this), assets);
        IDealingUnits($.token).mint(msg.sender, units, _nextId("subscribe"));
        emit Subscribed(msg.sender, roundId, assets, fee, units);
    }

    /// @notice Redeems `units` of the caller's free units (not frozen, not
    /// locked: else the token's code) at once at the latest fresh NAV:
    /// gross = floor(units → payment), fee = ceil(gross · feeBps / 10 000),
    /// net = gross − fee paid from the reserve (which gives the gross; the
    /// fee goes to the fees). Counts gross against the redeem rate limit.
    function redeemInstant(uint256 units, uint256 minPaymentOut) external returns (uint256 net) {
        DealingStorage storage $ = _s();
        Config memory c = $.config;
        _open(c.modes, INSTANT_REDEEM);
        _ticket(units, c.minRedeem, c.maxRedeem);
        (uint80 roundId, uint256 nav) = _freshNav(c.navTTL);
        uint256 gross = Math.mulDiv(units, nav * 10 ** uint256($.paymentDecimals), _uf());
        uint256 fee = Math.mulDiv(gross, c.feeBps, 10_000, Math.Rounding.Ceil);
        net = gross - fee;
        if (net < minPaymentOut) revert Slippage(net, minPaymentOut);
        IDealingUnits token = IDealingUnits($.token);
        _restricted(token.detectTransferRestriction(msg.sender, msg.sender, units));
        _consume(1, msg.sender, gross);
        uint256 available = $.reserve;
        if (gross > available) revert InsufficientReserve(gross, available);
        unchecked {
            $.reserve = uint128(available - gross);
        }
        $.fees += uint128(fee);
        token.burn(msg.sender, units, _nextId("instant"));
        IERC20($.payment).safeTransfer(msg.sender, net);
        emit RedeemedInstant(msg.sender, roundId, units, fee, net);
    }

    /// @dev Counts `amount` against direction `d`'s limits (cold: DealingCold).
    function _consume(uint8 d, address wallet, uint256 amount) private {
        RateLimit storage l = _s().limits[d];
        if (l.globalCapacity == 0 && l.perInvestorCapacity == 0) return;
        DealingCold.consume(d, wallet, amount);
    }

    // --- treasury (cold: DealingCold) ------------------------------------------------------

    /// @notice Adds `amount` of payment, pulled from the caller, to the reserve.
    /// Anyone may: money added to the reserve can only pay redemptions or go
    /// back out through TREASURY_ROLE's {withdrawReserve}, so the issuer's
    /// own wallet funds it without holding a role.
    function fundReserve(uint256 amount) external {
        DealingCold.fundReserve(amount);
    }

    /// @notice Pays `amount` of the reserve to `to`.
    function withdrawReserve(uint256 amount, address to) external onlyRole(TREASURY_ROLE) {
        DealingCold.withdrawReserve(amount, to);
    }

    /// @notice Pays every collected fee to `to`.
    function withdrawFees(address to) external onlyRole(TREASURY_ROLE) returns (uint256) {
        return DealingCold.withdrawFees(to);
    }

    /// @notice Payment available to instant redemptions and fulfilled redeems.
    function reserve() external view returns (uint256) {
        return _s().reserve;
    }

    /// @notice Instant fees collected and not withdrawn.
    function fees() external view returns (uint256) {
        return _s().fees;
    }

    /// @notice Payment escrowed by pending (on-chain) deposit requests.
    function escrowed() external view returns (uint256) {
        return _s().escrowed;
    }

    /// @notice Payment owed to controllers for fulfilled redeems, not yet claimed.
    function claimableAssets() external view returns (uint256) {
        return _s().claimableAssets;
    }

    /// @notice Payment of cancelled deposits not yet claimed back.
    function cancelledAssets() external view returns (uint256) {
        return _s().cancelledAssets;
    }

    // --- ERC-165 -------------------------------------------------------------------------

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IERC7540Operator).interfaceId || interfaceId == type(IERC7540Deposit).interfaceId
            || interfaceId == type(IERC7540Redeem).interfaceId || interfaceId == type(IERC7575).interfaceId
            || interfaceId == type(IERC7887Deposit).interfaceId || interfaceId == type(IERC7887Redeem).interfaceId
            || super.supportsInterface(interfaceId);
    }

    // --- helpers -------------------------------------------------------------------------

    function _open(uint8 modes, uint8 mode) private pure {
        if (modes & mode == 0) revert ModeClosed(mode);
    }

    function _ticket(uint256 amount, uint256 min, uint256 max) private pure {
        if (amount < min || amount == 0) revert TicketTooSmall(amount, min);
        if ((max != 0 && amount > max) || amount > type(uint128).max) revert TicketTooLarge(amount, max);
    }

    function _restricted(uint8 code) private pure {
        if (code != 0) revert TransferRestricted(code);
    }

    function _uf() private view returns (uint256) {
        return 10 ** (uint256(_s().unitDecimals) + _s().feedDecimals);
    }

    /// @dev floor(assets · U · F / (nav · P)).
    function _unitsFor(uint256 assets, uint256 nav) private view returns (uint256) {
        return Math.mulDiv(assets, _uf(), nav * 10 ** uint256(_s().paymentDecimals));
    }

    /// @dev The latest round (zeros when the feed has none or a non-positive answer).
    function _latest() private view returns (uint80 roundId, uint256 nav, uint256 updatedAt, bool ok) {
        try AggregatorV3Interface(_s().feed).latestRoundData() returns (
            uint80 id, int256 answer, uint256, uint256 updated, uint80
        ) {
            if (answer > 0) return (id, uint256(answer), updated, true);
        } catch {}
    }

    /// @dev The latest NAV for an instant deal: present, fresh, feed not paused.
    function _freshNav(uint32 ttl) private view returns (uint80 roundId, uint256 nav) {
        uint256 updatedAt;
        bool ok;
        (roundId, nav, updatedAt, ok) = _latest();
        if (!ok) revert NoNav();
        if (block.timestamp - updatedAt > ttl) revert NavStale(roundId);
        if (_paused(_s().feed)) revert NavPaused();
    }

    /// @dev The feed's `paused()`, false when it has none (a feed built
    /// before the pause switch) or the call fails otherwise.
    function _paused(address f) private view returns (bool) {
        (bool ok, bytes memory out) = f.staticcall(abi.encodeWithSelector(IDealingFeed.paused.selector));
        return ok && out.length >= 32 && abi.decode(out, (uint256)) != 0;
    }

    function _nextId(string memory tag) private returns (bytes32) {
        unchecked {
            return keccak256(abi.encode(address(this), tag, ++_s().nonce));
        }
    }

    function _u128(uint256 v) private pure returns (uint128) {
        if (v > type(uint128).max) revert AmountOverflow();
        return uint128(v);
    }
}
