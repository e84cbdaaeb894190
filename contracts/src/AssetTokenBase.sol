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
import {
    U32, U40, U96, U128, TOTAL_SHIFT, LOCK_SHIFT, W_FROZEN, W_HAS_FROZEN_TOKENS, CAP_SHIFT,
    REC_COUNTRY_SHIFT, REC_EXPIRY_SHIFT, REC_FLAGS_SHIFT, REC_REGISTERED, C_PAUSED, C_COUNTRIES,
    C_FLAGS_SHIFT, C_COUNT_SHIFT, C_MAX_INVESTORS_SHIFT, C_MAX_BALANCE_SHIFT, C_RESERVE, MARGIN_NONE, MARGIN_BPS,
    MINTER, AGENT, COMPLIANCE_ADMIN, PAUSER, DOCUMENTS, deedHeld
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
/// investor, not per wallet), a maximum balance per investor (summed over its
/// wallets), lock-ups from locked mints, frozen addresses and frozen amounts,
/// and, for mints, a stale-valuation guard, the deed lock and a
/// proof-of-reserve guard ({setReserveGuard}, Chainlink's Secure Mint).
///
/// Storage is laid out for a cheap compliant transfer: one rules word read per
/// transfer, one word per wallet holding its balance, its lock-up end and its
/// freeze bits, and the investor's summed balance kept in the word of the
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
        /// Proof-of-reserve guard, on while the rules word has C_RESERVE:
        /// feed, maximum age of its latest round, margin mode and margin
        /// (basis points of the reserve, or base units).
        address reserveFeed;
        uint64 maxReserveAge;
        uint8 reserveMarginMode;
        uint256 reserveMargin;
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
    }

    /// @notice `amount` was minted to `to` for issuance request `requestId`.
    event Issued(bytes32 indexed requestId, address indexed to, uint256 amount);
    /// @notice `amount` was burned from `from` for redemption request `requestId`.
    event Redeemed(bytes32 indexed requestId, address indexed from, uint256 amount);
    /// @notice `account` now has `amount` tokens locked until `lockedUntil`.
    event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil);
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
    /// leave the wallet before then. A wallet has one lock-up: locking more while
    /// one runs adds to it and keeps the later end.
    function mintLocked(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil)
        external
        onlyRole(MINTER_ROLE)
    {
        if (lockedUntil <= block.timestamp || lockedUntil > U40) revert InvalidLockup(lockedUntil);
        _checkIssuance(amount);
        _issue(to, amount, requestId, lockedUntil);
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

    function _issue(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil) private {
        _useRequest(requestId);
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        Plan memory p = _plan(OP_MINT, address(0), to, amount);
        _revertIfRefused(p, address(0), amount);
        if (lockedUntil != 0) {
            uint256 w = p.wTo;
            uint256 end = (w >> LOCK_SHIFT) & U40;
            uint256 e = _s().encumbrance[to];
            uint256 locked = e >> 128;
            if (end > block.timestamp) {
                locked += amount;
                if (lockedUntil > end) end = lockedUntil;
            } else {
                locked = amount;
                end = lockedUntil;
            }
            p.wTo = (w & ~(U40 << LOCK_SHIFT)) | (end << LOCK_SHIFT);
            _s().encumbrance[to] = (e & U128) | (locked << 128);
            emit LockedUp(to, locked, uint64(end));
        }
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

    /// @notice ERC-7943: whether the token's rules allow this transfer now.
    function canTransfer(address from, address to, uint256 amount) external view returns (bool) {
        if (from == address(0) || to == address(0)) return false;
        return _plan(OP_TRANSFER, from, to, amount).code == R.SUCCESS;
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
            _account(p, from, to, amount, anchorFrom, anchorTo);
        }
    }

    /// @dev The sender's frozen and locked tokens. Holder transfers may only use
    /// the free balance; privileged debits take locked, then frozen, tokens once
    /// the free balance is used.
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
        uint256 free = balance > frozen + locked ? balance - frozen - locked : 0;
        if (op == OP_TRANSFER) {
            if (amount > free) return amount > (balance > frozen ? balance - frozen : 0) ? R.TOKENS_FROZEN : R.TOKENS_LOCKED;
            return R.SUCCESS;
        }
        if (amount > free) {
            uint256 deficit = amount - free;
            uint256 takeLocked = deficit < locked ? deficit : locked;
            deficit -= takeLocked; // now at most `frozen`
            p.unfrozen = deficit;
            p.encumbrance = (frozen - deficit) | (((e >> 128) - takeLocked) << 128);
            p.encumbranceChanged = true;
            if (frozen == deficit) p.wFrom = wf & ~W_HAS_FROZEN_TOKENS;
        }
        return R.SUCCESS;
    }

    /// @dev Moves the investors' totals (kept in their anchors' words) and
    /// applies the maximum-investors and maximum-balance rules.
    function _account(Plan memory p, address from, address to, uint256 amount, address anchorFrom, address anchorTo)
        private
        view
    {
        uint256 c = p.rules;
        uint256 count = (c >> C_COUNT_SHIFT) & U32;
        if (from != address(0)) {
            uint256 total;
            if (anchorFrom == from) {
                total = (p.wFrom >> TOTAL_SHIFT) & U96;
                p.wFrom -= amount << TOTAL_SHIFT;
            } else {
                uint256 wa = _s().wallets[anchorFrom];
                total = (wa >> TOTAL_SHIFT) & U96;
                p.anchorFrom = anchorFrom;
                p.wAnchorFrom = wa - (amount << TOTAL_SHIFT);
            }
            if (amount != 0 && total == amount) --count;
        }
        if (to != address(0)) {
            uint256 total;
            if (anchorTo == to) {
                total = (p.wTo >> TOTAL_SHIFT) & U96;
                p.wTo += amount << TOTAL_SHIFT;
            } else {
                uint256 wa = _s().wallets[anchorTo];
                total = (wa >> TOTAL_SHIFT) & U96;
                p.anchorTo = anchorTo;
                p.wAnchorTo = wa + (amount << TOTAL_SHIFT);
            }
            if (total == 0 && amount != 0) {
                ++count;
                uint256 cap = (c >> C_MAX_INVESTORS_SHIFT) & U32;
                if (cap != 0 && count > cap) {
                    p.code = R.MAX_INVESTORS;
                    return;
                }
            }
            uint256 maxBal = (c >> C_MAX_BALANCE_SHIFT) & U96;
            if (maxBal != 0 && total + amount > maxBal) {
                p.code = R.MAX_BALANCE;
                return;
            }
        }
        uint256 updated = (c & ~(U32 << C_COUNT_SHIFT)) | (count << C_COUNT_SHIFT);
        if (updated != c) {
            p.rules = updated;
            p.rulesChanged = true;
        }
    }

    function _apply(Plan memory p, address from, address to, uint256 amount) private {
        if (p.rulesChanged) _s().rules = p.rules;
        if (from != to) {
            if (from != address(0)) _s().wallets[from] = p.wFrom;
            if (to != address(0)) _s().wallets[to] = p.wTo;
        }
        if (p.anchorFrom != address(0)) _s().wallets[p.anchorFrom] = p.wAnchorFrom;
        if (p.anchorTo != address(0)) _s().wallets[p.anchorTo] = p.wAnchorTo;
        if (p.encumbranceChanged) {
            _s().encumbrance[from] = p.encumbrance;
            if (p.unfrozen != 0) {
                emit TokensUnfrozen(from, p.unfrozen);
                emit IERC7943Fungible.Frozen(from, p.encumbrance & U128);
            }
        }
        emit Transfer(from, to, amount);
    }

    function _revertIfRefused(Plan memory p, address from, uint256 amount) private view {
        uint8 code = p.code;
        if (code == R.SUCCESS) return;
        if (code == INSUFFICIENT_BALANCE) revert ERC20InsufficientBalance(from, _s().wallets[from] & U96, amount);
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
