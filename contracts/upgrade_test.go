package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/assettokenv2"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/identityregistryv2"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	tessera "github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/deploy"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/contracts"
)

// upgradeDelay is the test timelock's minimum delay.
const upgradeDelay = time.Hour

var (
	regABI   = identityregistry.NewIdentityRegistry()
	regV2ABI = identityregistryv2.NewIdentityRegistryV2()
	tokABI   = assettoken.NewAssetToken()
	tokV2ABI = assettokenv2.NewAssetTokenV2()
	feedABI  = valuationfeed.NewValuationFeed()
	deedABI  = deedtoken.NewDeedToken()
	tlABI    = timelockcontroller.NewTimelockController()
)

// units is n whole tokens of 18 decimals.
func units(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// live is a Tessera deployment on an anvil of its own, deployed as
// `tessera deploy` deploys: TesseraFactory through the deterministic
// deployment proxy; the libraries through that proxy; the implementations,
// a TimelockController (the only upgrader) and ERC-1967 proxies of a
// registry, a deed, a feed and a token through the factory. admin holds
// DEFAULT_ADMIN_ROLE and the operating roles, proposer alone proposes and
// executes on the timelock.
type live struct {
	t   *testing.T
	ctx context.Context
	a   *devnet.Anvil
	c   *ethclient.Client

	admin, proposer, agent, alice, alice2, bob, carol, dave, spender, attacker *bind.TransactOpts
	aliceKey                                                                   *ecdsa.PrivateKey

	factory, timelock             common.Address
	impl                          map[string]common.Address // by contract name
	registry, deed, feed, token   common.Address
	lockedUntil, feedObservedAt   uint64
	prospectusURI, prospectusHash string
}

func deployLive(t *testing.T) *live {
	t.Helper()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{Accounts: 10})
	l := &live{t: t, ctx: context.Background(), a: a, c: chaintest.Dial(t, a.URL), impl: map[string]common.Address{}}
	opts := make([]*bind.TransactOpts, len(a.Keys))
	for i, k := range a.Keys {
		opts[i] = chaintest.Transactor(a, k)
	}
	l.admin, l.proposer, l.agent, l.alice, l.alice2 = opts[0], opts[1], opts[2], opts[3], opts[4]
	l.bob, l.carol, l.dave, l.spender, l.attacker = opts[5], opts[6], opts[7], opts[8], opts[9]
	l.aliceKey = a.Keys[3]

	admin := l.admin.From
	records := chaintest.Records{}
	apply := func(steps ...deploy.Step) {
		t.Helper()
		p := deploy.Plan{ChainID: a.ChainID, From: admin, Steps: steps}
		if err := deploy.Apply(l.ctx, l.c, deploy.DirectSender{Backend: l.c, Opts: l.admin}, records, p, nil); err != nil {
			t.Fatal(err)
		}
	}
	implement := func(registry common.Address, names ...string) {
		t.Helper()
		for _, name := range names {
			steps, err := deploy.ImplSteps(admin, name, contracts.Embedded, registry)
			if err != nil {
				t.Fatal(err)
			}
			apply(steps...)
			l.impl[name] = steps[len(steps)-1].Address
		}
	}
	apply(deploy.FactoryStep())
	l.factory = create2.Factory()
	implement(common.Address{}, "IdentityRegistry", "IdentityRegistryV2", "DeedToken", "ValuationFeed")
	lock := deploy.CreateStep(admin, "timelock", "TimelockController", append(common.FromHex(timelockcontroller.TimelockControllerMetaData.Bin),
		tlABI.PackConstructor(big.NewInt(int64(upgradeDelay/time.Second)), []common.Address{l.proposer.From}, []common.Address{l.proposer.From}, common.Address{})...))
	apply(lock)
	l.timelock = lock.Address
	proxy := func(name, contract string, initCall []byte) common.Address {
		s := deploy.ProxyStep(admin, name, contract, l.impl[contract], initCall)
		apply(s)
		if got := l.implementation(s.Address); got != l.impl[contract] {
			t.Fatalf("%s: implementation %s, want %s", name, got, l.impl[contract])
		}
		return s.Address
	}
	l.registry = proxy("identity-registry", "IdentityRegistry", regABI.PackInitialize(admin, l.timelock))
	implement(l.registry, "AssetToken", "AssetTokenV2")
	l.deed = proxy("asset:RIV12:deed", "DeedToken", deedABI.PackInitialize("Tessera Deeds", "DEED", l.registry, admin, l.timelock))
	l.feed = proxy("asset:RIV12:feed", "ValuationFeed",
		feedABI.PackInitialize(8, "RIV12 / EUR NAV per unit", big.NewInt(1e6), big.NewInt(1e14), admin, admin, admin, l.timelock))
	l.token = proxy("asset:RIV12:token", "AssetToken",
		tokABI.PackInitialize("Rue de Rivoli 12", "RIV12", 18, l.registry, l.deed, big.NewInt(1), admin, l.timelock))
	l.buildState()
	return l
}

