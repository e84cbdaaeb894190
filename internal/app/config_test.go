package app_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/web"
)

// The API's rate limits are the operator's to tune or, for a load
// benchmark, to turn off; a negative window is refused.
func TestHTTPRateLimitCheck(t *testing.T) {
	base := func(rl web.RateLimit) app.Config {
		return app.Config{Database: app.Database{URL: "postgres://localhost/tessera"}, Chain: app.Chain{RPCURL: "http://127.0.0.1:8545"},
			MasterKey: make([]byte, 32), HTTP: app.HTTP{Addr: "127.0.0.1:0", RateLimit: rl}}
	}
	for _, rl := range []web.RateLimit{{}, {PerKey: -1, PerIP: -1}, {PerKey: 10, PerIP: 20, Window: 30 * time.Second}} {
		cfg := base(rl)
		if err := cfg.Check(); err != nil {
			t.Errorf("rate limit %+v: %v", rl, err)
		}
	}
	cfg := base(web.RateLimit{Window: -1})
	if err := cfg.Check(); err == nil || !strings.Contains(err.Error(), "RateLimit.Window must not be negative") {
		t.Errorf("negative window: want refused, got %v", err)
	}
}
