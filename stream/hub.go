package stream

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/httprate"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// Config is what a Hub needs. Zero values take the defaults noted.
type Config struct {
	Store Store
	// Resolve returns an API key's principal as it is now, or an error
	// when the key can no longer be used (the key service's Resolve).
	// A stream reads its key with it when it opens, when the key is
	// announced as rotated or revoked, and every Recheck. Required.
	Resolve func(ctx context.Context, keyID string) (auth.Principal, error)
	Logger  *slog.Logger // default: discard
	// Poll is how often a connection reads the store when no commit
	// notification arrives (they are a shortcut, not the guarantee);
	// default 5s.
	Poll time.Duration
	// Ping is how often an idle connection is pinged; a client that does
	// not answer within WriteTimeout is disconnected. Default 30s.
	Ping time.Duration
	// Recheck is how often a stream reads its key's state again, in case
	// a rotation or revocation notice was missed (they are the shortcut,
	// this the guarantee); default 10s.
	Recheck time.Duration
	// WriteTimeout bounds sending one message; a client that reads slower
	// is disconnected and resumes with its last cursor. Default 10s.
	WriteTimeout time.Duration
	// MaxConns bounds open streams per hub (then 503); default 1000.
	MaxConns int
	// MaxConnsPerKey bounds one API key's open streams per hub (then
	// 429); default 10.
	MaxConnsPerKey int
	// MaxConnsPerIP bounds the open streams of one client address per hub
	// (IPv6 by its /64; then 429); default 50.
	MaxConnsPerIP int
	// Batch is how many events one read returns at most; default 2000.
	// A stream replaying a backlog holds two such pages: the one it
	// sends and the next, read meanwhile.
	Batch int
}

// Why a hub closed a stream: the label values of Closed.
const (
	ClosedClient     = "client"      // the client left, or stopped answering pings
	ClosedSlow       = "slow_client" // the client read too slowly
	ClosedKeyRevoked = "key_revoked" // the key was revoked, expired or deleted
	ClosedKeyRotated = "key_rotated" // the key was rotated
	ClosedKeyScopes  = "key_scopes"  // the key may no longer read a type the stream carries
	ClosedStoreError = "store_error" // the events or the key's state could not be read
	ClosedShutdown   = "shutdown"    // the server is shutting down
)

// CloseReasons lists the values Closed takes.
var CloseReasons = []string{ClosedClient, ClosedSlow, ClosedKeyRevoked, ClosedKeyRotated, ClosedKeyScopes, ClosedStoreError, ClosedShutdown}

// Hub serves stream connections. One hub per process: it holds one
// database connection listening for commits and key changes, and wakes
// or ends the streams concerned on each. It listens only while a stream
// is open.
type Hub struct {
	cfg Config
	log *slog.Logger

	sent   atomic.Int64             // events sent, every stream
	closed map[string]*atomic.Int64 // streams closed, by CloseReasons; fixed at New

	ctx    context.Context // ends at Shutdown
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu           sync.Mutex
	subs         map[*conn]struct{}
	perKey       map[string]int
	perIP        map[string]int
	stopListener context.CancelFunc
	listening    chan struct{} // closed when the listener goroutine has ended
}

// conn is one open stream as the hub knows it.
type conn struct {
	key, ip string
	wake    chan struct{} // a commit wrote events: read the store
	check   chan struct{} // a notice may have been missed: read the key's state
	changed chan struct{} // the key was rotated or revoked: end the stream
}

