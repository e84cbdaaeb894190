package issuance

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// Holder is one investor's line in a cap table.
type Holder struct {
	InvestorID common.Hash      `json:"investor_id"` // zero for wallets the registry does not know
	Amount     string           `json:"amount"`      // base units
	Units      string           `json:"units"`
	PPM        int64            `json:"share_ppm"` // parts per million of the indexed supply, rounded down
	Wallets    []common.Address `json:"wallets"`
	InFlight
}

// InFlight is what an investor (or a wallet set) has in flight with an
// asset's Dealing contract, in base units (see WalletPosition); all "0"
// for an asset that does not deal at NAV.
type InFlight struct {
	PendingRedeemUnits         string `json:"pending_redeem_units"`
	PendingSubscriptionPayment string `json:"pending_subscription_payment"`
	ClaimableUnits             string `json:"claimable_units"`
	ClaimablePayment           string `json:"claimable_payment"`
}

// WalletPosition is what one wallet has in flight with an asset's Dealing
// contract, as the indexed requests and claims leave it. PendingRedeemUnits
// are units locked in the wallet (as owner) by redemption requests still
// to settle (pending, or a wire redemption priced and waiting for its
// payout); PendingSubscriptionPayment the payment of its pending
// subscription requests (as controller; escrowed, or promised by wire);
// ClaimableUnits and ClaimablePayment what its fulfilled subscriptions
// and (not wire) redemptions give and it has not claimed.
type WalletPosition struct {
	Wallet                     common.Address
	PendingRedeemUnits         *big.Int
	PendingSubscriptionPayment *big.Int
	ClaimableUnits             *big.Int
	ClaimablePayment           *big.Int
}

func (p WalletPosition) zero() bool {
	for _, v := range []*big.Int{p.PendingRedeemUnits, p.PendingSubscriptionPayment, p.ClaimableUnits, p.ClaimablePayment} {
		if v != nil && v.Sign() != 0 {
			return false
		}
	}
	return true
}

// add sums q into p.
func (p *WalletPosition) add(q WalletPosition) {
	for _, f := range []struct {
		to **big.Int
		v  *big.Int
	}{{&p.PendingRedeemUnits, q.PendingRedeemUnits},
		{&p.PendingSubscriptionPayment, q.PendingSubscriptionPayment}, {&p.ClaimableUnits, q.ClaimableUnits},
		{&p.ClaimablePayment, q.ClaimablePayment}} {
		if *f.to == nil {
			*f.to = new(big.Int)
		}
		if f.v != nil {
			(*f.to).Add(*f.to, f.v)
		}
	}
}

func (p WalletPosition) inFlight() InFlight {
	s := func(v *big.Int) string {
		if v == nil {
			return "0"
		}
		return v.String()
	}
	return InFlight{PendingRedeemUnits: s(p.PendingRedeemUnits), PendingSubscriptionPayment: s(p.PendingSubscriptionPayment),
		ClaimableUnits: s(p.ClaimableUnits), ClaimablePayment: s(p.ClaimablePayment)}
}

// CapTable is an asset's holders from the indexer's latest view beside the
// supply on chain and Tessera's own records.
type CapTable struct {
	AssetID        string   `json:"asset_id"`
	Token          string   `json:"token"`
	Decimals       uint8    `json:"decimals"`
	Holders        []Holder `json:"holders"`
	IndexedSupply  string   `json:"indexed_supply"`  // sum of indexed balances
	OnchainSupply  string   `json:"onchain_supply"`  // totalSupply() now
	RecordedMinted string   `json:"recorded_minted"` // approved, confirmed mints
	RecordedBurned string   `json:"recorded_burned"` // approved, confirmed burns
	// DealtMinted and DealtBurned are the units the asset's Dealing
	// contract minted and burned, from its indexed events ("0" without one).
	DealtMinted    string `json:"dealt_minted"`
	DealtBurned    string `json:"dealt_burned"`
	RecordedSupply string `json:"recorded_supply"` // minted − burned, issuance's and dealing's
	IndexedBlock   uint64 `json:"indexed_block"`   // the newest block the indexer has read
	Reconciled     bool   `json:"reconciled"`      // indexed = on chain = recorded
	// Investors is the token's investor counters beside the indexed
	// holders recounted (captable_counts.go).
	Investors InvestorCounts `json:"investors"`
}

