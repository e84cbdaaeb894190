package apikey

import (
	"context"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/errs"
)

// Secrets are a key's decrypted secrets with the key as it was when they
// were read: what a request verifier needs. Key.Rev tells whether they
// are still current: a rotation (the only change to a key's secrets)
// changes it, as every other change to the key does. Each secret keeps
// its deadline, which At applies.
type Secrets struct {
	Key Key
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
		if sec.ValidAt(now) {
			out = append(out, sec.Plain)
		}
	}
	return out
}

// ValidAt reports whether the secret may sign a request at now: it is the
// current one, or its grace period has not ended.
func (s Secret) ValidAt(now time.Time) bool { return s.ValidUntil == nil || s.ValidUntil.After(now) }

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
	c.entries[s.Key.ID] = cachedSecrets{s: s, expires: now.Add(c.ttl)}
}

func (c *secretsCache) forget(id string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	delete(c.entries, id)
	c.mu.Unlock()
}

// Secrets returns key id and its secrets for verifying a signature: from
// memory when they were read within the SecretsTTL, else from the store
// (and then remembered). What memory holds is not trusted as current: the
// verifier confirms the key's revision in the round trip that records the
// request's nonce (a nonce store that records it only for an unchanged
// key, or State), and calls Forget and reads again when it moved. So a
// rotation, a revocation or a change of scopes applies to the next
// request on every replica, whatever is in memory.
func (s *Service) Secrets(ctx context.Context, id string) (Secrets, error) {
	if !ValidID(id) {
		return Secrets{}, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	now := s.now()
	if sec, ok := s.cache.get(id, now); ok {
		return sec, nil
	}
	k, stored, err := s.store.Credentials(ctx, id, now)
	if err != nil {
		return Secrets{}, err
	}
	sec := Secrets{Key: k, List: make([]Secret, 0, len(stored))}
	for _, st := range stored {
		plain, err := s.box.Open(st.Sealed, []byte(id))
		if err != nil {
			return Secrets{}, errs.Wrap(err, errs.Internal, "", "API key secret does not decrypt: is the master key the one the key was made with?")
		}
		sec.List = append(sec.List, Secret{Plain: plain, ValidUntil: st.ValidUntil})
	}
	s.cache.put(sec, now)
	return sec, nil
}

// Forget drops what Secrets remembers of key id.
func (s *Service) Forget(id string) { s.cache.forget(id) }

// State reads key id as it is now (compare Rev with the Secrets'), in
// one round trip.
func (s *Service) State(ctx context.Context, id string) (Key, error) { return s.key(ctx, id) }
