// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {AssetTokenBase} from "./AssetTokenBase.sol";
import {AssetTokenLocks} from "./AssetTokenLocks.sol";
import {IAssetTokenCold} from "./interfaces/IAssetTokenCold.sol";
import {
    U32, U40, U96, U128, TOTAL_SHIFT, LOCK_SHIFT, W_FROZEN, W_HAS_FROZEN_TOKENS, W_LIQUIDATE_ONLY, CAP_SHIFT,
    REC_EXPIRY_SHIFT, REC_REGISTERED, C_PAUSED, C_COUNTRIES, C_EXTENDED, C_FLAGS_SHIFT, C_COUNT_SHIFT,
    C_MAX_INVESTORS_SHIFT, C_MAX_BALANCE_SHIFT, X_FLOWBACK_SHIFT, X_LOCKUP_SHIFT, X_LOCKUP_REASON_SHIFT,
    X_FORCE_FULL, X_WINDOWS_SHIFT, X_CATEGORY_CAPS, X_SHARE_SHIFT, C_COUNTING, W_COUNTED, W_CLASS_SHIFT, W_CLASS,
    REC_COUNTRY_SHIFT, REC_FLAGS_SHIFT, U28, MAX_WINDOWS, CATEGORIES, L_START_SHIFT, L_CLIFF_SHIFT, L_END_SHIFT, L_REASON_SHIFT, MINTER, AGENT, COMPLIANCE_ADMIN, PAUSER,
    deedHeld, lockedAt, lockWord, C_RESERVE, MARGIN_NONE, MARGIN_BPS, MARGIN_ABSOLUTE
} from "./AssetTokenLayout.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";
import {TransferRestrictions as R} from "./TransferRestrictions.sol";
import {IERC7943Fungible} from "./interfaces/IERC7943.sol";
import {IERC3643} from "../reference/erc3643/IERC3643.sol";