// implementation reads a proxy's ERC-1967 implementation slot.
func (l *live) implementation(proxy common.Address) common.Address {
	l.t.Helper()
	impl, err := create2.Implementation(l.ctx, l.c, proxy)
	if err != nil {
		l.t.Fatal(err)
	}
	return impl
}

// tx sends data to `to` from `from` with a fixed gas limit, so that a
// transaction that reverts is mined and fails on chain rather than being
// refused by gas estimation; a revert comes back as the error of replaying
// the call at its block, which carries the revert data.
func (l *live) tx(from *bind.TransactOpts, to common.Address, data []byte) error {
	l.t.Helper()
	o := *from
	o.Context, o.GasLimit = l.ctx, 5_000_000
	tx, err := bind.NewBoundContract(to, abi.ABI{}, l.c, l.c, l.c).RawTransact(&o, data)
	if err != nil {
		l.t.Fatalf("send to %s: %v", to, err)
	}
	ctx, cancel := context.WithTimeout(l.ctx, 30*time.Second)
	defer cancel()
	r, err := tessera.WaitMined(ctx, l.c, tx.Hash(), 5*time.Millisecond)
	if err != nil {
		l.t.Fatalf("wait for %s: %v", tx.Hash(), err)
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return nil
	}
	_, err = l.c.CallContract(l.ctx, ethereum.CallMsg{From: from.From, To: &to, Gas: o.GasLimit, Data: data}, r.BlockNumber)
	if err == nil {
		err = errors.New("transaction reverted on chain but not when replayed")
	}
	return err
}

func (l *live) mustTx(from *bind.TransactOpts, to common.Address, data []byte) {
	l.t.Helper()
	if err := l.tx(from, to, data); err != nil {
		l.t.Fatalf("transaction from %s to %s: %v (revert data %x)", from.From, to, err, revertData(err))
	}
}

// call is an eth_call of data on `to` at the latest block: its raw result.
func (l *live) call(to common.Address, data []byte) []byte {
	l.t.Helper()
	out, err := l.c.CallContract(l.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		l.t.Fatalf("call %x on %s: %v (revert data %x)", data[:4], to, err, revertData(err))
	}
	return out
}

// warp moves anvil's clock forward by d and mines a block.
func (l *live) warp(d time.Duration) {
	l.t.Helper()
	if err := l.c.Client().CallContext(l.ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		l.t.Fatal(err)
	}
	if err := l.c.Client().CallContext(l.ctx, nil, "evm_mine"); err != nil {
		l.t.Fatal(err)
	}
}

// now is the latest block's time.
func (l *live) now() uint64 {
	l.t.Helper()
	h, err := l.c.HeaderByNumber(l.ctx, nil)
	if err != nil {
		l.t.Fatal(err)
	}
	return h.Time
}

