package ui_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
)

// operator is a signed-in UI session of one API key, as a browser holds
// it: a cookie jar and the headers a browser sends on a same-origin form.
type operator struct {
	t    *testing.T
	base string
	hc   *http.Client
}

func (e *env) signIn(t *testing.T, id, secret string) *operator {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	o := &operator{t: t, base: e.srv.URL(), hc: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
	resp := o.do("POST", "/ui/login", url.Values{"key_id": {id}, "secret": {secret}})
	if resp.status != http.StatusSeeOther {
		t.Fatalf("sign in %s: %d %s", id, resp.status, resp.body)
	}
	return o
}

type uiResponse struct {
	status   int
	body     string
	location string
}

func (o *operator) do(method, path string, form url.Values) uiResponse {
	o.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, o.base+path, body)
	if err != nil {
		o.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Header.Set("Origin", o.base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := o.hc.Do(req)
	if err != nil {
		o.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return uiResponse{status: resp.StatusCode, body: string(b), location: resp.Header.Get("Location")}
}

// concrete fills a route pattern's parameters with values that pass the
// route table and reach the handler (which then finds nothing).
var patternParam = regexp.MustCompile(`\{([a-z_]+)(:[^}]*)?\}`)

func concrete(pattern string) string {
	return patternParam.ReplaceAllStringFunc(pattern, func(m string) string {
		name := patternParam.FindStringSubmatch(m)[1]
		switch name {
		case "wallet", "asset", "address", "account":
			return "0x00000000000000000000000000000000000000A1"
		case "decision":
			return "approve"
		case "kind":
			return "holders"
		case "symbol":
			return "NOPE"
		}
		return "0"
	})
}

// TestEveryDoorFollowsTheActionTable holds the API and the UI to package
// auth's one table: for every route of either door and every scope, a key
// holding only that scope is refused with missing_scope exactly when the
// table does not give that scope the route's action. Nothing else decides,
// so the doors cannot drift apart.
func TestEveryDoorFollowsTheActionTable(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()

	type key struct{ id, secret string }
	keys := map[auth.Scope]key{}
	for _, sc := range auth.Scopes {
		id, secret := e.srv.NewKey(t, "door "+string(sc), sc)
		keys[sc] = key{id, secret}
	}

	// The API, as its OpenAPI document describes it.
	var spec struct {
		Paths map[string]map[string]struct {
			Actions []string `json:"x-actions"`
			Scopes  []string `json:"x-scopes"`
		} `json:"paths"`
	}
	resp, err := http.Get(e.srv.URL() + "/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.NewDecoder(resp.Body).Decode(&spec); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	apiActions := map[auth.Action]bool{}
	routes := 0
	for path, ops := range spec.Paths {
		if !strings.HasPrefix(path, "/v1/") || path == "/v1/openapi.json" || path == "/v1/stream" {
			continue
		}
		for method, op := range ops {
			method = strings.ToUpper(method)
			if len(op.Actions) == 0 {
				if path != "/v1/me" {
					t.Errorf("%s %s names no action", method, path)
				}
				continue
			}
			routes++
			var acts []auth.Action
			for _, a := range op.Actions {
				if _, ok := auth.RuleOf(auth.Action(a)); !ok {
					t.Errorf("%s %s: action %q is not in the table", method, path, a)
				}
				acts = append(acts, auth.Action(a))
				apiActions[auth.Action(a)] = true
			}
			for sc, k := range keys {
				allowed := slices.ContainsFunc(acts, func(a auth.Action) bool {
					r, _ := auth.RuleOf(a)
					return slices.Contains(r.Scopes, sc)
				})
				c := e.srv.Client(t, k.id, k.secret, func(c *client.Config) { c.MaxAttempts = 1 })
				// A route of two actions takes the one its body names (a
				// transition: a move, or a verification): it refuses a
				// key only if the key may take neither.
				bodies := []any{struct{}{}}
				if len(acts) > 1 {
					bodies = []any{map[string]string{"to": "submitted"}, map[string]string{"to": "verified"}}
				}
				refused := true
				var err error
				for _, in := range bodies {
					if method == http.MethodGet {
						in = nil
					}
					err = c.Do(ctx, method, concrete(path), in, nil,
						client.WithIdempotencyKey(fmt.Sprintf("door-%s-%s-%d", sc, method, time.Now().UnixNano())))
					refused = refused && client.IsCode(err, "missing_scope")
				}
				if refused == allowed {
					t.Errorf("API %s %s with a %s key: %v (the table allows: %v)", method, path, sc, err, allowed)
				}
			}
		}
	}
	if routes < 40 {
		t.Fatalf("only %d API routes checked", routes)
	}

	// The UI's operator routes, through a signed-in session per scope.
	sessions := map[auth.Scope]*operator{}
	for sc, k := range keys {
		sessions[sc] = e.signIn(t, k.id, k.secret)
	}
	for _, rt := range e.ui.OperatorRoutes() {
		for _, a := range []auth.Action{rt.Action, rt.Or} {
			if _, ok := auth.RuleOf(a); a != "" && !ok {
				t.Errorf("UI %s %s: action %q is not in the table", rt.Method, rt.Path, a)
			}
		}
		// Every UI action is one the API offers too: the UI can do no
		// more than the API lets the same key do.
		if rt.Action != auth.StreamRead && !apiActions[rt.Action] {
			t.Errorf("UI %s %s takes %s, which no API route offers", rt.Method, rt.Path, rt.Action)
		}
		for sc, o := range sessions {
			allowed := false
			for _, a := range []auth.Action{rt.Action, rt.Or} {
				if r, ok := auth.RuleOf(a); ok && slices.Contains(r.Scopes, sc) {
					allowed = true
				}
			}
			forms := []url.Values{nil}
			if rt.Method == http.MethodPost {
				forms = []url.Values{{"note": {"door test"}}}
				if rt.Or != "" {
					forms = []url.Values{{"to": {"submitted"}}, {"to": {"verified"}}}
				}
			}
			refused := true
			var got uiResponse
			for _, form := range forms {
				got = o.do(rt.Method, concrete(rt.Path), form)
				refused = refused && got.status == http.StatusForbidden && strings.Contains(got.body, "missing_scope")
			}
			if refused == allowed {
				t.Errorf("UI %s %s with a %s key: %d (the table allows: %v) %.300s", rt.Method, rt.Path, sc, got.status, allowed, got.body)
			}
		}
	}

	// L2: an auditor reads everything but the keys.
	aud := keys[auth.Auditor]
	err = e.srv.Client(t, aud.id, aud.secret).Do(ctx, "GET", "/v1/keys", nil, nil)
	if !client.IsCode(err, "missing_scope") {
		t.Errorf("an auditor listed the API keys: %v", err)
	}
}

// TestFourEyesAcrossDoorsAndOwners closes H1 and L3: whichever door a
// decision comes through, the decider must be independent of the
// requester — not the same key, not another key of the same owner, and not
// a key the requester's owner created (and so knows the secret of).
func TestFourEyesAcrossDoorsAndOwners(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "FEYE", []string{"10"}, []int64{100_000_000})
	tok := assettoken.NewAssetToken()
	e.send(t, "grant-agent", *a.Token, tok.PackGrantRole(crypto.Keccak256Hash([]byte("AGENT_ROLE")), e.txm.From()))

	// Alice holds compliance and admin; she requests a freeze over the API.
	aliceID, aliceSecret := e.srv.NewOwnedKey(t, "alice", "alice", auth.Compliance, auth.Admin)
	alice := e.srv.Client(t, aliceID, aliceSecret)
	in, err := alice.RequestIntervention(ctx, api.NewIntervention{Kind: "freeze", Asset: a.Token.Hex(), Wallet: e.wallets[0].Hex(), Reason: "four-eyes test"})
	if err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/ui/compliance/interventions/%d/approve", in.ID)

	// H1: she approves it herself in the UI.
	got := e.signIn(t, aliceID, aliceSecret).do("POST", path, url.Values{"note": {"mine"}})
	if got.status != http.StatusForbidden || !strings.Contains(got.body, "self_approval") {
		t.Errorf("the requester approved its own intervention in the UI: %d %s", got.status, got.body)
	}
	// L3: a second key of hers, made from the command line.
	twinID, twinSecret := e.srv.NewOwnedKey(t, "alice again", "alice", auth.Compliance)
	if _, err := e.srv.Client(t, twinID, twinSecret).ApproveIntervention(ctx, in.ID, "twin"); !client.IsCode(err, "self_approval") {
		t.Errorf("a second key of the same owner approved: %v", err)
	}
	got = e.signIn(t, twinID, twinSecret).do("POST", path, url.Values{"note": {"twin"}})
	if got.status != http.StatusForbidden || !strings.Contains(got.body, "self_approval") {
		t.Errorf("a second key of the same owner approved in the UI: %d", got.status)
	}
	// An admin cannot mint itself a second person: a key she creates
	// names another owner, but she has seen its secret.
	made, err := alice.CreateKey(ctx, client.CreateKeyParams{Name: "bob?", Owner: "bob", Scopes: []string{"approver"}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(made.Key.Custodians, "alice") {
		t.Errorf("a key alice made does not list her as custodian: %v", made.Key.Custodians)
	}
	if _, err := e.srv.Client(t, made.Key.ID, made.Secret).ApproveIntervention(ctx, in.ID, "sock puppet"); !client.IsCode(err, "self_approval") {
		t.Errorf("a key the requester's owner created approved: %v", err)
	}
	// Nor by rotating someone else's key and using the new secret.
	carolID, _ := e.srv.NewOwnedKey(t, "carol", "carol", auth.Approver)
	rotated, err := alice.RotateKey(ctx, carolID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.srv.Client(t, carolID, rotated.Secret).ApproveIntervention(ctx, in.ID, "rotated"); !client.IsCode(err, "self_approval") {
		t.Errorf("a key the requester's owner rotated approved: %v", err)
	}
	if e.isFrozen(t, *a.Token, e.wallets[0]) {
		t.Fatal("the wallet was frozen without a second person")
	}

	// A truly independent approver succeeds, and the wallet is frozen.
	daveID, daveSecret := e.srv.NewOwnedKey(t, "dave", "dave", auth.Approver)
	got = e.signIn(t, daveID, daveSecret).do("POST", path, url.Values{"note": {"checked"}})
	if got.status != http.StatusSeeOther {
		t.Fatalf("an independent approver was refused: %d %s", got.status, got.body)
	}
	v, err := e.comp.Intervention(ctx, in.ID)
	if err != nil || v.Intervention.State != compliance.Approved || v.Intervention.DecidedBy != "key:"+daveID || v.Intervention.RequestedBy != "key:"+aliceID {
		t.Fatalf("intervention %+v %v", v.Intervention, err)
	}
	deadline := time.Now().Add(time.Minute)
	for !e.isFrozen(t, *a.Token, e.wallets[0]) {
		if time.Now().After(deadline) {
			t.Fatal("the approved freeze never reached the chain")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (e *env) isFrozen(t *testing.T, token, wallet common.Address) bool {
	t.Helper()
	tok := assettoken.NewAssetToken()
	v, err := bind.Call(tok.Instance(e.c, token), nil, tok.PackIsFrozen(wallet), tok.UnpackIsFrozen)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestUISessionEndsWithItsKey closes H4: a UI session holds only its key's
// id, so revoking, rotating or the expiry of the key ends it at once, and
// the session's cookie never outlives the key.
func TestUISessionEndsWithItsKey(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	create := url.Values{"kind": {"treasury_fund"}, "name": {"Revoked Fund"}, "symbol": {"REVK"}, "jurisdiction": {"US-NY"},
		"currency": {"USD"}, "total_units": {"1000"}, "decimals": {"0"}}

	id, secret := e.srv.NewKey(t, "issuer", apikey.Issuer)
	o := e.signIn(t, id, secret)
	if got := o.do("GET", "/ui/console", nil); got.status != http.StatusOK {
		t.Fatalf("console: %d", got.status)
	}
	if _, err := e.srv.Keys().Revoke(ctx, apikey.CLI, id); err != nil {
		t.Fatal(err)
	}
	if got := o.do("POST", "/ui/console/assets", create); got.status != http.StatusUnauthorized {
		t.Errorf("a revoked key's session created an asset: %d %s", got.status, got.body)
	}
	if got := o.do("GET", "/ui/console", nil); got.status != http.StatusSeeOther || !strings.HasPrefix(got.location, "/ui/signin") {
		t.Errorf("a revoked key's session read the console: %d", got.status)
	}
	if as, err := e.svc.Assets(ctx, "", 100); err != nil || slices.ContainsFunc(as, func(a issuance.Asset) bool { return a.Symbol == "REVK" }) {
		t.Errorf("an asset was created by a revoked key: %v", err)
	}

	// Rotation ends the session too, even with a grace period for the API.
	id2, secret2 := e.srv.NewKey(t, "issuer 2", apikey.Issuer)
	o2 := e.signIn(t, id2, secret2)
	if _, _, err := e.srv.Keys().Rotate(ctx, apikey.CLI, id2, time.Hour); err != nil {
		t.Fatal(err)
	}
	if got := o2.do("GET", "/ui/console", nil); got.status != http.StatusSeeOther {
		t.Errorf("a rotated key's session lived on: %d", got.status)
	}

	// A key that expires soon: the session's cookie expires with it, and
	// the session ends when the key does.
	k, s3, err := e.srv.Keys().Create(ctx, apikey.CLI, apikey.CreateParams{Name: "short", Owner: "short", Scopes: []apikey.Scope{apikey.Issuer}, ExpiresIn: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	o3 := e.signIn(t, k.ID, s3)
	var sessionEnds time.Time
	if err := e.pool.QueryRow(ctx, `SELECT expires_at FROM ui_sessions WHERE key_id = $1`, k.ID).Scan(&sessionEnds); err != nil {
		t.Fatal(err)
	}
	if sessionEnds.After(*k.ExpiresAt) {
		t.Errorf("the session ends at %s, after its key (%s)", sessionEnds, k.ExpiresAt)
	}
	if got := o3.do("GET", "/ui/console", nil); got.status != http.StatusOK {
		t.Fatalf("console before expiry: %d", got.status)
	}
	time.Sleep(time.Until(*k.ExpiresAt) + 100*time.Millisecond)
	if got := o3.do("GET", "/ui/console", nil); got.status != http.StatusSeeOther {
		t.Errorf("a session outlived its key's expiry: %d", got.status)
	}
	var ended int
	if err := e.pool.QueryRow(ctx, `SELECT count(*) FROM ui_sessions WHERE key_id = ANY($1)`, []string{id, id2}).Scan(&ended); err != nil || ended != 0 {
		t.Errorf("%d sessions of revoked or rotated keys remain (%v)", ended, err)
	}
}
