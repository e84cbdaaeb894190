package deploy

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/tessera-rwa/tessera/contracts"
)

// Verification is what a verifier needs for one deployed contract.
type Verification struct {
	Name            string            `json:"name"` // the record
	Address         string            `json:"address"`
	Contract        string            `json:"contract"` // "path.sol:Name", as verifiers ask for it
	Compiler        string            `json:"compiler"`
	ConstructorArgs string            `json:"constructor_args"` // ABI-encoded, 0x hex
	Libraries       map[string]string `json:"libraries,omitempty"`
}

// WriteVerification writes, under dir, for each contract the plan creates,
// <record>/input.json (solc standard-JSON input with the sources its
// metadata names, compiled as the artifact was, libraries linked
// afterwards at the addresses listed), <record>/metadata.json (solc's
// metadata, whose IPFS hash ends the runtime code: Sourcify's input with
// the sources in input.json) and <record>/verification.json (address,
// fully qualified contract name, compiler, constructor arguments,
// libraries). It returns how many contracts it wrote.
func WriteVerification(dir string, p Plan) (int, error) {
	n := 0
	for _, s := range p.Steps {
		if !s.Creates() {
			continue
		}
		art, err := contracts.Load(s.Runs)
		if err != nil {
			return n, err
		}
		input, target, compiler, err := contracts.VerificationInput(art)
		if err != nil {
			return n, err
		}
		v := Verification{Name: s.Name, Address: s.Address.Hex(), Contract: target, Compiler: compiler,
			ConstructorArgs: hexutil.Encode(s.Args)}
		if v.ConstructorArgs == "0x" {
			v.ConstructorArgs = ""
		}
		for lib, addr := range art.Libraries {
			if v.Libraries == nil {
				v.Libraries = map[string]string{}
			}
			v.Libraries[lib] = addr.Hex()
		}
		meta, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return n, err
		}
		sub := filepath.Join(dir, strings.ReplaceAll(s.Name, ":", "-"))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return n, err
		}
		for file, body := range map[string][]byte{"input.json": input, "metadata.json": []byte(art.Metadata), "verification.json": append(meta, '\n')} {
			if err := os.WriteFile(filepath.Join(sub, file), body, 0o644); err != nil {
				return n, fmt.Errorf("write %s: %w", filepath.Join(sub, file), err)
			}
		}
		n++
	}
	return n, nil
}
