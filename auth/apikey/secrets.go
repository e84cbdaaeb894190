package apikey

import (
	"context"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/errs"
)

// Secrets are a key's decrypted secrets as they were at one version: what
// a request verifier needs to check signatures. A rotation adds a version
// and is the only change to a key's secrets, so the secrets of the key's
// current version are its secrets now; each keeps its deadline, which At
// applies.
type Secrets struct {
	KeyID string
	// Version is the newest secret's version. A verifier that took these
	// Secrets from memory confirms it in the round trip that records the
	// request's nonce (see Service.Secrets).
	Version int
	// Cached reports that they came from memory rather than the store.
	Cached bool
	List   []Secret // newest first
}

// Secret is one decrypted secret of a key.
type Secret struct {
	Plain      []byte
	ValidUntil *time.Time // nil for the current secret
}

// At returns the secrets valid at now: the current one, and those a
// rotation gave a grace period until it ends.
func (s Secrets) At(now time.Time) [][]byte {
	out := make([][]byte, 0, len(s.List))
	for _, sec := range s.List {
		if sec.ValidUntil == nil || sec.ValidUntil.After(now) {
			out = append(out, sec.Plain)
		}
	}
	return out
}

// secretsCache keeps keys' decrypted secrets between requests, so the
// signed API decrypts them, and reads them, once a TTL per key rather
// than on every request. An entry only says which secrets a version had;
// whether that version is still the key's, and whether the key may be
// used at all, is read from the store on every request.
type secretsCache struct {
	ttl time.Duration
	max int

	mu      sync.RWMutex
	entries map[string]cachedSecrets
}

type cachedSecrets struct {
	s       Secrets
	expires time.Time
}

func (c *secretsCache) get(id string, now time.Time) (Secrets, bool) {
	if c == nil {
		return Secrets{}, false
	}
	c.mu.RLock()
	e, ok := c.entries[id]
	c.mu.RUnlock()
	if !ok || !now.Before(e.expires) {
		return Secrets{}, false
	}
	e.s.Cached = true
	return e.s, true
}

func (c *secretsCache) put(s Secrets, now time.Time) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.max {
		for id, e := range c.entries {
			if !now.Before(e.expires) {
				delete(c.entries, id)
			}
		}
		// Still full of live entries (more keys in use than max): drop
		// any one; it is read again when next needed.
		for id := range c.entries {
			if len(c.entries) < c.max {
				break
			}
			delete(c.entries, id)
		}
	}
	c.entries[s.KeyID] = cachedSecrets{s: s, expires: now.Add(c.ttl)}
}

func (c *secretsCache) forget(id string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	delete(c.entries, id)
	c.mu.Unlock()
}

// Secrets returns key id's secrets for verifying a signature: from memory
// when they were read within the SecretsTTL, else from the store (and
// then remembered). The key's state is not part of them: the verifier
// reads it, with the current version, in the same round trip that records
// the request's nonce (State, or a nonce store that does both), and calls
// Forget and reads again when the version moved. So a rotation, a
// revocation, an expiry or a change of scopes takes effect on the next
// request on every replica, whatever is in memory.
func (s *Service) Secrets(ctx context.Context, id string) (Secrets, error) {
	if !ValidID(id) {
		return Secrets{}, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	now := s.now()
	if sec, ok := s.cache.get(id, now); ok {
		return sec, nil
	}
	_, stored, err := s.store.Credentials(ctx, id, now)
	if err != nil {
		return Secrets{}, err
	}
	sec := Secrets{KeyID: id, List: make([]Secret, 0, len(stored))}
	for _, st := range stored {
		plain, err := s.box.Open(st.Sealed, []byte(id))
		if err != nil {
			return Secrets{}, errs.Wrap(err, errs.Internal, "", "API key secret does not decrypt: is the master key the one the key was made with?")
		}
		sec.List = append(sec.List, Secret{Plain: plain, ValidUntil: st.ValidUntil})
		sec.Version = max(sec.Version, st.Version)
	}
	s.cache.put(sec, now)
	return sec, nil
}

// Forget drops what Secrets remembers of key id.
func (s *Service) Forget(id string) { s.cache.forget(id) }

// State reads key id as it is now, with the version of its newest secret
// (compare Secrets.Version), in one round trip.
func (s *Service) State(ctx context.Context, id string) (Key, int, error) {
	if !ValidID(id) {
		return Key{}, 0, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	return s.store.KeyState(ctx, id)
}
