package issuance_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// TestApprovalsReserveTotalUnits attempts over-issuance on a 100-unit
// asset: two 60-unit mints approved at the same moment, then one after the
// other, then a bulk approval, each time before the earlier mint is mined
// (anvil's automine is off meanwhile). Each time the approval that would go
// beyond 100 units is refused with exceeds_total_units, and the token's
// supply cap would refuse the mint anyway.
func TestApprovalsReserveTotalUnits(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	n := fund()
	n.Symbol, n.TotalUnits = "CAP", "100"
	a := onboard(t, e, n, prospectus, "prospectus")
	tok := assettoken.NewAssetToken()
	inst := tok.Instance(e.c, *a.Token)
	if cap, err := bind.Call(inst, nil, tok.PackSupplyCap(), tok.UnpackSupplyCap); err != nil || cap.String() != "100000000" {
		t.Fatalf("supplyCap = %v (%v), want the total units, 100000000 base units", cap, err)
	}
	supply := func() string {
		t.Helper()
		v, err := bind.Call(inst, nil, tok.PackTotalSupply(), tok.UnpackTotalSupply)
		if err != nil {
			t.Fatal(err)
		}
		return v.String()
	}

	// The issuer learns at once that a second 60 is too many: the pending
	// request counts.
	r1, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "60"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: e.wallets[1].Hex(), AmountUnits: "60"})
	mustCode(t, err, 422, "exceeds_total_units")
	// That early check takes no lock: two issuers asking at the same moment
	// may both pass it. Such a second request is stored as it would be.
	r2 := e.storeRequest(t, r1, e.wallets[1], "60")

	// Concurrent approvals: exactly one wins.
	e.setAutomine(t, false)
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, 2)
	for i, id := range []string{r1.ID, r2.ID} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = e.approver.ApproveRequest(ctx, id, "payment received")
		}()
	}
	close(start)
	wg.Wait()
	won, lost := r1.ID, r2.ID
	switch {
	case errs[0] == nil && errs[1] != nil:
		mustCode(t, errs[1], 422, "exceeds_total_units")
	case errs[1] == nil && errs[0] != nil:
		mustCode(t, errs[0], 422, "exceeds_total_units")
		won, lost = r2.ID, r1.ID
	default:
		t.Fatalf("concurrent approvals of 60 + 60 on 100 units: %v, %v; want exactly one refused", errs[0], errs[1])
	}
	if r, err := e.auditor.MintRequest(ctx, lost); err != nil || r.State != issuance.Pending {
		t.Fatalf("the refused request: %+v %v; want it still pending", r, err)
	}
	e.setAutomine(t, true)
	if r := e.waitRequest(t, won); r.ChainState != "confirmed" && r.ChainState != "finalized" {
		t.Fatalf("the approved mint: %s %s", r.ChainState, r.Error)
	}
	if got := supply(); got != "60000000" {
		t.Fatalf("supply after the concurrent approvals = %s, want 60000000", got)
	}
	if _, err := e.approver.RejectRequest(ctx, lost, "over the total units"); err != nil {
		t.Fatal(err)
	}

	// Sequential approvals before the first is mined: 60 out, 30 approved
	// and waiting in the mempool, 30 more refused.
	r3, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: e.wallets[0].Hex(), AmountUnits: "30"})
	if err != nil {
		t.Fatal(err)
	}
	r4 := e.storeRequest(t, r3, e.wallets[1], "30")
	e.setAutomine(t, false)
	if _, err := e.approver.ApproveRequest(ctx, r3.ID, ""); err != nil {
		t.Fatal(err)
	}
	if got := supply(); got != "60000000" {
		t.Fatalf("supply = %s: the approved mint was mined already, the test proves nothing", got)
	}
	_, err = e.approver.ApproveRequest(ctx, r4.ID, "")
	mustCode(t, err, 422, "exceeds_total_units")
	e.setAutomine(t, true)
	e.waitRequest(t, r3.ID)
	if _, err := e.approver.RejectRequest(ctx, r4.ID, "over the total units"); err != nil {
		t.Fatal(err)
	}

	// A bulk approval takes the same path: 90 out, 5 approved beside the
	// batch, so only one of the batch's two rows of 5 fits.
	res, err := e.issuer.RequestBulk(ctx, a.ID, e.wallets[0].Hex()+",5\n"+e.wallets[1].Hex()+",5\n", "bulk")
	if err != nil || res.BatchID == "" {
		t.Fatalf("bulk: %+v %v", res, err)
	}
	r5 := e.storeRequest(t, r3, e.wallets[2], "5")
	e.setAutomine(t, false)
	if _, err := e.approver.ApproveRequest(ctx, r5.ID, ""); err != nil {
		t.Fatal(err)
	}
	_, err = e.approver.ApproveBatch(ctx, a.ID, res.BatchID, "")
	mustCode(t, err, 422, "exceeds_total_units")
	p, err := e.auditor.BatchProgress(ctx, a.ID, res.BatchID)
	if err != nil || p.States[issuance.Pending] != 1 {
		t.Fatalf("batch after a partial approval: %+v %v; want one row still pending", p, err)
	}
	e.setAutomine(t, true)
	e.waitRequest(t, r5.ID)
	// The batch's row that fit is mined in a transaction of its own, maybe
	// after r5's.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		got := supply()
		if got == "100000000" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("supply = %s, want exactly the 100 total units", got)
		}
	}

	// The second line: the token refuses a mint beyond its cap even from
	// the signer, who holds the minter role.
	_, err = e.c.CallContract(ctx, ethereum.CallMsg{From: e.txm.From(), To: a.Token,
		Data: tok.PackMint(e.wallets[0], big.NewInt(1), issuance.OnchainRequestID(issuance.NewID()))}, nil)
	data := revertData(err)
	capExceeded := tok.GetABI().Errors["SupplyCapExceeded"].ID
	if len(data) < 4 || [4]byte(data[:4]) != [4]byte(capExceeded[:4]) {
		t.Fatalf("a mint beyond the cap: %v (revert %x), want SupplyCapExceeded", err, data)
	}
}

// storeRequest stores a pending mint of amount to wallet requested by the
// same key as like, without the service's early check: the state two
// requests made at the same moment can leave.
func (e *env) storeRequest(t *testing.T, like api.Request, wallet common.Address, amount string) issuance.Request {
	t.Helper()
	base, err := issuance.ParseUnits(amount, 6)
	if err != nil {
		t.Fatal(err)
	}
	id := issuance.NewID()
	r := issuance.Request{ID: id, AssetID: like.AssetID, Kind: issuance.MintKind, Wallet: wallet, Amount: base.String(), Units: amount,
		State: issuance.Pending, RequestedBy: like.RequestedBy, OnchainID: issuance.OnchainRequestID(id), CreatedAt: time.Now().UTC()}
	if err := (&postgres.IssuanceStore{Pool: e.pool}).CreateRequests(context.Background(), []issuance.Request{r}); err != nil {
		t.Fatal(err)
	}
	return r
}

// setAutomine turns anvil's mining on every transaction off (approved
// mints then wait in the mempool, as on a busy chain) or back on, mining
// what waits.
func (e *env) setAutomine(t *testing.T, on bool) {
	t.Helper()
	ctx := context.Background()
	if err := e.c.Client().CallContext(ctx, nil, "evm_setAutomine", on); err != nil {
		t.Fatal(err)
	}
	if on {
		if err := e.c.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
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
	b, _ := hexutil.Decode(s)
	return b
}
