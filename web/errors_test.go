package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
)

var errBoom = errors.New("boom")

func TestEveryKindHasAStatus(t *testing.T) {
	t.Parallel()
	for k := errs.Internal; k <= errs.Unavailable; k++ {
		if _, ok := statusByKind[k]; !ok {
			t.Errorf("kind %v has no status", k)
		}
	}
}

func TestErrorRendering(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		err         error
		status      int
		code        string
		msgContains string
	}{
		{"invalid", errs.E(errs.Invalid, "bad_thing", "thing is bad"), 400, "bad_thing", "thing is bad"},
		{"wrapped not found", fmt.Errorf("load: %w", errs.E(errs.NotFound, "", "no asset")), 404, "not_found", "no asset"},
		{"internal hides details", errs.Wrap(errBoom, errs.Internal, "db", "password=hunter2"), 500, "internal", "request id"},
		{"plain error is internal", errors.New("pq: password=hunter2"), 500, "internal", "request id"},
		{"deadline", context.DeadlineExceeded, 503, "unavailable", "retry"},
		{"rate limited", errs.E(errs.RateLimited, "rate_limited", "slow down"), 429, "rate_limited", "slow down"},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/", nil)
		requestID(HandlerFunc(func(w http.ResponseWriter, r *http.Request) error { return tt.err })).ServeHTTP(rec, req)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
		}
		if code := errorCode(t, rec); code != tt.code {
			t.Errorf("%s: code %q, want %q", tt.name, code, tt.code)
		}
		if body := rec.Body.String(); !strings.Contains(body, tt.msgContains) || strings.Contains(body, "hunter2") {
			t.Errorf("%s: body %s", tt.name, body)
		}
	}
}
