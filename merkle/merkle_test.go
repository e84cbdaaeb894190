package merkle

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// leaves makes n distinct leaves with varied amounts.
func leaves(n int) []Leaf {
	out := make([]Leaf, n)
	for i := range out {
		out[i] = Leaf{
			Account: crypto.CreateAddress(common.Address{0xd1}, uint64(i)),
			Amount:  new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(1_000_003)),
		}
	}
	return out
}

func mustNew(tb testing.TB, ls []Leaf) *Tree {
	tb.Helper()
	tr, err := New(ls)
	if err != nil {
		tb.Fatal(err)
	}
	return tr
}

// TestLeafHashIsDoubleHashedABIEncoding checks the leaf against go-ethereum's
// own ABI encoder, independent of the hand-rolled encoding.
func TestLeafHashIsDoubleHashedABIEncoding(t *testing.T) {
	addrT, _ := abi.NewType("address", "", nil)
	uintT, _ := abi.NewType("uint256", "", nil)
	args := abi.Arguments{{Type: addrT}, {Type: uintT}}
	for _, l := range append(leaves(3), Leaf{Account: common.Address{}, Amount: new(big.Int)},
		Leaf{Account: common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"),
			Amount: new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))}) {
		enc, err := args.Pack(l.Account, l.Amount)
		if err != nil {
			t.Fatal(err)
		}
		want := crypto.Keccak256Hash(crypto.Keccak256(enc))
		if got := LeafHash(l); got != want {
			t.Errorf("LeafHash(%s, %s) = %s, want %s", l.Account, l.Amount, got, want)
		}
	}
}

func TestSmallTreesByHand(t *testing.T) {
	ls := leaves(3)
	h := make([]common.Hash, 3)
	for i, l := range ls {
		h[i] = LeafHash(l)
	}

	one := mustNew(t, ls[:1])
	if one.Root() != h[0] {
		t.Errorf("one leaf: root %s, want the leaf hash %s", one.Root(), h[0])
	}
	if p, _ := one.Proof(0); len(p) != 0 {
		t.Errorf("one leaf: proof %v, want empty", p)
	}

	two := mustNew(t, ls[:2])
	if want := hashPair(h[0], h[1]); two.Root() != want {
		t.Errorf("two leaves: root %s, want %s", two.Root(), want)
	}

	// Three leaves sorted s0 < s1 < s2 sit at nodes 4, 3, 2: the root is
	// hash(hash(s1, s0), s2).
	s := []common.Hash{h[0], h[1], h[2]}
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j].Cmp(s[i]) < 0 {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	if want := hashPair(hashPair(s[1], s[0]), s[2]); mustNew(t, ls).Root() != want {
		t.Errorf("three leaves: root %s, want %s", mustNew(t, ls).Root(), want)
	}
}

func TestEveryProofVerifies(t *testing.T) {
	for n := 1; n <= 33; n++ {
		ls := leaves(n)
		tr := mustNew(t, ls)
		for i, l := range ls {
			p, err := tr.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !Verify(tr.Root(), l, p) {
				t.Fatalf("n=%d: proof of leaf %d does not verify", n, i)
			}
			got, p2, ok := tr.ProofFor(l.Account)
			if !ok || got.Amount.Cmp(l.Amount) != 0 || len(p2) != len(p) {
				t.Fatalf("n=%d: ProofFor(%s) = %v, %d hashes, %v", n, l.Account, got, len(p2), ok)
			}
		}
	}
}

func TestVerifyRefusesWrongClaims(t *testing.T) {
	ls := leaves(9)
	tr := mustNew(t, ls)
	p, _ := tr.Proof(4)
	other, _ := tr.Proof(5)
	cases := []struct {
		name  string
		leaf  Leaf
		proof []common.Hash
	}{
		{"more than owed", Leaf{ls[4].Account, new(big.Int).Add(ls[4].Amount, big.NewInt(1))}, p},
		{"someone else's proof", ls[4], other},
		{"a stranger", Leaf{common.Address{0xee}, ls[4].Amount}, p},
		{"truncated proof", ls[4], p[:len(p)-1]},
		{"negative amount", Leaf{ls[4].Account, big.NewInt(-1)}, p},
		{"nil amount", Leaf{ls[4].Account, nil}, p},
	}
	for _, c := range cases {
		if Verify(tr.Root(), c.leaf, c.proof) {
			t.Errorf("%s: verified", c.name)
		}
	}
}

func TestRootIgnoresInputOrder(t *testing.T) {
	ls := leaves(17)
	want := mustNew(t, ls).Root()
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		r.Shuffle(len(ls), func(i, j int) { ls[i], ls[j] = ls[j], ls[i] })
		if got := mustNew(t, ls).Root(); got != want {
			t.Fatalf("shuffled root %s, want %s", got, want)
		}
	}
}

