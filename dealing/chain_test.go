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
	txm := r.configSigner(t)
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

// The calendar's next dealing days' cut-offs are published with it, once:
// a calendar change keeps those already published (they are on chain for
// good) and later days follow the new calendar.
func TestChainConfigurerPublishesCutoffs(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	txm := r.configSigner(t)
	now := time.Unix(int64(r.head()), 0)
	conf := dealing.ChainConfigurer{Tx: txm, Chain: r.c, Timeout: 30 * time.Second, Now: func() time.Time { return now }}
	last := func() time.Time {
		t.Helper()
		l, err := dealing.LastCutoff(ctx, r.c, r.deal)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	// The rig's calendar published its days already: its last is the
	// tenth dealing day from now.
	sched, err := r.calendar.Schedule()
	if err != nil {
		t.Fatal(err)
	}
	days, err := sched.Days(now.Add(dealing.PublishMargin), dealing.PublishAhead)
	if err != nil {
		t.Fatal(err)
	}
	if got := last(); !got.Equal(days[len(days)-1].Cutoff) {
		t.Fatalf("last cut-off %s, want the tenth day's %s", got, days[len(days)-1].Cutoff)
	}
	// Nothing more to publish: nothing is sent.
	if err := conf.PublishCutoffs(ctx, r.calendar, true); err != nil {
		t.Fatal(err)
	}
	// The cut-off moves to 10:00: the days published stay as they are.
	cal := r.calendar
	cal.Cutoff, cal.UpdatedAt = "10:00", time.Now()
	before := last()
	if err := conf.Configure(ctx, cal); err != nil {
		t.Fatal(err)
	}
	if got := last(); !got.Equal(before) {
		t.Fatalf("a calendar change moved the last published cut-off from %s to %s", before, got)
	}
	out, err := r.c.CallContract(ctx, ethereumCall(r.deal, dealABI.PackNextCutoff()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if next, _ := dealABI.UnpackNextCutoff(out); next != uint64(days[0].Cutoff.Unix()) {
		t.Fatalf("next cut-off %d after the change, want the published %d", next, days[0].Cutoff.Unix())
	}
	// A week on, the schedule is topped up with the new calendar's days.
	now = now.Add(7 * 24 * time.Hour)
	if err := conf.PublishCutoffs(ctx, cal, true); err != nil {
		t.Fatal(err)
	}
	sched2, err := cal.Schedule()
	if err != nil {
		t.Fatal(err)
	}
	got := last()
	if prev, _, err := sched2.PrevCutoff(got); err != nil || !prev.Equal(got) || !got.After(before) {
		t.Fatalf("topped up to %s: not a later cut-off of the new calendar (after %s)", got, before)
	}
}

// configSigner is a transaction manager of a new funded key holding the
// rig's Dealing CONFIG_ROLE.
func (r *rig) configSigner(t *testing.T) *txmgr.Manager {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	signer := crypto.PubkeyToAddress(key.PublicKey)
	if err := r.c.Client().Call(nil, "anvil_setBalance", signer, hexutil.EncodeBig(whole(10))); err != nil {
		t.Fatal(err)
	}
	r.must(r.admin, r.deal, dealABI.PackGrantRole(role("CONFIG_ROLE"), signer))
	return txmgrtest.Start(t, txmgrtest.Config(t, txmgr.NewClient(r.c), pgtest.NewDB(t), key, r.a.ChainID))
}
