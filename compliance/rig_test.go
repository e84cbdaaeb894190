package compliance_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

var (
	regBinding = identityregistry.NewIdentityRegistry()
	tokBinding = assettoken.NewAssetToken()
)

func role(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// rig is one test's world: the platform (apptest) with its suite's
// identity registry, a token "CTF" of the test's own on that registry, and
// API clients with five keys. The platform's clock is the real one moved
// by now.
type rig struct {
	t        *testing.T
	ctx      context.Context
	env      *apptest.Env
	anvil    *devnet.Anvil
	eth      *ethclient.Client
	admin    *bind.TransactOpts // the test's own key: deploys and mints CTF
	pool     *pgxpool.Pool
	svc      *compliance.Service
	registry common.Address
	token    common.Address
	officer  *client.Client // compliance scope
	second   *client.Client // another compliance key: the four-eyes approver
	approver *client.Client // approver scope only
	auditor  *client.Client
	issuer   *client.Client
	now      atomic.Int64 // unix seconds added to the platform's clock
}

// newRig starts the platform with opts (the package's shared anvil unless
// the test needs a chain of its own) on a clock the test moves; the rig
// sets opts.Configure.
func newRig(t *testing.T, opts apptest.Options) *rig {
	t.Helper()
	r := &rig{t: t, ctx: context.Background()}
	opts.Configure = func(c *app.Config) {
		c.Now = r.clock
		// Compliance reads neither the index nor the feeds: without those
		// loops a test does not index every block the others mine on the
		// shared anvil.
		c.Workers.Indexer, c.Workers.Relay = false, false
	}
	e := apptest.Start(t, opts)
	r.env, r.anvil, r.eth, r.pool, r.svc = e, e.Anvil, e.Client, e.Pool, e.Compliance
	r.admin = chaintest.Transactor(e.Anvil, e.Admin)
	r.registry = e.Suite.Registry.Address
	signer := e.TxMgr.From()

	tokAddr := chaintest.DeployTokenProxy(t, r.eth, r.admin, r.registry,
		tokBinding.PackInitialize("Compliance Test Fund", "CTF", 6, r.registry, common.Address{}, new(big.Int), r.admin.From, r.admin.From))
	r.token = tokAddr
	r.send(tokAddr, tokBinding.PackGrantRole(role("MINTER_ROLE"), r.admin.From))
	for _, g := range compliance.OperatorGrants(signer) {
		r.send(tokAddr, g.Data)
	}

	r.officer = r.client(apikey.Compliance)
	r.second = r.client(apikey.Compliance)
	r.approver = r.client(apikey.Approver)
	r.auditor = r.client(apikey.Auditor)
	r.issuer = r.client(apikey.Issuer)
	return r
}

func (r *rig) clock() time.Time { return time.Now().Add(time.Duration(r.now.Load()) * time.Second) }

// client makes a key with scopes and a client that signs on the
// platform's clock, as a client whose clock agrees with the server's.
func (r *rig) client(scopes ...apikey.Scope) *client.Client {
	r.t.Helper()
	id, secret := r.env.Server.NewKey(r.t, "test", scopes...)
	return r.env.Server.Client(r.t, id, secret, func(c *client.Config) { c.Now = r.clock })
}

// send makes a direct admin call and waits for it to succeed.
func (r *rig) send(to common.Address, data []byte) {
	r.t.Helper()
	tx, err := bind.NewBoundContract(to, regBinding.GetABI(), r.eth, r.eth, r.eth).RawTransact(r.admin, data)
	chaintest.MustMined(r.t, r.eth, tx, err)
}

// grantRegistrar has the registry's admin (the platform's signer, through
// its transaction manager) make the test's key a registrar as well: a
// second hand that can change the registry behind the platform's back.
func (r *rig) grantRegistrar() {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(r.ctx, time.Minute)
	defer cancel()
	const key = "test/grant-registrar"
	if _, err := r.env.TxMgr.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &r.registry,
		Data: regBinding.PackGrantRole(role("REGISTRAR_ROLE"), r.admin.From)}); err != nil {
		r.t.Fatal(err)
	}
	if got, err := r.env.TxMgr.Wait(ctx, key); err != nil || got.State == txmgr.Failed {
		r.t.Fatalf("grant the registrar role: %v %s", err, got.Error)
	}
}

