package dealing_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	dealingbind "github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/dealingtestfeed"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

var (
	dealABI = dealingbind.NewDealing()
	tokABI  = assettoken.NewAssetToken()
	coinABI = devstablecoin.NewDevStablecoin()
	feedABI = dealingtestfeed.NewDealingTestFeed()
	regABI  = identityregistry.NewIdentityRegistry()
)

// The rig's numbers: units of 18 decimals, a payment token of 6, a feed
// of 8 and a NAV of 101.23456789 per unit.
const (
	rigNAV  int64 = 101_234_567_89
	rigFee        = 37
	rigTTL        = 3600
	feedDec       = 8
)

func usd(n int64) *big.Int   { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e6)) }
func whole(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
func role(name string) [32]byte {
	return crypto.Keccak256Hash([]byte(name))
}

// rig is one asset dealing on anvil: an identity registry, an 18-decimal
// AssetToken, DevStablecoin as payment, a test feed, and a Dealing proxy
// whose roles the admin (anvil key 0) holds; alice (key 1) and bob (key
// 3) are verified investors, stranger (key 2) is not registered. The
// dealing Service reads the chain through the node and keeps its
// calendar in a real database.
type rig struct {
	t                     *testing.T
	a                     *devnet.Anvil
	c                     *ethclient.Client
	admin                 *bind.TransactOpts
	alice, bob, stranger  *ecdsa.PrivateKey
	tok, coin, feed, deal common.Address
	svc                   *dealing.Service
	store                 *postgres.DealingStore
	issuer                auth.Principal
	calendar              dealing.Calendar
}

// directConfig puts a calendar on the Dealing contract from the admin's
// key (the platform's signer does it through the transaction manager).
type directConfig struct{ r *rig }

func (d directConfig) Configure(ctx context.Context, c dealing.Calendar) error {
	r := d.r
	r.must(r.admin, c.Dealing, dealABI.PackSetConfig(dealing.OnChainConfig(c)))
	last, err := dealing.LastCutoff(ctx, r.c, c.Dealing)
	if err != nil {
		return err
	}
	var after uint64
	if !last.IsZero() {
		after = uint64(last.Unix())
	}
	list, err := dealing.CutoffsToPublish(c, after, time.Unix(int64(r.head()), 0))
	if err != nil {
		return err
	}
	if len(list) > 0 {
		r.must(r.admin, c.Dealing, dealABI.PackPublishCutoffs(list))
	}
	return nil
}

type contracts map[string]dealing.Contracts

func (m contracts) DealingOf(_ context.Context, asset string) (dealing.Contracts, error) {
	c, ok := m[asset]
	if !ok {
		return c, errs.E(errs.Conflict, "not_dealing", asset+" has no Dealing contract")
	}
	return c, nil
}

func newRig(t *testing.T) *rig {
	t.Helper()
	a := chaintest.Anvil(t)
	c := chaintest.Dial(t, a.URL)
	r := &rig{t: t, a: a, c: c, admin: chaintest.Transactor(a, a.Keys[0]), alice: a.Keys[1], stranger: a.Keys[2], bob: a.Keys[3]}
	admin := r.admin.From

	reg := chaintest.DeployProxy(t, c, r.admin, "IdentityRegistry", regABI.PackInitialize(admin, admin))
	r.must(r.admin, reg, regABI.PackGrantRole(role("REGISTRAR_ROLE"), admin))
	expiry := uint64(time.Now().AddDate(1, 0, 0).Unix())
	for i, k := range []*ecdsa.PrivateKey{r.alice, r.bob} {
		r.must(r.admin, reg, regABI.PackRegisterIdentity(addr(k), [32]byte{0x1d, byte(i)}, 276, expiry, big.NewInt(1)))
	}
	r.tok = chaintest.DeployTokenProxy(t, c, r.admin, reg,
		tokABI.PackInitialize("Tessera Money Market", "TMM", 18, reg, common.Address{}, new(big.Int), admin, admin))
	r.must(r.admin, r.tok, tokABI.PackGrantRole(role("MINTER_ROLE"), admin))
	r.coin = r.deploy(devstablecoin.DevStablecoinMetaData.Bin, coinABI.PackConstructor("Dev USD", "tUSD", admin))
	r.feed = r.deploy(dealingtestfeed.DealingTestFeedMetaData.Bin, feedABI.PackConstructor(feedDec, big.NewInt(1), big.NewInt(1e15)))
	r.push(rigNAV, r.head()-600)
	r.deal = chaintest.DeployProxy(t, c, r.admin, "Dealing", dealABI.PackInitialize(r.tok, r.coin, r.feed, admin, admin, admin))
	for _, name := range []string{"MINTER_ROLE", "AGENT_ROLE"} {
		r.must(r.admin, r.tok, tokABI.PackGrantRole(role(name), r.deal))
	}
	for _, name := range []string{"CONFIG_ROLE", "TREASURY_ROLE"} {
		r.must(r.admin, r.deal, dealABI.PackGrantRole(role(name), admin))
	}
	for _, k := range []*ecdsa.PrivateKey{r.alice, r.bob, r.stranger} {
		r.must(r.admin, r.coin, coinABI.PackMint(addr(k), usd(1_000_000)))
	}
	r.must(r.admin, r.tok, tokABI.PackMint(addr(r.alice), whole(100), [32]byte{0xa1}))
	// The reserve pays redemptions.
	r.must(r.admin, r.coin, coinABI.PackMint(admin, usd(1_000_000)))
	r.must(r.admin, r.coin, coinABI.PackApprove(r.deal, usd(1_000_000)))
	r.must(r.admin, r.deal, dealABI.PackFundReserve(usd(1_000_000)))

	pool := pgtest.NewDB(t)
	r.store = &postgres.DealingStore{Pool: pool}
	svc, err := dealing.NewService(dealing.Config{Store: r.store, Keys: postgres.NewAPIKeyStore(pool), Chain: directConfig{r}, Node: c,
		Assets: contracts{"TMM": {ChainID: a.ChainID, Dealing: r.deal, Feed: r.feed, Token: r.tok, PaymentToken: r.coin,
			UnitDecimals: 18, PaymentDecimals: 6}}})
	if err != nil {
		t.Fatal(err)
	}
	r.svc = svc
	r.issuer = auth.KeyState{ID: "tk_issuer", Owner: "issuer@example.com", Scopes: []auth.Scope{auth.Issuer}}.Principal()
	r.setCalendar(dealing.AsyncDeposit, dealing.AsyncRedeem, dealing.InstantSubscribe, dealing.InstantRedeem)
	return r
}

func (r *rig) setCalendar(modes ...dealing.Mode) {
	r.t.Helper()
	var ms dealing.Modes
	for _, m := range modes {
		ms |= dealing.Modes(m)
	}
	cal, err := r.svc.SetCalendar(context.Background(), r.issuer, dealing.Calendar{Asset: "TMM", TimeZone: "America/New_York",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday"}, Cutoff: "16:00", SettlementLag: 1,
		NAVTTL: rigTTL, MinDeposit: usd(100), MaxDeposit: usd(1_000_000), MinRedeem: whole(1), Modes: ms, FeeBps: rigFee})
	if err != nil {
		r.t.Fatal(err)
	}
	r.calendar = cal
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func (r *rig) deploy(bin string, ctor []byte) common.Address {
	r.t.Helper()
	a, tx, err := bind.DeployContract(r.admin, common.FromHex(bin), r.c, ctor)
	chaintest.MustMined(r.t, r.c, tx, err)
	return a
}

func (r *rig) must(o *bind.TransactOpts, to common.Address, data []byte) {
	r.t.Helper()
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, r.c, r.c, r.c), o, data)
	chaintest.MustMined(r.t, r.c, tx, err)
}

