package ui

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/web"
)

const cookieName = "tessera_session"

type sessionKey struct{}

func sessionFrom(ctx context.Context) (auth.Session, bool) {
	s, ok := ctx.Value(sessionKey{}).(auth.Session)
	return s, ok
}

// sessionView is what templates know of the signed-in user: for an
// operator, the principal its key resolves to now.
type sessionView struct {
	Kind      string
	Subject   string
	Principal auth.Principal
}

// Actor is the user as history rows record it ("key:tk_…").
func (s sessionView) Actor() string { return s.Principal.Actor() }

// Name is how the page names the user.
func (s sessionView) Name() string { return s.Principal.Name }

// Can tells templates which actions to offer (the action table of package
// auth); the domain services check again.
func (s sessionView) Can(action string) bool { return s.Principal.Can(auth.Action(action)) }

// IsIssuer and IsApprover are Can for the actions the console offers most.
func (s sessionView) IsIssuer() bool   { return s.Principal.Can(auth.MintRequest) }
func (s sessionView) IsApprover() bool { return s.Principal.Can(auth.MintDecide) }

// principal returns the operator's principal if it may take action: the
// same check, from the same table, as the API's.
func principal(r *http.Request, action auth.Action) (auth.Principal, error) {
	p, _ := web.PrincipalFrom(r.Context())
	return p, auth.Authorize(p, action)
}

func hashToken(tok string) []byte { h := sha256.Sum256([]byte(tok)); return h[:] }

// session reads the request's session, if any.
func (u *UI) session(r *http.Request) (auth.Session, bool, error) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" || len(c.Value) > 100 {
		return auth.Session{}, false, nil
	}
	return u.cfg.Sessions.Session(r.Context(), hashToken(c.Value), u.cfg.Now())
}

// startSession stores a new session and sets its cookie: HttpOnly (no
// script reads it), SameSite=Strict (no other site sends it), Secure when
// the public origin is https (whether or not TLS ends in front of this
// server), scoped to /ui.
func (u *UI) startSession(w http.ResponseWriter, r *http.Request, s auth.Session, notAfter *time.Time) error {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return err
	}
	tok := base64.RawURLEncoding.EncodeToString(raw)
	u.sweep(r.Context())
	s.TokenHash = hashToken(tok)
	s.ExpiresAt = u.cfg.Now().Add(u.cfg.SessionTTL)
	if notAfter != nil && notAfter.Before(s.ExpiresAt) {
		// A session never outlives its key.
		s.ExpiresAt = *notAfter
	}
	if err := u.cfg.Sessions.CreateSession(r.Context(), s); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: tok, Path: "/ui", HttpOnly: true,
		Secure: u.secure, SameSite: http.SameSiteStrictMode, Expires: s.ExpiresAt})
	return nil
}

func (u *UI) requireSession(kind string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s, ok, err := u.session(r)
			if err != nil {
				u.renderError(w, r, err)
				return
			}
			ctx := r.Context()
			if ok && kind == "operator" && s.Kind == kind {
				// Every request resolves the key as it is now: a revoked,
				// expired or rotated-away key ends the session here.
				p, err := u.cfg.Keys.Resolve(ctx, s.Subject)
				if err != nil {
					if !errs.Is(err, errs.Unauthenticated) {
						u.renderError(w, r, err)
						return
					}
					if err := u.cfg.Sessions.DeleteSession(ctx, s.TokenHash); err != nil {
						u.log.Warn("ui: deleting a session of an unusable key failed", "err", err)
					}
					ok = false
				} else {
					ctx = web.WithPrincipal(ctx, p)
				}
			}
			if !ok || s.Kind != kind {
				to := "/ui/signin?next=" + url.QueryEscape(r.URL.Path)
				if r.Method != http.MethodGet {
					u.renderError(w, r, errs.E(errs.Unauthenticated, "signin_required", "sign in first"))
					return
				}
				http.Redirect(w, r, to, http.StatusSeeOther)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(ctx, sessionKey{}, s)))
		})
	}
}

func viewOf(r *http.Request, s auth.Session) *sessionView {
	p, _ := web.PrincipalFrom(r.Context())
	return &sessionView{Kind: s.Kind, Subject: s.Subject, Principal: p}
}

type siweMessageRequest struct {
	Address string `json:"address"`
}

// siweMessage issues the EIP-4361 message for a wallet, with a fresh
// one-time nonce valid for five minutes, bound to the wallet and the
// domain. The domain and URI are the public origin's, never the request's
// Host: a site that relays this request to us still gets a message naming
// us, which the wallet shows and siweVerify requires.
func (u *UI) siweMessage(w http.ResponseWriter, r *http.Request) (any, error) {
	var req siweMessageRequest
	if err := web.Decode(r, &req); err != nil {
		return nil, err
	}
	if !address.Valid(req.Address) {
		return nil, errs.E(errs.Invalid, "invalid_address", "address must be a 0x-prefixed 20-byte hex address")
	}
	now := u.cfg.Now().UTC().Truncate(time.Second)
	m := SIWEMessage{Domain: u.domain, Address: common.HexToAddress(req.Address), Statement: siweStatement,
		URI: u.origin + "/ui/", ChainID: u.cfg.Issuance.ChainID(), Nonce: newNonce(),
		IssuedAt: now, ExpiresAt: now.Add(5 * time.Minute)}
	u.sweep(r.Context())
	if err := u.cfg.Sessions.AddNonce(r.Context(), m.Nonce, m.Domain, m.Address, m.ExpiresAt); err != nil {
		return nil, err
	}
	return map[string]string{"message": m.String()}, nil
}