// buildState gives every contract state an upgrade must keep: verified
// investors (one with two wallets), a deed locked into the token, a feed
// round, balances, a lock-up, a frozen wallet and frozen tokens, a
// document, compliance rules, role holders and a used permit nonce.
func (l *live) buildState() {
	l.t.Helper()
	admin := l.admin.From
	l.mustTx(l.admin, l.registry, regABI.PackGrantRole(role("REGISTRAR_ROLE"), admin))
	expiry := l.now() + 365*24*3600
	wallets := []common.Address{admin, l.alice.From, l.alice2.From, l.bob.From, l.carol.From}
	ids := [][32]byte{id32("issuer"), id32("investor-A"), id32("investor-A"), id32("investor-B"), id32("investor-C")}
	countries := []uint16{countryFR, countryFR, countryFR, countryDE, countryFR}
	expiries := []uint64{expiry, expiry, expiry, expiry, expiry}
	flags := []*big.Int{big.NewInt(1), big.NewInt(1), big.NewInt(1), big.NewInt(3), big.NewInt(1)}
	l.mustTx(l.admin, l.registry, regABI.PackBatchRegisterIdentity(wallets, ids, countries, expiries, flags))

	l.mustTx(l.admin, l.deed, deedABI.PackGrantRole(role("MINTER_ROLE"), admin))
	l.mustTx(l.admin, l.deed, deedABI.PackMint(admin, big.NewInt(1), "ipfs://tessera-test/deeds/rivoli-12"))
	l.mustTx(l.admin, l.deed, deedABI.PackBindFractions(big.NewInt(1), l.token))
	l.mustTx(l.admin, l.deed, deedABI.PackLockDeed(big.NewInt(1)))

	l.feedObservedAt = l.now() - 60
	l.mustTx(l.admin, l.feed, feedABI.PackTransmit(big.NewInt(1_234_500_000), l.feedObservedAt))

	for _, name := range []string{"MINTER_ROLE", "COMPLIANCE_ADMIN_ROLE", "PAUSER_ROLE", "DOCUMENT_ROLE"} {
		l.mustTx(l.admin, l.token, tokABI.PackGrantRole(role(name), admin))
	}
	l.mustTx(l.admin, l.token, tokABI.PackGrantRole(role("AGENT_ROLE"), l.agent.From))
	l.mustTx(l.admin, l.token, tokABI.PackSetMaxInvestors(50))
	l.mustTx(l.admin, l.token, tokABI.PackSetCountriesAllowed([]uint16{countryFR, countryDE}, true))
	l.mustTx(l.admin, l.token, tokABI.PackSetCountryRestriction(true))
	l.mustTx(l.admin, l.token, tokABI.PackSetSupplyCap(units(1_000_000)))
	l.mustTx(l.admin, l.token, tokABI.PackMint(l.alice.From, units(1000), id32("mint-1")))
	l.mustTx(l.admin, l.token, tokABI.PackMint(l.bob.From, units(500), id32("mint-2")))
	l.mustTx(l.admin, l.token, tokABI.PackMint(l.carol.From, units(300), id32("mint-3")))
	l.lockedUntil = l.now() + 180*24*3600
	l.mustTx(l.admin, l.token, tokABI.PackMintLocked(l.bob.From, units(200), id32("mint-4"), l.lockedUntil))
	l.mustTx(l.alice, l.token, tokABI.PackTransfer(l.alice2.From, units(100)))
	l.mustTx(l.agent, l.token, tokABI.PackSetAddressFrozen(l.carol.From, true))
	l.mustTx(l.agent, l.token, tokABI.PackFreezePartialTokens(l.alice.From, units(50)))
	l.prospectusURI, l.prospectusHash = "ipfs://tessera-test/rivoli-12/prospectus.pdf", "prospectus v1"
	l.mustTx(l.admin, l.token, tokABI.PackSetDocument(id32("prospectus"), l.prospectusURI, crypto.Keccak256Hash([]byte(l.prospectusHash))))
	l.permit(units(70))
	l.mustTx(l.spender, l.token, tokABI.PackTransferFrom(l.alice.From, l.bob.From, units(20)))
}

// permit has alice sign an ERC-2612 permit of value for the spender with
// her current nonce, and submits it from the spender.
func (l *live) permit(value *big.Int) {
	l.t.Helper()
	tok := tokABI.Instance(l.c, l.token)
	nonce := mustCall(l.t, tok, tokABI.PackNonces(l.alice.From), tokABI.UnpackNonces)
	deadline := big.NewInt(int64(l.now() + 3600))
	typed := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Permit":       {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain:      apitypes.TypedDataDomain{Name: "Rue de Rivoli 12", Version: "1", ChainId: (*math.HexOrDecimal256)(l.a.ChainID), VerifyingContract: l.token.Hex()},
		Message: apitypes.TypedDataMessage{
			"owner": l.alice.From.Hex(), "spender": l.spender.From.Hex(), "value": value.String(), "nonce": nonce.String(), "deadline": deadline.String(),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		l.t.Fatal(err)
	}
	sig, err := crypto.Sign(digest, l.aliceKey)
	if err != nil {
		l.t.Fatal(err)
	}
	l.mustTx(l.spender, l.token, tokABI.PackPermit(l.alice.From, l.spender.From, value, deadline, sig[64]+27, [32]byte(sig[:32]), [32]byte(sig[32:64])))
}

// view is one read of a contract's state, by name.
type view struct {
	name string
	to   common.Address
	data []byte
}