// New returns a hub reading cfg.Store.
func New(cfg Config) (*Hub, error) {
	if cfg.Store == nil {
		return nil, errors.New("stream: no store")
	}
	if cfg.Resolve == nil {
		return nil, errors.New("stream: no key resolver: streams must end when their key does")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 5 * time.Second
	}
	if cfg.Ping <= 0 {
		cfg.Ping = 30 * time.Second
	}
	if cfg.Recheck <= 0 {
		cfg.Recheck = 10 * time.Second
	}
	if cfg.WriteTimeout <= 0 {
		cfg.WriteTimeout = 10 * time.Second
	}
	if cfg.MaxConns <= 0 {
		cfg.MaxConns = 1000
	}
	if cfg.MaxConnsPerKey <= 0 {
		cfg.MaxConnsPerKey = 10
	}
	if cfg.MaxConnsPerIP <= 0 {
		cfg.MaxConnsPerIP = 50
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 2000
	}
	closed := map[string]*atomic.Int64{}
	for _, why := range CloseReasons {
		closed[why] = new(atomic.Int64)
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Hub{cfg: cfg, log: cfg.Logger, ctx: ctx, cancel: cancel, closed: closed,
		subs: map[*conn]struct{}{}, perKey: map[string]int{}, perIP: map[string]int{}}, nil
}

// Conns is the number of open streams.
func (h *Hub) Conns() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// Sent is the number of events sent on every stream so far.
func (h *Hub) Sent() int64 { return h.sent.Load() }

// Closed is the number of streams closed so far for reason (one of
// CloseReasons).
func (h *Hub) Closed(reason string) int64 {
	if n := h.closed[reason]; n != nil {
		return n.Load()
	}
	return 0
}

// subscribe registers a stream of key from ip, within the caps; the first
// one starts the listener.
func (h *Hub) subscribe(key, ip string) (*conn, func(), error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ctx.Err() != nil {
		return nil, nil, errs.E(errs.Unavailable, "shutting_down", "the server is shutting down; reconnect to another replica or later")
	}
	if len(h.subs) >= h.cfg.MaxConns {
		return nil, nil, errs.E(errs.Unavailable, "too_many_streams", "this server has as many streams open as it serves; retry later")
	}
	if h.perKey[key] >= h.cfg.MaxConnsPerKey {
		return nil, nil, errs.E(errs.RateLimited, "too_many_streams", fmt.Sprintf(
			"this API key has %d streams open on this server, the most one key may (per-key cap); close one first", h.perKey[key]))
	}
	if h.perIP[ip] >= h.cfg.MaxConnsPerIP {
		return nil, nil, errs.E(errs.RateLimited, "too_many_streams", fmt.Sprintf(
			"this client address has %d streams open on this server, the most one address may (per-IP cap); close one first", h.perIP[ip]))
	}
	c := &conn{key: key, ip: ip, wake: make(chan struct{}, 1), check: make(chan struct{}, 1), changed: make(chan struct{}, 1)}
	h.subs[c] = struct{}{}
	h.perKey[key]++
	h.perIP[ip]++
	if h.stopListener == nil {
		ctx, stop := context.WithCancel(h.ctx)
		h.stopListener, h.listening = stop, make(chan struct{})
		go h.listen(ctx, h.listening)
	}
	h.wg.Add(1)
	return c, func() {
		h.mu.Lock()
		delete(h.subs, c)
		decrement(h.perKey, key)
		decrement(h.perIP, ip)
		if len(h.subs) == 0 && h.stopListener != nil {
			h.stopListener()
			h.stopListener = nil
		}
		h.mu.Unlock()
		h.wg.Done()
	}, nil
}

func decrement(m map[string]int, k string) {
	if m[k]--; m[k] <= 0 {
		delete(m, k)
	}
}

// listen holds the notification connection until ctx ends, reconnecting
// after a failure; streams keep polling meanwhile, and read their key
// again once it is back.
func (h *Hub) listen(ctx context.Context, done chan struct{}) {
	defer close(done)
	n := Notify{
		Listening: func() {
			h.signal(func(c *conn) chan struct{} { return c.wake })
			h.signal(func(c *conn) chan struct{} { return c.check })
		},
		Committed:  func() { h.signal(func(c *conn) chan struct{} { return c.wake }) },
		KeyChanged: h.keyChanged,
	}
	for {
		err := h.cfg.Store.Listen(ctx, n)
		if ctx.Err() != nil {
			return
		}
		h.log.Warn("stream: listening for commits failed; streams poll until it is back", slog.String("error", err.Error()))
		h.signal(func(c *conn) chan struct{} { return c.wake })
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
}

// signal sends on the channel ch picks of every stream, without waiting.
func (h *Hub) signal(ch func(*conn) chan struct{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.subs {
		poke(ch(c))
	}
}

// keyChanged ends every stream of key id: it was rotated or revoked.
func (h *Hub) keyChanged(id string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.perKey[id] == 0 {
		return
	}
	for c := range h.subs {
		if c.key == id {
			poke(c.changed)
		}
	}
}

func poke(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// Shutdown closes every stream with "going away" (clients reconnect with
// their cursor) and waits for them to end, or for ctx.
func (h *Hub) Shutdown(ctx context.Context) error {
	h.cancel()
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return ctx.Err()
	}
	h.mu.Lock()
	listening := h.listening
	h.mu.Unlock()
	if listening != nil {
		select {
		case <-listening:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// isUpgrade reports whether r asks for a WebSocket.
func isUpgrade(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// clientIP is the address the per-IP cap counts: the connection's, IPv6
// by its /64 (as the API's per-IP rate limit).
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return httprate.CanonicalizeIP(host)
}

// Serve upgrades r to a WebSocket and streams the events req selects, of
// the types p may receive (Permit), until the client leaves, the hub shuts
// down, the client falls behind, or p's key is rotated, revoked or loses
// the scopes the stream needs. An error is returned only before the
// upgrade, for the caller to answer. Browsers may connect only from the
// page's own origin.
func (h *Hub) Serve(w http.ResponseWriter, r *http.Request, p auth.Principal, req Request) error {
	if !isUpgrade(r) {
		return errs.E(errs.Invalid, "upgrade_required", "the stream is a WebSocket: connect with Upgrade: websocket (see docs/stream.md)")
	}
	if p.KeyID == "" {
		return errs.E(errs.Unauthenticated, "missing_authorization", "the stream serves API keys and operator sessions")
	}
	f, err := Permit(p, req.Filter)
	if err != nil {
		return err
	}
	return h.serve(w, r, req, f, p.KeyID, p.ExpiresAt, p.RotatedAt, nil)
}

// ServeWallet is Serve for an investor signed in with wallet (a portal
// session, ending at expires): the events WalletEvents admits, of the
// types req asks for among WalletTypes. alive is asked at every Recheck
// whether the session still stands; an error ends the stream. A wallet's
// streams count against one cap as a key's do.
func (h *Hub) ServeWallet(w http.ResponseWriter, r *http.Request, wallet common.Address, held []string, expires *time.Time,
	alive func(context.Context) error, req Request) error {
	if !isUpgrade(r) {
		return errs.E(errs.Invalid, "upgrade_required", "the stream is a WebSocket: connect with Upgrade: websocket (see docs/stream.md)")
	}
	if alive == nil {
		return errs.E(errs.Internal, "stream_misconfigured", "a wallet's stream needs its session's check")
	}
	f := req.Filter
	if len(f.Types) == 0 {
		f.Types = WalletTypes
	}
	for _, t := range f.Types {
		if !slices.Contains(WalletTypes, t) {
			return errs.E(errs.Forbidden, "event_type_forbidden", "types: a wallet's stream carries "+strings.Join(WalletTypes, ", ")+", not "+t)
		}
	}
	f.Match = WalletEvents(wallet, held)
	return h.serve(w, r, req, f, "wallet:"+strings.ToLower(wallet.Hex()), expires, nil, alive)
}

// serve streams f's events from req's cursor to the client of key (an API
// key's id, or a wallet's) until the stream ends; alive, when set, stands
// in for reading the key again.
func (h *Hub) serve(w http.ResponseWriter, r *http.Request, req Request, f Filter, key string, expires, rotated *time.Time,
	alive func(context.Context) error) error {
	var err error
	unavailable := func(err error) error {
		return errs.Wrap(err, errs.Unavailable, "stream_unavailable", "the event store cannot be read; retry later")
	}
	// The cursor is fixed before the stream is registered: a stream the
	// hub counts (Conns) sends every event committed from then on.
	var cur Cursor
	if req.After != nil {
		cur = *req.After
		horizon, err := h.cfg.Store.Horizon(r.Context())
		if err != nil {
			return unavailable(err)
		}
		if cur != (Cursor{}) && cur.Less(horizon) {
			return errs.E(errs.Invalid, "cursor_expired", "events after "+cur.String()+
				" are no longer kept; connect without after= and read the current state again")
		}
	} else if cur, err = h.cfg.Store.Head(r.Context()); err != nil {
		return unavailable(err)
	}
	c, done, err := h.subscribe(key, clientIP(r))
	if err != nil {
		return err
	}
	defer done()
	// The principal was resolved before the stream was registered: a
	// rotation or revocation announced in between reached no stream of the
	// key, so read the key (or the session) once more now that one will.
	if alive != nil {
		err = alive(r.Context())
	} else {
		err = h.recheck(r.Context(), c.key, f.Types, rotated)
	}
	if err != nil {
		return err
	}
	bw := &batchWriter{ResponseWriter: w, timeout: h.cfg.WriteTimeout}
	ws, err := websocket.Accept(bw, r, nil)
	if err != nil {
		return nil // Accept has answered (a cross-origin browser, a bad handshake)
	}
	// The client sends nothing; reading only notices its close and pongs.
	// That reader must outlive a shutdown, to complete the close handshake.
	ctx, cancel := context.WithCancel(ws.CloseRead(context.WithoutCancel(r.Context())))
	defer cancel()
	stop := context.AfterFunc(h.ctx, cancel)
	defer stop()

	s := &session{h: h, c: c, ws: ws, conn: bw.conn, f: f, expires: expires, rotated: rotated, alive: alive}
	end := s.pump(ctx, cur)
	if h.ctx.Err() != nil {
		end = ending{websocket.StatusGoingAway, "server shutting down; reconnect with after=<last cursor>", ClosedShutdown}
	}
	h.closed[end.why].Add(1)
	if end.status == 0 {
		ws.CloseNow()
		return nil
	}
	ws.Close(end.status, truncate(end.reason, 123)) // the most a close frame carries
	return nil
}

// ending is how a stream ends: the close status to send (0: none, the
// connection is gone), its reason, and why, for Closed.
type ending struct {
	status websocket.StatusCode
	reason string
	why    string
}

// recheck reads key's state now and returns why a stream of types must
// end: an Unauthenticated error (revoked, expired or unknown, with the
// resolver's code and message), a Forbidden one (its scopes no longer
// cover a type), or an Unavailable one (its state cannot be read); nil if
// the stream may go on.
func (h *Hub) recheck(ctx context.Context, key string, types []string, rotated *time.Time) error {
	ctx, cancel := context.WithTimeout(ctx, h.cfg.WriteTimeout)
	defer cancel()
	p, err := h.cfg.Resolve(ctx, key)
	if err != nil {
		if errs.Is(err, errs.Unauthenticated) || errs.Is(err, errs.NotFound) {
			return errs.Wrap(err, errs.Unauthenticated, errs.As(err).Code, errs.As(err).Message)
		}
		return errs.Wrap(err, errs.Unavailable, "key_unavailable", "the API key's state cannot be read; retry later")
	}
	if _, err := Permit(p, Filter{Types: types}); err != nil {
		return errs.Wrap(err, errs.Forbidden, "key_changed", "the API key's scopes changed: it may no longer receive every type this stream carries")
	}
	if p.RotatedAt != nil && (rotated == nil || !p.RotatedAt.Equal(*rotated)) {
		// Rotated since the stream opened, its notice missed.
		return errs.E(errs.Unauthenticated, "key_rotated", "the API key was rotated; reconnect signing with its new secret")
	}
	return nil
}

// keyEnding turns recheck's answer into the stream's end. announced: the
// key was announced as rotated or revoked, so the stream ends even when
// the key is still usable (it was rotated).
func keyEnding(err error, announced bool) ending {
	switch {
	case err == nil && announced:
		return ending{websocket.StatusPolicyViolation, "key_rotated: the API key was rotated; reconnect signing with its new secret", ClosedKeyRotated}
	case err == nil:
		return ending{}
	case errs.Is(err, errs.Unauthenticated) && errs.As(err).Code == "key_rotated":
		return ending{websocket.StatusPolicyViolation, "key_rotated: the API key was rotated; reconnect signing with its new secret", ClosedKeyRotated}
	case errs.Is(err, errs.Unauthenticated):
		e := errs.As(err)
		return ending{websocket.StatusPolicyViolation, e.Code + ": " + e.Message, ClosedKeyRevoked}
	case errs.Is(err, errs.Forbidden):
		return ending{websocket.StatusPolicyViolation, "key_changed: the API key's scopes changed; reconnect", ClosedKeyScopes}
	case announced:
		return ending{websocket.StatusPolicyViolation, "key_changed: the API key was rotated or revoked", ClosedKeyRevoked}
	default:
		return ending{websocket.StatusInternalError, "the API key cannot be checked now; reconnect with after=<last cursor>", ClosedStoreError}
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// session is one stream being served.
type session struct {
	h       *Hub
	c       *conn
	ws      *websocket.Conn
	conn    *batchConn // ws's connection
	f       Filter
	expires *time.Time
	rotated *time.Time // the key's rotation time when the stream opened
	// alive, for a wallet's stream, says whether its session stands (in
	// place of reading a key).
	alive func(context.Context) error

	recheck *time.Ticker
	expiry  <-chan time.Time
	msg     []byte // the message being written, reused
}

// keyNews ends the stream if its key's state says so: at once when the
// key was announced as rotated or revoked; after reading it again when a
// notice may have been missed, at Recheck, or when the key expires. It
// does not wait.
func (s *session) keyNews(ctx context.Context) (ending, bool) {
	select {
	case <-s.c.changed:
		return s.keyEnd(ctx, true)
	default:
	}
	select {
	case <-s.c.check:
	case <-s.recheck.C:
	case <-s.expiry:
	default:
		return ending{}, false
	}
	return s.keyEnd(ctx, false)
}

// keyEnd reads the key again and tells whether, and how, the stream ends.
func (s *session) keyEnd(ctx context.Context, announced bool) (ending, bool) {
	if ctx.Err() != nil {
		return ending{websocket.StatusNormalClosure, "", ClosedClient}, true
	}
	if s.alive != nil {
		if err := s.alive(ctx); err != nil || (s.expires != nil && !time.Now().Before(*s.expires)) {
			return ending{websocket.StatusPolicyViolation, "session_ended: sign in again", ClosedKeyRevoked}, true
		}
		return ending{}, false
	}
	end := keyEnding(s.h.recheck(ctx, s.c.key, s.f.Types, s.rotated), announced)
	return end, end.status != 0
}

// pump sends the hello and then events until ctx ends, a send fails or
// the key's state ends the stream.
func (s *session) pump(ctx context.Context, cur Cursor) ending {
	h := s.h
	gone := ending{why: ClosedClient}
	if err := h.send(ctx, s.ws, api.StreamHello{Type: "hello", Cursor: cur.String()}); err != nil {
		return gone
	}
	ping := time.NewTicker(h.cfg.Ping)
	defer ping.Stop()
	s.recheck = time.NewTicker(h.cfg.Recheck)
	defer s.recheck.Stop()
	if s.expires != nil {
		t := time.NewTimer(time.Until(*s.expires))
		defer t.Stop()
		s.expiry = t.C
	}
	poll := time.NewTimer(0)
	defer poll.Stop()
	// While a page is sent, the next one is read (ahead): the store and
	// the client work at the same time during a replay.
	var ahead <-chan pageRead
	ctx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
		if ahead != nil {
			<-ahead
		}
	}()
	for {
		if end, stop := s.keyNews(ctx); stop {
			return end
		}
		var (
			page Page
			err  error
		)
		if ahead != nil {
			r := <-ahead
			ahead, page, err = nil, r.page, r.err
		} else {
			page, err = h.cfg.Store.Events(ctx, cur, s.f, h.cfg.Batch)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ending{websocket.StatusNormalClosure, "", ClosedClient}
			}
			h.log.Warn("stream: reading events failed", slog.String("error", err.Error()))
			return ending{websocket.StatusInternalError, "events cannot be read now; reconnect with after=" + cur.String(), ClosedStoreError}
		}
		if page.More {
			ahead = s.readAhead(ctx, page.Next)
		}
		if end, stop := s.sendPage(ctx, page.Events, &cur); stop {
			return end
		}
		cur = page.Next
		if page.More {
			continue
		}
		wait := h.cfg.Poll
		if page.Pending {
			// A newer event waits for an older transaction to end: look
			// again soon.
			wait = 100 * time.Millisecond
		}
		poll.Reset(wait)
	idle:
		select {
		case <-ctx.Done():
			return ending{websocket.StatusNormalClosure, "", ClosedClient}
		case <-s.c.wake:
		case <-poll.C:
		case <-ping.C:
			pctx, cancel := context.WithTimeout(ctx, h.cfg.WriteTimeout)
			err := s.ws.Ping(pctx)
			cancel()
			if err != nil {
				return gone
			}
			goto idle
		case <-s.c.changed:
			end, _ := s.keyEnd(ctx, true)
			return end
		case <-s.c.check:
			if end, stop := s.keyEnd(ctx, false); stop {
				return end
			}
			goto idle
		case <-s.recheck.C:
			if end, stop := s.keyEnd(ctx, false); stop {
				return end
			}
			goto idle
		case <-s.expiry:
			if end, stop := s.keyEnd(ctx, false); stop {
				return end
			}
			goto idle
		}
		poll.Stop()
	}
}

func (h *Hub) send(ctx context.Context, c *websocket.Conn, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	// Not cut short by a shutdown: a write whose context ends midway
	// closes the connection, and the client would get no going-away
	// frame naming its cursor. WriteTimeout bounds it.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), h.cfg.WriteTimeout)
	defer cancel()
	return c.Write(ctx, websocket.MessageText, b)
}

// pageRead is a page read ahead.
type pageRead struct {
	page Page
	err  error
}

// readAhead reads the page after cur in the background; the result
// arrives on the channel, which always receives one (ctx ending ends the
// read).
func (s *session) readAhead(ctx context.Context, cur Cursor) <-chan pageRead {
	ch := make(chan pageRead, 1)
	go func() {
		page, err := s.h.cfg.Store.Events(ctx, cur, s.f, s.h.cfg.Batch)
		ch <- pageRead{page, err}
	}()
	return ch
}

// sendPage sends events, one message each, written to the connection
// together rather than one by one (batchConn), and moves cur past each
// one sent. The key's news is read before each event: a key revoked
// mid-page stops the page.
func (s *session) sendPage(ctx context.Context, events []Event, cur *Cursor) (ending, bool) {
	if len(events) == 0 {
		return ending{}, false
	}
	h := s.h
	var (
		end  ending
		stop bool
		err  error
		sent int64
	)
	s.conn.Hold()
	// As in send: a shutdown stops the page between events, never
	// within a write (the batch writer bounds each flush).
	wctx := context.WithoutCancel(ctx)
	for i := range events {
		e := &events[i]
		if ctx.Err() != nil {
			// The client left, or the hub shuts down: what was sent goes
			// out, and on a shutdown the serve loop says goodbye with the
			// cursor.
			end, stop = ending{why: ClosedClient}, true
			break
		}
		if end, stop = s.keyNews(ctx); stop {
			break
		}
		if s.f.Match != nil && !s.f.Match(*e) {
			*cur = e.Pos // not this client's: passed over
			continue
		}
		e.Cursor = e.Pos.String()
		if s.msg, err = appendEvent(s.msg[:0], e); err != nil {
			h.log.Warn("stream: an event does not encode", slog.String("cursor", e.Cursor), slog.String("error", err.Error()))
			end, stop = ending{websocket.StatusInternalError, "an event cannot be sent; reconnect with after=" + cur.String(), ClosedStoreError}, true
			break
		}
		// Held writes do not wait on the client but for every
		// batchFlushAt bytes, each bounded by WriteTimeout.
		if err = s.ws.Write(wctx, websocket.MessageText, s.msg); err != nil {
			break
		}
		sent++
		*cur = e.Pos
	}
	// What was written goes out, even when the key's news stops the page:
	// unheld, it would have been sent already.
	if rerr := s.conn.Release(); err == nil {
		err = rerr
	}
	h.sent.Add(sent)
	if stop {
		return end, true
	}
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, os.ErrDeadlineExceeded) {
			h.log.Info("stream: client too slow; disconnected", slog.String("cursor", cur.String()))
			return ending{why: ClosedSlow}, true
		}
		return ending{why: ClosedClient}, true
	}
	return ending{}, false
}
