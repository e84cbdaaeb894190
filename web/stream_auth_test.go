package web_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// Each key receives only the event types its scopes may read over REST
// (auth.EventReads), filtered by the store's query; asking for another
// is refused, naming it.
func TestStreamEventTypesFollowThePrincipal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := startStreaming(t)
	// One event of every type, in stream.Types order, then markers: a
	// stream has received all it will once a marker arrives.
	for _, typ := range stream.Types {
		if _, err := s.Pool.Exec(ctx, `INSERT INTO stream_events (type, data) VALUES ($1, '{}')`, typ); err != nil {
			t.Fatal(err)
		}
	}
	// Two markers: keys that may not read assets (admin) stop at the second.
	if _, err := s.Pool.Exec(ctx, `INSERT INTO stream_events (type, data)
		VALUES ('asset', '{"marker":true}'), ('contract_upgraded', '{"marker":true}')`); err != nil {
		t.Fatal(err)
	}
	received := func(t *testing.T, c *client.Client, types ...string) string {
		t.Helper()
		st, err := c.Stream(ctx, client.StreamOptions{After: "0", Types: types})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var got []string
		for {
			e := next(t, st)
			if string(e.Data) == `{"marker":true}` {
				return strings.Join(got, ",")
			}
			got = append(got, e.Type)
		}
	}
	const (
		assetReads = "transfer,mint,burn,valuation,asset,issuance_request"
		compliance = assetReads + ",compliance_intervention,compliance"
		trail      = "upgrade_scheduled,upgrade_executed,upgrade_cancelled,upgrade_delay_changed,contract_upgraded"
		alerts     = "oracle_alert"
		deals      = "dealing"
		everything = compliance + "," + trail + "," + alerts + "," + deals
	)
	for _, tc := range []struct {
		name   string
		scopes []apikey.Scope
		want   string // "": refused at the handshake
	}{
		{"issuer", []apikey.Scope{apikey.Issuer}, assetReads + "," + deals},
		{"admin and issuer", []apikey.Scope{apikey.Admin, apikey.Issuer}, assetReads + "," + trail + "," + alerts + "," + deals},
		{"approver", []apikey.Scope{apikey.Approver}, assetReads + ",compliance_intervention," + alerts + "," + deals},
		{"compliance", []apikey.Scope{apikey.Compliance}, compliance + "," + deals},
		{"auditor", []apikey.Scope{apikey.Auditor}, everything},
		{"admin", []apikey.Scope{apikey.Admin}, trail + "," + alerts},
		{"oracle", []apikey.Scope{apikey.Oracle}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := s.NewClient(t, tc.scopes...)
			if tc.want == "" {
				if _, err := c.Stream(ctx, client.StreamOptions{After: "0"}); !client.IsCode(err, "missing_scope") {
					t.Fatalf("stream: %v, want 403 missing_scope", err)
				}
				return
			}
			if got := received(t, c); got != tc.want {
				t.Fatalf("received %s\nwant     %s", got, tc.want)
			}
		})
	}

	// Asking for a type the key may not read is refused, naming it (and
	// only it); asking for one it may read narrows the stream.
	issuer := s.NewClient(t, apikey.Issuer)
	for _, types := range [][]string{{stream.ComplianceIntervention}, {stream.Transfer, stream.Compliance}} {
		_, err := issuer.Stream(ctx, client.StreamOptions{After: "0", Types: types})
		var apiErr *client.Error
		refused := types[len(types)-1]
		if !errors.As(err, &apiErr) || apiErr.Status != http.StatusForbidden || apiErr.Code != "event_type_forbidden" ||
			!strings.Contains(apiErr.Message, refused) || strings.Contains(apiErr.Message, "may not receive transfer") {
			t.Errorf("issuer asking for %v: %v, want 403 event_type_forbidden naming %s", types, err, refused)
		}
	}
	if got := received(t, issuer, stream.Mint, stream.Asset); got != "mint,asset" {
		t.Errorf("issuer asking for mint,asset: %s", got)
	}
	approver := s.NewClient(t, apikey.Approver)
	if got := received(t, approver, stream.ComplianceIntervention, stream.Asset); got != "asset,compliance_intervention" {
		t.Errorf("approver asking for interventions: %s", got)
	}
}

// closedWith waits for the server to close st and returns how.
func closedWith(t *testing.T, st *client.Stream, within time.Duration) websocket.CloseError {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	for {
		e, err := st.Next(ctx)
		if err == nil {
			t.Logf("event before the close: %s", e.Type)
			continue
		}
		var ce websocket.CloseError
		if !errors.As(err, &ce) {
			t.Fatalf("stream not closed by the server within %s: %v", within, err)
		}
		return ce
	}
}

