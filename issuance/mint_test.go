package issuance_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

// Exactly-once minting with batching: N approved mints, each submitted 1–3
// times with its idempotency key, the manager stopped abruptly and replaced
// several times. On chain: exactly N Issued events, no request id twice,
// balances equal to the sums, and fewer transactions than mints.
func TestMintsAreBatchedAndHappenExactlyOnce(t *testing.T) {
	t.Parallel()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{BlockTime: time.Second})
	c := chaintest.Dial(t, a.URL)
	holders := []common.Address{
		crypto.PubkeyToAddress(a.Keys[1].PublicKey),
		crypto.PubkeyToAddress(a.Keys[2].PublicKey),
		crypto.PubkeyToAddress(a.Keys[3].PublicKey),
	}
	token := chaintest.DeployAssetToken(t, a, c, holders)
	pool := pgtest.NewDB(t)
	tokABI, _ := assettoken.AssetTokenMetaData.ParseABI()
	cfg := txmgrtest.Config(t, c, pool, a.Keys[0], a.ChainID, tokABI)
	cfg.Batchers = map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}}

	const n = 240
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 8))
	want := map[common.Address]*big.Int{}
	keys := make([]string, n)
	next := 0
	const crashes = 4
	for round := 0; round <= crashes; round++ {
		m, err := txmgr.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Start(ctx); err != nil {
			t.Fatal(err)
		}
		end := next + n/(crashes+1)
		if round == crashes {
			end = n
		}
		for ; next < end; next++ {
			to := holders[next%len(holders)]
			keys[next] = fmt.Sprintf("mint-request-%d", next)
			mint := issuance.MintOrder{Token: token, To: to, Amount: big.NewInt(int64(1000 + next)), RequestID: crypto.Keccak256Hash([]byte(keys[next]))}
			req, err := mint.TxRequest(keys[next])
			if err != nil {
				t.Fatal(err)
			}
			for try := 0; try < 1+rng.IntN(3); try++ {
				if _, err := m.Submit(ctx, req); err != nil {
					t.Fatal(err)
				}
			}
			if want[to] == nil {
				want[to] = new(big.Int)
			}
			want[to].Add(want[to], mint.Amount)
		}
		if round < crashes {
			time.Sleep(time.Duration(200+rng.IntN(1200)) * time.Millisecond)
		} else {
			for _, r := range txmgrtest.WaitAll(t, m, keys) {
				if r.State == txmgr.Failed {
					t.Fatalf("mint %s failed: %s", r.IdempotencyKey, r.Error)
				}
			}
		}
		if err := m.Stop(ctx); err != nil {
			t.Fatal(err)
		}
	}

	tok := assettoken.NewAssetToken()
	inst := tok.Instance(c, token)
	for _, h := range holders {
		got, err := bind.Call(inst, nil, tok.PackBalanceOf(h), tok.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(want[h]) != 0 {
			t.Errorf("balance of %s = %s, want %s", h, got, want[h])
		}
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{token},
		Topics:    [][]common.Hash{{tokABI.Events[assettoken.AssetTokenIssuedEventName].ID}},
		FromBlock: big.NewInt(0),
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]bool{}
	txs := map[common.Hash]bool{}
	for i := range logs {
		ev, err := tok.UnpackIssuedEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		if seen[ev.RequestId] {
			t.Fatalf("request id %x minted twice", ev.RequestId)
		}
		seen[ev.RequestId] = true
		txs[logs[i].TxHash] = true
	}
	if len(logs) != n {
		t.Fatalf("%d Issued events on chain, want exactly %d", len(logs), n)
	}
	if len(txs) >= n/2 {
		t.Fatalf("%d mints travelled in %d transactions: batching did not happen", n, len(txs))
	}
	t.Logf("%d mints in %d transactions", n, len(txs))
}

// A mint the token's compliance refuses fails before it takes a nonce, with
// the restriction code decoded from the revert: 0x54, receiver not verified.
func TestRefusedMintReportsTheRestrictionCode(t *testing.T) {
	t.Parallel()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	c := chaintest.Dial(t, a.URL)
	verified := crypto.PubkeyToAddress(a.Keys[1].PublicKey)
	token := chaintest.DeployAssetToken(t, a, c, []common.Address{verified})
	tokABI, _ := assettoken.AssetTokenMetaData.ParseABI()
	cfg := txmgrtest.Config(t, c, pgtest.NewDB(t), a.Keys[0], a.ChainID, tokABI)
	cfg.Batchers = map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}}
	m := txmgrtest.Start(t, cfg)

	stranger := common.HexToAddress("0x8000000000000000000000000000000000000001")
	keys := []string{"to-verified", "to-stranger"}
	for i, to := range []common.Address{verified, stranger} {
		req, err := issuance.MintOrder{Token: token, To: to, Amount: big.NewInt(5), RequestID: crypto.Keccak256Hash([]byte(keys[i]))}.TxRequest(keys[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Submit(context.Background(), req); err != nil {
			t.Fatal(err)
		}
	}
	got := txmgrtest.WaitAll(t, m, keys)
	if got[0].State == txmgr.Failed {
		t.Fatalf("mint to a verified investor failed: %s", got[0].Error)
	}
	if got[1].State != txmgr.Failed || !strings.Contains(got[1].Error, "TransferRestricted(84)") {
		t.Fatalf("mint to an unverified wallet: %s %q; want failed with TransferRestricted(84) (0x54)", got[1].State, got[1].Error)
	}
}
