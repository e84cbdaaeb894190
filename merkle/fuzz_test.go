package merkle

import (
	"bytes"
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzTreeJSON loads arbitrary "standard-v1" dumps. A dump that loads is
// exactly what it says: each value sits at its treeIndex, each tree entry
// is that node's hash in hex, every proof verifies under the root; and it
// writes back to a dump that loads to the same tree and writes the same.
func FuzzTreeJSON(f *testing.F) {
	for _, n := range []int{1, 2, 5} {
		data, err := json.Marshal(mustNew(f, leaves(n)))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"format":"standard-v1","leafEncoding":["address","uint256"],"tree":[],"values":[]}`))
	f.Add([]byte(`{"format":"standard-v1","leafEncoding":["address","uint256"],"tree":["0x00"],"values":[{"value":["0x01","0x10"],"treeIndex":0}]}`))
	f.Add([]byte(`{"format":"standard-v1","leafEncoding":["address","uint256"],"tree":["0x00"],"values":[{"value":["0x01","-1"],"treeIndex":-1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var tr Tree
		if err := json.Unmarshal(data, &tr); err != nil {
			return
		}
		var d dump
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatalf("the tree loaded, the dump does not: %v", err)
		}
		if len(d.Values) != tr.Len() || len(d.Tree) != len(tr.nodes) {
			t.Fatalf("%d values and %d nodes loaded as %d leaves and %d nodes", len(d.Values), len(d.Tree), tr.Len(), len(tr.nodes))
		}
		for i, v := range d.Values {
			if v.TreeIndex != tr.pos[i] {
				t.Fatalf("value %d says treeIndex %d; its leaf is at %d", i, v.TreeIndex, tr.pos[i])
			}
		}
		for i, h := range d.Tree {
			if !strings.EqualFold(h, tr.nodes[i].Hex()) {
				t.Fatalf("tree entry %d %q accepted for node %s", i, h, tr.nodes[i].Hex())
			}
		}
		for i := range tr.Len() {
			proof, err := tr.Proof(i)
			if err != nil || !Verify(tr.Root(), tr.Leaf(i), proof) {
				t.Fatalf("leaf %d: proof does not verify: %v", i, err)
			}
		}
		out, err := json.Marshal(&tr)
		if err != nil {
			t.Fatal(err)
		}
		var again Tree
		if err := json.Unmarshal(out, &again); err != nil || again.Root() != tr.Root() || again.Len() != tr.Len() {
			t.Fatalf("the dump written back does not load to the same tree: %v", err)
		}
		if out2, _ := json.Marshal(&again); !bytes.Equal(out, out2) {
			t.Fatalf("dump not stable:\n%s\n%s", out, out2)
		}
	})
}

// FuzzVerify builds trees of up to 16 leaves from fuzzed accounts and
// amounts: every proof verifies, a changed amount, root or proof does not,
// and the root does not depend on the order of the leaves. Verify also
// takes any claim (amounts beyond 256 bits, negative, absent) without
// panicking.
func FuzzVerify(f *testing.F) {
	f.Add([]byte("tessera"), uint8(5), []byte{0x0f, 0x42, 0x40}, uint16(3), []byte{})
	f.Add([]byte{}, uint8(0), []byte{}, uint16(0), bytes.Repeat([]byte{0xff}, 33))
	f.Add([]byte{1}, uint8(15), bytes.Repeat([]byte{0xff}, 32), uint16(0xffff), []byte{0x80})
	f.Fuzz(func(t *testing.T, seed []byte, n uint8, amount []byte, flip uint16, claim []byte) {
		if len(amount) > 32 {
			amount = amount[:32]
		}
		ls := make([]Leaf, int(n%16)+1)
		for i := range ls {
			acct := common.BytesToAddress(crypto.Keccak256(seed, []byte{byte(i)}))
			v := new(big.Int).SetBytes(amount)
			v.Add(v, big.NewInt(int64(i)))
			if v.BitLen() > 256 {
				v.SetUint64(uint64(i))
			}
			ls[i] = Leaf{Account: acct, Amount: v}
		}
		tr, err := New(ls)
		if err != nil {
			t.Fatal(err)
		}
		rev := slices.Clone(ls)
		slices.Reverse(rev)
		if other, err := New(rev); err != nil || other.Root() != tr.Root() {
			t.Fatalf("reversed leaves: root %v, %v; want %s", other, err, tr.Root())
		}
		for i, l := range ls {
			proof, err := tr.Proof(i)
			if err != nil || !Verify(tr.Root(), l, proof) {
				t.Fatalf("leaf %d: proof does not verify: %v", i, err)
			}
			more := Leaf{Account: l.Account, Amount: new(big.Int).Add(l.Amount, big.NewInt(1))}
			if more.Amount.BitLen() <= 256 && Verify(tr.Root(), more, proof) {
				t.Fatalf("leaf %d: a larger amount verifies", i)
			}
			if Verify(crypto.Keccak256Hash(tr.Root().Bytes()), l, proof) {
				t.Fatalf("leaf %d verifies under another root", i)
			}
			if len(proof) > 0 {
				bad := slices.Clone(proof)
				k := int(flip) % (len(bad) * 256)
				bad[k/256][k%256/8] ^= 1 << (k % 8)
				if Verify(tr.Root(), l, bad) {
					t.Fatalf("leaf %d: a proof with bit %d flipped verifies", i, k)
				}
			}
		}
		// Any claim: no panic, and no proof of a leaf that is not in the tree.
		c := Leaf{Account: common.BytesToAddress(seed), Amount: new(big.Int).SetBytes(claim)}
		if len(claim) > 0 && claim[0]&1 == 1 {
			c.Amount.Neg(c.Amount)
		}
		var proof []common.Hash
		for i := 0; i+32 <= len(claim); i += 32 {
			proof = append(proof, common.BytesToHash(claim[i:i+32]))
		}
		_, _, in := tr.ProofFor(c.Account)
		if Verify(tr.Root(), c, proof) && !in {
			t.Fatalf("a claim of %s for %s, not in the tree, verifies", c.Amount, c.Account)
		}
		_ = Verify(tr.Root(), Leaf{Account: c.Account}, proof)
	})
}
