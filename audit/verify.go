package audit

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/contracts"
	"github.com/tessera-rwa/tessera/merkle"
	"github.com/tessera-rwa/tessera/units"
)

// Verifier runs the checks. Chain and Records are required; every other
// record source is optional and its check is skipped without it.
type Verifier struct {
	Chain         Backend
	Records       Records
	Index         IndexReader
	Mints         MintRecords
	Documents     DocumentRecords
	Oracle        OracleRecords
	Interventions InterventionRecords
	ComplianceLog ComplianceLog
	// Deployments are the records whose code and upgrades the code and
	// upgrades checks verify.
	Deployments DeploymentRecords
	// Build is the release whose artifacts the code check compares the
	// chain with (contracts.Release of a release's contracts/out); nil:
	// this binary's.
	Build       *contracts.Build
	Checkpoints Checkpoints        // nil: scans start from the deployment every time
	Progress    func(ScanProgress) // called after each range of blocks read
	ChunkBlocks uint64             // blocks per eth_getLogs (2,000; halved on errors)
	// Heartbeat is the longest expected time between feed rounds (24 h);
	// longer gaps are listed in the valuation check.
	Heartbeat time.Duration
	// PayoutLeaves computes a distribution's Merkle leaves from the
	// balances at its snapshot of the holders verified and not frozen then,
	// supply being the total supply less the others' units; nil:
	// PayoutProRata.
	PayoutLeaves func(total, supply *big.Int, balances map[common.Address]*big.Int) []merkle.Leaf
	Now          func() time.Time
}

// BlockSpec names the block to audit: a number, or the node's finalized or
// latest block.
type BlockSpec struct {
	Number *uint64
	Tag    string // "finalized" or "latest" when Number is nil
}

// ParseBlockSpec reads "finalized", "latest" or a block number.
func ParseBlockSpec(s string) (BlockSpec, error) {
	switch s {
	case "", "latest":
		return BlockSpec{Tag: "latest"}, nil
	case "finalized":
		return BlockSpec{Tag: "finalized"}, nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return BlockSpec{}, fmt.Errorf("block %q: want a block number, finalized or latest", s)
	}
	return BlockSpec{Number: &n}, nil
}

// PayoutProRata is the payout rule of Tessera's distributions: each holder
// gets floor(total × balance / supply) and the rounding remainder goes to
// the largest holder (the lowest address among equals), so the leaves add
// up to total exactly. Wallets without balance get no leaf.
func PayoutProRata(total, supply *big.Int, balances map[common.Address]*big.Int) []merkle.Leaf {
	if supply.Sign() <= 0 {
		return nil
	}
	wallets := make([]common.Address, 0, len(balances))
	for w, b := range balances {
		if b.Sign() > 0 {
			wallets = append(wallets, w)
		}
	}
	slices.SortFunc(wallets, func(a, b common.Address) int { return a.Cmp(b) })
	leaves := make([]merkle.Leaf, 0, len(wallets))
	paid, largest := new(big.Int), -1
	for i, w := range wallets {
		b := balances[w]
		share := new(big.Int).Div(new(big.Int).Mul(total, b), supply)
		paid.Add(paid, share)
		if largest < 0 || b.Cmp(balances[wallets[largest]]) > 0 {
			largest = i
		}
		leaves = append(leaves, merkle.Leaf{Account: w, Amount: share})
	}
	if largest >= 0 {
		leaves[largest].Amount.Add(leaves[largest].Amount, new(big.Int).Sub(total, paid))
	}
	return leaves
}

