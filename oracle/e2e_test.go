package oracle_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/feedconsumer"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oraclehttp"
)

var (
	valuationFeed = valuationfeed.NewValuationFeed()
	feedConsumer  = feedconsumer.NewFeedConsumer()
)

func TestEncodeTransmitMatchesValuationFeed(t *testing.T) {
	t.Parallel()
	for _, answer := range []*big.Int{big.NewInt(10123456789), big.NewInt(-7), new(big.Int).Lsh(big.NewInt(1), 190)} {
		at := time.Unix(1735787045, 0)
		got, err := oracle.EncodeTransmit(answer, at)
		if err != nil {
			t.Fatal(err)
		}
		if want := valuationFeed.PackTransmit(answer, uint64(at.Unix())); !bytes.Equal(got, want) {
			t.Fatalf("transmit(%s) calldata %x, the binding packs %x", answer, got, want)
		}
	}
}

// End to end: appraisers sign valuations, the relay aggregates them and
// writes a Tessera ValuationFeed through the transaction manager, the Go
// reader and a consumer contract compiled against Chainlink's
// AggregatorV3Interface read the round, the External Adapter answers the
// same value, and a value outside the feed's bounds is never sent.
func TestEndToEndValuationFeed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRelayRig(t)
	deployer := chaintest.Transactor(r.anvil, r.anvil.Keys[1])
	transmitter := crypto.PubkeyToAddress(r.anvil.Keys[0].PublicKey)
	maxAnswer := big.NewInt(1_000_000_00000000) // 1,000,000.00000000
	feedAddr := chaintest.DeployProxy(t, r.client, deployer, "ValuationFeed",
		valuationFeed.PackInitialize(8, "TBILL / USD", big.NewInt(1), maxAnswer, deployer.From, transmitter, transmitter, deployer.From))
	consumerAddr, tx, err := bind.DeployContract(deployer, common.FromHex(feedconsumer.FeedConsumerMetaData.Bin), r.client,
		feedConsumer.PackConstructor(feedAddr, big.NewInt(3600)))
	chaintest.MustMined(t, r.client, tx, err)
	consumer := feedConsumer.Instance(r.client, consumerAddr)
	reader := mustReader(t, r.client, feedAddr, nil)

	// Before the first round: the feed reverts, the reader refuses, and so
	// does the consumer.
	if _, err := reader.Latest(ctx); !errors.Is(err, oracle.ErrFeedNoRound) {
		t.Fatalf("empty feed: %v", err)
	}
	if _, err := bind.Call(consumer, nil, feedConsumer.PackLatestValue(), feedConsumer.UnpackLatestValue); err == nil {
		t.Fatal("the consumer read an empty feed")
	}

	feed := testFeed("TBILL", feedAddr)
	feed.Aggregation = oracle.AggregationConfig{MaxAge: 10 * time.Minute, MinSources: 2, OutlierPPB: 100_000_000}
	// No MaxAnswer configured: the relay reads the feed contract's own.
	svc := mustService(t, r.store, nil, feed)
	submit := r.appraisers(t, svc, "TBILL", 3)
	metrics := newRecorder()
	r.startTxm(t)

	// All three valuations are in before the relay starts: with two sources
	// enough, a relay already running could push the median of the first
	// two, and the third would then move it by less than the threshold.
	submit(0, "100.00")
	submit(1, "100.10")
	submit(2, "100.20")
	// Passes run only when the test asks (Notify, as the service does on a
	// submission in production), so no pass sees part of a triple.
	r.interval = time.Hour
	relay := r.relay(t, metrics, feed)
	waitPass := func(what string, cond func() bool) {
		t.Helper()
		waitFor(t, what, func() bool { relay.Notify(); return cond() })
	}
	waitRound := func(answer string) oracle.FeedValue {
		t.Helper()
		var v oracle.FeedValue
		waitPass("round with answer "+answer, func() bool {
			var err error
			v, err = reader.Latest(ctx)
			return err == nil && v.Answer.String() == answer
		})
		return v
	}
	first := waitRound("10010000000")
	if first.RoundID.Int64() != 1 || first.Decimals != 8 || first.Stale {
		t.Fatalf("first round %+v", first)
	}

	// A source change: how long until the round is on chain.
	time.Sleep(time.Second) // a round's observation time is in seconds and must move forward
	changed := time.Now()
	submit(0, "102.00")
	submit(1, "102.20")
	submit(2, "102.40")
	second := waitRound("10220000000")
	latency := time.Since(changed)
	if second.RoundID.Int64() != 2 || second.StartedAt.Unix() < changed.Unix() {
		t.Fatalf("second round %+v", second)
	}

	// The relay records the outcome on its next pass.
	waitPass("the second push recorded as confirmed", func() bool {
		ps := r.pushes(t, "TBILL")
		return len(ps) == 2 && ps[1].State == oracle.PushConfirmed
	})
	history, next, err := svc.History(ctx, "TBILL", oracle.Page{Limit: 10})
	if err != nil || len(history) != 2 || next != 0 {
		t.Fatalf("history: %d pushes, next %d, %v", len(history), next, err)
	}
	latest := history[0]
	if latest.RoundID.Int64() != 2 || latest.State != oracle.PushConfirmed || len(latest.Used) != 3 ||
		latest.Answer.String() != "10220000000" || latest.Reason != oracle.ReasonDeviation || history[1].Reason != oracle.ReasonFirstRound {
		t.Fatalf("latest push %+v", latest)
	}
	receipt, err := r.client.TransactionReceipt(ctx, latest.TxHash)
	if err != nil || receipt.GasUsed != latest.GasUsed {
		t.Fatalf("receipt %v, %v", receipt, err)
	}
	t.Logf("ValuationFeed.transmit (second round): %d gas (receipt of %s)", receipt.GasUsed, latest.TxHash)
	t.Logf("latency from a source change to the round on chain: %s (relay interval 50ms, txmgr poll 20ms, anvil automine)",
		latency.Round(time.Millisecond))

	// Chainlink consumer code reads the round.
	got, err := bind.Call(consumer, nil, feedConsumer.PackLatestValue(), feedConsumer.UnpackLatestValue)
	if err != nil || got.Answer.String() != "10220000000" || got.Decimals != 8 || got.RoundId.Int64() != 2 ||
		got.UpdatedAt.Int64() != second.UpdatedAt.Unix() {
		t.Fatalf("consumer reads %+v, %v", got, err)
	}

	// The External Adapter answers what the relay pushed.
	ea := httptest.NewServer(oraclehttp.EAHandler(svc, r.log))
	t.Cleanup(ea.Close)
	resp, err := http.Post(ea.URL, "application/json", strings.NewReader(`{"id": "1", "data": {"asset": "TBILL"}}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"result":"10220000000"`) {
		t.Fatalf("external adapter: %d %s", resp.StatusCode, body)
	}

	// Above the feed's maxAnswer: decided out of range, never sent.
	time.Sleep(time.Second)
	submit(0, "2000000")
	submit(1, "2000000")
	submit(2, "2000000")
	waitPass("an out-of-range decision", func() bool {
		return metrics.count(func(m *recorder) int { return m.reasons[oracle.ReasonOutOfRange] }) > 0
	})
	if ps := r.pushes(t, "TBILL"); len(ps) != 2 {
		t.Fatalf("%d pushes after an out-of-range value", len(ps))
	}
	if v, err := reader.Latest(ctx); err != nil || v.RoundID.Int64() != 2 {
		t.Fatalf("feed after an out-of-range value: %+v, %v", v, err)
	}
}
