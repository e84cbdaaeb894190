package chain

import (
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
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
		"DevStablecoin":    DevStablecoinEvents(),
		"AssetToken":       AssetTokenEvents(),
		"DeedToken":        DeedTokenEvents(),
		"IdentityRegistry": IdentityRegistryEvents(),
		"ValuationFeed":    ValuationFeedEvents(),
		"Distributor":      DistributorEvents(),
	}
}

// on registers the decoder of event id: unpack is the binding's, add turns
// its result into rows.
func on[E any](d ContractDecoder, id common.Hash, unpack func(*types.Log) (*E, error), add func(*types.Log, *E, *IndexBatch)) {
	d[id] = func(l *types.Log, b *IndexBatch) error {
		ev, err := unpack(l)
		if err != nil {
			return err
		}
		add(l, ev, b)
		return nil
	}
}

// DevStablecoinEvents decodes DevStablecoin's Transfer events. Any contract
// with the ERC-20 Transfer event may use it.
func DevStablecoinEvents() ContractDecoder {
	c := devstablecoin.NewDevStablecoin()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	on(d, ev[devstablecoin.DevStablecoinTransferEventName].ID, c.UnpackTransferEvent,
		func(l *types.Log, e *devstablecoin.DevStablecoinTransfer, b *IndexBatch) {
			b.Transfers = append(b.Transfers, Transfer{EventRef: eventRef(l), Token: l.Address, From: e.From, To: e.To, Value: e.Value})
		})
	return d
}

