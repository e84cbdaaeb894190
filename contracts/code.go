package contracts

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
)

// compiled is the part of out/<Name>.json beyond what Load reads.
type compiled struct {
	Bytecode string `json:"bytecode"`
	ABI      []struct {
		Type   string            `json:"type"`
		Name   string            `json:"name"`
		Inputs []json.RawMessage `json:"inputs"`
	} `json:"abi"`
	Metadata string `json:"metadata"`
	// Libraries are the addresses the code was linked against,
	// "source:Library" to 0x address.
	Libraries map[string]string `json:"libraries"`
}

func (b *Build) readCompiled(name string) (compiled, error) {
	if _, err := b.Load(name); err != nil {
		return compiled{}, err
	}
	raw, err := fs.ReadFile(b.fsys, name+".json")
	if err != nil {
		return compiled{}, fmt.Errorf("contracts: no artifact for %s: %w", name, err)
	}
	var c compiled
	if err := json.Unmarshal(raw, &c); err != nil {
		return compiled{}, fmt.Errorf("contracts: read %s: %w", name, err)
	}
	return c, nil
}

// Names lists the contracts of this binary's build, sorted.
func Names() []string { return Embedded.Names() }

// Names lists the contracts of the build, sorted.
func (b *Build) Names() []string {
	entries, _ := fs.ReadDir(b.fsys, ".")
	var names []string
	for _, e := range entries {
		n, ok := strings.CutSuffix(e.Name(), ".json")
		if ok && n != "solc-input" {
			names = append(names, n)
		}
	}
	return names
}

// Upgradeable reports whether contract name is a UUPS implementation
// (it has proxiableUUID and upgradeToAndCall): deployed once as an
// implementation and used through ERC-1967 proxies.
func Upgradeable(name string) bool { return Embedded.Upgradeable(name) }

// Upgradeable reports whether the build's contract name is a UUPS
// implementation.
func (b *Build) Upgradeable(name string) bool {
	c, err := b.readCompiled(name)
	if err != nil {
		return false
	}
	has := map[string]bool{}
	for _, e := range c.ABI {
		if e.Type == "function" {
			has[e.Name] = true
		}
	}
	return has["proxiableUUID"] && has["upgradeToAndCall"]
}

// Identify returns the name of the contract of this build whose runtime
// code code is (immutables masked), or "" when none is.
func Identify(code []byte) string { return Embedded.Identify(code) }

// Identify returns the name of the build's contract whose runtime code
// code is (immutables masked), or "".
func (b *Build) Identify(code []byte) string {
	for _, n := range b.Names() {
		if a, err := b.Load(n); err == nil && a.Matches(code) {
			return n
		}
	}
	return ""
}

// ErrConstructorArguments is returned by RuntimeAt for a contract whose
// constructor takes arguments: what it writes into its immutables depends
// on them.
var ErrConstructorArguments = errors.New("the constructor takes arguments")

// RuntimeAt returns the runtime code contract name has when its
// constructor, given no arguments, runs at addr on chain chainID: the
// artifact's runtime code with every immutable filled in as the
// constructor fills it (UUPSUpgradeable's __self is addr). It runs the
// creation code in an empty in-memory EVM, so it holds for constructors
// that read nothing but their own address, the chain id and constants, as
// implementation contracts do (their state lives behind the proxy).
func RuntimeAt(name string, addr common.Address, chainID *big.Int) ([]byte, error) {
	return Embedded.RuntimeAt(name, addr, chainID)
}

// RuntimeAt is the build's contract name's runtime code at addr (see the
// package-level RuntimeAt).
func (b *Build) RuntimeAt(name string, addr common.Address, chainID *big.Int) ([]byte, error) {
	return b.RuntimeWith(name, nil, addr, chainID)
}

