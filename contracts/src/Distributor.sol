// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Distributor
/// @notice Payouts (rent, coupons, dividends) to an asset's holders in an ERC-20
/// payment token, claimed with Merkle proofs. The issuer publishes a
/// distribution and funds it in the same call; each holder (or anyone on its
/// behalf) claims its amount once before the deadline; afterwards the issuer
/// takes back what was not claimed.
///
/// Leaf encoding (OpenZeppelin StandardMerkleTree, types ["address", "uint256"]):
/// `leaf = keccak256(bytes.concat(keccak256(abi.encode(account, amount))))`,
/// pairs hashed sorted (`MerkleProof.verify`). The tree is built from the
/// holdings of `asset` at `snapshotBlock`, so anyone can recompute the root
/// (Go: package merkle).
///
/// Every function writes its state before it moves tokens, so a payment token
/// calling back cannot claim twice or reclaim what was claimed.
contract Distributor is AccessControl {
    using SafeERC20 for IERC20;

    /// @notice May publish (and fund) distributions.
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

    /// @notice How many distributions were published; ids run from 1 to this.
    uint256 public distributionCount;
    mapping(uint256 id => Distribution) private _distributions;
    mapping(uint256 id => mapping(address account => bool)) private _claimed;

    /// @notice Distribution `id` of `total` `paymentToken` to the holders of `asset` was published and funded.
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
    /// @notice The issuer took back the `amount` left unclaimed in distribution `id`.
    event Reclaimed(uint256 indexed id, address indexed issuer, uint256 amount);

    error InvalidDistribution();
    error UnknownDistribution(uint256 id);
    error FundingShortfall(uint256 expected, uint256 received);
    error ClaimWindowClosed(uint256 id, uint64 claimDeadline);
    error ClaimWindowOpen(uint256 id, uint64 claimDeadline);
    error AlreadyClaimed(uint256 id, address account);
    error InvalidProof();
    error ExceedsDistribution(uint256 id);
    error NotIssuer(uint256 id, address caller);
    error AlreadyReclaimed(uint256 id);

    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Publishes a distribution of `total` `paymentToken` to the holders of
    /// `asset` at `snapshotBlock`, claimable until `claimDeadline` (unix seconds,
    /// inclusive), and funds it from the caller (approve this contract first).
    function publish(
        address asset,
        IERC20 paymentToken,
        uint256 total,
        bytes32 merkleRoot,
        uint64 snapshotBlock,
        uint64 claimDeadline
    ) external onlyRole(PUBLISHER_ROLE) returns (uint256 id) {
        if (
            address(paymentToken) == address(0) || total == 0 || total > type(uint128).max || merkleRoot == bytes32(0)
                || snapshotBlock > block.number || claimDeadline <= block.timestamp
        ) revert InvalidDistribution();
        id = ++distributionCount;
        _distributions[id] = Distribution({
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
        uint256 before = paymentToken.balanceOf(address(this));
        paymentToken.safeTransferFrom(msg.sender, address(this), total);
        uint256 received = paymentToken.balanceOf(address(this)) - before;
        if (received != total) revert FundingShortfall(total, received);
        emit DistributionPublished(
            id, asset, address(paymentToken), msg.sender, total, merkleRoot, snapshotBlock, claimDeadline
        );
    }

    /// @notice Pays `account` its `amount` from distribution `id`, proven by `proof`.
    /// Anyone may submit the claim; the payment always goes to `account`.
    function claim(uint256 id, address account, uint256 amount, bytes32[] calldata proof) external {
        Distribution storage d = _distributions[id];
        if (d.issuer == address(0)) revert UnknownDistribution(id);
        if (block.timestamp > d.claimDeadline) revert ClaimWindowClosed(id, d.claimDeadline);
        if (_claimed[id][account]) revert AlreadyClaimed(id, account);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, amount))));
        if (!MerkleProof.verifyCalldata(proof, d.merkleRoot, leaf)) revert InvalidProof();
        uint256 claimed = d.claimed + amount;
        if (claimed > d.total) revert ExceedsDistribution(id);
        _claimed[id][account] = true;
        d.claimed = uint128(claimed); // at most total
        IERC20(d.paymentToken).safeTransfer(account, amount);
        emit Claimed(id, account, amount);
    }

    /// @notice Returns what is left of distribution `id` to its issuer, after the deadline.
    function reclaim(uint256 id) external returns (uint256 amount) {
        Distribution storage d = _distributions[id];
        if (d.issuer == address(0)) revert UnknownDistribution(id);
        if (msg.sender != d.issuer) revert NotIssuer(id, msg.sender);
        if (block.timestamp <= d.claimDeadline) revert ClaimWindowOpen(id, d.claimDeadline);
        if (d.reclaimed) revert AlreadyReclaimed(id);
        d.reclaimed = true;
        amount = d.total - d.claimed;
        if (amount != 0) IERC20(d.paymentToken).safeTransfer(d.issuer, amount);
        emit Reclaimed(id, d.issuer, amount);
    }

    /// @notice Whether `account` has claimed from distribution `id`.
    function isClaimed(uint256 id, address account) external view returns (bool) {
        return _claimed[id][account];
    }

    /// @notice Distribution `id` (all zero when unknown).
    function distribution(uint256 id) external view returns (Distribution memory) {
        return _distributions[id];
    }
}
