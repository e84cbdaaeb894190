package ui_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// usd is n whole dollars of the 6-decimal dev stablecoin (and n whole
// units of the 6-decimal fund).
func usd(n int64) *big.Int { return big.NewInt(n * 1_000_000) }

// dealingEnv is a platform whose clock, and its anvil's, the test moves,
// with a treasury fund that deals at NAV in the dev stablecoin: every day
// deals, at a cut-off a few minutes ahead in New York time; the NAV is
// $100.00; each investor holds $50,000 of stablecoins.
type dealingEnv struct {
	*env
	offset atomic.Int64
	asset  issuance.Asset
	cutoff time.Time
	round  int64
}

func (d *dealingEnv) now() time.Time { return time.Now().Add(time.Duration(d.offset.Load())) }

func newDealingEnv(t *testing.T) *dealingEnv {
	t.Helper()
	d := &dealingEnv{}
	d.env = newEnvWith(t, apptest.Options{Configure: func(c *app.Config) { c.Now = d.now }})
	ctx := context.Background()
	coin := d.suite.Stablecoin.Address
	a := d.activeAsset(t, issuance.NewAsset{Kind: issuance.TreasuryFund, Name: "Harbor Money Fund", Symbol: "HMF",
		Jurisdiction: "US-NY", Currency: "USD", TotalUnits: "10000000", Decimals: 6, DealingPaymentToken: coin.Hex()})
	if a.Dealing == nil {
		t.Fatal("the fund was tokenized without its Dealing contract")
	}
	d.asset = a
	d.publish(t, 100_00000000, d.now().Add(-time.Minute))

	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	d.cutoff = d.now().Add(5 * time.Minute).Truncate(time.Minute).In(ny)
	if _, err := d.p.Dealing.SetCalendar(ctx, seedIssuer, dealing.Calendar{Asset: a.ID, TimeZone: "America/New_York",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
		Cutoff:       d.cutoff.Format("15:04"), SettlementLag: 1, NAVTTL: 3600, MinDeposit: usd(100), MinRedeem: usd(1),
		Modes:  dealing.Modes(dealing.AsyncDeposit | dealing.AsyncRedeem | dealing.InstantSubscribe | dealing.InstantRedeem),
		FeeBps: 10}); err != nil {
		t.Fatal(err)
	}
	c := devstablecoin.NewDevStablecoin()
	for _, w := range d.wallets {
		d.p.SendAs(t, d.p.Funder, coin, c.PackTransfer(w, usd(50_000)))
	}
	d.waitIndexed(t)
	return d
}

// publish transmits a NAV round (8 decimals) observed at observed from
// the platform's key, and waits until it is indexed.
func (d *dealingEnv) publish(t *testing.T, answer int64, observed time.Time) {
	t.Helper()
	d.round++
	feed := valuationfeed.NewValuationFeed()
	d.send(t, fmt.Sprintf("nav:%s:%d", d.asset.ID, d.round), *d.asset.Feed, feed.PackTransmit(big.NewInt(answer), uint64(observed.Unix())))
	d.waitIndexed(t)
}

// advance moves the platform's clock and the chain's by dur.
func (d *dealingEnv) advance(t *testing.T, dur time.Duration) {
	t.Helper()
	d.offset.Add(int64(dur))
	c := d.c.Client()
	if err := c.Call(nil, "evm_setNextBlockTimestamp", hexutil.Uint64(d.now().Unix())); err != nil {
		t.Fatal(err)
	}
	if err := c.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
}

// closeDay moves past the cut-off, publishes the day's NAV ($101.00) and
// closes the day as closer: the book is priced and waits for a decision.
func (d *dealingEnv) closeDay(t *testing.T, closer auth.Principal) dealing.Book {
	t.Helper()
	d.advance(t, d.cutoff.Sub(d.now())+30*time.Second)
	d.publish(t, 101_00000000, d.now().Add(-5*time.Second))
	b, err := d.closer(closer).CloseDay(context.Background(), d.asset.ID, d.cutoff.UTC())
	if err != nil {
		t.Fatal(err)
	}
	if b.State != dealing.BookPriced {
		t.Fatalf("the day's book is %s, want priced", b.State)
	}
	return b
}