// AssetTokenEvents decodes AssetToken's transfers, mints and burns with
// their request ids, forced transfers, freezes and documents.
func AssetTokenEvents() ContractDecoder {
	c := assettoken.NewAssetToken()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	on(d, ev[assettoken.AssetTokenTransferEventName].ID, c.UnpackTransferEvent,
		func(l *types.Log, e *assettoken.AssetTokenTransfer, b *IndexBatch) {
			b.Transfers = append(b.Transfers, Transfer{EventRef: eventRef(l), Token: l.Address, From: e.From, To: e.To, Value: e.Value})
		})
	on(d, ev[assettoken.AssetTokenIssuedEventName].ID, c.UnpackIssuedEvent,
		func(l *types.Log, e *assettoken.AssetTokenIssued, b *IndexBatch) {
			b.Mints = append(b.Mints, Mint{EventRef: eventRef(l), Token: l.Address, RequestID: e.RequestId, To: e.To, Amount: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenRedeemedEventName].ID, c.UnpackRedeemedEvent,
		func(l *types.Log, e *assettoken.AssetTokenRedeemed, b *IndexBatch) {
			b.Burns = append(b.Burns, Burn{EventRef: eventRef(l), Token: l.Address, RequestID: e.RequestId, From: e.From, Amount: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenForcedTransferEventName].ID, c.UnpackForcedTransferEvent,
		func(l *types.Log, e *assettoken.AssetTokenForcedTransfer, b *IndexBatch) {
			b.ForcedTransfers = append(b.ForcedTransfers, ForcedTransfer{EventRef: eventRef(l), Token: l.Address,
				From: e.From, To: e.To, Amount: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenTokensFrozenEventName].ID, c.UnpackTokensFrozenEvent,
		func(l *types.Log, e *assettoken.AssetTokenTokensFrozen, b *IndexBatch) {
			b.FrozenChanges = append(b.FrozenChanges, FrozenChange{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account, Delta: e.Amount})
		})
	on(d, ev[assettoken.AssetTokenTokensUnfrozenEventName].ID, c.UnpackTokensUnfrozenEvent,
		func(l *types.Log, e *assettoken.AssetTokenTokensUnfrozen, b *IndexBatch) {
			b.FrozenChanges = append(b.FrozenChanges, FrozenChange{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account,
				Delta: new(big.Int).Neg(e.Amount)})
		})
	on(d, ev[assettoken.AssetTokenAddressFrozenEventName].ID, c.UnpackAddressFrozenEvent,
		func(l *types.Log, e *assettoken.AssetTokenAddressFrozen, b *IndexBatch) {
			b.AddressFreezes = append(b.AddressFreezes, AddressFreeze{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account,
				Frozen: e.IsFrozen, Agent: e.Agent})
		})
	on(d, ev[assettoken.AssetTokenDocumentUpdatedEventName].ID, c.UnpackDocumentUpdatedEvent,
		func(l *types.Log, e *assettoken.AssetTokenDocumentUpdated, b *IndexBatch) {
			b.Documents = append(b.Documents, Document{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
				DocumentHash: e.DocumentHash})
		})
	on(d, ev[assettoken.AssetTokenDocumentRemovedEventName].ID, c.UnpackDocumentRemovedEvent,
		func(l *types.Log, e *assettoken.AssetTokenDocumentRemoved, b *IndexBatch) {
			b.Documents = append(b.Documents, Document{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
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
	on(d, ev[deedtoken.DeedTokenTransferEventName].ID, c.UnpackTransferEvent,
		func(l *types.Log, e *deedtoken.DeedTokenTransfer, b *IndexBatch) {
			b.Transfers = append(b.Transfers, Transfer{EventRef: eventRef(l), Token: l.Address, From: e.From, To: e.To,
				Value: one, TokenID: e.TokenId})
		})
	on(d, ev[deedtoken.DeedTokenForcedTransferEventName].ID, c.UnpackForcedTransferEvent,
		func(l *types.Log, e *deedtoken.DeedTokenForcedTransfer, b *IndexBatch) {
			b.ForcedTransfers = append(b.ForcedTransfers, ForcedTransfer{EventRef: eventRef(l), Token: l.Address,
				From: e.From, To: e.To, Amount: one, TokenID: e.TokenId})
		})
	on(d, ev[deedtoken.DeedTokenAddressFrozenEventName].ID, c.UnpackAddressFrozenEvent,
		func(l *types.Log, e *deedtoken.DeedTokenAddressFrozen, b *IndexBatch) {
			b.AddressFreezes = append(b.AddressFreezes, AddressFreeze{EventRef: eventRef(l), Token: l.Address, Wallet: e.Account,
				Frozen: e.IsFrozen, Agent: e.Agent})
		})
	on(d, ev[deedtoken.DeedTokenDocumentUpdatedEventName].ID, c.UnpackDocumentUpdatedEvent,
		func(l *types.Log, e *deedtoken.DeedTokenDocumentUpdated, b *IndexBatch) {
			b.Documents = append(b.Documents, Document{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
				DocumentHash: e.DocumentHash})
		})
	on(d, ev[deedtoken.DeedTokenDocumentRemovedEventName].ID, c.UnpackDocumentRemovedEvent,
		func(l *types.Log, e *deedtoken.DeedTokenDocumentRemoved, b *IndexBatch) {
			b.Documents = append(b.Documents, Document{EventRef: eventRef(l), Token: l.Address, Name: e.Name, URI: e.Uri,
				DocumentHash: e.DocumentHash, Removed: true})
		})
	return d
}

// IdentityRegistryEvents decodes the registry's identity events.
func IdentityRegistryEvents() ContractDecoder {
	c := identityregistry.NewIdentityRegistry()
	ev := c.GetABI().Events
	d := ContractDecoder{}
	add := func(b *IndexBatch, l *types.Log, e IdentityEvent) {
		e.EventRef, e.Registry = eventRef(l), l.Address
		b.IdentityEvents = append(b.IdentityEvents, e)
	}
	on(d, ev[identityregistry.IdentityRegistryIdentityRegisteredEventName].ID, c.UnpackIdentityRegisteredEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryIdentityRegistered, b *IndexBatch) {
			add(b, l, IdentityEvent{Kind: IdentityRegistered, Wallet: e.Wallet, InvestorID: e.InvestorId,
				Country: e.Country, Expiry: e.Expiry, Flags: e.Flags})
		})
	on(d, ev[identityregistry.IdentityRegistryIdentityRemovedEventName].ID, c.UnpackIdentityRemovedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryIdentityRemoved, b *IndexBatch) {
			add(b, l, IdentityEvent{Kind: IdentityRemoved, Wallet: e.Wallet, InvestorID: e.InvestorId})
		})
	on(d, ev[identityregistry.IdentityRegistryCountryUpdatedEventName].ID, c.UnpackCountryUpdatedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryCountryUpdated, b *IndexBatch) {
			add(b, l, IdentityEvent{Kind: IdentityCountryUpdated, Wallet: e.Wallet, Country: e.Country})
		})
	on(d, ev[identityregistry.IdentityRegistryExpiryUpdatedEventName].ID, c.UnpackExpiryUpdatedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryExpiryUpdated, b *IndexBatch) {
			add(b, l, IdentityEvent{Kind: IdentityExpiryUpdated, Wallet: e.Wallet, Expiry: e.Expiry})
		})
	on(d, ev[identityregistry.IdentityRegistryFlagsUpdatedEventName].ID, c.UnpackFlagsUpdatedEvent,
		func(l *types.Log, e *identityregistry.IdentityRegistryFlagsUpdated, b *IndexBatch) {
			add(b, l, IdentityEvent{Kind: IdentityFlagsUpdated, Wallet: e.Wallet, Flags: e.Flags})
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
	on(d, ev[valuationfeed.ValuationFeedNewRoundEventName].ID, c.UnpackNewRoundEvent,
		func(l *types.Log, e *valuationfeed.ValuationFeedNewRound, b *IndexBatch) {
			if b.roundStarts == nil {
				b.roundStarts = map[roundKey]roundStart{}
			}
			b.roundStarts[roundKey{l.Address, e.RoundId.String()}] = roundStart{at: unixTime(e.StartedAt), by: e.StartedBy}
		})
	on(d, ev[valuationfeed.ValuationFeedAnswerUpdatedEventName].ID, c.UnpackAnswerUpdatedEvent,
		func(l *types.Log, e *valuationfeed.ValuationFeedAnswerUpdated, b *IndexBatch) {
			r := ValuationRound{EventRef: eventRef(l), Feed: l.Address, RoundID: e.RoundId, Answer: e.Current,
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
	on(d, ev[distributor.DistributorDistributionPublishedEventName].ID, c.UnpackDistributionPublishedEvent,
		func(l *types.Log, e *distributor.DistributorDistributionPublished, b *IndexBatch) {
			b.Distributions = append(b.Distributions, Distribution{EventRef: eventRef(l), Distributor: l.Address, ID: e.Id,
				Asset: e.Asset, PaymentToken: e.PaymentToken, Issuer: e.Issuer, Total: e.Total, MerkleRoot: e.MerkleRoot,
				SnapshotBlock: e.SnapshotBlock, ClaimDeadline: unixTime(new(big.Int).SetUint64(e.ClaimDeadline))})
		})
	on(d, ev[distributor.DistributorClaimedEventName].ID, c.UnpackClaimedEvent,
		func(l *types.Log, e *distributor.DistributorClaimed, b *IndexBatch) {
			b.Claims = append(b.Claims, Claim{EventRef: eventRef(l), Distributor: l.Address, DistributionID: e.Id,
				Account: e.Account, Amount: e.Amount})
		})
	on(d, ev[distributor.DistributorReclaimedEventName].ID, c.UnpackReclaimedEvent,
		func(l *types.Log, e *distributor.DistributorReclaimed, b *IndexBatch) {
			b.Claims = append(b.Claims, Claim{EventRef: eventRef(l), Distributor: l.Address, DistributionID: e.Id,
				Account: e.Issuer, Amount: e.Amount, Reclaim: true})
		})
	return d
}

func eventRef(l *types.Log) EventRef {
	return EventRef{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index}
}

// unixTime converts a uint256 of unix seconds; values past year 292e9 are
// clamped rather than wrapped.
func unixTime(v *big.Int) time.Time {
	if v == nil || !v.IsInt64() {
		return time.Unix(1<<62, 0).UTC()
	}
	return time.Unix(v.Int64(), 0).UTC()
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
