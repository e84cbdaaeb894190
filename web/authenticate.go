package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/errs"
)

// Credentials gives the request verifier keys and their secrets
// (apikey.Service).
type Credentials interface {
	// Secrets returns a key and its secrets, perhaps from memory.
	Secrets(ctx context.Context, id string) (apikey.Secrets, error)
	// Forget drops what Secrets remembers of a key.
	Forget(id string)
	// State reads a key as it is now.
	State(ctx context.Context, id string) (apikey.Key, error)
}

// NonceStore records request nonces; Use reports whether nonce is fresh for
// keyID and keeps it until expires. postgres.NonceStore is the one every
// replica shares.
type NonceStore interface {
	Use(ctx context.Context, keyID, nonce string, now, expires time.Time) (bool, error)
}

// keyNonceStore is a NonceStore that records a nonce only while its key
// is unchanged since the verifier read it (apikey.Key.Rev) and not
// revoked, in one statement (postgres.NonceStore): a signed request whose
// key the verifier remembers then costs one round trip, and what it
// remembers is confirmed by it. With any other NonceStore the verifier
// reads the key (Credentials.State) and then records the nonce.
type keyNonceStore interface {
	UseUnchanged(ctx context.Context, keyID string, rev uint32, nonce string, now, expires time.Time) (bool, error)
}

type authConfig struct {
	// Early reports whether a request's route may answer while its nonce
	// is recorded (serveEarly); nil: none.
	Early  func(*http.Request) bool
	Keys   Credentials
	Nonces NonceStore
	// Limit is the per-key rate limit (nil: none), applied to a request
	// once it is authenticated.
	Limit   *keyLimit
	Window  time.Duration // allowed clock difference, both ways
	Now     func() time.Time
	Metrics *metrics
}

// canonicalBufs recycles canonical-request buffers: verification is on
// every request and should not allocate more than it must.
var canonicalBufs = sync.Pool{New: func() any { b := make([]byte, 0, 512); return &b }}

