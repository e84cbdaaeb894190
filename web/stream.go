package web

import (
	"errors"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/stream"
)

// StreamQuery documents the stream's query parameters; the web UI's
// stream takes the same.
var StreamQuery = []QueryParam{
	{"after", "resume after this cursor (an event's cursor, or 0 for every event kept); absent: from the newest readable event on (the hello's cursor)"},
	{"types", "comma-separated event types: transfer, mint, burn, valuation, asset, issuance_request, compliance_intervention, compliance, upgrade_scheduled, upgrade_executed, upgrade_cancelled, upgrade_delay_changed, contract_upgraded, oracle_alert; absent: every type the key may receive. A type the key may not receive is refused (403 event_type_forbidden)"},
	{"asset", "only events of this asset: its id, or a token, deed or feed address"},
}

func registerStreamMetrics(reg prometheus.Registerer, hub *stream.Hub) error {
	return errors.Join(
		reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "tessera_stream_connections", Help: "Event streams open (API and web UI).",
		}, func() float64 { return float64(hub.Conns()) })),
		reg.Register(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "tessera_stream_events_sent_total", Help: "Events sent on every event stream.",
		}, func() float64 { return float64(hub.Sent()) })),
		registerStreamClosed(reg, hub),
	)
}

// registerStreamClosed counts closed streams by reason, one series per
// stream.CloseReasons value.
func registerStreamClosed(reg prometheus.Registerer, hub *stream.Hub) error {
	var err error
	for _, why := range stream.CloseReasons {
		err = errors.Join(err, reg.Register(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "tessera_stream_closed_total", Help: "Event streams closed, by reason (key_revoked, key_rotated, key_scopes: the key's state ended it).",
			ConstLabels: prometheus.Labels{"reason": why},
		}, func() float64 { return float64(hub.Closed(why)) })))
	}
	return err
}

// streamRoute is GET /v1/stream when the server has a hub.
func (s *Server) streamRoute() Route {
	return Route{
		Method: "GET", Pattern: "/stream",
		Summary: "Live events over WebSocket: transfers, mints, burns, valuations, asset changes, mint requests, interventions, compliance log entries and the contracts' upgrade trail (docs/stream.md)",
		Action:  auth.StreamRead,
		Query:   StreamQuery, WebSocket: true, Response: api.StreamEvent{},
		Handler: func(w http.ResponseWriter, r *http.Request) error {
			req, err := stream.ParseRequest(r.URL.Query())
			if err != nil {
				return err
			}
			return s.cfg.Stream.Serve(w, r, principal(r), req)
		},
	}
}