// CapTable builds an asset's cap table: holders grouped by investor id
// (the identity registry's), largest first.
func (s *Service) CapTable(ctx context.Context, assetID string) (CapTable, error) {
	a, err := s.Asset(ctx, assetID)
	if err != nil {
		return CapTable{}, err
	}
	if a.Token == nil {
		return CapTable{}, errs.E(errs.Conflict, "invalid_state", "asset "+a.ID+" has no token yet")
	}
	token := *a.Token
	bals, err := s.cfg.Index.Balances(ctx, s.cfg.ChainID, token, chain.ViewLatest)
	if err != nil {
		return CapTable{}, err
	}
	ids, err := s.cfg.Index.Identities(ctx, s.cfg.ChainID, s.cfg.Registry, chain.ViewLatest)
	if err != nil {
		return CapTable{}, err
	}
	investors := make(map[common.Address]common.Hash, len(ids))
	for _, id := range ids {
		investors[id.Wallet] = id.InvestorID
	}
	// What each wallet has in flight with the asset's Dealing contract:
	// a wallet whose first subscription is pending is a holder to be.
	var positions []WalletPosition
	if a.Dealing != nil {
		if positions, err = s.cfg.Store.DealingPositions(ctx, s.cfg.ChainID, *a.Dealing, nil); err != nil {
			return CapTable{}, err
		}
	}
	supply := new(big.Int)
	byInvestor := map[common.Hash]*Holder{}
	amounts := map[common.Hash]*big.Int{}
	inFlight := map[common.Hash]*WalletPosition{}
	var order []common.Hash
	holder := func(w common.Address) common.Hash {
		inv := investors[w]
		if inv == (common.Hash{}) {
			inv = common.BytesToHash(w.Bytes()) // an unregistered wallet stands alone
		}
		h := byInvestor[inv]
		if h == nil {
			h = &Holder{InvestorID: investors[w]}
			byInvestor[inv], amounts[inv], inFlight[inv] = h, new(big.Int), &WalletPosition{}
			order = append(order, inv)
		}
		if !slices.Contains(h.Wallets, w) {
			h.Wallets = append(h.Wallets, w)
		}
		return inv
	}
	for _, b := range bals {
		if b.Amount.Sign() == 0 {
			continue
		}
		supply.Add(supply, b.Amount)
		inv := holder(b.Wallet)
		amounts[inv].Add(amounts[inv], b.Amount)
	}
	for _, p := range positions {
		if p.zero() {
			continue
		}
		inFlight[holder(p.Wallet)].add(p)
	}
	ct := CapTable{AssetID: a.ID, Token: token.Hex(), Decimals: a.Decimals, Holders: []Holder{}, IndexedSupply: supply.String()}
	for _, inv := range order {
		h := byInvestor[inv]
		h.Amount, h.Units = amounts[inv].String(), FormatUnits(amounts[inv], a.Decimals)
		h.InFlight = inFlight[inv].inFlight()
		if supply.Sign() > 0 {
			h.PPM = new(big.Int).Div(new(big.Int).Mul(amounts[inv], big.NewInt(1_000_000)), supply).Int64()
		}
		ct.Holders = append(ct.Holders, *h)
	}
	sort.SliceStable(ct.Holders, func(i, j int) bool {
		x, _ := new(big.Int).SetString(ct.Holders[i].Amount, 10)
		y, _ := new(big.Int).SetString(ct.Holders[j].Amount, 10)
		return x.Cmp(y) > 0
	})
	onchain, err := s.totalSupply(ctx, token)
	if err != nil {
		return CapTable{}, err
	}
	minted, burned, err := s.cfg.Store.Issued(ctx, a.ID)
	if err != nil {
		return CapTable{}, err
	}
	dealtMinted, dealtBurned := new(big.Int), new(big.Int)
	if a.Dealing != nil {
		if dealtMinted, dealtBurned, err = s.cfg.Store.DealtUnits(ctx, s.cfg.ChainID, *a.Dealing); err != nil {
			return CapTable{}, err
		}
	}
	recorded := new(big.Int).Sub(minted, burned)
	recorded.Add(recorded, dealtMinted).Sub(recorded, dealtBurned)
	ct.OnchainSupply, ct.RecordedMinted, ct.RecordedBurned, ct.RecordedSupply = onchain.String(), minted.String(), burned.String(), recorded.String()
	ct.DealtMinted, ct.DealtBurned = dealtMinted.String(), dealtBurned.String()
	if cur, ok, err := s.cfg.Index.IndexCursor(ctx, s.cfg.ChainID); err == nil && ok {
		ct.IndexedBlock = cur.Block.Number
	}
	ct.Reconciled = supply.Cmp(onchain) == 0 && onchain.Cmp(recorded) == 0
	if ct.Investors, err = s.investorCounts(ctx, token, bals, ids); err != nil {
		return CapTable{}, fmt.Errorf("investor counts: %w", err)
	}
	return ct, nil
}

