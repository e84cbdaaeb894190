package issuance

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/merkle"

	"go.opentelemetry.io/otel/attribute"
)

// Distribution is a payout to an asset's holders at a snapshot block:
// each holder's pro-rata share as a Merkle leaf, the root published on the
// Distributor and funded in the same call.
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
	CreatedBy   string         `json:"created_by"`
	OnchainID   string         `json:"onchain_id,omitempty"` // the Distributor's id, once published
	Claimed     int            `json:"claimed"`              // leaves claimed on chain (indexed)
	CreatedAt   time.Time      `json:"created_at"`

	Tree json.RawMessage `json:"-"` // the standard-v1 dump
}

// Leaf is one payee of a distribution.
type Leaf struct {
	Account common.Address `json:"account"`
	Amount  string         `json:"amount"`
}

// NewDistribution is what an issuer declares.
type NewDistribution struct {
	PaymentToken  string  `json:"payment_token"`
	Total         string  `json:"total"`                    // payment token base units
	SnapshotBlock *uint64 `json:"snapshot_block,omitempty"` // absent: see Snapshot
	// Snapshot, without SnapshotBlock: "finalized" (the default) is the
	// newest block both final and indexed; "latest" the newest indexed
	// block, for chains that finalize late (a dev chain) or when the issuer
	// accepts the reorg risk.
	Snapshot      string     `json:"snapshot,omitempty"`
	ClaimDeadline *time.Time `json:"claim_deadline,omitempty"` // absent: 90 days from now
}

// Shares splits total pro rata over balances with integer math: each
// holder gets floor(total × balance / supply), and the remainder (at most
// one base unit per holder) goes to the largest holder, the lowest address
// among equals, so the leaves add up to total exactly. Zero balances are
// left out.
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
		return nil, common.Address{}, nil, errs.E(errs.Unprocessable, "no_holders", "nobody held the asset at the snapshot block")
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
	distABI  = distributor.NewDistributor()
	erc20ABI = referenceerc20.NewReferenceERC20() // any ERC-20: only approve and balanceOf are used
)

// Distribute declares a distribution, computes the shares from indexed
// balances at the snapshot block, builds the Merkle tree, and through the
// transaction manager approves the Distributor to take total from the
// signer and publishes (which funds) it.
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
	total, err := ParseBaseUnits(n.Total)
	if err != nil {
		return Distribution{}, err
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
	bals, err := s.cfg.Index.BalancesAt(ctx, s.cfg.ChainID, *a.Token, snapshot)
	if err != nil {
		return Distribution{}, err
	}
	leaves, remTo, rem, err := Shares(total, bals)
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
		ID: NewID(), AssetID: a.ID, PaymentToken: common.HexToAddress(n.PaymentToken), Total: total.String(),
		SnapshotBlock: snapshot, ClaimDeadline: deadline, MerkleRoot: tree.Root(), RemainderTo: remTo,
		Remainder: rem.String(), CreatedBy: actor, CreatedAt: s.cfg.Now().UTC(), Tree: dump,
	}
	for _, l := range leaves {
		d.Leaves = append(d.Leaves, Leaf{Account: l.Account, Amount: l.Amount.String()})
	}
	// The payment token must be able to pay: check the signer's balance now
	// rather than fail on chain.
	out, err := s.call(ctx, d.PaymentToken, erc20ABI.PackBalanceOf(s.cfg.Tx.From()))
	if err != nil || len(out) == 0 {
		return Distribution{}, errs.E(errs.Unprocessable, "invalid_payment_token", "no ERC-20 answers at "+d.PaymentToken.Hex())
	}
	if bal, err := erc20ABI.UnpackBalanceOf(out); err != nil || bal.Cmp(total) < 0 {
		return Distribution{}, errs.E(errs.Unprocessable, "insufficient_funds",
			fmt.Sprintf("the issuer's wallet %s holds less than %s of the payment token", s.cfg.Tx.From().Hex(), total))
	}
	if err := s.cfg.Store.CreateDistribution(ctx, d); err != nil {
		return Distribution{}, err
	}
	return s.publish(ctx, d, *a.Token)
}

func distKeys(id string) (approve, publish string) {
	return "issuance:distribution:" + id + ":approve", "issuance:distribution:" + id + ":publish"
}

// publish approves and publishes a stored distribution; the keys make it
// safe to call again after a failure.
func (s *Service) publish(ctx context.Context, d Distribution, token common.Address) (Distribution, error) {
	approveKey, publishKey := distKeys(d.ID)
	total, _ := new(big.Int).SetString(d.Total, 10)
	dist := s.cfg.Distributor
	if _, err := s.send(ctx, approveKey, &d.PaymentToken, erc20ABI.PackApprove(dist, total)); err != nil {
		return Distribution{}, err
	}
	r, err := s.send(ctx, publishKey, &dist, distABI.PackPublish(token, d.PaymentToken, total, d.MerkleRoot,
		d.SnapshotBlock, uint64(d.ClaimDeadline.Unix())))
	if err != nil {
		return Distribution{}, err
	}
	rc, err := s.cfg.Chain.TransactionReceipt(ctx, r.TxHash)
	if err != nil {
		return Distribution{}, fmt.Errorf("receipt of %s: %w", publishKey, err)
	}
	for _, l := range rc.Logs {
		if l.Address != dist {
			continue
		}
		if ev, err := distABI.UnpackDistributionPublishedEvent(l); err == nil {
			if err := s.cfg.Store.SetDistributionOnchainID(ctx, d.ID, ev.Id); err != nil {
				return Distribution{}, err
			}
			d.OnchainID = ev.Id.String()
		}
	}
	return d, nil
}

// Publish publishes a stored distribution whose publication did not
// finish (a chain timeout, a crash): the same transaction keys are used,
// so nothing is sent twice. A published distribution is returned as is.
func (s *Service) Publish(ctx context.Context, p auth.Principal, id string) (Distribution, error) {
	if err := auth.Authorize(p, auth.DistributionPub); err != nil {
		return Distribution{}, err
	}
	d, err := s.Distribution(ctx, id)
	if err != nil || d.OnchainID != "" {
		return d, err
	}
	a, err := s.Asset(ctx, d.AssetID)
	if err != nil {
		return Distribution{}, err
	}
	return s.publish(ctx, d, *a.Token)
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

func (s *Service) payoutsOf(ctx context.Context, a Asset, wallet common.Address) ([]Payout, error) {
	ds, err := s.cfg.Store.Distributions(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	out := []Payout{}
	for _, d := range ds {
		for _, l := range d.Leaves {
			if l.Account != wallet {
				continue
			}
			claims, err := s.claimed(ctx, d)
			if err != nil {
				return nil, err
			}
			out = append(out, Payout{DistributionID: d.ID, PaymentToken: d.PaymentToken, Amount: l.Amount, Claimed: claims[wallet]})
		}
	}
	return out, nil
}
