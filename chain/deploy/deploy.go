// Package deploy puts Tessera's platform contracts on a chain and upgrades
// them. A deployment is a Plan: an ordered list of steps, each either a
// contract created at a deterministic (CREATE2) address or a configuration
// call whose effect can be read back. Apply runs the steps that the chain
// does not show done yet, each under its own idempotency key, and records
// every contract, so a run killed halfway finishes on the next one without
// deploying anything twice.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/units"
)

// Step is one write of a plan.
type Step struct {
	// Name is the deployment record a created contract is kept under
	// ("identity-registry", "impl:AssetToken", ...); empty for a call.
	Name string
	// Contract is the contract a record names: a proxy is recorded under
	// its implementation's, the interface the indexer and the domains
	// speak to at its address.
	Contract string
	// Runs is the artifact whose code sits at Address (the proxy artifact
	// for a proxy, else Contract) and Args its ABI-encoded constructor
	// arguments: what a verifier needs.
	Runs string
	Args []byte
	// Address is where a created contract will be; zero for a call.
	Address common.Address
	// To and Data are the write: the factory (or the deterministic
	// deployment proxy) with the creation code, or a contract with a call.
	To   common.Address
	Data []byte
	// Says describes the step for people, e.g. "grant REGISTRAR_ROLE to 0x…".
	Says string
	// Decimals, for a ValuationFeed created, are its decimals(), kept in
	// its record (chain.Deployment.Decimals).
	Decimals *uint8
	// Done reports whether a call's effect is on chain already. Nil for a
	// created contract: its code at Address decides.
	Done func(ctx context.Context, r Caller) (bool, error)
}

// Creates reports whether the step creates a contract.
func (s Step) Creates() bool { return s.Address != (common.Address{}) }

// Plan is what Apply sends, in order, from one signer on one chain.
type Plan struct {
	ChainID *big.Int
	From    common.Address
	Steps   []Step
}

// Sender sends one write exactly once under key and returns the receipt of
// the transaction that carried it (an error for a reverted one).
type Sender interface {
	Send(ctx context.Context, key string, to common.Address, data []byte) (*types.Receipt, error)
}

// Caller makes read-only calls.
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// ChainReader is what applying a plan reads: code, the head, and calls
// that tell whether a step's effect is there.
type ChainReader interface {
	Caller
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Reader is what planning reads from the node.
type Reader interface {
	ChainReader
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SuggestGasPrice(ctx context.Context) (*big.Int, error)
}

// Status is where a step stands on chain.
type Status struct {
	Step
	Done bool
	// Gas is the estimate for a step not done; Approx marks an estimate
	// made without the earlier steps on chain (see Estimate).
	Gas    uint64
	Approx bool
}

// Conflict is a deployment record on this chain that names another address
// than the plan: the chain is already bound to another deployment.
type Conflict struct {
	Name     string
	Recorded common.Address
	Planned  common.Address
}

// ErrBound is returned by Check when records on the chain bind the plan's
// names to other addresses.
var ErrBound = errors.New("deploy: the records bind this chain to other addresses")

// Check refuses a plan whose names are recorded on its chain at other
// addresses: a chain is deployed to once, and a second platform on it (or a
// plan with other parameters) would leave serve with two truths.
func Check(ctx context.Context, store chain.DeploymentStore, p Plan) ([]Conflict, error) {
	var out []Conflict
	for _, s := range p.Steps {
		if !s.Creates() {
			continue
		}
		rec, err := store.Deployment(ctx, p.ChainID, s.Name)
		if errors.Is(err, chain.ErrNotDeployed) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("deploy: read record %s: %w", s.Name, err)
		}
		if rec.Address != s.Address {
			out = append(out, Conflict{Name: s.Name, Recorded: rec.Address, Planned: s.Address})
		}
	}
	if len(out) > 0 {
		return out, ErrBound
	}
	return nil, nil
}

// State reads which steps are done and estimates the gas of the others.
// A step whose earlier steps are not on chain yet cannot be simulated
// against the chain as it is (its factory or implementation is missing):
// its estimate is taken from the creation code's size and marked Approx.
func State(ctx context.Context, r Reader, p Plan) ([]Status, error) {
	out := make([]Status, len(p.Steps))
	blocked := false
	for i, s := range p.Steps {
		st := Status{Step: s}
		done, err := isDone(ctx, r, s)
		if err != nil {
			return nil, err
		}
		st.Done = done
		if !done {
			if !blocked {
				gas, err := r.EstimateGas(ctx, ethereum.CallMsg{From: p.From, To: &s.To, Data: s.Data})
				if err == nil {
					st.Gas = gas
				} else {
					blocked = true
				}
			}
			if st.Gas == 0 {
				st.Gas, st.Approx = approxGas(s), true
			}
			if s.Creates() {
				// Later steps use this contract: their simulation against
				// today's chain would fail for want of it.
				blocked = true
			}
		}
		out[i] = st
	}
	return out, nil
}

