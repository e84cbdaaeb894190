package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"maps"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/contracts"
)

// chainID is the simulated backend's fixed chain id.
var chainID = big.NewInt(1337)

// Countries used across the tests (ISO-3166 numeric).
const (
	countryFR uint16 = 250
	countryDE uint16 = 276
	countryUS uint16 = 840
)

// osakaRules pins the simulated chain to Osaka, the rules mainnet runs; the
// backend's default also enables forks still in development, whose state-gas
// pricing would starve batch operations of gas.
func osakaRules(_ *node.Config, eth *ethconfig.Config) {
	cfg := *eth.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	eth.Genesis.Config = &cfg
}

// chain is one test's private simulated chain and its funded accounts.
type chain struct {
	sim     *simulated.Backend
	client  simulated.Client
	admin   *bind.TransactOpts
	keys    []*ecdsa.PrivateKey
	signers []*bind.TransactOpts
	pending []*types.Transaction
	nonces  map[common.Address]uint64
	libs    bool // the linked libraries are deployed
}

// newChain starts a simulated chain with an admin and n more funded accounts.
// One block is mined first so that constructors reading block.timestamp are
// estimated against a non-zero time.
func newChain(tb testing.TB, n int) *chain {
	tb.Helper()
	alloc := types.GenesisAlloc{}
	c := &chain{nonces: map[common.Address]uint64{}}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for i := 0; i <= n; i++ {
		key, err := crypto.GenerateKey()
		if err != nil {
			tb.Fatal(err)
		}
		c.keys = append(c.keys, key)
		c.signers = append(c.signers, bind.NewKeyedTransactor(key, chainID))
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: funds}
	}
	c.admin, c.keys, c.signers = c.signers[0], c.keys[1:], c.signers[1:]
	create2.Alloc(alloc)
	c.sim = simulated.NewBackend(alloc, osakaRules)
	tb.Cleanup(func() { _ = c.sim.Close() })
	c.client = c.sim.Client()
	c.sim.Commit()
	return c
}

// now is the timestamp of the latest block.
func (c *chain) now(tb testing.TB) uint64 {
	tb.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return h.Time
}

// warp moves the chain's clock forward by d and mines a block.
func (c *chain) warp(tb testing.TB, d time.Duration) {
	tb.Helper()
	// The pool learns of the last block asynchronously and refuses to move
	// time while it still lists that block's transactions as pending.
	var err error
	for range 100 {
		if err = c.sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	tb.Fatal(err)
}

// Fixed gas limits and fees: the tests skip gas estimation and fee queries,
// which dominate their run time on the simulated chain.
const (
	callGas   = 5_000_000
	deployGas = 10_000_000
)

var (
	gasTip = big.NewInt(1_000_000_000)
	gasCap = big.NewInt(20_000_000_000)
)

// fixed returns opts with a fixed gas limit and fees and the sender's next
// nonce, counted here: the pool learns of queued transactions asynchronously.
func (c *chain) fixed(opts *bind.TransactOpts, gas uint64) (*bind.TransactOpts, error) {
	n, ok := c.nonces[opts.From]
	if !ok {
		var err error
		if n, err = c.client.NonceAt(context.Background(), opts.From, nil); err != nil {
			return nil, err
		}
	}
	o := *opts
	o.GasLimit, o.GasTipCap, o.GasFeeCap, o.Nonce = gas, gasTip, gasCap, new(big.Int).SetUint64(n)
	return &o, nil
}

// sent counts a transaction sent from opts.
func (c *chain) sent(opts *bind.TransactOpts) { c.nonces[opts.From] = opts.Nonce.Uint64() + 1 }

// queueDeploy sends a deployment of bin from the admin without mining it.
func (c *chain) queueDeploy(tb testing.TB, bin string, input []byte) common.Address {
	tb.Helper()
	opts, err := c.fixed(c.admin, deployGas)
	if err != nil {
		tb.Fatal(err)
	}
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bin), c.client, input)
	if err != nil {
		tb.Fatalf("deploy: %v", err)
	}
	c.sent(opts)
	c.pending = append(c.pending, tx)
	return addr
}

