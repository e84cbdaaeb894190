package web

import (
	"math"
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
	return httprate.LimitBy(limit, window, func(r *http.Request) (string, error) { return key(r), nil }, limitAnswers(limit, window)...)
}

// limitAnswers make a limiter answer in the API's error model: 429
// rate_limited, or the limiter's own error.
func limitAnswers(limit int, window time.Duration) []httprate.Option {
	msg := "rate limit of " + strconv.Itoa(limit) + " requests per " + window.String() + " exceeded; retry after the time in Retry-After"
	return []httprate.Option{
		httprate.WithLimitHandler(func(w http.ResponseWriter, r *http.Request) {
			Error(w, r, errs.E(errs.RateLimited, "rate_limited", msg))
		}),
		httprate.WithErrorHandler(func(w http.ResponseWriter, r *http.Request, err error) {
			Error(w, r, err)
		}),
	}
}

// keyLimit is the per-key limit, which authenticate applies once a
// request's principal is known; a read answered early (serveEarly) is
// counted only once it is known to be genuine, so replays of a captured
// request spend nothing of its key's budget.
type keyLimit struct {
	l     *httprate.RateLimiter
	limit int
}

// newKeyLimit is limit requests per window for each API key; nil when
// limit < 0 (off).
func newKeyLimit(limit int, window time.Duration) *keyLimit {
	if limit < 0 {
		return nil
	}
	return &keyLimit{limit: limit, l: httprate.NewRateLimiter(limit, window, limitAnswers(limit, window)...)}
}

// refused counts r against its caller's limit, or answers 429 and
// reports true.
func (k *keyLimit) refused(w http.ResponseWriter, r *http.Request) bool {
	return k != nil && k.l.RespondOnLimit(w, r, keyOfCaller(r))
}

// full reports whether the caller of r has no request left in the
// window (without counting r).
func (k *keyLimit) full(r *http.Request) bool {
	if k == nil {
		return false
	}
	_, rate, err := k.l.Status(keyOfCaller(r))
	return err != nil || int(math.Round(rate))+1 > k.limit
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