// RuntimeWith is RuntimeAt for a constructor given args (ABI-encoded): an
// implementation built for the platform's registry writes it into its
// immutables, so the code on chain is known byte for byte.
func (b *Build) RuntimeWith(name string, args []byte, addr common.Address, chainID *big.Int) ([]byte, error) {
	c, err := b.readCompiled(name)
	if err != nil {
		return nil, err
	}
	for _, e := range c.ABI {
		if e.Type == "constructor" && len(e.Inputs) > 0 && len(args) == 0 {
			return nil, fmt.Errorf("contracts: %s: %w", name, ErrConstructorArguments)
		}
	}
	creation := append(common.FromHex(c.Bytecode), args...)
	if len(creation) == 0 {
		return nil, fmt.Errorf("contracts: %s has no creation code", name)
	}
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		return nil, err
	}
	// Run as a call, the creation code returns the runtime code it would
	// deploy, its immutables written for the address it runs at.
	db.CreateAccount(addr)
	db.SetCode(addr, creation, tracing.CodeChangeUnspecified)
	cfg := &runtime.Config{State: db, ChainConfig: evmConfig(chainID)}
	code, _, err := runtime.Call(addr, nil, cfg)
	if err != nil {
		return nil, fmt.Errorf("contracts: run %s's constructor: %w", name, err)
	}
	return code, nil
}

// evmConfig is a chain with every fork up to Cancun (the artifacts'
// evmVersion) from genesis.
func evmConfig(chainID *big.Int) *params.ChainConfig {
	if chainID == nil {
		chainID = big.NewInt(1)
	}
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID: new(big.Int).Set(chainID), HomesteadBlock: new(big.Int), EIP150Block: new(big.Int), EIP155Block: new(big.Int),
		EIP158Block: new(big.Int), ByzantiumBlock: new(big.Int), ConstantinopleBlock: new(big.Int), PetersburgBlock: new(big.Int),
		IstanbulBlock: new(big.Int), MuirGlacierBlock: new(big.Int), BerlinBlock: new(big.Int), LondonBlock: new(big.Int),
		TerminalTotalDifficulty: new(big.Int), ShanghaiTime: &zero, CancunTime: &zero,
	}
}

// MetadataHash returns the IPFS address (CIDv0, "Qm…") of the solc
// metadata that code, runtime code compiled with bytecodeHash ipfs, ends
// with in its CBOR tail; ok is false when code carries none. The metadata
// commits to the compiler, its settings and every source's keccak-256, so
// code that equals an artifact byte for byte was built from its sources.
func MetadataHash(code []byte) (cid string, ok bool) {
	if len(code) < 2 {
		return "", false
	}
	n := int(code[len(code)-2])<<8 | int(code[len(code)-1])
	if n == 0 || n+2 > len(code) {
		return "", false
	}
	tail := code[len(code)-2-n : len(code)-2]
	// a2 64 "ipfs" 58 22 <34 bytes> …: the map's first key is ipfs.
	prefix := []byte{0x64, 'i', 'p', 'f', 's', 0x58, 0x22}
	for i := 0; i+len(prefix)+34 <= len(tail); i++ {
		if string(tail[i:i+len(prefix)]) == string(prefix) {
			return base58(tail[i+len(prefix) : i+len(prefix)+34]), true
		}
	}
	return "", false
}

// MetadataHashOf returns the metadata hash of contract name's artifact.
func MetadataHashOf(name string) (string, error) { return Embedded.MetadataHashOf(name) }

// MetadataHashOf returns the metadata hash of the build's artifact name.
func (b *Build) MetadataHashOf(name string) (string, error) {
	a, err := b.Load(name)
	if err != nil {
		return "", err
	}
	cid, ok := MetadataHash(a.Runtime)
	if !ok {
		return "", fmt.Errorf("contracts: %s's code carries no IPFS metadata hash", name)
	}
	return cid, nil
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58 encodes b in Bitcoin's alphabet, as IPFS writes CIDv0.
func base58(b []byte) string {
	x := new(big.Int).SetBytes(b)
	mod, base := new(big.Int), big.NewInt(58)
	var out []byte
	for x.Sign() > 0 {
		x.DivMod(x, base, mod)
		out = append(out, base58Alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}