// A rotated or revoked key's streams are closed at once (1008, the reason
// saying why) on every replica, through the notice the key store sends;
// a change whose notice was missed is found by the periodic re-read.
func TestStreamEndsWithItsKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a, hubA := startStreaming(t)
	// A second replica on the same database, with a hub of its own.
	hubB := newHub(t, a.Pool, func(c *stream.Config) { c.Recheck = 300 * time.Millisecond })
	b := webtest.StartOn(t, a.Pool, web.Config{Stream: hubB})

	open := func(s *webtest.Server, id, secret string) *client.Stream {
		t.Helper()
		st, err := s.Client(t, id, secret).Stream(ctx, client.StreamOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	expect := func(what string, st *client.Stream, within time.Duration, reason string) {
		t.Helper()
		start := time.Now()
		ce := closedWith(t, st, within)
		if ce.Code != websocket.StatusPolicyViolation || !strings.Contains(ce.Reason, reason) {
			t.Errorf("%s: closed %d %q, want 1008 with %q", what, ce.Code, ce.Reason, reason)
		}
		t.Logf("%s: closed after %s: %d %q", what, time.Since(start).Round(time.Millisecond), ce.Code, ce.Reason)
	}

	// Revoked through the key service of replica A: both replicas close.
	id, secret := a.NewKey(t, "revoked", apikey.Issuer)
	onA, onB := open(a, id, secret), open(b, id, secret)
	otherID, otherSecret := a.NewKey(t, "bystander", apikey.Auditor)
	other := open(b, otherID, otherSecret)
	if _, err := a.Keys().Revoke(ctx, apikey.CLI, id); err != nil {
		t.Fatal(err)
	}
	expect("revoked, replica A", onA, 2*time.Second, "revoked")
	expect("revoked, replica B", onB, 2*time.Second, "revoked")
	if _, err := a.Client(t, id, secret).Stream(ctx, client.StreamOptions{}); !client.IsCode(err, "key_revoked") {
		t.Errorf("reopening with the revoked key: %v, want key_revoked", err)
	}

	// Rotated (the old secret still valid for an hour): closed all the
	// same, so the stream goes on only under the new secret.
	id, secret = a.NewKey(t, "rotated", apikey.Compliance)
	onB = open(b, id, secret)
	if _, _, err := a.Keys().Rotate(ctx, apikey.CLI, id, time.Hour); err != nil {
		t.Fatal(err)
	}
	expect("rotated", onB, 2*time.Second, "rotated")

	// Revoked and its scopes narrowed without a notice (as if the
	// listening connection had been down): replica B's re-read finds out.
	id, secret = a.NewKey(t, "quietly revoked", apikey.Issuer)
	onB = open(b, id, secret)
	if _, err := a.Pool.Exec(ctx, `UPDATE api_keys SET revoked_at = now() WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	expect("revoked without a notice", onB, 3*time.Second, "revoked")
	id, secret = a.NewKey(t, "narrowed", apikey.Compliance)
	onB = open(b, id, secret)
	if _, err := a.Pool.Exec(ctx, `UPDATE api_keys SET scopes = '{issuer}' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	expect("scopes narrowed without a notice", onB, 3*time.Second, "key_changed")
	id, secret = a.NewKey(t, "quietly rotated", apikey.Compliance)
	onB = open(b, id, secret)
	if _, err := a.Pool.Exec(ctx, `UPDATE api_keys SET rotated_at = now() WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	expect("rotated without a notice", onB, 3*time.Second, "rotated")

	// Another key's stream is untouched.
	webtest.LogEntry(t, a.Pool, 1, "still here")
	if e := next(t, other); subjectOf(t, e) != "still here" {
		t.Errorf("bystander received %s %s", e.Type, e.Data)
	}
	if hubA.Closed(stream.ClosedKeyRevoked) != 1 || hubB.Closed(stream.ClosedKeyRevoked) != 2 ||
		hubB.Closed(stream.ClosedKeyRotated) != 2 || hubB.Closed(stream.ClosedKeyScopes) != 1 {
		t.Errorf("closed by key: A revoked %d; B revoked %d rotated %d scopes %d; want 1; 2 2 1",
			hubA.Closed(stream.ClosedKeyRevoked), hubB.Closed(stream.ClosedKeyRevoked),
			hubB.Closed(stream.ClosedKeyRotated), hubB.Closed(stream.ClosedKeyScopes))
	}
}

// One key cannot hold more streams than the per-key cap, nor one address
// more than the per-IP cap (429 too_many_streams, naming the cap); other
// keys still connect, and a closed stream frees its place.
func TestStreamCapsPerKeyAndIP(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, hub := startStreaming(t, func(c *stream.Config) { c.MaxConnsPerKey, c.MaxConnsPerIP = 2, 3 })

	greedy := s.NewClient(t, apikey.Issuer)
	var open []*client.Stream
	t.Cleanup(func() {
		for _, st := range open {
			st.Close()
		}
	})
	connect := func(c *client.Client) error {
		st, err := c.Stream(ctx, client.StreamOptions{})
		if err == nil {
			open = append(open, st)
		}
		return err
	}
	refused := func(what string, err error, capName string) {
		t.Helper()
		var apiErr *client.Error
		if !errors.As(err, &apiErr) || apiErr.Status != http.StatusTooManyRequests || apiErr.Code != "too_many_streams" ||
			!strings.Contains(apiErr.Message, capName) {
			t.Fatalf("%s: %v, want 429 too_many_streams naming the %s cap", what, err, capName)
		}
	}
	for i := range 2 {
		if err := connect(greedy); err != nil {
			t.Fatalf("stream %d of the key: %v", i+1, err)
		}
	}
	refused("a third stream of one key", connect(greedy), "per-key")
	if err := connect(s.NewClient(t, apikey.Auditor)); err != nil {
		t.Fatalf("another key: %v", err)
	}
	refused("a fourth stream from one address", connect(s.NewClient(t, apikey.Compliance)), "per-IP")

	// Closing one of the key's streams frees its place.
	open[0].Close()
	open = open[1:]
	for deadline := time.Now().Add(5 * time.Second); hub.Conns() != 2; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d streams open after one closed, want 2", hub.Conns())
		}
	}
	if err := connect(greedy); err != nil {
		t.Fatalf("the key again after closing one: %v", err)
	}
}