// Valuation is an asset's latest feed round.
type Valuation struct {
	Feed      common.Address `json:"feed"`
	RoundID   string         `json:"round_id"`
	Answer    string         `json:"answer"` // per unit, scaled by 10^Decimals
	Decimals  uint8          `json:"decimals"`
	UpdatedAt time.Time      `json:"updated_at"`
}

// Holding is one asset an investor's wallet holds.
type Holding struct {
	AssetID   string           `json:"asset_id"`
	Name      string           `json:"name"`
	Symbol    string           `json:"symbol"`
	Token     string           `json:"token"`
	Wallets   []common.Address `json:"wallets"` // the wallets holding it
	Amount    string           `json:"amount"`  // base units
	Units     string           `json:"units"`
	Decimals  uint8            `json:"decimals"` // the asset's, for its other amounts in units
	PPM       int64            `json:"share_ppm"`
	Valuation *Valuation       `json:"valuation,omitempty"`
	// Value is units × the latest valuation, in the asset's currency
	// scaled by 10^Valuation.Decimals (rounded down).
	Value    string   `json:"value,omitempty"`
	Currency string   `json:"currency"`
	Payouts  []Payout `json:"payouts"`
	// InFlight sums what the wallets have in flight with the asset's
	// Dealing contract.
	InFlight
	// Locks are the holding wallets' running locks, read from the token
	// at the latest block; Locked sums what they lock now. LiquidateOnly
	// says the investor may only sell and redeem. LocksUnavailable says
	// the token could not be read: the three are then unknown.
	Locks            []HoldingLock `json:"locks"`
	Locked           string        `json:"locked"` // base units
	LiquidateOnly    bool          `json:"liquidate_only"`
	LocksUnavailable bool          `json:"locks_unavailable,omitempty"`
}

// HoldingLock is one running lock of one of the holding's wallets.
type HoldingLock struct {
	Wallet common.Address
	compliance.Lock
}

// Payout is an investor's share of a distribution.
type Payout struct {
	DistributionID string         `json:"distribution_id"`
	PaymentToken   common.Address `json:"payment_token"`
	Amount         string         `json:"amount"`
	Claimed        bool           `json:"claimed"`
}

// Holdings lists every tokenized asset wallet holds (latest view) with its
// valuation and payouts; with locks, also each holding's locks and its
// investor's liquidate-only state, read from the chain in one batch (the
// rest comes from one SQL statement: locks are asked for where shown).
func (s *Service) Holdings(ctx context.Context, wallet common.Address, locks bool) ([]Holding, error) {
	return s.holdings(ctx, []common.Address{wallet}, locks)
}

// InvestorHoldings is Holdings summed over every wallet the identity
// registry binds to the investor id.
func (s *Service) InvestorHoldings(ctx context.Context, investorID common.Hash, locks bool) ([]Holding, error) {
	ids, err := s.cfg.Index.Identities(ctx, s.cfg.ChainID, s.cfg.Registry, chain.ViewLatest)
	if err != nil {
		return nil, err
	}
	var wallets []common.Address
	for _, id := range ids {
		if id.InvestorID == investorID {
			wallets = append(wallets, id.Wallet)
		}
	}
	if len(wallets) == 0 {
		return nil, notFound("investor", investorID.Hex())
	}
	return s.holdings(ctx, wallets, locks)
}