// views are the reads that make up the state an upgrade must keep: every
// balance, the lock-up, the freezes, the document, the rules, the roles, the
// registry records, the token's ERC-20 and EIP-712 identity, the feed and
// the deed.
func (l *live) views() []view {
	holders := map[string]common.Address{
		"admin": l.admin.From, "alice": l.alice.From, "alice2": l.alice2.From, "bob": l.bob.From,
		"carol": l.carol.From, "dave": l.dave.From, "spender": l.spender.From, "timelock": l.timelock,
	}
	var vs []view
	add := func(name string, to common.Address, data []byte) { vs = append(vs, view{name, to, data}) }
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"name", tokABI.PackName()}, {"symbol", tokABI.PackSymbol()}, {"decimals", tokABI.PackDecimals()},
		{"totalSupply", tokABI.PackTotalSupply()}, {"supplyCap", tokABI.PackSupplyCap()},
		{"investorCount", tokABI.PackInvestorCount()}, {"maxInvestors", tokABI.PackMaxInvestors()},
		{"maxBalance", tokABI.PackMaxBalance()}, {"countryRestricted", tokABI.PackCountryRestricted()},
		{"isCountryAllowed(FR)", tokABI.PackIsCountryAllowed(countryFR)}, {"isCountryAllowed(DE)", tokABI.PackIsCountryAllowed(countryDE)},
		{"isCountryAllowed(US)", tokABI.PackIsCountryAllowed(countryUS)}, {"requiredFlags", tokABI.PackRequiredFlags()},
		{"paused", tokABI.PackPaused()}, {"valuationGuard", tokABI.PackValuationGuard()},
		{"identityRegistry", tokABI.PackIdentityRegistry()}, {"deed", tokABI.PackDeed()}, {"deedId", tokABI.PackDeedId()},
		{"deedLocked", tokABI.PackDeedLocked()}, {"eip712Domain", tokABI.PackEip712Domain()},
		{"DOMAIN_SEPARATOR", tokABI.PackDOMAINSEPARATOR()}, {"nonces(alice)", tokABI.PackNonces(l.alice.From)},
		{"allowance(alice, spender)", tokABI.PackAllowance(l.alice.From, l.spender.From)},
		{"lockOf(bob)", tokABI.PackLockOf(l.bob.From)}, {"getFrozenTokens(alice)", tokABI.PackGetFrozenTokens(l.alice.From)},
		{"isFrozen(carol)", tokABI.PackIsFrozen(l.carol.From)}, {"isFrozen(alice)", tokABI.PackIsFrozen(l.alice.From)},
		{"getDocument(prospectus)", tokABI.PackGetDocument(id32("prospectus"))}, {"getAllDocuments", tokABI.PackGetAllDocuments()},
		{"isRequestProcessed(mint-1)", tokABI.PackIsRequestProcessed(id32("mint-1"))},
		{"isRequestProcessed(mint-4)", tokABI.PackIsRequestProcessed(id32("mint-4"))},
		{"detect(carol→bob)", tokABI.PackDetectTransferRestriction(l.carol.From, l.bob.From, units(1))},
		{"detect(bob→alice, locked)", tokABI.PackDetectTransferRestriction(l.bob.From, l.alice.From, units(600))},
		{"detect(alice→bob, frozen)", tokABI.PackDetectTransferRestriction(l.alice.From, l.bob.From, units(900))},
		{"getRoleAdmin(UPGRADER_ROLE)", tokABI.PackGetRoleAdmin(role("UPGRADER_ROLE"))},
	} {
		add("token."+c.name, l.token, c.data)
	}
	roles := []string{"DEFAULT_ADMIN_ROLE", "UPGRADER_ROLE", "MINTER_ROLE", "AGENT_ROLE", "COMPLIANCE_ADMIN_ROLE", "PAUSER_ROLE", "DOCUMENT_ROLE"}
	for who, addr := range holders {
		add("token.balanceOf("+who+")", l.token, tokABI.PackBalanceOf(addr))
		add("token.investorBalanceOf("+who+")", l.token, tokABI.PackInvestorBalanceOf(addr))
		for _, r := range roles {
			add("token.hasRole("+r+", "+who+")", l.token, tokABI.PackHasRole(role(r), addr))
		}
		for _, r := range []string{"DEFAULT_ADMIN_ROLE", "UPGRADER_ROLE", "REGISTRAR_ROLE"} {
			add("registry.hasRole("+r+", "+who+")", l.registry, regABI.PackHasRole(role(r), addr))
		}
		add("registry.identityOf("+who+")", l.registry, regABI.PackIdentityOf(addr))
		add("registry.identity("+who+")", l.registry, regABI.PackIdentity(addr))
		add("registry.record("+who+")", l.registry, regABI.PackRecord(addr))
		add("registry.isVerified("+who+")", l.registry, regABI.PackIsVerified(addr))
		add("registry.boundInvestorOf("+who+")", l.registry, regABI.PackBoundInvestorOf(addr))
	}
	for _, inv := range []string{"investor-A", "investor-B", "investor-C"} {
		add("registry.anchorOf("+inv+")", l.registry, regABI.PackAnchorOf(id32(inv)))
		add("registry.walletCount("+inv+")", l.registry, regABI.PackWalletCount(id32(inv)))
	}
	add("registry.getRoleAdmin(UPGRADER_ROLE)", l.registry, regABI.PackGetRoleAdmin(role("UPGRADER_ROLE")))
	add("feed.latestRoundData", l.feed, feedABI.PackLatestRoundData())
	add("feed.getRoundData(1)", l.feed, feedABI.PackGetRoundData(big.NewInt(1)))
	add("feed.description", l.feed, feedABI.PackDescription())
	add("deed.ownerOf(1)", l.deed, deedABI.PackOwnerOf(big.NewInt(1)))
	add("deed.isLocked(1)", l.deed, deedABI.PackIsLocked(big.NewInt(1)))
	add("deed.fractionsOf(1)", l.deed, deedABI.PackFractionsOf(big.NewInt(1)))
	add("deed.tokenURI(1)", l.deed, deedABI.PackTokenURI(big.NewInt(1)))
	return vs
}

