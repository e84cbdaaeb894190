package issuance

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/merkle"

	"go.opentelemetry.io/otel/attribute"
)

// Distribution is a payout to an asset's holders at a snapshot block:
// each eligible holder's pro-rata share as a Merkle leaf. An issuer declares
// it (pending); only when a principal independent of the declarer approves
// it is the root published on the Distributor, paid out of the asset's
// treasury there.
type Distribution struct {
	ID            string         `json:"id"`
	AssetID       string         `json:"asset_id"`
	PaymentToken  common.Address `json:"payment_token"`
	Total         string         `json:"total"` // payment token base units
	SnapshotBlock uint64         `json:"snapshot_block"`
	ClaimDeadline time.Time      `json:"claim_deadline"`
	MerkleRoot    common.Hash    `json:"merkle_root"`
	Leaves        []Leaf         `json:"leaves"`
	// RemainderTo received the rounding remainder on top of its share.
	RemainderTo common.Address `json:"remainder_to"`
	Remainder   string         `json:"remainder"`
	// Excluded are the holders at the snapshot that were frozen on the
	// token or not verified in its identity registry at that block: they
	// have no leaf, and their units are left out of the supply the shares
	// are computed over, so their part goes pro rata to the others.
	Excluded     []Excluded `json:"excluded"`
	CreatedBy    string     `json:"created_by"`
	State        string     `json:"state"` // pending, approved, rejected
	DecidedBy    string     `json:"decided_by,omitempty"`
	DecidedAt    *time.Time `json:"decided_at,omitempty"`
	DecisionNote string     `json:"decision_note,omitempty"`
	OnchainID    string     `json:"onchain_id,omitempty"` // the Distributor's id, once published
	Claimed      int        `json:"claimed"`              // leaves claimed on chain (indexed)
	CreatedAt    time.Time  `json:"created_at"`

	Tree json.RawMessage `json:"-"` // the standard-v1 dump
}

// Leaf is one payee of a distribution.
type Leaf struct {
	Account common.Address `json:"account"`
	Amount  string         `json:"amount"`
}

// Excluded is a holder at a distribution's snapshot that gets no share.
type Excluded struct {
	Account common.Address `json:"account"`
	Balance string         `json:"balance"` // asset base units at the snapshot
	Reason  string         `json:"reason"`  // frozen or unverified
}

// Reasons a holder is excluded from a distribution.
const (
	ExcludedFrozen     = "frozen"
	ExcludedUnverified = "unverified"
)

// NewDistribution is what an issuer declares.
type NewDistribution struct {
	PaymentToken string `json:"payment_token"`
	// TotalUnits is the total in the payment token's units ("1000000",
	// "12.5"; its decimals() read from the chain), Total the same in its
	// base units: give one.
	TotalUnits    string  `json:"total_units,omitempty"`
	Total         string  `json:"total,omitempty"`
	SnapshotBlock *uint64 `json:"snapshot_block,omitempty"` // absent: see Snapshot
	// Snapshot, without SnapshotBlock: "finalized" (the default) is the
	// newest block both final and indexed; "latest" the newest indexed
	// block, for chains that finalize late (a dev chain) or when the issuer
	// accepts the reorg risk.
	Snapshot      string     `json:"snapshot,omitempty"`
	ClaimDeadline *time.Time `json:"claim_deadline,omitempty"` // absent: 90 days from now
}

// distributionTotal is n's total in the payment token's base units, from
// TotalUnits by the token's decimals or from Total as given.
func (s *Service) distributionTotal(ctx context.Context, pay common.Address, n NewDistribution) (*big.Int, error) {
	switch {
	case n.TotalUnits != "" && n.Total != "":
		return nil, invalid("invalid_amount", "give total_units (in the payment token's units) or total_base (in its base units), not both")
	case n.TotalUnits == "":
		return ParseBaseUnits(n.Total, "total_base")
	}
	dec, err := s.PaymentTokenDecimals(ctx, pay)
	if err != nil {
		return nil, errs.Wrap(err, errs.Unprocessable, "invalid_payment_token", "no ERC-20 answers decimals() at "+pay.Hex()+
			", so total_units cannot be converted to its base units")
	}
	return parseUnits(n.TotalUnits, dec, "total_units", "the payment token's")
}

