package indexer

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
)

// LogDecoder decodes one log of the event it is registered for into rows of
// b. It is only called with logs whose first topic is that event's id. It
// returns an error, and adds nothing, for a log it cannot turn into rows
// the store can hold.
type LogDecoder func(log *types.Log, b *Batch) error

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
		"DevStablecoin":      DevStablecoinEvents(),
		"AssetToken":         withUpgrades(AssetTokenEvents()),
		"DeedToken":          withUpgrades(DeedTokenEvents()),
		"IdentityRegistry":   withUpgrades(IdentityRegistryEvents()),
		"ValuationFeed":      withUpgrades(ValuationFeedEvents()),
		"Distributor":        withUpgrades(DistributorEvents()),
		"Dealing":            withUpgrades(DealingEvents()),
		"TimelockController": TimelockControllerEvents(),
	}
}

// on registers the decoder of event ev: unpack is the binding's, add turns
// its result into rows. The log must carry exactly the event's topics, and
// data when the event has unindexed fields: the binding's unpack leaves
// those fields nil when the data is empty.
func on[E any](d ContractDecoder, ev abi.Event, unpack func(*types.Log) (*E, error), add func(*types.Log, *E, *Batch)) {
	indexed := 0
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed++
		}
	}
	hasData := len(ev.Inputs) > indexed
	d[ev.ID] = func(l *types.Log, b *Batch) error {
		if len(l.Topics) != 1+indexed {
			return fmt.Errorf("%s: %d topics, the event has %d", ev.Sig, len(l.Topics), 1+indexed)
		}
		if hasData && len(l.Data) == 0 {
			return fmt.Errorf("%s: no data for its %d unindexed fields", ev.Sig, len(ev.Inputs)-indexed)
		}
		e, err := unpack(l)
		if err != nil {
			return fmt.Errorf("%s: %w", ev.Sig, err)
		}
		add(l, e, b)
		return nil
	}
}

// storable wraps unpack to refuse an event whose text field, which the
// emitter chose, PostgreSQL's text cannot hold (invalid UTF-8, or NUL).
func storable[E any](unpack func(*types.Log) (*E, error), text func(*E) string) func(*types.Log) (*E, error) {
	return func(l *types.Log) (*E, error) {
		e, err := unpack(l)
		if err != nil {
			return nil, err
		}
		if s := text(e); !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			return nil, errors.New("text field is not UTF-8 without NUL")
		}
		return e, nil
	}
}

// DevStablecoinEvents decodes DevStablecoin's Transfer events. Any contract
// with the ERC-20 Transfer event may use it.
func DevStablecoinEvents() ContractDecoder {
	c := devstablecoin.NewDevStablecoin()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	on(d, ev[devstablecoin.DevStablecoinTransferEventName], c.UnpackTransferEvent,
		func(l *types.Log, e *devstablecoin.DevStablecoinTransfer, b *Batch) {
			b.Transfers = append(b.Transfers, chain.Transfer{EventRef: eventRef(l), Token: l.Address, From: e.From, To: e.To, Value: e.Value})
		})
	return d
}

