package compliance

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain"
)

// Identity is a wallet's entry in the identity registry.
type Identity struct {
	Registered bool
	InvestorID [32]byte
	Country    uint16 // ISO 3166-1 numeric
	Expiry     uint64 // unix seconds
	Flags      uint64
	// Categories are the terms of the categories held until a date
	// (setCategory), by category (flag bit); zero for one held without
	// expiry or not at all. On chain only the categories of Flags, and
	// those the record wants, are read.
	Categories [8]CategoryTerms
	Verified   bool // registered with an expiry in the future (on chain only)
}

// CategoryTerms are the registry's terms of one category: until Expiry
// (unix seconds), proven by Proof (categoryOf).
type CategoryTerms struct {
	Expiry uint64
	Proof  [32]byte
}

// timed reports the categories held until a date.
func (id Identity) timed() uint64 {
	var f uint64
	for c, t := range id.Categories {
		if t != (CategoryTerms{}) {
			f |= 1 << c
		}
	}
	return f
}

// ChainInvestorID is the registry's investor id of an investor: its UUID's
// 16 bytes, right-aligned. Nothing personal goes on chain.
func ChainInvestorID(id string) [32]byte {
	var out [32]byte
	b, err := hex.DecodeString(strings.ReplaceAll(id, "-", ""))
	if err != nil || len(b) != 16 {
		return out
	}
	copy(out[16:], b)
	return out
}

// desired is the identity an investor's record implies for one of its
// wallets at now: registered while KYC is approved or expired (an expired
// one keeps its past expiry, so isVerified lapses on its own), absent while
// pending or rejected and for lost wallets. A grant whose expiry is not
// after now is left out with its flag: it lapsed, and the sweep drops it.
func desired(inv Investor, w Wallet, now time.Time) Identity {
	if w.Status != WalletActive || (inv.KYCStatus != KYCApproved && inv.KYCStatus != KYCExpired) || inv.KYCExpiresAt == nil {
		return Identity{}
	}
	country, _ := CountryNumeric(inv.Country)
	id := Identity{Registered: true, InvestorID: ChainInvestorID(inv.ID), Country: country,
		Expiry: uint64(inv.KYCExpiresAt.Unix()), Flags: uint64(inv.Flags)}
	for _, g := range inv.Grants {
		if !g.ExpiresAt.After(now) {
			id.Flags &^= uint64(g.Category)
			continue
		}
		id.Categories[g.Category.Index()] = CategoryTerms{Expiry: uint64(g.ExpiresAt.Unix()), Proof: g.Proof}
	}
	return id
}

// op is one registry write that moves a wallet toward its desired identity.
type op struct {
	action string
	data   []byte
	// gas is the write's gas limit, 0 to estimate it. Writes planned after
	// a registration cannot be estimated before it is mined (the registry
	// refuses them for an unregistered wallet): they carry a fixed limit
	// and follow it in nonce order.
	gas uint64
}

// afterRegisterGas is the gas limit of a registry write that follows a
// registration in the same plan: setCategory, the dearest, used 89,395
// gas when it opens a category's slots right after registerIdentity
// (TestCategoryExpiryFlowsToRegistryAndLapses), updateFlags and
// revokeCategory less.
const afterRegisterGas = 200_000

// plan lists the registry writes that turn on into want, in the order
// they must be mined. A wallet registered for another investor cannot be
// moved (the registry binds wallets for good): plan can only delete its
// identity.
//
// Categories held without expiry are flags (registerIdentity,
// updateFlags); those held until a date are written with setCategory,
// which sets the flag with the terms, and are not in the flags a
// registration writes, so a failed setCategory never leaves a category
// held without its expiry. Terms left on chain for a category the record
// holds without expiry, or not at all, are revoked first (the registry
// would otherwise expire that category later); updateFlags, which keeps
// terms, then writes the record's flags, and setCategory writes every
// category whose terms differ.
func plan(want, on Identity, wallet common.Address) []op {
	reg := registryBinding
	switch {
	case !want.Registered && !on.Registered:
		return nil
	case !want.Registered:
		return []op{{action: "delete", data: reg.PackDeleteIdentity(wallet)}}
	case on.Registered && on.InvestorID != want.InvestorID:
		// Bound to another investor: only deleting is possible; report it.
		return []op{{action: "delete", data: reg.PackDeleteIdentity(wallet)}}
	}
	var ops []op
	var gas uint64
	at := on
	if !on.Registered {
		// Terms a deleted identity left behind stay in at.Categories:
		// revoked below unless rewritten.
		base := want.Flags &^ want.timed()
		ops = append(ops, op{action: "register", data: reg.PackRegisterIdentity(wallet, want.InvestorID, want.Country, want.Expiry, new(big.Int).SetUint64(base))})
		at.Registered, at.InvestorID, at.Country, at.Expiry, at.Flags = true, want.InvestorID, want.Country, want.Expiry, base
		gas = afterRegisterGas
	}
	if at.Country != want.Country {
		ops = append(ops, op{action: "update_country", data: reg.PackUpdateCountry(wallet, want.Country), gas: gas})
	}
	if at.Expiry != want.Expiry {
		ops = append(ops, op{action: "update_expiry", data: reg.PackUpdateExpiry(wallet, want.Expiry), gas: gas})
	}
	for c := range uint8(8) {
		if at.Categories[c] != (CategoryTerms{}) && want.Categories[c] == (CategoryTerms{}) {
			ops = append(ops, op{action: "revoke_category_" + Flag(1<<c).Name(), data: reg.PackRevokeCategory(wallet, c), gas: gas})
			at.Flags &^= 1 << c
			at.Categories[c] = CategoryTerms{}
		}
	}
	var sets []uint8
	var setFlags uint64
	for c := range uint8(8) {
		t := want.Categories[c]
		if t != (CategoryTerms{}) && (at.Categories[c] != t || at.Flags&(1<<c) == 0) {
			sets = append(sets, c)
			setFlags |= 1 << c
		}
	}
	if at.Flags|setFlags != want.Flags {
		ops = append(ops, op{action: "update_flags", data: reg.PackUpdateFlags(wallet, new(big.Int).SetUint64(want.Flags)), gas: gas})
	}
	for _, c := range sets {
		t := want.Categories[c]
		ops = append(ops, op{action: "set_category_" + Flag(1<<c).Name(), data: reg.PackSetCategory(wallet, c, t.Expiry, t.Proof), gas: gas})
	}
	return ops
}