// HoldingsQuery is what Store.Holdings reads: the holdings of Wallets on
// ChainID, the payouts of Distributor's published distributions.
type HoldingsQuery struct {
	ChainID     *big.Int
	Distributor common.Address
	Wallets     []common.Address
}

// HoldingRecord is one asset a wallet set holds, as the store reads it.
type HoldingRecord struct {
	Asset   Asset            // ID, Name, Symbol, Token, Decimals, Currency and Feed only
	Holders []common.Address // the wallets with a positive balance, in the query's order
	Amount  *big.Int         // the wallets' balances summed
	Supply  *big.Int         // the token's indexed supply
	// Round is the feed's latest indexed round (nil: none yet), and
	// FeedDecimals the decimals its deployment record gives (nil: not
	// recorded).
	Round        *chain.ValuationRound
	FeedDecimals *uint8
	// Payouts are the wallets' leaves in the asset's published
	// distributions: by wallet in the query's order, then distribution by
	// creation, then leaf.
	Payouts []Payout
	// Dealing sums what the wallets have in flight with the asset's
	// Dealing contract (Wallet unset; zero without one).
	Dealing WalletPosition
}

func (s *Service) holdings(ctx context.Context, wallets []common.Address, locks bool) ([]Holding, error) {
	seen := make(map[common.Address]bool, len(wallets))
	uniq := make([]common.Address, 0, len(wallets))
	for _, w := range wallets {
		if !seen[w] {
			seen[w] = true
			uniq = append(uniq, w)
		}
	}
	recs, err := s.cfg.Store.Holdings(ctx, HoldingsQuery{ChainID: s.cfg.ChainID, Distributor: s.cfg.Distributor, Wallets: uniq})
	if err != nil {
		return nil, err
	}
	out := make([]Holding, 0, len(recs))
	tokens := make([]common.Address, 0, len(recs)) // each holding's token, for its locks
	for _, r := range recs {
		if r.Amount.Sign() == 0 && len(r.Payouts) == 0 && r.Dealing.zero() {
			continue
		}
		a := r.Asset
		h := Holding{AssetID: a.ID, Name: a.Name, Symbol: a.Symbol, Token: a.Token.Hex(), Wallets: r.Holders, Amount: r.Amount.String(),
			Units: FormatUnits(r.Amount, a.Decimals), Decimals: a.Decimals, Currency: a.Currency, Payouts: r.Payouts, InFlight: r.Dealing.inFlight()}
		if h.Wallets == nil {
			h.Wallets = []common.Address{}
		}
		if h.Payouts == nil {
			h.Payouts = []Payout{}
		}
		if r.Supply.Sign() > 0 {
			h.PPM = new(big.Int).Div(new(big.Int).Mul(r.Amount, big.NewInt(1_000_000)), r.Supply).Int64()
		}
		if a.Feed != nil && r.Round != nil {
			if r.FeedDecimals == nil {
				return nil, fmt.Errorf("asset %s: feed %s has no recorded decimals", a.ID, a.Feed.Hex())
			}
			h.Valuation = &Valuation{Feed: *a.Feed, RoundID: r.Round.RoundID.String(), Answer: r.Round.Answer.String(),
				Decimals: *r.FeedDecimals, UpdatedAt: r.Round.UpdatedAt}
			// value = balance / 10^decimals × answer
			v := new(big.Int).Mul(r.Amount, r.Round.Answer)
			v.Div(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(a.Decimals)), nil))
			h.Value = v.String()
		}
		out = append(out, h)
		tokens = append(tokens, *a.Token)
	}
	if locks {
		s.readLocks(ctx, out, tokens)
	}
	return out, nil
}