func TestNewRefusesBadInput(t *testing.T) {
	ls := leaves(2)
	cases := []struct {
		name   string
		leaves []Leaf
		want   error
	}{
		{"no leaves", nil, ErrNoLeaves},
		{"duplicate account", []Leaf{ls[0], {ls[0].Account, big.NewInt(5)}}, ErrDuplicateAccount},
		{"nil amount", []Leaf{{ls[0].Account, nil}}, ErrInvalidAmount},
		{"negative amount", []Leaf{{ls[0].Account, big.NewInt(-3)}}, ErrInvalidAmount},
		{"amount over 256 bits", []Leaf{{ls[0].Account, new(big.Int).Lsh(big.NewInt(1), 256)}}, ErrInvalidAmount},
	}
	for _, c := range cases {
		if _, err := New(c.leaves); !errors.Is(err, c.want) {
			t.Errorf("%s: err %v, want %v", c.name, err, c.want)
		}
	}
	tr := mustNew(t, ls)
	if _, err := tr.Proof(2); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Proof(2) of 2 leaves: %v", err)
	}
	if _, _, ok := tr.ProofFor(common.Address{0xee}); ok {
		t.Error("ProofFor of a stranger: ok")
	}
}

func TestTreeKeepsItsOwnCopy(t *testing.T) {
	ls := leaves(4)
	tr := mustNew(t, ls)
	root := tr.Root()
	ls[0].Amount.SetInt64(1)
	tr.Leaf(1).Amount.SetInt64(1)
	if mustNew(t, []Leaf{tr.Leaf(0), tr.Leaf(1), tr.Leaf(2), tr.Leaf(3)}).Root() != root {
		t.Error("the tree changed with its caller's big.Ints")
	}
}

func TestJSONRoundTripsAsStandardDump(t *testing.T) {
	tr := mustNew(t, leaves(5))
	data, err := json.Marshal(tr)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Format       string   `json:"format"`
		LeafEncoding []string `json:"leafEncoding"`
		Tree         []string `json:"tree"`
		Values       []struct {
			Value     []string `json:"value"`
			TreeIndex int      `json:"treeIndex"`
		} `json:"values"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	if raw.Format != "standard-v1" || fmt.Sprint(raw.LeafEncoding) != "[address uint256]" || len(raw.Tree) != 9 || len(raw.Values) != 5 {
		t.Fatalf("dump %s", data)
	}
	if raw.Tree[0] != tr.Root().Hex() {
		t.Errorf("dump root %s, want %s", raw.Tree[0], tr.Root().Hex())
	}
	for i, v := range raw.Values {
		if common.HexToHash(raw.Tree[v.TreeIndex]) != LeafHash(tr.Leaf(i)) {
			t.Errorf("value %d: treeIndex %d does not hold its leaf", i, v.TreeIndex)
		}
	}

	var back Tree
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Root() != tr.Root() || back.Len() != 5 {
		t.Errorf("round trip: root %s len %d", back.Root(), back.Len())
	}
	raw.Tree[0] = common.Hash{1}.Hex()
	forged, _ := json.Marshal(raw)
	if err := json.Unmarshal(forged, &back); err == nil {
		t.Error("a dump whose tree does not match its values was accepted")
	}
}

// TestOpenZeppelinReadmeVector pins the tree to @openzeppelin/merkle-tree's
// published example: StandardMerkleTree.of of these two values, ["address",
// "uint256"], has this root, and each leaf's proof is the other leaf.
func TestOpenZeppelinReadmeVector(t *testing.T) {
	amount := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	ls := []Leaf{
		{common.HexToAddress("0x1111111111111111111111111111111111111111"), amount("5000000000000000000")},
		{common.HexToAddress("0x2222222222222222222222222222222222222222"), amount("2500000000000000000")},
	}
	wantLeaf0 := common.HexToHash("0xeb02c421cfa48976e66dfb29120745909ea3a0f843456c263cf8f1253483e283")
	wantLeaf1 := common.HexToHash("0xb92c48e9d7abe27fd8dfd6b5dfdbfb1c9a463f80c712b66f3a5180a090cccafc")
	wantRoot := common.HexToHash("0xd4dee0beab2d53f2cc83e567171bd2820e49898130a22622b10ead383e90bd77")
	if got := LeafHash(ls[0]); got != wantLeaf0 {
		t.Errorf("leaf 0 hash %s, want %s", got, wantLeaf0)
	}
	if got := LeafHash(ls[1]); got != wantLeaf1 {
		t.Errorf("leaf 1 hash %s, want %s", got, wantLeaf1)
	}
	tr := mustNew(t, ls)
	if tr.Root() != wantRoot {
		t.Errorf("root %s, want %s", tr.Root(), wantRoot)
	}
	if p, _ := tr.Proof(0); len(p) != 1 || p[0] != wantLeaf1 {
		t.Errorf("proof of leaf 0 %v, want [%s]", p, wantLeaf1)
	}
}