// identity reads a wallet's registry entry at the latest block, with the
// terms of each category of its flags and of also.
func (s *Service) identity(ctx context.Context, wallet common.Address, also uint64) (Identity, error) {
	out, err := s.call(ctx, s.cfg.Registry, s.reg.PackIdentityOf(wallet), nil)
	if err != nil {
		return Identity{}, err
	}
	id, err := s.reg.UnpackIdentityOf(out)
	if err != nil {
		return Identity{}, fmt.Errorf("compliance: decode identity: %w", err)
	}
	out, err = s.call(ctx, s.cfg.Registry, s.reg.PackIsVerified(wallet), nil)
	if err != nil {
		return Identity{}, err
	}
	verified, err := s.reg.UnpackIsVerified(out)
	if err != nil {
		return Identity{}, fmt.Errorf("compliance: decode isVerified: %w", err)
	}
	var flags uint64
	if id.Flags != nil && id.Flags.IsUint64() {
		flags = id.Flags.Uint64()
	}
	got := Identity{Registered: id.Registered, InvestorID: id.InvestorId, Country: id.Country, Expiry: id.Expiry, Flags: flags, Verified: verified}
	for c := range uint8(8) {
		if (flags|also)&(1<<c) == 0 {
			continue
		}
		if got.Categories[c], err = s.categoryOf(ctx, wallet, c); err != nil {
			return Identity{}, err
		}
	}
	return got, nil
}

// syncInvestor writes what the registry lacks for each of the investor's
// wallets; keyPrefix makes the idempotency keys (one per wallet and action).
func (s *Service) syncInvestor(ctx context.Context, inv Investor, keyPrefix string) ([]TxStatus, error) {
	var ws []write
	now := s.now()
	for _, w := range inv.Wallets {
		want := desired(inv, w, now)
		on, err := s.identity(ctx, w.Address, want.Flags)
		if err != nil {
			return nil, err
		}
		for _, o := range plan(want, on, w.Address) {
			ws = append(ws, write{key: keyPrefix + "/" + strings.ToLower(w.Address.Hex()) + "/" + o.action,
				to: s.cfg.Registry, data: o.data, action: "registry " + o.action, gas: o.gas})
		}
	}
	if len(ws) == 0 {
		return []TxStatus{}, nil
	}
	return s.submit(ctx, ws)
}

// Repair is one drift the reconciliation found and the write that fixed it.
type Repair struct {
	InvestorID string         `json:"investor_id"`
	Wallet     common.Address `json:"wallet"`
	Action     string         `json:"action"`
	Before     IdentityJSON   `json:"before"`
	After      IdentityJSON   `json:"after"`
	TxKey      string         `json:"tx_key"`
	TxState    string         `json:"tx_state"`
	TxHash     string         `json:"tx_hash,omitempty"`
	Error      string         `json:"error,omitempty"`
}

// IdentityJSON is an Identity as reports and the API show it.
type IdentityJSON struct {
	Registered bool           `json:"registered"`
	InvestorID string         `json:"investor_id,omitempty"`
	Country    string         `json:"country,omitempty"`
	Expiry     string         `json:"expiry,omitempty"`
	Flags      []string       `json:"flags"`
	Categories []CategoryJSON `json:"categories,omitempty"` // held until a date
	Verified   *bool          `json:"verified,omitempty"`
}

// CategoryJSON is a category's registry terms as reports show them.
type CategoryJSON struct {
	Category string `json:"category"`
	Expiry   string `json:"expiry"`
	Proof    string `json:"proof,omitempty"`
}