// authenticate verifies the request's TESSERA-HMAC-SHA256 signature
// (docs/auth.md) and puts the principal in the context. It reads the whole
// body (already bounded by bodyLimit) to hash it, and hands it on.
func authenticate(cfg authConfig) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p, answered, err := verify(cfg, r, w, next)
			if answered {
				return
			}
			if err != nil {
				reason := "error"
				if e := errs.As(err); e != nil {
					reason = e.Code
				}
				if ri := infoFrom(r.Context()); ri != nil {
					ri.authFailure = reason
				}
				cfg.Metrics.authFailed(reason)
				Error(w, r, err)
				return
			}
			if ri := infoFrom(r.Context()); ri != nil {
				ri.keyID, ri.caller, ri.authenticated = p.KeyID, p, true
			} else {
				r = r.WithContext(WithPrincipal(r.Context(), p))
			}
			if cfg.Limit.refused(w, r) {
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func authErr(code, msg string) error { return errs.E(errs.Unauthenticated, code, msg) }

// verify checks r's signature and returns its principal; answered: a read
// that may run early (authConfig.Early) was answered by next while its
// nonce was recorded (serveEarly).
func verify(cfg authConfig, r *http.Request, w http.ResponseWriter, next http.Handler) (p auth.Principal, answered bool, err error) {
	p, err = verifySigned(cfg, r, func(hdr signing.Authorization, canon []byte, nonce string, now, expires time.Time) bool {
		if cfg.Early == nil || !cfg.Early(r) {
			return false
		}
		kn, ok := cfg.Nonces.(keyNonceStore)
		if !ok {
			return false
		}
		sec, err := cfg.Keys.Secrets(r.Context(), hdr.KeyID)
		if err != nil || !signatureMatches(sec, hdr, canon, now) {
			return false // checked again, from the start
		}
		return serveEarly(kn, cfg.Limit, sec.Key, nonce, now, expires, w, r, next)
	})
	if errors.Is(err, errAnswered) {
		return auth.Principal{}, true, nil
	}
	return p, false, err
}

// errAnswered: the request was answered early.
var errAnswered = errors.New("web: answered early")

func verifySigned(cfg authConfig, r *http.Request, early func(hdr signing.Authorization, canon []byte, nonce string, now, expires time.Time) bool) (auth.Principal, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return auth.Principal{}, authErr("missing_authorization", "sign the request: see /docs and docs/auth.md")
	}
	hdr, err := signing.ParseAuthorization(h)
	if err != nil {
		return auth.Principal{}, authErr("malformed_authorization", err.Error())
	}
	for _, name := range signing.RequiredHeaders {
		if !slices.Contains(hdr.SignedHeaders, name) {
			return auth.Principal{}, authErr("unsigned_header", "header "+name+" must be signed")
		}
	}
	if r.Header.Get(signing.HeaderIdempotencyKey) != "" && !slices.Contains(hdr.SignedHeaders, "idempotency-key") {
		return auth.Principal{}, authErr("unsigned_header", "header idempotency-key must be signed")
	}
	ts, ok := signing.ParseTimestamp(r.Header.Get(signing.HeaderTimestamp))
	if !ok {
		return auth.Principal{}, authErr("invalid_timestamp", signing.HeaderTimestamp+" must be Unix seconds")
	}
	now := cfg.Now()
	if d := now.Sub(ts); d > cfg.Window || d < -cfg.Window {
		return auth.Principal{}, authErr("timestamp_out_of_window", "the request timestamp is too far from the server's clock")
	}
	nonce := r.Header.Get(signing.HeaderNonce)
	if !signing.ValidNonce(nonce) {
		return auth.Principal{}, authErr("invalid_nonce", signing.HeaderNonce+" must be 16 to 64 characters of A-Z a-z 0-9 - _")
	}

	body, err := readBody(r)
	if err != nil {
		return auth.Principal{}, err
	}
	hash := sha256.Sum256(body)
	if ri := infoFrom(r.Context()); ri != nil {
		ri.bodyHash, ri.bodyRead = hash, true
	}
	bufp := canonicalBufs.Get().(*[]byte)
	defer canonicalBufs.Put(bufp)
	canon, err := signing.AppendCanonical((*bufp)[:0], signing.FromHTTP(r, hash), hdr.SignedHeaders)
	*bufp = canon[:0]
	if err != nil {
		return auth.Principal{}, authErr("malformed_request", err.Error())
	}

	if early(hdr, canon, nonce, now, ts.Add(cfg.Window)) {
		return auth.Principal{}, errAnswered
	}
	if body != nil {
		// The early handler may have read it.
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	return confirm(r.Context(), cfg, hdr, canon, nonce, now, ts.Add(cfg.Window))
}

// confirm checks the signature against the key's secrets and records
// the nonce, confirming in the same round trip, where the nonce store
// allows, that the key has not changed since its secrets were read:
// whether it is revoked, rotated or has other scopes is known on every
// request, whatever is in memory. A key that changed is read again.
func confirm(ctx context.Context, cfg authConfig, hdr signing.Authorization, canon []byte, nonce string, now, expires time.Time) (auth.Principal, error) {
	for attempt := 0; attempt < 3; attempt++ {
		sec, err := cfg.Keys.Secrets(ctx, hdr.KeyID)
		if errs.Is(err, errs.NotFound) {
			// The same answer as a wrong signature: whether a key id
			// exists is not for unauthenticated callers to learn.
			return auth.Principal{}, badSignature()
		}
		if err != nil {
			return auth.Principal{}, err
		}
		if !signatureMatches(sec, hdr, canon, now) {
			if sec.Cached {
				// Perhaps signed with a secret newer than memory's: the
				// secrets are read again only if the key changed since,
				// so forged requests cannot keep a key out of memory.
				if cur, err := cfg.Keys.State(ctx, hdr.KeyID); err == nil && cur.Rev != sec.Key.Rev {
					cfg.Keys.Forget(hdr.KeyID)
					continue
				}
			}
			return auth.Principal{}, badSignature()
		}
		key, fresh, err := useNonce(ctx, cfg, sec.Key, nonce, now, expires)
		if errs.Is(err, errs.NotFound) {
			return auth.Principal{}, badSignature()
		}
		if err != nil {
			return auth.Principal{}, err
		}
		if key.Rev != sec.Key.Rev {
			// Changed since its secrets were read (the nonce was not
			// recorded): check against the key as it is now.
			cfg.Keys.Forget(hdr.KeyID)
			continue
		}
		p, err := key.Principal(now)
		if err != nil {
			return auth.Principal{}, err
		}
		if !fresh {
			return auth.Principal{}, authErr("replayed_nonce", "this nonce was already used; sign every request with a new one")
		}
		return p, nil
	}
	return auth.Principal{}, errs.E(errs.Unavailable, "key_changing", "the API key is being changed; retry the request")
}

// signatureMatches reports whether the signature is one of sec's valid
// secrets'. Every valid secret is checked, so timing does not tell which
// matched.
func signatureMatches(sec apikey.Secrets, hdr signing.Authorization, canon []byte, now time.Time) bool {
	matched := false
	for _, secret := range sec.List {
		if secret.ValidAt(now) && signing.Check(secret.Plain, canon, hdr.Signature) {
			matched = true
		}
	}
	return matched
}

func badSignature() error { return authErr("invalid_signature", "the signature does not match") }

// useNonce records nonce if key is unchanged in the store, and returns
// the key as it is now (key itself when unchanged) and whether the nonce
// was fresh; a changed key's nonce is not recorded.
func useNonce(ctx context.Context, cfg authConfig, key apikey.Key, nonce string, now, expires time.Time) (apikey.Key, bool, error) {
	kn, oneTrip := cfg.Nonces.(keyNonceStore)
	if oneTrip {
		fresh, err := kn.UseUnchanged(ctx, key.ID, key.Rev, nonce, now, expires)
		if err != nil || fresh {
			return key, fresh, err
		}
		// Used before, or the key changed (or is revoked): read it to
		// tell which.
	}
	current, err := cfg.Keys.State(ctx, key.ID)
	if err != nil || current.Rev != key.Rev || oneTrip {
		return current, false, err
	}
	fresh, err := cfg.Nonces.Use(ctx, key.ID, nonce, now, expires)
	return current, fresh, err
}

// readBody reads the body and puts it back for the handler.
func readBody(r *http.Request) ([]byte, error) {
	if r.Body == nil || r.Body == http.NoBody {
		return nil, nil
	}
	var body []byte
	var err error
	if n := r.ContentLength; n > 0 && n <= 1<<20 {
		// One allocation of the declared size instead of ReadAll's growth.
		// net/http delivers exactly ContentLength bytes, and the handler
		// gets the bytes verified here, whatever follows.
		body = make([]byte, n)
		_, err = io.ReadFull(r.Body, body)
	} else {
		body, err = io.ReadAll(r.Body)
	}
	_ = r.Body.Close()
	if err != nil {
		var maxErr *http.MaxBytesError
		if errors.As(err, &maxErr) {
			return nil, errs.Wrap(err, errs.TooLarge, "body_too_large", "the body is larger than the limit")
		}
		return nil, errs.Wrap(err, errs.Invalid, "unreadable_body", "the body could not be read")
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	return body, nil
}