// Shares splits total pro rata over balances with integer math: each
// holder gets floor(total × balance / supply), supply being the sum of
// balances (of the eligible holders: see eligibleAt), and the remainder (at
// most one base unit per holder) goes to the largest holder, the lowest
// address among equals, so the leaves add up to total exactly. Zero
// balances are left out.
func Shares(total *big.Int, balances []chain.Balance) (leaves []merkle.Leaf, remainderTo common.Address, remainder *big.Int, err error) {
	supply := new(big.Int)
	var largest *chain.Balance
	for i := range balances {
		b := &balances[i]
		if b.Amount.Sign() <= 0 {
			continue
		}
		supply.Add(supply, b.Amount)
		if largest == nil || b.Amount.Cmp(largest.Amount) > 0 ||
			(b.Amount.Cmp(largest.Amount) == 0 && bytes.Compare(b.Wallet[:], largest.Wallet[:]) < 0) {
			largest = b
		}
	}
	if supply.Sign() == 0 {
		return nil, common.Address{}, nil, errs.E(errs.Unprocessable, "no_holders", "no verified, unfrozen wallet held the asset at the snapshot block")
	}
	paid := new(big.Int)
	at := -1
	for i := range balances {
		b := balances[i]
		if b.Amount.Sign() <= 0 {
			continue
		}
		share := new(big.Int).Mul(total, b.Amount)
		share.Div(share, supply)
		paid.Add(paid, share)
		if b.Wallet == largest.Wallet {
			at = len(leaves)
		}
		leaves = append(leaves, merkle.Leaf{Account: b.Wallet, Amount: share})
	}
	remainder = new(big.Int).Sub(total, paid)
	leaves[at].Amount = new(big.Int).Add(leaves[at].Amount, remainder)
	return leaves, largest.Wallet, remainder, nil
}

var (
	distABI     = distributor.NewDistributor()
	erc20ABI    = referenceerc20.NewReferenceERC20() // any ERC-20: only the standard's functions are used
	registryABI = identityregistry.NewIdentityRegistry()
)

// Distribute declares a distribution on p's behalf: it computes the shares
// of the holders eligible at the snapshot block from indexed balances,
// builds the Merkle tree, checks that the asset's treasury on the
// Distributor can pay it, and stores it pending. Nothing reaches the chain
// until a principal independent of p approves it (ApproveDistribution).
func (s *Service) Distribute(ctx context.Context, p auth.Principal, assetID string, n NewDistribution) (Distribution, error) {
	if err := auth.Authorize(p, auth.DistributionNew); err != nil {
		return Distribution{}, err
	}
	return traced(ctx, "issuance.Distribute", []attribute.KeyValue{attribute.String("issuance.asset_id", assetID)}, func(ctx context.Context) (Distribution, error) {
		return s.distribute(ctx, p.Actor(), assetID, n)
	})
}