// holder is an investor's wallet with a key and some ether.
type holder struct {
	key        *ecdsa.PrivateKey
	addr       common.Address
	investorID string
}

func (r *rig) newWallet() holder {
	r.t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		r.t.Fatal(err)
	}
	h := holder{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	if err := r.eth.Client().Call(nil, "anvil_setBalance", h.addr, hexutil.EncodeBig(big.NewInt(1e18))); err != nil {
		r.t.Fatal(err)
	}
	return h
}

// personalSign signs msg as a wallet's personal_sign does (v = 27/28).
func personalSign(t testing.TB, k *ecdsa.PrivateKey, msg string) string {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return hexutil.Encode(sig)
}

// typedDataSign signs msg as eth_signTypedData_v4 does for the WalletLink
// type, hashing with go-ethereum's own EIP-712 implementation.
func typedDataSign(t testing.TB, k *ecdsa.PrivateKey, msg string) string {
	t.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}},
			"WalletLink":   {{Name: "message", Type: "string"}},
		},
		PrimaryType: "WalletLink",
		Domain:      apitypes.TypedDataDomain{Name: "Tessera Compliance", Version: "1"},
		Message:     apitypes.TypedDataMessage{"message": msg},
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(hash, k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return hexutil.Encode(sig)
}

// link proves control of h and links it to investor id.
func (r *rig) link(id string, h holder) api.Investor {
	r.t.Helper()
	ch, err := r.officer.WalletChallenge(r.ctx, id, h.addr.Hex())
	if err != nil {
		r.t.Fatal(err)
	}
	inv, err := r.officer.AddWallet(r.ctx, id, ch.ID, personalSign(r.t, h.key, ch.Message))
	if err != nil {
		r.t.Fatal(err)
	}
	return inv
}

// onboard creates an investor in country with flags, approves KYC until
// expires and links a fresh wallet.
func (r *rig) onboard(name, country string, flags []string, expires time.Time) holder {
	r.t.Helper()
	inv, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: name, Type: "person", Country: country, Flags: flags})
	if err != nil {
		r.t.Fatal(err)
	}
	if _, err := r.officer.SetKYC(r.ctx, inv.ID, api.KYCDecision{Status: "approved", Provider: "acme-kyc", Reference: "ref-" + name, ExpiresAt: &expires}); err != nil {
		r.t.Fatal(err)
	}
	h := r.newWallet()
	h.investorID = inv.ID
	got := r.link(inv.ID, h)
	if len(got.Wallets) != 1 || !got.Wallets[0].InSync || got.Wallets[0].OnChain.Verified == nil || !*got.Wallets[0].OnChain.Verified {
		r.t.Fatalf("onboard %s: wallet not verified on chain: %+v", name, got.Wallets)
	}
	if len(got.Txs) != 1 || got.Txs[0].Action != "registry register" {
		r.t.Fatalf("onboard %s: registry writes %+v", name, got.Txs)
	}
	if rc, err := r.eth.TransactionReceipt(r.ctx, got.Txs[0].TxHash); err == nil {
		r.t.Logf("registerIdentity for %s: %d gas", name, rc.GasUsed)
	}
	return h
}

func (r *rig) mint(to common.Address, amount int64) {
	r.t.Helper()
	var id [32]byte
	copy(id[:], crypto.Keccak256([]byte(to.Hex()), big.NewInt(time.Now().UnixNano()).Bytes()))
	r.send(r.token, tokBinding.PackMint(to, big.NewInt(amount), id))
}

func (r *rig) mintLocked(to common.Address, amount int64, until time.Time) {
	r.t.Helper()
	var id [32]byte
	copy(id[:], crypto.Keccak256([]byte("locked"), to.Bytes(), big.NewInt(time.Now().UnixNano()).Bytes()))
	r.send(r.token, tokBinding.PackMintLocked(to, big.NewInt(amount), id, uint64(until.Unix())))
}

