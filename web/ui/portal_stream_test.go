package ui_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/issuance"
)

// The portal's stream carries the signed-in wallet's own events only (a
// mint to another holder of the same asset never reaches it), and ends
// when the session does.
func TestPortalStreamCarriesTheWalletsOwnEvents(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	a := e.seedHolding(t, "LIVE", []string{"10", "5"}, nil) // wallets 0 and 1 hold it
	e.waitIndexed(t)
	session := e.investorSession(t, e.investors[0])
	h := http.Header{}
	h.Set("Cookie", session.Name+"="+session.Value)
	h.Set("Origin", e.srv.URL())
	ws, _, err := websocket.Dial(ctx, strings.Replace(e.srv.URL(), "http", "ws", 1)+"/ui/portal/stream", &websocket.DialOptions{HTTPHeader: h})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	type event struct {
		Type string `json:"type"`
		Data struct {
			From, To   string
			AmountBase string `json:"amount_base"`
		} `json:"data"`
	}
	read := func() (event, error) {
		_, b, err := ws.Read(ctx)
		var ev event
		if err == nil {
			err = json.Unmarshal(b, &ev)
		}
		return ev, err
	}
	if ev, err := read(); err != nil || ev.Type != "hello" {
		t.Fatalf("first message %+v, %v", ev, err)
	}
	mint := func(wallet common.Address, units string) {
		t.Helper()
		r, err := e.svc.RequestMint(ctx, seedIssuer, a.ID, issuance.MintKind, issuance.NewRequest{Wallet: wallet.Hex(), Amount: units})
		if err == nil {
			_, err = e.svc.Approve(ctx, seedApprover, r.ID, "")
		}
		if err != nil {
			t.Fatal(err)
		}
		if r = e.waitRequest(t, r.ID); r.ChainState != string(txmgr.Confirmed) && r.ChainState != string(txmgr.Finalized) {
			t.Fatalf("mint %s: %s", r.ID, r.ChainState)
		}
	}
	mint(e.wallets[1], "1") // another investor's: never sent here
	mint(e.wallets[0], "2")
	me := strings.ToLower(e.wallets[0].Hex())
	for {
		ev, err := read()
		if err != nil {
			t.Fatalf("before wallet 0's mint arrived: %v", err)
		}
		if !strings.EqualFold(ev.Data.To, me) && !strings.EqualFold(ev.Data.From, me) {
			t.Fatalf("the stream of wallet 0 carried %+v", ev)
		}
		if ev.Type == "mint" && ev.Data.AmountBase == "2000000" {
			break
		}
	}

	// Signed out: the stream ends at its next check of the session.
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL()+"/ui/logout", nil)
	req.AddCookie(session)
	req.Header.Set("Origin", e.srv.URL())
	res, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	for {
		_, err := read()
		var ce websocket.CloseError
		if errors.As(err, &ce) {
			if !strings.Contains(ce.Reason, "session_ended") {
				t.Fatalf("the stream closed with %v", ce)
			}
			break
		}
		if err != nil {
			t.Fatalf("after signing out: %v", err)
		}
	}
}
