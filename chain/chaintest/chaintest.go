// Package chaintest gives tests real chains: one anvil process shared by a
// test package (started on first use, stopped by Main), fresh anvil processes
// for tests that bend the chain (reorgs, mining off), and transactors for
// anvil's funded keys.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
)

var (
	once     sync.Once
	shared   *devnet.Anvil
	setupErr error
)

// Main runs the tests of a package, then stops the shared anvil and calls
// every other harness's shutdown (pgtest.Shutdown, say), and exits.
func Main(m *testing.M, shutdowns ...func() error) {
	code := m.Run()
	errs := []error{Shutdown()}
	for _, f := range shutdowns {
		errs = append(errs, f())
	}
	if err := errors.Join(errs...); err != nil {
		fmt.Fprintln(os.Stderr, "chaintest:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// Shutdown stops the shared anvil; TestMain functions that combine several
// harnesses call it after m.Run.
func Shutdown() error {
	if shared == nil {
		return nil
	}
	return shared.Stop()
}

// Anvil returns the package's shared anvil (automine, 20 funded accounts).
// Tests sharing it must not depend on block numbers or on what other tests
// do with the same accounts; use NewAnvil for that.
func Anvil(tb testing.TB) *devnet.Anvil {
	tb.Helper()
	once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		shared, setupErr = devnet.StartAnvil(ctx, devnet.AnvilConfig{Accounts: 20})
	})
	if setupErr != nil {
		tb.Fatalf("chaintest: %v", setupErr)
	}
	return shared
}

// NewAnvil starts an anvil of the test's own, stopped when the test ends.
func NewAnvil(tb testing.TB, cfg devnet.AnvilConfig) *devnet.Anvil {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := devnet.StartAnvil(ctx, cfg)
	if err != nil {
		tb.Fatalf("chaintest: %v", err)
	}
	tb.Cleanup(func() {
		if err := a.Stop(); err != nil {
			tb.Errorf("chaintest: stop anvil: %v", err)
		}
	})
	return a
}

// Dial connects to url; the client is closed when the test ends.
func Dial(tb testing.TB, url string) *ethclient.Client {
	tb.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		tb.Fatalf("chaintest: dial %s: %v", url, err)
	}
	tb.Cleanup(c.Close)
	return c
}

// Transactor returns transact options signing with key for a.
func Transactor(a *devnet.Anvil, key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, a.ChainID)
}

// MustMined waits for tx and fails the test unless it succeeded. It takes
// the error of the call that sent tx, so a send can be wrapped directly.
func MustMined(tb testing.TB, c bind.DeployBackend, tx *types.Transaction, err error) *types.Receipt {
	tb.Helper()
	if err != nil {
		tb.Fatalf("send transaction: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := chain.WaitMined(ctx, c, tx.Hash(), 5*time.Millisecond)
	if err != nil {
		tb.Fatalf("wait for %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		tb.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r
}