// send signs and sends prepared calls, in order, from the investor's own
// key: each must succeed exactly as prepared.
func (r *rig) send(k *ecdsa.PrivateKey, p dealing.Prepared) {
	r.t.Helper()
	if p.From != addr(k) {
		r.t.Fatalf("prepared for %s, sent by %s", p.From, addr(k))
	}
	for _, call := range p.Calls {
		r.must(chaintest.Transactor(r.a, k), call.To, call.Data)
	}
}

func (r *rig) head() uint64 {
	r.t.Helper()
	h, err := r.c.HeaderByNumber(context.Background(), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return h.Time
}

// push adds a feed round observed at `at`; it returns the round id.
func (r *rig) push(answer int64, at uint64) *big.Int {
	r.t.Helper()
	r.must(r.admin, r.feed, feedABI.PackPush(big.NewInt(answer), new(big.Int).SetUint64(at)))
	return r.u256(r.feed, feedABI.PackLatestRound())
}

func (r *rig) u256(to common.Address, data []byte) *big.Int {
	r.t.Helper()
	out, err := r.c.CallContract(context.Background(), ethereumCall(to, data), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return new(big.Int).SetBytes(out)
}

func ethereumCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func (r *rig) coinOf(who common.Address) *big.Int  { return r.u256(r.coin, coinABI.PackBalanceOf(who)) }
func (r *rig) unitsOf(who common.Address) *big.Int { return r.u256(r.tok, tokABI.PackBalanceOf(who)) }

// fulfil closes a dealing day on chain: the cut-off is the head's time,
// the day's round is observed a second after it, and every id is
// fulfilled by the admin (the platform's fulfiller).
func (r *rig) fulfil(answer int64, ids ...*big.Int) {
	r.t.Helper()
	out, err := r.c.CallContract(context.Background(), ethereumCall(r.deal, dealABI.PackRequestOf(ids[0])), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	req, err := dealABI.UnpackRequestOf(out)
	if err != nil {
		r.t.Fatal(err)
	}
	cutoff := req.Cutoff.Uint64()
	if err := r.c.Client().Call(nil, "evm_increaseTime", max(int64(cutoff)-int64(r.head()), 0)+5); err != nil {
		r.t.Fatal(err)
	}
	round := r.push(answer, cutoff+1)
	r.must(r.admin, r.deal, dealABI.PackFulfil(cutoff, round, ids))
}

func (r *rig) prepare(k *ecdsa.PrivateKey, req dealing.CallRequest) dealing.Prepared {
	r.t.Helper()
	p, err := r.svc.PrepareCalls(context.Background(), addr(k), "TMM", req)
	if err != nil {
		r.t.Fatalf("prepare %s: %v", req.Action, err)
	}
	return p
}

// refused wants prepare refused with code and a message containing
// each of want, and nothing prepared.
func (r *rig) refused(k *ecdsa.PrivateKey, req dealing.CallRequest, code string, want ...string) {
	r.t.Helper()
	p, err := r.svc.PrepareCalls(context.Background(), addr(k), "TMM", req)
	e := errs.As(err)
	if e == nil || e.Code != code {
		r.t.Fatalf("prepare %s: %v, want %s", req.Action, err, code)
	}
	r.t.Logf("%s: %s", code, e.Message)
	for _, w := range want {
		if !strings.Contains(e.Message, w) {
			r.t.Errorf("%s: message %q lacks %q", code, e.Message, w)
		}
	}
	if len(p.Calls) != 0 {
		r.t.Errorf("%s: calls prepared on a refusal: %+v", code, p.Calls)
	}
}

func wantCalls(t *testing.T, p dealing.Prepared, selectors ...string) {
	t.Helper()
	var got []string
	for _, c := range p.Calls {
		got = append(got, strings.SplitN(c.Description, ":", 2)[0])
	}
	if strings.Join(got, ",") != strings.Join(selectors, ",") {
		t.Fatalf("%s prepared %v, want %v", p.Action, got, selectors)
	}
}

func wantBig(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

func requestID(t *testing.T, r *rig) *big.Int {
	t.Helper()
	return r.u256(r.deal, dealABI.PackNextRequestId())
}

// Each action is prepared for a verified investor and the investor's own
// key sends the calls exactly as prepared: they succeed, and what they
// give is what the answer said (exactly for claims and instant deals; at
// the latest NAV, as an estimate, for requests).
func TestPreparedCallsSucceedOnChain(t *testing.T) {
	r := newRig(t)
	alice := addr(r.alice)
	price, err := dealing.NewPrice(big.NewInt(rigNAV), 18, 6, feedDec)
	if err != nil {
		t.Fatal(err)
	}

	// A deposit request without an allowance: approve, then request.
	before := time.Now()
	dep := r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(1000)})
	wantCalls(t, dep, "approve", "requestDeposit")
	est, _ := price.UnitsFor(usd(1000))
	if len(dep.Expected) != 1 || !dep.Expected[0].Estimate || dep.Expected[0].What != "units" || dep.Expected[0].Amount.Cmp(est) != 0 {
		t.Errorf("deposit expected %+v, want an estimate of %s units", dep.Expected, est)
	}
	sched, err := r.calendar.Schedule()
	if err != nil {
		t.Fatal(err)
	}
	if day, _ := sched.DayOf(before); dep.Day == nil || dep.Day.Cutoff.Before(before) || dep.Day.Date != day.Date || dep.Day.Settlement != day.Settlement {
		t.Errorf("deposit day %+v, want %+v", dep.Day, day)
	}
	if dep.NAV == nil || dep.NAV.Answer.Int64() != rigNAV || dep.From != alice || dep.Dealing != r.deal {
		t.Errorf("deposit answer %+v", dep)
	}
	coinBefore := r.coinOf(alice)
	r.send(r.alice, dep)
	depID := requestID(t, r)
	wantBig(t, "alice's payment after the request", r.coinOf(alice), new(big.Int).Sub(coinBefore, usd(1000)))
	wantBig(t, "escrow", r.u256(r.deal, dealABI.PackEscrowed()), usd(1000))

	// A redemption request locks units; its cancellation unlocks them.
	red := r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActRequestRedeem, Amount: whole(10)})
	wantCalls(t, red, "requestRedeem")
	if pay, _ := price.PaymentFor(whole(10)); len(red.Expected) != 1 || !red.Expected[0].Estimate || red.Expected[0].Amount.Cmp(pay) != 0 || red.Day == nil {
		t.Errorf("redeem expected %+v, day %v", red.Expected, red.Day)
	}
	r.send(r.alice, red)
	redID := requestID(t, r)
	wantBig(t, "frozen units", r.u256(r.tok, tokABI.PackGetFrozenTokens(alice)), whole(10))
	// Another verified investor is not the request's controller: the
	// simulation's revert is decoded.
	r.refused(r.bob, dealing.CallRequest{Action: dealing.ActCancel, RequestID: redID}, "unauthorized", "Unauthorized(controller="+alice.Hex())
	cancel := r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActCancel, RequestID: redID})
	wantCalls(t, cancel, "cancelRedeemRequest", "claimCancelRedeemRequest")
	r.send(r.alice, cancel)
	wantBig(t, "frozen units after the cancellation", r.u256(r.tok, tokABI.PackGetFrozenTokens(alice)), new(big.Int))
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActCancel, RequestID: big.NewInt(999)}, "request_not_found")

	// A second redemption and the deposit are fulfilled at the day's NAV.
	r.send(r.alice, r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActRequestRedeem, Amount: whole(5)}))
	red2ID := requestID(t, r)
	r.fulfil(rigNAV, depID, red2ID)

	// A fulfilled request cannot be cancelled; a claim beyond the
	// claimable total is refused.
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActCancel, RequestID: depID}, "not_pending", "claimable")
	claimable := r.u256(r.deal, dealABI.PackMaxDeposit(alice))
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActClaim, Side: dealing.Deposit, Amount: new(big.Int).Add(claimable, big.NewInt(1))},
		"exceeds_claimable", claimable.String())
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActClaim, Amount: big.NewInt(1)}, "side_required")
	// Units typed for a claim need its side whatever is claimable: the
	// sides pay in tokens of different decimals.
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActClaim, AmountUnits: "1"}, "side_required", "in units names its side")

	// The claim of both sides: the units and payment are exactly those
	// announced.
	claim := r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActClaim})
	wantCalls(t, claim, "deposit", "redeem")
	unitsBefore, coinBefore := r.unitsOf(alice), r.coinOf(alice)
	r.send(r.alice, claim)
	if len(claim.Expected) != 2 || claim.Expected[0].Estimate {
		t.Fatalf("claim expected %+v", claim.Expected)
	}
	wantBig(t, "units claimed", new(big.Int).Sub(r.unitsOf(alice), unitsBefore), claim.Expected[0].Amount)
	wantBig(t, "payment claimed", new(big.Int).Sub(r.coinOf(alice), coinBefore), claim.Expected[1].Amount)
	wantBig(t, "units claimed, by the pricing", claim.Expected[0].Amount, est)
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActClaim}, "nothing_claimable")

	// An instant subscription after an allowance that covers it: no
	// approve, the exact units of the latest NAV net of the fee.
	r.must(chaintest.Transactor(r.a, r.alice), r.coin, coinABI.PackApprove(r.deal, usd(10_000)))
	sub := r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActSubscribe, Amount: usd(200)})
	wantCalls(t, sub, "subscribe")
	fee, units, _ := price.Subscribe(usd(200), rigFee)
	if len(sub.Expected) != 1 || sub.Expected[0].Amount.Cmp(units) != 0 || sub.Expected[0].Fee.Cmp(fee) != 0 || sub.Day != nil {
		t.Errorf("subscribe expected %+v, want %s units, fee %s", sub.Expected, units, fee)
	}
	unitsBefore = r.unitsOf(alice)
	r.send(r.alice, sub)
	wantBig(t, "units subscribed", new(big.Int).Sub(r.unitsOf(alice), unitsBefore), units)

	// An instant redemption: exactly the net payment announced.
	ri := r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActRedeemInstant, Amount: whole(2)})
	wantCalls(t, ri, "redeemInstant")
	_, rfee, net, _ := price.RedeemInstant(whole(2), rigFee)
	if len(ri.Expected) != 1 || ri.Expected[0].Amount.Cmp(net) != 0 || ri.Expected[0].Fee.Cmp(rfee) != 0 {
		t.Errorf("instant redeem expected %+v, want %s (fee %s)", ri.Expected, net, rfee)
	}
	coinBefore = r.coinOf(alice)
	r.send(r.alice, ri)
	wantBig(t, "payment of the instant redemption", new(big.Int).Sub(r.coinOf(alice), coinBefore), net)

	// A min_out computed at an older NAV: the NAV rose, a subscription
	// gives fewer units, and the bound is refused before anything is
	// signed. The answer at the new NAV goes through.
	r.push(rigNAV*2, r.head())
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActSubscribe, Amount: usd(200), MinOut: units}, "slippage", units.String())
	r.send(r.alice, r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActSubscribe, Amount: usd(200)}))
	// A wallet's own bound at or below the result is kept as given.
	low := r.prepare(r.alice, dealing.CallRequest{Action: dealing.ActRedeemInstant, Amount: whole(1), MinOut: big.NewInt(1)})
	if want := dealABI.PackRedeemInstant(whole(1), big.NewInt(1)); !strings.EqualFold(hexutil.Encode(low.Calls[0].Data), hexutil.Encode(want)) {
		t.Errorf("redeemInstant with min_out 1 packed %x", low.Calls[0].Data)
	}
	r.send(r.alice, low)
}

