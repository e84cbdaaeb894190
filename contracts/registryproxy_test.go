package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain/create2"
)

// IdentityRegistryProxy answers record and records itself; what it answers
// must be what the implementation answers. A call one byte longer than the
// ABI needs skips the proxy's path (the implementation's decoder ignores
// the byte), so both answers are compared for wallets in every state, and
// ill-formed calls (dirty address bits, value) revert as before.
func TestIdentityRegistryProxyAnswersAsTheImplementation(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	r := deployRegistry(t, c)
	c.flush(t)
	a := r.abi
	registered, second, deleted, expired, never := common.Address{0x31}, common.Address{0x32}, common.Address{0x33}, common.Address{0x34}, common.Address{0x35}
	r.mustRegister(t, registered, "investor-1", countryFR, 0b1011)
	r.mustRegister(t, second, "investor-1", countryDE, 0)
	r.mustRegister(t, deleted, "investor-2", countryUS, 1)
	r.mustRegister(t, expired, "investor-3", countryFR, 1)
	c.mustSend(t, c.admin, r.inst, a.PackDeleteIdentity(deleted))
	c.mustSend(t, c.admin, r.inst, a.PackUpdateExpiry(expired, c.now(t)))

	raw := func(data []byte) ([]byte, error) {
		return r.inst.CallRaw(&bind.CallOpts{Context: context.Background()}, data)
	}
	same := func(name string, data []byte) []byte {
		t.Helper()
		fast, err := raw(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		delegated, err := raw(append(bytes.Clone(data), 0))
		if err != nil {
			t.Fatalf("%s, delegated: %v", name, err)
		}
		if !bytes.Equal(fast, delegated) {
			t.Fatalf("%s: the proxy answers %x, the implementation %x", name, fast, delegated)
		}
		return fast
	}
	wallets := []common.Address{registered, second, deleted, expired, never}
	for _, w := range wallets {
		rec := same("record("+w.Hex()+")", a.PackRecord(w))
		if w == never && new(big.Int).SetBytes(rec).Sign() != 0 {
			t.Errorf("record of a wallet never registered = %x", rec)
		}
		for _, v := range wallets {
			same("records("+w.Hex()+", "+v.Hex()+")", a.PackRecords(w, v))
		}
	}
	// Spot-check the fast answer's meaning: the second wallet anchors on the first.
	if got := mustCall(t, r.inst, a.PackRecord(second), a.UnpackRecord); common.BigToAddress(got) != registered || got.Bit(255) != 1 {
		t.Errorf("record(second) = %x", got)
	}
	if got := mustCall(t, r.inst, a.PackRecords(deleted, registered), a.UnpackRecords); got.FromRecord.Bit(255) != 0 ||
		got.ToRecord.Cmp(mustCall(t, r.inst, a.PackRecord(registered), a.UnpackRecord)) != 0 {
		t.Errorf("records(deleted, registered) = %x, %x", got.FromRecord, got.ToRecord)
	}

	dirty := a.PackRecords(registered, second)
	dirty[4] = 0x01 // a bit above the first address's 160
	if _, err := raw(dirty); err == nil {
		t.Error("records with a dirty address did not revert")
	}
	dirty = a.PackRecord(registered)
	dirty[15] = 0x01
	if _, err := raw(dirty); err == nil {
		t.Error("record with a dirty address did not revert")
	}
	short := a.PackRecords(registered, second)[:67]
	if _, err := raw(short); err == nil {
		t.Error("records with short calldata did not revert")
	}
	_, err := c.client.CallContract(context.Background(), ethereum.CallMsg{From: c.admin.From, To: &r.addr,
		Value: big.NewInt(1), Data: a.PackRecords(registered, second)}, nil)
	if err == nil {
		t.Error("records with value did not revert")
	}
	// Everything else is delegated as by any ERC1967Proxy.
	if !mustCall(t, r.inst, a.PackIsVerified(registered), a.UnpackIsVerified) ||
		mustCall(t, r.inst, a.PackIsVerified(expired), a.UnpackIsVerified) {
		t.Error("isVerified through the proxy")
	}
}

// An AssetToken implementation is built for one identity registry: every
// proxy over it checks that registry, initialize refuses to name another,
// and an implementation without one cannot be deployed.
func TestAssetTokenRegistryIsTheImplementations(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	reg := deployRegistry(t, c)
	tok := deployToken(t, c, reg.addr, common.Address{}, 0)
	c.flush(t)
	a := tok.abi
	if got := mustCall(t, tok.inst, a.PackIdentityRegistry(), a.UnpackIdentityRegistry); got != reg.addr {
		t.Fatalf("identityRegistry() = %s, want %s", got, reg.addr)
	}
	implWord, err := c.client.StorageAt(context.Background(), tok.addr, create2.ImplementationSlot, nil)
	if err != nil {
		t.Fatal(err)
	}
	impl := common.BytesToAddress(implWord)
	other := common.Address{0xe5}
	initCall := a.PackInitialize("Other", "OTH", 18, other, common.Address{}, new(big.Int), c.admin.From, c.admin.From)
	_, err = c.client.CallContract(context.Background(), ethereum.CallMsg{From: c.admin.From, Gas: callGas,
		Data: create2.ProxyInitCode(impl, initCall)}, nil)
	data := wantRevert(t, err, "RegistryMismatch(address,address)")
	if common.BytesToAddress(data[4:36]) != reg.addr || common.BytesToAddress(data[36:68]) != other {
		t.Errorf("RegistryMismatch%x", data[4:])
	}

	code, err := create2.ImplementationInitCode("AssetToken", common.Address{0x01})
	if err != nil {
		t.Fatal(err)
	}
	zero := append(bytes.Clone(code[:len(code)-32]), make([]byte, 32)...)
	_, err = c.client.CallContract(context.Background(), ethereum.CallMsg{From: c.admin.From, Gas: callGas, Data: zero}, nil)
	wantRevert(t, err, "InvalidRegistry()")
	if _, err := create2.ImplementationInitCode("AssetToken", common.Address{}); err == nil {
		t.Error("ImplementationInitCode built an AssetToken without a registry")
	}
}
