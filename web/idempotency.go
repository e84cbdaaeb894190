package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/tessera-rwa/tessera/auth/idempotency"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/seal"
)

// Idempotency says how a write route treats the Idempotency-Key header.
type Idempotency int

const (
	// IdempotencyRequired refuses a request without the header (400
	// idempotency_key_required): the default for every write route, so a
	// client's retry can never run a write twice.
	IdempotencyRequired Idempotency = iota
	// IdempotencyOptional honours the header when it is sent. Only a route
	// that is itself naturally idempotent may opt out this way (running it
	// twice has the effect of running it once, such as a check that
	// changes nothing); docs/auth.md lists them.
	IdempotencyOptional
)

// HeaderReplayed marks a response replayed from the idempotency store.
const HeaderReplayed = "Idempotent-Replayed"

// IdempotencyStore keeps first responses (postgres.IdempotencyStore).
type IdempotencyStore interface {
	Begin(ctx context.Context, keyID, key string, fingerprint []byte, lockFor, ttl time.Duration) (idempotency.Record, bool, error)
	Complete(ctx context.Context, keyID, key, claim string, status int, contentType string, body []byte) error
	Release(ctx context.Context, keyID, key, claim string) error
}

type idempotencyConfig struct {
	Store    IdempotencyStore
	Box      *seal.Box // stored bodies may hold secrets (a new key's)
	TTL      time.Duration
	Lock     time.Duration // how long a running request holds its key before a retry may take over
	Required bool
	// Resumable routes run again after a failure that followed a commit
	// (see resumable); the others are never run twice for one key.
	Resumable bool
	Logger    *slog.Logger
}

// idempotent stores the first response to each (API key, Idempotency-Key)
// and replays it to a retry with the same request; the same key with
// another request is refused with 422, and a retry while the first is
// still running with 409. 5xx and 429 responses are not stored, so a retry
// runs again. A request whose lock lapsed and whose key a retry took over
// has lost its claim: its response still goes to its caller, but is not
// stored, so the retry's is the one replayed. It runs after authenticate.
func idempotent(cfg idempotencyConfig) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			key := r.Header.Get(signing.HeaderIdempotencyKey)
			if key == "" {
				if cfg.Required {
					Error(w, r, errs.E(errs.Invalid, "idempotency_key_required", "this route needs an Idempotency-Key header"))
					return
				}
				next.ServeHTTP(w, r)
				return
			}
			if !validIdempotencyKey(key) {
				Error(w, r, errs.E(errs.Invalid, "invalid_idempotency_key", "Idempotency-Key must be 1 to 255 printable ASCII characters"))
				return
			}
			caller, ok := PrincipalFrom(r.Context())
			if !ok {
				Error(w, r, errs.E(errs.Unauthenticated, "missing_authorization", "the request is not authenticated"))
				return
			}
			fp, err := fingerprint(r)
			if err != nil {
				Error(w, r, err)
				return
			}
			rec, claimed, err := cfg.Store.Begin(r.Context(), caller.KeyID, key, fp, cfg.Lock, cfg.TTL)
			if err != nil {
				Error(w, r, err)
				return
			}
			aad := []byte(caller.KeyID + "\x00" + key)
			if !claimed {
				replay(w, r, cfg, rec, fp, aad)
				return
			}

			ctx := context.WithValue(r.Context(), idempotencyKey, caller.KeyID+"/"+key)
			// Every transaction the request commits marks this claim in
			// the same transaction: a crash before the response is stored
			// cannot lead a retry to run the request a second time.
			if !cfg.Resumable {
				ctx = idempotency.WithClaim(ctx, idempotency.Claim{KeyID: caller.KeyID, Key: key, Token: rec.Claim})
			}
			rw := &recorder{ResponseWriter: w}
			bg := context.WithoutCancel(r.Context())
			defer func() {
				if p := recover(); p != nil {
					_ = cfg.Store.Release(bg, caller.KeyID, key, rec.Claim)
					panic(p)
				}
			}()
			next.ServeHTTP(rw, r.WithContext(ctx))

			status := rw.statusOrOK()
			if status >= 500 || status == http.StatusTooManyRequests {
				err = cfg.Store.Release(bg, caller.KeyID, key, rec.Claim)
			} else {
				err = cfg.Store.Complete(bg, caller.KeyID, key, rec.Claim, status, rw.Header().Get("Content-Type"), cfg.Box.Seal(rw.body.Bytes(), aad))
			}
			if errors.Is(err, idempotency.ErrClaimLost) {
				cfg.Logger.LogAttrs(bg, slog.LevelWarn, "idempotency claim lost: the request outlived its lock and a retry took its key over; its response was not stored",
					slog.String("request_id", RequestID(bg)), slog.String("key_id", caller.KeyID), slog.Int("status", status))
			} else if err != nil {
				// The response has gone out; the record stays "running" until
				// its lock lapses, then a retry runs the request again.
				cfg.Logger.LogAttrs(bg, slog.LevelError, "idempotency record not saved",
					slog.String("request_id", RequestID(bg)), slog.String("key_id", caller.KeyID), slog.String("error", err.Error()))
			}
		})
	}
}

func replay(w http.ResponseWriter, r *http.Request, cfg idempotencyConfig, rec idempotency.Record, fp, aad []byte) {
	switch {
	case !bytes.Equal(rec.Fingerprint, fp):
		Error(w, r, errs.E(errs.Unprocessable, "idempotency_key_reused", "this Idempotency-Key was used with a different request"))
	case !rec.Done && rec.Committed && rec.Lapsed:
		Error(w, r, errs.E(errs.Conflict, "idempotency_outcome_lost",
			"the first request with this Idempotency-Key made its change, but the server stopped before storing its response: "+
				"it is not run again; read the resource it created or changed (a decision may be sent again with a new key)"))
	case !rec.Done:
		w.Header().Set("Retry-After", "1")
		Error(w, r, errs.E(errs.Conflict, "idempotency_in_progress", "a request with this Idempotency-Key is still being processed; retry shortly"))
	default:
		body, err := cfg.Box.Open(rec.Body, aad)
		if err != nil {
			Error(w, r, err)
			return
		}
		if rec.ContentType != "" {
			w.Header().Set("Content-Type", rec.ContentType)
		}
		w.Header().Set(HeaderReplayed, "true")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(rec.Status)
		_, _ = w.Write(body)
	}
}

// fingerprint identifies the request an idempotency key was used with:
// method, path, query and body.
func fingerprint(r *http.Request) ([]byte, error) {
	var bodyHash [sha256.Size]byte
	if ri := infoFrom(r.Context()); ri != nil && ri.bodyRead {
		bodyHash = ri.bodyHash
	} else {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		bodyHash = sha256.Sum256(body)
	}
	h := sha256.New()
	io.WriteString(h, r.Method+"\n"+r.URL.EscapedPath()+"\n"+r.URL.RawQuery+"\n")
	h.Write(bodyHash[:])
	return h.Sum(nil), nil
}

func validIdempotencyKey(s string) bool {
	if len(s) == 0 || len(s) > 255 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// recorder passes a response through and keeps a copy for the store.
type recorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (rw *recorder) WriteHeader(status int) {
	if rw.status == 0 {
		rw.status = status
	}
	rw.ResponseWriter.WriteHeader(status)
}

func (rw *recorder) Write(b []byte) (int, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	rw.body.Write(b)
	return rw.ResponseWriter.Write(b)
}

func (rw *recorder) statusOrOK() int {
	if rw.status == 0 {
		return http.StatusOK
	}
	return rw.status
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (rw *recorder) Unwrap() http.ResponseWriter { return rw.ResponseWriter }
