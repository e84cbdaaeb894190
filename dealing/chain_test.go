package dealing_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// Every calendar change reaches the chain, even a change back to an
// earlier setting: the transaction manager's key names the calendar's
// version, not only the settings.
func TestChainConfigurerSendsEveryChange(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	signer := crypto.PubkeyToAddress(key.PublicKey)
	if err := r.c.Client().Call(nil, "anvil_setBalance", signer, hexutil.EncodeBig(whole(10))); err != nil {
		t.Fatal(err)
	}
	r.must(r.admin, r.deal, dealABI.PackGrantRole(role("CONFIG_ROLE"), signer))
	txm := txmgrtest.Start(t, txmgrtest.Config(t, txmgr.NewClient(r.c), pgtest.NewDB(t), key, r.a.ChainID))
	conf := dealing.ChainConfigurer{Tx: txm, Chain: r.c, Timeout: 30 * time.Second}
	modes := func() uint8 {
		out, err := r.c.CallContract(ctx, ethereumCall(r.deal, dealABI.PackConfig()), nil)
		if err != nil {
			t.Fatal(err)
		}
		c, err := dealABI.UnpackConfig(out)
		if err != nil {
			t.Fatal(err)
		}
		return c.Modes
	}
	cal := r.calendar
	at := time.Now()
	for i, m := range []dealing.Modes{1, 9, 1, 9, 9} {
		cal.Modes = m
		cal.UpdatedAt = at.Add(time.Duration(i) * time.Second)
		if err := conf.Configure(ctx, cal); err != nil {
			t.Fatalf("change %d to modes %d: %v", i, m, err)
		}
		if got := modes(); got != uint8(m) {
			t.Fatalf("change %d: the contract holds modes %d, the calendar %d", i, got, m)
		}
	}
	// The limits too: one set, then cleared.
	cal.SubscribeLimit = dealing.RateLimit{Global: usd(10_000), Window: 3600}
	cal.UpdatedAt = at.Add(time.Minute)
	if err := conf.Configure(ctx, cal); err != nil {
		t.Fatal(err)
	}
	cal.SubscribeLimit, cal.UpdatedAt = dealing.RateLimit{}, at.Add(2*time.Minute)
	if err := conf.Configure(ctx, cal); err != nil {
		t.Fatal(err)
	}
	out, err := r.c.CallContract(ctx, ethereumCall(r.deal, dealABI.PackRateLimit(0)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if l, err := dealABI.UnpackRateLimit(out); err != nil || l.GlobalCapacity.Sign() != 0 || l.Window != 0 {
		t.Fatalf("subscribe limit after clearing: %+v, %v", l, err)
	}
}
