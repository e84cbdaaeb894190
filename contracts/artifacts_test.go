package contracts_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
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
	tok, deed, feed := assettoken.NewAssetToken(), deedtoken.NewDeedToken(), valuationfeed.NewValuationFeed()
	other := c.signers[0].From
	fund := c.mustDeploy(t, assettoken.AssetTokenMetaData.Bin,
		tok.PackConstructor("Fund", "FND", 6, common.HexToAddress("0x01"), common.Address{}, new(big.Int), c.admin.From))
	building := c.mustDeploy(t, assettoken.AssetTokenMetaData.Bin,
		tok.PackConstructor("12 Harbour Street", "BLDG", 0, common.HexToAddress("0x02"), common.HexToAddress("0x03"), big.NewInt(7), other))
	deedAddr := c.mustDeploy(t, deedtoken.DeedTokenMetaData.Bin, deed.PackConstructor("Deeds", "DEED", common.HexToAddress("0x01"), other))
	feedAddr := c.mustDeploy(t, valuationfeed.ValuationFeedMetaData.Bin,
		feed.PackConstructor(8, "FND / USD", big.NewInt(1), big.NewInt(1e18), c.admin.From, other))
	erc20 := c.mustDeploy(t, referenceerc20.ReferenceERC20MetaData.Bin, nil)

	asset, deeds, feeds := mustLoad(t, "AssetToken"), mustLoad(t, "DeedToken"), mustLoad(t, "ValuationFeed")
	if len(asset.Immutables) == 0 {
		t.Fatal("AssetToken has no immutables: the mask is not exercised")
	}
	if string(code(fund)) == string(code(building)) {
		t.Fatal("two tokens with different immutables have the same code: the mask is not exercised")
	}
	tampered := code(fund)
	tampered[len(tampered)/3] ^= 0xff
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
	for _, name := range []string{"", "NoSuchContract", "../go.mod", "out/AssetToken"} {
		if _, err := contracts.Load(name); err == nil {
			t.Errorf("Load(%q) succeeded", name)
		}
	}
}