func isDone(ctx context.Context, r ChainReader, s Step) (bool, error) {
	if s.Creates() {
		code, err := r.CodeAt(ctx, s.Address, nil)
		if err != nil {
			return false, fmt.Errorf("deploy: read code at %s (%s): %w", s.Address, s.Name, err)
		}
		return len(code) > 0, nil
	}
	if s.Done == nil {
		return false, nil
	}
	code, err := r.CodeAt(ctx, s.To, nil)
	if err != nil {
		return false, fmt.Errorf("deploy: read code at %s: %w", s.To, err)
	}
	if len(code) == 0 {
		return false, nil // its contract is an earlier step, not on chain yet
	}
	done, err := s.Done(ctx, r)
	if err != nil {
		return false, fmt.Errorf("deploy: %s: %w", s.Says, err)
	}
	return done, nil
}

// approxGas is an upper-leaning estimate of a step that cannot be simulated
// yet: the transaction, its calldata, CREATE2 with hashing of the init code,
// the code deposit of a runtime about as long as the init code, and room
// for a constructor or initializer.
func approxGas(s Step) uint64 {
	gas := uint64(21000)
	for _, b := range s.Data {
		if b == 0 {
			gas += 4
		} else {
			gas += 16
		}
	}
	if !s.Creates() {
		return gas + 60000
	}
	words := uint64(len(s.Data)+31) / 32
	return gas + 32000 + 6*words + 2*words + 200*uint64(len(s.Data)) + 250000
}

// Total is the gas of the steps not done and whether any figure is
// approximate.
func Total(st []Status) (gas uint64, approx bool) {
	for _, s := range st {
		if !s.Done {
			gas += s.Gas
			approx = approx || s.Approx
		}
	}
	return gas, approx
}

// Print writes the plan as people read it: each step, whether it is done,
// its gas, and the total with its cost at price (wei per gas; nil leaves
// the cost out).
func Print(w io.Writer, p Plan, st []Status, price *big.Int) {
	fmt.Fprintf(w, "plan for chain %s, sent from %s:\n", p.ChainID, p.From.Hex())
	for i, s := range st {
		state := "to do"
		if s.Done {
			state = "done "
		}
		what := s.Says
		if s.Creates() {
			what = fmt.Sprintf("%-20s %s", s.Name, s.Address.Hex())
			if s.Says != "" {
				what += "  " + s.Says
			}
		}
		gas := ""
		if !s.Done {
			gas = fmt.Sprintf("  %s gas", units.Group(fmt.Sprint(s.Gas)))
			if s.Approx {
				gas = "  ≈" + gas[2:]
			}
		}
		fmt.Fprintf(w, "  %2d. [%s] %s%s\n", i+1, state, what, gas)
	}
	gas, approx := Total(st)
	if gas == 0 {
		fmt.Fprintln(w, "nothing to send: every step is on chain")
		return
	}
	about := ""
	if approx {
		about = "about "
	}
	line := fmt.Sprintf("total: %s%s gas", about, units.Group(fmt.Sprint(gas)))
	if price != nil {
		cost := new(big.Int).Mul(new(big.Int).SetUint64(gas), price)
		line += fmt.Sprintf(" × %s gwei = %s%s ETH", roundUp(price, 9, 3), about, roundUp(cost, 18, 6))
	}
	fmt.Fprintln(w, line)
}