// Every refusal comes with its code before anything is signed.
func TestPrepareRefusals(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		who  *ecdsa.PrivateKey
		req  dealing.CallRequest
		code string
		want []string
	}{
		{"unverified wallet", r.stranger, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(1000)}, "transfer_restricted", []string{"0x54"}},
		{"unverified instant", r.stranger, dealing.CallRequest{Action: dealing.ActSubscribe, Amount: usd(1000)}, "transfer_restricted", []string{"0x54"}},
		{"ticket too small", r.alice, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(99)}, "ticket_too_small", []string{"100000000"}},
		{"ticket too large", r.alice, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(1_000_001)}, "ticket_too_large", []string{"1000000000000"}},
		{"redeem below the ticket", r.alice, dealing.CallRequest{Action: dealing.ActRequestRedeem, Amount: big.NewInt(1)}, "ticket_too_small", []string{"1000000000000000000"}},
		{"more units than held", r.bob, dealing.CallRequest{Action: dealing.ActRequestRedeem, Amount: whole(1)}, "insufficient_balance", []string{"holds 0 units (0 base units) free"}},
		{"nothing to claim", r.alice, dealing.CallRequest{Action: dealing.ActClaim}, "nothing_claimable", nil},
		{"no amount", r.alice, dealing.CallRequest{Action: dealing.ActRequestDeposit}, "invalid_amount", nil},
		{"unknown action", r.alice, dealing.CallRequest{Action: "buy"}, "invalid_action", nil},
		{"cancel without an id", r.alice, dealing.CallRequest{Action: dealing.ActCancel}, "invalid_request_id", nil},
	} {
		p, err := r.svc.PrepareCalls(ctx, addr(tt.who), "TMM", tt.req)
		e := errs.As(err)
		if e == nil || e.Code != tt.code || len(p.Calls) != 0 {
			t.Errorf("%s: %v (%d calls), want %s", tt.name, err, len(p.Calls), tt.code)
			continue
		}
		t.Logf("%s: %s: %s", tt.name, e.Code, e.Message)
		for _, w := range tt.want {
			if !strings.Contains(e.Message, w) {
				t.Errorf("%s: %q lacks %q", tt.name, e.Message, w)
			}
		}
	}
	// Bob spends part of his payment, then asks for more than is left.
	r.must(chaintest.Transactor(r.a, r.bob), r.coin, coinABI.PackTransfer(addr(r.stranger), usd(1)))
	r.refused(r.bob, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(1_000_000)}, "insufficient_balance", "999999000000")

	// A stale NAV refuses the instant facility, by the chain's clock.
	if err := r.c.Client().Call(nil, "evm_increaseTime", rigTTL+60); err != nil {
		t.Fatal(err)
	}
	r.must(r.admin, r.coin, coinABI.PackMint(addr(r.bob), big.NewInt(1))) // a block at the new time
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActSubscribe, Amount: usd(200)}, "nav_stale")
	r.push(rigNAV, r.head())
	r.must(r.admin, r.feed, feedABI.PackSetPaused(true))
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActRedeemInstant, Amount: whole(1)}, "nav_paused")
	r.must(r.admin, r.feed, feedABI.PackSetPaused(false))

	// The chain's word is final: a mode the calendar shows open but the
	// contract holds closed is refused by the simulation, decoded to the
	// same code.
	onChain := dealing.OnChainConfig(r.calendar)
	onChain.Modes &^= uint8(dealing.InstantRedeem)
	r.must(r.admin, r.deal, dealABI.PackSetConfig(onChain))
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActRedeemInstant, Amount: whole(1)}, "mode_closed", "ModeClosed(mode=8)")

	// A mode closed in the calendar (and so on the contract).
	r.setCalendar(dealing.AsyncDeposit, dealing.AsyncRedeem)
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActRedeemInstant, Amount: whole(1)}, "mode_closed", "instant redemptions")
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActSubscribe, Amount: usd(200)}, "mode_closed")
	r.setCalendar(dealing.AsyncRedeem)
	r.refused(r.alice, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(200)}, "mode_closed", "deposit requests")

	// An asset without a calendar does not deal.
	if _, err := r.svc.PrepareCalls(ctx, addr(r.alice), "HOUSE", dealing.CallRequest{Action: dealing.ActClaim}); errs.As(err) == nil || errs.As(err).Code != "not_dealing" {
		t.Errorf("asset without a calendar: %v", err)
	}
	if _, err := r.svc.PrepareCalls(ctx, common.Address{}, "TMM", dealing.CallRequest{Action: dealing.ActClaim}); errs.As(err) == nil || errs.As(err).Code != "invalid_wallet" {
		t.Errorf("zero wallet: %v", err)
	}
}

