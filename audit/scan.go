package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
)

// ScanProgress is how far a scan of an asset's history has gone.
type ScanProgress struct {
	From      uint64 `json:"from_block"`
	To        uint64 `json:"to_block"`
	Scanned   uint64 `json:"blocks_scanned"` // blocks read so far, resumed ones included
	Events    int    `json:"events_read"`
	ResumedAt uint64 `json:"resumed_at,omitempty"` // first block read by this run when it resumed a checkpoint
}

// Checkpoints keeps scan states between runs, so that an interrupted scan
// of a long history resumes where it stopped.
type Checkpoints interface {
	// LoadCheckpoint returns the state saved under key, or nil.
	LoadCheckpoint(ctx context.Context, key string) ([]byte, error)
	SaveCheckpoint(ctx context.Context, key string, state []byte) error
}

// DirCheckpoints keeps checkpoints as files in a directory.
type DirCheckpoints string

// LoadCheckpoint implements Checkpoints.
func (d DirCheckpoints) LoadCheckpoint(_ context.Context, key string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(string(d), key+".json"))
	if os.IsNotExist(err) {
		return nil, nil
	}
	return b, err
}

// SaveCheckpoint implements Checkpoints; the file is replaced atomically.
func (d DirCheckpoints) SaveCheckpoint(_ context.Context, key string, state []byte) error {
	if err := os.MkdirAll(string(d), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(string(d), key+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(state); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(string(d), key+".json"))
}

// The events a scan keeps, in chain order.
type (
	transferEv struct {
		Block    uint64         `json:"b"`
		Tx       common.Hash    `json:"tx"`
		LogIndex uint           `json:"l"`
		From     common.Address `json:"f"`
		To       common.Address `json:"t"`
		Value    *big.Int       `json:"v"`
	}
	supplyEv struct { // Issued and Redeemed
		Block     uint64         `json:"b"`
		Tx        common.Hash    `json:"tx"`
		RequestID common.Hash    `json:"r"`
		Wallet    common.Address `json:"w"`
		Amount    *big.Int       `json:"a"`
	}
	interventionEv struct { // ForcedTransfer and RecoverySuccess
		Block    uint64         `json:"b"`
		Tx       common.Hash    `json:"tx"`
		From     common.Address `json:"f"`
		To       common.Address `json:"t"`
		Recovery bool           `json:"rec,omitempty"`
	}
	roundEv struct {
		Block     uint64      `json:"b"`
		Tx        common.Hash `json:"tx"`
		RoundID   *big.Int    `json:"r"`
		Answer    *big.Int    `json:"a"`
		StartedAt uint64      `json:"s"`
		UpdatedAt uint64      `json:"u"`
	}
	distributionEv struct {
		Block    uint64         `json:"b"`
		ID       *big.Int       `json:"id"`
		Payment  common.Address `json:"p"`
		Total    *big.Int       `json:"total"`
		Root     common.Hash    `json:"root"`
		Snapshot uint64         `json:"snap"`
		Claimed  *big.Int       `json:"claimed"`
		Claims   int            `json:"claims"`
		Reclaim  *big.Int       `json:"reclaim,omitempty"`
	}
)

// scanState is everything a scan has gathered up to Next (exclusive); it
// is what a checkpoint holds.
type scanState struct {
	Token         common.Address    `json:"token"`
	Feed          common.Address    `json:"feed"`
	Distributor   common.Address    `json:"distributor"`
	Dealing       common.Address    `json:"dealing"`
	From          uint64            `json:"from"`
	Next          uint64            `json:"next"`
	LastHash      common.Hash       `json:"last_hash"` // hash of block Next-1: a reorg below it voids the checkpoint
	Events        int               `json:"events"`
	Transfers     []transferEv      `json:"transfers"`
	Issued        []supplyEv        `json:"issued"`
	Redeemed      []supplyEv        `json:"redeemed"`
	Interventions []interventionEv  `json:"interventions"`
	Rounds        []roundEv         `json:"rounds"`
	Distributions []*distributionEv `json:"distributions"`
	DealingEvents []dealingEv       `json:"dealing_events"`
	CountryCaps   []uint16          `json:"country_caps"` // the countries CountryCapSet named, as seen
	pendingStart  map[string]uint64 // NewRound seen before its AnswerUpdated, by round id
}

var (
	tokABI  = assettoken.NewAssetToken()
	feedABI = valuationfeed.NewValuationFeed()
	distABI = distributor.NewDistributor()

	topicTransfer   = tokABI.GetABI().Events["Transfer"].ID
	topicIssued     = tokABI.GetABI().Events["Issued"].ID
	topicRedeemed   = tokABI.GetABI().Events["Redeemed"].ID
	topicForced     = tokABI.GetABI().Events["ForcedTransfer"].ID
	topicRecovery   = tokABI.GetABI().Events["RecoverySuccess"].ID
	topicCountryCap = tokABI.GetABI().Events["CountryCapSet"].ID
	topicAnswer     = feedABI.GetABI().Events["AnswerUpdated"].ID
	topicNewRound   = feedABI.GetABI().Events["NewRound"].ID
	topicPublished  = distABI.GetABI().Events["DistributionPublished"].ID
	topicClaimed    = distABI.GetABI().Events["Claimed"].ID
	topicReclaimed  = distABI.GetABI().Events["Reclaimed"].ID
	checkpointEvery = 5 * time.Second
)

func checkpointKey(chainID *big.Int, a Asset) string {
	return fmt.Sprintf("audit-%s-%s", chainID, strings.ToLower(a.Token.Hex()))
}

// scan reads the asset's events up to block `to`, resuming from a saved
// checkpoint when one is valid on this chain.
func (v *Verifier) scan(ctx context.Context, chainID *big.Int, a Asset, to uint64) (*scanState, ScanProgress, error) {
	from := a.TokenBlock
	if a.Feed != (common.Address{}) {
		from = min(from, a.FeedBlock)
	}
	if a.Distributor != (common.Address{}) {
		from = min(from, a.DistBlock)
	}
	if a.Dealing != (common.Address{}) {
		from = min(from, a.DealingBlock)
	}
	st := &scanState{Token: a.Token, Feed: a.Feed, Distributor: a.Distributor, Dealing: a.Dealing, From: from, Next: from}
	prog := ScanProgress{From: from, To: to}
	key := checkpointKey(chainID, a)
	if v.Checkpoints != nil {
		if resumed, err := v.resume(ctx, key, st, to); err != nil {
			return nil, prog, err
		} else if resumed != nil {
			st = resumed
			prog.ResumedAt = st.Next
		}
	}
	st.pendingStart = map[string]uint64{}
	chunk := v.chunk()
	lastSave := time.Now()
	for st.Next <= to {
		end := min(st.Next+chunk-1, to)
		logs, err := v.Chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(st.Next),
			ToBlock:   new(big.Int).SetUint64(end),
			Addresses: st.addresses(),
		})
		if err != nil {
			if ctx.Err() != nil || chunk == 1 {
				return nil, prog, fmt.Errorf("read logs %d-%d: %w", st.Next, end, err)
			}
			chunk = max(chunk/2, 1) // nodes cap ranges and result sizes
			continue
		}
		for i := range logs {
			if err := st.add(&logs[i]); err != nil {
				return nil, prog, err
			}
		}
		st.Events += len(logs)
		st.Next = end + 1
		prog.Scanned, prog.Events = st.Next-st.From, st.Events
		if v.Progress != nil {
			v.Progress(prog)
		}
		if v.Checkpoints != nil && (time.Since(lastSave) >= checkpointEvery || st.Next > to) {
			if err := v.save(ctx, key, st); err != nil {
				return nil, prog, err
			}
			lastSave = time.Now()
		}
	}
	prog.Scanned, prog.Events = st.Next-st.From, st.Events
	return st, prog, nil
}

