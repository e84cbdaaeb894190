package contracts

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Verification is what a block explorer needs to verify a deployed
// contract against its sources: Etherscan's standard-JSON input and
// Sourcify's metadata (whose sources are those of Input).
type Verification struct {
	// Input is solc's standard-JSON input holding exactly the sources the
	// contract's metadata lists, with the settings it was compiled with and
	// an outputSelection for the contract alone.
	Input []byte
	// Metadata is solc's metadata JSON, byte for byte the document whose
	// IPFS hash ends the runtime code.
	Metadata []byte
	// Source and Name are the compilation target, as "Source:Name" names
	// the contract to Etherscan.
	Source, Name string
	// Libraries are the library addresses the code is linked against
	// ("source:Library" to address): solc leaves their places open
	// (settings.libraries is empty, as in the metadata) and a verifier
	// links them, as the build did.
	Libraries map[string]string
}

// VerificationFor returns the verification files of contract name, from
// its artifact's metadata and out/solc-input.json.
func VerificationFor(name string) (Verification, error) { return Embedded.VerificationFor(name) }

// VerificationFor returns the verification files of the build's contract
// name.
func (b *Build) VerificationFor(name string) (Verification, error) {
	c, err := b.readCompiled(name)
	if err != nil {
		return Verification{}, err
	}
	if c.Metadata == "" {
		return Verification{}, fmt.Errorf("contracts: %s's artifact has no metadata: run make contracts", name)
	}
	var meta struct {
		Settings struct {
			CompilationTarget map[string]string `json:"compilationTarget"`
		} `json:"settings"`
		Sources map[string]json.RawMessage `json:"sources"`
	}
	if err := json.Unmarshal([]byte(c.Metadata), &meta); err != nil {
		return Verification{}, fmt.Errorf("contracts: %s's metadata: %w", name, err)
	}
	if len(meta.Settings.CompilationTarget) != 1 {
		return Verification{}, fmt.Errorf("contracts: %s's metadata names %d compilation targets", name, len(meta.Settings.CompilationTarget))
	}
	v := Verification{Metadata: []byte(c.Metadata), Libraries: c.Libraries}
	for src, n := range meta.Settings.CompilationTarget {
		v.Source, v.Name = src, n
	}
	raw, err := b.StandardInput()
	if err != nil {
		return Verification{}, fmt.Errorf("contracts: no compiler input: run make contracts: %w", err)
	}
	var full struct {
		Language string                     `json:"language"`
		Sources  map[string]json.RawMessage `json:"sources"`
		Settings map[string]json.RawMessage `json:"settings"`
	}
	if err := json.Unmarshal(raw, &full); err != nil {
		return Verification{}, fmt.Errorf("contracts: read solc-input.json: %w", err)
	}
	paths := make([]string, 0, len(meta.Sources))
	for p := range meta.Sources {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	sources := make(map[string]json.RawMessage, len(paths))
	for _, p := range paths {
		s, ok := full.Sources[p]
		if !ok {
			return Verification{}, fmt.Errorf("contracts: %s's metadata lists source %s, which solc-input.json lacks", name, p)
		}
		sources[p] = s
	}
	settings := make(map[string]json.RawMessage, len(full.Settings))
	for k, s := range full.Settings {
		settings[k] = s
	}
	sel, err := json.Marshal(map[string]map[string][]string{v.Source: {v.Name: {
		"abi", "evm.bytecode.object", "evm.deployedBytecode.object", "evm.deployedBytecode.immutableReferences", "metadata",
	}}})
	if err != nil {
		return Verification{}, err
	}
	settings["outputSelection"] = sel
	v.Input, err = json.MarshalIndent(map[string]any{"language": full.Language, "sources": sources, "settings": settings}, "", "  ")
	if err != nil {
		return Verification{}, err
	}
	return v, nil
}

// WriteVerification writes the verification files of contract, deployed as
// deployment record record, to <dir>/<record>/input.json and metadata.json,
// and libraries.json when the code is linked against libraries.
func WriteVerification(dir, record, contract string) error {
	return Embedded.WriteVerification(dir, record, contract)
}

// WriteVerification writes the verification files of the build's contract.
func (b *Build) WriteVerification(dir, record, contract string) error {
	if record == "" || record == "." || record == ".." || strings.ContainsAny(record, `/\`) {
		return fmt.Errorf("contracts: record name %q cannot name a directory", record)
	}
	v, err := b.VerificationFor(contract)
	if err != nil {
		return err
	}
	d := filepath.Join(dir, record)
	if err := os.MkdirAll(d, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(d, "input.json"), append(v.Input, '\n'), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(d, "metadata.json"), v.Metadata, 0o644); err != nil {
		return err
	}
	if len(v.Libraries) == 0 {
		return nil
	}
	libs, err := json.MarshalIndent(v.Libraries, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(d, "libraries.json"), append(libs, '\n'), 0o644)
}
