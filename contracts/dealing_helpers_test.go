package contracts_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/dealingtestfeed"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
)

// Dealing's numbers in the tests: units of 18 decimals, a payment token of
// 6, a feed of 8, and a NAV of 101.23456789 per unit.
const (
	dealNAV     int64  = 101_234_567_89
	dealFeeBps  uint16 = 37
	dealNavTTL  uint32 = 3600
	modeDeposit uint8  = 1
	modeRedeem  uint8  = 2
	modeSub     uint8  = 4
	modeInstRed uint8  = 8
	modeWire    uint8  = 16
	modesAll           = modeDeposit | modeRedeem | modeSub | modeInstRed | modeWire
	unitsGone   uint8  = 0x5F
)

// Request states of Dealing.State.
const (
	statePending uint8 = iota + 1
	stateClaimable
	stateCancelClaimable
	stateCancelClaimed
	stateRejected
)

var (
	dealABI  = dealing.NewDealing()
	coinABI  = devstablecoin.NewDevStablecoin()
	tfeedABI = dealingtestfeed.NewDealingTestFeed()
)

// usd is n whole units of the 6-decimal payment token.
func usd(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e6)) }

// whole is n whole units of the 18-decimal asset token.
func whole(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func pow10(n int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil) }

// Pricing, as the design states it, in big integers.
func unitsFor(assets *big.Int, nav int64) *big.Int {
	num := new(big.Int).Mul(assets, pow10(18+8))
	return num.Div(num, new(big.Int).Mul(big.NewInt(nav), pow10(6)))
}

func assetsFor(units *big.Int, nav int64) *big.Int {
	num := new(big.Int).Mul(units, new(big.Int).Mul(big.NewInt(nav), pow10(6)))
	return num.Div(num, pow10(18+8))
}

