package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/external"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// externalSigner signs through a Clef-compatible external signer
// (account_list, account_signTransaction over JSON-RPC): the key never
// enters Tessera, and the signer's own rules decide what it signs.
type externalSigner struct {
	ext     *external.ExternalSigner
	account accounts.Account
}

// newExternalSigner connects to url and picks address among the signer's
// accounts (the zero address: its only account).
func newExternalSigner(url string, address common.Address) (*externalSigner, error) {
	ext, err := external.NewExternalSigner(url)
	if err != nil {
		return nil, fmt.Errorf("TESSERA_EXTERNAL_SIGNER: %w", err)
	}
	accts := ext.Accounts()
	switch {
	case address == (common.Address{}) && len(accts) == 1:
		return &externalSigner{ext: ext, account: accts[0]}, nil
	case address == (common.Address{}):
		return nil, fmt.Errorf("TESSERA_SIGNER_ADDRESS: the external signer offers %d accounts: name one", len(accts))
	}
	for _, a := range accts {
		if a.Address == address {
			return &externalSigner{ext: ext, account: a}, nil
		}
	}
	return nil, fmt.Errorf("TESSERA_SIGNER_ADDRESS: the external signer does not offer %s", address)
}

// Address implements txmgr.Signer.
func (s *externalSigner) Address() common.Address { return s.account.Address }

// SignTx implements txmgr.Signer. A signed transaction that is not the one
// asked for, from this account, is refused: the manager stores and re-sends
// what it gets back.
func (s *externalSigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	signed, err := s.ext.SignTx(s.account, tx, chainID)
	if err != nil {
		return nil, fmt.Errorf("external signer: %w", err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(chainID), signed)
	if err != nil {
		return nil, fmt.Errorf("external signer: %w", err)
	}
	if from != s.account.Address || signed.Nonce() != tx.Nonce() || signed.To() == nil != (tx.To() == nil) ||
		(tx.To() != nil && *signed.To() != *tx.To()) || signed.Gas() != tx.Gas() || signed.Value().Cmp(tx.Value()) != 0 ||
		string(signed.Data()) != string(tx.Data()) {
		return nil, errors.New("external signer: returned a transaction other than the one asked for")
	}
	return signed, nil
}
