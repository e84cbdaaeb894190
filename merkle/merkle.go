// Package merkle builds the Merkle trees behind Tessera's distributions, so that
// the issuer, the API and any holder compute the same root and proofs.
//
// A tree is OpenZeppelin's StandardMerkleTree over ["address", "uint256"]
// values, which is what the Distributor contract verifies:
//
//	leaf = keccak256(keccak256(abi.encode(account, amount)))
//
// Leaf hashes are sorted, laid out as a complete binary tree in an array (root
// at index 0, children of i at 2i+1 and 2i+2, leaves at the end in sorted
// order) and every pair is hashed sorted, so proofs verify with OpenZeppelin's
// MerkleProof. The JSON form of a Tree is the "standard-v1" dump that
// @openzeppelin/merkle-tree loads.
package merkle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Leaf is one payee: an account and the amount it may claim, in the payment
// token's base units.
type Leaf struct {
	Account common.Address
	Amount  *big.Int
}

// Tree is a built Merkle tree. It is immutable and safe for concurrent reads.
type Tree struct {
	leaves []Leaf
	nodes  []common.Hash
	pos    []int // pos[i] is the node index of leaves[i]
	byAcct map[common.Address]int
}

var (
	// ErrNoLeaves is returned when a tree would have no leaf.
	ErrNoLeaves = errors.New("merkle: no leaves")
	// ErrDuplicateAccount is returned when an account appears twice: a
	// distribution pays each account once.
	ErrDuplicateAccount = errors.New("merkle: duplicate account")
	// ErrInvalidAmount is returned for a nil, negative or over-256-bit amount.
	ErrInvalidAmount = errors.New("merkle: invalid amount")
	// ErrOutOfRange is returned for a leaf index outside the tree.
	ErrOutOfRange = errors.New("merkle: leaf index out of range")
)

// LeafHash is the hash of a leaf: keccak256(keccak256(abi.encode(account, amount))).
func LeafHash(l Leaf) common.Hash {
	var enc [64]byte
	copy(enc[12:32], l.Account[:])
	l.Amount.FillBytes(enc[32:])
	return crypto.Keccak256Hash(crypto.Keccak256(enc[:]))
}

// hashPair hashes two nodes in sorted order, as MerkleProof does.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// New builds the tree of leaves. The root does not depend on the order of leaves.
func New(leaves []Leaf) (*Tree, error) {
	n := len(leaves)
	if n == 0 {
		return nil, ErrNoLeaves
	}
	t := &Tree{
		leaves: slices.Clone(leaves),
		nodes:  make([]common.Hash, 2*n-1),
		pos:    make([]int, n),
		byAcct: make(map[common.Address]int, n),
	}
	type hashed struct {
		hash common.Hash
		leaf int
	}
	sorted := make([]hashed, n)
	for i, l := range leaves {
		if l.Amount == nil || l.Amount.Sign() < 0 || l.Amount.BitLen() > 256 {
			return nil, fmt.Errorf("%w: leaf %d (%s)", ErrInvalidAmount, i, l.Account)
		}
		if _, dup := t.byAcct[l.Account]; dup {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateAccount, l.Account)
		}
		t.byAcct[l.Account] = i
		t.leaves[i].Amount = new(big.Int).Set(l.Amount)
		sorted[i] = hashed{LeafHash(l), i}
	}
	slices.SortStableFunc(sorted, func(a, b hashed) int { return bytes.Compare(a.hash[:], b.hash[:]) })
	last := len(t.nodes) - 1
	for k, h := range sorted {
		t.nodes[last-k] = h.hash
		t.pos[h.leaf] = last - k
	}
	for i := last - n; i >= 0; i-- {
		t.nodes[i] = hashPair(t.nodes[2*i+1], t.nodes[2*i+2])
	}
	return t, nil
}

// Root is the Merkle root, the value published on chain.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.leaves) }

// Leaf returns leaf i, in the order given to New.
func (t *Tree) Leaf(i int) Leaf {
	l := t.leaves[i]
	return Leaf{Account: l.Account, Amount: new(big.Int).Set(l.Amount)}
}