// closer is the dealing-day job, run by the test, as principal p.
func (d *dealingEnv) closer(p auth.Principal) *dealing.Closer {
	f := dealing.ChainFulfiller{Tx: d.txm, Lookup: &postgres.TxStore{Pool: d.pool}, Chain: d.c}
	return &dealing.Closer{
		Store:     &postgres.DealingStore{Pool: d.pool},
		NAV:       postgres.DealingNAV{Index: &postgres.IndexStore{Pool: d.pool}, Deployments: d.p.Deployments(), ChainID: d.p.ChainID},
		Fulfiller: f,
		Voider:    f,
		Gas:       dealing.Gas{Base: 120_000, PerRequest: 90_000, Budget: 27_000_000},
		Principal: p,
		Now:       d.now,
	}
}

// investorSession signs key's wallet in with EIP-4361 and returns the
// session cookie.
func (e *env) investorSession(t *testing.T, key *ecdsa.PrivateKey) *http.Cookie {
	t.Helper()
	base := e.srv.URL()
	res, out := postJSON(t, base+"/ui/siwe/message", map[string]string{"address": crypto.PubkeyToAddress(key.PublicKey).Hex()})
	if res.StatusCode != 200 {
		t.Fatalf("sign-in message: %d %v", res.StatusCode, out)
	}
	m := out["message"].(string)
	res, out = postJSON(t, base+"/ui/siwe/verify", map[string]string{"message": m, "signature": personalSign(t, key, m)})
	if res.StatusCode != 200 {
		t.Fatalf("sign-in: %d %v", res.StatusCode, out)
	}
	for _, c := range res.Cookies() {
		if c.Name == "tessera_session" {
			return c
		}
	}
	t.Fatal("no session cookie")
	return nil
}

// page reads a UI page with a session cookie.
func (e *env) page(t *testing.T, path string, session *http.Cookie) string {
	t.Helper()
	res, b := e.get(t, path, session)
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
	}
	return string(b)
}

// get sends GET path with a session cookie, following no redirect.
func (e *env) get(t *testing.T, path string, session *http.Cookie) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL()+path, nil)
	req.AddCookie(session)
	res, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

// preparedCalls is the portal's answer to a dealing form.
type preparedCalls struct {
	From  common.Address `json:"from"`
	Calls []struct {
		To          common.Address `json:"to"`
		Data        hexutil.Bytes  `json:"data"`
		Description string         `json:"description"`
	} `json:"calls"`
	Expected []string `json:"expected"`
	Day      string   `json:"day"`
	Error    struct {
		Code, Message string
	} `json:"error"`
}

// prepare posts a dealing form as the portal's script does.
func (e *env) prepare(t *testing.T, session *http.Cookie, asset, body string) (int, preparedCalls) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL()+"/ui/portal/dealing/"+asset+"/calls", bytes.NewReader([]byte(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.AddCookie(session)
	res, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out preparedCalls
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("prepare %s: %d, not JSON: %v", body, res.StatusCode, err)
	}
	return res.StatusCode, out
}

// section is the part of page from the first occurrence of start to the
// end of its table.
func section(page, start string) string {
	i := strings.Index(page, start)
	if i < 0 {
		return ""
	}
	s := page[i:]
	if j := strings.Index(s, "</table>"); j >= 0 {
		s = s[:j]
	}
	return s
}

