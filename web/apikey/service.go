package apikey

import (
	"context"
	"errors"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/web/seal"
)

// ServiceConfig holds what a Service needs.
type ServiceConfig struct {
	Store     Store
	MasterKey []byte           // 32 bytes; see package seal for where it comes from
	Now       func() time.Time // nil means time.Now
}

// Service creates, rotates and revokes keys and hands out their secrets to
// the request verifier.
type Service struct {
	store Store
	box   *seal.Box
	now   func() time.Time
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
	return &Service{store: cfg.Store, box: box, now: cfg.Now}, nil
}

// CreateParams describes a new key.
type CreateParams struct {
	Name      string
	Scopes    []Scope
	ExpiresIn time.Duration // 0: never expires
}

// Create makes a key and returns it with its secret. The secret is returned
// only here and by Rotate; it cannot be read back later.
func (s *Service) Create(ctx context.Context, p CreateParams) (Key, string, error) {
	if err := validName(p.Name); err != nil {
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
	k := Key{ID: newID(), Name: p.Name, Scopes: scopes, CreatedAt: now}
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
func (s *Service) Get(ctx context.Context, id string) (Key, error) {
	if !ValidID(id) {
		return Key{}, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	return s.store.Key(ctx, id)
}

// List returns up to limit keys created after the key with sequence
// afterSeq (0 for the first page), oldest first.
func (s *Service) List(ctx context.Context, afterSeq int64, limit int) ([]Key, error) {
	return s.store.ListKeys(ctx, afterSeq, limit)
}

// Rotate gives the key a new secret. The previous secrets stay valid for
// grace (0: they stop at once).
func (s *Service) Rotate(ctx context.Context, id string, grace time.Duration) (Key, string, error) {
	if grace < 0 {
		return Key{}, "", errs.E(errs.Invalid, "invalid_grace", "grace must not be negative")
	}
	if !ValidID(id) {
		return Key{}, "", errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	now := s.now().UTC()
	secret := newSecret()
	k, err := s.store.RotateKey(ctx, id, s.box.Seal([]byte(secret), []byte(id)), now, now.Add(grace))
	if err != nil {
		return Key{}, "", err
	}
	return k, secret, nil
}

// Revoke stops the key at once, on every replica.
func (s *Service) Revoke(ctx context.Context, id string) (Key, error) {
	if !ValidID(id) {
		return Key{}, errs.E(errs.NotFound, "key_not_found", "no API key "+quote(id))
	}
	return s.store.RevokeKey(ctx, id, s.now().UTC())
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
