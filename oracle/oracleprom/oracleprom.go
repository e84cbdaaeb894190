// Package oracleprom exports the oracle relay's metrics to Prometheus: the
// time of each feed's last confirmed push (its age is time() minus it), the
// deviation that triggered it, discarded observations, decisions by reason,
// push outcomes and latency, feeds nearing their heartbeat, and values
// refused by a feed's NAV guards.
package oracleprom

import (
	"math/big"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tessera-rwa/tessera/oracle"
)

// Metrics implements oracle.Metrics.
type Metrics struct {
	lastPush      *prometheus.GaugeVec
	deviation     *prometheus.GaugeVec
	rejected      *prometheus.CounterVec
	decisions     *prometheus.CounterVec
	pushes        *prometheus.CounterVec
	latency       prometheus.Histogram
	heartbeatRisk *prometheus.GaugeVec
	alerts        *prometheus.CounterVec
}

var _ oracle.Metrics = (*Metrics)(nil)

// New registers the relay's metrics with reg.
func New(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		lastPush: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "tessera_oracle_last_push_timestamp_seconds",
			Help: "Unix time of the feed's last confirmed push; its age is time() minus this."}, []string{"asset"}),
		deviation: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "tessera_oracle_push_deviation_ppb",
			Help: "Deviation from the on-chain answer, in parts per billion, of the last submitted push."}, []string{"asset"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tessera_oracle_rejected_observations_total",
			Help: "Observations discarded as outliers."}, []string{"asset"}),
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tessera_oracle_decisions_total",
			Help: "Push-policy decisions by reason."}, []string{"asset", "reason"}),
		pushes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tessera_oracle_pushes_total",
			Help: "Finished pushes by outcome."}, []string{"asset", "state"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "tessera_oracle_push_latency_seconds",
			Help: "Time from a push decision to its confirmed or failed outcome.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}),
		heartbeatRisk: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "tessera_oracle_heartbeat_at_risk_age_seconds",
			Help: "Age of the round on chain when the feed neared its heartbeat without a fresh source."}, []string{"asset"}),
		alerts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tessera_oracle_guard_alerts_total",
			Help: "Values the relay refused to sign because the feed's NAV guards would refuse them, by reason."}, []string{"asset", "reason"}),
	}
	reg.MustRegister(m.lastPush, m.deviation, m.rejected, m.decisions, m.pushes, m.latency, m.heartbeatRisk, m.alerts)
	return m
}

// Decided implements oracle.Metrics.
func (m *Metrics) Decided(asset string, d oracle.Decision) {
	m.decisions.WithLabelValues(asset, string(d.Reason)).Inc()
	if d.Push && d.DeviationPPB != nil {
		m.deviation.WithLabelValues(asset).Set(ppb(d.DeviationPPB))
	}
}

// Outliers implements oracle.Metrics.
func (m *Metrics) Outliers(asset string, rejected []oracle.Outlier) {
	m.rejected.WithLabelValues(asset).Add(float64(len(rejected)))
}

// Submitted implements oracle.Metrics.
func (m *Metrics) Submitted(oracle.Push) {}

// Finished implements oracle.Metrics.
func (m *Metrics) Finished(p oracle.Push, r oracle.PushResult, latency time.Duration) {
	m.pushes.WithLabelValues(p.Asset, string(r.State)).Inc()
	m.latency.Observe(latency.Seconds())
	if r.State == oracle.PushConfirmed {
		m.lastPush.WithLabelValues(p.Asset).Set(float64(time.Now().Unix()))
		m.heartbeatRisk.DeleteLabelValues(p.Asset)
	}
}

// HeartbeatAtRisk implements oracle.Metrics.
func (m *Metrics) HeartbeatAtRisk(asset string, age time.Duration) {
	m.heartbeatRisk.WithLabelValues(asset).Set(age.Seconds())
}

// Alerted implements oracle.Metrics.
func (m *Metrics) Alerted(a oracle.Alert) {
	m.alerts.WithLabelValues(a.Asset, string(a.Reason)).Inc()
}

// ppb converts a deviation for display; metrics are floats by nature and
// this one is never money.
func ppb(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// LastPush is the last-push gauge of asset.
func (m *Metrics) LastPush(asset string) prometheus.Gauge { return m.lastPush.WithLabelValues(asset) }