// An investor requests a subscription through the portal: the UI prepares
// the calls for the signed-in wallet, the investor's own key sends them,
// and the request shows as pending with its dealing day. A form that
// names a wallet is refused, and so is another investor's cancellation of
// it; each refusal says why.
func TestPortalDealingRequest(t *testing.T) {
	t.Parallel()
	d := newDealingEnv(t)
	ctx := context.Background()
	alice, bob := d.investors[0], d.investors[1]
	aliceS, bobS := d.investorSession(t, alice), d.investorSession(t, bob)
	id := d.asset.ID

	portal := d.page(t, "/ui/portal", aliceS)
	for _, want := range []string{`data-dealing-asset="` + id + `"`, "100.00 USD per unit · round 1", d.cutoff.Format("Mon 2006-01-02 15:04 MST"),
		d.cutoff.UTC().Format("2006-01-02 15:04 UTC"), `data-dealing="request_deposit"`, `data-dealing="subscribe"`} {
		if !strings.Contains(portal, want) {
			t.Errorf("the portal's dealing section lacks %q", want)
		}
	}

	status, p := d.prepare(t, aliceS, id, `{"action":"request_deposit","amount":"1000"}`)
	if status != 200 || p.From != d.wallets[0] || len(p.Calls) != 2 || p.Calls[0].To != d.suite.Stablecoin.Address || p.Calls[1].To != *d.asset.Dealing {
		t.Fatalf("prepared %d %+v", status, p)
	}
	if !strings.Contains(p.Day, "dealing day "+d.cutoff.Format("2006-01-02")) || len(p.Expected) != 1 || !strings.HasPrefix(p.Expected[0], "about 10 units") {
		t.Errorf("prepared day %q, expected %q", p.Day, p.Expected)
	}
	for _, c := range p.Calls {
		d.p.SendAs(t, alice, c.To, c.Data)
	}
	d.waitIndexed(t)
	rs, err := d.p.Dealing.Requests(ctx, seedApprover, id, dealing.RequestFilter{}, nil, 10)
	if err != nil || len(rs) != 1 || rs[0].Controller != d.wallets[0] || rs[0].Amount.Cmp(usd(1_000)) != 0 || rs[0].State != dealing.Pending {
		t.Fatalf("requests %+v %v", rs, err)
	}
	reqID := rs[0].ID.String()
	pending := section(d.page(t, "/ui/portal", aliceS), `data-state="pending"`)
	for _, want := range []string{`data-request="` + reqID + `"`, "1,000 USD", "subscription", d.cutoff.Format("2006-01-02")} {
		if !strings.Contains(pending, want) {
			t.Errorf("the pending requests lack %q:\n%s", want, pending)
		}
	}
	if strings.Contains(d.page(t, "/ui/portal", bobS), `data-request="`+reqID+`"`) {
		t.Error("another investor's portal lists alice's request")
	}

	// The calls are the session's wallet's: a form naming a wallet, in
	// any case, is refused and nothing is prepared.
	for _, body := range []string{
		fmt.Sprintf(`{"action":"request_deposit","amount":"1000","wallet":%q}`, d.wallets[1].Hex()),
		fmt.Sprintf(`{"action":"request_deposit","amount":"1000","Wallet":%q}`, d.wallets[0].Hex()),
	} {
		if status, p := d.prepare(t, aliceS, id, body); status != 400 || p.Error.Code != "wallet_not_accepted" || len(p.Calls) != 0 {
			t.Errorf("a form naming a wallet: %d %+v", status, p)
		}
	}
	// Bob cannot cancel alice's request: the contract would refuse him,
	// and the portal says so before his wallet sends anything.
	if status, p := d.prepare(t, bobS, id, `{"action":"cancel","request_id":"`+reqID+`"}`); status != 422 || p.Error.Code != "unauthorized" || len(p.Calls) != 0 {
		t.Errorf("bob cancelling alice's request: %d %+v", status, p)
	}
	// Refusals say why: a ticket below the minimum, a bad amount.
	if status, p := d.prepare(t, aliceS, id, `{"action":"request_deposit","amount":"5"}`); status != 422 || p.Error.Code != "ticket_too_small" || !strings.Contains(p.Error.Message, "minimum ticket") {
		t.Errorf("a ticket too small: %d %+v", status, p)
	}
	if status, p := d.prepare(t, aliceS, id, `{"action":"request_deposit","amount":"1,000"}`); status != 400 || p.Error.Code != "invalid_amount" {
		t.Errorf("a malformed amount: %d %+v", status, p)
	}
	// Alice herself may cancel it: the cancellation and its refund claim.
	if status, p := d.prepare(t, aliceS, id, `{"action":"cancel","request_id":"`+reqID+`"}`); status != 200 || len(p.Calls) != 2 || p.Expected[0] != "1,000 USD" {
		t.Errorf("alice cancelling her request: %d %+v", status, p)
	}
}