func (v *Verifier) chunk() uint64 {
	if v.ChunkBlocks == 0 {
		return 2000
	}
	return v.ChunkBlocks
}

func (st *scanState) addresses() []common.Address {
	addrs := []common.Address{st.Token}
	for _, a := range []common.Address{st.Feed, st.Distributor, st.Dealing} {
		if a != (common.Address{}) {
			addrs = append(addrs, a)
		}
	}
	return addrs
}

// resume loads the checkpoint under key if it covers the same contracts,
// stops at or below `to` and its last block is still canonical.
func (v *Verifier) resume(ctx context.Context, key string, fresh *scanState, to uint64) (*scanState, error) {
	b, err := v.Checkpoints.LoadCheckpoint(ctx, key)
	if err != nil || b == nil {
		return nil, err
	}
	var st scanState
	if json.Unmarshal(b, &st) != nil || st.Token != fresh.Token || st.Feed != fresh.Feed ||
		st.Distributor != fresh.Distributor || st.Dealing != fresh.Dealing || st.From != fresh.From || st.Next <= st.From || st.Next-1 > to {
		return nil, nil
	}
	h, err := v.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(st.Next-1))
	if err != nil {
		return nil, fmt.Errorf("check checkpoint block %d: %w", st.Next-1, err)
	}
	if h.Hash() != st.LastHash {
		return nil, nil // reorganized since: start again
	}
	return &st, nil
}

