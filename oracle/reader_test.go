package oracle_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/bindings/mockv3aggregator"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

var mockAgg = mockv3aggregator.NewMockV3Aggregator()

// mockFeed is a Chainlink MockV3Aggregator on an anvil.
type mockFeed struct {
	client *ethclient.Client
	opts   *bind.TransactOpts
	addr   common.Address
}

func mustMockFeed(tb testing.TB, a *devnet.Anvil, keyIndex int, decimals uint8, answer int64) *mockFeed {
	tb.Helper()
	c := chaintest.Dial(tb, a.URL)
	opts := chaintest.Transactor(a, a.Keys[keyIndex])
	addr, tx, err := bind.DeployContract(opts, common.FromHex(mockv3aggregator.MockV3AggregatorMetaData.Bin), c,
		mockAgg.PackConstructor(decimals, big.NewInt(answer)))
	chaintest.MustMined(tb, c, tx, err)
	return &mockFeed{client: c, opts: opts, addr: addr}
}

func (m *mockFeed) send(tb testing.TB, data []byte) {
	tb.Helper()
	tx, err := bind.Transact(mockAgg.Instance(m.client, m.addr), m.opts, data)
	chaintest.MustMined(tb, m.client, tx, err)
}

func (m *mockFeed) setRound(tb testing.TB, round, answer int64, updatedAt, startedAt int64) {
	tb.Helper()
	m.send(tb, mockAgg.PackUpdateRoundData(big.NewInt(round), big.NewInt(answer), big.NewInt(updatedAt), big.NewInt(startedAt)))
}

func mustReader(tb testing.TB, c chain.Reader, addr common.Address, mutate func(*oracle.ReaderConfig)) *oracle.Reader {
	tb.Helper()
	cfg := oracle.ReaderConfig{Client: c, Address: addr, Heartbeat: time.Hour, Margin: time.Minute}
	if mutate != nil {
		mutate(&cfg)
	}
	r, err := oracle.NewReader(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// The reader's safety checks against Chainlink's own mock aggregator.
func TestReaderChecks(t *testing.T) {
	t.Parallel()
	a := chaintest.Anvil(t)
	m := mustMockFeed(t, a, 1, 8, 100_00000000)
	now := time.Now().Unix()
	tests := []struct {
		name   string
		setup  func(t *testing.T)
		config func(*oracle.ReaderConfig)
		want   error // nil: fresh and usable
		answer int64
	}{
		{"fresh", nil, nil, nil, 100_00000000},
		{"stale past heartbeat and margin", func(t *testing.T) { m.setRound(t, 2, 101_00000000, now-3700, now-3700) }, nil, oracle.ErrFeedStale, 101_00000000},
		{"within heartbeat and margin", func(t *testing.T) { m.setRound(t, 3, 102_00000000, now-3600, now-3600) }, nil, nil, 102_00000000},
		{"zero answer", func(t *testing.T) { m.send(t, mockAgg.PackUpdateAnswer(big.NewInt(0))) }, nil, oracle.ErrFeedNotPositive, 0},
		{"negative answer", func(t *testing.T) { m.send(t, mockAgg.PackUpdateAnswer(big.NewInt(-5))) }, nil, oracle.ErrFeedNotPositive, -5},
		{"negative answer allowed", nil, func(c *oracle.ReaderConfig) { c.AllowNonPositive = true }, nil, -5},
		{"updated in the future", func(t *testing.T) { m.setRound(t, 9, 103_00000000, now+3600, now) }, nil, oracle.ErrFeedFuture, 103_00000000},
		{"future within the allowed skew", nil, func(c *oracle.ReaderConfig) { c.MaxFuture = 2 * time.Hour }, nil, 103_00000000},
		{"round id zero", func(t *testing.T) { m.setRound(t, 0, 104_00000000, now, now) }, nil, oracle.ErrFeedNoRound, 104_00000000},
		{"updatedAt zero", func(t *testing.T) { m.setRound(t, 11, 105_00000000, 0, 0) }, nil, oracle.ErrFeedNoRound, 105_00000000},
		{"fresh again", func(t *testing.T) { m.send(t, mockAgg.PackUpdateAnswer(big.NewInt(106_00000000))) }, nil, nil, 106_00000000},
	}
	for _, tt := range tests { // in order: each case changes the same feed
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != nil {
				tt.setup(t)
			}
			v, err := mustReader(t, m.client, m.addr, tt.config).Latest(context.Background())
			if tt.want == nil && err != nil {
				t.Fatalf("want a usable value, got %v", err)
			}
			if tt.want != nil {
				if !errors.Is(err, tt.want) || !errs.Is(err, errs.Unavailable) {
					t.Fatalf("got %v, want %v", err, tt.want)
				}
				if v.Stale != errors.Is(tt.want, oracle.ErrFeedStale) {
					t.Fatalf("Stale = %v with %v", v.Stale, err)
				}
			}
			if v.Answer == nil || v.Answer.Int64() != tt.answer || v.Decimals != 8 {
				t.Fatalf("read answer %v decimals %d, want %d", v.Answer, v.Decimals, tt.answer)
			}
		})
	}
}

// The reference time follows the chain when the chain's clock is ahead of
// this machine's, so staleness is judged as a contract on that chain would.
func TestReaderFollowsChainTime(t *testing.T) {
	t.Parallel()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	m := mustMockFeed(t, a, 0, 8, 1)
	ahead := time.Now().Add(2 * time.Hour).Unix()
	mustRPC(t, m.client, "evm_setNextBlockTimestamp", ahead)
	m.send(t, mockAgg.PackUpdateAnswer(big.NewInt(5)))
	r := mustReader(t, m.client, m.addr, nil)
	if v, err := r.Latest(context.Background()); err != nil || v.Answer.Int64() != 5 {
		t.Fatalf("round written at chain time 2h ahead: %+v, %v", v, err)
	}
	mustRPC(t, m.client, "evm_setNextBlockTimestamp", ahead+2*3600)
	mustRPC(t, m.client, "evm_mine")
	if v, err := r.Latest(context.Background()); !errors.Is(err, oracle.ErrFeedStale) || !v.Stale || v.Age < 2*time.Hour {
		t.Fatalf("2h of chain time later: %+v, %v", v, err)
	}
}

// A reader of an address without a contract fails instead of reading zeros.
func TestReaderNoContract(t *testing.T) {
	t.Parallel()
	a := chaintest.Anvil(t)
	c := chaintest.Dial(t, a.URL)
	_, err := mustReader(t, c, common.HexToAddress("0x000000000000000000000000000000000000dEaD"), nil).Latest(context.Background())
	if err == nil {
		t.Fatal("read a feed at an empty address")
	}
}

func mustRPC(tb testing.TB, c *ethclient.Client, method string, args ...any) {
	tb.Helper()
	if err := c.Client().CallContext(context.Background(), nil, method, args...); err != nil {
		tb.Fatalf("%s: %v", method, err)
	}
}
