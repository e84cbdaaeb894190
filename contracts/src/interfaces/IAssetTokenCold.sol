// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IAssetTokenCold
/// @notice The functions an AssetToken answers from its cold code
/// ({AssetTokenCold}, reached through the token's fallback): what callers
/// bind to, since Solidity leaves a library's state-changing functions out
/// of its ABI. contracts/compile.js fails the build when this interface and
/// the library's functions differ by one selector.
interface IAssetTokenCold {
    /// @notice One running lock of a wallet: `amount` locked before `cliff`,
    /// then vesting linearly from `start` to `end`, for `reason`; `locked`
    /// is what it locks now.
    struct Lock {
        uint256 amount;
        uint64 start;
        uint64 cliff;
        uint64 end;
        uint8 reason;
        uint256 locked;
    }

    /// @notice The ERC-721 contract of this asset's deed, or zero for an asset without one.
    function deed() external view returns (address);

    /// @notice The token id of this asset's deed in {deed}.
    function deedId() external view returns (uint256);

    /// @notice Whether this token holds its deed, which fractions need.
    function deedLocked() external view returns (bool);

    /// @notice Accepts only this asset's deed: locking it (DeedToken.lockDeed) lets fractions be minted.
    function onERC721Received(address operator, address from, uint256 tokenId, bytes calldata data) external returns (bytes4);

    /// @notice Releases the deed to `to` once every fraction is redeemed (supply 0).
    function releaseDeed(address to) external;

    /// @notice Whether `requestId` has been used by a mint or a burn.
    function isRequestProcessed(bytes32 requestId) external view returns (bool);

    /// @notice ERC-3643: freezes or unfreezes every transfer from and to `account`.
    function setAddressFrozen(address account, bool frozen) external;

    /// @notice ERC-3643 batch of {setAddressFrozen}.
    function batchSetAddressFrozen(address[] calldata accounts, bool[] calldata frozen) external;

    /// @notice ERC-3643: freezes `amount` more tokens of `account`; the frozen
    /// total cannot exceed its balance (use {setFrozenTokens} to freeze ahead).
    function freezePartialTokens(address account, uint256 amount) external;

    /// @notice ERC-3643: unfreezes `amount` frozen tokens of `account`.
    function unfreezePartialTokens(address account, uint256 amount) external;

    /// @notice ERC-7943: sets (overwrites) the frozen amount of `account`; it may exceed its balance.
    function setFrozenTokens(address account, uint256 amount) external returns (bool);

    /// @notice ERC-3643: whether every transfer from and to `account` is frozen.
    function isFrozen(address account) external view returns (bool);

    /// @notice ERC-7943: the frozen amount of `account`.
    function getFrozenTokens(address account) external view returns (uint256);

    /// @notice What the locks of `account` lock now, and when the last one
    /// ends (0, 0 when none runs).
    function lockOf(address account) external view returns (uint256 amount, uint64 lockedUntil);

    /// @notice The running locks of `account`, in storage order, each with
    /// what it locks now.
    function locksOf(address account) external view returns (Lock[] memory locks);

