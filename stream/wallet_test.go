package stream

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestWalletEventsAreTheWalletsOwn(t *testing.T) {
	me, other := common.HexToAddress("0x00000000000000000000000000000000000000aa"), common.HexToAddress("0x00000000000000000000000000000000000000bb")
	hex := func(a common.Address) string { return `"` + a.Hex() + `"` }
	lower := func(a common.Address) string { return `"0x` + common.Bytes2Hex(a.Bytes()) + `"` }
	match := WalletEvents(me, []string{"held-asset"})
	for _, c := range []struct {
		name, typ, asset, data string
		want                   bool
	}{
		{"a transfer to it", "transfer", "x", `{"from":` + hex(other) + `,"to":` + lower(me) + `}`, true},
		{"a transfer from it", "transfer", "x", `{"from":` + lower(me) + `,"to":` + hex(other) + `}`, true},
		{"another's transfer", "transfer", "held-asset", `{"from":` + hex(other) + `,"to":` + hex(other) + `}`, false},
		{"a mint to it", "mint", "x", `{"to":` + lower(me) + `}`, true},
		{"a mint to another", "mint", "held-asset", `{"to":` + lower(other) + `}`, false},
		{"a burn of its units", "burn", "x", `{"from":` + lower(me) + `}`, true},
		{"its dealing request", "dealing", "x", `{"controller":` + lower(me) + `,"owner":` + lower(me) + `}`, true},
		{"a request it owns", "dealing", "x", `{"controller":` + lower(other) + `,"owner":` + lower(me) + `}`, true},
		{"another's request", "dealing", "held-asset", `{"controller":` + lower(other) + `,"owner":` + lower(other) + `}`, false},
		{"a valuation of what it holds", "valuation", "held-asset", `{"round_id":"3"}`, true},
		{"a valuation of another asset", "valuation", "other-asset", `{"round_id":"3"}`, false},
		{"a valuation without an asset", "valuation", "", `{}`, false},
		{"undecodable data", "transfer", "x", `not json`, false},
	} {
		if got := match(Event{Type: c.typ, AssetID: c.asset, Data: json.RawMessage(c.data)}); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