// The API door: a key with dealing.prepare prepares a wallet's calls
// (the wallet in the body), and refusals arrive with their codes; keys
// without the scope are refused.
func TestPrepareOverHTTP(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	srv := webtest.StartOn(t, pool, web.Config{Routes: web.DealingRoutes(r.svc)})
	id, secret := srv.NewOwnedKey(t, "desk", "desk@example.com", apikey.Auditor)
	desk := srv.Client(t, id, secret)
	oid, osecret := srv.NewOwnedKey(t, "feeder", "feeds@example.com", apikey.Oracle)
	feeder := srv.Client(t, oid, osecret)

	req := api.PrepareDealingCalls{Action: "request_deposit", Wallet: addr(r.alice).Hex(), Amount: usd(1000).String()}
	got, err := desk.PrepareDealingCalls(ctx, "TMM", req)
	if err != nil {
		t.Fatal(err)
	}
	if got.From != addr(r.alice) || len(got.Calls) != 2 || got.Calls[0].To != r.coin || got.Calls[1].To != r.deal || got.Day == nil ||
		len(got.Expected) != 1 || !got.Expected[0].Estimate || got.NAV == nil || got.NAV.Decimals != feedDec {
		t.Fatalf("prepared %+v", got)
	}
	// The wallet sends the calls as the API gave them.
	for _, c := range got.Calls {
		data, err := hexutil.Decode(c.Data)
		if err != nil {
			t.Fatal(err)
		}
		r.must(chaintest.Transactor(r.a, r.alice), c.To, data)
	}
	wantBig(t, "escrow", r.u256(r.deal, dealABI.PackEscrowed()), usd(1000))

	for _, tt := range []struct {
		req    api.PrepareDealingCalls
		status int
		code   string
	}{
		{api.PrepareDealingCalls{Action: "request_deposit", Wallet: addr(r.stranger).Hex(), Amount: usd(1000).String()}, http.StatusUnprocessableEntity, "transfer_restricted"},
		{api.PrepareDealingCalls{Action: "request_deposit", Wallet: addr(r.alice).Hex(), Amount: "1"}, http.StatusUnprocessableEntity, "ticket_too_small"},
		{api.PrepareDealingCalls{Action: "request_deposit", Wallet: "0x12", Amount: "1"}, http.StatusBadRequest, "invalid_field"},
		{api.PrepareDealingCalls{Action: "request_deposit", Wallet: addr(r.alice).Hex(), Amount: "1.5"}, http.StatusBadRequest, "invalid_field"},
		{api.PrepareDealingCalls{Action: "cancel", Wallet: addr(r.alice).Hex(), RequestID: "77"}, http.StatusNotFound, "request_not_found"},
	} {
		_, err := desk.PrepareDealingCalls(ctx, "TMM", tt.req)
		var e *client.Error
		if !errors.As(err, &e) || e.Status != tt.status || (e.Code != tt.code && !(tt.code == "invalid_field" && strings.HasPrefix(e.Code, "invalid_"))) {
			t.Errorf("%+v: %v, want %d %s", tt.req, err, tt.status, tt.code)
		}
	}
	// The same deposit typed in units ($1,000) prepares the same calls;
	// finer than the payment token, or given both ways, it is refused.
	inBase, err := desk.PrepareDealingCalls(ctx, "TMM", req)
	if err != nil {
		t.Fatal(err)
	}
	inUnits, err := desk.PrepareDealingCalls(ctx, "TMM", api.PrepareDealingCalls{Action: "request_deposit", Wallet: addr(r.alice).Hex(), AmountUnits: "1000"})
	if err != nil || len(inUnits.Calls) != len(inBase.Calls) || inUnits.Calls[len(inUnits.Calls)-1].Data != inBase.Calls[len(inBase.Calls)-1].Data {
		t.Fatalf("1000 units prepared %+v (%v), 1000 dollars in base units %+v", inUnits, err, inBase)
	}
	for _, bad := range []struct {
		req  api.PrepareDealingCalls
		code string
	}{
		{api.PrepareDealingCalls{Action: "request_deposit", Wallet: addr(r.alice).Hex(), AmountUnits: "1000.0000001"}, "decimals_mismatch"},
		{api.PrepareDealingCalls{Action: "request_deposit", Wallet: addr(r.alice).Hex(), AmountUnits: "1000", Amount: usd(1000).String()}, "invalid_amount"},
	} {
		var e *client.Error
		if _, err := desk.PrepareDealingCalls(ctx, "TMM", bad.req); !errors.As(err, &e) || e.Status != http.StatusBadRequest || e.Code != bad.code {
			t.Errorf("%+v: %v, want 400 %s", bad.req, err, bad.code)
		}
	}
	_, err = feeder.PrepareDealingCalls(ctx, "TMM", req)
	var e *client.Error
	if !errors.As(err, &e) || e.Status != http.StatusForbidden || e.Code != "missing_scope" {
		t.Errorf("oracle key: %v", err)
	}
}
