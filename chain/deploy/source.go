package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tessera-rwa/tessera/contracts"
)

// Source gives the artifacts a deployment or an upgrade creates: creation
// code and the libraries it links.
type Source interface {
	Artifact(contract string) (contracts.Artifact, error)
}

// Embedded is the source built into this binary: contracts/out.
var Embedded Source = embedded{}

type embedded struct{}

func (embedded) Artifact(contract string) (contracts.Artifact, error) {
	return contracts.Load(contract)
}

// Dir is a directory of artifacts in contracts/out's format
// (<Contract>.json): another release's, to upgrade to. A contract it lacks
// comes from this binary.
type Dir string

// Artifact implements Source.
func (d Dir) Artifact(contract string) (contracts.Artifact, error) {
	if contract == "" || strings.ContainsAny(contract, `/\.`) {
		return contracts.Artifact{}, fmt.Errorf("deploy: bad contract name %q", contract)
	}
	raw, err := os.ReadFile(filepath.Join(string(d), contract+".json"))
	if os.IsNotExist(err) {
		return contracts.Load(contract)
	}
	if err != nil {
		return contracts.Artifact{}, fmt.Errorf("deploy: artifact of %s: %w", contract, err)
	}
	a, err := contracts.Parse(contract, raw)
	if err != nil {
		return contracts.Artifact{}, fmt.Errorf("deploy: %s: %w", filepath.Join(string(d), contract+".json"), err)
	}
	if len(a.Creation) == 0 {
		return contracts.Artifact{}, fmt.Errorf("deploy: artifact of %s in %s has no bytecode", contract, d)
	}
	return a, nil
}