// queueProxy queues a fresh implementation of contract (an artifact name)
// and its proxy over it initialized with initCall, as the admin, and
// returns the proxy's address. The first call also queues the libraries
// the contracts link, through the deterministic deployment proxy.
func (c *chain) queueProxy(tb testing.TB, contract string, initCall []byte) common.Address {
	tb.Helper()
	return c.queueProxyFor(tb, contract, common.Address{}, initCall)
}

// queueProxyFor is queueProxy with the identity registry an implementation
// that checks one (AssetToken) is built for.
func (c *chain) queueProxyFor(tb testing.TB, contract string, registry common.Address, initCall []byte) common.Address {
	tb.Helper()
	if !c.libs {
		ddp := bind.NewBoundContract(create2.DeterministicDeployer, abi.ABI{}, c.client, c.client, c.client)
		for _, lib := range []string{"AssetTokenCold", "AssetTokenLockOps", "DealingCold", "DocumentsLib", "TransferRestrictions"} {
			art, err := contracts.Load(lib)
			if err != nil {
				tb.Fatal(err)
			}
			c.queueGas(tb, c.admin, ddp, append(make([]byte, 32), art.Creation...), deployGas)
		}
		c.libs = true
	}
	code, err := create2.ImplementationInitCode(contract, registry)
	if err != nil {
		tb.Fatal(err)
	}
	impl := c.queueDeploy(tb, hexutil.Encode(code), nil)
	return c.queueDeploy(tb, hexutil.Encode(create2.ProxyInitCodeFor(contract, impl, initCall)), nil)
}

// mustProxy is queueProxy, mined.
func (c *chain) mustProxy(tb testing.TB, contract string, initCall []byte) common.Address {
	tb.Helper()
	addr := c.queueProxy(tb, contract, initCall)
	c.flush(tb)
	return addr
}

// queue sends calldata to inst from opts without mining it.
func (c *chain) queue(tb testing.TB, opts *bind.TransactOpts, inst *bind.BoundContract, data []byte) {
	tb.Helper()
	c.queueGas(tb, opts, inst, data, callGas)
}

// queueGas is queue with a gas limit of its own (a library near EIP-170's
// size costs more than callGas to create).
func (c *chain) queueGas(tb testing.TB, opts *bind.TransactOpts, inst *bind.BoundContract, data []byte, gas uint64) {
	tb.Helper()
	o, err := c.fixed(opts, gas)
	if err != nil {
		tb.Fatal(err)
	}
	tx, err := bind.Transact(inst, o, data)
	if err != nil {
		tb.Fatalf("send: %v", err)
	}
	c.sent(o)
	c.pending = append(c.pending, tx)
}

// flush mines the queued transactions (in as few blocks as they fit) and
// fails the test unless every one succeeded.
func (c *chain) flush(tb testing.TB) {
	tb.Helper()
	ctx := context.Background()
	for i := 0; len(c.pending) > 0; i++ {
		if i == 10 {
			tb.Fatalf("%d queued transactions never mined", len(c.pending))
		}
		c.sim.Commit()
		var left []*types.Transaction
		for _, tx := range c.pending {
			r, err := c.client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				left = append(left, tx)
				continue
			}
			if r.Status != types.ReceiptStatusSuccessful {
				tb.Fatalf("queued transaction %d to %s reverted", tx.Nonce(), tx.To())
			}
		}
		c.pending = left
	}
}

// snapshot is a chain state to come back to.
type snapshot struct {
	head   common.Hash
	nonces map[common.Address]uint64
}

// snapshot records the current head; restore brings the chain back to it, so
// that table cases can share one deployment instead of starting a chain each.
func (c *chain) snapshot(tb testing.TB) snapshot {
	tb.Helper()
	c.flush(tb)
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return snapshot{head: h.Hash(), nonces: maps.Clone(c.nonces)}
}

// restore makes s's head the chain head again. Block times keep moving
// forward: a warp before restore is not undone.
func (c *chain) restore(tb testing.TB, s snapshot) {
	tb.Helper()
	// The pool re-adds the transactions of the blocks a fork drops, once it
	// syncs (which Fork itself waits for): clear it until two forks in a row
	// find it empty.
	var err error
	for ok, i := 0, 0; ok < 2; i++ {
		if i == 200 {
			tb.Fatalf("restore: %v", err)
		}
		c.sim.Rollback()
		if err = c.sim.Fork(s.head); err != nil {
			ok = 0
			continue
		}
		ok++
	}
	c.nonces = maps.Clone(s.nonces)
}

