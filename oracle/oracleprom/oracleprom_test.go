package oracleprom_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oracleprom"
)

func TestMetricsFollowTheRelay(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := oracleprom.New(reg)
	m.Decided("TTF", oracle.Decision{Push: true, Reason: oracle.ReasonDeviation, DeviationPPB: big.NewInt(7_500_000)})
	m.Decided("TTF", oracle.Decision{Reason: oracle.ReasonInBand})
	m.Outliers("TTF", make([]oracle.Outlier, 2))
	before := time.Now().Unix()
	m.Finished(oracle.Push{Asset: "TTF"}, oracle.PushResult{State: oracle.PushConfirmed}, 300*time.Millisecond)
	m.HeartbeatAtRisk("BLDG", 50*time.Second)

	want := `
# HELP tessera_oracle_push_deviation_ppb Deviation from the on-chain answer, in parts per billion, of the last submitted push.
# TYPE tessera_oracle_push_deviation_ppb gauge
tessera_oracle_push_deviation_ppb{asset="TTF"} 7.5e+06
# HELP tessera_oracle_rejected_observations_total Observations discarded as outliers.
# TYPE tessera_oracle_rejected_observations_total counter
tessera_oracle_rejected_observations_total{asset="TTF"} 2
# HELP tessera_oracle_heartbeat_at_risk_age_seconds Age of the round on chain when the feed neared its heartbeat without a fresh source.
# TYPE tessera_oracle_heartbeat_at_risk_age_seconds gauge
tessera_oracle_heartbeat_at_risk_age_seconds{asset="BLDG"} 50
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want),
		"tessera_oracle_push_deviation_ppb", "tessera_oracle_rejected_observations_total", "tessera_oracle_heartbeat_at_risk_age_seconds"); err != nil {
		t.Fatal(err)
	}
	if got := testutil.ToFloat64(m.LastPush("TTF")); got < float64(before) {
		t.Fatalf("last push time %v, want at least %d", got, before)
	}
	if n := testutil.CollectAndCount(reg, "tessera_oracle_decisions_total"); n != 2 {
		t.Fatalf("%d decision series, want 2 (deviation and in_band)", n)
	}
}
