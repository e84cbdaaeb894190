package audit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/contracts"
)

// DeploymentRecords lists the contracts the records hold on a chain;
// chain.DeploymentStore has it.
type DeploymentRecords interface {
	Deployments(ctx context.Context, chainID *big.Int) ([]chain.Deployment, error)
}

// isProxy reports whether d records a proxy: a UUPS implementation's
// contract name under a role that is not the implementation's own
// ("impl:<Contract>").
func (r *run) isProxy(d chain.Deployment) bool {
	return !strings.HasPrefix(d.Name, "impl:") && r.build().Upgradeable(d.Contract)
}

// isParkedImplementation reports whether d records an implementation
// under its address ("impl:<Contract>:<address>"), as `tessera upgrade`
// keeps one between schedule and execute and after it is replaced.
func isParkedImplementation(d chain.Deployment) bool {
	rest, ok := strings.CutPrefix(d.Name, "impl:")
	if !ok {
		return false
	}
	_, addr, ok := strings.Cut(rest, ":")
	return ok && strings.EqualFold(addr, d.Address.Hex())
}

// record returns the record named name among those audited.
func (r *run) record(name string) (chain.Deployment, bool) {
	for _, d := range r.deps {
		if d.Name == name {
			return d, true
		}
	}
	return chain.Deployment{}, false
}

// build is the release whose artifacts the code is compared with:
// Verifier.Build, or this binary's.
func (r *run) build() *contracts.Build {
	if r.v.Build != nil {
		return r.v.Build
	}
	return contracts.Embedded
}

// recorded returns the records on the audited chain deployed at or below
// the audited block, sorted by name, and the number deployed after it.
func (r *run) recorded(ctx context.Context) ([]chain.Deployment, int, error) {
	if r.deps != nil {
		return r.deps, r.later, nil
	}
	all, err := r.v.Deployments.Deployments(ctx, r.chainID)
	if err != nil {
		return nil, 0, fmt.Errorf("read deployment records: %w", err)
	}
	r.deps = []chain.Deployment{}
	for _, d := range all {
		if d.Block > r.block {
			r.later++
			continue
		}
		r.deps = append(r.deps, d)
	}
	sort.Slice(r.deps, func(i, j int) bool { return r.deps[i].Name < r.deps[j].Name })
	return r.deps, r.later, nil
}

func (r *run) codeAt(ctx context.Context, addr common.Address) ([]byte, error) {
	code, err := r.v.Chain.CodeAt(ctx, addr, new(big.Int).SetUint64(r.block))
	if err != nil {
		return nil, fmt.Errorf("read the code of %s at block %d: %w", addr.Hex(), r.block, err)
	}
	return code, nil
}

// implementationOf reads a proxy's ERC-1967 implementation slot.
func (r *run) implementationOf(ctx context.Context, proxy common.Address) (common.Address, error) {
	v, err := r.v.Chain.StorageAt(ctx, proxy, chain.UpgradeSlot, new(big.Int).SetUint64(r.block))
	if err != nil {
		return common.Address{}, fmt.Errorf("read the implementation slot of %s at block %d: %w", proxy.Hex(), r.block, err)
	}
	return common.BytesToAddress(v), nil
}

// artifactName names an artifact with the hash of its metadata.
func (r *run) artifactName(contract string) string {
	if h, err := r.build().MetadataHashOf(contract); err == nil {
		return contract + " (metadata " + h + ")"
	}
	return contract
}

// runs describes what code is: the artifact it matches, or its size and
// metadata hash.
func (r *run) runs(code []byte) string {
	if len(code) == 0 {
		return "no code"
	}
	if n := r.build().Identify(code); n != "" {
		return "the code of " + r.artifactName(n)
	}
	s := fmt.Sprintf("%d bytes of code that match no artifact of %s", len(code), r.build())
	if h, ok := contracts.MetadataHash(code); ok {
		s += ", metadata " + h
	}
	return s
}