type siweVerifyRequest struct {
	Message   string `json:"message"`
	Signature string `json:"signature"`
}

// siweVerify checks a signed sign-in message: naming the public origin and
// this chain, in its time window, signed by its address, its nonce unused
// and issued here for that address and domain.
func (u *UI) siweVerify(w http.ResponseWriter, r *http.Request) (any, error) {
	var req siweVerifyRequest
	if err := web.Decode(r, &req); err != nil {
		return nil, err
	}
	m, err := ParseSIWE(req.Message)
	if err != nil {
		return nil, err
	}
	now := u.cfg.Now()
	switch {
	case m.Domain != u.domain || m.URI != u.origin+"/ui/":
		return nil, siweErr("siwe_wrong_domain", "the message was issued for another site")
	case m.ChainID.Cmp(u.cfg.Issuance.ChainID()) != 0:
		return nil, siweErr("siwe_wrong_chain", "the message names another chain")
	case m.IssuedAt.After(now.Add(time.Minute)):
		return nil, siweErr("siwe_not_yet_valid", "the message is issued in the future")
	case m.ExpiresAt.IsZero() || !now.Before(m.ExpiresAt):
		return nil, siweErr("siwe_expired", "the sign-in message has expired: sign in again")
	}
	signer, err := RecoverPersonalSign(req.Message, req.Signature)
	if err != nil {
		return nil, err
	}
	if signer != m.Address {
		return nil, siweErr("bad_signature", "the message was not signed by "+m.Address.Hex())
	}
	fresh, err := u.cfg.Sessions.UseNonce(r.Context(), m.Nonce, m.Domain, m.Address, now)
	if err != nil {
		return nil, err
	}
	if !fresh {
		return nil, siweErr("siwe_nonce_used", "the sign-in nonce is unknown, used, expired or issued for another wallet: sign in again")
	}
	if err := u.startSession(w, r, auth.Session{Kind: "investor", Subject: m.Address.Hex()}, nil); err != nil {
		return nil, err
	}
	return map[string]string{"address": m.Address.Hex(), "next": "/ui/portal"}, nil
}

// operatorLogin signs an operator in with an API key id and secret,
// compared in constant time with the key's valid secrets.
func (u *UI) operatorLogin(w http.ResponseWriter, r *http.Request) error {
	id, secret := strings.TrimSpace(r.PostFormValue("key_id")), r.PostFormValue("secret")
	fail := func() error {
		return u.render(w, r, http.StatusUnauthorized, "signin", map[string]any{
			"Error": "That key id and secret do not match an active API key.", "KeyID": id})
	}
	if !apikey.ValidID(id) || secret == "" {
		return fail()
	}
	key, secrets, err := u.cfg.Keys.Credentials(r.Context(), id)
	if errs.Is(err, errs.NotFound) {
		return fail()
	}
	if err != nil {
		return err
	}
	match := false
	for _, s := range secrets {
		if hmac.Equal(s, []byte(secret)) {
			match = true
		}
	}
	if !match {
		return fail()
	}
	p, err := key.Principal(u.cfg.Now())
	if err != nil {
		return fail()
	}
	if err := u.startSession(w, r, auth.Session{Kind: "operator", Subject: p.KeyID}, p.ExpiresAt); err != nil {
		return err
	}
	http.Redirect(w, r, "/ui/console", http.StatusSeeOther)
	return nil
}

func (u *UI) logout(w http.ResponseWriter, r *http.Request) error {
	if c, err := r.Cookie(cookieName); err == nil {
		if err := u.cfg.Sessions.DeleteSession(r.Context(), hashToken(c.Value)); err != nil {
			return err
		}
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/ui", HttpOnly: true, Secure: u.secure,
		SameSite: http.SameSiteStrictMode, MaxAge: -1})
	http.Redirect(w, r, "/ui/signin", http.StatusSeeOther)
	return nil
}

func (u *UI) home(w http.ResponseWriter, r *http.Request) error {
	s, ok, err := u.session(r)
	if err != nil {
		return err
	}
	switch {
	case ok && s.Kind == "investor":
		http.Redirect(w, r, "/ui/portal", http.StatusSeeOther)
	case ok:
		http.Redirect(w, r, "/ui/console", http.StatusSeeOther)
	default:
		http.Redirect(w, r, "/ui/signin", http.StatusSeeOther)
	}
	return nil
}

func (u *UI) signinPage(w http.ResponseWriter, r *http.Request) error {
	return u.render(w, r, http.StatusOK, "signin", map[string]any{})
}