// Apply sends every step not done yet, in order, through send, and keeps a
// record of every created contract (also of one found on chain without a
// record, such as after a run killed between sending and recording). Each
// write has the key "deploy:<chain>:<n>:<name or call>:<address or data
// hash>", so a re-run after a crash waits for the write already sent
// rather than sending it again. progress, if not nil, gets a line per step.
func Apply(ctx context.Context, r ChainReader, send Sender, store chain.DeploymentStore, p Plan, progress io.Writer) error {
	if progress == nil {
		progress = io.Discard
	}
	if _, err := Check(ctx, store, p); err != nil {
		return err
	}
	for i, s := range p.Steps {
		label := s.Name
		if label == "" {
			label = s.Says
		}
		done, err := isDone(ctx, r, s)
		if err != nil {
			return err
		}
		if done {
			if s.Creates() {
				if err := ensureRecord(ctx, r, store, p.ChainID, s, nil); err != nil {
					return err
				}
			}
			fmt.Fprintf(progress, "[%d/%d] %s: already on chain\n", i+1, len(p.Steps), label)
			continue
		}
		receipt, err := send.Send(ctx, stepKey(p.ChainID, s), s.To, s.Data)
		if err != nil && s.Creates() {
			// Another deployment got there first (a library, which every
			// deployer shares, or a concurrent run of the same plan): the
			// address commits to the code, so code there is this step done.
			if done, _ := isDone(ctx, r, s); done {
				if err := ensureRecord(ctx, r, store, p.ChainID, s, nil); err != nil {
					return err
				}
				fmt.Fprintf(progress, "[%d/%d] %s: deployed meanwhile by another transaction\n", i+1, len(p.Steps), label)
				continue
			}
		}
		if err != nil {
			return fmt.Errorf("deploy: step %d (%s): %w", i+1, label, err)
		}
		if s.Creates() {
			// Read at the receipt's block: a node's "latest" may lag the
			// receipt it has just given.
			var at *big.Int
			if receipt != nil {
				at = receipt.BlockNumber
			}
			code, err := r.CodeAt(ctx, s.Address, at)
			if err != nil {
				return fmt.Errorf("deploy: read code at %s: %w", s.Address, err)
			}
			if len(code) == 0 {
				return fmt.Errorf("deploy: step %d (%s): transaction %s succeeded but %s holds no code", i+1, label, receipt.TxHash, s.Address)
			}
			if err := ensureRecord(ctx, r, store, p.ChainID, s, receipt); err != nil {
				return err
			}
			fmt.Fprintf(progress, "[%d/%d] %s: deployed at %s in %s (block %d, %d gas)\n", i+1, len(p.Steps), label,
				s.Address.Hex(), receipt.TxHash.Hex(), receipt.BlockNumber, receipt.GasUsed)
			continue
		}
		// A call whose key an earlier run used (its effect since undone,
		// e.g. a role revoked) comes back with that run's receipt: sent
		// again under a key naming that receipt's block, which a resumed
		// run derives the same way.
		for again := 0; s.Done != nil && again < Attempts; again++ {
			done, err := isDone(ctx, r, s)
			if err != nil {
				return err
			}
			if done {
				break
			}
			key := fmt.Sprintf("%s:after-%d", stepKey(p.ChainID, s), receipt.BlockNumber)
			if receipt, err = send.Send(ctx, key, s.To, s.Data); err != nil {
				return fmt.Errorf("deploy: step %d (%s): %w", i+1, label, err)
			}
		}
		fmt.Fprintf(progress, "[%d/%d] %s: done in %s (block %d, %d gas)\n", i+1, len(p.Steps), label,
			receipt.TxHash.Hex(), receipt.BlockNumber, receipt.GasUsed)
	}
	return nil
}

// stepKey is a step's idempotency key: it names the chain, the position,
// the record and the address (which commits to the creation code), or for a
// call a hash of its target and data.
func stepKey(chainID *big.Int, s Step) string {
	if s.Creates() {
		return fmt.Sprintf("deploy:%s:%s:%s", chainID, s.Name, strings.ToLower(s.Address.Hex()))
	}
	return fmt.Sprintf("deploy:%s:call:%s", chainID, crypto.Keccak256Hash(s.To.Bytes(), s.Data).Hex()[2:18])
}

// ensureRecord writes the record of a created contract unless one with the
// same address is there and nothing was sent (a development chain reset
// under the same id gets its contracts again at the same addresses, in
// new blocks). receipt is the creating transaction's, or nil for
// a contract found on chain: the record then carries the block it was seen
// at.
func ensureRecord(ctx context.Context, r ChainReader, store chain.DeploymentStore, chainID *big.Int, s Step, receipt *types.Receipt) error {
	rec, err := store.Deployment(ctx, chainID, s.Name)
	if err == nil && rec.Address == s.Address && receipt == nil {
		if s.Decimals == nil || rec.Decimals != nil {
			return nil
		}
		// Recorded before its decimals were: the record gains them.
		rec.Decimals = s.Decimals
		if err := store.SaveDeployment(ctx, rec); err != nil {
			return fmt.Errorf("deploy: record %s: %w", s.Name, err)
		}
		return nil
	}
	if err != nil && !errors.Is(err, chain.ErrNotDeployed) {
		return fmt.Errorf("deploy: read record %s: %w", s.Name, err)
	}
	d := chain.Deployment{ChainID: chainID, Name: s.Name, Contract: s.Contract, Address: s.Address, Decimals: s.Decimals}
	if receipt != nil {
		d.TxHash, d.Block, d.BlockHash = receipt.TxHash, receipt.BlockNumber.Uint64(), receipt.BlockHash
	} else {
		head, err := r.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("deploy: read head: %w", err)
		}
		d.Block, d.BlockHash = head.Number.Uint64(), head.Hash()
	}
	if err := store.SaveDeployment(ctx, d); err != nil {
		return fmt.Errorf("deploy: record %s: %w", s.Name, err)
	}
	return nil
}

// roundUp writes base units v of a decimals-place unit with at most places
// decimals, rounded up: an estimate of a cost must not read lower than it.
func roundUp(v *big.Int, decimals, places uint8) string {
	if places >= decimals {
		return units.Format(v, decimals)
	}
	step := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-places)), nil)
	q, m := new(big.Int).QuoRem(v, step, new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return units.Format(q, places)
}
