package ui

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/apikey"
)

const cookieName = "tessera_session"

type sessionKey struct{}

func sessionFrom(ctx context.Context) (postgres.UISession, bool) {
	s, ok := ctx.Value(sessionKey{}).(postgres.UISession)
	return s, ok
}

func (s sessionView) has(scope apikey.Scope) bool { return slices.Contains(s.Scopes, string(scope)) }

// sessionView is what templates know of the signed-in user.
type sessionView struct {
	Kind    string
	Subject string
	Name    string
	Scopes  []string
}

// IsIssuer and the like tell templates which actions to offer; the
// handlers check again.
func (s sessionView) IsIssuer() bool   { return s.has(apikey.Issuer) }
func (s sessionView) IsApprover() bool { return s.has(apikey.Approver) }

// Has reports whether the session's key holds scope.
func (s sessionView) Has(scope string) bool { return s.has(apikey.Scope(scope)) }

func hashToken(tok string) []byte { h := sha256.Sum256([]byte(tok)); return h[:] }

// session reads the request's session, if any.
func (u *UI) session(r *http.Request) (postgres.UISession, bool, error) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" || len(c.Value) > 100 {
		return postgres.UISession{}, false, nil
	}
	return u.cfg.Sessions.Session(r.Context(), hashToken(c.Value), u.cfg.Now())
}

// startSession stores a new session and sets its cookie: HttpOnly (no
// script reads it), SameSite=Strict (no other site sends it), Secure over
// TLS, scoped to /ui.
func (u *UI) startSession(w http.ResponseWriter, r *http.Request, s postgres.UISession) error {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return err
	}
	tok := base64.RawURLEncoding.EncodeToString(raw)
	u.sweep(r.Context())
	s.TokenHash = hashToken(tok)
	s.ExpiresAt = u.cfg.Now().Add(u.cfg.SessionTTL)
	if err := u.cfg.Sessions.CreateSession(r.Context(), s); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: tok, Path: "/ui", HttpOnly: true,
		Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode, Expires: s.ExpiresAt})
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
			if !ok || s.Kind != kind {
				to := "/ui/signin?next=" + url.QueryEscape(r.URL.Path)
				if r.Method != http.MethodGet {
					u.renderError(w, r, errs.E(errs.Unauthenticated, "signin_required", "sign in first"))
					return
				}
				http.Redirect(w, r, to, http.StatusSeeOther)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, s)))
		})
	}
}

func viewOf(s postgres.UISession) *sessionView {
	return &sessionView{Kind: s.Kind, Subject: s.Subject, Name: s.Name, Scopes: s.Scopes}
}

type siweMessageRequest struct {
	Address string `json:"address"`
}

// siweMessage issues the EIP-4361 message for a wallet, with a fresh
// one-time nonce valid for five minutes.
func (u *UI) siweMessage(w http.ResponseWriter, r *http.Request) (any, error) {
	var req siweMessageRequest
	if err := web.Decode(r, &req); err != nil {
		return nil, err
	}
	if !common.IsHexAddress(req.Address) {
		return nil, errs.E(errs.Invalid, "invalid_address", "address must be a 0x-prefixed 20-byte hex address")
	}
	now := u.cfg.Now().UTC().Truncate(time.Second)
	m := SIWEMessage{Domain: r.Host, Address: common.HexToAddress(req.Address), Statement: siweStatement,
		URI: scheme(r) + "://" + r.Host + "/ui/", ChainID: u.cfg.Issuance.ChainID(), Nonce: newNonce(),
		IssuedAt: now, ExpiresAt: now.Add(5 * time.Minute)}
	u.sweep(r.Context())
	if err := u.cfg.Sessions.AddNonce(r.Context(), m.Nonce, m.ExpiresAt); err != nil {
		return nil, err
	}
	return map[string]string{"message": m.String()}, nil
}

type siweVerifyRequest struct {
	Message   string `json:"message"`
	Signature string `json:"signature"`
}

// siweVerify checks a signed sign-in message: issued here for this host
// and chain, in its time window, its nonce unused, signed by its address.
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
	case m.Domain != r.Host || m.URI != scheme(r)+"://"+r.Host+"/ui/":
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
	fresh, err := u.cfg.Sessions.UseNonce(r.Context(), m.Nonce, now)
	if err != nil {
		return nil, err
	}
	if !fresh {
		return nil, siweErr("siwe_nonce_used", "the sign-in nonce is unknown, used or expired: sign in again")
	}
	if err := u.startSession(w, r, postgres.UISession{Kind: "investor", Subject: m.Address.Hex()}); err != nil {
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
	if !match || key.Usable(u.cfg.Now()) != nil {
		return fail()
	}
	scopes := make([]string, len(key.Scopes))
	for i, s := range key.Scopes {
		scopes[i] = string(s)
	}
	if err := u.startSession(w, r, postgres.UISession{Kind: "operator", Subject: key.ID, Name: key.Name, Scopes: scopes}); err != nil {
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
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/ui", HttpOnly: true, Secure: r.TLS != nil,
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