// matchArtifact compares code at addr with contract's artifact: byte for
// byte where the constructor takes no arguments (the immutables as it
// writes them at addr: UUPSUpgradeable's __self is addr), outside the
// immutables solc lists otherwise. It returns why it does not match, or "".
func (r *run) matchArtifact(contract string, addr common.Address, code []byte) (string, error) {
	art, err := r.build().Load(contract)
	if err != nil {
		return r.build().String() + " has no artifact " + contract, nil
	}
	var args []byte
	if art.TakesRegistry() {
		// Built for the platform's registry: its immutable must be the
		// registry on record, not one that says every wallet is verified.
		reg, ok := r.record("identity-registry")
		if !ok {
			return "no identity-registry is recorded to build " + contract + " for", nil
		}
		args = common.LeftPadBytes(reg.Address[:], 32)
	}
	want, err := r.build().RuntimeWith(contract, args, addr, r.chainID)
	switch {
	case errors.Is(err, contracts.ErrConstructorArguments):
		if art.Matches(code) {
			return "", nil
		}
	case err != nil:
		return "", err
	default:
		if bytes.Equal(code, want) {
			return "", nil
		}
		if art.Matches(code) {
			return "its immutables differ from those " + contract + "'s constructor writes at " + addr.Hex(), nil
		}
	}
	return "it runs " + r.runs(code), nil
}

// code: every record's address runs the artifact it is recorded as; a
// proxy runs ERC1967Proxy and its implementation the recorded contract.
func (r *run) code(ctx context.Context) (Check, error) {
	const title = "Every recorded address runs the code of this build's artifact for it (proxies: the contract's ERC-1967 proxy, and their implementation the recorded contract)"
	if r.v.Deployments == nil {
		return skipped(CheckCode, title, "no deployment records configured"), nil
	}
	c := Check{ID: CheckCode, Title: title}
	deps, later, err := r.recorded(ctx)
	if err != nil {
		return c, err
	}
	var f findings
	proxies := 0
	for _, d := range deps {
		code, err := r.codeAt(ctx, d.Address)
		if err != nil {
			return c, err
		}
		if len(code) == 0 {
			f.add("%s (%s, recorded as %s) holds no code at block %d", d.Name, d.Address.Hex(), d.Contract, r.block)
			continue
		}
		if isParkedImplementation(d) {
			// Deployed for an upgrade not executed yet, or retired by
			// one: no proxy of the records runs it through this record,
			// and the build audited may be the release before or after.
			c.Notes = append(c.Notes, fmt.Sprintf("%s %s (an implementation no record names current: pending or retired) runs %s", d.Name, d.Address.Hex(), r.runs(code)))
			continue
		}
		if !r.isProxy(d) {
			why, err := r.matchArtifact(d.Contract, d.Address, code)
			if err != nil {
				return c, err
			}
			if why != "" {
				f.add("%s (%s) is recorded as %s but does not run artifact %s: %s", d.Name, d.Address.Hex(), d.Contract, r.artifactName(d.Contract), why)
				continue
			}
			c.Notes = append(c.Notes, fmt.Sprintf("%s %s runs %s", d.Name, d.Address.Hex(), r.artifactName(d.Contract)))
			continue
		}
		proxies++
		proxyContract := contracts.ProxyOf(d.Contract)
		why, err := r.matchArtifact(proxyContract, d.Address, code)
		if err != nil {
			return c, err
		}
		if why != "" {
			f.add("%s (%s) is recorded as a proxy of %s but does not run artifact %s: %s", d.Name, d.Address.Hex(), d.Contract, r.artifactName(proxyContract), why)
			continue
		}
		impl, err := r.implementationOf(ctx, d.Address)
		if err != nil {
			return c, err
		}
		implCode, err := r.codeAt(ctx, impl)
		if err != nil {
			return c, err
		}
		if why, err = r.matchArtifact(d.Contract, impl, implCode); err != nil {
			return c, err
		}
		if why != "" {
			f.add("%s (proxy %s): its implementation %s does not run artifact %s: %s", d.Name, d.Address.Hex(), impl.Hex(), r.artifactName(d.Contract), why)
			continue
		}
		c.Notes = append(c.Notes, fmt.Sprintf("%s %s runs %s, implementation %s runs %s", d.Name, d.Address.Hex(), r.artifactName(proxyContract),
			impl.Hex(), r.artifactName(d.Contract)))
	}
	c.Facts = []Fact{fact("records", len(deps)), fact("proxies", proxies)}
	if later > 0 {
		c.Facts = append(c.Facts, fact("records deployed after the block (not checked)", later))
	}
	c.Summary = fmt.Sprintf("%d recorded addresses compared with the artifacts of %s", len(deps), r.build())
	f.done(&c, len(deps), "no contract is recorded on this chain at this block")
	return c, nil
}