// readLocks adds the locks of each holding's wallets on its token
// (tokens[i] for hs[i]) and its investor's liquidate-only state, read at
// one head block in one batch of reads. A chain that cannot be read marks
// them unknown (LocksUnavailable), not the holdings.
func (s *Service) readLocks(ctx context.Context, hs []Holding, tokens []common.Address) {
	var qs []compliance.LockQuery
	for i := range hs {
		hs[i].Locks, hs[i].Locked = []HoldingLock{}, "0"
	}
	for i, h := range hs {
		for _, w := range h.Wallets {
			qs = append(qs, compliance.LockQuery{Token: tokens[i], Wallet: w})
		}
	}
	if len(qs) == 0 {
		return
	}
	unavailable := func() {
		for i := range hs {
			if len(hs[i].Wallets) > 0 {
				hs[i].LocksUnavailable = true
			}
		}
	}
	head, err := s.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		unavailable()
		return
	}
	at := time.Unix(int64(head.Time), 0)
	wls, err := compliance.ReadLocksBatch(ctx, s.cfg.Chain, qs, head.Number, at)
	if err != nil {
		// One token that cannot answer (one deployed before locks, say)
		// fails the batch: read holding by holding, so only it is unknown.
		wls = nil
	}
	k := 0
	for i := range hs {
		h := &hs[i]
		mine := wls
		if wls == nil && len(h.Wallets) > 0 {
			mine, err = compliance.ReadLocksBatch(ctx, s.cfg.Chain, qs[k:k+len(h.Wallets)], head.Number, at)
			if err != nil {
				h.LocksUnavailable = true
				k += len(h.Wallets)
				continue
			}
			mine = append(make([]compliance.WalletLocks, k), mine...)
		}
		locked := new(big.Int)
		for _, w := range h.Wallets {
			wl := mine[k]
			k++
			for _, l := range wl.Locks {
				h.Locks = append(h.Locks, HoldingLock{Wallet: w, Lock: l})
			}
			locked.Add(locked, wl.Locked)
			h.LiquidateOnly = h.LiquidateOnly || wl.LiquidateOnly
		}
		h.Locked = locked.String()
	}
}

// Transfers lists the transfers of wallet's tokens, newest first.
func (s *Service) Transfers(ctx context.Context, wallet common.Address, after *chain.EventPos, limit int) ([]chain.Transfer, error) {
	return s.cfg.Index.Transfers(ctx, s.cfg.ChainID, chain.TransferFilter{Wallet: wallet, View: chain.ViewLatest, Desc: true}, after, limit)
}

// PortfolioTotal is the value of a wallet set's holdings in one currency.
type PortfolioTotal struct {
	Currency string
	// Value sums the holdings' values in Currency, scaled by 10^Decimals
	// (the most decimals among their feeds: none is rounded).
	Value    *big.Int
	Decimals uint8
	// Assets is how many holdings are counted; OldestValuation the
	// oldest of their latest valuations, so a reader knows how fresh the
	// sum is.
	Assets          int
	OldestValuation time.Time
}

// Portfolio sums holdings' values per currency, in the order currencies
// first appear; unvalued counts the holdings with no valuation yet, which
// no total includes.
func Portfolio(hs []Holding) (totals []PortfolioTotal, unvalued int) {
	at := map[string]int{}
	for _, h := range hs {
		if h.Valuation == nil || h.Value == "" {
			unvalued++
			continue
		}
		v, ok := new(big.Int).SetString(h.Value, 10)
		if !ok {
			unvalued++
			continue
		}
		i, seen := at[h.Currency]
		if !seen {
			i = len(totals)
			at[h.Currency] = i
			totals = append(totals, PortfolioTotal{Currency: h.Currency, Value: new(big.Int), Decimals: h.Valuation.Decimals,
				OldestValuation: h.Valuation.UpdatedAt})
		}
		t := &totals[i]
		// Bring the total and this value to the larger of their scales.
		if d := h.Valuation.Decimals; d > t.Decimals {
			t.Value.Mul(t.Value, pow10(d-t.Decimals))
			t.Decimals = d
		}
		t.Value.Add(t.Value, v.Mul(v, pow10(t.Decimals-h.Valuation.Decimals)))
		t.Assets++
		if h.Valuation.UpdatedAt.Before(t.OldestValuation) {
			t.OldestValuation = h.Valuation.UpdatedAt
		}
	}
	return totals, unvalued
}

func pow10(n uint8) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }
