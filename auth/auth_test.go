package auth_test

import (
	"context"
	"errors"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

var update = flag.Bool("update", false, "rewrite the action table in docs/security.md")

func key(id, owner string, custodians []string, scopes ...auth.Scope) auth.Principal {
	return auth.KeyState{ID: id, Owner: owner, Custodians: custodians, Scopes: scopes}.Principal()
}

func TestAuthorize(t *testing.T) {
	t.Parallel()
	issuer := key("tk_1", "ann", []string{"ann"}, auth.Issuer)
	auditor := key("tk_2", "aud", []string{"aud"}, auth.Auditor)
	tests := []struct {
		p    auth.Principal
		a    auth.Action
		code string
	}{
		{issuer, auth.AssetCreate, ""},
		{issuer, auth.MintDecide, "missing_scope"},
		{auditor, auth.AssetRead, ""},
		{auditor, auth.AssetCreate, "missing_scope"},
		{auditor, auth.KeyRead, "missing_scope"},
		{auth.Principal{}, auth.AssetRead, "missing_authorization"},
		{issuer, auth.Action("no.such"), "internal"}, // an action missing from the table is refused
	}
	for _, tt := range tests {
		err := auth.Authorize(tt.p, tt.a)
		code := ""
		if e := errs.As(err); e != nil {
			code = e.Code
		}
		if code != tt.code || (tt.a == "no.such" && !errs.Is(err, errs.Internal)) {
			t.Errorf("Authorize(%v, %s) = %v, want code %q", tt.p.Scopes, tt.a, err, tt.code)
		}
	}
}

// TestIndependent: four-eyes compares custodians, not keys.
func TestIndependent(t *testing.T) {
	t.Parallel()
	alice := key("tk_a", "alice", []string{"alice"}, auth.Issuer)
	alice2 := key("tk_a2", "alice", []string{"alice"}, auth.Approver)
	madeByAlice := key("tk_b", "bob", []string{"bob", "alice"}, auth.Approver)
	bob := key("tk_c", "bob", []string{"bob"}, auth.Approver)
	carol := key("tk_d", "carol", []string{"carol"}, auth.Approver)
	tests := []struct {
		name       string
		req, dec   auth.Principal
		wantRefuse bool
	}{
		{"same key", alice, alice, true},
		{"same owner, other key", alice, alice2, true},
		{"a key the requester's owner created", alice, madeByAlice, true},
		{"other owner", alice, carol, false},
		{"two keys of others", madeByAlice, carol, false},
		{"requester's key held by the decider's owner", madeByAlice, bob, true},
		{"no owner", auth.Principal{KeyID: "tk_x"}, carol, true},
	}
	for _, tt := range tests {
		err := auth.Independent(tt.req, tt.dec)
		if (err != nil) != tt.wantRefuse || (err != nil && errs.As(err).Code != "self_approval") {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

type directory map[string]auth.Principal

func (d directory) Principal(_ context.Context, actor string) (auth.Principal, error) {
	p, ok := d[actor]
	if !ok {
		return auth.Principal{}, errors.New("unknown " + actor)
	}
	return p, nil
}

func TestCheck(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	alice := key("tk_a", "alice", []string{"alice"}, auth.Issuer, auth.Approver)
	carol := key("tk_c", "carol", []string{"carol"}, auth.Approver)
	dir := directory{alice.Actor(): alice, carol.Actor(): carol}
	if err := auth.Check(ctx, dir, auth.MintDecide, alice, alice.Actor()); errs.As(err) == nil || errs.As(err).Code != "self_approval" {
		t.Errorf("own request: %v", err)
	}
	if err := auth.Check(ctx, dir, auth.MintDecide, carol, alice.Actor()); err != nil {
		t.Errorf("independent decider: %v", err)
	}
	if err := auth.Check(ctx, dir, auth.MintDecide, key("tk_i", "ivy", []string{"ivy"}, auth.Issuer), alice.Actor()); errs.As(err) == nil || errs.As(err).Code != "missing_scope" {
		t.Errorf("decider without the scope: %v", err)
	}
	sys := auth.System("seed", auth.Issuer)
	if err := auth.Check(ctx, nil, auth.MintDecide, carol, sys.Actor()); err != nil {
		t.Errorf("a system requester needs no directory: %v", err)
	}
	if sys.Actor() != "system:seed" || alice.Actor() != "key:tk_a" {
		t.Errorf("actors %q %q", sys.Actor(), alice.Actor())
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	now := time.Now()
	past, future := now.Add(-time.Second), now.Add(time.Hour)
	if _, err := auth.Resolve(auth.KeyState{ID: "tk_1", RevokedAt: &past}, now); errs.As(err) == nil || errs.As(err).Code != "key_revoked" {
		t.Errorf("revoked: %v", err)
	}
	if _, err := auth.Resolve(auth.KeyState{ID: "tk_1", ExpiresAt: &past}, now); errs.As(err) == nil || errs.As(err).Code != "key_expired" {
		t.Errorf("expired: %v", err)
	}
	p, err := auth.Resolve(auth.KeyState{ID: "tk_1", Owner: "o", Custodians: []string{"o"}, Scopes: []auth.Scope{auth.Issuer}, ExpiresAt: &future}, now)
	if err != nil || p.KeyID != "tk_1" || p.Owner != "o" || !p.Has(auth.Issuer) {
		t.Errorf("usable: %+v %v", p, err)
	}
}

// TestEventTypes: a key receives an event type exactly when it may take
// the REST read action that shows the same records.
func TestEventTypes(t *testing.T) {
	t.Parallel()
	for _, sc := range auth.Scopes {
		p := key("tk_1", "o", []string{"o"}, sc)
		got := auth.EventTypes(p)
		for typ, a := range auth.EventReads {
			if slices.Contains(got, typ) != p.Can(a) {
				t.Errorf("%s: event type %s sent=%v, may read %s=%v", sc, typ, slices.Contains(got, typ), a, p.Can(a))
			}
		}
		if p.Can(auth.StreamRead) != (len(got) > 0) {
			t.Errorf("%s: may open the stream %v, receives %v", sc, p.Can(auth.StreamRead), got)
		}
	}
	if slices.Contains(auth.EventTypes(key("tk_1", "o", []string{"o"}, auth.Admin, auth.Issuer)), "compliance_intervention") {
		t.Error("admin and issuer keys receive intervention events")
	}
}

// TestSecurityDocTable keeps docs/security.md's action table equal to the
// table the code enforces (go test ./auth -update rewrites it).
func TestSecurityDocTable(t *testing.T) {
	const path = "../docs/security.md"
	const begin, end = "<!-- action table: generated by go test ./auth -update -->\n", "<!-- end of action table -->\n"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("%s has no action table markers", path)
	}
	want := auth.MarkdownTable()
	if got := s[i+len(begin) : j]; got != want {
		if *update {
			if err := os.WriteFile(path, []byte(s[:i+len(begin)]+want+s[j:]), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("docs/security.md's action table differs from package auth's; run go test ./auth -update\n%s", want)
	}
}

// A signed-in wallet is a principal of its own: it may onboard itself and
// nothing any key scope may, and no key stands in for it.
func TestWalletPrincipal(t *testing.T) {
	t.Parallel()
	w := auth.Wallet("0x00000000000000000000000000000000000000A1")
	if w.IsZero() || w.Actor() != "wallet:0x00000000000000000000000000000000000000A1" || w.WalletAddress() == "" {
		t.Fatalf("wallet principal %+v %s", w, w.Actor())
	}
	for _, r := range auth.Rules() {
		if w.Can(r.Action) != (r.Action == auth.OnboardSelf) {
			t.Errorf("wallet may %s: %v", r.Action, w.Can(r.Action))
		}
	}
	for _, sc := range auth.Scopes {
		if key("tk_1", "o", []string{"o"}, sc).Can(auth.OnboardSelf) {
			t.Errorf("a %s key may onboard a wallet as if signed in", sc)
		}
	}
	if got, err := auth.Lookup(context.Background(), nil, w.Actor()); err != nil || got.Actor() != w.Actor() {
		t.Fatalf("lookup %v %v", got, err)
	}
}
