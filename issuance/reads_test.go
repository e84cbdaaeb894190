package issuance_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/merkle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// readEnv is the platform's issuance service with every loop off and the
// statements of its database pool counted, with records written straight
// to the stores: the reads under test touch neither the chain nor the
// transaction manager.
type readEnv struct {
	svc         *issuance.Service
	pool        *pgxpool.Pool
	stmts       *pgtest.Statements
	store       *postgres.IssuanceStore
	index       *postgres.IndexStore
	chainID     *big.Int
	distributor common.Address
}

func newReadEnv(t *testing.T) *readEnv {
	t.Helper()
	stmts := &pgtest.Statements{}
	p := apptest.Start(t, apptest.Options{Shared: true, Configure: func(c *app.Config) {
		c.Workers = app.Workers{}
		c.Database.Tracer = stmts
	}})
	return &readEnv{svc: p.Issuance, pool: p.Pool, stmts: stmts, store: &postgres.IssuanceStore{Pool: p.Pool},
		index: &postgres.IndexStore{Pool: p.Pool}, chainID: p.ChainID, distributor: p.Suite.Distributor.Address}
}

// asset creates an active asset on token, valued by feed when feed is not
// zero, whose deployment record gives feedDecimals (nil: none recorded).
func (e *readEnv) asset(t *testing.T, symbol string, decimals uint8, token, feed common.Address, feedDecimals *uint8) issuance.Asset {
	t.Helper()
	ctx := context.Background()
	a, err := e.svc.CreateAsset(ctx, auth.System("t-issuer", auth.Issuer), issuance.NewAsset{Kind: issuance.TreasuryFund,
		Name: "Fund " + symbol, Symbol: symbol, Jurisdiction: "US-NY", Currency: "USD", TotalUnits: "1000000000", Decimals: decimals})
	if err != nil {
		t.Fatal(err)
	}
	if token == (common.Address{}) {
		return a // a draft: not tokenized, never held
	}
	a, err = e.store.UpdateAsset(ctx, a.ID, func(a *issuance.Asset) (issuance.Event, error) {
		ev := issuance.Event{From: a.State, To: issuance.Active, Actor: "system:t-issuer", Note: "test: registered"}
		a.State, a.ChainID, a.Token = issuance.Active, e.chainID.String(), &token
		if feed != (common.Address{}) {
			a.Feed = &feed
		}
		return ev, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if feed != (common.Address{}) {
		err := (&postgres.Deployments{Pool: e.pool}).SaveDeployment(ctx, chain.Deployment{ChainID: e.chainID,
			Name: "issuance:" + a.ID + ":feed", Contract: "ValuationFeed", Address: feed, Decimals: feedDecimals})
		if err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// distribution stores a distribution of asset paying leaves (in this
// order) and, when published, approves it and gives it onchainID.
func (e *readEnv) distribution(t *testing.T, assetID string, pay common.Address, leaves []merkle.Leaf, onchainID int64) issuance.Distribution {
	t.Helper()
	ctx := context.Background()
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	dump, err := tree.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	total := new(big.Int)
	for _, l := range leaves {
		total.Add(total, l.Amount)
	}
	d := issuance.Distribution{ID: issuance.NewID(), AssetID: assetID, PaymentToken: pay, Total: total.String(), SnapshotBlock: 1,
		ClaimDeadline: time.Now().Add(90 * 24 * time.Hour).UTC().Truncate(time.Second), MerkleRoot: tree.Root(),
		RemainderTo: leaves[0].Account, Remainder: "0", CreatedBy: "key:tk_issuer", State: issuance.Pending,
		CreatedAt: time.Now().UTC(), Tree: dump}
	if err := e.store.CreateDistribution(ctx, d); err != nil {
		t.Fatal(err)
	}
	if onchainID == 0 {
		return d
	}
	if _, err := e.store.DecideDistribution(ctx, d.ID, func(d *issuance.Distribution, _ *big.Int) error {
		now := time.Now().UTC()
		d.State, d.DecidedBy, d.DecidedAt = issuance.Approved, "key:tk_approver", &now
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := e.store.SetDistributionOnchainID(ctx, d.ID, big.NewInt(onchainID)); err != nil {
		t.Fatal(err)
	}
	return d
}

func addr(n int) common.Address { return common.BigToAddress(big.NewInt(int64(n))) }

func leaf(a common.Address, amount int64) merkle.Leaf {
	return merkle.Leaf{Account: a, Amount: big.NewInt(amount)}
}

// holdingsFixture is several assets (decimals 0, 2, 6 and 18; with and
// without a feed; one feed with two rounds, one with none; a draft), six
// wallets holding some of them (one whose balance went back to zero), and
// published and unpublished distributions, claimed, reclaimed and claimed
// on another distributor.
func holdingsFixture(t *testing.T, e *readEnv) (wallets []common.Address) {
	t.Helper()
	ctx := context.Background()
	eight := uint8(8)
	tokA, tokB, tokC, tokD := addr(0xA0), addr(0xB0), addr(0xC0), addr(0xD0)
	feedA, feedB, feedD := addr(0xFA), addr(0xFB), addr(0xFD)
	usdc, eurc := addr(0xCC01), addr(0xCC02)
	for i := 1; i <= 6; i++ {
		wallets = append(wallets, addr(0x1000+i))
	}
	w := wallets
	e.asset(t, "DRAFT", 6, common.Address{}, common.Address{}, nil)
	a := e.asset(t, "FUNDA", 6, tokA, feedA, &eight)
	b := e.asset(t, "FUNDB", 0, tokB, feedB, &eight) // a feed without rounds yet
	c := e.asset(t, "FUNDC", 18, tokC, common.Address{}, nil)
	d := e.asset(t, "FUNDD", 2, tokD, feedD, &eight)

	// The indexer's records, through its own write path.
	var blocks []chain.IndexedBlock
	for n := uint64(1); n <= 3; n++ {
		blocks = append(blocks, chain.IndexedBlock{Number: n, Hash: common.BytesToHash([]byte{0xb, byte(n)}),
			ParentHash: common.BytesToHash([]byte{0xb, byte(n - 1)}), Time: time.Unix(int64(1_700_000_000+12*n), 0).UTC()})
	}
	log := uint(0)
	ref := func(n int) chain.EventRef {
		log++
		b := blocks[n-1]
		return chain.EventRef{Block: b.Number, BlockHash: b.Hash, TxHash: common.BytesToHash([]byte{0x7, byte(n), byte(log)}), LogIndex: log}
	}
	var ts []chain.Transfer
	move := func(n int, token, from, to common.Address, v string) {
		amount, _ := new(big.Int).SetString(v, 10)
		ts = append(ts, chain.Transfer{EventRef: ref(n), Token: token, From: from, To: to, Value: amount})
	}
	zero := common.Address{}
	move(1, tokA, zero, w[0], "250000000000")
	move(1, tokA, zero, w[1], "100000000000")
	move(1, tokA, zero, w[2], "50000500000")
	move(2, tokA, w[0], w[3], "1234567")
	move(1, tokB, zero, w[0], "600")
	move(1, tokB, zero, w[4], "300")
	move(2, tokB, w[4], w[5], "300") // w[4]'s balance is back to zero
	move(1, tokC, zero, w[1], "1000000000000000000000")
	move(1, tokC, zero, w[2], "3")
	move(1, tokD, zero, w[0], "12345")
	move(1, tokD, zero, addr(0x9999), "99999") // a holder outside every set
	round := func(n int, feed common.Address, id int64, answer string) chain.ValuationRound {
		v, _ := new(big.Int).SetString(answer, 10)
		return chain.ValuationRound{EventRef: ref(n), Feed: feed, RoundID: big.NewInt(id), Answer: v,
			UpdatedAt: time.Unix(int64(1_700_000_000+id), 0).UTC()}
	}
	rounds := []chain.ValuationRound{
		round(1, feedA, 1, "100000000"),
		round(3, feedA, 2, "100523417"), // the latest
		round(2, feedD, 1, "250000000000"),
	}
	if err := e.index.ApplyIndexBatch(ctx, e.chainID, &chain.IndexBatch{Blocks: blocks, Head: 3, Finalized: 3,
		Transfers: ts, ValuationRounds: rounds}); err != nil {
		t.Fatal(err)
	}

	// Distributions: leaves in a deliberate order, several per asset.
	e.distribution(t, a.ID, usdc, []merkle.Leaf{leaf(w[1], 400), leaf(w[0], 1000), leaf(w[2], 200)}, 1)
	e.distribution(t, a.ID, eurc, []merkle.Leaf{leaf(w[0], 7), leaf(w[3], 0)}, 2)
	e.distribution(t, a.ID, usdc, []merkle.Leaf{leaf(w[0], 999), leaf(w[1], 1)}, 0)  // pending: not payable yet
	e.distribution(t, b.ID, usdc, []merkle.Leaf{leaf(w[4], 50), leaf(w[0], 100)}, 3) // w[4] sold since, still paid
	e.distribution(t, c.ID, eurc, []merkle.Leaf{leaf(w[5], 10)}, 4)                  // w[5] never held c
	e.distribution(t, d.ID, usdc, []merkle.Leaf{leaf(addr(0x9999), 5)}, 5)
	claim := func(n int, distributor common.Address, id int64, account common.Address, amount int64, reclaim bool) chain.Claim {
		return chain.Claim{EventRef: ref(n), Distributor: distributor, DistributionID: big.NewInt(id), Account: account,
			Amount: big.NewInt(amount), Reclaim: reclaim}
	}
	b4 := chain.IndexedBlock{Number: 4, Hash: common.BytesToHash([]byte{0xb, 4}), ParentHash: blocks[2].Hash, Time: time.Unix(1_700_000_048, 0).UTC()}
	blocks = append(blocks, b4)
	claims := []chain.Claim{
		claim(4, e.distributor, 1, w[0], 1000, false),
		claim(4, e.distributor, 1, w[2], 200, true), // a reclaim: not w[2]'s claim
		claim(4, addr(0xD2), 1, w[1], 400, false),   // another distributor's id 1
		claim(4, e.distributor, 3, w[4], 50, false),
	}
	if err := e.index.ApplyIndexBatch(ctx, e.chainID, &chain.IndexBatch{Parent: blocks[2].Ref(), Blocks: []chain.IndexedBlock{b4},
		Head: 4, Finalized: 4, Claims: claims}); err != nil {
		t.Fatal(err)
	}
	return wallets
}

// perAsset is the read holdings replaced, kept as the reference: every
// asset, and for each wallet its balance, every distribution's tree and
// the distribution's claims page by page, then the supply and the feed's
// latest round. It assumed 8 decimals for every feed; the fixture's feeds
// have 8.
func (e *readEnv) perAsset(ctx context.Context, wallets []common.Address) ([]issuance.Holding, error) {
	out := []issuance.Holding{}
	as, err := e.store.Assets(ctx, "", 500)
	if err != nil {
		return nil, err
	}
	for _, a := range as {
		if a.Token == nil {
			continue
		}
		bal, payouts, holders := new(big.Int), []issuance.Payout{}, []common.Address{}
		ds, err := e.store.Distributions(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		for _, w := range wallets {
			b, err := e.index.BalanceOf(ctx, e.chainID, *a.Token, w, chain.ViewLatest)
			if err != nil {
				return nil, err
			}
			if b.Sign() > 0 {
				holders = append(holders, w)
			}
			bal.Add(bal, b)
			for _, d := range ds {
				if d.OnchainID == "" {
					continue
				}
				full, err := e.store.Distribution(ctx, d.ID)
				if err != nil {
					return nil, err
				}
				var tree merkle.Tree
				if err := tree.UnmarshalJSON(full.Tree); err != nil {
					return nil, err
				}
				for i := 0; i < tree.Len(); i++ {
					l := tree.Leaf(i)
					if l.Account != w {
						continue
					}
					claimed, err := e.claimed(ctx, d.OnchainID, w)
					if err != nil {
						return nil, err
					}
					payouts = append(payouts, issuance.Payout{DistributionID: d.ID, PaymentToken: d.PaymentToken, Amount: l.Amount.String(), Claimed: claimed})
				}
			}
		}
		if bal.Sign() == 0 && len(payouts) == 0 {
			continue
		}
		h := issuance.Holding{AssetID: a.ID, Name: a.Name, Symbol: a.Symbol, Token: a.Token.Hex(), Wallets: holders, Amount: bal.String(),
			Units: issuance.FormatUnits(bal, a.Decimals), Decimals: a.Decimals, Currency: a.Currency, Payouts: payouts,
			// The fixture's assets have no dealing request in flight.
			InFlight: issuance.InFlight{PendingRedeemUnits: "0", PendingSubscriptionPayment: "0", ClaimableUnits: "0", ClaimablePayment: "0"}}
		supply, err := e.index.TotalSupply(ctx, e.chainID, *a.Token, chain.ViewLatest)
		if err != nil {
			return nil, err
		}
		if supply.Sign() > 0 {
			h.PPM = new(big.Int).Div(new(big.Int).Mul(bal, big.NewInt(1_000_000)), supply).Int64()
		}
		if a.Feed != nil {
			r, ok, err := e.index.LatestValuation(ctx, e.chainID, *a.Feed, chain.ViewLatest)
			if err != nil {
				return nil, err
			}
			if ok {
				h.Valuation = &issuance.Valuation{Feed: *a.Feed, RoundID: r.RoundID.String(), Answer: r.Answer.String(), Decimals: 8, UpdatedAt: r.UpdatedAt}
				v := new(big.Int).Mul(bal, r.Answer)
				v.Div(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(a.Decimals)), nil))
				h.Value = v.String()
			}
		}
		out = append(out, h)
	}
	return out, nil
}

// claimed reports whether account claimed distribution onchainID, reading
// the distributor's claims of it page by page.
func (e *readEnv) claimed(ctx context.Context, onchainID string, account common.Address) (bool, error) {
	id, _ := new(big.Int).SetString(onchainID, 10)
	var after *chain.EventPos
	found := false
	for {
		cs, err := e.index.Claims(ctx, e.chainID, e.distributor, id, chain.ViewLatest, after, 1000)
		if err != nil {
			return false, err
		}
		for _, c := range cs {
			found = found || (!c.Reclaim && c.Account == account)
		}
		if len(cs) < 1000 {
			return found, nil
		}
		p := cs[len(cs)-1].Pos()
		after = &p
	}
}

// The holdings of a wallet set are one statement, and exactly what the
// read they replaced (asset by asset, each distribution's tree, claims
// paged) answered, field by field, on a realistic fixture.
func TestHoldingsMatchThePerAssetRead(t *testing.T) {
	e := newReadEnv(t)
	ctx := context.Background()
	w := holdingsFixture(t, e)
	sets := [][]common.Address{{addr(0x4242)}, w, {w[3], w[0], w[1]}, {w[1], w[3]}, {w[4], w[5]}}
	for _, x := range w {
		sets = append(sets, []common.Address{x})
	}
	var holdings, payouts, claimed, valued int
	for _, set := range sets {
		t.Run(fmt.Sprintf("%d wallets from %x", len(set), set[0].Bytes()[18:]), func(t *testing.T) {
			var got []issuance.Holding
			var err error
			n, sql := e.stmts.Counted(func() { got, err = e.svc.HoldingsOf(ctx, set) })
			if err != nil {
				t.Fatal(err)
			}
			if n < 1 || n > 2 {
				t.Errorf("holdings took %d statements, want one or two:\n%s", n, strings.Join(sql, "\n"))
			}
			want, err := e.perAsset(ctx, set)
			if err != nil {
				t.Fatal(err)
			}
			// Locks come from the token by eth_call, not from the
			// statement compared here (the fixture's tokens have no code).
			for i := range got {
				got[i].Locks, got[i].Locked, got[i].LiquidateOnly, got[i].LocksUnavailable = nil, "", false, false
			}
			if !reflect.DeepEqual(got, want) {
				g, _ := json.MarshalIndent(got, "", " ")
				x, _ := json.MarshalIndent(want, "", " ")
				t.Fatalf("holdings differ\ngot  %s\nwant %s", g, x)
			}
			holdings += len(got)
			for _, h := range got {
				payouts += len(h.Payouts)
				for _, p := range h.Payouts {
					if p.Claimed {
						claimed++
					}
				}
				if h.Valuation != nil {
					valued++
				}
			}
		})
	}
	// The comparison covered holdings with payouts, claims and valuations.
	if holdings < 15 || payouts < 10 || claimed < 2 || valued < 5 {
		t.Fatalf("fixture too thin: %d holdings, %d payouts, %d claimed, %d valued", holdings, payouts, claimed, valued)
	}
}

// A valuation's decimals are those its feed's deployment record gives,
// whatever they are; a feed without them is an error, not a guess.
func TestValuationDecimalsComeFromTheFeedRecord(t *testing.T) {
	e := newReadEnv(t)
	ctx := context.Background()
	six := uint8(6)
	tok, feed, bare, bareFeed := addr(0xA1), addr(0xFA1), addr(0xA2), addr(0xFA2)
	e.asset(t, "SIX", 2, tok, feed, &six)
	e.asset(t, "NONE", 2, bare, bareFeed, nil)
	holder, other := addr(0x2001), addr(0x2002)
	b1 := chain.IndexedBlock{Number: 1, Hash: common.Hash{0xb1}, Time: time.Unix(1_700_000_000, 0).UTC()}
	ev := func(i uint) chain.EventRef {
		return chain.EventRef{Block: 1, BlockHash: b1.Hash, TxHash: common.Hash{0x7, byte(i)}, LogIndex: i}
	}
	err := e.index.ApplyIndexBatch(ctx, e.chainID, &chain.IndexBatch{Blocks: []chain.IndexedBlock{b1}, Head: 1, Finalized: 1,
		Transfers: []chain.Transfer{
			{EventRef: ev(0), Token: tok, To: holder, Value: big.NewInt(250)},
			{EventRef: ev(1), Token: bare, To: other, Value: big.NewInt(1)},
		},
		ValuationRounds: []chain.ValuationRound{
			{EventRef: ev(2), Feed: feed, RoundID: big.NewInt(1), Answer: big.NewInt(1_500_000), UpdatedAt: b1.Time},
			{EventRef: ev(3), Feed: bareFeed, RoundID: big.NewInt(1), Answer: big.NewInt(7), UpdatedAt: b1.Time},
		}})
	if err != nil {
		t.Fatal(err)
	}
	hs, err := e.svc.Holdings(ctx, holder, false)
	if err != nil {
		t.Fatal(err)
	}
	// 2.50 units at 1.500000 a unit: 3.750000, with the feed's 6 decimals.
	if len(hs) != 1 || hs[0].Valuation == nil || hs[0].Valuation.Decimals != 6 || hs[0].Value != "3750000" {
		t.Fatalf("holdings %+v", hs)
	}
	if _, err := e.svc.Holdings(ctx, other, false); err == nil || !strings.Contains(err.Error(), "no recorded decimals") {
		t.Fatalf("holding valued by a feed without recorded decimals: %v", err)
	}
}

// requestsFixture stores a batch of n mints on a new asset, a quarter
// each pending, rejected, approved with the transaction manager's row
// (confirmed in one shared transaction with its mined hash, failed with an
// error, or broadcast) and approved before the manager has a row.
func requestsFixture(t *testing.T, e *readEnv, n int) (assetID, batchID string) {
	t.Helper()
	ctx := context.Background()
	a := e.asset(t, "BULK", 6, addr(0xAB), common.Address{}, nil)
	batchID = issuance.NewID()
	rs := make([]issuance.Request, n)
	at := time.Now().UTC().Truncate(time.Millisecond)
	for i := range rs {
		id := issuance.NewID()
		rs[i] = issuance.Request{ID: id, AssetID: a.ID, Kind: issuance.MintKind, Wallet: addr(0x5000 + i), Amount: "1000000",
			BatchID: batchID, State: issuance.Pending, RequestedBy: "key:tk_issuer", CreatedAt: at.Add(time.Duration(i) * time.Microsecond)}
	}
	if err := e.store.CreateRequests(ctx, rs); err != nil {
		t.Fatal(err)
	}
	_, err := e.pool.Exec(ctx, `
		WITH n AS (SELECT id, (row_number() OVER (ORDER BY created_at, id) - 1)::int AS i FROM issuance_requests WHERE batch_id = $1)
		UPDATE issuance_requests r SET
			state = CASE WHEN n.i % 4 = 1 THEN 'rejected' ELSE 'approved' END,
			decided_by = 'key:tk_approver', decided_at = now(),
			tx_key = CASE WHEN n.i % 4 IN (2, 3) THEN 'issuance:request:' || r.id END
		FROM n WHERE n.id = r.id AND n.i % 4 <> 0`, batchID)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.pool.Exec(ctx, `
		INSERT INTO chain_txs (chain_id, from_address, nonce, data, gas_limit, state, mined_hash, block_number)
		VALUES ($1, decode(repeat('11', 20), 'hex'), 0, '\x', 500000, 'confirmed', decode(repeat('ab', 32), 'hex'), 7);
		`, e.chainID.String())
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.pool.Exec(ctx, `
		WITH n AS (SELECT tx_key, (row_number() OVER (ORDER BY created_at, id) - 1)::int AS i FROM issuance_requests
		           WHERE batch_id = $1 AND tx_key IS NOT NULL)
		INSERT INTO tx_requests (idempotency_key, chain_id, from_address, data, state, error, tx_id)
		SELECT tx_key, $2::numeric, decode(repeat('11', 20), 'hex'), '\x',
			(ARRAY['confirmed', 'failed', 'broadcast'])[n.i / 2 % 3 + 1],
			CASE WHEN n.i / 2 % 3 = 1 THEN 'execution reverted: restricted' END,
			CASE WHEN n.i / 2 % 3 = 0 THEN (SELECT id FROM chain_txs) END
		FROM n WHERE n.i % 2 = 0`, batchID, e.chainID.String())
	if err != nil {
		t.Fatal(err)
	}
	return a.ID, batchID
}

// withTx is what a request read answered before it joined the transaction
// manager's rows: the request, then its transaction looked up by key.
func withTx(t *testing.T, e *readEnv, r issuance.Request) issuance.Request {
	t.Helper()
	r.ChainState, r.Error, r.TxHash = "", "", ""
	if r.TxKey == "" {
		return r
	}
	tr, err := (&postgres.TxStore{Pool: e.pool}).Request(context.Background(), r.TxKey)
	if err != nil {
		return r // no row yet
	}
	r.ChainState, r.Error = string(tr.State), tr.Error
	if tr.TxHash != (common.Hash{}) {
		r.TxHash = tr.TxHash.Hex()
	}
	return r
}

// Holdings are read from what the indexer maintains as it ingests
// (balances, supplies, the latest valuation round, claims), so a reorg
// that rolls blocks back corrects them: the replaced branch's transfer,
// round and claim are gone from the next read, the new branch's are in.
func TestHoldingsFollowAReorg(t *testing.T) {
	e := newReadEnv(t)
	ctx := context.Background()
	eight := uint8(8)
	tok, feed := addr(0xE0), addr(0xFE0)
	holder, other, third := addr(0x3001), addr(0x3002), addr(0x3003)
	a := e.asset(t, "REORG", 0, tok, feed, &eight)
	d := e.distribution(t, a.ID, addr(0xCC01), []merkle.Leaf{leaf(holder, 10)}, 7)
	blk := func(n uint64, fork byte) chain.IndexedBlock {
		parent := common.Hash{fork, byte(n - 1)}
		if n == 1 {
			parent = common.Hash{0xa, 0}
		}
		return chain.IndexedBlock{Number: n, Hash: common.Hash{fork, byte(n)}, ParentHash: parent, Time: time.Unix(int64(1_700_000_000+12*n), 0).UTC()}
	}
	ev := func(b chain.IndexedBlock, i uint) chain.EventRef {
		return chain.EventRef{Block: b.Number, BlockHash: b.Hash, TxHash: common.Hash{0x7, b.Hash[0], byte(b.Number), byte(i)}, LogIndex: i}
	}
	round := func(b chain.IndexedBlock, i uint, id, answer int64) chain.ValuationRound {
		return chain.ValuationRound{EventRef: ev(b, i), Feed: feed, RoundID: big.NewInt(id), Answer: big.NewInt(answer), UpdatedAt: b.Time}
	}
	b1, b2, b2b := blk(1, 0xa), blk(2, 0xa), blk(2, 0xb)
	err := e.index.ApplyIndexBatch(ctx, e.chainID, &chain.IndexBatch{Blocks: []chain.IndexedBlock{b1, b2}, Head: 2, Finalized: 0,
		Transfers: []chain.Transfer{
			{EventRef: ev(b1, 0), Token: tok, To: holder, Value: big.NewInt(1000)},
			{EventRef: ev(b2, 0), Token: tok, From: holder, To: other, Value: big.NewInt(400)},
		},
		ValuationRounds: []chain.ValuationRound{round(b1, 1, 1, 100), round(b2, 1, 2, 200)},
		Claims: []chain.Claim{{EventRef: ev(b2, 2), Distributor: e.distributor, DistributionID: big.NewInt(7), Account: holder,
			Amount: big.NewInt(10)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// holding renders wallet's holdings as the fields a reorg changes.
	holding := func(wallet common.Address) string {
		t.Helper()
		hs, err := e.svc.Holdings(ctx, wallet, false)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hs {
			s := fmt.Sprintf("%s amount=%s ppm=%d", h.Symbol, h.Amount, h.PPM)
			if h.Valuation != nil {
				s += fmt.Sprintf(" round=%s value=%s", h.Valuation.RoundID, h.Value)
			}
			for _, p := range h.Payouts {
				s += fmt.Sprintf(" payout=%s/%s/claimed=%v", p.DistributionID[:8], p.Amount, p.Claimed)
			}
			out = append(out, s)
		}
		return strings.Join(out, "; ")
	}
	payout := d.ID[:8] + "/10"
	for _, c := range []struct {
		wallet common.Address
		want   string
	}{
		{holder, "REORG amount=600 ppm=600000 round=2 value=120000 payout=" + payout + "/claimed=true"},
		{other, "REORG amount=400 ppm=400000 round=2 value=80000"},
		{third, ""},
	} {
		if got := holding(c.wallet); got != c.want {
			t.Errorf("before the reorg, %s holds %q, want %q", c.wallet, got, c.want)
		}
	}

	// The chain reorganizes: block 2 is replaced by one where the holder
	// sends 100 to another wallet, with no round and no claim.
	keep := b1.Ref()
	if err := e.index.RollbackIndex(ctx, e.chainID, &keep); err != nil {
		t.Fatal(err)
	}
	err = e.index.ApplyIndexBatch(ctx, e.chainID, &chain.IndexBatch{Parent: keep, Blocks: []chain.IndexedBlock{b2b}, Head: 2,
		Transfers: []chain.Transfer{{EventRef: ev(b2b, 0), Token: tok, From: holder, To: third, Value: big.NewInt(100)}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		wallet common.Address
		want   string
	}{
		{holder, "REORG amount=900 ppm=900000 round=1 value=90000 payout=" + payout + "/claimed=false"},
		{other, ""},
		{third, "REORG amount=100 ppm=100000 round=1 value=10000"},
	} {
		if got := holding(c.wallet); got != c.want {
			t.Errorf("after the reorg, %s holds %q, want %q", c.wallet, got, c.want)
		}
	}
}

// A batch's progress over 5,000 requests is one statement, a page of 100
// requests with their transactions' states is one statement, and both say
// what reading each request's transaction by key said.
func TestRequestReadsAreOneStatement(t *testing.T) {
	e := newReadEnv(t)
	ctx := context.Background()
	assetID, batchID := requestsFixture(t, e, issuance.MaxBulkRows)

	var p issuance.Progress
	var err error
	n, sql := e.stmts.Counted(func() { p, err = e.svc.BatchProgress(ctx, assetID, batchID) })
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("batch progress of %d requests took %d statements, want 1:\n%s", p.Total, n, strings.Join(sql, "\n"))
	}
	all, err := e.svc.Requests(ctx, assetID, issuance.RequestFilter{BatchID: batchID}, "", issuance.MaxBulkRows+1)
	if err != nil {
		t.Fatal(err)
	}
	want := issuance.Progress{BatchID: batchID, Total: len(all), States: map[string]int{}, Done: true}
	for _, r := range all {
		r = withTx(t, e, r)
		st := r.State
		if st == issuance.Approved {
			st = r.ChainState
		}
		want.States[st]++
		if st == issuance.Pending || (r.State == issuance.Approved && !txmgr.State(r.ChainState).Done()) {
			want.Done = false
		}
	}
	if !reflect.DeepEqual(p, want) {
		t.Fatalf("progress %+v, want %+v", p, want)
	}
	if p.Total != issuance.MaxBulkRows || len(p.States) != 6 || p.States["confirmed"] == 0 || p.States[""] == 0 || p.Done {
		t.Fatalf("fixture too thin: %+v", p)
	}

	// Pages of 100 as the API asks for them (one more, to know there is a
	// next page), each one statement.
	after, pages, withState := "", 0, 0
	for pages < 5 {
		var page []issuance.Request
		n, sql := e.stmts.Counted(func() {
			page, err = e.svc.Requests(ctx, assetID, issuance.RequestFilter{BatchID: batchID}, after, 101)
		})
		if err != nil {
			t.Fatal(err)
		}
		if n != 1 || len(page) != 101 {
			t.Fatalf("page %d: %d requests in %d statements, want 101 in 1:\n%s", pages, len(page), n, strings.Join(sql, "\n"))
		}
		for _, r := range page {
			if ref := withTx(t, e, r); !reflect.DeepEqual(r, ref) {
				t.Fatalf("request %s: %+v, by key %+v", r.ID, r, ref)
			}
			if r.ChainState != "" {
				withState++
			}
		}
		after, pages = page[99].ID, pages+1
	}
	if withState == 0 {
		t.Fatal("no request on the pages had a transaction")
	}
	one, err := e.svc.Request(ctx, all[2].ID)
	if err != nil || one.ChainState != "confirmed" || one.TxHash != "0x"+strings.Repeat("ab", 32) {
		t.Fatalf("request with a mined transaction: %+v, %v", one, err)
	}

	// Unknown batches and assets are still told apart.
	for _, tc := range []struct{ asset, batch, code string }{
		{assetID, issuance.NewID(), "batch_not_found"},
		{assetID, "not-a-batch", "batch_not_found"},
		{issuance.NewID(), batchID, "asset_not_found"},
		{"not-an-asset", batchID, "asset_not_found"},
	} {
		if _, err := e.svc.BatchProgress(ctx, tc.asset, tc.batch); !hasCode(err, tc.code) {
			t.Errorf("progress of %s/%s: %v, want %s", tc.asset, tc.batch, err, tc.code)
		}
	}
	if _, err := e.svc.Requests(ctx, issuance.NewID(), issuance.RequestFilter{}, "", 10); !hasCode(err, "asset_not_found") {
		t.Errorf("requests of an unknown asset: %v", err)
	}
	if _, err := e.svc.Requests(ctx, issuance.NewID(), issuance.RequestFilter{State: "odd"}, "", 10); !hasCode(err, "asset_not_found") {
		t.Errorf("requests of an unknown asset with a bad filter: %v", err)
	}
	if _, err := e.svc.Requests(ctx, assetID, issuance.RequestFilter{State: "odd"}, "", 10); !hasCode(err, "invalid_state_filter") {
		t.Errorf("requests with a bad filter: %v", err)
	}
	if rs, err := e.svc.Requests(ctx, assetID, issuance.RequestFilter{BatchID: issuance.NewID()}, "", 10); err != nil || len(rs) != 0 {
		t.Errorf("requests of an unknown batch: %v, %v", rs, err)
	}
}

func hasCode(err error, code string) bool {
	e := errs.As(err)
	return e != nil && e.Code == code
}
