package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/tessera-rwa/tessera/chain"
)

// errChainMoved reports that the node's answers to one step disagree (a log
// of a block that is no longer canonical, a block that disappeared): the
// chain moved while the step read it.
var errChainMoved = errors.New("chain moved during the step")

// catchUpBudget bounds one pipelined catch-up run, after which the
// deployment list is read again.
const catchUpBudget = 10 * time.Second

// SyncStatus reports what a step did.
type SyncStatus struct {
	Cursor   chain.IndexCursor // after the step
	Blocks   uint64            // blocks read by the step
	Events   int               // events stored by the step
	Reorg    bool              // the step rolled back a reorganization
	CaughtUp bool              // the cursor is at the node's head
}

// SyncOnce performs one step: it registers new deployments, rolls back a
// reorganization if the stored blocks left the canonical chain, backfills a
// contract recorded late, or reads and stores the next block range. Tests
// call it until CaughtUp for a deterministic sync; it may run while Start's
// loop runs (steps take turns).
func (i *Indexer) SyncOnce(ctx context.Context) (SyncStatus, error) {
	return i.step(ctx, false)
}

func (i *Indexer) step(ctx context.Context, pipelined bool) (SyncStatus, error) {
	i.mu.Lock()
	defer i.mu.Unlock()
	head, err := i.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return SyncStatus{}, fmt.Errorf("read head: %w", err)
	}
	headNum := head.Number.Uint64()
	fin, err := i.finalized(ctx, headNum)
	if err != nil {
		return SyncStatus{}, err
	}
	cur, ok, err := i.cfg.Store.IndexCursor(ctx, i.cfg.ChainID)
	if err != nil {
		return SyncStatus{}, err
	}
	if ok {
		i.noteCursor(cur.Block.Number)
	}
	contracts, fresh, err := i.contracts(ctx, cur, ok)
	if err != nil {
		return SyncStatus{}, err
	}
	st := SyncStatus{Cursor: cur}
	st.Cursor.Head, st.Cursor.Finalized = headNum, fin

	var from uint64
	switch {
	case !ok && len(contracts) == 0:
		st.CaughtUp = true // nothing to follow yet
		return st, nil
	case !ok:
		from = contracts[0].StartBlock
		for _, c := range contracts {
			from = min(from, c.StartBlock)
		}
		if from > headNum { // recorded on a chain this node has not reached
			st.CaughtUp = true
			return st, nil
		}
	default:
		if c := backfilling(contracts); c != nil {
			return i.backfill(ctx, st, *c, fresh)
		}
		if headNum <= cur.Block.Number {
			return i.atTip(ctx, st, cur, head.Hash(), fresh)
		}
		from = cur.Block.Number + 1
	}

	following := slices.DeleteFunc(slices.Clone(contracts), func(c chain.IndexedContract) bool { return c.Backfill != nil })
	if pipelined && headNum-from > 2*i.span {
		return i.catchUp(ctx, st, following, from, ok, fresh)
	}
	f, err := i.fetch(ctx, from, headNum, fin, following, false)
	if err != nil {
		return st, err
	}
	if ok && f.parent != cur.Block.Hash {
		return i.rollback(ctx, st)
	}
	b := f.batch
	b.Parent, b.Head, b.Finalized, b.Contracts = cur.Block, headNum, fin, fresh
	if !ok {
		b.Parent = chain.BlockRef{}
	}
	if err := i.apply(ctx, &st, b, f.to-f.from+1); err != nil {
		return st, err
	}
	st.CaughtUp = f.to >= headNum
	return st, nil
}

// finalized returns the node's finalized block (by FinalityTag), or head
// minus FinalityDepth when the node has no such tag.
func (i *Indexer) finalized(ctx context.Context, head uint64) (uint64, error) {
	byDepth := head - min(head, i.cfg.FinalityDepth)
	if i.cfg.FinalityTag == "none" {
		return byDepth, nil
	}
	tag := rpcFinalized
	if i.cfg.FinalityTag == "safe" {
		tag = rpcSafe
	}
	h, err := i.cfg.Client.HeaderByNumber(ctx, big.NewInt(tag))
	if err != nil {
		if ctx.Err() != nil || !isNodeAnswer(err) {
			return 0, fmt.Errorf("read %s block: %w", i.cfg.FinalityTag, err)
		}
		if i.tagKnown {
			i.log.Warn("node stopped answering the finality tag; using the finality depth", "tag", i.cfg.FinalityTag, "err", err)
			i.tagKnown = false
		}
		return byDepth, nil
	}
	i.tagKnown = true
	return min(h.Number.Uint64(), head), nil
}

