package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/seal"
	"github.com/tessera-rwa/tessera/stream"
)

// Config is what a Server needs. Zero values take the defaults noted.
type Config struct {
	Addr string // listen address of the API; default "127.0.0.1:8080", port 0 picks a free one
	// Listener, when set, is the API's listener, already bound (Addr is
	// then only its name): a caller that must know the address before the
	// server is built binds it first, so no other process can take the
	// port in between. Stop closes it.
	Listener net.Listener
	// OpsAddr is the listen address of the operations listener: /metrics,
	// the public routes marked Ops (such as /ea), and /healthz and /readyz,
	// which Addr serves too. Addr serves none of the others. Empty: no
	// operations listener, and /metrics is not served. Keep it off the
	// public network (tessera serve's default is 127.0.0.1:9090).
	OpsAddr string
	// AllowedHosts pins the Host header of requests on Addr: "host" or
	// "host:port", compared without regard to case, port included (list
	// every form clients send). A request for any other host is refused,
	// 400 host_not_allowed, before authentication; the probes answer any
	// host. Empty: any host.
	AllowedHosts []string

	Logger *slog.Logger // default: discard

	// Keys resolves every request's API key and serves /v1/keys
	// (apikey.Service over postgres.APIKeyStore). Required.
	Keys *apikey.Service
	// Nonces remembers each signed request's nonce until it could no
	// longer be replayed (postgres.NonceStore). Required.
	Nonces NonceStore
	// Idempotency keeps first responses to writes
	// (postgres.IdempotencyStore). Required.
	Idempotency IdempotencyStore
	// Expire are the records the sweeper deletes once expired, by what
	// they are for the log (nonces, idempotency records, stream events).
	// Every replica sweeps; the deletes need no coordination.
	Expire map[string]Expirer

	// Ready holds named readiness checks for /readyz (e.g. "database",
	// "chain").
	Ready map[string]func(context.Context) error
	// MasterKey (32 bytes) seals API key secrets and stored idempotent
	// responses; see package seal for where it comes from
	// (TESSERA_MASTER_KEY, TESSERA_MASTER_KEY_FILE, .tessera/master.key).
	MasterKey []byte
	// Registry receives the server's metrics and is served at /metrics on
	// OpsAddr; default: a new registry with the Go and process collectors.
	Registry *prometheus.Registry
	// Routes are mounted under /v1 after the built-in ones (see Route).
	Routes []Route
	// Public routes are mounted outside /v1 without request signing, for
	// callers that cannot sign, such as a Chainlink node's bridge to the
	// External Adapter. They are rate limited per IP.
	Public []PublicRoute

	AuthWindow      time.Duration // allowed clock difference of signed requests; default 30s
	MaxBodyBytes    int64         // default 1 MiB
	RateLimit       RateLimit
	IdempotencyTTL  time.Duration // how long first responses are replayed; default 24h
	IdempotencyLock time.Duration // how long a running request holds its key; default WriteTimeout + 30s
	SweepEvery      time.Duration // how often expired nonces and idempotency records are deleted; default 1m

	ReadHeaderTimeout time.Duration // default 5s
	ReadTimeout       time.Duration // default 30s
	WriteTimeout      time.Duration // default 60s
	IdleTimeout       time.Duration // default 120s

	// Stream serves GET /v1/stream when set (and whatever else shares the
	// hub, such as the web UI); Stop shuts it down. Its events' retention
	// is the store's (Expire "stream events").
	Stream *stream.Hub
	// Now replaces the clock (tests). Nil: time.Now.
	Now func() time.Time
}

// RateLimit bounds requests per minute-long window. Zero values take the
// defaults; a negative value turns that limit off.
type RateLimit struct {
	PerKey int           // per API key; default 600
	PerIP  int           // per client IP, before authentication; default 1200
	Window time.Duration // default 1m
}