// AssetTokenEvents decodes AssetToken's transfers, mints and burns with
// their request ids, forced transfers, freezes and documents.
func AssetTokenEvents() ContractDecoder {
	c := assettoken.NewAssetToken()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	on(d, ev[assettoken.AssetTokenTransferEventName], c.UnpackTransferEvent,
		func(l *types.Log, e *assettoken.AssetTokenTransfer, b *Batch) {
			b.Transfers = append(b.Transfers, chain.Transfer{EventRef: eventRef(l), Token: l.Address, From: e.From, To: e.To, Value: e.Value})
		})
	on(d, ev[assettoken.AssetTokenIssuedEventName], c.UnpackIssuedEvent,
		func(l *types.Log, e *assettoken.AssetTokenIssued, b *Batch) {
			b.Mints = append(b.Mints, chain.Mint{EventRef: eventRef(l), Token: l.Address, RequestID: e.RequestId, To: e.To, Amount: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenRedeemedEventName], c.UnpackRedeemedEvent,
		func(l *types.Log, e *assettoken.AssetTokenRedeemed, b *Batch) {
			b.Burns = append(b.Burns, chain.Burn{EventRef: eventRef(l), Token: l.Address, RequestID: e.RequestId, From: e.From, Amount: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenForcedTransferEventName], c.UnpackForcedTransferEvent,
		func(l *types.Log, e *assettoken.AssetTokenForcedTransfer, b *Batch) {
			b.ForcedTransfers = append(b.ForcedTransfers, chain.ForcedTransfer{EventRef: eventRef(l), Token: l.Address,
				From: e.From, To: e.To, Amount: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenTokensFrozenEventName], c.UnpackTokensFrozenEvent,
		func(l *types.Log, e *assettoken.AssetTokenTokensFrozen, b *Batch) {
			b.FrozenChanges = append(b.FrozenChanges, chain.FrozenChange{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account, Delta: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenTokensUnfrozenEventName], c.UnpackTokensUnfrozenEvent,
		func(l *types.Log, e *assettoken.AssetTokenTokensUnfrozen, b *Batch) {
			b.FrozenChanges = append(b.FrozenChanges, chain.FrozenChange{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account,
				Delta: new(big.Int).Neg(e.Amount)})
		})
	on(d, ev[assettoken.AssetTokenAddressFrozenEventName], c.UnpackAddressFrozenEvent,
		func(l *types.Log, e *assettoken.AssetTokenAddressFrozen, b *Batch) {
			b.AddressFreezes = append(b.AddressFreezes, chain.AddressFreeze{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account,
				Frozen: e.IsFrozen, Agent: e.Agent})
		})
	on(d, ev[assettoken.AssetTokenDocumentUpdatedEventName],
		storable(c.UnpackDocumentUpdatedEvent, func(e *assettoken.AssetTokenDocumentUpdated) string { return e.Uri }),
		func(l *types.Log, e *assettoken.AssetTokenDocumentUpdated, b *Batch) {
			b.Documents = append(b.Documents, chain.DocumentAnchor{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
				DocumentHash: e.DocumentHash})
		})
	on(d, ev[assettoken.AssetTokenDocumentRemovedEventName],
		storable(c.UnpackDocumentRemovedEvent, func(e *assettoken.AssetTokenDocumentRemoved) string { return e.Uri }),
		func(l *types.Log, e *assettoken.AssetTokenDocumentRemoved, b *Batch) {
			b.Documents = append(b.Documents, chain.DocumentAnchor{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
				DocumentHash: e.DocumentHash, Removed: true})
		})
	return d
}

// DeedTokenEvents decodes DeedToken's ERC-721 transfers (each of value 1,
// so balances count deeds), forced transfers, address freezes and
// documents.
func DeedTokenEvents() ContractDecoder {
	c := deedtoken.NewDeedToken()
	ev := c.GetABI().Events
	one := big.NewInt(1)
	d := ContractDecoder{}
	on(d, ev[deedtoken.DeedTokenTransferEventName], c.UnpackTransferEvent,
		func(l *types.Log, e *deedtoken.DeedTokenTransfer, b *Batch) {
			b.Transfers = append(b.Transfers, chain.Transfer{EventRef: eventRef(l), Token: l.Address, From: e.From, To: e.To,
				Value: one, TokenID: e.TokenId})
		})
	on(d, ev[deedtoken.DeedTokenForcedTransferEventName], c.UnpackForcedTransferEvent,
		func(l *types.Log, e *deedtoken.DeedTokenForcedTransfer, b *Batch) {
			b.ForcedTransfers = append(b.ForcedTransfers, chain.ForcedTransfer{EventRef: eventRef(l), Token: l.Address,
				From: e.From, To: e.To, Amount: one, TokenID: e.TokenId})
		})
	on(d, ev[deedtoken.DeedTokenAddressFrozenEventName], c.UnpackAddressFrozenEvent,
		func(l *types.Log, e *deedtoken.DeedTokenAddressFrozen, b *Batch) {
			b.AddressFreezes = append(b.AddressFreezes, chain.AddressFreeze{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account,
				Frozen: e.IsFrozen, Agent: e.Agent})
		})
	on(d, ev[deedtoken.DeedTokenDocumentUpdatedEventName],
		storable(c.UnpackDocumentUpdatedEvent, func(e *deedtoken.DeedTokenDocumentUpdated) string { return e.Uri }),
		func(l *types.Log, e *deedtoken.DeedTokenDocumentUpdated, b *Batch) {
			b.Documents = append(b.Documents, chain.DocumentAnchor{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
				DocumentHash: e.DocumentHash})
		})
	on(d, ev[deedtoken.DeedTokenDocumentRemovedEventName],
		storable(c.UnpackDocumentRemovedEvent, func(e *deedtoken.DeedTokenDocumentRemoved) string { return e.Uri }),
		func(l *types.Log, e *deedtoken.DeedTokenDocumentRemoved, b *Batch) {
			b.Documents = append(b.Documents, chain.DocumentAnchor{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
				DocumentHash: e.DocumentHash, Removed: true})
		})
	return d
}

// IdentityRegistryEvents decodes the registry's identity events.
func IdentityRegistryEvents() ContractDecoder {
	c := identityregistry.NewIdentityRegistry()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	add := func(b *Batch, l *types.Log, e chain.IdentityEvent) {
		e.EventRef, e.Registry = eventRef(l), l.Address
		b.IdentityEvents = append(b.IdentityEvents, e)
	}
	on(d, ev[identityregistry.IdentityRegistryIdentityRegisteredEventName], c.UnpackIdentityRegisteredEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryIdentityRegistered, b *Batch) {
			add(b, l, chain.IdentityEvent{Kind: chain.IdentityRegistered, Wallet: e.Wallet, InvestorID: e.InvestorId,
				Country: e.Country, Expiry: e.Expiry, Flags: e.Flags})
		})
	on(d, ev[identityregistry.IdentityRegistryIdentityRemovedEventName], c.UnpackIdentityRemovedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryIdentityRemoved, b *Batch) {
			add(b, l, chain.IdentityEvent{Kind: chain.IdentityRemoved, Wallet: e.Wallet, InvestorID: e.InvestorId})
		})
	on(d, ev[identityregistry.IdentityRegistryCountryUpdatedEventName], c.UnpackCountryUpdatedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryCountryUpdated, b *Batch) {
			add(b, l, chain.IdentityEvent{Kind: chain.IdentityCountryUpdated, Wallet: e.Wallet, Country: e.Country})
		})
	on(d, ev[identityregistry.IdentityRegistryExpiryUpdatedEventName], c.UnpackExpiryUpdatedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryExpiryUpdated, b *Batch) {
			add(b, l, chain.IdentityEvent{Kind: chain.IdentityExpiryUpdated, Wallet: e.Wallet, Expiry: e.Expiry})
		})
	on(d, ev[identityregistry.IdentityRegistryFlagsUpdatedEventName], c.UnpackFlagsUpdatedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryFlagsUpdated, b *Batch) {
			add(b, l, chain.IdentityEvent{Kind: chain.IdentityFlagsUpdated, Wallet: e.Wallet, Flags: e.Flags})
		})
	return d
}

// ValuationFeedEvents decodes a feed's rounds: AnswerUpdated makes the row,
// the NewRound emitted before it in the same transmission adds the
// observation time and the transmitter.
func ValuationFeedEvents() ContractDecoder {
	c := valuationfeed.NewValuationFeed()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	on(d, ev[valuationfeed.ValuationFeedNewRoundEventName], c.UnpackNewRoundEvent,
		func(l *types.Log, e *valuationfeed.ValuationFeedNewRound, b *Batch) {
			if b.roundStarts == nil {
				b.roundStarts = map[roundKey]roundStart{}
			}
			b.roundStarts[roundKey{l.Address, e.RoundId.String()}] = roundStart{at: unixTime(e.StartedAt), by: e.StartedBy}
		})
	on(d, ev[valuationfeed.ValuationFeedAnswerUpdatedEventName], c.UnpackAnswerUpdatedEvent,
		func(l *types.Log, e *valuationfeed.ValuationFeedAnswerUpdated, b *Batch) {
			r := chain.ValuationRound{EventRef: eventRef(l), Feed: l.Address, RoundID: e.RoundId, Answer: e.Current,
				UpdatedAt: unixTime(e.UpdatedAt)}
			if s, ok := b.roundStarts[roundKey{l.Address, e.RoundId.String()}]; ok {
				r.StartedAt, r.StartedBy = s.at, s.by
			}
			b.ValuationRounds = append(b.ValuationRounds, r)
		})
	return d
}

// DistributorEvents decodes published distributions, claims and reclaims.
func DistributorEvents() ContractDecoder {
	c := distributor.NewDistributor()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	on(d, ev[distributor.DistributorDistributionPublishedEventName], c.UnpackDistributionPublishedEvent,
		func(l *types.Log, e *distributor.DistributorDistributionPublished, b *Batch) {
			b.Distributions = append(b.Distributions, chain.PublishedDistribution{EventRef: eventRef(l), Distributor: l.Address, ID: e.Id,
				Asset: e.Asset, PaymentToken: e.PaymentToken, Issuer: e.Issuer, Total: e.Total, MerkleRoot: e.MerkleRoot,
				SnapshotBlock: e.SnapshotBlock, ClaimDeadline: unixTime(new(big.Int).SetUint64(e.ClaimDeadline))})
		})
	on(d, ev[distributor.DistributorClaimedEventName], c.UnpackClaimedEvent,
		func(l *types.Log, e *distributor.DistributorClaimed, b *Batch) {
			b.Claims = append(b.Claims, chain.Claim{EventRef: eventRef(l), Distributor: l.Address, DistributionID: e.Id,
				Account: e.Account, Amount: e.Amount})
		})
	on(d, ev[distributor.DistributorReclaimedEventName], c.UnpackReclaimedEvent,
		func(l *types.Log, e *distributor.DistributorReclaimed, b *Batch) {
			b.Claims = append(b.Claims, chain.Claim{EventRef: eventRef(l), Distributor: l.Address, DistributionID: e.Id,
				Account: e.Issuer, Amount: e.Amount, Reclaim: true})
		})
	return d
}

func eventRef(l *types.Log) chain.EventRef {
	return chain.EventRef{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index}
}

// maxTime is the latest time stored: the end of year 9999, which
// PostgreSQL, RFC 3339 and every client hold.
var maxTime = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

// unixTime converts a uint256 of unix seconds; values past maxTime (a
// claim deadline of type(uint64).max, say) are clamped rather than
// wrapped.
func unixTime(v *big.Int) time.Time {
	if v == nil || v.Cmp(big.NewInt(maxTime.Unix())) > 0 {
		return maxTime
	}
	return time.Unix(v.Int64(), 0).UTC()
}

// topics returns the event ids of the given contract names, sorted so the
// log filter is stable.
func (d Decoders) topics(contracts []chain.IndexedContract) []common.Hash {
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
// filter by address and topic never returns them, but a node may). A log
// its decoder refuses goes to b.Undecodable and the others are decoded:
// whoever can emit a log must not be able to stop the indexer.
func (d Decoders) Decode(kinds map[common.Address]string, logs []types.Log, b *Batch) {
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 {
			continue
		}
		dec := d[kinds[l.Address]][l.Topics[0]]
		if dec == nil {
			continue
		}
		if err := decodeLog(dec, l, b); err != nil {
			b.Undecodable = append(b.Undecodable, chain.UndecodableLog{EventRef: eventRef(l), Address: l.Address,
				Contract: kinds[l.Address], Topics: slices.Clone(l.Topics), Data: slices.Clone(l.Data), Error: err.Error()})
		}
	}
}

// decodeLog runs dec on l, a panic counting as a refusal.
func decodeLog(dec LogDecoder, l *types.Log, b *Batch) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decoder panicked: %v", r)
		}
	}()
	return dec(l, b)
}

// Batch is the batch a decoding fills, with the decoders' scratch state.
type Batch struct {
	*chain.IndexBatch
	// roundStarts holds NewRound events until the AnswerUpdated of the same
	// round, emitted after it in the same transaction, picks them up.
	roundStarts map[roundKey]roundStart
}

type roundKey struct {
	feed  common.Address
	round string
}

type roundStart struct {
	at time.Time
	by common.Address
}
