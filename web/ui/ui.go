// Package ui is Tessera's web UI: server-rendered pages for investors
// (signed in with their wallet, EIP-4361) and operators (signed in with an
// API key), embedded in the binary with their CSS and a little JavaScript
// for progressive enhancement. It talks to the same domain services as the
// API, so what the UI shows is what the API returns.
package ui

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Keys looks up an API key with its valid secrets to sign an operator in,
// and resolves a session's key to its principal on every request
// (apikey.Service).
type Keys interface {
	Credentials(ctx context.Context, id string) (apikey.Key, [][]byte, error)
	Resolve(ctx context.Context, id string) (auth.Principal, error)
	// State reads a key (revoked ones too): pages name the keys that
	// acted by their name and owner.
	State(ctx context.Context, id string) (apikey.Key, error)
}

// Rounds reads a valuation feed's indexed rounds (postgres.IndexStore).
type Rounds interface {
	ValuationRounds(ctx context.Context, chainID *big.Int, feed common.Address, v chain.View, after *chain.EventPos, limit int) ([]chain.ValuationRound, error)
	LatestValuation(ctx context.Context, chainID *big.Int, feed common.Address, v chain.View) (chain.ValuationRound, bool, error)
}

// Sessions stores browser sessions and sign-in nonces, each nonce bound to
// the domain and wallet it was issued for (postgres.UISessionStore).
type Sessions interface {
	CreateSession(ctx context.Context, s auth.Session) error
	Session(ctx context.Context, hash []byte, now time.Time) (auth.Session, bool, error)
	DeleteSession(ctx context.Context, hash []byte) error
	AddNonce(ctx context.Context, nonce, domain string, address common.Address, expires time.Time) error
	UseNonce(ctx context.Context, nonce, domain string, address common.Address, now time.Time) (bool, error)
	DeleteExpired(ctx context.Context, now time.Time) (int64, error)
}

// Config is what the UI needs.
type Config struct {
	Issuance *issuance.Service
	Rounds   Rounds
	Keys     Keys
	Sessions Sessions
	// Compliance returns the compliance service for the compliance view
	// (nil: the view says compliance is not running). A function, because
	// a server may start compliance after the UI is built.
	Compliance func() *compliance.Service
	// Dealing is the dealing service: the portal's dealing sections and
	// the console's dealing pages (nil: neither is shown).
	Dealing *dealing.Service
	// Audit runs reports and exports for the auditor view (nil: the view
	// says audit is not running).
	Audit *web.AuditConfig
	// Stream feeds the operator pages' live sections over a WebSocket
	// (nil: they poll every few seconds).
	Stream *stream.Hub
	Logger *slog.Logger     // default: discard
	Now    func() time.Time // default: time.Now
	// SessionTTL is how long a sign-in lasts; default 8h.
	SessionTTL time.Duration
	// PublicOrigin is the scheme, host and port browsers reach the UI at,
	// e.g. https://app.example.com or http://127.0.0.1:8080 (required; see
	// ParseOrigin). Sign-in messages name it whatever Host a request
	// carries, state-changing requests must come from it, and an https
	// origin makes the session cookie Secure even where TLS ends at a
	// proxy in front.
	PublicOrigin string
}

// UI serves the pages under /ui.
type UI struct {
	cfg   Config
	log   *slog.Logger
	pages map[string]*template.Template
	mux   *chi.Mux

	origin string // the public origin, as ParseOrigin returns it
	domain string // its host and port: the domain of sign-in messages
	secure bool   // https: session cookies are Secure

	swept atomic.Int64 // unix seconds of the last sweep of expired sessions and nonces
}

// sweep deletes expired sessions and nonces, at most once a minute, on the
// requests that add rows: no background goroutine to stop.
func (u *UI) sweep(ctx context.Context) {
	now := u.cfg.Now()
	last := u.swept.Load()
	if now.Unix()-last < 60 || !u.swept.CompareAndSwap(last, now.Unix()) {
		return
	}
	if _, err := u.cfg.Sessions.DeleteExpired(ctx, now); err != nil {
		u.log.Warn("ui: sweep of expired sessions failed", "err", err)
	}
}

