package chain

import (
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
)

// LogDecoder decodes one log of the event it is registered for into rows of
// b. It is only called with logs whose first topic is that event's id.
type LogDecoder func(log *types.Log, b *IndexBatch) error

// ContractDecoder holds the decoders of the events indexed from one kind of
// contract, by event id (the log's first topic). Events not listed are not
// fetched.
type ContractDecoder map[common.Hash]LogDecoder

// Decoders holds a ContractDecoder per contract name (Deployment.Contract).
// Deployments of contracts not listed are not indexed.
type Decoders map[string]ContractDecoder

// DefaultDecoders returns the decoders of Tessera's contracts.
func DefaultDecoders() Decoders {
	return Decoders{
		"DevStablecoin": DevStablecoinEvents(),
	}
}

// DevStablecoinEvents decodes DevStablecoin's Transfer events. Any contract
// with the ERC-20 Transfer event may use it.
func DevStablecoinEvents() ContractDecoder {
	coin := devstablecoin.NewDevStablecoin()
	return ContractDecoder{
		coin.GetABI().Events[devstablecoin.DevStablecoinTransferEventName].ID: func(l *types.Log, b *IndexBatch) error {
			ev, err := coin.UnpackTransferEvent(l)
			if err != nil {
				return err
			}
			b.Transfers = append(b.Transfers, Transfer{EventRef: eventRef(l), Token: l.Address, From: ev.From, To: ev.To, Value: ev.Value})
			return nil
		},
	}
}

func eventRef(l *types.Log) EventRef {
	return EventRef{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index}
}

// topics returns the event ids of the given contract names, sorted so the
// log filter is stable.
func (d Decoders) topics(contracts []IndexedContract) []common.Hash {
	seen := map[common.Hash]bool{}
	var out []common.Hash
	for _, c := range contracts {
		for id := range d[c.Contract] {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// Decode appends the rows of logs to b. kinds maps each followed address to
// its contract name; logs of other addresses and events are skipped (a log
// filter by address and topic never returns them, but a node may).
func (d Decoders) Decode(kinds map[common.Address]string, logs []types.Log, b *IndexBatch) error {
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 {
			continue
		}
		dec := d[kinds[l.Address]][l.Topics[0]]
		if dec == nil {
			continue
		}
		if err := dec(l, b); err != nil {
			return fmt.Errorf("decode log %d of tx %s (block %d, contract %s %s): %w",
				l.Index, l.TxHash, l.BlockNumber, kinds[l.Address], l.Address, err)
		}
	}
	return nil
}