// contracts returns the followed contracts after registering new
// deployments; fresh are the new ones, to be stored with the step's batch.
// A deployment at or below the cursor was recorded after the indexer passed
// its block, so it is backfilled from its deployment block.
func (i *Indexer) contracts(ctx context.Context, cur chain.IndexCursor, ok bool) (all, fresh []chain.IndexedContract, err error) {
	known, err := i.cfg.Store.IndexedContracts(ctx, i.cfg.ChainID)
	if err != nil {
		return nil, nil, err
	}
	deps, err := i.cfg.Deployments.Deployments(ctx, i.cfg.ChainID)
	if err != nil {
		return nil, nil, fmt.Errorf("list deployments: %w", err)
	}
	seen := make(map[common.Address]bool, len(known))
	for _, c := range known {
		seen[c.Address] = true
	}
	for _, d := range deps {
		if seen[d.Address] || i.cfg.Decoders[d.Contract] == nil {
			continue
		}
		seen[d.Address] = true
		c := chain.IndexedContract{Address: d.Address, Name: d.Name, Contract: d.Contract, StartBlock: d.Block}
		if ok && d.Block <= cur.Block.Number {
			next := d.Block
			c.Backfill = &next
		}
		fresh = append(fresh, c)
		i.log.Info("indexing new contract", "name", d.Name, "contract", d.Contract, "address", d.Address,
			"from_block", d.Block, "backfill", c.Backfill != nil)
	}
	return append(known, fresh...), fresh, nil
}

func backfilling(cs []chain.IndexedContract) *chain.IndexedContract {
	for _, c := range cs {
		if c.Backfill != nil {
			return &c
		}
	}
	return nil
}

// backfill reads the next range of a contract recorded late, from its
// deployment block up to the cursor, and stores it as a replay.
func (i *Indexer) backfill(ctx context.Context, st SyncStatus, c chain.IndexedContract, fresh []chain.IndexedContract) (SyncStatus, error) {
	cur := st.Cursor.Block
	from := *c.Backfill
	if from > cur.Number { // the cursor rolled back below the backfill
		from = cur.Number + 1
	}
	var b *chain.IndexBatch
	to := cur.Number
	if from <= cur.Number {
		f, err := i.fetch(ctx, from, cur.Number, st.Cursor.Finalized, []chain.IndexedContract{c}, true)
		if errors.Is(err, errChainMoved) {
			return i.rollback(ctx, st) // the stored blocks may be the ones that moved
		}
		if err != nil {
			return st, err
		}
		b, to = f.batch, f.to
	} else {
		b = &chain.IndexBatch{}
	}
	if to >= cur.Number {
		c.Backfill = nil
		i.log.Info("contract caught up", "name", c.Name, "address", c.Address)
	} else {
		next := to + 1
		c.Backfill = &next
	}
	b.Replay, b.Parent, b.Head, b.Finalized = true, cur, st.Cursor.Head, st.Cursor.Finalized
	b.Contracts = append(withoutContract(fresh, c.Address), c)
	err := i.cfg.Store.ApplyIndexBatch(ctx, i.cfg.ChainID, b)
	if errors.Is(err, chain.ErrIndexBlockMismatch) {
		return i.rollback(ctx, st) // a block below the cursor left the chain
	}
	if err != nil {
		return st, err
	}
	st.Events = b.Events()
	i.progress.add(0, st.Events, st.Cursor)
	i.reportUndecodable(b.Undecodable)
	return st, nil
}

func withoutContract(cs []chain.IndexedContract, addr common.Address) []chain.IndexedContract {
	return slices.DeleteFunc(slices.Clone(cs), func(c chain.IndexedContract) bool { return c.Address == addr })
}

