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

// Deployed is what a verifier asks about one deployed contract besides its
// sources: where it is, which contract of the input it is, and the
// constructor arguments it was created with.
type Deployed struct {
	Name            string `json:"name"` // the deployment record
	Address         string `json:"address"`
	Contract        string `json:"contract"`         // "source:Name", as Etherscan names it
	ConstructorArgs string `json:"constructor_args"` // ABI-encoded, 0x hex; empty for none
}

// WriteVerification writes, under dir, for each contract the plan creates,
// the files contracts.WriteVerification writes (the solc standard-JSON
// input restricted to its sources, its metadata, the libraries it links)
// and deployed.json (Deployed), in a directory named after its record with
// ':' written '-'. It returns how many contracts it wrote.
func WriteVerification(dir string, p Plan) (int, error) {
	n := 0
	for _, s := range p.Steps {
		if !s.Creates() {
			continue
		}
		sub := strings.ReplaceAll(s.Name, ":", "-")
		if err := contracts.WriteVerification(dir, sub, s.Runs); err != nil {
			return n, fmt.Errorf("%s: %w", s.Name, err)
		}
		v, err := contracts.VerificationFor(s.Runs)
		if err != nil {
			return n, err
		}
		d := Deployed{Name: s.Name, Address: s.Address.Hex(), Contract: v.Source + ":" + v.Name}
		if len(s.Args) > 0 {
			d.ConstructorArgs = hexutil.Encode(s.Args)
		}
		body, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			return n, err
		}
		if err := os.WriteFile(filepath.Join(dir, sub, "deployed.json"), append(body, '\n'), 0o644); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