// Verify audits asset symbol at block and returns the report. Bad input is
// an errs error of the kind callers answer with, wrapping the sentinel: an
// unknown asset (NotFound, ErrUnknownAsset), a block in the future or
// before the deployment (Invalid, ErrFutureBlock or ErrBeforeDeployment), a
// node on another chain (Conflict, ErrWrongChain). A check that fails is
// not an error but a failed check in the report.
func (v *Verifier) Verify(ctx context.Context, symbol string, at BlockSpec) (*Report, error) {
	chainID, err := v.recordedChain(ctx)
	if err != nil {
		return nil, err
	}
	a, err := recordsAsset(ctx, v.Records, chainID, symbol)
	if err != nil {
		return nil, err
	}
	head, err := v.block(ctx, at)
	if err != nil {
		return nil, err
	}
	block := head.Number.Uint64()
	if block < a.TokenBlock {
		return nil, refuse(ErrBeforeDeployment, "block %d is older than %s's token, deployed at block %d", block, symbol, a.TokenBlock)
	}
	st, prog, err := v.scan(ctx, chainID, a, block)
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", symbol, err)
	}
	now := time.Now
	if v.Now != nil {
		now = v.Now
	}
	r := &Report{
		Version: ReportVersion, Asset: symbol, ChainID: chainID.String(), Token: a.Token.Hex(),
		BlockNumber: block, BlockHash: head.Hash().Hex(), BlockTime: time.Unix(int64(head.Time), 0).UTC(),
		GeneratedAt: now().UTC().Truncate(time.Second), Scan: prog,
	}
	if a.Feed != (common.Address{}) {
		r.Feed = a.Feed.Hex()
	}
	if a.Distributor != (common.Address{}) {
		r.Distributor = a.Distributor.Hex()
	}
	if a.Dealing != (common.Address{}) {
		r.Dealing = a.Dealing.Hex()
	}
	run := &run{v: v, chainID: chainID, asset: a, block: block, blockTime: head.Time, st: st}
	// Amounts read by people are in the token's units, by its own
	// decimals() at the block (base units alone if it has none).
	if d, err := callAs(ctx, run, a.Token, tokABI.PackDecimals(), block, tokABI.UnpackDecimals); err == nil {
		run.decimals = &d
	}
	balances, supplyCheck, err := run.supply(ctx)
	if err != nil {
		return nil, err
	}
	run.balances = balances
	r.Checks = append(r.Checks, supplyCheck)
	return v.finish(ctx, r, head, run.mintRequests, run.indexer, run.receivers, run.investorCounts, run.documents, run.valuations, run.distributions,
		run.dealingFulfilment, run.dealingMints, run.dealingBalances, run.complianceLog, run.code, run.upgrades)
}

// VerifyContracts audits the platform's contracts on the node's chain at
// block, whatever asset they serve: the code check and the upgrades
// check alone. The report names no asset. Refusals are Verify's.
func (v *Verifier) VerifyContracts(ctx context.Context, at BlockSpec) (*Report, error) {
	chainID, err := v.recordedChain(ctx)
	if err != nil {
		return nil, err
	}
	head, err := v.block(ctx, at)
	if err != nil {
		return nil, err
	}
	now := time.Now
	if v.Now != nil {
		now = v.Now
	}
	block := head.Number.Uint64()
	r := &Report{
		Version: ReportVersion, ChainID: chainID.String(), BlockNumber: block, BlockHash: head.Hash().Hex(),
		BlockTime: time.Unix(int64(head.Time), 0).UTC(), GeneratedAt: now().UTC().Truncate(time.Second),
		Scan: ScanProgress{From: block, To: block},
	}
	run := &run{v: v, chainID: chainID, block: block, blockTime: head.Time}
	return v.finish(ctx, r, head, run.code, run.upgrades)
}

// recordedChain is the node's chain id, refused (ErrWrongChain) unless the
// records hold that chain.
func (v *Verifier) recordedChain(ctx context.Context) (*big.Int, error) {
	chainID, err := v.Chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	ids, err := v.Records.ChainIDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the records' chains: %w", err)
	}
	if !slices.ContainsFunc(ids, func(id *big.Int) bool { return id.Cmp(chainID) == 0 }) {
		names := make([]string, len(ids))
		for i, id := range ids {
			names[i] = id.String()
		}
		return nil, refuse(ErrWrongChain, "the node is on chain %s, the records are on chain %s", chainID, orNone(strings.Join(names, ", ")))
	}
	return chainID, nil
}