// atTip checks, with no new block to read, that the stored newest block is
// still canonical, and stores new finality and contracts.
func (i *Indexer) atTip(ctx context.Context, st SyncStatus, old chain.IndexCursor, headHash common.Hash, fresh []chain.IndexedContract) (SyncStatus, error) {
	cur := st.Cursor.Block
	hash := headHash
	if st.Cursor.Head != cur.Number {
		h, err := i.cfg.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
		switch {
		case errors.Is(err, ethereum.NotFound):
			return i.rollback(ctx, st) // the chain got shorter
		case err != nil:
			return st, fmt.Errorf("read block %d: %w", cur.Number, err)
		}
		hash = h.Hash()
	}
	if hash != cur.Hash {
		return i.rollback(ctx, st)
	}
	if len(fresh) > 0 || old.Finalized != st.Cursor.Finalized || old.Head != st.Cursor.Head {
		b := &chain.IndexBatch{Parent: cur, Head: st.Cursor.Head, Finalized: st.Cursor.Finalized, Contracts: fresh}
		if err := i.cfg.Store.ApplyIndexBatch(ctx, i.cfg.ChainID, b); err != nil {
			return st, err
		}
	}
	i.progress.caughtUp(st.Cursor)
	st.CaughtUp = true
	return st, nil
}

// rollback finds the newest stored block still on the node's chain and
// removes everything above it, in one transaction.
func (i *Indexer) rollback(ctx context.Context, st SyncStatus) (SyncStatus, error) {
	cur := st.Cursor.Block
	keep, err := i.commonAncestor(ctx, cur.Number)
	if err != nil {
		return st, err
	}
	if err := i.cfg.Store.RollbackIndex(ctx, i.cfg.ChainID, keep); err != nil {
		return st, fmt.Errorf("roll back: %w", err)
	}
	st.Reorg = true
	if i.cfg.OnReorg != nil {
		depth := cur.Number
		if keep != nil {
			depth = cur.Number - keep.Number
		}
		i.cfg.OnReorg(depth)
	}
	if keep == nil {
		i.log.Warn("chain reorganized below every stored block: index reset", "from_block", cur.Number)
		st.Cursor.Block = chain.BlockRef{}
		i.waitMu.Lock()
		i.hasBlock = false
		i.waitMu.Unlock()
		return st, nil
	}
	i.log.Warn("chain reorganized: rolled back", "from_block", cur.Number, "to_block", keep.Number,
		"depth", cur.Number-keep.Number, "finalized", st.Cursor.Finalized)
	if keep.Number < st.Cursor.Finalized {
		i.log.Error("reorganization below the finalized block", "ancestor", keep.Number, "finalized", st.Cursor.Finalized)
	}
	st.Cursor.Block = *keep
	i.noteCursor(keep.Number)
	return st, nil
}

func (i *Indexer) commonAncestor(ctx context.Context, below uint64) (*chain.BlockRef, error) {
	const page = 64
	for {
		blocks, err := i.cfg.Store.IndexedBlocks(ctx, i.cfg.ChainID, below, page)
		if err != nil {
			return nil, err
		}
		for _, b := range blocks {
			h, err := i.cfg.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
			switch {
			case errors.Is(err, ethereum.NotFound):
				continue
			case err != nil:
				return nil, fmt.Errorf("read block %d: %w", b.Number, err)
			}
			if h.Hash() == b.Hash {
				ref := b.Ref()
				return &ref, nil
			}
		}
		if len(blocks) < page || blocks[len(blocks)-1].Number == 0 {
			return nil, nil
		}
		below = blocks[len(blocks)-1].Number - 1
	}
}

// apply stores b, which covers blocks blocks, and accounts for it.
func (i *Indexer) apply(ctx context.Context, st *SyncStatus, b *chain.IndexBatch, blocks uint64) error {
	start := time.Now()
	err := i.cfg.Store.ApplyIndexBatch(ctx, i.cfg.ChainID, b)
	i.progress.dbBusy.Add(int64(time.Since(start)))
	if err != nil {
		return err
	}
	last := b.Blocks[len(b.Blocks)-1].Ref()
	st.Cursor.Block = last
	st.Blocks += blocks
	st.Events += b.Events()
	i.noteCursor(last.Number)
	i.progress.add(blocks, b.Events(), st.Cursor)
	i.reportUndecodable(b.Undecodable)
	return nil
}

