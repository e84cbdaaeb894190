package web

import (
	"errors"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
)

// A read is answered while its nonce is being recorded: once its
// signature matches a secret of the key as the verifier remembers it, the
// route's handler runs at the same time as the statement that records the
// nonce and confirms the key unchanged (keyNonceStore.UseUnchanged), and
// what the handler writes is held back until that statement answers. If
// the nonce was fresh and the key unchanged, the held answer goes out; if
// not, it is thrown away and the request is checked again from the start,
// as any other (a replay gets 401, a key that changed is read again): no
// byte of it ever leaves the server for a request that fails. A read
// thereby waits for the longer of its handler and the nonce's round trip
// instead of their sum.
//
// Only reads run early (GET routes other than WebSockets, and not those
// marked Route.Sequential): their handlers change nothing, so running one
// for a request that then fails has no effect beyond its work.

// earlyHold bounds what an early handler may write before the verdict:
// past it, the handler waits for the verdict (and then writes through, or
// fails its writes).
const earlyHold = 256 << 10

// nonceVerdict is what recording a nonce answered.
type nonceVerdict struct {
	fresh bool
	err   error
}

// serveEarly runs next for r as key's principal while recording nonce,
// and reports whether it answered; false: nothing was written to w, and
// the request must be checked from the start. The per-key limit counts the
// request only once it is known to be genuine; a caller with no request
// left in its window is not run early (the full check answers 429).
func serveEarly(kn keyNonceStore, limit *keyLimit, key apikey.Key, nonce string, now, expires time.Time,
	w http.ResponseWriter, r *http.Request, next http.Handler) bool {
	p, err := key.Principal(now)
	if err != nil {
		return false
	}
	ri := infoFrom(r.Context())
	er := r
	if ri != nil {
		ri.keyID, ri.caller, ri.authenticated = p.KeyID, p, true
	} else {
		er = r.WithContext(WithPrincipal(r.Context(), p))
	}
	forget := func() {
		if ri != nil {
			ri.keyID, ri.caller, ri.authenticated, ri.err = "", auth.Principal{}, false, nil
		}
	}
	if limit.full(er) {
		forget()
		return false
	}
	// The route's middleware decodes the path parameters in place, once:
	// a request checked again after a refused early run must find them as
	// sent.
	var params []string
	if rctx := chi.RouteContext(r.Context()); rctx != nil {
		params = slices.Clone(rctx.URLParams.Values)
	}
	verdict := make(chan nonceVerdict, 1)
	go func() {
		fresh, err := kn.UseUnchanged(r.Context(), key.ID, key.Rev, nonce, now, expires)
		verdict <- nonceVerdict{fresh, err}
	}()
	g := &gatedWriter{w: w, header: http.Header{}, verdict: verdict}
	func() {
		defer func() {
			// A panic is the recoverer's to answer, once the request is
			// known to be genuine; for one that is not, it is dropped
			// with the rest of the early answer.
			if v := recover(); v != nil {
				if g.wait() {
					panic(v)
				}
			}
		}()
		next.ServeHTTP(g, er)
	}()
	if g.wait() {
		if !limit.refused(w, er) {
			g.release()
		}
		return true
	}
	forget()
	if rctx := chi.RouteContext(r.Context()); rctx != nil && len(params) == len(rctx.URLParams.Values) {
		copy(rctx.URLParams.Values, params)
	}
	return false
}

// errEarlyRefused fails the writes of an early handler whose request
// turned out not to be genuine.
var errEarlyRefused = errors.New("web: the request failed authentication")

// gatedWriter holds what a handler writes until the nonce's verdict:
// then it sends it (release) or drops it.
type gatedWriter struct {
	w       http.ResponseWriter
	header  http.Header
	status  int
	buf     []byte
	verdict <-chan nonceVerdict

	once sync.Once
	ok   bool // the verdict: fresh nonce, unchanged key
	sent bool // released: writes go through
}

// wait blocks until the verdict and reports it.
func (g *gatedWriter) wait() bool {
	g.once.Do(func() {
		v := <-g.verdict
		g.ok = v.err == nil && v.fresh
	})
	return g.ok
}

// release sends what was held; afterwards writes go straight through.
func (g *gatedWriter) release() {
	if g.sent {
		return
	}
	g.sent = true
	h := g.w.Header()
	for k, v := range g.header {
		h[k] = v
	}
	g.header = h
	if g.status != 0 {
		g.w.WriteHeader(g.status)
	}
	if len(g.buf) > 0 {
		_, _ = g.w.Write(g.buf)
	}
	if g.buf != nil && cap(g.buf) <= pooledMax {
		b := g.buf[:0]
		heldBufs.Put(&b)
	}
	g.buf = nil
}

// heldBufs are the buffers early answers are held in until their
// verdict, reused once sent.
var heldBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4<<10); return &b }}

func (g *gatedWriter) Header() http.Header { return g.header }

func (g *gatedWriter) WriteHeader(status int) {
	if g.sent {
		g.w.WriteHeader(status)
		return
	}
	if g.status == 0 {
		g.status = status
	}
}

func (g *gatedWriter) Write(b []byte) (int, error) {
	if g.sent {
		return g.w.Write(b)
	}
	if g.status == 0 {
		g.status = http.StatusOK
	}
	if len(g.buf)+len(b) <= earlyHold {
		if g.buf == nil {
			g.buf = *heldBufs.Get().(*[]byte)
		}
		g.buf = append(g.buf, b...)
		return len(b), nil
	}
	if !g.wait() {
		return 0, errEarlyRefused
	}
	g.release()
	return g.w.Write(b)
}

// Flush sends what was held once the request is known to be genuine.
func (g *gatedWriter) Flush() {
	if !g.wait() {
		return
	}
	g.release()
	if f, ok := g.w.(http.Flusher); ok {
		f.Flush()
	}
}

// earlyRoutes answers whether a request's route may run early: a GET
// route that is not a WebSocket and not Sequential.
func earlyRoutes(routes []Route) func(*http.Request) bool {
	ok := map[string]bool{}
	for _, rt := range routes {
		if rt.Method == http.MethodGet && !rt.WebSocket && !rt.Sequential {
			ok["/v1"+rt.Pattern] = true
		}
	}
	return func(r *http.Request) bool {
		return r.Method == http.MethodGet && r.Header.Get("Upgrade") == "" && ok[routePattern(r)]
	}
}
