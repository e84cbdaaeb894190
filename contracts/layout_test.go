package contracts_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/chain/deploy"
)

// layoutJS runs `node layout.js args…` in this folder and returns its
// output (stdout and stderr) and exit code.
func layoutJS(t *testing.T, args ...string) (string, int) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatal("node is missing: the storage-layout check needs Node.js (apt-get install nodejs npm)")
	}
	if _, err := os.Stat("node_modules/@openzeppelin/upgrades-core/package.json"); err != nil {
		t.Fatal("@openzeppelin/upgrades-core is missing from contracts/node_modules: run `make toolchain`")
	}
	cmd := exec.Command("node", append([]string{"layout.js"}, args...)...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "FORCE_COLOR=0")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case errors.As(err, &exit):
		return string(out), exit.ExitCode()
	default:
		t.Fatalf("node layout.js %s: %v\n%s", strings.Join(args, " "), err, out)
		return "", 0
	}
}

// wantOutput fails unless out holds every one of wants.
func wantOutput(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

// The check refuses a new version that moves or retypes a field of an
// ERC-7201 namespace, saying which field, where and what changed, or that
// points the namespace at another slot than ERC-7201's, and passes one
// that appends a field (fixtures under test/layout).
func TestLayoutCheckOnFixtures(t *testing.T) {
	t.Parallel()
	cases := []struct {
		to   string
		exit int
		want []string
	}{
		{"LayoutFixtureV2Reordered", 1, []string{
			"LayoutFixtureV2Reordered cannot upgrade a proxy of LayoutFixtureV1",
			"Deleted `supply`",
			"test/layout/LayoutFixtureV2Reordered.sol:14: Inserted `supply`",
			"in LayoutFixtureV2Reordered (erc7201:tessera.storage.LayoutFixture)",
		}},
		{"LayoutFixtureV2Retyped", 1, []string{
			"LayoutFixtureV2Retyped cannot upgrade a proxy of LayoutFixtureV1",
			"test/layout/LayoutFixtureV2Retyped.sol:15: Upgraded `updatedAt` to an incompatible type",
			"in LayoutFixtureV2Retyped (erc7201:tessera.storage.LayoutFixture)",
			"Bad upgrade from uint64 to uint128",
		}},
		{"LayoutFixtureV2WrongSlot", 1, []string{
			"test/layout/LayoutFixtureV2WrongSlot.sol:26: LayoutFixtureStorage (erc7201:tessera.storage.LayoutFixture) is put at STORAGE = 0x59f70b93",
			"but ERC-7201 puts tessera.storage.LayoutFixture at 0x36458c87",
		}},
		{"LayoutFixtureV2Appended", 0, []string{"LayoutFixtureV2Appended can upgrade a proxy of LayoutFixtureV1"}},
	}
	for _, tc := range cases {
		t.Run(tc.to, func(t *testing.T) {
			t.Parallel()
			out, exit := layoutJS(t, "--pair", "LayoutFixtureV1", tc.to)
			if exit != tc.exit {
				t.Errorf("exit %d, want %d:\n%s", exit, tc.exit, out)
			}
			wantOutput(t, out, tc.want...)
		})
	}
}

// The committed references (contracts/layout) are the layouts of the
// current build, one per implementation the platform deploys, each with
// the contract's own ERC-7201 namespace: a layout changed without
// `--accept` fails here as in `make check-layout`.
func TestLayoutReferencesMatchBuild(t *testing.T) {
	t.Parallel()
	out, exit := layoutJS(t)
	if exit != 0 {
		t.Fatalf("node layout.js: exit %d:\n%s", exit, out)
	}
	wantOutput(t, out, "AssetTokenV2 can upgrade a proxy of AssetToken", "IdentityRegistryV2 can upgrade a proxy of IdentityRegistry")
	for _, name := range deploy.Upgradeable {
		raw, err := os.ReadFile(filepath.Join("layout", name+".json"))
		if err != nil {
			t.Errorf("%s has no reference layout: %v", name, err)
			continue
		}
		var ref struct {
			Namespaces map[string][]struct{ Label string } `json:"namespaces"`
		}
		if err := json.Unmarshal(raw, &ref); err != nil {
			t.Fatalf("layout/%s.json: %v", name, err)
		}
		if fields := ref.Namespaces["erc7201:tessera.storage."+name]; len(fields) == 0 {
			t.Errorf("layout/%s.json records no field of erc7201:tessera.storage.%s", name, name)
		}
	}
}

// Against references from an older release, the check fails both on a
// field appended since (until --accept records it) and on a field whose
// type changed; --accept records the first and refuses the second.
func TestLayoutCheckAgainstOlderReferences(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	entries, err := os.ReadDir("layout")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join("layout", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// edit rewrites the reference of contract with change applied to the
	// fields of namespace.
	edit := func(contract, namespace string, change func([]map[string]any) []map[string]any) {
		t.Helper()
		p := filepath.Join(dir, contract+".json")
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var ref map[string]any
		if err := json.Unmarshal(raw, &ref); err != nil {
			t.Fatal(err)
		}
		var fields []map[string]any
		for _, f := range ref["namespaces"].(map[string]any)[namespace].([]any) {
			fields = append(fields, f.(map[string]any))
		}
		ref["namespaces"].(map[string]any)[namespace] = change(fields)
		if raw, err = json.MarshalIndent(ref, "", "  "); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The release before walletCount (and what came after it) was appended
	// to the registry…
	edit("IdentityRegistry", "erc7201:tessera.storage.IdentityRegistry", func(f []map[string]any) []map[string]any {
		for i := range f {
			if f[i]["label"] == "walletCount" {
				return f[:i]
			}
		}
		t.Fatal("the registry has no walletCount field")
		return nil
	})
	// …and one whose token kept its rules in a bool.
	edit("AssetToken", "erc7201:tessera.storage.AssetToken", func(f []map[string]any) []map[string]any {
		if f[0]["label"] != "rules" {
			t.Fatalf("the token's first field is %v, not rules", f[0]["label"])
		}
		f[0]["type"] = "t_bool"
		return f
	})

	out, exit := layoutJS(t, "--references", dir)
	if exit != 1 {
		t.Fatalf("check against older references: exit %d, want 1:\n%s", exit, out)
	}
	wantOutput(t, out,
		"IdentityRegistry: its storage layout changed in a way an upgrade can take",
		"erc7201:tessera.storage.IdentityRegistry: added `walletCount` (IdentityRegistry)",
		"node contracts/layout.js --accept",
		"AssetToken: its storage layout is incompatible with",
		"Upgraded `rules` to an incompatible type",
		"in AssetTokenBase (erc7201:tessera.storage.AssetToken)",
		"Bad upgrade from bool to uint256",
	)

	out, exit = layoutJS(t, "--accept", "--references", dir)
	if exit != 1 {
		t.Fatalf("--accept with an incompatible layout: exit %d, want 1:\n%s", exit, out)
	}
	wantOutput(t, out, "layout: accepted IdentityRegistry", "AssetToken: its storage layout is incompatible", "Not accepted")
	for name, wantSame := range map[string]bool{"IdentityRegistry": true, "AssetToken": false} {
		got, err := os.ReadFile(filepath.Join(dir, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("layout", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if same := string(got) == string(committed); same != wantSame {
			t.Errorf("%s after --accept equals the committed reference: %v, want %v", name, same, wantSame)
		}
	}
}
