package web

import (
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/httprate"

	"github.com/tessera-rwa/tessera/errs"
)

// rateLimit allows limit requests per window for each value of key (an API
// key id, a client IP) and answers the rest with 429 and Retry-After.
// limit < 0 turns it off. The counters are per process: behind a load
// balancer each replica allows the limit on its own.
func rateLimit(limit int, window time.Duration, key func(*http.Request) string) func(http.Handler) http.Handler {
	if limit < 0 {
		return func(next http.Handler) http.Handler { return next }
	}
	msg := "rate limit of " + strconv.Itoa(limit) + " requests per " + window.String() + " exceeded; retry after the time in Retry-After"
	return httprate.LimitBy(limit, window,
		func(r *http.Request) (string, error) { return key(r), nil },
		httprate.WithLimitHandler(func(w http.ResponseWriter, r *http.Request) {
			Error(w, r, errs.E(errs.RateLimited, "rate_limited", msg))
		}),
		httprate.WithErrorHandler(func(w http.ResponseWriter, r *http.Request, err error) {
			Error(w, r, err)
		}),
	)
}

// keyOfCaller keys limits by the authenticated API key.
func keyOfCaller(r *http.Request) string {
	p, _ := PrincipalFrom(r.Context())
	return p.Actor()
}

// keyOfIP keys limits by the client address of the connection (IPv6 by
// its /64). Behind a proxy every client shares the proxy's address, so the
// per-IP limit then applies to the proxy as a whole.
func keyOfIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "ip:" + httprate.CanonicalizeIP(host)
}