// state reads every view.
func (l *live) state() map[string][]byte {
	l.t.Helper()
	s := map[string][]byte{}
	for _, v := range l.views() {
		s[v.name] = l.call(v.to, v.data)
	}
	return s
}

// checkState asserts, value by value, the main facts of the state
// buildState left, so that the state compared before and after an upgrade is
// known to hold them.
func (l *live) checkState() {
	l.t.Helper()
	tok := tokABI.Instance(l.c, l.token)
	reg := regABI.Instance(l.c, l.registry)
	bal := func(who common.Address) *big.Int {
		return mustCall(l.t, tok, tokABI.PackBalanceOf(who), tokABI.UnpackBalanceOf)
	}
	for who, want := range map[common.Address]*big.Int{
		l.alice.From: units(880), l.alice2.From: units(100), l.bob.From: units(720), l.carol.From: units(300),
	} {
		if got := bal(who); got.Cmp(want) != 0 {
			l.t.Errorf("balance of %s = %s, want %s", who, got, want)
		}
	}
	if got := mustCall(l.t, tok, tokABI.PackInvestorBalanceOf(l.alice2.From), tokABI.UnpackInvestorBalanceOf); got.Cmp(units(980)) != 0 {
		l.t.Errorf("investor A's balance = %s, want 980 tokens over two wallets", got)
	}
	if got := mustCall(l.t, tok, tokABI.PackTotalSupply(), tokABI.UnpackTotalSupply); got.Cmp(units(2000)) != 0 {
		l.t.Errorf("totalSupply = %s", got)
	}
	lock := mustCall(l.t, tok, tokABI.PackLockOf(l.bob.From), tokABI.UnpackLockOf)
	if lock.Amount.Cmp(units(200)) != 0 || lock.LockedUntil != l.lockedUntil {
		l.t.Errorf("bob's lock = %s until %d, want 200 tokens until %d", lock.Amount, lock.LockedUntil, l.lockedUntil)
	}
	if !mustCall(l.t, tok, tokABI.PackIsFrozen(l.carol.From), tokABI.UnpackIsFrozen) {
		l.t.Error("carol is not frozen")
	}
	if got := mustCall(l.t, tok, tokABI.PackGetFrozenTokens(l.alice.From), tokABI.UnpackGetFrozenTokens); got.Cmp(units(50)) != 0 {
		l.t.Errorf("alice's frozen tokens = %s", got)
	}
	doc := mustCall(l.t, tok, tokABI.PackGetDocument(id32("prospectus")), tokABI.UnpackGetDocument)
	if doc.Uri != l.prospectusURI || doc.DocumentHash != crypto.Keccak256Hash([]byte(l.prospectusHash)) || doc.LastModified.Sign() == 0 {
		l.t.Errorf("document = %+v", doc)
	}
	if !mustCall(l.t, tok, tokABI.PackHasRole(role("AGENT_ROLE"), l.agent.From), tokABI.UnpackHasRole) {
		l.t.Error("the agent lost AGENT_ROLE")
	}
	if got := mustCall(l.t, reg, regABI.PackWalletCount(id32("investor-A")), regABI.UnpackWalletCount); got.Int64() != 2 {
		l.t.Errorf("investor A has %s wallets", got)
	}
	id := mustCall(l.t, reg, regABI.PackIdentityOf(l.bob.From), regABI.UnpackIdentityOf)
	if id.InvestorId != id32("investor-B") || id.Country != countryDE || id.Flags.Int64() != 3 || !id.Registered {
		l.t.Errorf("bob's identity = %+v", id)
	}
	round := mustCall(l.t, feedABI.Instance(l.c, l.feed), feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData)
	if round.RoundId.Int64() != 1 || round.Answer.Int64() != 1_234_500_000 || round.StartedAt.Uint64() != l.feedObservedAt {
		l.t.Errorf("feed round = %+v", round)
	}
	if owner := mustCall(l.t, deedABI.Instance(l.c, l.deed), deedABI.PackOwnerOf(big.NewInt(1)), deedABI.UnpackOwnerOf); owner != l.token {
		l.t.Errorf("the deed is held by %s, not the token", owner)
	}
}

