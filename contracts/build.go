package contracts

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
)

// Build is one release's compiled contracts, the files `make contracts`
// writes to contracts/out: this binary's (Embedded), or another release's
// directory (Release), for upgrading to its contracts and auditing code
// that runs them.
type Build struct {
	fsys fs.FS
	name string
}

// Embedded is the build this binary carries.
var Embedded = &Build{fsys: mustSub(out, "out"), name: "this build"}

func mustSub(f fs.FS, dir string) fs.FS {
	s, err := fs.Sub(f, dir)
	if err != nil {
		panic(err)
	}
	return s
}

// Release is the build in dir (another release's contracts/out): its
// artifacts, and this binary's for the contracts it lacks.
func Release(dir string) (*Build, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("contracts: release artifacts: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("contracts: release artifacts: %s is not a directory", dir)
	}
	return &Build{fsys: overlay{top: os.DirFS(dir), base: Embedded.fsys}, name: dir}, nil
}

// String names the build in messages.
func (b *Build) String() string { return b.name }

// overlay reads top, and base for what top lacks.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return f, err
	}
	return o.base.Open(name)
}

// ReadDir lists both layers, top first where a name is in both.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, f := range []fs.FS{o.top, o.base} {
		entries, err := fs.ReadDir(f, name)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// ProxyOf is the proxy contract (an artifact name) the upgradeable
// contract runs behind: IdentityRegistryProxy for the IdentityRegistry (an
// ERC-1967 proxy that answers the records every token transfer reads
// without delegating), ERC1967Proxy for every other.
func ProxyOf(contract string) string {
	if contract == "IdentityRegistry" {
		return "IdentityRegistryProxy"
	}
	return "ERC1967Proxy"
}
