package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs transactions for one address. Implementations: KeySigner
// (raw dev keys), KeystoreSigner (an encrypted go-ethereum keystore file);
// an external signer (Clef-style JSON-RPC) fits the same interface.
type Signer interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

// KeySigner signs with a private key held in memory: for dev chains.
type KeySigner struct{ key *ecdsa.PrivateKey }

// NewKeySigner returns a signer for key.
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner { return &KeySigner{key: key} }

// Address implements Signer.
func (s *KeySigner) Address() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

// SignTx implements Signer.
func (s *KeySigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// KeystoreSigner signs with a key from an encrypted (scrypt) keystore file,
// decrypted once at start and kept only inside the keystore.
type KeystoreSigner struct {
	ks      *keystore.KeyStore
	account accounts.Account
}

// NewKeystoreSigner opens the keystore file at path with passphrase.
func NewKeystoreSigner(path, passphrase string) (*KeystoreSigner, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	dir, err := os.MkdirTemp("", "tessera-ks-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	// The keystore re-encrypts the imported key into dir, a private
	// directory removed on return; the key then lives only in memory.
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.Import(raw, passphrase, passphrase)
	if err != nil {
		return nil, errors.New("keystore: cannot decrypt the key file with the given passphrase")
	}
	if err := ks.Unlock(acct, passphrase); err != nil {
		return nil, errors.New("keystore: cannot unlock the key")
	}
	return &KeystoreSigner{ks: ks, account: acct}, nil
}

// Address implements Signer.
func (s *KeystoreSigner) Address() common.Address { return s.account.Address }

// SignTx implements Signer.
func (s *KeystoreSigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return s.ks.SignTx(s.account, tx, chainID)
}