// Proof is the proof of leaf i (in the order given to New), leaf to root.
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(t.leaves) {
		return nil, ErrOutOfRange
	}
	var proof []common.Hash
	for k := t.pos[i]; k > 0; k = (k - 1) / 2 {
		sibling := k - 1
		if k%2 == 1 {
			sibling = k + 1
		}
		proof = append(proof, t.nodes[sibling])
	}
	return proof, nil
}

// ProofFor returns the leaf and proof of account; ok is false when the
// account is not in the tree.
func (t *Tree) ProofFor(account common.Address) (leaf Leaf, proof []common.Hash, ok bool) {
	i, ok := t.byAcct[account]
	if !ok {
		return Leaf{}, nil, false
	}
	proof, _ = t.Proof(i)
	return t.Leaf(i), proof, true
}

// Verify reports whether proof proves leaf under root.
func Verify(root common.Hash, leaf Leaf, proof []common.Hash) bool {
	if leaf.Amount == nil || leaf.Amount.Sign() < 0 || leaf.Amount.BitLen() > 256 {
		return false
	}
	h := LeafHash(leaf)
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

// dump is the "standard-v1" JSON of @openzeppelin/merkle-tree.
type dump struct {
	Format       string      `json:"format"`
	LeafEncoding []string    `json:"leafEncoding"`
	Tree         []string    `json:"tree"`
	Values       []dumpValue `json:"values"`
}

type dumpValue struct {
	Value     [2]string `json:"value"`
	TreeIndex int       `json:"treeIndex"`
}

// MarshalJSON writes the tree as @openzeppelin/merkle-tree's "standard-v1"
// dump, which StandardMerkleTree.load reads.
func (t *Tree) MarshalJSON() ([]byte, error) {
	d := dump{Format: "standard-v1", LeafEncoding: []string{"address", "uint256"}}
	for _, n := range t.nodes {
		d.Tree = append(d.Tree, n.Hex())
	}
	for i, l := range t.leaves {
		d.Values = append(d.Values, dumpValue{Value: [2]string{l.Account.Hex(), l.Amount.String()}, TreeIndex: t.pos[i]})
	}
	return json.Marshal(d)
}

// UnmarshalJSON reads a "standard-v1" dump, rebuilding the tree from its
// values and refusing a dump whose tree does not match them.
func (t *Tree) UnmarshalJSON(data []byte) error {
	var d dump
	if err := json.Unmarshal(data, &d); err != nil {
		return err
	}
	if d.Format != "standard-v1" || !slices.Equal(d.LeafEncoding, []string{"address", "uint256"}) {
		return fmt.Errorf("merkle: unsupported dump format %q %v", d.Format, d.LeafEncoding)
	}
	leaves := make([]Leaf, len(d.Values))
	for i, v := range d.Values {
		if !common.IsHexAddress(v.Value[0]) {
			return fmt.Errorf("merkle: value %d: bad address %q", i, v.Value[0])
		}
		amount, ok := new(big.Int).SetString(v.Value[1], 0)
		if !ok {
			return fmt.Errorf("merkle: value %d: bad amount %q", i, v.Value[1])
		}
		leaves[i] = Leaf{Account: common.HexToAddress(v.Value[0]), Amount: amount}
	}
	built, err := New(leaves)
	if err != nil {
		return err
	}
	if len(d.Tree) != len(built.nodes) {
		return errors.New("merkle: dump tree does not match its values")
	}
	for i, h := range d.Tree {
		b, err := hexutil.Decode(h)
		if err != nil || len(b) != common.HashLength || common.Hash(b) != built.nodes[i] {
			return errors.New("merkle: dump tree does not match its values")
		}
	}
	// As @openzeppelin/merkle-tree's load does, each value must sit where
	// the dump says.
	for i, v := range d.Values {
		if v.TreeIndex != built.pos[i] {
			return fmt.Errorf("merkle: value %d: its leaf is not at treeIndex %d", i, v.TreeIndex)
		}
	}
	*t = *built
	return nil
}