// mustDeploy deploys bin with constructor input as the admin.
func (c *chain) mustDeploy(tb testing.TB, bin string, input []byte) common.Address {
	tb.Helper()
	addr := c.queueDeploy(tb, bin, input)
	c.flush(tb)
	return addr
}

// send submits calldata to inst from opts and mines it. A revert is
// returned as the error of replaying the call, which carries the revert data.
func (c *chain) send(opts *bind.TransactOpts, inst *bind.BoundContract, data []byte) (*types.Receipt, error) {
	ctx := context.Background()
	o, err := c.fixed(opts, callGas)
	if err != nil {
		return nil, err
	}
	tx, err := bind.Transact(inst, o, data)
	if err != nil {
		return nil, err
	}
	c.sent(o)
	c.sim.Commit()
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	// Nothing but the sender's nonce and balance changed: the call fails the same way.
	_, err = c.client.CallContract(ctx, ethereum.CallMsg{From: opts.From, To: tx.To(), Gas: callGas, Data: data}, nil)
	if err == nil {
		err = errors.New("transaction reverted on chain but not when replayed")
	}
	return r, err
}

// mustSend is send that fails the test on error.
func (c *chain) mustSend(tb testing.TB, opts *bind.TransactOpts, inst *bind.BoundContract, data []byte) *types.Receipt {
	tb.Helper()
	r, err := c.send(opts, inst, data)
	if err != nil {
		tb.Fatalf("transaction from %s: %v (revert data %x)", opts.From, err, revertData(err))
	}
	return r
}

// mustCall calls a view and unpacks its result.
func mustCall[T any](tb testing.TB, inst *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := bind.Call(inst, &bind.CallOpts{Context: context.Background()}, data, unpack)
	if err != nil {
		tb.Fatalf("call: %v (revert data %x)", err, revertData(err))
	}
	return v
}

// callErr calls a view expected to revert and returns the revert data.
func callErr(tb testing.TB, inst *bind.BoundContract, data []byte) []byte {
	tb.Helper()
	_, err := inst.CallRaw(&bind.CallOpts{Context: context.Background()}, data)
	if err == nil {
		tb.Fatal("call did not revert")
	}
	return revertData(err)
}

// revertData digs the revert payload out of an RPC error.
func revertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil
	}
	return b
}

// selector is the first four bytes of keccak256(signature).
func selector(signature string) [4]byte {
	var s [4]byte
	copy(s[:], crypto.Keccak256([]byte(signature))[:4])
	return s
}

// interfaceID is the ERC-165 id of the functions: the XOR of their selectors.
func interfaceID(signatures ...string) [4]byte {
	var id [4]byte
	for _, sig := range signatures {
		s := selector(sig)
		for i := range id {
			id[i] ^= s[i]
		}
	}
	return id
}

// wantRevert fails unless err carries revert data starting with the selector of errSig.
func wantRevert(tb testing.TB, err error, errSig string) []byte {
	tb.Helper()
	if err == nil {
		tb.Fatalf("no revert, want %s", errSig)
	}
	data := revertData(err)
	sel := selector(errSig)
	if len(data) < 4 || [4]byte(data[:4]) != sel {
		tb.Fatalf("reverted with %x (%v), want %s", data, err, errSig)
	}
	return data
}

// role is keccak256 of a role's name, as the contracts define their roles.
func role(name string) [32]byte {
	if name == "DEFAULT_ADMIN_ROLE" {
		return [32]byte{}
	}
	return [32]byte(crypto.Keccak256([]byte(name)))
}