func (s *Service) distribute(ctx context.Context, actor, assetID string, n NewDistribution) (Distribution, error) {
	a, err := s.needState(ctx, assetID, Tokenized, Active)
	if err != nil {
		return Distribution{}, err
	}
	if !address.Valid(n.PaymentToken) || common.HexToAddress(n.PaymentToken) == (common.Address{}) {
		return Distribution{}, invalid("invalid_payment_token", "payment_token must be a 0x-prefixed address")
	}
	total, err := s.distributionTotal(ctx, common.HexToAddress(n.PaymentToken), n)
	if err != nil {
		return Distribution{}, err
	}
	if total.BitLen() > 128 {
		return Distribution{}, invalid("invalid_amount", "the total must fit in 128 bits of base units, as the Distributor records it")
	}
	deadline := s.cfg.Now().Add(90 * 24 * time.Hour).UTC().Truncate(time.Second)
	if n.ClaimDeadline != nil {
		if !n.ClaimDeadline.After(s.cfg.Now()) {
			return Distribution{}, invalid("invalid_deadline", "claim_deadline must be in the future")
		}
		deadline = n.ClaimDeadline.UTC().Truncate(time.Second)
	}
	cur, ok, err := s.cfg.Index.IndexCursor(ctx, s.cfg.ChainID)
	if err != nil {
		return Distribution{}, err
	}
	if !ok {
		return Distribution{}, errs.E(errs.Conflict, "not_indexed", "the indexer has not read the chain yet")
	}
	var snapshot uint64
	switch {
	case n.SnapshotBlock != nil && n.Snapshot != "":
		return Distribution{}, invalid("invalid_snapshot", "give snapshot_block or snapshot, not both")
	case n.SnapshotBlock == nil && (n.Snapshot == "" || n.Snapshot == "finalized"):
		snapshot = min(cur.Finalized, cur.Block.Number)
	case n.SnapshotBlock == nil && n.Snapshot == "latest":
		snapshot = cur.Block.Number
	case n.SnapshotBlock == nil:
		return Distribution{}, invalid("invalid_snapshot", "snapshot is finalized or latest")
	default:
		snapshot = *n.SnapshotBlock
		if snapshot > cur.Block.Number {
			return Distribution{}, errs.E(errs.Conflict, "snapshot_not_indexed",
				fmt.Sprintf("block %d is not indexed yet (indexed up to %d); retry shortly", snapshot, cur.Block.Number))
		}
	}
	pay := common.HexToAddress(n.PaymentToken)
	if out, err := s.call(ctx, pay, erc20ABI.PackBalanceOf(s.cfg.Distributor)); err != nil || len(out) == 0 {
		return Distribution{}, errs.E(errs.Unprocessable, "invalid_payment_token", "no ERC-20 answers at "+pay.Hex())
	}
	bals, err := s.cfg.Index.BalancesAt(ctx, s.cfg.ChainID, *a.Token, snapshot)
	if err != nil {
		return Distribution{}, err
	}
	eligible, excluded, err := s.eligibleAt(ctx, *a.Token, snapshot, bals)
	if err != nil {
		return Distribution{}, err
	}
	leaves, remTo, rem, err := Shares(total, eligible)
	if err != nil {
		return Distribution{}, err
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		return Distribution{}, fmt.Errorf("merkle tree: %w", err)
	}
	dump, err := tree.MarshalJSON()
	if err != nil {
		return Distribution{}, err
	}
	d := Distribution{
		ID: NewID(), AssetID: a.ID, PaymentToken: pay, Total: total.String(),
		SnapshotBlock: snapshot, ClaimDeadline: deadline, MerkleRoot: tree.Root(), RemainderTo: remTo,
		Remainder: rem.String(), Excluded: excluded, CreatedBy: actor, State: Pending, CreatedAt: s.cfg.Now().UTC(), Tree: dump,
	}
	for _, l := range leaves {
		d.Leaves = append(d.Leaves, Leaf{Account: l.Account, Amount: l.Amount.String()})
	}
	// The asset's treasury must be able to pay, beside what approved
	// distributions not yet published hold of it: refuse now rather than
	// leave an approver a distribution that cannot be paid. Approval checks
	// again under the asset's lock.
	reserved, err := s.cfg.Store.DistributionReserved(ctx, a.ID, pay)
	if err != nil {
		return Distribution{}, err
	}
	if err := s.checkTreasury(ctx, *a.Token, pay, total, reserved); err != nil {
		return Distribution{}, err
	}
	if err := s.cfg.Store.CreateDistribution(ctx, d); err != nil {
		return Distribution{}, err
	}
	return d, nil
}

// eligibleAt splits the holders of token at block into those who may be
// paid and those who may not: frozen on the token, or not verified in its
// identity registry, as the chain says at that block. The block is the
// one the balances are read at, so anyone can recompute the leaves from the
// chain alone (the audit does); the Distributor's claim checks the payee
// again when it claims.
func (s *Service) eligibleAt(ctx context.Context, token common.Address, block uint64, bals []chain.Balance) ([]chain.Balance, []Excluded, error) {
	at := new(big.Int).SetUint64(block)
	call := func(to common.Address, data []byte) ([]byte, error) {
		out, err := s.cfg.Chain.CallContract(ctx, ethereum.CallMsg{From: s.cfg.Tx.From(), To: &to, Data: data}, at)
		if err != nil {
			return nil, errs.Wrap(err, errs.Unavailable, "snapshot_state_unavailable",
				fmt.Sprintf("the node cannot read the state at block %d (a pruned node keeps only recent blocks); choose a later snapshot", block))
		}
		return out, nil
	}
	out, err := call(token, tokenABI.PackIdentityRegistry())
	if err != nil {
		return nil, nil, err
	}
	registry, err := tokenABI.UnpackIdentityRegistry(out)
	if err != nil {
		return nil, nil, fmt.Errorf("identityRegistry of %s: %w", token, err)
	}
	var eligible []chain.Balance
	excluded := []Excluded{}
	for _, b := range bals {
		if b.Amount.Sign() <= 0 {
			continue
		}
		out, err := call(token, tokenABI.PackIsFrozen(b.Wallet))
		if err != nil {
			return nil, nil, err
		}
		frozen, err := tokenABI.UnpackIsFrozen(out)
		if err != nil {
			return nil, nil, fmt.Errorf("isFrozen: %w", err)
		}
		if frozen {
			excluded = append(excluded, Excluded{Account: b.Wallet, Balance: b.Amount.String(), Reason: ExcludedFrozen})
			continue
		}
		if out, err = call(registry, registryABI.PackIsVerified(b.Wallet)); err != nil {
			return nil, nil, err
		}
		verified, err := registryABI.UnpackIsVerified(out)
		if err != nil {
			return nil, nil, fmt.Errorf("isVerified: %w", err)
		}
		if !verified {
			excluded = append(excluded, Excluded{Account: b.Wallet, Balance: b.Amount.String(), Reason: ExcludedUnverified})
			continue
		}
		eligible = append(eligible, b)
	}
	return eligible, excluded, nil
}