    /// @notice Locks `amount` of the units `account` holds for `reason` (a
    /// court order, a holding period): all of it until `cliff`, then
    /// released linearly from `start` to `end` (start = cliff = end: a plain
    /// lock until then). The locks may not lock more than the balance.
    function addLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) external;

    /// @notice Lifts the running lock of `account` with this content, as
    /// {locksOf} shows it (amount, start, cliff, end, reason): named by what
    /// it is rather than by its position, which shifts as other locks end or
    /// go, so a lock lifted or ended meanwhile cannot make it lift another.
    function removeLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) external;

    /// @notice Puts the investor of `wallet` in liquidate-only (`on`): none of
    /// its wallets may receive units (transfers, mints, forced transfers),
    /// while it may still sell and redeem. Kept on the investor's anchor.
    function setLiquidateOnly(address wallet, bool on) external;

    /// @notice Whether the investor of `wallet` may only sell or redeem.
    function isLiquidateOnly(address wallet) external view returns (bool);

    /// @notice Pauses holder transfers; mints, burns and agent actions go on.
    function pause() external;

    /// @notice Resumes holder transfers.
    function unpause() external;

    /// @notice Whether holder transfers are paused.
    function paused() external view returns (bool);

    /// @notice ERC-3643: the compliance rules are the token's own: rule getters,
    /// setters and {canTransfer} live on it.
    function compliance() external view returns (address);

    /// @notice Caps the number of investors holding the token (0 = no limit).
    /// Lowering it below the current count only stops new investors.
    function setMaxInvestors(uint32 maxInvestors_) external;

    /// @notice Caps each investor's balance summed over its wallets (0 = no limit).
    function setMaxBalance(uint256 maxBalance_) external;

    /// @notice Turns the country allow-list on (only listed countries may
    /// receive; an empty list then refuses everyone) or off (every country may).
    function setCountryRestriction(bool enabled) external;

    /// @notice Adds `countries` (ISO-3166 numeric) to the allow-list, or removes them.
    function setCountriesAllowed(uint16[] calldata countries, bool allowed) external;

    /// @notice Requires receivers to hold every eligibility flag in `flags`
    /// (bits 0–7 of the registry's flags; 0 = none required).
    function setRequiredFlags(uint8 flags) external;

    /// @notice Refuses mints while `feed`'s latest valuation is older than
    /// `maxAge` seconds, missing or not positive, or the feed is paused;
    /// `feed` 0 turns the guard off.
    function setValuationGuard(address feed, uint64 maxAge) external;

    /// @notice Proof of reserve (Chainlink's Secure Mint): refuses a mint, locked
    /// mint or batch mint (its total) that would take the supply beyond `feed`'s
    /// latest reserve, scaled from the feed's decimals to the token's, less the
    /// margin: `marginMode` 0 none, 1 `margin` basis points of the reserve
    /// (1 to 10000), 2 `margin` base units (positive). Refuses every mint while
    /// the feed's latest round is older than `maxAge` seconds (positive), not
    /// positive, or the feed is paused or fails. `feed` (any
    /// AggregatorV3Interface contract) 0 turns the guard off, with zeros.
    function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) external;

    /// @notice Caps the supply at `cap` base units, once (at tokenization: the
    /// asset's total units). From then on a mint, batch mint or locked mint
    /// that would take the supply beyond `cap` reverts with SupplyCapExceeded.
    /// `cap` must be from the current supply to 2^96 - 1, and cannot change.
    function setSupplyCap(uint256 cap) external;

    /// @notice The supply cap (0 = not set: only the 2^96 - 1 storage limit applies).
    function supplyCap() external view returns (uint256);

    /// @notice The number of investors (not wallets) holding a non-zero balance.
    function investorCount() external view returns (uint256);

    /// @notice The maximum number of investors (0 = no limit).
    function maxInvestors() external view returns (uint256);

    /// @notice The maximum balance per investor (0 = no limit).
    function maxBalance() external view returns (uint256);

    /// @notice Whether the country allow-list is enforced.
    function countryRestricted() external view returns (bool);

    /// @notice Whether `country` may receive (true for all while the allow-list is off).
    function isCountryAllowed(uint16 country) external view returns (bool);

    /// @notice The eligibility flags receivers must hold.
    function requiredFlags() external view returns (uint8);

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
    ) external;

    /// @notice Counts investors per country and per category from now on, as
    /// they enter (first unit) and leave (last unit), each under the country
    /// and categories its registry record gave when it entered. Only while
    /// no unit is outstanding, so every investor is counted; it cannot be
    /// turned off (counts kept through a pause in counting would be wrong).
    function setInvestorCounting() external;

    /// @notice Whether investors are counted per country and per category.
    function investorCounting() external view returns (bool);

    /// @notice Caps the number of investors from each of `countries` (ISO
    /// 3166 numeric) at the matching entry of `caps` (0 = no cap). A cap
    /// below the current count only stops new investors from there.
    function setCountryCaps(uint16[] calldata countries, uint32[] calldata caps) external;

    /// @notice The investors counted from `country` and their cap (0 = none).
    function countryInvestors(uint16 country) external view returns (uint256 count, uint256 cap);

    /// @notice Caps the number of investors per category: `caps[i]` for
    /// registry flag i (0-7: accredited, qualified purchaser, professional,
    /// institutional, then issuer-defined), `caps[8]` for investors with
    /// none of them (retail); 0 = no cap, at most 2^28 - 1.
    function setCategoryCaps(uint32[9] calldata caps) external;

    /// @notice The investors counted per category and their caps, indexed as in {setCategoryCaps}.
    function categoryInvestors() external view returns (uint256[9] memory counts, uint256[9] memory caps);

    /// @notice Caps the investors from any one country at `bps` basis points
    /// of all investors (0 = none; at least one investor per country is
    /// always allowed, so a first investor can enter).
    function setMaxCountryShare(uint16 bps) external;

    /// @notice The maximum share of investors from one country, in basis points (0 = none).
    function maxCountryShare() external view returns (uint16);

    /// @notice Moves the investor of `wallet`, if it holds and is counted,
    /// to the counters of its current country and categories in the
    /// registry (after a change there). Anyone may call it; caps are not
    /// applied (the investor already holds).
    function recount(address wallet) external;

    /// @notice Limits each investor's transfers (summed over its wallets; not
    /// mints, burns, forced transfers or moves between its own wallets) to
    /// `limits[i]` base units per window of `periods[i]` seconds, up to four
    /// windows (none: no limit). A window starts at the investor's first
    /// transfer after its previous one ended.
    function setTransferLimits(uint32[] calldata periods, uint256[] calldata limits) external;

    /// @notice The transfer limit windows: period in seconds and limit in base units.
    function transferLimits() external view returns (uint32[] memory periods, uint256[] memory limits);

    /// @notice What the investor of `wallet` may still transfer in each
    /// window now, and when each of its windows ends (0: none running).
    function transferAllowance(address wallet) external view returns (uint256[] memory remaining, uint64[] memory resets);

    /// @notice The extended rules ({setExtendedRules}).
    function extendedRules()
        external
        view
        returns (uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer);

    /// @notice The stale-valuation guard: feed (0 = off) and maximum age in seconds.
    function valuationGuard() external view returns (address feed, uint64 maxAge);

    /// @notice The proof-of-reserve guard: feed (0 = off), maximum age in seconds,
    /// margin mode (0 none, 1 basis points, 2 base units) and margin.
    function reserveGuard() external view returns (address feed, uint64 maxAge, uint8 marginMode, uint256 margin);

    /// @notice ERC-3643 wallet recovery: moves the whole balance of `lostWallet`,
    /// with its frozen amount, its locks and its address freeze, to
    /// `newWallet`. Both must belong to `investorId` in the identity registry
    /// (register the new wallet first); the investor's totals do not change.
    function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) external returns (bool);

    // ERC-3643 (docs/erc-conformance.md)

    /// @notice ERC-3643 wallet recovery by identity address (IdentityRegistry.identity).
    function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) external returns (bool);

    /// @notice ERC-3643 mint; the token numbers the request id.
    function mint(address to, uint256 amount) external;

    /// @notice ERC-3643 batch mint; the token numbers the request ids.
    function batchMint(address[] calldata to, uint256[] calldata amounts) external;

    /// @notice ERC-3643 burn; the token numbers the request id.
    function burn(address from, uint256 amount) external;

    /// @notice ERC-3643 batch burn.
    function batchBurn(address[] calldata from, uint256[] calldata amounts) external;

    /// @notice ERC-3643 batch of freezePartialTokens.
    function batchFreezePartialTokens(address[] calldata accounts, uint256[] calldata amounts) external;

    /// @notice ERC-3643 batch of unfreezePartialTokens.
    function batchUnfreezePartialTokens(address[] calldata accounts, uint256[] calldata amounts) external;

    /// @notice ERC-3643: the token's ONCHAINID (zero until set).
    function onchainID() external view returns (address);

    /// @notice ERC-3643: the token contract's version.
    function version() external pure returns (string memory);

    /// @notice ERC-3643: renames the token (the admin only).
    function setName(string calldata name_) external;

    /// @notice ERC-3643: changes the symbol (the admin only).
    function setSymbol(string calldata symbol_) external;

    /// @notice ERC-3643: sets the token's ONCHAINID (the admin only).
    function setOnchainID(address onchainID_) external;

    /// @notice ERC-3643: confirms the identity registry; any other is refused.
    function setIdentityRegistry(address registry) external;

    /// @notice ERC-3643: confirms the compliance (the token); any other is refused.
    function setCompliance(address compliance_) external;

    /// @notice ERC-3643 IAgentRole: grants AGENT_ROLE, MINTER_ROLE and PAUSER_ROLE.
    function addAgent(address agent) external;

    /// @notice ERC-3643 IAgentRole: revokes AGENT_ROLE, MINTER_ROLE and PAUSER_ROLE.
    function removeAgent(address agent) external;

    /// @notice ERC-3643 IAgentRole: whether `agent` holds AGENT_ROLE.
    function isAgent(address agent) external view returns (bool);

    /// @notice ERC-3643 ICompliance: confirms the bound token, the token itself.
    function bindToken(address token) external;

    /// @notice ERC-3643 ICompliance: refused.
    function unbindToken(address token) external pure;

    /// @notice ERC-3643 ICompliance: whether `token` is this token.
    function isTokenBound(address token) external view returns (bool);

    /// @notice ERC-3643 ICompliance: this token.
    function getTokenBound() external view returns (address);

    /// @notice ERC-3643 ICompliance hook: refused (the token keeps its rules' state itself).
    function transferred(address from, address to, uint256 amount) external pure;

    /// @notice ERC-3643 ICompliance hook: refused.
    function created(address to, uint256 amount) external pure;

    /// @notice ERC-3643 ICompliance hook: refused.
    function destroyed(address from, uint256 amount) external pure;
}
