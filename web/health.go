package web

import (
	"context"
	"log/slog"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/api"
)

// healthz answers 200 while the process serves.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, api.Health{Status: "ok"})
}

// readyz runs every readiness check at once and answers 200 when all pass,
// 503 naming the ones that failed otherwise. Failure details are logged,
// not returned: the endpoint is unauthenticated.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	resp := api.Health{Status: "ok", Checks: map[string]string{}}
	names := make([]string, 0, len(s.cfg.Ready))
	for name := range s.cfg.Ready {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		check := s.cfg.Ready[name]
		wg.Go(func() {
			err := check(ctx)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				resp.Status, resp.Checks[name] = "unavailable", "failed"
				s.log.Warn("readiness check failed", slog.String("check", name), slog.String("error", err.Error()),
					slog.String("request_id", RequestID(r.Context())))
				return
			}
			resp.Checks[name] = "ok"
		})
	}
	wg.Wait()
	status := http.StatusOK
	if resp.Status != "ok" {
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, resp)
}
