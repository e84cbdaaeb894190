package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// opsRouter assembles the operations listener (Config.OpsAddr): the
// probes, /metrics and the public routes marked Ops, none signed. It is
// meant for the deployment's own network (Prometheus, a Chainlink node),
// so the public listener does not reveal metrics or serve those routes.
func (s *Server) opsRouter() *chi.Mux {
	r := s.newRouter(" on the operations listener")
	r.Get("/healthz", s.healthz)
	r.Get("/readyz", s.readyz)
	r.Method(http.MethodGet, "/metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	for _, p := range s.cfg.Public {
		if p.Ops {
			r.With(rateLimit(s.cfg.RateLimit.PerIP, s.cfg.RateLimit.Window, keyOfIP)).Method(p.Method, p.Path, p.Handler)
		}
	}
	return r
}