/// @title AssetTokenCold
/// @notice AssetToken's cold code: rule setters and getters, freezes, pause,
/// wallet recovery, the deed and the request log. The token's fallback runs
/// it by DELEGATECALL in the token's storage for every selector the token
/// itself does not answer, so these functions are part of the token's
/// interface (its Go binding merges both ABIs) while the token's own code
/// keeps only the transfer, mint, burn and forced-transfer paths, which pay
/// nothing for it. Each function checks its role here, through the token's
/// own AccessControl (`hasRole` on `address(this)`, which is the token).
///
/// Stateless and without selfdestruct; its one delegatecall runs the token's
/// own implementation as the caller ({_asCaller}). Deployed once per
/// chain through the deterministic deployment proxy, so its address (linked
/// into the token at compile time) is the same everywhere. A direct call
/// of a state-changing function reverts (Solidity's library call guard), and
/// a view reads this library's own empty storage.
///
/// ERC-3643's token functions that Tessera's own do not already answer live
/// here too, mapped onto Tessera's model (docs/erc-conformance.md): the
/// two-argument mint and burn number their own request ids, an agent holds
/// AGENT_ROLE, MINTER_ROLE and PAUSER_ROLE, the compliance is the token itself
/// and the identity registry is fixed in the implementation. Where they reuse
/// the token's own mint, burn and role functions they run its code
/// ({_asCaller}), so every check and event is the one those functions make.
library AssetTokenCold {
    // keccak256(abi.encode(uint256(keccak256("tessera.storage.AssetToken")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0xd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a00;

    /// OpenZeppelin ERC20Upgradeable's namespace (ERC-7201
    /// openzeppelin.storage.ERC20), whose name and symbol setName and
    /// setSymbol replace; the layout is OpenZeppelin Contracts 5's (the
    /// namespace is checked where ERC20Upgradeable declares it, in the token).
    struct ERC20Storage {
        mapping(address account => uint256) balances;
        mapping(address account => mapping(address spender => uint256)) allowances;
        uint256 totalSupply;
        string name;
        string symbol;
    }

    // keccak256(abi.encode(uint256(keccak256("openzeppelin.storage.ERC20")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant ERC20_STORAGE = 0x52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00;

    function _erc20() private pure returns (ERC20Storage storage $) {
        assembly {
            $.slot := ERC20_STORAGE
        }
    }

    /// ERC-1967's implementation slot: bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1).
    bytes32 private constant IMPLEMENTATION_SLOT = 0x360894a13ba1a3210667c828492db98dc3e2c0b1ea5ed3bfbc0c4e5ddb3e7c2b;

    /// What ERC-3643 tokens report as their version.
    string private constant VERSION = "tessera-1";

    function _s() private pure returns (AssetTokenBase.AssetTokenStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    function _checkRole(bytes32 role) private view {
        if (!IAccessControl(address(this)).hasRole(role, msg.sender)) {
            revert IAccessControl.AccessControlUnauthorizedAccount(msg.sender, role);
        }
    }

    /// @dev Runs `data` as a call of the caller to the token's own code: a
    /// DELEGATECALL into the token's implementation (the token itself when it
    /// sits behind no proxy), in the token's storage and with the caller's
    /// msg.sender, so the token's role checks, rules and events apply as if
    /// the caller had called that function. Reverts as it reverts.
    /// @custom:oz-upgrades-unsafe-allow delegatecall
    function _asCaller(bytes memory data) private {
        address impl;
        assembly {
            impl := sload(IMPLEMENTATION_SLOT)
        }
        if (impl == address(0)) impl = address(this);
        (bool ok, bytes memory out) = impl.delegatecall(data);
        if (!ok) {
            assembly {
                revert(add(out, 0x20), mload(out))
            }
        }
    }

    /// @dev The next request id of an ERC-3643 mint or burn, which carries
    /// none: a hash of the token's own counter, so it never repeats and never
    /// collides with an id the platform chose.
    function _standardRequestId() private returns (bytes32) {
        uint64 n = ++_s().standardRequests;
        return keccak256(abi.encode("tessera.erc3643.request", address(this), n));
    }

    // --- ERC-3643: mint, burn --------------------------------------------------------

    /// @notice ERC-3643 mint: {AssetTokenBase-mint} with a request id the token
    /// numbers itself (no exactly-once guarantee across retries: a caller that
    /// needs one names its request id with the three-argument mint).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice ERC-3643 batch mint, request ids numbered by the token; all or nothing.
    function batchMint(address[] calldata to, uint256[] calldata amounts) external {
        if (to.length != amounts.length) revert AssetTokenBase.LengthMismatch();
        for (uint256 i; i < to.length; ++i) {
            _mint(to[i], amounts[i]);
        }
    }

    /// @notice ERC-3643 burn: {AssetTokenBase-burn} with a request id the token numbers itself.
    function burn(address from, uint256 amount) external {
        _burn(from, amount);
    }

    /// @notice ERC-3643 batch burn; all or nothing.
    function batchBurn(address[] calldata from, uint256[] calldata amounts) external {
        if (from.length != amounts.length) revert AssetTokenBase.LengthMismatch();
        for (uint256 i; i < from.length; ++i) {
            _burn(from[i], amounts[i]);
        }
    }

    function _mint(address to, uint256 amount) private {
        _asCaller(abi.encodeCall(AssetTokenBase.mint, (to, amount, _standardRequestId())));
    }

    function _burn(address from, uint256 amount) private {
        _asCaller(abi.encodeCall(AssetTokenBase.burn, (from, amount, _standardRequestId())));
    }

    // --- ERC-3643: token information ----------------------------------------------------

    /// @notice ERC-3643: the token's ONCHAINID (zero until set).
    function onchainID() external view returns (address) {
        return _s().onchainID;
    }

    /// @notice ERC-3643: the token contract's version.
    function version() external pure returns (string memory) {
        return VERSION;
    }

    /// @notice ERC-3643: renames the token (the admin only). The ERC-2612
    /// permit domain keeps the name the token was initialized with, so
    /// signed permits stay valid.
    function setName(string calldata name_) external {
        _checkRole(0x00);
        if (bytes(name_).length == 0) revert AssetTokenBase.EmptyTokenInformation();
        _erc20().name = name_;
        _updatedTokenInformation();
    }

    /// @notice ERC-3643: changes the token's symbol (the admin only).
    function setSymbol(string calldata symbol_) external {
        _checkRole(0x00);
        if (bytes(symbol_).length == 0) revert AssetTokenBase.EmptyTokenInformation();
        _erc20().symbol = symbol_;
        _updatedTokenInformation();
    }

    /// @notice ERC-3643: sets the token's ONCHAINID (the admin only).
    function setOnchainID(address onchainID_) external {
        _checkRole(0x00);
        _s().onchainID = onchainID_;
        _updatedTokenInformation();
    }

    function _updatedTokenInformation() private {
        emit AssetTokenBase.UpdatedTokenInformation(
            _erc20().name, _erc20().symbol, _s().decimals, VERSION, _s().onchainID
        );
    }

    /// @notice ERC-3643: confirms the identity registry (the admin only). The
    /// registry is fixed in the token's implementation: any other is refused.
    function setIdentityRegistry(address registry) external {
        _checkRole(0x00);
        if (registry != address(AssetTokenBase(address(this)).identityRegistry())) {
            revert AssetTokenBase.NotSupported("registry fixed in the implementation");
        }
        emit AssetTokenBase.IdentityRegistryAdded(registry);
    }

    /// @notice ERC-3643: confirms the compliance (the admin only). The rules
    /// are the token's own: any compliance but the token is refused.
    function setCompliance(address compliance_) external {
        _checkRole(0x00);
        if (compliance_ != address(this)) {
            revert AssetTokenBase.NotSupported("compliance is the token");
        }
        emit AssetTokenBase.ComplianceAdded(compliance_);
    }

    // --- ERC-3643: agents ---------------------------------------------------------------

    /// @notice ERC-3643 IAgentRole: makes `agent` an agent, granting it
    /// AGENT_ROLE, MINTER_ROLE and PAUSER_ROLE (the roles' admin only).
    function addAgent(address agent) external {
        _agentRoles(IAccessControl.grantRole.selector, agent);
        emit AssetTokenBase.AgentAdded(agent);
    }

    /// @notice ERC-3643 IAgentRole: revokes `agent`'s AGENT_ROLE, MINTER_ROLE and PAUSER_ROLE.
    function removeAgent(address agent) external {
        _agentRoles(IAccessControl.revokeRole.selector, agent);
        emit AssetTokenBase.AgentRemoved(agent);
    }

    /// @dev Grants or revokes (`selector`) an agent's three roles through the
    /// token's own AccessControl, as the caller: the roles' admin only.
    function _agentRoles(bytes4 selector, address agent) private {
        _asCaller(abi.encodeWithSelector(selector, AGENT, agent));
        _asCaller(abi.encodeWithSelector(selector, MINTER, agent));
        _asCaller(abi.encodeWithSelector(selector, PAUSER, agent));
    }

    /// @notice ERC-3643 IAgentRole: whether `agent` holds AGENT_ROLE.
    function isAgent(address agent) external view returns (bool) {
        return IAccessControl(address(this)).hasRole(AGENT, agent);
    }

    // --- ERC-3643: compliance (the token is its own) ---------------------------------------

    /// @notice ERC-3643 ICompliance: confirms the bound token, which can only be
    /// this token itself (the admin only).
    function bindToken(address token) external {
        _checkRole(0x00);
        if (token != address(this)) revert AssetTokenBase.NotSupported("compliance is the token");
        emit AssetTokenBase.TokenBound(token);
    }

    /// @notice ERC-3643 ICompliance: refused, the token cannot be unbound from its own rules.
    function unbindToken(address) external pure {
        revert AssetTokenBase.NotSupported("compliance is the token");
    }

    /// @notice ERC-3643 ICompliance: whether `token` is the bound token (this token).
    function isTokenBound(address token) external view returns (bool) {
        return token == address(this);
    }

    /// @notice ERC-3643 ICompliance: the bound token, this token.
    function getTokenBound() external view returns (address) {
        return address(this);
    }

    /// @notice ERC-3643 ICompliance hook: refused; the token's own transfers
    /// keep the rules' state (investor count, balances) as they happen.
    function transferred(address, address, uint256) external pure {
        _refuseHook();
    }

    /// @notice ERC-3643 ICompliance hook: refused, see {transferred}.
    function created(address, uint256) external pure {
        _refuseHook();
    }

    /// @notice ERC-3643 ICompliance hook: refused, see {transferred}.
    function destroyed(address, uint256) external pure {
        _refuseHook();
    }

    function _refuseHook() private pure {
        revert AssetTokenBase.NotSupported("compliance hooks: the token keeps its state");
    }

    // --- deed --------------------------------------------------------------------

    /// @notice The ERC-721 contract of this asset's deed, or zero for an asset without one.
    function deed() external view returns (address) {
        return _s().deed;
    }

    /// @notice The token id of this asset's deed in {deed}.
    function deedId() external view returns (uint256) {
        return _s().deedId;
    }

    /// @notice Whether this token holds its deed, which fractions need.
    function deedLocked() external view returns (bool) {
        return deedHeld(address(this), _s().deed, _s().deedId);
    }

    /// @notice Accepts only this asset's deed: locking it (DeedToken.lockDeed) lets fractions be minted.
    function onERC721Received(address, address from, uint256 tokenId, bytes calldata) external returns (bytes4) {
        address deed_ = _s().deed;
        if (deed_ == address(0) || msg.sender != deed_ || tokenId != _s().deedId) {
            revert AssetTokenBase.UnexpectedDeed(msg.sender, tokenId);
        }
        emit AssetTokenBase.DeedLocked(msg.sender, tokenId, from);
        return IERC721Receiver.onERC721Received.selector;
    }

    /// @notice Releases the deed to `to` once every fraction is redeemed (supply 0).
    function releaseDeed(address to) external {
        _checkRole(0x00);
        address deed_ = _s().deed;
        uint256 id = _s().deedId;
        if (deed_ == address(0)) revert AssetTokenBase.NoDeed();
        if (!deedHeld(address(this), deed_, id)) revert AssetTokenBase.DeedNotHeld();
        uint256 supply = _s().supply & U128;
        if (supply != 0) revert AssetTokenBase.FractionsOutstanding(supply);
        IERC721(deed_).safeTransferFrom(address(this), to, id);
        emit AssetTokenBase.DeedReleased(deed_, id, to);
    }

    /// @notice Whether `requestId` has been used by a mint or a burn.
    function isRequestProcessed(bytes32 requestId) external view returns (bool) {
        return _s().requests[requestId];
    }

    // --- enforcement (agent) ------------------------------------------------------

    /// @notice ERC-3643: freezes or unfreezes every transfer from and to `account`.
    function setAddressFrozen(address account, bool frozen) external {
        _checkRole(AGENT);
        _setAddressFrozen(account, frozen);
    }

    /// @notice ERC-3643 batch of {setAddressFrozen}.
    function batchSetAddressFrozen(address[] calldata accounts, bool[] calldata frozen) external {
        _checkRole(AGENT);
        if (accounts.length != frozen.length) revert AssetTokenBase.LengthMismatch();
        for (uint256 i; i < accounts.length; ++i) {
            _setAddressFrozen(accounts[i], frozen[i]);
        }
    }

    /// @notice ERC-3643 batch of {freezePartialTokens}.
    function batchFreezePartialTokens(address[] calldata accounts, uint256[] calldata amounts) external {
        _checkRole(AGENT);
        if (accounts.length != amounts.length) revert AssetTokenBase.LengthMismatch();
        for (uint256 i; i < accounts.length; ++i) {
            _freezePartial(accounts[i], amounts[i]);
        }
    }

    /// @notice ERC-3643 batch of {unfreezePartialTokens}.
    function batchUnfreezePartialTokens(address[] calldata accounts, uint256[] calldata amounts) external {
        _checkRole(AGENT);
        if (accounts.length != amounts.length) revert AssetTokenBase.LengthMismatch();
        for (uint256 i; i < accounts.length; ++i) {
            _unfreezePartial(accounts[i], amounts[i]);
        }
    }

    function _setAddressFrozen(address account, bool frozen) private {
        uint256 w = _s().wallets[account];
        _s().wallets[account] = frozen ? w | W_FROZEN : w & ~W_FROZEN;
        emit AssetTokenBase.AddressFrozen(account, frozen, msg.sender);
    }

    /// @notice ERC-3643: freezes `amount` more tokens of `account`; the frozen
    /// total cannot exceed its balance (use {setFrozenTokens} to freeze ahead).
    function freezePartialTokens(address account, uint256 amount) external {
        _checkRole(AGENT);
        _freezePartial(account, amount);
    }

    function _freezePartial(address account, uint256 amount) private {
        uint256 frozen = _s().encumbrance[account] & U128;
        uint256 total = frozen + amount;
        uint256 balance = _s().wallets[account] & U96;
        if (total > balance) revert AssetTokenBase.FreezeExceedsBalance(account, total, balance);
        _setFrozen(account, total);
    }

    /// @notice ERC-3643: unfreezes `amount` frozen tokens of `account`.
    function unfreezePartialTokens(address account, uint256 amount) external {
        _checkRole(AGENT);
        _unfreezePartial(account, amount);
    }

    function _unfreezePartial(address account, uint256 amount) private {
        uint256 frozen = _s().encumbrance[account] & U128;
        if (amount > frozen) revert AssetTokenBase.UnfreezeExceedsFrozen(account, frozen, amount);
        _setFrozen(account, frozen - amount);
    }

    /// @notice ERC-7943: sets (overwrites) the frozen amount of `account`; it may exceed its balance.
    function setFrozenTokens(address account, uint256 amount) external returns (bool) {
        _checkRole(AGENT);
        if (amount > U128) revert AssetTokenBase.InvalidAmount();
        _setFrozen(account, amount);
        return true;
    }

    function _setFrozen(address account, uint256 amount) private {
        uint256 e = _s().encumbrance[account];
        uint256 old = e & U128;
        _s().encumbrance[account] = (e & ~U128) | amount;
        uint256 w = _s().wallets[account];
        _s().wallets[account] = amount == 0 ? w & ~W_HAS_FROZEN_TOKENS : w | W_HAS_FROZEN_TOKENS;
        if (amount > old) emit AssetTokenBase.TokensFrozen(account, amount - old);
        else if (amount < old) emit AssetTokenBase.TokensUnfrozen(account, old - amount);
        emit IERC7943Fungible.Frozen(account, amount);
    }

    /// @notice ERC-3643: whether every transfer from and to `account` is frozen.
    function isFrozen(address account) external view returns (bool) {
        return _s().wallets[account] & W_FROZEN != 0;
    }

    /// @notice ERC-7943: the frozen amount of `account`.
    function getFrozenTokens(address account) external view returns (uint256) {
        return _s().encumbrance[account] & U128;
    }

    /// @notice What the locks of `account` lock now, and when the last one
    /// ends (0, 0 when none runs).
    function lockOf(address account) external view returns (uint256 amount, uint64 lockedUntil) {
        uint256 end = (_s().wallets[account] >> LOCK_SHIFT) & U40;
        if (end <= block.timestamp) return (0, 0);
        return (AssetTokenLocks.lockedNow(_s(), account), uint64(end));
    }

    /// @notice The running locks of `account`, in storage order, each with
    /// what it locks now.
    function locksOf(address account) external view returns (IAssetTokenCold.Lock[] memory locks) {
        uint256[] memory ls = AssetTokenLocks.running(_s(), account);
        locks = new IAssetTokenCold.Lock[](ls.length);
        for (uint256 i; i < ls.length; ++i) {
            uint256 l = ls[i];
            locks[i] = IAssetTokenCold.Lock({
                amount: l & U96,
                start: uint64((l >> L_START_SHIFT) & U40),
                cliff: uint64((l >> L_CLIFF_SHIFT) & U40),
                end: uint64((l >> L_END_SHIFT) & U40),
                reason: uint8(l >> L_REASON_SHIFT),
                locked: lockedAt(l, block.timestamp)
            });
        }
    }

    /// @notice Locks `amount` of the units `account` holds for `reason` (a
    /// court order, a holding period): all of it until `cliff`, then
    /// released linearly from `start` to `end` (start = cliff = end: a plain
    /// lock until then). The locks may not lock more than the balance.
    function addLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) external {
        _checkRole(AGENT);
        if (amount == 0 || amount > U96 || start > cliff || cliff > end || end <= block.timestamp || end > U40) {
            revert AssetTokenBase.InvalidLock(amount, start, cliff, end);
        }
        uint256 w = _s().wallets[account];
        uint256 locked = AssetTokenLocks.lockedNow(_s(), account) + amount;
        if (locked > (w & U96)) revert AssetTokenBase.LockExceedsBalance(account, locked, w & U96);
        _s().wallets[account] = AssetTokenLocks.add(_s(), account, w, lockWord(amount, start, cliff, end, reason));
    }

    /// @notice Lifts the running lock of `account` with this content, as
    /// {locksOf} shows it (amount, start, cliff, end, reason): named by what
    /// it is rather than by its position, which shifts as other locks end or
    /// go, so a lock lifted or ended meanwhile cannot make it lift another.
    function removeLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) external {
        _checkRole(AGENT);
        uint256[] memory ls = AssetTokenLocks.running(_s(), account);
        uint256 l = lockWord(amount, start, cliff, end, reason);
        uint256 index;
        while (index < ls.length && ls[index] != l) ++index;
        if (index == ls.length) revert AssetTokenBase.NoSuchLock(account, amount, end);
        for (uint256 i = index + 1; i < ls.length; ++i) {
            ls[i - 1] = ls[i];
        }
        assembly ("memory-safe") {
            mstore(ls, sub(mload(ls), 1))
        }
        _s().wallets[account] = AssetTokenLocks.store(_s(), account, _s().wallets[account], ls);
        emit AssetTokenBase.LockRemoved(account, index, lockedAt(l, block.timestamp), uint8(l >> L_REASON_SHIFT), msg.sender);
    }

    /// @notice Puts the investor of `wallet` in liquidate-only (`on`): none of
    /// its wallets may receive units (transfers, mints, forced transfers),
    /// while it may still sell and redeem. Kept on the investor's anchor.
    function setLiquidateOnly(address wallet, bool on) external {
        _checkRole(AGENT);
        IdentityRegistry registry = AssetTokenBase(address(this)).identityRegistry();
        address anchor = address(uint160(registry.record(wallet)));
        if (anchor == address(0)) revert IdentityRegistry.IdentityNotRegistered(wallet);
        uint256 w = _s().wallets[anchor];
        _s().wallets[anchor] = on ? w | W_LIQUIDATE_ONLY : w & ~W_LIQUIDATE_ONLY;
        emit AssetTokenBase.LiquidateOnlySet(wallet, registry.boundInvestorOf(wallet), on);
    }

    /// @notice Whether the investor of `wallet` may only sell or redeem.
    function isLiquidateOnly(address wallet) external view returns (bool) {
        address anchor = address(uint160(AssetTokenBase(address(this)).identityRegistry().record(wallet)));
        return anchor != address(0) && _s().wallets[anchor] & W_LIQUIDATE_ONLY != 0;
    }

    // --- pause ------------------------------------------------------------------

    /// @notice Pauses holder transfers; mints, burns and agent actions go on.
    function pause() external {
        _checkRole(PAUSER);
        _s().rules |= C_PAUSED;
        emit AssetTokenBase.Paused(msg.sender);
    }

    /// @notice Resumes holder transfers.
    function unpause() external {
        _checkRole(PAUSER);
        _s().rules &= ~C_PAUSED;
        emit AssetTokenBase.Unpaused(msg.sender);
    }

    /// @notice Whether holder transfers are paused.
    function paused() external view returns (bool) {
        return _s().rules & C_PAUSED != 0;
    }

    // --- compliance rules ---------------------------------------------------------

    /// @notice ERC-3643: the compliance rules are the token's own: rule getters,
    /// setters and {canTransfer} live on it.
    function compliance() external view returns (address) {
        return address(this);
    }

    /// @notice Caps the number of investors holding the token (0 = no limit).
    /// Lowering it below the current count only stops new investors.
    function setMaxInvestors(uint32 maxInvestors_) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().rules = (_s().rules & ~(U32 << C_MAX_INVESTORS_SHIFT)) | (uint256(maxInvestors_) << C_MAX_INVESTORS_SHIFT);
        emit AssetTokenBase.MaxInvestorsSet(maxInvestors_);
    }

    /// @notice Caps each investor's balance summed over its wallets (0 = no limit).
    function setMaxBalance(uint256 maxBalance_) external {
        _checkRole(COMPLIANCE_ADMIN);
        if (maxBalance_ > U96) revert AssetTokenBase.InvalidAmount();
        _s().rules = (_s().rules & ~(U96 << C_MAX_BALANCE_SHIFT)) | (maxBalance_ << C_MAX_BALANCE_SHIFT);
        emit AssetTokenBase.MaxBalanceSet(maxBalance_);
    }

    /// @notice Turns the country allow-list on (only listed countries may
    /// receive; an empty list then refuses everyone) or off (every country may).
    function setCountryRestriction(bool enabled) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().rules = enabled ? _s().rules | C_COUNTRIES : _s().rules & ~C_COUNTRIES;
        emit AssetTokenBase.CountryRestrictionSet(enabled);
    }

    /// @notice Adds `countries` (ISO-3166 numeric) to the allow-list, or removes them.
    function setCountriesAllowed(uint16[] calldata countries, bool allowed) external {
        _checkRole(COMPLIANCE_ADMIN);
        for (uint256 i; i < countries.length; ++i) {
            uint16 c = countries[i];
            uint256 bit = 1 << (c & 0xff);
            uint256 word = _s().allowedCountries[c >> 8];
            _s().allowedCountries[c >> 8] = allowed ? word | bit : word & ~bit;
            emit AssetTokenBase.CountryAllowed(c, allowed);
        }
    }

    /// @notice Requires receivers to hold every eligibility flag in `flags`
    /// (bits 0–7 of the registry's flags; 0 = none required).
    function setRequiredFlags(uint8 flags) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().rules = (_s().rules & ~(uint256(0xff) << C_FLAGS_SHIFT)) | (uint256(flags) << C_FLAGS_SHIFT);
        emit AssetTokenBase.RequiredFlagsSet(flags);
    }

    /// @notice Refuses mints while `feed`'s latest valuation is older than
    /// `maxAge` seconds, missing or not positive, or the feed is paused;
    /// `feed` 0 turns the guard off.
    function setValuationGuard(address feed, uint64 maxAge) external {
        _checkRole(COMPLIANCE_ADMIN);
        _s().valuationFeed = feed;
        _s().maxValuationAge = maxAge;
        emit AssetTokenBase.ValuationGuardSet(feed, maxAge);
    }

    /// @notice Proof of reserve (Chainlink's Secure Mint): refuses a mint, locked
    /// mint or batch mint (its total) that would take the supply beyond `feed`'s
    /// latest reserve, scaled from the feed's decimals to the token's, less the
    /// margin: `marginMode` 0 none, 1 `margin` basis points of the reserve
    /// (1 to 10000), 2 `margin` base units (positive). Refuses every mint while
    /// the feed's latest round is older than `maxAge` seconds (positive), not
    /// positive, or the feed is paused or fails. `feed` (any
    /// AggregatorV3Interface contract) 0 turns the guard off, with zeros.
    function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) external {
        _checkRole(COMPLIANCE_ADMIN);
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        bool bad = feed == address(0)
            ? maxAge != 0 || marginMode != MARGIN_NONE || margin != 0
            : feed.code.length == 0 || maxAge == 0 || marginMode > MARGIN_ABSOLUTE
                || (marginMode == MARGIN_NONE ? margin != 0 : margin == 0)
                || (marginMode == MARGIN_BPS && margin > 10_000);
        if (bad) revert AssetTokenBase.InvalidReserveGuard(feed, maxAge, marginMode, margin);
        $.rules = feed == address(0) ? $.rules & ~C_RESERVE : $.rules | C_RESERVE;
        $.reserveFeed = feed;
        $.maxReserveAge = maxAge;
        $.reserveMarginMode = marginMode;
        $.reserveMargin = margin;
        emit AssetTokenBase.ReserveGuardSet(feed, maxAge, marginMode, margin);
    }

    /// @notice Caps the supply at `cap` base units, once (at tokenization: the
    /// asset's total units). From then on a mint, batch mint or locked mint
    /// that would take the supply beyond `cap` reverts with SupplyCapExceeded.
    /// `cap` must be from the current supply to 2^96 - 1, and cannot change.
    function setSupplyCap(uint256 cap) external {
        _checkRole(0x00);
        uint256 s = _s().supply;
        if (s >> CAP_SHIFT != 0) revert AssetTokenBase.SupplyCapAlreadySet(s >> CAP_SHIFT);
        if (cap == 0 || cap > U96 || cap < (s & U128)) revert AssetTokenBase.InvalidSupplyCap(cap, s & U128);
        _s().supply = s | (cap << CAP_SHIFT);
        emit AssetTokenBase.SupplyCapSet(cap);
    }

    /// @notice The supply cap (0 = not set: only the 2^96 - 1 storage limit applies).
    function supplyCap() external view returns (uint256) {
        return _s().supply >> CAP_SHIFT;
    }

    /// @notice The number of investors (not wallets) holding a non-zero balance.
    function investorCount() external view returns (uint256) {
        return (_s().rules >> C_COUNT_SHIFT) & U32;
    }

    /// @notice The maximum number of investors (0 = no limit).
    function maxInvestors() external view returns (uint256) {
        return (_s().rules >> C_MAX_INVESTORS_SHIFT) & U32;
    }

    /// @notice The maximum balance per investor (0 = no limit).
    function maxBalance() external view returns (uint256) {
        return (_s().rules >> C_MAX_BALANCE_SHIFT) & U96;
    }

    /// @notice Whether the country allow-list is enforced.
    function countryRestricted() external view returns (bool) {
        return _s().rules & C_COUNTRIES != 0;
    }

    /// @notice Whether `country` may receive (true for all while the allow-list is off).
    function isCountryAllowed(uint16 country) external view returns (bool) {
        return _s().rules & C_COUNTRIES == 0 || (_s().allowedCountries[country >> 8] >> (country & 0xff)) & 1 != 0;
    }

    /// @notice The eligibility flags receivers must hold.
    function requiredFlags() external view returns (uint8) {
        return uint8(_s().rules >> C_FLAGS_SHIFT);
    }

    /// @notice Sets the extended rules at once: the minimum an investor may
    /// hold once it holds (0 = none; a transfer may still empty a position),
    /// the end of a Reg S flowback window during which no unit may move to a
    /// US person (0 = none), the lock-up every mint gets (seconds, 0 = none;
    /// at most ten years) with its reason code, and whether holders may only
    /// transfer their whole balance.
    function setExtendedRules(
        uint256 minHolding,
        uint64 flowbackUntil,
        uint32 initialLockup,
        uint8 lockupReason,
        bool forceFullTransfer
    ) external {
        _checkRole(COMPLIANCE_ADMIN);
        if (minHolding > U96) revert AssetTokenBase.InvalidAmount();
        if (flowbackUntil > U40 || initialLockup > 3650 days) revert AssetTokenBase.InvalidLockup(flowbackUntil);
        uint256 x = minHolding | (uint256(flowbackUntil) << X_FLOWBACK_SHIFT) | (uint256(initialLockup) << X_LOCKUP_SHIFT)
            | (uint256(lockupReason) << X_LOCKUP_REASON_SHIFT) | (forceFullTransfer ? X_FORCE_FULL : 0);
        _setRules2((_s().rules2 & ~(X_FORCE_FULL | (X_FORCE_FULL - 1))) | x);
        emit AssetTokenBase.ExtendedRulesSet(minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer);
    }

    function _setRules2(uint256 x) private {
        _s().rules2 = x;
        _s().rules = x == 0 ? _s().rules & ~C_EXTENDED : _s().rules | C_EXTENDED;
    }

    function _checkCounting() private view {
        if (_s().rules & C_COUNTING == 0) revert AssetTokenBase.CountingOff();
    }

    // --- investor counters and caps ------------------------------------------------

    /// @notice Counts investors per country and per category from now on, as
    /// they enter (first unit) and leave (last unit), each under the country
    /// and categories its registry record gave when it entered. Only while
    /// no unit is outstanding, so every investor is counted; it cannot be
    /// turned off (counts kept through a pause in counting would be wrong).
    function setInvestorCounting() external {
        _checkRole(COMPLIANCE_ADMIN);
        uint256 supply = _s().supply & U128;
        if (supply != 0) revert AssetTokenBase.FractionsOutstanding(supply);
        _s().rules |= C_COUNTING;
        emit AssetTokenBase.InvestorCountingOn();
    }

    /// @notice Whether investors are counted per country and per category.
    function investorCounting() external view returns (bool) {
        return _s().rules & C_COUNTING != 0;
    }

    /// @notice Caps the number of investors from each of `countries` (ISO
    /// 3166 numeric) at the matching entry of `caps` (0 = no cap). A cap
    /// below the current count only stops new investors from there.
    function setCountryCaps(uint16[] calldata countries, uint32[] calldata caps) external {
        _checkRole(COMPLIANCE_ADMIN);
        _checkCounting();
        if (countries.length != caps.length) revert AssetTokenBase.LengthMismatch();
        for (uint256 i; i < countries.length; ++i) {
            uint256 w = _s().countries[countries[i]];
            _s().countries[countries[i]] = (w & U32) | (uint256(caps[i]) << 32);
            emit AssetTokenBase.CountryCapSet(countries[i], caps[i]);
        }
    }

    /// @notice The investors counted from `country` and their cap (0 = none).
    function countryInvestors(uint16 country) external view returns (uint256 count, uint256 cap) {
        uint256 w = _s().countries[country];
        return (w & U32, (w >> 32) & U32);
    }

    /// @notice Caps the number of investors per category: `caps[i]` for
    /// registry flag i (0-7: accredited, qualified purchaser, professional,
    /// institutional, then issuer-defined), `caps[8]` for investors with
    /// none of them (retail); 0 = no cap, at most 2^28 - 1.
    function setCategoryCaps(uint32[9] calldata caps) external {
        _checkRole(COMPLIANCE_ADMIN);
        _checkCounting();
        uint256 w;
        for (uint256 i; i < CATEGORIES; ++i) {
            if (caps[i] > U28) revert AssetTokenBase.InvalidAmount();
            w |= uint256(caps[i]) << (28 * i);
        }
        _s().categoryCaps = w;
        uint256 x = _s().rules2;
        _setRules2(w == 0 ? x & ~X_CATEGORY_CAPS : x | X_CATEGORY_CAPS);
        emit AssetTokenBase.CategoryCapsSet(caps);
    }

    /// @notice The investors counted per category and their caps, indexed as in {setCategoryCaps}.
    function categoryInvestors() external view returns (uint256[9] memory counts, uint256[9] memory caps) {
        uint256 c = _s().categoryCounts;
        uint256 k = _s().categoryCaps;
        for (uint256 i; i < CATEGORIES; ++i) {
            counts[i] = (c >> (28 * i)) & U28;
            caps[i] = (k >> (28 * i)) & U28;
        }
    }

    /// @notice Caps the investors from any one country at `bps` basis points
    /// of all investors (0 = none; at least one investor per country is
    /// always allowed, so a first investor can enter).
    function setMaxCountryShare(uint16 bps) external {
        _checkRole(COMPLIANCE_ADMIN);
        _checkCounting();
        if (bps > 10_000) revert AssetTokenBase.InvalidAmount();
        _setRules2((_s().rules2 & ~(uint256(0x3fff) << X_SHARE_SHIFT)) | (uint256(bps) << X_SHARE_SHIFT));
        emit AssetTokenBase.MaxCountryShareSet(bps);
    }

    /// @notice The maximum share of investors from one country, in basis points (0 = none).
    function maxCountryShare() external view returns (uint16) {
        return uint16((_s().rules2 >> X_SHARE_SHIFT) & 0x3fff);
    }

    /// @notice Moves the investor of `wallet`, if it holds and is counted,
    /// to the counters of the country and categories `wallet`'s registry
    /// record has now (after a change there). `wallet` must be registered:
    /// a deleted record (a lost wallet, even the investor's first) says
    /// nothing of the investor, so name one of its registered wallets.
    /// Anyone may call it; caps are not applied (the investor already holds).
    function recount(address wallet) external {
        uint256 rec = AssetTokenBase(address(this)).identityRegistry().record(wallet);
        address anchor = address(uint160(rec));
        uint256 wa = _s().wallets[anchor];
        if (wa & W_COUNTED == 0 || rec & REC_REGISTERED == 0) return;
        uint256 was = (wa >> W_CLASS_SHIFT) & ((1 << 18) - 1);
        uint256 country = uint16(rec >> REC_COUNTRY_SHIFT);
        uint256 held = (rec >> REC_FLAGS_SHIFT) & 0xff;
        uint256 now_ = country | (held << 10);
        if (was == now_) return;
        _s().countries[was & 0x3ff] -= 1;
        _s().countries[country] += 1;
        uint256 c = _s().categoryCounts;
        for (uint256 i; i < CATEGORIES; ++i) {
            if (i == 8 ? (was >> 10) == 0 : (was >> (10 + i)) & 1 != 0) c -= 1 << (28 * i);
            if (i == 8 ? held == 0 : (held >> i) & 1 != 0) c += 1 << (28 * i);
        }
        _s().categoryCounts = c;
        _s().wallets[anchor] = (wa & ~W_CLASS) | (now_ << W_CLASS_SHIFT);
        emit AssetTokenBase.InvestorRecounted(anchor, uint16(was & 0x3ff), uint8(was >> 10), uint16(country), uint8(held));
    }

    // --- transfer limits --------------------------------------------------------------

    /// @notice Limits each investor's transfers (summed over its wallets; not
    /// mints, burns, forced transfers or moves between its own wallets) to
    /// `limits[i]` base units per window of `periods[i]` seconds, up to four
    /// windows (none: no limit). A window starts at the investor's first
    /// transfer after its previous one ended.
    function setTransferLimits(uint32[] calldata periods, uint256[] calldata limits) external {
        _checkRole(COMPLIANCE_ADMIN);
        uint256 n = periods.length;
        if (n != limits.length) revert AssetTokenBase.LengthMismatch();
        if (n > MAX_WINDOWS) revert AssetTokenBase.TooManyWindows(n, MAX_WINDOWS);
        uint256[2] memory words;
        for (uint256 j; j < n; ++j) {
            if (periods[j] == 0 || limits[j] == 0 || limits[j] > U96) {
                revert AssetTokenBase.InvalidTransferLimit(periods[j], limits[j]);
            }
            words[j >> 1] |= (uint256(periods[j]) | (limits[j] << 32)) << (128 * (j & 1));
        }
        _s().limits[0] = words[0];
        _s().limits[1] = words[1];
        _setRules2((_s().rules2 & ~(uint256(7) << X_WINDOWS_SHIFT)) | (n << X_WINDOWS_SHIFT));
        emit AssetTokenBase.TransferLimitsSet(periods, limits);
    }

    /// @notice The transfer limit windows: period in seconds and limit in base units.
    function transferLimits() external view returns (uint32[] memory periods, uint256[] memory limits) {
        uint256 n = (_s().rules2 >> X_WINDOWS_SHIFT) & 7;
        periods = new uint32[](n);
        limits = new uint256[](n);
        for (uint256 j; j < n; ++j) {
            uint256 w = (_s().limits[j >> 1] >> (128 * (j & 1))) & U128;
            periods[j] = uint32(w);
            limits[j] = w >> 32;
        }
    }

    /// @notice What the investor of `wallet` may still transfer in each
    /// window now, and when each of its windows ends (0: none running).
    function transferAllowance(address wallet) external view returns (uint256[] memory remaining, uint64[] memory resets) {
        address anchor = address(uint160(AssetTokenBase(address(this)).identityRegistry().record(wallet)));
        uint256 n = (_s().rules2 >> X_WINDOWS_SHIFT) & 7;
        remaining = new uint256[](n);
        resets = new uint64[](n);
        for (uint256 j; j < n; ++j) {
            uint256 shift = 128 * (j & 1);
            uint256 w = (_s().limits[j >> 1] >> shift) & U128;
            uint256 v = (_s().volumes[anchor][j >> 1] >> shift) & U128;
            uint256 end = (v >> 96) + (w & U32);
            uint256 spent = v >> 96 == 0 || block.timestamp >= end ? 0 : v & U96;
            remaining[j] = (w >> 32) - spent;
            resets[j] = spent == 0 ? 0 : uint64(end);
        }
    }

    /// @notice The extended rules ({setExtendedRules}).
    function extendedRules()
        external
        view
        returns (uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
    {
        uint256 x = _s().rules2;
        return (
            x & U96,
            uint64((x >> X_FLOWBACK_SHIFT) & U40),
            uint32(x >> X_LOCKUP_SHIFT),
            uint8(x >> X_LOCKUP_REASON_SHIFT),
            x & X_FORCE_FULL != 0
        );
    }

    /// @notice The stale-valuation guard: feed (0 = off) and maximum age in seconds.
    function valuationGuard() external view returns (address feed, uint64 maxAge) {
        return (_s().valuationFeed, _s().maxValuationAge);
    }

    /// @notice The proof-of-reserve guard: feed (0 = off), maximum age in seconds,
    /// margin mode (0 none, 1 basis points, 2 base units) and margin.
    function reserveGuard() external view returns (address feed, uint64 maxAge, uint8 marginMode, uint256 margin) {
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        return ($.reserveFeed, $.maxReserveAge, $.reserveMarginMode, $.reserveMargin);
    }

    // --- recovery -----------------------------------------------------------------

    /// @notice ERC-3643 wallet recovery: moves the whole balance of `lostWallet`,
    /// with its frozen amount, its locks and its address freeze, to
    /// `newWallet`. Both must belong to `investorId` in the identity registry
    /// (register the new wallet first); the investor's totals do not change.
    function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) external returns (bool) {
        _checkRole(AGENT);
        IdentityRegistry registry = AssetTokenBase(address(this)).identityRegistry();
        _recover(registry, lostWallet, newWallet, investorId);
        return true;
    }

    /// @notice ERC-3643 wallet recovery by identity address: `investorOnchainID`
    /// must be the identity the registry answers for the lost wallet's
    /// investor (IdentityRegistry.identity), and the new wallet registered for
    /// it; then as {recoveryAddress} with that investor's id.
    function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) external returns (bool) {
        _checkRole(AGENT);
        IdentityRegistry registry = AssetTokenBase(address(this)).identityRegistry();
        bytes32 investorId = registry.boundInvestorOf(lostWallet);
        if (investorId == bytes32(0) || _identity(registry, investorId) != investorOnchainID) {
            revert AssetTokenBase.RecoveryInvestorMismatch(lostWallet, investorId);
        }
        _recover(registry, lostWallet, newWallet, investorId);
        return true;
    }

    function _recover(IdentityRegistry registry, address lostWallet, address newWallet, bytes32 investorId) private {
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        if (lostWallet == newWallet) revert AssetTokenBase.SameWallet();
        uint256 wl = $.wallets[lostWallet];
        uint256 amount = wl & U96;
        if (amount == 0) revert AssetTokenBase.NothingToRecover(lostWallet);
        if (investorId == bytes32(0) || registry.boundInvestorOf(lostWallet) != investorId) {
            revert AssetTokenBase.RecoveryInvestorMismatch(lostWallet, investorId);
        }
        if (registry.investorOf(newWallet) != investorId) revert AssetTokenBase.RecoveryInvestorMismatch(newWallet, investorId);
        uint256 rec = registry.record(newWallet);
        if (rec & REC_REGISTERED == 0 || uint64(rec >> REC_EXPIRY_SHIFT) <= block.timestamp) revert AssetTokenBase.TransferRestricted(R.RECEIVER_NOT_VERIFIED);

        uint256 wn = _recoverEncumbrance(lostWallet, newWallet, wl, $.wallets[newWallet] + amount);
        if (wl & W_FROZEN != 0 && wn & W_FROZEN == 0) {
            wn |= W_FROZEN;
            emit AssetTokenBase.AddressFrozen(newWallet, true, msg.sender);
        }
        // The lost wallet keeps its address freeze and, as it may be the anchor, the
        // investor's bits: its total, liquidate-only, and whether and where it is counted.
        $.wallets[lostWallet] = wl & ((U96 << TOTAL_SHIFT) | W_FROZEN | W_LIQUIDATE_ONLY | W_COUNTED | W_CLASS);
        $.wallets[newWallet] = wn;
        emit IERC20.Transfer(lostWallet, newWallet, amount);
        emit AssetTokenBase.RecoverySuccess(lostWallet, newWallet, investorId);
        // ERC-3643's event names the investor's identity address (see IdentityRegistry.identity).
        emit IERC3643.RecoverySuccess(lostWallet, newWallet, _identity(registry, investorId));
    }

    /// @dev The identity address IdentityRegistry.identity answers for the
    /// investor `investorId`: the id itself when it is an address, else the
    /// investor's anchor wallet.
    function _identity(IdentityRegistry registry, bytes32 investorId) private view returns (address) {
        return uint256(investorId) >> 160 == 0 ? address(uint160(uint256(investorId))) : registry.anchorOf(investorId);
    }

    /// @dev Moves the lost wallet's frozen amount and running locks onto the
    /// new wallet's: frozen amounts add up and the locks join the new
    /// wallet's (at most eight in all). Returns the new wallet's word with
    /// its lock end and bits set.
    function _recoverEncumbrance(address lostWallet, address newWallet, uint256 wl, uint256 wn)
        private
        returns (uint256)
    {
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        uint256 frozenLost = $.encumbrance[lostWallet] & U128;
        uint256 frozen = ($.encumbrance[newWallet] & U128) + frozenLost;
        if (frozen > U128) frozen = U128;
        if (frozen != 0) wn |= W_HAS_FROZEN_TOKENS;
        uint256[] memory mine = AssetTokenLocks.running($, newWallet);
        uint256[] memory moved = AssetTokenLocks.running($, lostWallet);
        uint256[] memory all = new uint256[](mine.length + moved.length);
        for (uint256 i; i < mine.length; ++i) {
            all[i] = mine[i];
        }
        for (uint256 i; i < moved.length; ++i) {
            all[mine.length + i] = moved[i];
        }
        wn = AssetTokenLocks.store($, newWallet, wn, all);
        if (moved.length != 0) AssetTokenLocks.store($, lostWallet, wl, new uint256[](0));
        delete $.encumbrance[lostWallet];
        $.encumbrance[newWallet] = ($.encumbrance[newWallet] & ~U128) | frozen;
        if (frozenLost != 0) {
            emit AssetTokenBase.TokensUnfrozen(lostWallet, frozenLost);
            emit IERC7943Fungible.Frozen(lostWallet, 0);
            emit AssetTokenBase.TokensFrozen(newWallet, frozenLost);
            emit IERC7943Fungible.Frozen(newWallet, frozen);
        }
        return wn;
    }
}
