package contracts_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/contracts"
)

// compileScript compiles the standard-JSON input on stdin with the pinned
// solc, as compile.js does, and prints the output.
const compileScript = `
const solc = require(process.argv[1]);
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => process.stdout.write(solc.compile(input)));
`

// The verification files of a contract recompile, with the pinned solc and
// no import callback, to exactly its artifact's runtime code and metadata:
// what Etherscan (standard JSON) and Sourcify (metadata and sources) check.
func TestVerificationFilesRecompile(t *testing.T) {
	t.Parallel()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	solc, err := filepath.Abs(filepath.Join("node_modules", "solc"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(solc); err != nil {
		t.Fatalf("the pinned solc is not installed (make toolchain): %v", err)
	}
	for _, name := range []string{"IdentityRegistry", "ERC1967Proxy", "TimelockController", "AssetToken"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if _, err := contracts.Load(name); err != nil {
				t.Skipf("this build has no %s", name)
			}
			if _, err := contracts.MetadataHashOf(name); err != nil {
				t.Skipf("this build embeds no metadata in %s's code (bytecodeHash none): %v", name, err)
			}
			dir := t.TempDir()
			if err := contracts.WriteVerification(dir, "record:"+name, name); err != nil {
				t.Fatal(err)
			}
			input, err := os.ReadFile(filepath.Join(dir, "record:"+name, "input.json"))
			if err != nil {
				t.Fatal(err)
			}
			metadata, err := os.ReadFile(filepath.Join(dir, "record:"+name, "metadata.json"))
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(node, "-e", compileScript, solc)
			cmd.Stdin = bytes.NewReader(input)
			raw, err := cmd.Output()
			if err != nil {
				t.Fatalf("solc: %v", err)
			}
			var out struct {
				Errors []struct {
					Severity, FormattedMessage string
				}
				Contracts map[string]map[string]struct {
					Metadata string
					EVM      struct {
						DeployedBytecode struct{ Object string }
					}
				}
			}
			if err := json.Unmarshal(raw, &out); err != nil {
				t.Fatal(err)
			}
			for _, e := range out.Errors {
				if e.Severity == "error" {
					t.Fatalf("solc: %s", e.FormattedMessage)
				}
			}
			var meta struct {
				Settings struct{ CompilationTarget map[string]string } `json:"settings"`
				Sources  map[string]json.RawMessage
			}
			if err := json.Unmarshal(metadata, &meta); err != nil {
				t.Fatal(err)
			}
			var in struct{ Sources map[string]json.RawMessage }
			if err := json.Unmarshal(input, &in); err != nil {
				t.Fatal(err)
			}
			if len(in.Sources) != len(meta.Sources) {
				t.Errorf("input.json holds %d sources, the metadata lists %d", len(in.Sources), len(meta.Sources))
			}
			for src, n := range meta.Settings.CompilationTarget {
				c, ok := out.Contracts[src][n]
				if !ok {
					t.Fatalf("solc compiled no %s:%s", src, n)
				}
				art, _ := contracts.Load(name)
				v, err := contracts.VerificationFor(name)
				if err != nil {
					t.Fatal(err)
				}
				runtime := common.FromHex(link(t, c.EVM.DeployedBytecode.Object, v.Libraries))
				if !art.Matches(runtime) || len(art.Immutables) == 0 && !bytes.Equal(runtime, art.Runtime) {
					t.Errorf("recompiled runtime code (%d bytes) differs from the artifact's (%d bytes)", len(runtime), len(art.Runtime))
				}
				if c.Metadata != string(metadata) {
					t.Error("recompiled metadata differs from metadata.json")
				}
				if h, err := contracts.MetadataHashOf(name); err != nil || h[:2] != "Qm" {
					t.Errorf("metadata hash %q, %v", h, err)
				}
			}
		})
	}
	if err := contracts.WriteVerification(t.TempDir(), "../escape", "IdentityRegistry"); err == nil || !strings.Contains(err.Error(), "cannot name a directory") {
		t.Error("a record name with a path separator was written")
	}
}

// link fills solc's library placeholders (__$<34 hex digits of the
// keccak-256 of "source:Library">$__) with the libraries' addresses.
func link(t *testing.T, code string, libs map[string]string) string {
	t.Helper()
	for fqn, addr := range libs {
		ph := "__$" + crypto.Keccak256Hash([]byte(fqn)).Hex()[2:36] + "$__"
		code = strings.ReplaceAll(code, ph, strings.ToLower(strings.TrimPrefix(addr, "0x")))
	}
	if strings.Contains(code, "__$") {
		t.Fatalf("the recompiled code links a library the verification files do not name")
	}
	return code
}