func (c *Config) setDefaults() {
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.AuthWindow == 0 {
		c.AuthWindow = 30 * time.Second
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 1 << 20
	}
	if c.RateLimit.PerKey == 0 {
		c.RateLimit.PerKey = 600
	}
	if c.RateLimit.PerIP == 0 {
		c.RateLimit.PerIP = 1200
	}
	if c.RateLimit.Window == 0 {
		c.RateLimit.Window = time.Minute
	}
	if c.IdempotencyTTL == 0 {
		c.IdempotencyTTL = 24 * time.Hour
	}
	if c.ReadHeaderTimeout == 0 {
		c.ReadHeaderTimeout = 5 * time.Second
	}
	if c.ReadTimeout == 0 {
		c.ReadTimeout = 30 * time.Second
	}
	if c.WriteTimeout == 0 {
		c.WriteTimeout = 60 * time.Second
	}
	if c.IdleTimeout == 0 {
		c.IdleTimeout = 120 * time.Second
	}
	if c.IdempotencyLock == 0 {
		c.IdempotencyLock = c.WriteTimeout + 30*time.Second
	}
	if c.SweepEvery == 0 {
		c.SweepEvery = time.Minute
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Check reports the first thing wrong with the configuration.
func (c *Config) Check() error {
	if c.Keys == nil || c.Nonces == nil || c.Idempotency == nil {
		return errors.New("web: Keys, Nonces and Idempotency are required")
	}
	if len(c.MasterKey) != seal.KeySize {
		return fmt.Errorf("web: master key must be %d bytes, got %d", seal.KeySize, len(c.MasterKey))
	}
	if c.AuthWindow < 0 || c.MaxBodyBytes < 0 {
		return errors.New("web: negative auth window or body limit")
	}
	if err := checkHosts(c.AllowedHosts); err != nil {
		return err
	}
	for _, p := range c.Public {
		if (p.Method != http.MethodGet && p.Method != http.MethodPost) || !strings.HasPrefix(p.Path, "/") ||
			strings.HasPrefix(p.Path, "/v1") || p.Handler == nil || p.Summary == "" {
			return fmt.Errorf("web: public route %s %s needs GET or POST, a path outside /v1, a summary and a handler", p.Method, p.Path)
		}
	}
	return nil
}

// Server is Tessera's HTTP API server.
type Server struct {
	cfg      Config
	log      *slog.Logger
	keys     *apikey.Service
	nonces   NonceStore
	idem     IdempotencyStore
	idemBox  *seal.Box
	metrics  *metrics
	registry *prometheus.Registry
	routes   []Route // every /v1 route, built-in and mounted
	mux      *chi.Mux
	opsMux   *chi.Mux
	spec     []byte    // the OpenAPI description
	docs     *docsView // the docs page, laid out from spec

	mu      sync.Mutex
	http    *http.Server
	ln      net.Listener
	served  chan error
	ops     *http.Server // nil without OpsAddr
	opsLn   net.Listener
	opsDone chan error
	sweeper *sweeper
}

// New builds a server; Start makes it listen.
func New(cfg Config) (*Server, error) {
	cfg.setDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	idemBox, err := seal.New(cfg.MasterKey, "idempotent-response/v1")
	if err != nil {
		return nil, err
	}
	reg := cfg.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	m, err := newMetrics(reg)
	if err == nil && cfg.Stream != nil {
		err = registerStreamMetrics(reg, cfg.Stream)
	}
	if err != nil {
		return nil, fmt.Errorf("web: register metrics: %w", err)
	}
	s := &Server{
		cfg: cfg, log: cfg.Logger, keys: cfg.Keys, nonces: cfg.Nonces,
		idem: cfg.Idempotency, idemBox: idemBox,
		metrics: m, registry: reg,
	}
	if s.cfg.Ready == nil {
		s.cfg.Ready = map[string]func(context.Context) error{}
	}
	s.routes = s.apiRoutes()
	if cfg.Stream != nil {
		s.routes = append(s.routes, s.streamRoute())
	}
	s.routes = append(s.routes, cfg.Routes...)
	if err := checkRoutes(s.routes); err != nil {
		return nil, err
	}
	if s.spec, err = s.openAPI(); err != nil {
		return nil, err
	}
	if s.docs, err = newDocsView(s.spec); err != nil {
		return nil, err
	}
	s.mux = s.router()
	s.opsMux = s.opsRouter()
	return s, nil
}

// Handler returns the API's HTTP handler (a *chi.Mux), served on Addr.
func (s *Server) Handler() http.Handler { return s.mux }

// OpsHandler returns the operations listener's handler, served on OpsAddr.
func (s *Server) OpsHandler() http.Handler { return s.opsMux }

// Start binds the listener, starts serving and the sweeper, and returns.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.http != nil {
		return errors.New("web: server already started")
	}
	ln := s.cfg.Listener
	if ln == nil {
		var err error
		if ln, err = listen(ctx, s.cfg.Addr); err != nil {
			return err
		}
	}
	if s.cfg.OpsAddr != "" {
		opsLn, err := listen(ctx, s.cfg.OpsAddr)
		if err != nil {
			_ = ln.Close()
			return err
		}
		s.opsLn, s.ops, s.opsDone = opsLn, s.httpServer(s.opsMux), make(chan error, 1)
		go func() { s.opsDone <- s.ops.Serve(opsLn) }()
	}
	s.ln = ln
	s.http = s.httpServer(s.mux)
	s.served = make(chan error, 1)
	go func() { s.served <- s.http.Serve(ln) }()
	sc := sweeperConfig{
		Every: s.cfg.SweepEvery, Now: s.cfg.Now, Logger: s.log,
		Expire: s.cfg.Expire,
	}
	s.sweeper = startSweeper(sc)
	s.log.Info("API listening", slog.String("url", s.url()))
	if s.ops != nil {
		s.log.Info("operations listening", slog.String("url", "http://"+s.opsLn.Addr().String()))
	}
	return nil
}