// mulDiv is floor(a·b/c), or its ceiling when up.
func mulDiv(a, b, c *big.Int, up bool) *big.Int {
	q, r := new(big.Int).QuoRem(new(big.Int).Mul(a, b), c, new(big.Int))
	if up && r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func feeOf(gross *big.Int, bps uint16) *big.Int {
	return mulDiv(gross, big.NewInt(int64(bps)), big.NewInt(10_000), true)
}

// desk is one asset's dealing contract with its token, payment token and
// feed. alice and alice2 are two wallets of one investor, bob and carol
// two more investors; op is an operator nobody approved yet; stranger is
// not registered; upgrader holds UPGRADER_ROLE; the admin holds every
// other role of every contract.
type desk struct {
	c                                                 *chain
	reg                                               *registry
	tok                                               *token
	feed                                              *feed
	tfeed                                             common.Address // the test feed, when the desk prices from one
	coin                                              common.Address
	addr                                              common.Address
	inst, coinInst, tfeedInst                         *bind.BoundContract
	alice, alice2, bob, carol, op, stranger, upgrader *bind.TransactOpts
}

// newDesk deploys a desk over a ValuationFeed, or over DealingTestFeed
// when testFeed, configured with every mode open, with hourly cut-offs
// published for the next 100 hours (the first an hour from now).
func newDesk(tb testing.TB, testFeed bool) *desk {
	tb.Helper()
	d := newBareDesk(tb, testFeed)
	first := d.c.now(tb) + 3600
	cutoffs := make([]uint64, 100)
	for i := range cutoffs {
		cutoffs[i] = first + uint64(i)*3600
	}
	d.must(tb, d.c.admin, dealABI.PackPublishCutoffs(cutoffs))
	return d
}

// newBareDesk is newDesk without a published cut-off.
func newBareDesk(tb testing.TB, testFeed bool) *desk {
	tb.Helper()
	c := newChain(tb, 7)
	d := &desk{c: c, alice: c.signers[0], alice2: c.signers[1], bob: c.signers[2], carol: c.signers[3],
		op: c.signers[4], stranger: c.signers[5], upgrader: c.signers[6]}
	d.reg = deployRegistry(tb, c)
	d.tok = deployToken(tb, c, d.reg.addr, common.Address{}, 0)
	d.coin = c.queueDeploy(tb, devstablecoin.DevStablecoinMetaData.Bin, coinABI.PackConstructor("Dev USD", "tUSD", c.admin.From))
	c.flush(tb)
	for _, w := range []struct {
		o        *bind.TransactOpts
		investor string
	}{{d.alice, "inv-alice"}, {d.alice2, "inv-alice"}, {d.bob, "inv-bob"}, {d.carol, "inv-carol"}} {
		d.reg.queueRegister(tb, w.o.From, w.investor, countryFR, 1)
	}
	feedAddr := common.Address{}
	if testFeed {
		d.tfeed = c.queueDeploy(tb, dealingtestfeed.DealingTestFeedMetaData.Bin, tfeedABI.PackConstructor(8, big.NewInt(1), big.NewInt(1e15)))
		d.tfeedInst = tfeedABI.Instance(c.client, d.tfeed)
		feedAddr = d.tfeed
		c.flush(tb)
	} else {
		d.feed = deployFeed(tb, c)
		feedAddr = d.feed.addr
	}
	d.addr = c.queueProxy(tb, "Dealing", dealABI.PackInitialize(d.tok.addr, d.coin, feedAddr, c.admin.From, c.admin.From, d.upgrader.From))
	d.inst = dealABI.Instance(c.client, d.addr)
	d.coinInst = coinABI.Instance(c.client, d.coin)
	c.queue(tb, c.admin, d.tok.inst, d.tok.abi.PackGrantRole(role("MINTER_ROLE"), d.addr))
	c.queue(tb, c.admin, d.tok.inst, d.tok.abi.PackGrantRole(role("AGENT_ROLE"), d.addr))
	for _, r := range []string{"CONFIG_ROLE", "TREASURY_ROLE"} {
		c.queue(tb, c.admin, d.inst, dealABI.PackGrantRole(role(r), c.admin.From))
	}
	c.queue(tb, c.admin, d.inst, dealABI.PackSetConfig(d.config(modesAll, dealFeeBps)))
	max := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, o := range []*bind.TransactOpts{c.admin, d.alice, d.alice2, d.bob, d.carol} {
		c.queue(tb, c.admin, d.coinInst, coinABI.PackMint(o.From, usd(1_000_000)))
		c.queue(tb, o, d.coinInst, coinABI.PackApprove(d.addr, max))
	}
	c.flush(tb)
	return d
}

// config is the desk's configuration with modes and feeBps: tickets of
// 100 to 1,000,000 payment units and of 1 to 1,000,000 units.
func (d *desk) config(modes uint8, feeBps uint16) dealing.DealingConfig {
	return dealing.DealingConfig{Modes: modes, FeeBps: feeBps, NavTTL: dealNavTTL,
		MinDeposit: usd(100), MaxDeposit: usd(1_000_000), MinRedeem: whole(1), MaxRedeem: whole(1_000_000)}
}

func (d *desk) send(o *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	return d.c.send(o, d.inst, data)
}

func (d *desk) must(tb testing.TB, o *bind.TransactOpts, data []byte) *types.Receipt {
	tb.Helper()
	r := d.c.mustSend(tb, o, d.inst, data)
	d.invariant(tb)
	return r
}

// refuse sends data from o, wants the revert errSig, and checks that
// nothing any party holds moved; it returns the revert data.
func (d *desk) refuse(tb testing.TB, o *bind.TransactOpts, data []byte, errSig string) []byte {
	tb.Helper()
	before := d.fingerprint(tb)
	_, err := d.send(o, data)
	rd := wantRevert(tb, err, errSig)
	if after := d.fingerprint(tb); after != before {
		tb.Fatalf("%s moved state:\nbefore %s\nafter  %s", errSig, before, after)
	}
	return rd
}

// refused sends data from o, wants it reverted with nothing moved, and
// returns the error (its revert data).
func (d *desk) refused(tb testing.TB, o *bind.TransactOpts, data []byte) error {
	tb.Helper()
	before := d.fingerprint(tb)
	_, err := d.send(o, data)
	if err == nil {
		tb.Fatal("no revert")
	}
	if after := d.fingerprint(tb); after != before {
		tb.Fatalf("a refused call moved state:\nbefore %s\nafter  %s", before, after)
	}
	return err
}

func (d *desk) u256(tb testing.TB, data []byte) *big.Int {
	tb.Helper()
	return mustCall(tb, d.inst, data, func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
}

func (d *desk) coinBalance(tb testing.TB, who common.Address) *big.Int {
	tb.Helper()
	return mustCall(tb, d.coinInst, coinABI.PackBalanceOf(who), coinABI.UnpackBalanceOf)
}

func (d *desk) frozen(tb testing.TB, who common.Address) *big.Int {
	tb.Helper()
	return mustCall(tb, d.tok.inst, d.tok.abi.PackGetFrozenTokens(who), d.tok.abi.UnpackGetFrozenTokens)
}

func (d *desk) request(tb testing.TB, id *big.Int) dealing.DealingRequest {
	tb.Helper()
	return mustCall(tb, d.inst, dealABI.PackRequestOf(id), dealABI.UnpackRequestOf)
}

// fingerprint is everything a refused call must leave as it was.
func (d *desk) fingerprint(tb testing.TB) string {
	tb.Helper()
	var sb strings.Builder
	for _, data := range [][]byte{dealABI.PackEscrowed(), dealABI.PackReserve(), dealABI.PackFees(), dealABI.PackClaimableAssets(),
		dealABI.PackCancelledAssets(), dealABI.PackNextRequestId()} {
		fmt.Fprintf(&sb, "%s ", d.u256(tb, data))
	}
	fmt.Fprintf(&sb, "| %s ", d.coinBalance(tb, d.addr))
	for _, o := range []*bind.TransactOpts{d.c.admin, d.alice, d.alice2, d.bob, d.carol} {
		fmt.Fprintf(&sb, "| %s %s %s ", d.coinBalance(tb, o.From), d.tok.balance(tb, o.From), d.frozen(tb, o.From))
		for _, acct := range [][]byte{dealABI.PackMaxDeposit(o.From), dealABI.PackMaxMint(o.From), dealABI.PackMaxRedeem(o.From), dealABI.PackMaxWithdraw(o.From)} {
			fmt.Fprintf(&sb, "%s ", d.u256(tb, acct))
		}
	}
	fmt.Fprintf(&sb, "| %s", mustCall(tb, d.tok.inst, d.tok.abi.PackTotalSupply(), d.tok.abi.UnpackTotalSupply))
	return sb.String()
}

// invariant: the payment the contract holds is exactly what it accounts
// for: escrow, reserve, fees, redemptions owed and cancelled deposits.
func (d *desk) invariant(tb testing.TB) {
	tb.Helper()
	sum := new(big.Int)
	for _, data := range [][]byte{dealABI.PackEscrowed(), dealABI.PackReserve(), dealABI.PackFees(), dealABI.PackClaimableAssets(), dealABI.PackCancelledAssets()} {
		sum.Add(sum, d.u256(tb, data))
	}
	if bal := d.coinBalance(tb, d.addr); bal.Cmp(sum) != 0 {
		tb.Fatalf("payment balance %s, accounted %s", bal, sum)
	}
}

// requestID unpacks the request id a request's receipt announces.
func requestID(tb testing.TB, r *types.Receipt) *big.Int {
	tb.Helper()
	for _, l := range r.Logs {
		if ev, err := dealABI.UnpackDepositRequestEvent(l); err == nil {
			return ev.RequestId
		}
		if ev, err := dealABI.UnpackRedeemRequestEvent(l); err == nil {
			return ev.RequestId
		}
	}
	tb.Fatal("no request event")
	return nil
}

// day closes the dealing day a request made now would belong to: the
// clock moves to a minute past its cut-off and the feed observes answer
// 30 seconds after the cut-off. It returns the cut-off and the round.
func (d *desk) day(tb testing.TB, answer int64) (uint64, *big.Int) {
	tb.Helper()
	cutoff := d.nextCutoff(tb)
	if cutoff == 0 {
		tb.Fatal("no cut-off published")
	}
	d.warpTo(tb, cutoff+60)
	return cutoff, d.observe(tb, answer, cutoff+30)
}

// warpTo moves the chain's clock to at (if it is not past it yet).
func (d *desk) warpTo(tb testing.TB, at uint64) {
	tb.Helper()
	if now := d.c.now(tb); now < at {
		d.c.warp(tb, time.Duration(at-now)*time.Second)
	}
}

// nextCutoff is the cut-off a request made now is stamped with (0: none).
func (d *desk) nextCutoff(tb testing.TB) uint64 {
	tb.Helper()
	return mustCall(tb, d.inst, dealABI.PackNextCutoff(), dealABI.UnpackNextCutoff)
}

// stamp is the cut-off request id was stamped with.
func (d *desk) stamp(tb testing.TB, id *big.Int) uint64 {
	tb.Helper()
	return d.request(tb, id).Cutoff.Uint64()
}

// observe transmits a round observed at `at` and returns its id.
func (d *desk) observe(tb testing.TB, answer int64, at uint64) *big.Int {
	tb.Helper()
	if d.feed == nil {
		d.c.mustSend(tb, d.c.admin, d.tfeedInst, tfeedABI.PackPush(big.NewInt(answer), new(big.Int).SetUint64(at)))
		return mustCall(tb, d.tfeedInst, tfeedABI.PackLatestRound(), tfeedABI.UnpackLatestRound)
	}
	if err := d.feed.transmit(answer, at); err != nil {
		tb.Fatalf("transmit: %v", err)
	}
	return mustCall(tb, d.feed.inst, d.feed.abi.PackLatestRound(), d.feed.abi.UnpackLatestRound)
}

// burnID is the token request id of a redeem's burn:
// keccak256(abi.encode(dealing, "redeem", requestId)).
func burnID(dealingAddr common.Address, requestID *big.Int) [32]byte {
	return tagID(dealingAddr, "redeem", requestID)
}

func tagID(dealingAddr common.Address, tag string, n *big.Int) [32]byte {
	args := abi.Arguments{{Type: abiType("address")}, {Type: abiType("string")}, {Type: abiType("uint256")}}
	enc, err := args.Pack(dealingAddr, tag, n)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(enc)
}

func abiType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}

func ids(v ...*big.Int) []*big.Int { return v }

func wantBig(tb testing.TB, what string, got, want *big.Int) {
	tb.Helper()
	if got.Cmp(want) != 0 {
		tb.Errorf("%s = %s, want %s", what, got, want)
	}
}