// JSON renders the identity; verified is shown for on-chain identities only.
func (id Identity) JSON(onChain bool) IdentityJSON {
	out := IdentityJSON{Registered: id.Registered, Flags: Flag(id.Flags).Names()}
	for c, t := range id.Categories {
		if t == (CategoryTerms{}) {
			continue
		}
		j := CategoryJSON{Category: chain.CategoryName(c), Expiry: time.Unix(int64(t.Expiry), 0).UTC().Format(time.RFC3339)}
		if t.Proof != ([32]byte{}) {
			j.Proof = common.Hash(t.Proof).Hex()
		}
		out.Categories = append(out.Categories, j)
	}
	if id.Registered {
		out.InvestorID = "0x" + hex.EncodeToString(id.InvestorID[:])
		out.Country = CountryAlpha2(id.Country)
		out.Expiry = time.Unix(int64(id.Expiry), 0).UTC().Format(time.RFC3339)
	}
	if onChain {
		v := id.Verified
		out.Verified = &v
	}
	return out
}

// ReconcileReport is what a reconciliation run checked and repaired.
type ReconcileReport struct {
	Run       int64     `json:"run"`
	At        time.Time `json:"at"`
	Investors int       `json:"investors"`
	Wallets   int       `json:"wallets"`
	Repairs   []Repair  `json:"repairs"`
}

// Reconcile compares every investor's wallets with the identity registry,
// writes what drifted back to the records' state through the transaction
// manager, and logs and returns the report.
func (s *Service) Reconcile(ctx context.Context, p auth.Principal) (ReconcileReport, error) {
	if err := auth.Authorize(p, auth.ComplianceRun); err != nil {
		return ReconcileReport{}, err
	}
	actor := p.Actor()
	run, err := s.store.StartReconciliation(ctx)
	if err != nil {
		return ReconcileReport{}, err
	}
	rep := ReconcileReport{Run: run, At: s.now().UTC(), Repairs: []Repair{}}
	var ws []write
	after := ""
	for {
		invs, err := s.store.Investors(ctx, after, 200)
		if err != nil {
			return rep, err
		}
		for _, inv := range invs {
			rep.Investors++
			for _, w := range inv.Wallets {
				rep.Wallets++
				want := desired(inv, w, s.now())
				on, err := s.identity(ctx, w.Address, want.Flags)
				if err != nil {
					return rep, err
				}
				for _, o := range plan(want, on, w.Address) {
					key := fmt.Sprintf("compliance/reconcile/%d/%s/%s", run, strings.ToLower(w.Address.Hex()), o.action)
					ws = append(ws, write{key: key, to: s.cfg.Registry, data: o.data, action: "registry " + o.action, gas: o.gas})
					rep.Repairs = append(rep.Repairs, Repair{InvestorID: inv.ID, Wallet: w.Address, Action: o.action,
						Before: on.JSON(true), After: want.JSON(false), TxKey: key})
				}
			}
			after = inv.ID
		}
		if len(invs) < 200 {
			break
		}
	}
	if len(ws) > 0 {
		txs, err := s.submit(ctx, ws)
		if err != nil {
			return rep, err
		}
		for i, t := range txs {
			rep.Repairs[i].TxState, rep.Repairs[i].Error = string(t.State), t.Error
			if t.TxHash != (common.Hash{}) {
				rep.Repairs[i].TxHash = t.TxHash.Hex()
			}
		}
	}
	body, _ := json.Marshal(rep)
	// Runs that found nothing are kept in their table but not logged: the
	// periodic job would otherwise fill the log with empty entries.
	var entry *LogDraft
	if len(rep.Repairs) > 0 {
		entry = &LogDraft{Actor: actor, Action: "registry.reconciled", Subject: fmt.Sprint(run), Data: rep}
	}
	// Repairs that reached the chain are recorded even if the caller gave up
	// meanwhile (a worker being stopped).
	if err := s.store.FinishReconciliation(context.WithoutCancel(ctx), run, string(body), s.now(), entry); err != nil {
		return rep, err
	}
	if len(rep.Repairs) > 0 {
		s.log.Warn("identity registry drift repaired", "run", run, "repairs", len(rep.Repairs))
	}
	return rep, nil
}

// SweepKYC marks every approved KYC whose expiry has passed as expired.
// Nothing is written on chain: the registry already holds the expiry, so
// isVerified lapsed on its own.
func (s *Service) SweepKYC(ctx context.Context, p auth.Principal) ([]Investor, error) {
	if err := auth.Authorize(p, auth.ComplianceRun); err != nil {
		return nil, err
	}
	actor := p.Actor()
	invs, err := s.store.ExpireKYC(ctx, s.now(), actor)
	if err != nil {
		return nil, err
	}
	if len(invs) > 0 {
		s.log.Info("KYC expired", "investors", len(invs))
	}
	return invs, nil
}

var registryBinding = identityregistry.NewIdentityRegistry()