func (v *Verifier) save(ctx context.Context, key string, st *scanState) error {
	h, err := v.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(st.Next-1))
	if err != nil {
		return fmt.Errorf("checkpoint: read block %d: %w", st.Next-1, err)
	}
	st.LastHash = h.Hash()
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := v.Checkpoints.SaveCheckpoint(ctx, key, b); err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	return nil
}

// add records one log.
func (st *scanState) add(l *types.Log) error {
	if len(l.Topics) == 0 || l.Removed {
		return nil
	}
	var err error
	switch {
	case l.Address == st.Token:
		err = st.addToken(l)
	case l.Address == st.Feed:
		err = st.addFeed(l)
	case l.Address == st.Distributor:
		err = st.addDistributor(l)
	case l.Address == st.Dealing:
		err = st.addDealing(l)
	}
	if err != nil {
		return fmt.Errorf("decode log %d of %s: %w", l.Index, l.TxHash, err)
	}
	return nil
}

func (st *scanState) addToken(l *types.Log) error {
	switch l.Topics[0] {
	case topicTransfer:
		e, err := tokABI.UnpackTransferEvent(l)
		if err != nil {
			return err
		}
		st.Transfers = append(st.Transfers, transferEv{l.BlockNumber, l.TxHash, l.Index, e.From, e.To, e.Value})
	case topicIssued:
		e, err := tokABI.UnpackIssuedEvent(l)
		if err != nil {
			return err
		}
		st.Issued = append(st.Issued, supplyEv{l.BlockNumber, l.TxHash, e.RequestId, e.To, e.Amount})
	case topicRedeemed:
		e, err := tokABI.UnpackRedeemedEvent(l)
		if err != nil {
			return err
		}
		st.Redeemed = append(st.Redeemed, supplyEv{l.BlockNumber, l.TxHash, e.RequestId, e.From, e.Amount})
	case topicForced:
		e, err := tokABI.UnpackForcedTransferEvent(l)
		if err != nil {
			return err
		}
		st.Interventions = append(st.Interventions, interventionEv{l.BlockNumber, l.TxHash, e.From, e.To, false})
	case topicRecovery:
		e, err := tokABI.UnpackRecoverySuccessEvent(l)
		if err != nil {
			return err
		}
		st.Interventions = append(st.Interventions, interventionEv{l.BlockNumber, l.TxHash, e.LostWallet, e.NewWallet, true})
	case topicCountryCap:
		e, err := tokABI.UnpackCountryCapSetEvent(l)
		if err != nil {
			return err
		}
		if !slices.Contains(st.CountryCaps, e.Country) {
			st.CountryCaps = append(st.CountryCaps, e.Country)
		}
	}
	return nil
}

func (st *scanState) addFeed(l *types.Log) error {
	switch l.Topics[0] {
	case topicNewRound:
		e, err := feedABI.UnpackNewRoundEvent(l)
		if err != nil {
			return err
		}
		// The feed emits NewRound before AnswerUpdated in one transmission.
		st.pendingStart[e.RoundId.String()] = e.StartedAt.Uint64()
	case topicAnswer:
		e, err := feedABI.UnpackAnswerUpdatedEvent(l)
		if err != nil {
			return err
		}
		r := roundEv{Block: l.BlockNumber, Tx: l.TxHash, RoundID: e.RoundId, Answer: e.Current, UpdatedAt: e.UpdatedAt.Uint64()}
		r.StartedAt = st.pendingStart[e.RoundId.String()]
		delete(st.pendingStart, e.RoundId.String())
		st.Rounds = append(st.Rounds, r)
	}
	return nil
}

func (st *scanState) distribution(id *big.Int) *distributionEv {
	for _, d := range st.Distributions {
		if d.ID.Cmp(id) == 0 {
			return d
		}
	}
	return nil
}

func (st *scanState) addDistributor(l *types.Log) error {
	switch l.Topics[0] {
	case topicPublished:
		e, err := distABI.UnpackDistributionPublishedEvent(l)
		if err != nil {
			return err
		}
		if e.Asset == st.Token {
			st.Distributions = append(st.Distributions, &distributionEv{Block: l.BlockNumber, ID: e.Id, Payment: e.PaymentToken,
				Total: e.Total, Root: e.MerkleRoot, Snapshot: e.SnapshotBlock, Claimed: new(big.Int)})
		}
	case topicClaimed:
		e, err := distABI.UnpackClaimedEvent(l)
		if err != nil {
			return err
		}
		if d := st.distribution(e.Id); d != nil {
			d.Claimed.Add(d.Claimed, e.Amount)
			d.Claims++
		}
	case topicReclaimed:
		e, err := distABI.UnpackReclaimedEvent(l)
		if err != nil {
			return err
		}
		if d := st.distribution(e.Id); d != nil {
			d.Reclaim = e.Amount
		}
	}
	return nil
}