// The console shows a priced book with its lines; the issuer who closed
// the day may not decide it (four-eyes, said by the dealing service), nor
// may a key without the approver scope; an independent approver approves
// it.
func TestConsoleDealingBook(t *testing.T) {
	t.Parallel()
	d := newDealingEnv(t)
	ctx := context.Background()
	p, err := d.p.Dealing.PrepareCalls(ctx, d.wallets[0], d.asset.ID, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(2_000)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Calls {
		d.p.SendAs(t, d.investors[0], c.To, c.Data)
	}
	d.waitIndexed(t)
	opsID, opsSecret := d.srv.NewOwnedKey(t, "ops", "ops@fund.example", apikey.Issuer, apikey.Approver)
	issuerID, issuerSecret := d.srv.NewOwnedKey(t, "issuer", "issuer@fund.example", apikey.Issuer)
	riskID, riskSecret := d.srv.NewOwnedKey(t, "risk", "risk@fund.example", apikey.Approver)
	b := d.closeDay(t, d.srv.Principal(t, opsID))
	ops, issuer, risk := d.signIn(t, opsID, opsSecret), d.signIn(t, issuerID, issuerSecret), d.signIn(t, riskID, riskSecret)
	bookPath := fmt.Sprintf("/ui/console/dealing/books/%d", b.ID)

	list := ops.do("GET", "/ui/console/assets/"+d.asset.ID+"/dealing", nil)
	row := section(list.body, fmt.Sprintf(`data-book="%d"`, b.ID))
	if list.status != 200 || !strings.Contains(list.body, `id="calendar"`) || !strings.Contains(row, "priced") || !strings.Contains(row, "101.00 · round 2") ||
		!strings.Contains(row, "2,000") || !strings.Contains(list.body, d.cutoff.AddDate(0, 0, 1).Format("Mon 2006-01-02 15:04 MST")) {
		t.Fatalf("the dealing page: %d\n%s", list.status, row)
	}
	if asset := ops.do("GET", "/ui/console/assets/"+d.asset.ID, nil); !strings.Contains(asset.body, `href="/ui/console/assets/`+d.asset.ID+`/dealing"`) {
		t.Error("the asset page does not link its dealing")
	}
	page := ops.do("GET", bookPath, nil).body
	units := issuance.FormatUnits(b.Lines[0].Result, 6)
	if !strings.Contains(page, `data-line="`+b.Lines[0].RequestID.String()+`"`) || !strings.Contains(page, units+" units") ||
		strings.Contains(page, `id="approve-book"`) || !strings.Contains(page, "Awaiting an independent approver") {
		t.Fatalf("the closer's view of its book:\n%s", section(page, `id="lines"`))
	}

	// The key that closed the day holds the approver scope too: the route
	// lets it through, the dealing service refuses it.
	if r := ops.do("POST", bookPath+"/approve", url.Values{"note": {"mine"}}); r.status != 403 || !strings.Contains(r.body, "self_approval") || !strings.Contains(r.body, "four-eyes") {
		t.Errorf("the closer approved its own book: %d %s", r.status, r.body)
	}
	if r := issuer.do("POST", bookPath+"/approve", url.Values{}); r.status != 403 || !strings.Contains(r.body, "missing_scope") {
		t.Errorf("an issuer key approved a book: %d %s", r.status, r.body)
	}
	if r := risk.do("POST", bookPath+"/reject", url.Values{}); r.status != 400 || !strings.Contains(r.body, "note_required") {
		t.Errorf("a rejection without a note: %d %s", r.status, r.body)
	}
	if got, err := d.p.Dealing.Book(ctx, seedApprover, b.ID); err != nil || got.State != dealing.BookPriced {
		t.Fatalf("after the refusals the book is %s (%v)", got.State, err)
	}

	if page := risk.do("GET", bookPath, nil).body; !strings.Contains(page, `id="approve-book"`) || !strings.Contains(page, `action="`+bookPath+`/reject"`) {
		t.Fatal("an independent approver is not offered the decision")
	}
	r := risk.do("POST", bookPath+"/approve", url.Values{"note": {"NAV checked"}})
	if r.status != 303 || !strings.Contains(r.location, "notice=book_approved") {
		t.Fatalf("approve: %d %s %s", r.status, r.location, r.body)
	}
	got, err := d.p.Dealing.Book(ctx, seedApprover, b.ID)
	if err != nil || got.State != dealing.BookApproved || got.DecidedBy != "key:"+riskID || got.DecisionNote != "NAV checked" {
		t.Fatalf("approved book %+v %v", got, err)
	}
	if page := risk.do("GET", r.location, nil).body; !strings.Contains(page, "Book approved") || !strings.Contains(page, "key:"+riskID) || strings.Contains(page, `id="approve-book"`) {
		t.Error("the book page does not show the approval")
	}
	if r := risk.do("POST", bookPath+"/approve", url.Values{}); r.status != 409 || !strings.Contains(r.body, "already_decided") {
		t.Errorf("approving twice: %d %s", r.status, r.body)
	}

	// The job fulfils the approved book on chain; the investor's portal
	// shows the request claimable at the day's NAV, and once her wallet
	// sends the claim the portal prepared, settled.
	job := d.closer(auth.System("dealing", auth.Issuer))
	deadline := time.Now().Add(time.Minute)
	for got.State != dealing.BookFulfilled {
		if time.Now().After(deadline) {
			t.Fatalf("the approved book is still %s", got.State)
		}
		job.Pass(ctx)
		time.Sleep(100 * time.Millisecond)
		if got, err = d.p.Dealing.Book(ctx, seedApprover, b.ID); err != nil {
			t.Fatal(err)
		}
	}
	d.waitIndexed(t)
	aliceS := d.investorSession(t, d.investors[0])
	reqID := b.Lines[0].RequestID.String()
	claimable := section(d.page(t, "/ui/portal", aliceS), `data-state="fulfilled"`)
	for _, want := range []string{`data-request="` + reqID + `"`, "2,000 USD", units + " units", "101.00 · round 2", d.cutoff.Format("2006-01-02")} {
		if !strings.Contains(claimable, want) {
			t.Errorf("the claimable requests lack %q:\n%s", want, claimable)
		}
	}
	status, calls := d.prepare(t, aliceS, d.asset.ID, `{"action":"claim"}`)
	if status != 200 || len(calls.Calls) != 1 || len(calls.Expected) != 1 || calls.Expected[0] != units+" units" {
		t.Fatalf("prepared claim: %d %+v", status, calls)
	}
	d.p.SendAs(t, d.investors[0], calls.Calls[0].To, calls.Calls[0].Data)
	d.waitIndexed(t)
	if held := d.balanceOf(t, *d.asset.Token, d.wallets[0]); held.Cmp(b.Lines[0].Result) != 0 {
		t.Errorf("alice holds %s units after her claim, want %s", held, b.Lines[0].Result)
	}
	portal := d.page(t, "/ui/portal", aliceS)
	if settled := section(portal, `data-state="settled"`); !strings.Contains(settled, `data-request="`+reqID+`"`) || !strings.Contains(settled, "claimed") {
		t.Errorf("the claimed request is not settled:\n%s", settled)
	}
	if strings.Contains(portal, `data-state="fulfilled"`) {
		t.Error("the portal still offers a claim")
	}
}

// A rejected book's day is declared void by the job: the console says so
// and the investor's portal offers the cancel, which the platform
// prepares. A failed batch shows its error and a Retry button to the keys
// that may retry it, and the retry starts a new round of attempts.
func TestConsoleDealingVoidAndRetry(t *testing.T) {
	t.Parallel()
	d := newDealingEnv(t)
	ctx := context.Background()
	p, err := d.p.Dealing.PrepareCalls(ctx, d.wallets[0], d.asset.ID, dealing.CallRequest{Action: dealing.ActRequestDeposit, Amount: usd(2_000)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Calls {
		d.p.SendAs(t, d.investors[0], c.To, c.Data)
	}
	d.waitIndexed(t)
	riskID, riskSecret := d.srv.NewOwnedKey(t, "risk", "risk@fund.example", apikey.Approver)
	auditorID, auditorSecret := d.srv.NewOwnedKey(t, "auditor", "audit@firm.example", apikey.Auditor)
	job := auth.System("dealing", auth.Issuer)
	b := d.closeDay(t, job)
	risk, auditor := d.signIn(t, riskID, riskSecret), d.signIn(t, auditorID, auditorSecret)
	bookPath := fmt.Sprintf("/ui/console/dealing/books/%d", b.ID)
	if page := risk.do("GET", bookPath, nil).body; !strings.Contains(page, "rejecting voids the day on chain") {
		t.Error("the decision does not say what a rejection does")
	}
	r := risk.do("POST", bookPath+"/reject", url.Values{"note": {"the NAV is not the administrator's"}})
	if r.status != 303 || !strings.Contains(r.location, "notice=book_rejected") {
		t.Fatalf("reject: %d %s %s", r.status, r.location, r.body)
	}
	closer := d.closer(job)
	deadline := time.Now().Add(time.Minute)
	for {
		closer.Pass(ctx)
		got, err := d.p.Dealing.Book(ctx, seedApprover, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.State == dealing.BookVoid {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the rejected book is still %s", got.State)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if page := auditor.do("GET", bookPath, nil).body; !strings.Contains(page, `id="book-void"`) || !strings.Contains(page, "because its book was rejected") {
		t.Fatalf("the void book's page:\n%s", section(page, "<h1>"))
	}
	d.waitIndexed(t)
	aliceS := d.investorSession(t, d.investors[0])
	reqID := b.Lines[0].RequestID.String()
	if pending := section(d.page(t, "/ui/portal", aliceS), `data-state="pending"`); !strings.Contains(pending, `data-request="`+reqID+`"`) ||
		!strings.Contains(pending, "void day: cancel to take it back") {
		t.Fatalf("the portal's pending requests:\n%s", pending)
	}
	if status, calls := d.prepare(t, aliceS, d.asset.ID, `{"action":"cancel","request_id":"`+reqID+`"}`); status != 200 || len(calls.Calls) != 2 {
		t.Fatalf("prepared cancel at a void day: %d %+v", status, calls)
	}

	// A failed batch, as the job records one after its attempts failed.
	issuerID, issuerSecret := d.srv.NewOwnedKey(t, "issuer", "issuer@fund.example", apikey.Issuer)
	issuer := d.signIn(t, issuerID, issuerSecret)
	store := &postgres.DealingStore{Pool: d.pool}
	if _, err := store.UpdateBook(ctx, b.ID, func(b *dealing.Book) error {
		b.State = dealing.BookFulfilling
		b.Batches[0].State, b.Batches[0].Error = dealing.BatchFailed, "would revert: InsufficientReserve(5, 0)"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	retry := fmt.Sprintf("%s/batches/0/retry", bookPath)
	if page := auditor.do("GET", bookPath, nil).body; !strings.Contains(page, "InsufficientReserve(5, 0)") || strings.Contains(page, `action="`+retry+`"`) {
		t.Error("an auditor's view of a failed batch: no error, or a Retry button")
	}
	if r := auditor.do("POST", retry, url.Values{}); r.status != 403 {
		t.Errorf("an auditor retried a batch: %d %s", r.status, r.body)
	}
	if page := issuer.do("GET", bookPath, nil).body; !strings.Contains(page, `action="`+retry+`"`) || !strings.Contains(page, `id="batch-failed"`) {
		t.Fatal("the issuer is not offered the retry")
	}
	if r := issuer.do("POST", retry, url.Values{}); r.status != 303 || !strings.Contains(r.location, "notice=batch_retried") {
		t.Fatalf("retry: %d %s %s", r.status, r.location, r.body)
	}
	got, err := d.p.Dealing.Book(ctx, seedApprover, b.ID)
	if err != nil || got.Batches[0].State != dealing.BatchPending || got.Batches[0].Retries != 1 || got.Batches[0].Error != "" ||
		got.Batches[0].SendKey() != got.Batches[0].Key+"/retry1" {
		t.Fatalf("after the retry: %+v %v", got.Batches, err)
	}
	if r := issuer.do("POST", retry, url.Values{}); r.status != 409 || !strings.Contains(r.body, "batch_not_failed") {
		t.Errorf("retrying a pending batch: %d %s", r.status, r.body)
	}
}

// pageErrors collects a tab's script exceptions, console errors and
// browser-reported errors (a refused script or style, say).
func pageErrors(tab context.Context) func() []string {
	var mu sync.Mutex
	var out []string
	chromedp.ListenTarget(tab, func(ev any) {
		var msg string
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg = "exception: " + e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError {
				msg = "console.error"
				for _, a := range e.Args {
					msg += " " + string(a.Value) + a.Description
				}
			}
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.LevelError {
				msg = "log: " + e.Entry.Text + " " + e.Entry.URL
			}
		}
		if msg != "" {
			mu.Lock()
			out = append(out, msg)
			mu.Unlock()
		}
	})
	return func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), out...) }
}

// In a real browser, an investor signs in with the wallet, requests a
// subscription from the portal's dealing section (the wallet sends the
// approve and the request) and sees it pending; after the cut-off an
// approver opens the day's book and approves it. No page logs an error.
func TestBrowserDealing(t *testing.T) {
	t.Parallel()
	d := newDealingEnv(t)
	w := &testWallet{key: d.investors[0], client: d.c, chainID: d.a.ChainID}
	tab := newTab(t, w)
	investorErrors := pageErrors(tab)
	form := `form[data-dealing="request_deposit"]`
	run(t, tab, "sign in",
		chromedp.Navigate(d.srv.URL()+"/"),
		chromedp.WaitVisible("#siwe", chromedp.ByQuery),
		chromedp.Click("#siwe", chromedp.ByQuery),
		chromedp.WaitVisible(".dealing "+form, chromedp.ByQuery),
	)
	var done string
	run(t, tab, "request a subscription",
		chromedp.SendKeys(form+` [name="amount"]`, "250", chromedp.ByQuery),
		chromedp.Click(form+` button[type="submit"]`, chromedp.ByQuery),
		chromedp.WaitVisible(form+` .status.ok`, chromedp.ByQuery),
		chromedp.Text(form+` .status`, &done, chromedp.ByQuery),
	)
	if !strings.Contains(done, "about 2.5 units") || !strings.Contains(done, "dealing day "+d.cutoff.Format("2006-01-02")) {
		t.Errorf("after the request the form says %q", done)
	}
	d.waitIndexed(t)
	var amount string
	run(t, tab, "pending request",
		chromedp.Navigate(d.srv.URL()+"/ui/portal"),
		chromedp.WaitVisible(`table[data-state="pending"] tr[data-request]`, chromedp.ByQuery),
		chromedp.Text(`table[data-state="pending"] tr[data-request] td:nth-child(3)`, &amount, chromedp.ByQuery),
	)
	shot(t, tab, "portal-dealing")
	if amount != "250 USD" {
		t.Errorf("the pending request shows %q", amount)
	}

	b := d.closeDay(t, auth.System("dealing", auth.Issuer))
	riskID, riskSecret := d.srv.NewOwnedKey(t, "risk", "risk@fund.example", apikey.Approver)
	op := newTab(t, nil)
	operatorErrors := pageErrors(op)
	var lines int
	run(t, op, "operator sign-in and the book",
		signInSteps(d.srv.URL(), riskID, riskSecret),
		chromedp.Navigate(fmt.Sprintf("%s/ui/console/assets/%s/dealing", d.srv.URL(), d.asset.ID)),
		chromedp.WaitVisible(fmt.Sprintf(`#books [data-book="%d"]`, b.ID), chromedp.ByQuery),
		chromedp.Click(fmt.Sprintf(`#books [data-book="%d"] a`, b.ID), chromedp.ByQuery),
		chromedp.WaitVisible("#lines", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#lines [data-line]").length`, &lines),
	)
	shot(t, op, "book")
	if lines != 1 {
		t.Fatalf("the book shows %d lines", lines)
	}
	var state string
	submit(t, op, "approve", `#approve-book button`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.Text("#book-state", &state, chromedp.ByQuery),
	)
	if state != "approved" {
		t.Errorf("after approval the book is %q", state)
	}
	shot(t, op, "book-approved")
	for _, e := range append(investorErrors(), operatorErrors()...) {
		t.Errorf("page error: %s", e)
	}
}