// upgradeOps is the timelock batch upgrading the token to AssetTokenV2
// (initializing its namespace in the same call) and the registry to
// IdentityRegistryV2.
func (l *live) upgradeOps(prospectus string) ([]common.Address, []*big.Int, [][]byte) {
	return []common.Address{l.token, l.registry}, []*big.Int{new(big.Int), new(big.Int)}, [][]byte{
		tokABI.PackUpgradeToAndCall(l.impl["AssetTokenV2"], tokV2ABI.PackInitializeV2(prospectus)),
		regABI.PackUpgradeToAndCall(l.impl["IdentityRegistryV2"], []byte{}),
	}
}

// A live token and registry upgraded through the timelock keep every word
// of their state (and the feed and deed theirs), go on working (transfers
// and their rules, mints, registrations, a permit signed after the
// upgrade), and the new versions' own namespaces work.
func TestUpgradeThroughTimelockKeepsState(t *testing.T) {
	t.Parallel()
	l := deployLive(t)
	l.checkState()
	before := l.state()

	const prospectus = "ipfs://tessera-test/rivoli-12/prospectus-v2.pdf"
	targets, values, payloads := l.upgradeOps(prospectus)
	salt := create2.Salt("tessera:upgrade:RIV12:v2")
	l.mustTx(l.proposer, l.timelock, tlABI.PackScheduleBatch(targets, values, payloads, [32]byte{}, salt, big.NewInt(int64(upgradeDelay/time.Second))))
	l.warp(upgradeDelay)
	l.mustTx(l.proposer, l.timelock, tlABI.PackExecuteBatch(targets, values, payloads, [32]byte{}, salt))
	if got := l.implementation(l.token); got != l.impl["AssetTokenV2"] {
		t.Fatalf("token implementation %s, want AssetTokenV2 %s", got, l.impl["AssetTokenV2"])
	}
	if got := l.implementation(l.registry); got != l.impl["IdentityRegistryV2"] {
		t.Fatalf("registry implementation %s, want IdentityRegistryV2 %s", got, l.impl["IdentityRegistryV2"])
	}

	after := l.state()
	for _, v := range l.views() {
		if !bytes.Equal(before[v.name], after[v.name]) {
			t.Errorf("%s changed in the upgrade: %x → %x", v.name, before[v.name], after[v.name])
		}
	}
	l.checkState()

	// The new namespaces work.
	tok := tokV2ABI.Instance(l.c, l.token)
	if got := mustCall(t, tok, tokV2ABI.PackProspectus(), tokV2ABI.UnpackProspectus); got != prospectus {
		t.Errorf("prospectus after the upgrade = %q, want %q", got, prospectus)
	}
	l.mustTx(l.admin, l.token, tokV2ABI.PackSetProspectus("ipfs://tessera-test/rivoli-12/prospectus-v3.pdf"))
	if got := mustCall(t, tok, tokV2ABI.PackProspectus(), tokV2ABI.UnpackProspectus); got != "ipfs://tessera-test/rivoli-12/prospectus-v3.pdf" {
		t.Errorf("prospectus after setProspectus = %q", got)
	}
	wantRevert(t, l.tx(l.attacker, l.token, tokV2ABI.PackSetProspectus("ipfs://evil")), "AccessControlUnauthorizedAccount(address,bytes32)")
	wantRevert(t, l.tx(l.attacker, l.token, tokV2ABI.PackInitializeV2("ipfs://evil")), "InvalidInitialization()")
	reg := regV2ABI.Instance(l.c, l.registry)
	l.mustTx(l.admin, l.registry, regV2ABI.PackSetAccreditation(l.alice.From, id32("accreditation-A")))
	if got := mustCall(t, reg, regV2ABI.PackAccreditationOf(l.alice.From), regV2ABI.UnpackAccreditationOf); got != id32("accreditation-A") {
		t.Errorf("accreditation of alice = %x", got)
	}
	wantRevert(t, l.tx(l.attacker, l.registry, regV2ABI.PackSetAccreditation(l.attacker.From, id32("x"))), "AccessControlUnauthorizedAccount(address,bytes32)")

	// The old state still drives the rules.
	wantRevert(t, l.tx(l.carol, l.token, tokABI.PackTransfer(l.bob.From, units(1))), "TransferRestricted(uint8)")
	wantRevert(t, l.tx(l.bob, l.token, tokABI.PackTransfer(l.alice.From, units(600))), "TransferRestricted(uint8)")
	wantRevert(t, l.tx(l.admin, l.token, tokABI.PackMint(l.bob.From, units(1), id32("mint-1"))), "RequestAlreadyProcessed(bytes32)")
	l.mustTx(l.admin, l.registry, regABI.PackRegisterIdentity(l.dave.From, id32("investor-D"), countryDE, l.now()+365*24*3600, big.NewInt(1)))
	l.mustTx(l.admin, l.token, tokABI.PackMint(l.dave.From, units(10), id32("mint-5")))
	l.mustTx(l.bob, l.token, tokABI.PackTransfer(l.dave.From, units(500)))
	v1 := tokABI.Instance(l.c, l.token)
	if got := mustCall(t, v1, tokABI.PackBalanceOf(l.dave.From), tokABI.UnpackBalanceOf); got.Cmp(units(510)) != 0 {
		t.Errorf("dave's balance = %s, want 510 tokens", got)
	}
	if got := mustCall(t, v1, tokABI.PackInvestorCount(), tokABI.UnpackInvestorCount); got.Int64() != 4 {
		t.Errorf("investor count = %s, want 4 (investors A to D)", got)
	}

	// The EIP-712 domain survived: a permit signed now, with the nonce the
	// old version left, is accepted.
	l.permit(units(5))
	if got := mustCall(t, v1, tokABI.PackNonces(l.alice.From), tokABI.UnpackNonces); got.Int64() != 2 {
		t.Errorf("alice's nonce after a second permit = %s, want 2", got)
	}
	if got := mustCall(t, v1, tokABI.PackAllowance(l.alice.From, l.spender.From), tokABI.UnpackAllowance); got.Cmp(units(5)) != 0 {
		t.Errorf("allowance after the second permit = %s", got)
	}
}

