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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/tessera-rwa/tessera/chain"
)

const (
	rpcFinalized = int64(rpc.FinalizedBlockNumber)
	rpcSafe      = int64(rpc.SafeBlockNumber)
)

// isNodeAnswer reports whether err is the node's refusal (a JSON-RPC error
// or "not found") rather than a transport failure.
func isNodeAnswer(err error) bool {
	var rpcErr rpc.Error
	return errors.Is(err, ethereum.NotFound) || errors.As(err, &rpcErr)
}

// fetched is one block range read from the node and decoded.
type fetched struct {
	from, to uint64
	parent   common.Hash // parent hash of block from; zero in replays
	logs     int
	batch    *chain.IndexBatch
}

// logsError is an eth_getLogs failure: the range shrinks and is retried.
type logsError struct {
	from, to uint64
	err      error
}

func (e *logsError) Error() string {
	return fmt.Sprintf("eth_getLogs %d..%d: %v", e.from, e.to, e.err)
}

func (e *logsError) Unwrap() error { return e.err }

// fetch reads the range starting at from, at most up to limit, as large as
// the adaptive range allows, halving it while eth_getLogs fails.
func (i *Indexer) fetch(ctx context.Context, from, limit, fin uint64, contracts []chain.IndexedContract, replay bool) (*fetched, error) {
	for {
		to := min(from+i.span-1, limit)
		start := time.Now()
		f, err := i.fetchRange(ctx, from, to, fin, contracts, replay)
		took := time.Since(start)
		i.progress.nodeBusy.Add(int64(took))
		if err == nil {
			i.adapt(f.logs, took, to-from+1)
			return f, nil
		}
		var le *logsError
		if ctx.Err() != nil || !errors.As(err, &le) || to == from {
			return nil, err
		}
		i.span = max(1, (to-from+1)/2)
		i.log.Debug("shrinking the eth_getLogs range", "from", from, "to", to, "range", i.span, "err", err)
	}
}

// adapt grows the range after a quick answer with few logs, and shrinks it
// after one with too many.
func (i *Indexer) adapt(logs int, took time.Duration, blocks uint64) {
	switch {
	case logs > i.cfg.MaxLogs:
		i.span = max(1, blocks/2)
	case blocks >= i.span && logs <= i.cfg.MaxLogs/2 && took < i.cfg.Timeout/4:
		i.span = min(2*i.span, i.cfg.MaxRange)
	}
}

// fetchRange reads the logs of contracts in from..to and the headers the
// indexer keeps: every block above the finalized one (fin), and otherwise
// the range's ends and the blocks that carry logs. In a replay only blocks
// with logs are read. It checks that the answers describe one chain.
func (i *Indexer) fetchRange(ctx context.Context, from, to, fin uint64, contracts []chain.IndexedContract, replay bool) (*fetched, error) {
	kinds := make(map[common.Address]string, len(contracts))
	var addrs []common.Address
	for _, c := range contracts {
		if c.StartBlock <= to {
			kinds[c.Address] = c.Contract
			addrs = append(addrs, c.Address)
		}
	}
	var logs []types.Log
	if topics := i.cfg.Decoders.topics(contracts); len(addrs) > 0 && len(topics) > 0 {
		q := ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: addrs,
			Topics:    [][]common.Hash{topics},
		}
		rctx, cancel := context.WithTimeout(ctx, i.cfg.Timeout)
		var err error
		logs, err = i.cfg.Client.FilterLogs(rctx, q)
		cancel()
		if err != nil {
			return nil, &logsError{from: from, to: to, err: err}
		}
	}

	var nums []uint64
	dense := !replay && to > fin
	if dense {
		for n := from; n <= to; n++ {
			nums = append(nums, n)
		}
	} else {
		if !replay {
			nums = append(nums, from, to)
		}
		for _, l := range logs {
			nums = append(nums, l.BlockNumber)
		}
		slices.Sort(nums)
		nums = slices.Compact(nums)
	}
	blocks, err := i.headers(ctx, nums)
	if err != nil {
		return nil, err
	}
	byNum := make(map[uint64]*chain.IndexedBlock, len(blocks))
	for k := range blocks {
		byNum[blocks[k].Number] = &blocks[k]
	}
	if dense {
		for k := 1; k < len(blocks); k++ {
			if blocks[k].ParentHash != blocks[k-1].Hash {
				return nil, fmt.Errorf("block %d does not follow block %d: %w", blocks[k].Number, blocks[k-1].Number, errChainMoved)
			}
		}
	}
	for _, l := range logs {
		if b := byNum[l.BlockNumber]; l.Removed || b == nil || b.Hash != l.BlockHash {
			return nil, fmt.Errorf("log of block %d (%s) is not canonical: %w", l.BlockNumber, l.BlockHash, errChainMoved)
		}
	}

	f := &fetched{from: from, to: to, logs: len(logs), batch: &chain.IndexBatch{}}
	if !replay {
		f.parent = byNum[from].ParentHash
		// Only the range's end is needed below the finalized block; the
		// start was read for its parent hash.
		if !dense && from != to && !slices.ContainsFunc(logs, func(l types.Log) bool { return l.BlockNumber == from }) {
			blocks = slices.DeleteFunc(blocks, func(b chain.IndexedBlock) bool { return b.Number == from })
		}
	}
	f.batch.Blocks = blocks
	i.cfg.Decoders.Decode(kinds, logs, &Batch{IndexBatch: f.batch})
	return f, nil
}

// headers reads the headers of nums (ascending), HeaderConcurrency at a time.
func (i *Indexer) headers(ctx context.Context, nums []uint64) ([]chain.IndexedBlock, error) {
	out := make([]chain.IndexedBlock, len(nums))
	errs := make([]error, len(nums))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(i.cfg.HeaderConcurrency, len(nums)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				rctx, cancel := context.WithTimeout(ctx, i.cfg.Timeout)
				h, err := i.cfg.Client.HeaderByNumber(rctx, new(big.Int).SetUint64(nums[k]))
				cancel()
				switch {
				case errors.Is(err, ethereum.NotFound):
					errs[k] = fmt.Errorf("block %d: %w", nums[k], errChainMoved)
				case err != nil:
					errs[k] = fmt.Errorf("read block %d: %w", nums[k], err)
				default:
					out[k] = chain.IndexedBlock{
						Number:     nums[k],
						Hash:       h.Hash(),
						ParentHash: h.ParentHash,
						Time:       time.Unix(int64(h.Time), 0).UTC(),
					}
				}
			}
		}()
	}
	for k := range nums {
		if ctx.Err() != nil {
			break
		}
		next <- k
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, errors.Join(errs...)
}