// reportUndecodable warns of and counts the undecodable logs of a batch
// just stored. A Replay stores the ones it finds but does not report
// them: it reads blocks already indexed, whose logs were reported then.
func (i *Indexer) reportUndecodable(logs []chain.UndecodableLog) {
	for _, l := range logs {
		i.log.Warn("undecodable log recorded and skipped: the contract emitted an event the indexer cannot decode",
			"contract", l.Contract, "address", l.Address, "block", l.Block, "tx", l.TxHash, "log_index", l.LogIndex, "err", l.Error)
		if i.cfg.OnUndecodable != nil {
			i.cfg.OnUndecodable(l)
		}
	}
}

// catchUp reads ranges ahead of the database while far behind the head:
// one goroutine fetches and decodes up to Prefetch ranges ahead while this
// one writes, so the node and PostgreSQL work at the same time. ok tells
// whether a cursor exists (else the first batch starts the index); fresh
// contracts are registered with the first batch.
func (i *Indexer) catchUp(ctx context.Context, st SyncStatus, contracts []chain.IndexedContract, from uint64, ok bool, fresh []chain.IndexedContract) (SyncStatus, error) {
	type result struct {
		f   *fetched
		err error
	}
	head, fin := st.Cursor.Head, st.Cursor.Finalized
	ch := make(chan result, i.cfg.Prefetch)
	var wg sync.WaitGroup
	defer wg.Wait()
	fetchCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ch)
		for from <= head {
			f, err := i.fetch(fetchCtx, from, head, fin, contracts, false)
			select {
			case ch <- result{f, err}:
			case <-fetchCtx.Done():
				return
			}
			if err != nil {
				return
			}
			from = f.to + 1
		}
	}()

	deadline := time.Now().Add(catchUpBudget)
	for r := range ch {
		if r.err != nil {
			return st, r.err
		}
		b := r.f.batch
		b.Parent, b.Head, b.Finalized, b.Contracts = st.Cursor.Block, head, fin, fresh
		fresh = nil
		if ok && r.f.parent != st.Cursor.Block.Hash {
			cancel() // the ranges read ahead continue a chain that is gone
			return i.rollback(ctx, st)
		}
		if !ok {
			b.Parent, ok = chain.BlockRef{}, true
		}
		if err := i.apply(ctx, &st, b, r.f.to-r.f.from+1); err != nil {
			return st, err
		}
		if time.Now().After(deadline) {
			break
		}
	}
	st.CaughtUp = st.Cursor.Block.Number >= head
	return st, nil
}

// Replay reads the blocks from..to again (they must be at or below the
// cursor) and stores events missing from the database, for instance after a
// node served incomplete logs. Stored events are left alone, so a replay of
// a complete range changes nothing.
func (i *Indexer) Replay(ctx context.Context, from, to uint64) (int, error) {
	i.mu.Lock()
	defer i.mu.Unlock()
	cur, ok, err := i.cfg.Store.IndexCursor(ctx, i.cfg.ChainID)
	if err != nil {
		return 0, err
	}
	if !ok || to > cur.Block.Number || from > to {
		return 0, fmt.Errorf("indexer: replay %d..%d: only blocks at or below the cursor can be replayed", from, to)
	}
	known, err := i.cfg.Store.IndexedContracts(ctx, i.cfg.ChainID)
	if err != nil {
		return 0, err
	}
	following := slices.DeleteFunc(known, func(c chain.IndexedContract) bool { return c.Backfill != nil })
	events := 0
	for from <= to {
		f, err := i.fetch(ctx, from, to, cur.Finalized, following, true)
		if err != nil {
			return events, err
		}
		b := f.batch
		b.Replay, b.Parent, b.Head, b.Finalized = true, cur.Block, cur.Head, cur.Finalized
		if err := i.cfg.Store.ApplyIndexBatch(ctx, i.cfg.ChainID, b); err != nil {
			return events, err
		}
		events += b.Events()
		from = f.to + 1
	}
	return events, nil
}