func listen(ctx context.Context, addr string) (net.Listener, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("cannot listen on %s: address already in use", addr)
		}
		return nil, fmt.Errorf("cannot listen on %s: %w", addr, errors.Unwrap(err))
	}
	return ln, nil
}

func (s *Server) httpServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Stop stops accepting connections, waits for requests in flight (until ctx
// ends) and stops the sweeper.
func (s *Server) Stop(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.http == nil {
		return nil
	}
	err := s.http.Shutdown(ctx)
	if s.ops != nil {
		err = errors.Join(err, s.ops.Shutdown(ctx))
		if opsErr := <-s.opsDone; opsErr != nil && !errors.Is(opsErr, http.ErrServerClosed) {
			err = errors.Join(err, opsErr)
		}
		s.ops = nil
	}
	if s.cfg.Stream != nil {
		// Streams are hijacked connections, which Shutdown leaves open.
		err = errors.Join(err, s.cfg.Stream.Shutdown(ctx))
	}
	if serveErr := <-s.served; serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		err = errors.Join(err, serveErr)
	}
	s.sweeper.stop()
	s.http = nil
	return err
}

// URL is the server's base URL, e.g. "http://127.0.0.1:8080"; after Start
// it names the port actually bound.
func (s *Server) URL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.url()
}

func (s *Server) url() string {
	if s.ln != nil {
		return "http://" + s.ln.Addr().String()
	}
	return "http://" + s.cfg.Addr
}

// OpsURL is the operations listener's base URL after Start, e.g.
// "http://127.0.0.1:9090"; empty without OpsAddr.
func (s *Server) OpsURL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ops == nil {
		return ""
	}
	return "http://" + s.opsLn.Addr().String()
}

// Keys returns the API key service the server authenticates with.
func (s *Server) Keys() *apikey.Service { return s.keys }
