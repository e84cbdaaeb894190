// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {AssetToken} from "./AssetToken.sol";
import {IAssetTokenCold} from "./interfaces/IAssetTokenCold.sol";
import {UpgradeGate} from "./UpgradeGate.sol";

/// @title Distributor
/// @notice Payouts (rent, coupons, dividends) to an asset's holders in an ERC-20
/// payment token, claimed with Merkle proofs. Each asset token has its own
/// treasury per payment token: anyone funds it (`fund`, typically the issuer
/// from its own wallet), and `publish` pays a distribution out of that asset's
/// treasury only, never out of the publisher's balance, so the key that
/// publishes cannot pay one asset's holders with another's money or its own.
/// Each holder (or anyone on its behalf) claims its amount once before the
/// deadline, provided it is neither frozen on the asset token nor unverified in
/// the token's identity registry at that moment; afterwards anyone may return
/// what was not claimed to the asset's treasury.
///
/// Leaf encoding (OpenZeppelin StandardMerkleTree, types ["address", "uint256"]):
/// `leaf = keccak256(bytes.concat(keccak256(abi.encode(account, amount))))`,
/// pairs hashed sorted (`MerkleProof.verify`). The tree is built from the
/// holdings of `asset` at `snapshotBlock` of the holders verified and not frozen
/// at that block, so anyone can recompute the root (Go: package merkle).
///
/// `claim` writes its state before it moves tokens, so a payment token calling
/// back cannot claim twice; `fund` credits only an exact arrival of the amount
/// it pulled, so a payment token that calls `fund` again from inside its
/// transfer (or takes a fee) makes the outer call revert rather than be
/// credited twice.
///
/// A payee is checked against the asset through the ERC-3643 surface both
/// AssetToken and DeedToken offer (`isFrozen`, `identityRegistry().isVerified`).
contract Distributor is UpgradeGate {
    using SafeERC20 for IERC20;

    /// @notice May publish distributions (out of the asset's treasury).
    bytes32 public constant PUBLISHER_ROLE = keccak256("PUBLISHER_ROLE");

    struct Distribution {
        address issuer;
        uint64 snapshotBlock;
        address paymentToken;
        uint64 claimDeadline;
        address asset;
        bool reclaimed;
        bytes32 merkleRoot;
        uint128 total;
        uint128 claimed;
    }

    /// @custom:storage-location erc7201:tessera.storage.Distributor
    struct DistributorStorage {
        uint256 distributionCount;
        mapping(uint256 id => Distribution) distributions;
        mapping(uint256 id => mapping(address account => bool)) claimed;
        mapping(address asset => mapping(address paymentToken => uint256)) treasury;
    }

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.Distributor")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0x1b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc00;

    function _s() private pure returns (DistributorStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    /// @notice `from` put `amount` `paymentToken` into the treasury of `asset`.
    event TreasuryFunded(address indexed asset, address indexed paymentToken, address indexed from, uint256 amount);
    /// @notice Distribution `id` of `total` `paymentToken` to the holders of `asset` was
    /// published, paid out of the asset's treasury.
    event DistributionPublished(
        uint256 indexed id,
        address indexed asset,
        address indexed paymentToken,
        address issuer,
        uint256 total,
        bytes32 merkleRoot,
        uint64 snapshotBlock,
        uint64 claimDeadline
    );
    /// @notice `account` was paid `amount` from distribution `id`.
    event Claimed(uint256 indexed id, address indexed account, uint256 amount);
    /// @notice The `amount` left unclaimed in distribution `id` (published by `issuer`)
    /// went back to its asset's treasury.
    event Reclaimed(uint256 indexed id, address indexed issuer, uint256 amount);

    error InvalidDistribution();
    error InvalidFunding();
    error UnknownDistribution(uint256 id);
    error FundingShortfall(uint256 expected, uint256 received);
    error TreasuryShortfall(address asset, address paymentToken, uint256 needed, uint256 available);
    error ClaimWindowClosed(uint256 id, uint64 claimDeadline);
    error ClaimWindowOpen(uint256 id, uint64 claimDeadline);
    error AlreadyClaimed(uint256 id, address account);
    error InvalidProof();
    error ExceedsDistribution(uint256 id);
    error PayeeFrozen(uint256 id, address account);
    error PayeeNotVerified(uint256 id, address account);
    error AlreadyReclaimed(uint256 id);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a distributor proxy once: its admin and its `upgrader` (the timelock).
    function initialize(address admin, address upgrader) external initializer {
        __UpgradeGate_init(admin, upgrader);
    }

    /// @notice How many distributions were published; ids run from 1 to this.
    function distributionCount() external view returns (uint256) {
        return _s().distributionCount;
    }

    /// @notice Puts `amount` `paymentToken` from the caller into the treasury of
    /// `asset` (approve this contract first). Anyone may fund any asset: the money
    /// can only leave through that asset's distributions.
    function fund(address asset, IERC20 paymentToken, uint256 amount) external {
        if (asset == address(0) || address(paymentToken) == address(0) || amount == 0) revert InvalidFunding();
        uint256 before = paymentToken.balanceOf(address(this));
        paymentToken.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = paymentToken.balanceOf(address(this)) - before;
        if (received != amount) revert FundingShortfall(amount, received);
        _s().treasury[asset][address(paymentToken)] += amount;
        emit TreasuryFunded(asset, address(paymentToken), msg.sender, amount);
    }

    /// @notice Publishes a distribution of `total` `paymentToken` to the holders of
    /// `asset` at `snapshotBlock`, claimable until `claimDeadline` (unix seconds,
    /// inclusive), paid out of the asset's treasury (`fund`); the caller's own
    /// balance is never touched.
    function publish(
        address asset,
        IERC20 paymentToken,
        uint256 total,
        bytes32 merkleRoot,
        uint64 snapshotBlock,
        uint64 claimDeadline
    ) external onlyRole(PUBLISHER_ROLE) returns (uint256 id) {
        if (
            asset == address(0) || address(paymentToken) == address(0) || total == 0 || total > type(uint128).max
                || merkleRoot == bytes32(0) || snapshotBlock > block.number || claimDeadline <= block.timestamp
        ) revert InvalidDistribution();
        uint256 available = _s().treasury[asset][address(paymentToken)];
        if (available < total) revert TreasuryShortfall(asset, address(paymentToken), total, available);
        unchecked {
            _s().treasury[asset][address(paymentToken)] = available - total;
        }
        id = ++_s().distributionCount;
        _s().distributions[id] = Distribution({
            issuer: msg.sender,
            snapshotBlock: snapshotBlock,
            paymentToken: address(paymentToken),
            claimDeadline: claimDeadline,
            asset: asset,
            reclaimed: false,
            merkleRoot: merkleRoot,
            total: uint128(total),
            claimed: 0
        });
        emit DistributionPublished(
            id, asset, address(paymentToken), msg.sender, total, merkleRoot, snapshotBlock, claimDeadline
        );
    }

    /// @notice Pays `account` its `amount` from distribution `id`, proven by `proof`.
    /// Anyone may submit the claim; the payment always goes to `account`, which
    /// must not be frozen on the asset token and must be verified in its identity
    /// registry now.
    function claim(uint256 id, address account, uint256 amount, bytes32[] calldata proof) external {
        Distribution storage d = _s().distributions[id];
        if (d.issuer == address(0)) revert UnknownDistribution(id);
        if (block.timestamp > d.claimDeadline) revert ClaimWindowClosed(id, d.claimDeadline);
        if (_s().claimed[id][account]) revert AlreadyClaimed(id, account);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, amount))));
        if (!MerkleProof.verifyCalldata(proof, d.merkleRoot, leaf)) revert InvalidProof();
        if (IAssetTokenCold(d.asset).isFrozen(account)) revert PayeeFrozen(id, account);
        if (!AssetToken(d.asset).identityRegistry().isVerified(account)) revert PayeeNotVerified(id, account);
        uint256 claimed = d.claimed + amount;
        if (claimed > d.total) revert ExceedsDistribution(id);
        _s().claimed[id][account] = true;
        d.claimed = uint128(claimed); // at most total
        IERC20(d.paymentToken).safeTransfer(account, amount);
        emit Claimed(id, account, amount);
    }

    /// @notice Returns what is left of distribution `id` to its asset's treasury,
    /// after the deadline; anyone may call it, nothing leaves the contract.
    function reclaim(uint256 id) external returns (uint256 amount) {
        Distribution storage d = _s().distributions[id];
        if (d.issuer == address(0)) revert UnknownDistribution(id);
        if (block.timestamp <= d.claimDeadline) revert ClaimWindowOpen(id, d.claimDeadline);
        if (d.reclaimed) revert AlreadyReclaimed(id);
        d.reclaimed = true;
        amount = d.total - d.claimed;
        _s().treasury[d.asset][d.paymentToken] += amount;
        emit Reclaimed(id, d.issuer, amount);
    }

    /// @notice What the treasury of `asset` holds in `paymentToken` for distributions
    /// not yet published.
    function treasury(address asset, address paymentToken) external view returns (uint256) {
        return _s().treasury[asset][paymentToken];
    }

    /// @notice Whether `account` has claimed from distribution `id`.
    function isClaimed(uint256 id, address account) external view returns (bool) {
        return _s().claimed[id][account];
    }

    /// @notice Distribution `id` (all zero when unknown).
    function distribution(uint256 id) external view returns (Distribution memory) {
        return _s().distributions[id];
    }
}
