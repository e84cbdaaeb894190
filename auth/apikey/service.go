package apikey

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/seal"
)

// ServiceConfig holds what a Service needs.
type ServiceConfig struct {
	Store     Store
	MasterKey []byte           // 32 bytes; see package seal for where it comes from
	Now       func() time.Time // nil means time.Now
	// SecretsTTL is how long Secrets keeps a key's decrypted secrets in
	// memory after reading them; default 1 minute, negative: not at all.
	// It bounds how long a secret stays in memory, not how long a
	// rotation or revocation takes to apply: that is the next request.
	SecretsTTL time.Duration
}

// maxCachedKeys bounds the keys whose secrets Secrets keeps in memory.
const maxCachedKeys = 10_000

// Service creates, rotates and revokes keys and hands out their secrets to
// the request verifier.
type Service struct {
	store Store
	box   *seal.Box
	now   func() time.Time
	cache *secretsCache // nil: none
}

// NewService checks cfg and returns a Service.
func NewService(cfg ServiceConfig) (*Service, error) {
	if cfg.Store == nil {
		return nil, errors.New("apikey: no store")
	}
	box, err := seal.New(cfg.MasterKey, "api-key-secret/v1")
	if err != nil {
		return nil, err
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	svc := &Service{store: cfg.Store, box: box, now: cfg.Now}
	if cfg.SecretsTTL == 0 {
		cfg.SecretsTTL = time.Minute
	}
	if cfg.SecretsTTL > 0 {
		svc.cache = &secretsCache{ttl: cfg.SecretsTTL, max: maxCachedKeys, entries: map[string]cachedSecrets{}}
	}
	return svc, nil
}

// CreateParams describes a new key.
type CreateParams struct {
	Name string
	// Owner is the person or service the key belongs to (an e-mail
	// address, a team or a service name): four-eyes rules compare owners.
	Owner     string
	Scopes    []Scope
	ExpiresIn time.Duration // 0: never expires
}

// Create makes a key on by's behalf and returns it with its secret. The
// secret is returned only here and by Rotate; it cannot be read back
// later, but whoever holds by's key has seen it, so the new key's
// custodians are its owner and by's custodians: a key an admin makes
// can never be the second pair of eyes on that admin's own request. by
// is auth.System("cli") for a key made from the command line with direct
// database access, whose operator is trusted with everything anyway.
func (s *Service) Create(ctx context.Context, by auth.Principal, p CreateParams) (Key, string, error) {
	if err := auth.Authorize(by, auth.KeyCreate); err != nil && !isCLI(by) {
		return Key{}, "", err
	}
	if err := validName(p.Name); err != nil {
		return Key{}, "", err
	}
	owner, err := validOwner(p.Owner)
	if err != nil {
		return Key{}, "", err
	}
	scopes, err := NormalizeScopes(p.Scopes)
	if err != nil {
		return Key{}, "", err
	}
	if p.ExpiresIn < 0 {
		return Key{}, "", errs.E(errs.Invalid, "invalid_expiry", "expiry must be a positive duration")
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	k := Key{ID: newID(), Name: p.Name, Owner: owner, Custodians: custodians([]string{owner}, by), Scopes: scopes, CreatedAt: now}
	if p.ExpiresIn > 0 {
		at := now.Add(p.ExpiresIn)
		k.ExpiresAt = &at
	}
	secret := newSecret()
	k, err = s.store.CreateKey(ctx, k, s.box.Seal([]byte(secret), []byte(k.ID)))
	if err != nil {
		return Key{}, "", err
	}
	return k, secret, nil
}

// Get returns one key.
func (s *Service) Get(ctx context.Context, by auth.Principal, id string) (Key, error) {
	if err := auth.Authorize(by, auth.KeyRead); err != nil && !isCLI(by) {
		return Key{}, err
	}
	return s.key(ctx, id)
}

// key reads a key's current state for whoever needs to resolve it.
func (s *Service) key(ctx context.Context, id string) (Key, error) {
	if !ValidID(id) {
		return Key{}, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	return s.store.Key(ctx, id)
}

// List returns up to limit keys created after the key with sequence
// afterSeq (0 for the first page), oldest first.
func (s *Service) List(ctx context.Context, by auth.Principal, afterSeq int64, limit int) ([]Key, error) {
	if err := auth.Authorize(by, auth.KeyRead); err != nil && !isCLI(by) {
		return nil, err
	}
	return s.store.ListKeys(ctx, afterSeq, limit)
}

// Rotate gives the key a new secret on by's behalf. The previous secrets
// stay valid for grace (0: they stop at once); the key's UI sessions end
// at once, and by's custodians become the key's too (they see the new
// secret).
func (s *Service) Rotate(ctx context.Context, by auth.Principal, id string, grace time.Duration) (Key, string, error) {
	if err := auth.Authorize(by, auth.KeyRotate); err != nil && !isCLI(by) {
		return Key{}, "", err
	}
	if grace < 0 {
		return Key{}, "", errs.E(errs.Invalid, "invalid_grace", "grace must not be negative")
	}
	if !ValidID(id) {
		return Key{}, "", errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	now := s.now().UTC()
	secret := newSecret()
	k, err := s.store.RotateKey(ctx, id, s.box.Seal([]byte(secret), []byte(id)), custodians(nil, by), now, now.Add(grace))
	if err != nil {
		return Key{}, "", err
	}
	return k, secret, nil
}

// Revoke stops the key at once, on every replica, and ends its UI
// sessions.
func (s *Service) Revoke(ctx context.Context, by auth.Principal, id string) (Key, error) {
	if err := auth.Authorize(by, auth.KeyRevoke); err != nil && !isCLI(by) {
		return Key{}, err
	}
	if !ValidID(id) {
		return Key{}, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	return s.store.RevokeKey(ctx, id, s.now().UTC())
}

// Resolve returns the principal of key id as it is now: the one function
// every door but the signed API (which reads the key with its secrets)
// calls on every request. A revoked, expired or unknown key is
// Unauthenticated.
func (s *Service) Resolve(ctx context.Context, id string) (auth.Principal, error) {
	k, err := s.key(ctx, id)
	if errs.Is(err, errs.NotFound) {
		return auth.Principal{}, errs.E(errs.Unauthenticated, "key_not_found", "the API key does not exist")
	}
	if err != nil {
		return auth.Principal{}, err
	}
	return k.Principal(s.now())
}

// Credentials returns the key and its secrets valid now, for verifying a
// signature. It does not check revocation or expiry (see Key.Usable): a
// verifier checks those after the signature, so only holders of the secret
// learn that a key was revoked.
func (s *Service) Credentials(ctx context.Context, id string) (Key, [][]byte, error) {
	if !ValidID(id) {
		return Key{}, nil, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	k, stored, err := s.store.Credentials(ctx, id, s.now())
	if err != nil {
		return Key{}, nil, err
	}
	secrets := make([][]byte, 0, len(stored))
	for _, st := range stored {
		plain, err := s.box.Open(st.Sealed, []byte(id))
		if err != nil {
			return Key{}, nil, errs.Wrap(err, errs.Internal, "", "API key secret does not decrypt: is the master key the one the key was made with?")
		}
		secrets = append(secrets, plain)
	}
	return k, secrets, nil
}

// CLI is the principal of key management from the command line.
var CLI = auth.System("cli")

func isCLI(p auth.Principal) bool { return p.Actor() == CLI.Actor() }

// custodians adds by's custodians to base (a CLI operator adds none).
func custodians(base []string, by auth.Principal) []string {
	out := slices.Clone(base)
	if isCLI(by) {
		return out
	}
	for _, c := range by.Custodians {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// validOwner checks an owner name: 1 to 200 printable characters, not
// starting with the prefixes reserved for actors.
func validOwner(owner string) (string, error) {
	owner = strings.TrimSpace(owner)
	if owner == "" || utf8.RuneCountInString(owner) > 200 || !utf8.ValidString(owner) {
		return "", errs.E(errs.Invalid, "invalid_owner", "owner must be 1 to 200 characters: the person or service the key belongs to")
	}
	for _, r := range owner {
		if !unicode.IsPrint(r) {
			return "", errs.E(errs.Invalid, "invalid_owner", "owner must not contain control characters")
		}
	}
	if strings.HasPrefix(owner, auth.SystemPrefix) || strings.HasPrefix(owner, auth.KeyPrefix) {
		return "", errs.E(errs.Invalid, "invalid_owner", "owner must not start with system: or key:")
	}
	return owner, nil
}

func validName(name string) error {
	if name == "" || utf8.RuneCountInString(name) > 100 || !utf8.ValidString(name) {
		return errs.E(errs.Invalid, "invalid_name", "name must be 1 to 100 characters")
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return errs.E(errs.Invalid, "invalid_name", "name must not contain control characters")
		}
	}
	return nil
}