// id32 is a readable bytes32 (request ids, investor ids, document names).
func id32(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

// registry is a deployed IdentityRegistry with the admin as registrar.
type registry struct {
	c    *chain
	abi  *identityregistry.IdentityRegistry
	inst *bind.BoundContract
	addr common.Address
}

// deployRegistry queues the deployment of a registry; flush mines it.
func deployRegistry(tb testing.TB, c *chain) *registry {
	tb.Helper()
	r := &registry{c: c, abi: identityregistry.NewIdentityRegistry()}
	r.addr = c.queueProxy(tb, "IdentityRegistry", r.abi.PackInitialize(c.admin.From, c.admin.From))
	r.inst = r.abi.Instance(c.client, r.addr)
	c.queue(tb, c.admin, r.inst, r.abi.PackGrantRole(role("REGISTRAR_ROLE"), c.admin.From))
	return r
}

// mustRegister registers wallet for investor with a KYC valid for a year and flags.
func (r *registry) mustRegister(tb testing.TB, wallet common.Address, investor string, country uint16, flags int64) {
	tb.Helper()
	r.queueRegister(tb, wallet, investor, country, flags)
	r.c.flush(tb)
}

// queueRegister is mustRegister without mining.
func (r *registry) queueRegister(tb testing.TB, wallet common.Address, investor string, country uint16, flags int64) {
	tb.Helper()
	expiry := r.c.now(tb) + 365*24*3600
	r.c.queue(tb, r.c.admin, r.inst, r.abi.PackRegisterIdentity(wallet, id32(investor), country, expiry, big.NewInt(flags)))
}

// token is a deployed AssetToken whose admin holds every role.
type token struct {
	c    *chain
	abi  *assettoken.AssetToken
	inst *bind.BoundContract
	addr common.Address
}

var assetRoles = []string{"MINTER_ROLE", "AGENT_ROLE", "COMPLIANCE_ADMIN_ROLE", "PAUSER_ROLE", "DOCUMENT_ROLE"}

// deployToken queues the deployment of an AssetToken whose admin holds every
// role; flush mines it.
func deployToken(tb testing.TB, c *chain, reg common.Address, deed common.Address, deedID int64) *token {
	tb.Helper()
	return deployTokenDecimals(tb, c, reg, deed, deedID, 18)
}

// deployTokenDecimals is deployToken with `decimals` decimals.
func deployTokenDecimals(tb testing.TB, c *chain, reg common.Address, deed common.Address, deedID int64, decimals uint8) *token {
	tb.Helper()
	t := &token{c: c, abi: assettoken.NewAssetToken()}
	t.addr = c.queueProxyFor(tb, "AssetToken", reg,
		t.abi.PackInitialize("Rue de Rivoli 12", "RIV12", decimals, reg, deed, big.NewInt(deedID), c.admin.From, c.admin.From))
	t.inst = t.abi.Instance(c.client, t.addr)
	for _, name := range assetRoles {
		c.queue(tb, c.admin, t.inst, t.abi.PackGrantRole(role(name), c.admin.From))
	}
	return t
}

func (t *token) mustMint(tb testing.TB, to common.Address, amount *big.Int, request string) {
	tb.Helper()
	t.queueMint(tb, to, amount, request)
	t.c.flush(tb)
}

func (t *token) queueMint(tb testing.TB, to common.Address, amount *big.Int, request string) {
	tb.Helper()
	t.c.queue(tb, t.c.admin, t.inst, t.abi.PackMint(to, amount, id32(request)))
}

func (t *token) balance(tb testing.TB, who common.Address) *big.Int {
	tb.Helper()
	return mustCall(tb, t.inst, t.abi.PackBalanceOf(who), t.abi.UnpackBalanceOf)
}

func (t *token) detect(tb testing.TB, from, to common.Address, amount *big.Int) uint8 {
	tb.Helper()
	return mustCall(tb, t.inst, t.abi.PackDetectTransferRestriction(from, to, amount), t.abi.UnpackDetectTransferRestriction)
}

// restrictedCode decodes TransferRestricted(uint8) from an error, or fails.
func restrictedCode(tb testing.TB, err error) uint8 {
	tb.Helper()
	data := wantRevert(tb, err, "TransferRestricted(uint8)")
	return data[len(data)-1]
}

// hexCode renders a restriction code like the contracts' table.
func hexCode(code uint8) string {
	return "0x" + strings.ToUpper(hexutil.EncodeUint64(uint64(code))[2:])
}