// Nobody but the timelock's proposer, after the delay, upgrades anything:
// the admin can neither upgrade nor grant itself UPGRADER_ROLE, no
// implementation or proxy can be initialized again, and the timelock
// refuses a proposal from anyone else, a delay shorter than its minimum,
// an early execution and an execution by anyone but its executor.
func TestUpgradeDoorsStayShut(t *testing.T) {
	t.Parallel()
	l := deployLive(t)
	admin := l.admin.From

	proxies := map[string]common.Address{"IdentityRegistry": l.registry, "DeedToken": l.deed, "ValuationFeed": l.feed, "AssetToken": l.token}
	initCalls := map[string][]byte{
		"IdentityRegistry":   regABI.PackInitialize(l.attacker.From, l.attacker.From),
		"IdentityRegistryV2": regABI.PackInitialize(l.attacker.From, l.attacker.From),
		"DeedToken":          deedABI.PackInitialize("x", "x", l.registry, l.attacker.From, l.attacker.From),
		"ValuationFeed":      feedABI.PackInitialize(8, "x", big.NewInt(1), big.NewInt(2), l.attacker.From, l.attacker.From, l.attacker.From, l.attacker.From),
		"AssetToken":         tokABI.PackInitialize("x", "x", 18, l.registry, common.Address{}, new(big.Int), l.attacker.From, l.attacker.From),
		"AssetTokenV2":       tokABI.PackInitialize("x", "x", 18, l.registry, common.Address{}, new(big.Int), l.attacker.From, l.attacker.From),
	}
	for name, proxy := range proxies {
		// UPGRADER_ROLE is the timelock's alone, and its own admin.
		upgrade := tokABI.PackUpgradeToAndCall(l.impl[name], []byte{})
		wantUnauthorizedFor(t, l.tx(l.admin, proxy, upgrade), admin, "UPGRADER_ROLE", name+": the admin upgrades")
		wantUnauthorizedFor(t, l.tx(l.admin, proxy, tokABI.PackGrantRole(role("UPGRADER_ROLE"), admin)), admin, "UPGRADER_ROLE",
			name+": the admin grants itself UPGRADER_ROLE")
		wantUnauthorizedFor(t, l.tx(l.attacker, proxy, upgrade), l.attacker.From, "UPGRADER_ROLE", name+": a stranger upgrades")
		// A proxy is initialized once, in its constructor.
		wantRevert(t, l.tx(l.attacker, proxy, initCalls[name]), "InvalidInitialization()")
	}
	for name, impl := range l.impl {
		// An implementation cannot be initialized at all (its constructor
		// disabled initializers), nor upgraded other than through a proxy.
		wantRevert(t, l.tx(l.attacker, impl, initCalls[name]), "InvalidInitialization()")
		wantRevert(t, l.tx(l.attacker, impl, tokABI.PackUpgradeToAndCall(l.impl[name], []byte{})), "UUPSUnauthorizedCallContext()")
	}
	wantRevert(t, l.tx(l.attacker, l.impl["AssetTokenV2"], tokV2ABI.PackInitializeV2("ipfs://evil")), "InvalidInitialization()")

	// The timelock: only the proposer schedules, never below the minimum
	// delay; nothing runs before the delay, nor by anyone but the executor.
	targets, values, payloads := l.upgradeOps("ipfs://tessera-test/rivoli-12/prospectus-v2.pdf")
	salt := create2.Salt("tessera:upgrade:RIV12:v2")
	delay := big.NewInt(int64(upgradeDelay / time.Second))
	wantUnauthorizedFor(t, l.tx(l.admin, l.timelock, tlABI.PackScheduleBatch(targets, values, payloads, [32]byte{}, salt, delay)),
		admin, "PROPOSER_ROLE", "the admin schedules")
	wantUnauthorizedFor(t, l.tx(l.admin, l.timelock, tlABI.PackGrantRole(role("PROPOSER_ROLE"), admin)), admin, "DEFAULT_ADMIN_ROLE",
		"the admin makes itself a proposer")
	wantRevert(t, l.tx(l.proposer, l.timelock, tlABI.PackScheduleBatch(targets, values, payloads, [32]byte{}, salt, big.NewInt(60))),
		"TimelockInsufficientDelay(uint256,uint256)")
	l.mustTx(l.proposer, l.timelock, tlABI.PackScheduleBatch(targets, values, payloads, [32]byte{}, salt, delay))
	execute := tlABI.PackExecuteBatch(targets, values, payloads, [32]byte{}, salt)
	wantRevert(t, l.tx(l.proposer, l.timelock, execute), "TimelockUnexpectedOperationState(bytes32,bytes32)")
	l.warp(upgradeDelay - time.Minute)
	wantRevert(t, l.tx(l.proposer, l.timelock, execute), "TimelockUnexpectedOperationState(bytes32,bytes32)")
	l.warp(time.Minute)
	wantUnauthorizedFor(t, l.tx(l.attacker, l.timelock, execute), l.attacker.From, "EXECUTOR_ROLE", "a stranger executes")
	wantUnauthorizedFor(t, l.tx(l.admin, l.timelock, execute), admin, "EXECUTOR_ROLE", "the admin executes")
	if got := l.implementation(l.token); got != l.impl["AssetToken"] {
		t.Fatalf("the token was upgraded by a refused call: implementation %s", got)
	}
	// The same batch, by the executor after the delay, goes through: the
	// refusals above were the doors, not a broken batch.
	l.mustTx(l.proposer, l.timelock, execute)
	if got := l.implementation(l.token); got != l.impl["AssetTokenV2"] {
		t.Fatalf("token implementation %s after execution, want AssetTokenV2", got)
	}
}

// wantUnauthorizedFor fails unless err is AccessControl's
// AccessControlUnauthorizedAccount(account, role).
func wantUnauthorizedFor(t *testing.T, err error, account common.Address, roleName, what string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: succeeded, want AccessControlUnauthorizedAccount(%s, %s)", what, account, roleName)
		return
	}
	rd := revertData(err)
	sel := selector("AccessControlUnauthorizedAccount(address,bytes32)")
	if len(rd) != 68 || [4]byte(rd[:4]) != sel || common.BytesToAddress(rd[4:36]) != account || [32]byte(rd[36:68]) != role(roleName) {
		t.Errorf("%s: revert %x (%v), want AccessControlUnauthorizedAccount(%s, %s)", what, rd, err, account, roleName)
	}
}
