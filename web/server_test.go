package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

func TestServerServesSignedRequests(t *testing.T) {
	t.Parallel()
	s := webtest.Start(t, web.Config{})
	c := s.NewClient(t, apikey.Issuer)
	me, err := c.Me(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if me.KeyID == "" || len(me.Scopes) != 1 || me.Scopes[0] != "issuer" {
		t.Fatalf("me = %+v", me)
	}
}

func TestStartOnTakenPortNamesTheAddress(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s, err := web.New(webtest.Stores(t, pgtest.NewDB(t), web.Config{Addr: ln.Addr().String()}))
	if err != nil {
		t.Fatal(err)
	}
	err = s.Start(context.Background())
	if err == nil {
		_ = s.Stop(context.Background())
		t.Fatal("started on a taken port")
	}
	want := "cannot listen on " + ln.Addr().String() + ": address already in use"
	if err.Error() != want {
		t.Fatalf("error = %q, want %q", err, want)
	}
}

func TestNewRefusesBadConfig(t *testing.T) {
	t.Parallel()
	pool := pgtest.NewDB(t)
	ok := web.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error { return nil })
	tests := []struct {
		name string
		cfg  web.Config
		want string
	}{
		{"no stores", web.Config{MasterKey: webtest.MasterKey}, "Keys, Nonces and Idempotency are required"},
		{"short master key", withKey(webtest.Stores(t, pool, web.Config{}), []byte("short")), "master key must be 32 bytes"},
		{"duplicate route", webtest.Stores(t, pool, web.Config{Routes: []web.Route{{Method: "GET", Pattern: "/me", Summary: "x", Handler: ok}}}), "registered twice"},
		{"no summary", webtest.Stores(t, pool, web.Config{Routes: []web.Route{{Method: "GET", Pattern: "/y", Handler: ok}}}), "summary"},
		{"bad method", webtest.Stores(t, pool, web.Config{Routes: []web.Route{{Method: "TRACE", Pattern: "/x", Summary: "x", Handler: ok}}}), "unsupported method"},
	}
	for _, tt := range tests {
		_, err := web.New(tt.cfg)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestHealthAndReadiness(t *testing.T) {
	t.Parallel()
	failing := errors.New("node unreachable")
	var chainDown atomic.Bool
	s := webtest.Start(t, web.Config{Ready: map[string]func(context.Context) error{
		"chain": func(context.Context) error {
			if chainDown.Load() {
				return failing
			}
			return nil
		},
	}})
	get := func(path string) (int, map[string]any) {
		t.Helper()
		resp, err := http.Get(s.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&body)
		return resp.StatusCode, body
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("healthz = %d", code)
	}
	code, body := get("/readyz")
	if code != 200 || body["checks"].(map[string]any)["database"] != "ok" {
		t.Errorf("readyz = %d %v", code, body)
	}
	chainDown.Store(true)
	code, body = get("/readyz")
	if code != 503 || body["checks"].(map[string]any)["chain"] != "failed" || body["checks"].(map[string]any)["database"] != "ok" {
		t.Errorf("readyz with chain down = %d %v", code, body)
	}
}

func withKey(cfg web.Config, key []byte) web.Config {
	cfg.MasterKey = key
	return cfg
}
