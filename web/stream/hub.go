package stream

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"

	"github.com/tessera-rwa/tessera/errs"
)

// Config is what a Hub needs. Zero values take the defaults noted.
type Config struct {
	Store  Store
	Logger *slog.Logger // default: discard
	// Poll is how often a connection reads the store when no commit
	// notification arrives (they are a shortcut, not the guarantee);
	// default 5s.
	Poll time.Duration
	// Ping is how often an idle connection is pinged; a client that does
	// not answer within WriteTimeout is disconnected. Default 30s.
	Ping time.Duration
	// WriteTimeout bounds sending one message; a client that reads slower
	// is disconnected and resumes with its last cursor. Default 10s.
	WriteTimeout time.Duration
	// MaxConns bounds open streams per hub; default 1000.
	MaxConns int
	// Batch is how many events one read returns at most; default 500.
	Batch int
}

// Hub serves stream connections. One hub per process: it holds one
// database connection listening for commits and wakes every stream on
// each. It listens only while a stream is open.
type Hub struct {
	cfg Config
	log *slog.Logger

	sent atomic.Int64 // events sent, every stream

	ctx    context.Context // ends at Shutdown
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu           sync.Mutex
	subs         map[chan struct{}]struct{}
	stopListener context.CancelFunc
	listening    chan struct{} // closed when the listener goroutine has ended
}

// New returns a hub reading cfg.Store.
func New(cfg Config) (*Hub, error) {
	if cfg.Store == nil {
		return nil, errors.New("stream: no store")
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
	if cfg.WriteTimeout <= 0 {
		cfg.WriteTimeout = 10 * time.Second
	}
	if cfg.MaxConns <= 0 {
		cfg.MaxConns = 1000
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 500
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Hub{cfg: cfg, log: cfg.Logger, ctx: ctx, cancel: cancel, subs: map[chan struct{}]struct{}{}}, nil
}

// Conns is the number of open streams.
func (h *Hub) Conns() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// Sent is the number of events sent on every stream so far.
func (h *Hub) Sent() int64 { return h.sent.Load() }

// subscribe registers a stream; the first one starts the listener.
func (h *Hub) subscribe() (chan struct{}, func(), error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ctx.Err() != nil {
		return nil, nil, errs.E(errs.Unavailable, "shutting_down", "the server is shutting down; reconnect to another replica or later")
	}
	if len(h.subs) >= h.cfg.MaxConns {
		return nil, nil, errs.E(errs.Unavailable, "too_many_streams", "this server has as many streams open as it serves; retry later")
	}
	wake := make(chan struct{}, 1)
	h.subs[wake] = struct{}{}
	if h.stopListener == nil {
		ctx, stop := context.WithCancel(h.ctx)
		h.stopListener, h.listening = stop, make(chan struct{})
		go h.listen(ctx, h.listening)
	}
	h.wg.Add(1)
	return wake, func() {
		h.mu.Lock()
		delete(h.subs, wake)
		if len(h.subs) == 0 && h.stopListener != nil {
			h.stopListener()
			h.stopListener = nil
		}
		h.mu.Unlock()
		h.wg.Done()
	}, nil
}

// listen holds the notification connection until ctx ends, reconnecting
// after a failure; streams keep polling meanwhile.
func (h *Hub) listen(ctx context.Context, done chan struct{}) {
	defer close(done)
	for {
		err := h.cfg.Store.Listen(ctx, h.wakeAll)
		if ctx.Err() != nil {
			return
		}
		h.log.Warn("stream: listening for commits failed; streams poll until it is back", slog.String("error", err.Error()))
		h.wakeAll()
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
}

func (h *Hub) wakeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for w := range h.subs {
		select {
		case w <- struct{}{}:
		default:
		}
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

// Serve upgrades r to a WebSocket and streams the events req selects until
// the client leaves, the hub shuts down or the client falls behind. An
// error is returned only before the upgrade, for the caller to answer.
// Browsers may connect only from the page's own origin.
func (h *Hub) Serve(w http.ResponseWriter, r *http.Request, req Request) error {
	if !isUpgrade(r) {
		return errs.E(errs.Invalid, "upgrade_required", "the stream is a WebSocket: connect with Upgrade: websocket (see docs/stream.md)")
	}
	wake, done, err := h.subscribe()
	if err != nil {
		return err
	}
	defer done()
	unavailable := func(err error) error {
		return errs.Wrap(err, errs.Unavailable, "stream_unavailable", "the event store cannot be read; retry later")
	}
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
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return nil // Accept has answered (a cross-origin browser, a bad handshake)
	}
	// The client sends nothing; reading only notices its close and pongs.
	// That reader must outlive a shutdown, to complete the close handshake.
	ctx, cancel := context.WithCancel(c.CloseRead(context.WithoutCancel(r.Context())))
	defer cancel()
	stop := context.AfterFunc(h.ctx, cancel)
	defer stop()

	status, reason := h.pump(ctx, c, wake, cur, req.Filter)
	if h.ctx.Err() != nil {
		status, reason = websocket.StatusGoingAway, "server shutting down; reconnect with after=<last cursor>"
	}
	if status == 0 {
		c.CloseNow()
		return nil
	}
	c.Close(status, reason)
	return nil
}

// pump sends the hello and then events until ctx ends or a send fails; it
// returns the close status to send (0: none, the connection is gone).
func (h *Hub) pump(ctx context.Context, c *websocket.Conn, wake <-chan struct{}, cur Cursor, f Filter) (websocket.StatusCode, string) {
	if err := h.send(ctx, c, Hello{Type: "hello", Cursor: cur.String()}); err != nil {
		return 0, ""
	}
	ping := time.NewTicker(h.cfg.Ping)
	defer ping.Stop()
	poll := time.NewTimer(0)
	defer poll.Stop()
	for {
		evs, pending, err := h.cfg.Store.Events(ctx, cur, h.cfg.Batch)
		if err != nil {
			if ctx.Err() != nil {
				return websocket.StatusNormalClosure, ""
			}
			h.log.Warn("stream: reading events failed", slog.String("error", err.Error()))
			return websocket.StatusInternalError, "events cannot be read now; reconnect with after=" + cur.String()
		}
		for _, e := range evs {
			if f.Match(e) {
				e.Cursor = e.Pos.String()
				if err := h.send(ctx, c, e); err != nil {
					if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
						h.log.Info("stream: client too slow; disconnected", slog.String("cursor", cur.String()))
					}
					return 0, ""
				}
				h.sent.Add(1)
			}
			// Filtered-out events move the cursor too, so they are not
			// read again.
			cur = e.Pos
		}
		if len(evs) == h.cfg.Batch {
			continue
		}
		wait := h.cfg.Poll
		if pending {
			// A newer event waits for an older transaction to end: look
			// again soon.
			wait = 100 * time.Millisecond
		}
		poll.Reset(wait)
	idle:
		select {
		case <-ctx.Done():
			return websocket.StatusNormalClosure, ""
		case <-wake:
		case <-poll.C:
		case <-ping.C:
			pctx, cancel := context.WithTimeout(ctx, h.cfg.WriteTimeout)
			err := c.Ping(pctx)
			cancel()
			if err != nil {
				return 0, ""
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
	ctx, cancel := context.WithTimeout(ctx, h.cfg.WriteTimeout)
	defer cancel()
	return c.Write(ctx, websocket.MessageText, b)
}
