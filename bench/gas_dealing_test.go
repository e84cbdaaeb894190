package bench

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/bindings/referencevault"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
)

// gasOfDealing measures one asset's Dealing on g against a plain
// OpenZeppelin ERC-4626 vault's deposit (ReferenceVault over a plain
// ERC-20), on a fresh token (no deed, verification only) whose investors
// are verified in reg: a deposit request, a redeem request, fulfilment per
// request for books of 100 and 1,000 deposit requests (each from its own
// controller; a book too large for one block is split into the fewest
// transactions that fit), a deposit claim and an instant subscription.
func gasOfDealing(g *gasChain, reg common.Address, owner, redeemer, vaultUser *bind.TransactOpts) []gasRow {
	g.b.Helper()
	ctx := context.Background()
	admin := g.admin
	regABI := identityregistry.NewIdentityRegistry()
	regInst := regABI.Instance(g.client, reg)

	// The yardstick: a second depositor into a vault that already holds assets.
	ref := referenceerc20.NewReferenceERC20()
	refAddr := g.deploy(referenceerc20.ReferenceERC20MetaData.Bin, nil)
	refInst := ref.Instance(g.client, refAddr)
	vault := referencevault.NewReferenceVault()
	vaultAddr := g.deploy(referencevault.ReferenceVaultMetaData.Bin, vault.PackConstructor(refAddr))
	vaultInst := vault.Instance(g.client, vaultAddr)
	for _, o := range []*bind.TransactOpts{admin, vaultUser} {
		g.send(admin, refInst, ref.PackMint(o.From, gasUnits(10_000)))
		g.send(o, refInst, ref.PackApprove(vaultAddr, gasUnits(10_000)))
	}
	g.send(admin, vaultInst, vault.PackDeposit(gasUnits(1_000), admin.From))
	vaultGas := g.send(vaultUser, vaultInst, vault.PackDeposit(gasUnits(1_000), vaultUser.From))

	tok := assettoken.NewAssetToken()
	tokAddr, _ := g.proxy("AssetToken", reg, tok.PackInitialize("Dealing Fund", "DEAL", 18, reg, common.Address{}, new(big.Int), admin.From, admin.From))
	tokInst := tok.Instance(g.client, tokAddr)
	g.send(admin, tokInst, tok.PackGrantRole(gasRole("MINTER_ROLE"), admin.From))
	feed := valuationfeed.NewValuationFeed()
	feedAddr, _ := g.proxy("ValuationFeed", common.Address{},
		feed.PackInitialize(8, "DEAL / USD", big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 180), admin.From, admin.From, admin.From, admin.From))
	feedInst := feed.Instance(g.client, feedAddr)
	coin := devstablecoin.NewDevStablecoin()
	coinAddr := g.deploy(devstablecoin.DevStablecoinMetaData.Bin, coin.PackConstructor("Tessera Dev USD", "tUSD", admin.From))
	coinInst := coin.Instance(g.client, coinAddr)
	d := dealing.NewDealing()
	dAddr, _ := g.proxy("Dealing", common.Address{}, d.PackInitialize(tokAddr, coinAddr, feedAddr, admin.From, admin.From, admin.From))
	dInst := d.Instance(g.client, dAddr)
	for _, r := range []string{"MINTER_ROLE", "AGENT_ROLE"} {
		g.send(admin, tokInst, tok.PackGrantRole(gasRole(r), dAddr))
	}
	for _, r := range []string{"CONFIG_ROLE", "TREASURY_ROLE"} {
		g.send(admin, dInst, d.PackGrantRole(gasRole(r), admin.From))
	}
	g.send(admin, dInst, d.PackSetConfig(dealing.DealingConfig{Modes: 1 | 2 | 4 | 8, FeeBps: 25, NavTTL: 7 * 24 * 3600,
		MinDeposit: big.NewInt(1e6), MaxDeposit: new(big.Int), MinRedeem: big.NewInt(1), MaxRedeem: new(big.Int)}))
	g.send(admin, feedInst, feed.PackTransmit(big.NewInt(101_234_567_89), g.now()))
	for _, o := range []*bind.TransactOpts{admin, owner, redeemer} {
		g.send(admin, coinInst, coin.PackMint(o.From, new(big.Int).Mul(big.NewInt(1e12), big.NewInt(1e6))))
		g.send(o, coinInst, coin.PackApprove(dAddr, new(big.Int).Lsh(big.NewInt(1), 200)))
	}
	g.send(admin, tokInst, tok.PackMint(redeemer.From, gasUnits(1_000), gasID("deal-redeemer")))
	g.send(admin, dInst, d.PackFundReserve(new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e6))))

	// 1,100 controllers, verified, one per request of the books.
	controllers := make([]common.Address, 1_100)
	for i := range controllers {
		controllers[i] = crypto.CreateAddress(common.Address{0xde, 0xa1}, uint64(i))
	}
	for i := 0; i < len(controllers); i += 100 {
		n := 100
		wallets := controllers[i : i+n]
		idsOf := make([][32]byte, n)
		countries := make([]uint16, n)
		expiries := make([]uint64, n)
		flags := make([]*big.Int, n)
		for j := range wallets {
			idsOf[j] = gasID(fmt.Sprintf("deal-%d", i+j))
			countries[j], expiries[j], flags[j] = gasCountryFR, g.now()+365*24*3600, big.NewInt(gasFlagAccredited)
		}
		g.send(admin, regInst, regABI.PackBatchRegisterIdentity(wallets, idsOf, countries, expiries, flags))
	}

	// The dealing days' cut-offs, published ahead: every request below
	// belongs to the first.
	cutoff := g.now() + 3600
	g.send(admin, dInst, d.PackPublishCutoffs([]uint64{cutoff, cutoff + 86_400}))

	var rows []gasRow
	amount := big.NewInt(1_000_000_000) // 1,000.000000
	// The day's first request moves the cut-off new requests get; the
	// others read it with the token's address.
	firstGas := g.send(redeemer, dInst, d.PackRequestDeposit(amount, redeemer.From, redeemer.From))
	rows = append(rows, gasRow{"Dealing requestDeposit, the day's first (moves the stamped cut-off) vs ERC-4626 deposit", firstGas, vaultGas, "deal-request-deposit-first"})
	reqGas := g.send(owner, dInst, d.PackRequestDeposit(amount, owner.From, owner.From))
	rows = append(rows, gasRow{"Dealing requestDeposit (escrow, compliance preview, cut-off stamp) vs ERC-4626 deposit", reqGas, vaultGas, "deal-request-deposit"})
	redGas := g.send(redeemer, dInst, d.PackRequestRedeem(gasUnits(10), redeemer.From, redeemer.From))
	rows = append(rows, gasRow{"Dealing requestRedeem (compliance check, units locked in the wallet) vs ERC-4626 deposit", redGas, vaultGas, "deal-request-redeem"})

	// The books: requests queued many per block, from one owner for 1,100 controllers.
	first := uint64(4) // requests 1 to 3 above
	nonce, err := g.client.PendingNonceAt(ctx, owner.From)
	if err != nil {
		g.b.Fatal(err)
	}
	var pending []*types.Transaction
	for i, c := range controllers {
		o := *owner
		o.Nonce, o.GasLimit = new(big.Int).SetUint64(nonce+uint64(i)), 400_000
		tx, err := bind.Transact(dInst, &o, d.PackRequestDeposit(amount, c, owner.From))
		if err != nil {
			g.b.Fatal(err)
		}
		pending = append(pending, tx)
		if len(pending) == 150 || i == len(controllers)-1 {
			g.minedAll(pending)
			pending = pending[:0]
		}
	}
	if err := g.sim.AdjustTime(time.Duration(cutoff+1-g.now()) * time.Second); err != nil {
		g.b.Fatal(err)
	}
	g.sim.Commit()
	g.send(admin, feedInst, feed.PackTransmit(big.NewInt(101_234_567_89), cutoff+1))
	round, err := bind.Call(feedInst, nil, feed.PackLatestRound(), feed.UnpackLatestRound)
	if err != nil {
		g.b.Fatal(err)
	}
	book := func(from uint64, n int) []*big.Int {
		out := make([]*big.Int, n)
		for i := range out {
			out[i] = new(big.Int).SetUint64(from + uint64(i))
		}
		return out
	}
	// Requests 1 and 2 (deposits) and 3 (the redeem) first, outside the books.
	g.send(admin, dInst, d.PackFulfil(cutoff, round, []*big.Int{big.NewInt(1), big.NewInt(2), big.NewInt(3)}))
	gas100 := g.send(admin, dInst, d.PackFulfil(cutoff, round, book(first, 100)))
	rows = append(rows, gasRow{"Dealing fulfil, book of 100 deposits (1 tx), per request vs ERC-4626 deposit", gas100 / 100, vaultGas, "deal-fulfil100-per"})

	limit := g.head().GasLimit
	ids1000 := book(first+100, 1_000)
	txs := 1
	for ; txs <= 1_000; txs++ {
		size := (len(ids1000) + txs - 1) / txs
		est, err := g.client.EstimateGas(ctx, ethereum.CallMsg{From: admin.From, To: &dAddr, Data: d.PackFulfil(cutoff, round, ids1000[:size])})
		if err == nil && est <= limit {
			break
		}
	}
	size := (len(ids1000) + txs - 1) / txs
	var gas1000 uint64
	for i := 0; i < len(ids1000); i += size {
		end := min(i+size, len(ids1000))
		gas1000 += g.send(admin, dInst, d.PackFulfil(cutoff, round, ids1000[i:end]))
	}
	rows = append(rows, gasRow{fmt.Sprintf("Dealing fulfil, book of 1,000 deposits (%d tx of ≤ %d, block gas limit %d), per request vs ERC-4626 deposit",
		txs, size, limit), gas1000 / 1_000, vaultGas, "deal-fulfil1000-per"})

	claimGas := g.send(owner, dInst, d.PackDeposit(amount, owner.From, owner.From))
	rows = append(rows, gasRow{"Dealing deposit claim (units minted through the token's rules) vs ERC-4626 deposit", claimGas, vaultGas, "deal-claim"})
	subGas := g.send(owner, dInst, d.PackSubscribe(amount, new(big.Int)))
	rows = append(rows, gasRow{"Dealing instant subscribe (fresh NAV, fee, units minted) vs ERC-4626 deposit", subGas, vaultGas, "deal-subscribe"})
	return rows
}

// minedAll mines txs, in as few blocks as they fit, and fails unless each succeeded.
func (g *gasChain) minedAll(txs []*types.Transaction) {
	g.b.Helper()
	left := txs
	for i := 0; len(left) > 0; i++ {
		if i == 20 {
			g.b.Fatalf("%d transactions never mined", len(left))
		}
		g.sim.Commit()
		var next []*types.Transaction
		for _, tx := range left {
			r, err := g.client.TransactionReceipt(context.Background(), tx.Hash())
			if err != nil {
				next = append(next, tx)
				continue
			}
			if r.Status != types.ReceiptStatusSuccessful {
				g.b.Fatalf("transaction %s reverted", tx.Hash())
			}
		}
		left = next
	}
}
