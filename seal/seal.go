// Package seal encrypts small secrets at rest (API key secrets, stored
// idempotent responses) with AES-256-GCM under keys derived from one server
// master key, and loads that master key from the environment or a file.
//
// Each use gets its own subkey (HKDF-SHA256 with a purpose string), so a
// ciphertext made for one purpose never opens under another, and each
// ciphertext is bound to its row through the additional data.
package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
)

// KeySize is the size of the master key in bytes.
const KeySize = 32

// Box seals and opens values for one purpose.
type Box struct {
	aead cipher.AEAD
}

// New derives the subkey for purpose from master and returns its Box.
func New(master []byte, purpose string) (*Box, error) {
	if len(master) != KeySize {
		return nil, fmt.Errorf("master key must be %d bytes, got %d", KeySize, len(master))
	}
	if purpose == "" {
		return nil, errors.New("seal: empty purpose")
	}
	sub, err := hkdf.Key(sha256.New, master, nil, "tessera/"+purpose, KeySize)
	if err != nil {
		return nil, fmt.Errorf("seal: derive key: %w", err)
	}
	block, err := aes.NewCipher(sub)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return &Box{aead: aead}, nil
}

// Seal encrypts plain, binding it to aad. The result is nonce || ciphertext.
func (b *Box) Seal(plain, aad []byte) []byte {
	nonce := make([]byte, b.aead.NonceSize(), b.aead.NonceSize()+len(plain)+b.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		panic("seal: crypto/rand failed: " + err.Error()) // never happens on supported platforms
	}
	return b.aead.Seal(nonce, nonce, plain, aad)
}

// ErrOpen is returned when a sealed value does not open: wrong master key,
// wrong additional data, or tampered bytes.
var ErrOpen = errors.New("sealed value does not open with this master key")

// Open decrypts a value made by Seal with the same aad.
func (b *Box) Open(sealed, aad []byte) ([]byte, error) {
	n := b.aead.NonceSize()
	if len(sealed) < n+b.aead.Overhead() {
		return nil, ErrOpen
	}
	plain, err := b.aead.Open(nil, sealed[:n], sealed[n:], aad)
	if err != nil {
		return nil, ErrOpen
	}
	return plain, nil
}