// New builds the UI.
func New(cfg Config) (*UI, error) {
	if cfg.Issuance == nil || cfg.Rounds == nil || cfg.Keys == nil || cfg.Sessions == nil {
		return nil, errors.New("ui: issuance service, rounds, keys and sessions are needed")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.SessionTTL == 0 {
		cfg.SessionTTL = 8 * time.Hour
	}
	origin, err := ParseOrigin(cfg.PublicOrigin)
	if err != nil {
		return nil, fmt.Errorf("ui: %w", err)
	}
	u := &UI{cfg: cfg, log: cfg.Logger, origin: origin, secure: strings.HasPrefix(origin, "https://")}
	u.domain = strings.TrimPrefix(strings.TrimPrefix(origin, "https://"), "http://")
	if u.pages, err = parsePages(); err != nil {
		return nil, err
	}
	u.mux = u.router()
	return u, nil
}

// Routes returns the UI's routes for web.Config.Public: "/" redirects to
// the UI, /favicon.ico is its icon (for browsers that ask for it before
// reading a page's link), everything under /ui/ is served by it.
func (u *UI) Routes() []web.PublicRoute {
	return []web.PublicRoute{
		{Method: http.MethodGet, Path: "/", Summary: "Redirects to the web UI", ContentType: "text/html",
			Handler: http.RedirectHandler("/ui/", http.StatusSeeOther)},
		{Method: http.MethodGet, Path: "/favicon.ico", Summary: "The web UI's icon (SVG)", ContentType: "image/svg+xml",
			Handler: http.HandlerFunc(favicon)},
		{Method: http.MethodGet, Path: "/ui/*", Summary: "Web UI pages (investor portal, issuer console)", ContentType: "text/html", Handler: u.mux},
		{Method: http.MethodPost, Path: "/ui/*", Summary: "Web UI forms and sign-in", ContentType: "text/html", Handler: u.mux},
	}
}

// Handler serves the UI (its paths start with /ui/).
func (u *UI) Handler() http.Handler { return u.mux }

func (u *UI) router() *chi.Mux {
	r := chi.NewRouter()
	r.Use(securityHeaders, u.sameOrigin)
	static, _ := fs.Sub(staticFS, "static")
	r.Handle("/ui/static/*", http.StripPrefix("/ui/static/", staticCache(http.FileServer(http.FS(static)))))
	r.Get("/ui/", u.page(u.home))
	r.Get("/ui/signin", u.page(u.signinPage))
	r.Post("/ui/siwe/message", u.json(u.siweMessage))
	r.Post("/ui/siwe/verify", u.json(u.siweVerify))
	r.Post("/ui/login", u.page(u.operatorLogin))
	r.Post("/ui/logout", u.page(u.logout))

	r.Group(func(r chi.Router) {
		r.Use(u.requireSession("investor"))
		r.Get("/ui/portal", u.page(u.portal))
		r.Get("/ui/portal/onboard", u.page(u.onboardPage))
		r.Post("/ui/portal/onboard", u.page(u.onboard))
		r.Post("/ui/portal/claims/{dist}", u.json(u.prepareClaim))
		r.Get("/ui/portal/assets/{id}/documents/{name}", u.page(u.portalDocument))
		r.Get("/ui/portal/stream", u.portalStream)
		r.Post("/ui/portal/dealing/{asset}/calls", u.json(u.prepareDealing))
	})
	r.Group(func(r chi.Router) {
		r.Use(u.requireSession("operator"))
		for _, op := range u.operatorRoutes() {
			r.With(u.requireAction(op.Action, op.Or)).Method(op.Method, op.Path, op.handler)
		}
	})
	r.NotFound(u.page(func(w http.ResponseWriter, r *http.Request) error {
		return notFound("no page " + r.URL.Path)
	}))
	return r
}

// OperatorRoute is one operator page or form of the UI and the action it
// takes, in package auth's table: the same check as the API route that
// does the same (the domain services check again).
type OperatorRoute struct {
	Method, Path string
	Action, Or   auth.Action
	handler      http.Handler
}

// OperatorRoutes lists the operator routes with their actions, so tests
// can hold every door to the one table.
func (u *UI) OperatorRoutes() []OperatorRoute { return u.operatorRoutes() }

func (u *UI) operatorRoutes() []OperatorRoute {
	get, post := http.MethodGet, http.MethodPost
	return []OperatorRoute{
		{get, "/ui/console", auth.AssetRead, "", u.page(u.console)},
		{get, "/ui/stream", auth.StreamRead, "", http.HandlerFunc(u.stream)},
		{post, "/ui/console/assets", auth.AssetCreate, "", u.page(u.createAsset)},
		{get, "/ui/console/assets/{id}", auth.AssetRead, "", u.page(u.assetPage)},
		{post, "/ui/console/assets/{id}/transitions", auth.AssetTransition, auth.AssetVerify, u.page(u.transition)},
		{post, "/ui/console/assets/{id}/tokenize", auth.AssetTokenize, "", u.page(u.tokenize)},
		{post, "/ui/console/assets/{id}/documents", auth.DocumentUpload, "", u.page(u.uploadDocument)},
		{post, "/ui/console/assets/{id}/document-proposals/{pid}/{decision}", auth.DocumentDecide, "", u.page(u.decideDocument)},
		{post, "/ui/console/assets/{id}/mints", auth.MintRequest, "", u.page(u.requestMint)},
		{post, "/ui/console/assets/{id}/distributions", auth.DistributionNew, "", u.page(u.distribute)},
		{post, "/ui/console/distributions/{did}/{decision}", auth.DistributionDecide, "", u.page(u.decideDistribution)},
		{post, "/ui/console/requests/{rid}/{decision}", auth.MintDecide, "", u.page(u.decide)},
		{get, "/ui/console/assets/{id}/dealing", auth.DealingBookRead, "", u.page(u.dealingPage)},
		{get, "/ui/console/dealing/books/{bid}", auth.DealingBookRead, "", u.page(u.bookPage)},
		{post, "/ui/console/dealing/books/{bid}/{decision}", auth.DealingBookDecide, "", u.page(u.decideBook)},
		{post, "/ui/console/dealing/books/{bid}/batches/{index}/retry", auth.DealingBatchRetry, "", u.page(u.retryBatch)},
		{get, "/ui/compliance", auth.InterventionRead, "", u.page(u.compliancePage)},
		{post, "/ui/compliance/interventions/{iid}/{decision}", auth.InterventionDecide, "", u.page(u.decideIntervention)},
		{get, "/ui/compliance/assets/{asset}", auth.RulesRead, "", u.page(u.rulesPage)},
		{post, "/ui/compliance/assets/{asset}/rules", auth.RulesSet, "", u.page(u.setRules)},
		{post, "/ui/compliance/assets/{asset}/caps", auth.RulesSet, "", u.page(u.setCaps)},
		{post, "/ui/compliance/assets/{asset}/interventions", auth.InterventionNew, "", u.page(u.requestIntervention)},
		{post, "/ui/compliance/kyc-keys", auth.KYCProviderRequest, "", u.page(u.requestKYCKey)},
		{post, "/ui/compliance/kyc-keys/{kid}/revoke", auth.KYCProviderRequest, "", u.page(u.revokeKYCKey)},
		{post, "/ui/compliance/kyc-key-requests/{rid}/{decision}", auth.KYCProviderDecide, "", u.page(u.decideKYCKey)},
		{post, "/ui/compliance/onboardings/{oid}/{decision}", auth.InvestorWrite, "", u.page(u.decideOnboarding)},
		{get, "/ui/audit", auth.AuditRead, "", u.page(u.auditPage)},
		{get, "/ui/audit/{symbol}/report", auth.AuditRead, "", u.page(u.auditReport)},
		{get, "/ui/audit/{symbol}/exports/{kind}.csv", auth.AuditRead, "", u.page(u.auditExport)},
	}
}

// requireAction refuses an operator whose principal may take neither
// action, before the handler runs.
func (u *UI) requireAction(action, or auth.Action) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p, _ := web.PrincipalFrom(r.Context())
			if err := auth.Authorize(p, action); err != nil && (or == "" || !p.Can(or)) {
				u.renderError(w, r, err)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// securityHeaders keeps the pages from being framed or sniffed and allows
// only the UI's own scripts and styles (no CDN, no inline script).
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// favicon serves static/favicon.svg: browsers take an SVG icon at the
// conventional path when its content type says so.
func favicon(w http.ResponseWriter, r *http.Request) {
	b, err := staticFS.ReadFile("static/favicon.svg")
	if err != nil {
		http.Error(w, "no icon", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml")
	h.Set("Cache-Control", "public, max-age=86400")
	h.Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(b)
}

func staticCache(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=300")
		next.ServeHTTP(w, r)
	})
}