// Distribution returns a distribution with how many leaves are claimed.
func (s *Service) Distribution(ctx context.Context, id string) (Distribution, error) {
	if !ValidID(id) {
		return Distribution{}, notFound("distribution", id)
	}
	d, err := s.cfg.Store.Distribution(ctx, id)
	if err != nil {
		return Distribution{}, wrapNotFound(err, "distribution", id)
	}
	claims, err := s.claimed(ctx, d)
	if err != nil {
		return Distribution{}, err
	}
	d.Claimed = len(claims)
	return d, nil
}

// Distributions lists an asset's distributions.
func (s *Service) Distributions(ctx context.Context, assetID string) ([]Distribution, error) {
	if _, err := s.Asset(ctx, assetID); err != nil {
		return nil, err
	}
	return s.cfg.Store.Distributions(ctx, assetID)
}

// claimed returns the accounts that claimed d on chain (indexed).
func (s *Service) claimed(ctx context.Context, d Distribution) (map[common.Address]bool, error) {
	out := map[common.Address]bool{}
	if d.OnchainID == "" {
		return out, nil
	}
	id, _ := new(big.Int).SetString(d.OnchainID, 10)
	var after *chain.EventPos
	for {
		cs, err := s.cfg.Index.Claims(ctx, s.cfg.ChainID, s.cfg.Distributor, id, chain.ViewLatest, after, 1000)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if !c.Reclaim {
				out[c.Account] = true
			}
		}
		if len(cs) < 1000 {
			return out, nil
		}
		last := cs[len(cs)-1]
		after = &chain.EventPos{Block: last.Block, LogIndex: last.LogIndex}
	}
}

// Proof is what a holder needs to claim.
type Proof struct {
	DistributionID string         `json:"distribution_id"`
	OnchainID      string         `json:"onchain_id"`
	Distributor    common.Address `json:"distributor"`
	Account        common.Address `json:"account"`
	Amount         string         `json:"amount"`
	Proof          []common.Hash  `json:"proof"`
	MerkleRoot     common.Hash    `json:"merkle_root"`
	Claimed        bool           `json:"claimed"`
}

// ProofFor returns account's leaf and proof in distribution id.
func (s *Service) ProofFor(ctx context.Context, id string, account common.Address) (Proof, error) {
	d, err := s.Distribution(ctx, id)
	if err != nil {
		return Proof{}, err
	}
	var t merkle.Tree
	if err := t.UnmarshalJSON(d.Tree); err != nil {
		return Proof{}, fmt.Errorf("distribution %s tree: %w", id, err)
	}
	leaf, proof, ok := t.ProofFor(account)
	if !ok {
		return Proof{}, errs.E(errs.NotFound, "not_a_payee", account.Hex()+" has no share in distribution "+id)
	}
	if d.OnchainID == "" {
		return Proof{}, errs.E(errs.Conflict, "not_published", "distribution "+id+" is "+d.State+" and not published: nothing can be claimed yet")
	}
	claims, err := s.claimed(ctx, d)
	if err != nil {
		return Proof{}, err
	}
	return Proof{DistributionID: d.ID, OnchainID: d.OnchainID, Distributor: s.cfg.Distributor, Account: account,
		Amount: leaf.Amount.String(), Proof: proof, MerkleRoot: d.MerkleRoot, Claimed: claims[account]}, nil
}

// Tree returns a distribution's standard-v1 Merkle tree dump, which
// @openzeppelin/merkle-tree loads to recompute the root.
func (s *Service) Tree(ctx context.Context, id string) (json.RawMessage, error) {
	d, err := s.Distribution(ctx, id)
	if err != nil {
		return nil, err
	}
	return d.Tree, nil
}