func (r *rig) balance(who common.Address) int64 {
	r.t.Helper()
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.token, Data: tokBinding.PackBalanceOf(who)}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	v, err := tokBinding.UnpackBalanceOf(out)
	if err != nil {
		r.t.Fatal(err)
	}
	return v.Int64()
}

// onChainCode runs from's transfer of amount to to by eth_call, as the
// token would execute it, and returns the TransferRestricted code it
// reverts with (0 when it passes; 0x57 for ERC7943InsufficientUnfrozenBalance).
func (r *rig) onChainCode(from holder, to common.Address, amount int64) uint8 {
	r.t.Helper()
	_, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{From: from.addr, To: &r.token, Data: tokBinding.PackTransfer(to, big.NewInt(amount))}, nil)
	if err == nil {
		return 0
	}
	data, ok := txmgr.RevertData(err)
	if !ok {
		r.t.Fatalf("transfer call: %v", err)
	}
	ta := tokBinding.GetABI()
	rev := txmgr.NewDecoder(&ta).Decode(data)
	if rev.Name == "ERC7943InsufficientUnfrozenBalance" {
		// ERC-7943's own error for restriction 0x57 (beyond the unfrozen balance).
		return uint8(compliance.TokensFrozen)
	}
	if rev.Name != "TransferRestricted" {
		r.t.Fatalf("transfer reverted with %s, not TransferRestricted", rev)
	}
	return rev.Args[0].(uint8)
}

// transfer sends from's transfer on chain and fails the test unless it is mined.
func (r *rig) transfer(from holder, to common.Address, amount int64) {
	r.t.Helper()
	opts := chaintest.Transactor(r.anvil, from.key)
	tx, err := bind.NewBoundContract(r.token, tokBinding.GetABI(), r.eth, r.eth, r.eth).RawTransact(opts, tokBinding.PackTransfer(to, big.NewInt(amount)))
	chaintest.MustMined(r.t, r.eth, tx, err)
}

func (r *rig) check(from, to common.Address, amount int64) api.CheckResult {
	r.t.Helper()
	p := api.CheckTransfer{Asset: r.token.Hex(), To: to.Hex(), Amount: big.NewInt(amount).String()}
	if from != (common.Address{}) {
		p.From = from.Hex()
	}
	res, err := r.officer.Check(r.ctx, p)
	if err != nil {
		r.t.Fatal(err)
	}
	return res
}

// wantRefused asserts that the pre-check and the chain both refuse with code.
func (r *rig) wantRefused(from holder, to common.Address, amount int64, code uint8, rule string) api.CheckResult {
	r.t.Helper()
	res := r.check(from.addr, to, amount)
	want := compliance.Restriction(code)
	if res.Allowed || res.Code != want.Hex() || res.CodeName != want.Name() || res.Message != want.Message() {
		r.t.Fatalf("pre-check: got %+v, want %s %s", res, want.Hex(), want.Name())
	}
	if rule != "" && res.Rule != rule {
		r.t.Fatalf("pre-check rule: got %q, want %q", res.Rule, rule)
	}
	if got := r.onChainCode(from, to, amount); got != code {
		r.t.Fatalf("on chain: got code 0x%02X, want 0x%02X", got, code)
	}
	return res
}

func wantAPIError(tb testing.TB, err error, status int, code string) {
	tb.Helper()
	var e *client.Error
	if !errors.As(err, &e) || e.Status != status || e.Code != code {
		tb.Fatalf("got %v, want %d %s", err, status, code)
	}
}

// logLen counts the compliance log's entries.
func (r *rig) logLen() int {
	r.t.Helper()
	var n int
	if err := r.pool.QueryRow(r.ctx, `SELECT count(*) FROM compliance_log`).Scan(&n); err != nil {
		r.t.Fatal(err)
	}
	return n
}

func revertData(err error) ([]byte, bool) { return txmgr.RevertData(err) }

func decoder(abis ...*abi.ABI) *txmgr.Decoder { return txmgr.NewDecoder(abis...) }
