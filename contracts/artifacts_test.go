package contracts_test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/contracts"
)

func mustLoad(tb testing.TB, name string) contracts.Artifact {
	tb.Helper()
	a, err := contracts.Load(name)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// Deployed code matches its artifact whatever the constructor wrote into
// the immutables, and nothing else does.
func TestArtifactsMatchDeployedCode(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	ctx := context.Background()
	code := func(addr common.Address) []byte {
		t.Helper()
		b, err := c.client.CodeAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// Implementations: UUPS writes the implementation's own address into
	// an immutable, so two of them differ exactly there (and AssetToken's
	// in the registry it is built for: two platforms' tokens are ours too).
	impl := func(name string, registry common.Address) common.Address {
		t.Helper()
		code, err := create2.ImplementationInitCode(name, registry)
		if err != nil {
			t.Fatal(err)
		}
		return c.mustDeploy(t, hexutil.Encode(code), nil)
	}
	fund, building := impl("AssetToken", common.Address{0x01}), impl("AssetToken", common.Address{0x02})
	deedAddr, feedAddr := impl("DeedToken", common.Address{}), impl("ValuationFeed", common.Address{})
	erc20 := c.mustDeploy(t, referenceerc20.ReferenceERC20MetaData.Bin, nil)

	asset, deeds, feeds := mustLoad(t, "AssetToken"), mustLoad(t, "DeedToken"), mustLoad(t, "ValuationFeed")
	if len(asset.Immutables) == 0 {
		t.Fatal("AssetToken has no immutables: the mask is not exercised")
	}
	if string(code(fund)) == string(code(building)) {
		t.Fatal("two tokens with different immutables have the same code: the mask is not exercised")
	}
	// Flip a byte the mask keeps: the first from a third of the way in that
	// no immutable covers.
	tampered := code(fund)
	covered := func(i int) bool {
		for _, sp := range asset.Immutables {
			if i >= sp.Start && i < sp.Start+sp.Length {
				return true
			}
		}
		return false
	}
	at := len(tampered) / 3
	for covered(at) {
		at++
	}
	tampered[at] ^= 0xff
	tests := []struct {
		name string
		art  contracts.Artifact
		code []byte
		want bool
	}{
		{"fund token", asset, code(fund), true},
		{"building token", asset, code(building), true},
		{"deed", deeds, code(deedAddr), true},
		{"feed", feeds, code(feedAddr), true},
		{"deed as a token", asset, code(deedAddr), false},
		{"token as a feed", feeds, code(fund), false},
		{"plain ERC-20", asset, code(erc20), false},
		{"one byte changed", asset, tampered, false},
		{"truncated", asset, code(fund)[:len(code(fund))-1], false},
		{"no code", asset, nil, false},
		{"interface", mustLoad(t, "IERC1404"), nil, false},
	}
	for _, tt := range tests {
		if got := tt.art.Matches(tt.code); got != tt.want {
			t.Errorf("%s: Matches = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLoadRefusesUnknownNames(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"", "NoSuchContract", "../go.mod", "out/AssetToken", "solc-input"} {
		if _, err := contracts.Load(name); err == nil {
			t.Errorf("Load(%q) succeeded", name)
		}
	}
}

// The standard-JSON input is the build: every artifact's metadata names
// sources the input carries with the same keccak256, and the settings the
// metadata records are the input's.
func TestStandardInputCoversEveryArtifact(t *testing.T) {
	t.Parallel()
	raw, err := contracts.StandardInput()
	if err != nil {
		t.Fatal(err)
	}
	var in struct {
		Sources map[string]struct {
			Content string `json:"content"`
		} `json:"sources"`
		Settings struct {
			Metadata struct {
				BytecodeHash string `json:"bytecodeHash"`
			} `json:"metadata"`
		} `json:"settings"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	if in.Settings.Metadata.BytecodeHash != "ipfs" {
		t.Fatalf("bytecodeHash %q, want ipfs", in.Settings.Metadata.BytecodeHash)
	}
	for _, name := range []string{"AssetToken", "IdentityRegistry", "TesseraFactory", "ERC1967Proxy", "TimelockController"} {
		var meta struct {
			Sources map[string]struct {
				Keccak256 string `json:"keccak256"`
			} `json:"sources"`
		}
		if err := json.Unmarshal([]byte(mustLoad(t, name).Metadata), &meta); err != nil {
			t.Fatalf("%s metadata: %v", name, err)
		}
		if len(meta.Sources) == 0 {
			t.Fatalf("%s metadata names no sources", name)
		}
		for src, m := range meta.Sources {
			got, ok := in.Sources[src]
			if !ok {
				t.Fatalf("%s: source %s missing from the standard-JSON input", name, src)
			}
			if h := crypto.Keccak256Hash([]byte(got.Content)).Hex(); h != m.Keccak256 {
				t.Errorf("%s: source %s has keccak256 %s in the input, %s in the metadata", name, src, h, m.Keccak256)
			}
		}
	}
}

// Each namespace sits at the slot ERC-7201's formula gives its id,
// keccak256(abi.encode(uint256(keccak256(id)) - 1)) & ~0xff: the source
// that declares @custom:storage-location erc7201:<id> uses that constant.
func TestNamespacedStorageSlots(t *testing.T) {
	t.Parallel()
	raw, err := contracts.StandardInput()
	if err != nil {
		t.Fatal(err)
	}
	var in struct {
		Sources map[string]struct {
			Content string `json:"content"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ source, id string }{
		{"src/AssetTokenBase.sol", "tessera.storage.AssetToken"},
		{"src/AssetTokenCold.sol", "tessera.storage.AssetToken"},
		{"src/Documents.sol", "tessera.storage.Documents"},
		{"src/DeedToken.sol", "tessera.storage.DeedToken"},
		{"src/IdentityRegistry.sol", "tessera.storage.IdentityRegistry"},
		{"src/IdentityRegistryProxy.sol", "tessera.storage.IdentityRegistry"},
		{"src/Distributor.sol", "tessera.storage.Distributor"},
		{"src/ValuationFeed.sol", "tessera.storage.ValuationFeed"},
	} {
		n := new(big.Int).SetBytes(crypto.Keccak256([]byte(c.id)))
		slot := crypto.Keccak256(common.LeftPadBytes(n.Sub(n, big.NewInt(1)).Bytes(), 32))
		slot[31] = 0
		want := common.BytesToHash(slot).Hex()
		src := in.Sources[c.source].Content
		if !strings.Contains(src, "bytes32 private constant") || !strings.Contains(src, want) {
			t.Errorf("%s: no constant %s, the ERC-7201 slot of %s", c.source, want, c.id)
		}
		if c.source != "src/AssetTokenCold.sol" && c.source != "src/IdentityRegistryProxy.sol" && !strings.Contains(src, "@custom:storage-location erc7201:"+c.id) {
			t.Errorf("%s: no @custom:storage-location erc7201:%s", c.source, c.id)
		}
	}
}