// finish runs checks into r, refuses the report if the audited block left
// the canonical chain meanwhile (events were read by range and state by
// number: they may mix two chains), and says whether every check passed.
func (v *Verifier) finish(ctx context.Context, r *Report, head *types.Header, checks ...func(context.Context) (Check, error)) (*Report, error) {
	for _, c := range checks {
		chk, err := c(ctx)
		if err != nil {
			return nil, err
		}
		r.Checks = append(r.Checks, chk)
	}
	again, err := v.Chain.HeaderByNumber(ctx, head.Number)
	if err != nil {
		return nil, fmt.Errorf("re-read block %d: %w", head.Number, err)
	}
	if again.Hash() != head.Hash() {
		return nil, fmt.Errorf("block %d was reorganized during the audit (%s, now %s): audit a finalized block", head.Number, head.Hash().Hex(), again.Hash().Hex())
	}
	r.Passed = len(r.Failed()) == 0
	return r, nil
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// block resolves at to a header, refusing blocks above the head.
func (v *Verifier) block(ctx context.Context, at BlockSpec) (*types.Header, error) {
	head, err := v.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	switch {
	case at.Number != nil:
		if *at.Number > head.Number.Uint64() {
			return nil, refuse(ErrFutureBlock, "block %d is above the node's head %d", *at.Number, head.Number.Uint64())
		}
		h, err := v.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(*at.Number))
		if err != nil {
			return nil, fmt.Errorf("read block %d: %w", *at.Number, err)
		}
		return h, nil
	case at.Tag == "finalized":
		h, err := v.Chain.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return nil, fmt.Errorf("read the finalized block: %w", err)
		}
		return h, nil
	}
	return head, nil
}

// run is one audit's shared state.
type run struct {
	v         *Verifier
	chainID   *big.Int
	asset     Asset
	block     uint64
	blockTime uint64
	st        *scanState
	balances  map[common.Address]*big.Int // non-zero balances on chain at block
	deps      []chain.Deployment          // the records at or below block, once read
	later     int                         // records deployed after block
	ledger    *dealingLedger              // the dealing contract's events replayed, once
	deal      *dealingSetup               // what the dealing contract reads and prices with, once
	times     map[uint64]uint64           // block → timestamp, as read
	decimals  *uint8                      // the token's decimals() at block; nil: unread
}

// units writes an amount of the token for people: "1.5 units (1500000
// base units)", or base units alone when its decimals are unknown.
func (r *run) units(v *big.Int) string { return units.Text(v, r.decimals, "units") }

func (r *run) call(ctx context.Context, to common.Address, data []byte, block uint64) ([]byte, error) {
	out, err := r.v.Chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(block))
	if err != nil {
		return nil, fmt.Errorf("call %s at block %d: %w", to, block, err)
	}
	return out, nil
}

func callAs[T any](ctx context.Context, r *run, to common.Address, data []byte, block uint64, unpack func([]byte) (T, error)) (T, error) {
	out, err := r.call(ctx, to, data, block)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// maxFindings bounds the findings listed per check; the count is kept.
const maxFindings = 50

type findings struct {
	list []string
	n    int
}

func (f *findings) add(format string, args ...any) {
	f.n++
	if len(f.list) < maxFindings {
		f.list = append(f.list, fmt.Sprintf(format, args...))
	}
}

// done sets c's findings and status: failed on any finding, else passed
// when the check traced at least one item, else skipped with nothing
// saying why there was nothing to trace.
func (f *findings) done(c *Check, traced int, nothing string) {
	c.Findings = f.list
	if f.n > len(f.list) {
		c.Findings = append(c.Findings, fmt.Sprintf("… and %d more", f.n-len(f.list)))
	}
	switch {
	case f.n > 0:
		c.Status = Fail
	case traced == 0:
		c.Status, c.Summary = Skipped, "nothing to trace: "+nothing
	default:
		c.Status = Pass
	}
}

func fact(name string, v any) Fact { return Fact{Name: name, Value: fmt.Sprint(v)} }

func skipped(id, title, why string) Check {
	return Check{ID: id, Title: title, Status: Skipped, Summary: why}
}
