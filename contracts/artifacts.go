// Package contracts holds the compiler's output for Tessera's Solidity
// contracts, out/<Name>.json as `make contracts` writes it, for what the Go
// bindings do not carry: each contract's runtime code and where the
// constructor writes its immutables into it, the libraries linked into it,
// solc's metadata and the standard-JSON input of the whole build. With them
// the platform recognises, by reading a contract's code on chain, whether it
// is one of its own, deploys the libraries a contract needs, and hands a
// verifier (Etherscan, Sourcify) what it needs to recompile any contract.
package contracts

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

//go:embed out/*.json
var out embed.FS

// Span is a byte range of runtime code.
type Span struct {
	Start  int `json:"start"`
	Length int `json:"length"`
}

// Artifact is one compiled contract.
type Artifact struct {
	Name string
	// Runtime is the deployed bytecode with zeros where immutables go.
	Runtime []byte
	// Immutables are the ranges of Runtime the constructor fills in (solc's
	// immutableReferences, every reference of every immutable).
	Immutables []Span
	// Creation is the creation code, libraries linked.
	Creation []byte
	// Libraries maps each library linked into the code ("source:Name") to
	// its address: the deterministic deployment proxy's for the library's
	// creation code, the same on every chain.
	Libraries map[string]common.Address
	// Constructor lists the types of the constructor's arguments.
	Constructor []string
	// Metadata is solc's metadata (JSON) of the contract, whose IPFS hash
	// ends the runtime code: it names every source by keccak256.
	Metadata string
}

// Load returns the artifact of contract name, e.g. "AssetToken", of this
// binary's build.
func Load(name string) (Artifact, error) { return Embedded.Load(name) }

// Load returns the artifact of contract name, e.g. "AssetToken".
func (b *Build) Load(name string) (Artifact, error) {
	if name == "" || name == "solc-input" || strings.ContainsAny(name, "/.") {
		return Artifact{}, fmt.Errorf("contracts: bad contract name %q", name)
	}
	raw, err := fs.ReadFile(b.fsys, name+".json")
	if err != nil {
		return Artifact{}, fmt.Errorf("contracts: no artifact for %s in %s: %w", name, b, err)
	}
	return Parse(name, raw)
}

// Parse reads an artifact in contracts/out's format (another release's,
// for an upgrade).
func Parse(name string, raw []byte) (Artifact, error) {
	var j struct {
		Bytecode            string                    `json:"bytecode"`
		DeployedBytecode    string                    `json:"deployedBytecode"`
		ImmutableReferences map[string][]Span         `json:"immutableReferences"`
		Libraries           map[string]common.Address `json:"libraries"`
		Metadata            string                    `json:"metadata"`
		ABI                 []struct {
			Type   string `json:"type"`
			Inputs []struct {
				Type string `json:"type"`
			} `json:"inputs"`
		} `json:"abi"`
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		return Artifact{}, fmt.Errorf("contracts: read %s: %w", name, err)
	}
	if j.ImmutableReferences == nil {
		return Artifact{}, fmt.Errorf("contracts: %s has no immutableReferences: run make contracts", name)
	}
	a := Artifact{Name: name, Runtime: common.FromHex(j.DeployedBytecode), Creation: common.FromHex(j.Bytecode),
		Libraries: j.Libraries, Metadata: j.Metadata}
	for _, e := range j.ABI {
		if e.Type == "constructor" {
			for _, in := range e.Inputs {
				a.Constructor = append(a.Constructor, in.Type)
			}
		}
	}
	for _, spans := range j.ImmutableReferences {
		for _, s := range spans {
			if s.Start < 0 || s.Length <= 0 || s.Start+s.Length > len(a.Runtime) {
				return Artifact{}, fmt.Errorf("contracts: %s: immutable at %d+%d lies outside its %d bytes of code",
					name, s.Start, s.Length, len(a.Runtime))
			}
			a.Immutables = append(a.Immutables, s)
			clear(a.Runtime[s.Start : s.Start+s.Length])
		}
	}
	return a, nil
}

// Matches reports whether code, read from a chain, is this contract's
// runtime code: equal byte for byte outside the immutables. A contract
// without runtime code (an interface) matches nothing.
func (a Artifact) Matches(code []byte) bool {
	if len(a.Runtime) == 0 || len(code) != len(a.Runtime) {
		return false
	}
	masked := make([]byte, len(code))
	copy(masked, code)
	for _, s := range a.Immutables {
		clear(masked[s.Start : s.Start+s.Length])
	}
	return string(masked) == string(a.Runtime)
}

// StandardInput returns the solc standard-JSON input every artifact was
// compiled from (sources and settings; libraries are linked afterwards at
// the addresses each artifact lists), as Etherscan's "standard JSON input"
// verification takes it.
func StandardInput() ([]byte, error) { return Embedded.StandardInput() }

// StandardInput returns the build's solc standard-JSON input.
func (b *Build) StandardInput() ([]byte, error) {
	raw, err := fs.ReadFile(b.fsys, "solc-input.json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no standard-JSON input: %w", err)
	}
	return raw, nil
}

// TakesRegistry reports whether the contract is an implementation built
// for one identity registry: its constructor's one argument is the
// platform's registry (an immutable, read by every transfer without a
// storage read), so it is deployed once the registry is.
func (a Artifact) TakesRegistry() bool {
	return len(a.Constructor) == 1 && a.Constructor[0] == "address"
}
