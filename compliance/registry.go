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
)

// Identity is a wallet's entry in the identity registry.
type Identity struct {
	Registered bool
	InvestorID [32]byte
	Country    uint16 // ISO 3166-1 numeric
	Expiry     uint64 // unix seconds
	Flags      uint64
	Verified   bool // registered with an expiry in the future (on chain only)
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
// wallets: registered while KYC is approved or expired (an expired one
// keeps its past expiry, so isVerified lapses on its own), absent while
// pending or rejected and for lost wallets.
func desired(inv Investor, w Wallet) Identity {
	if w.Status != WalletActive || (inv.KYCStatus != KYCApproved && inv.KYCStatus != KYCExpired) || inv.KYCExpiresAt == nil {
		return Identity{}
	}
	country, _ := CountryNumeric(inv.Country)
	return Identity{Registered: true, InvestorID: ChainInvestorID(inv.ID), Country: country,
		Expiry: uint64(inv.KYCExpiresAt.Unix()), Flags: uint64(inv.Flags)}
}

// op is one registry write that moves a wallet toward its desired identity.
type op struct {
	action string
	data   []byte
}

// plan lists the registry writes that turn on into want. A wallet
// registered for another investor cannot be moved (the registry binds
// wallets for good): plan can only delete its identity.
func plan(want, on Identity, wallet common.Address) []op {
	reg := registryBinding
	switch {
	case !want.Registered && !on.Registered:
		return nil
	case !want.Registered:
		return []op{{"delete", reg.PackDeleteIdentity(wallet)}}
	case !on.Registered:
		return []op{{"register", reg.PackRegisterIdentity(wallet, want.InvestorID, want.Country, want.Expiry, new(big.Int).SetUint64(want.Flags))}}
	case on.InvestorID != want.InvestorID:
		// Bound to another investor: only deleting is possible; report it.
		return []op{{"delete", reg.PackDeleteIdentity(wallet)}}
	}
	var ops []op
	if on.Country != want.Country {
		ops = append(ops, op{"update_country", reg.PackUpdateCountry(wallet, want.Country)})
	}
	if on.Expiry != want.Expiry {
		ops = append(ops, op{"update_expiry", reg.PackUpdateExpiry(wallet, want.Expiry)})
	}
	if on.Flags != want.Flags {
		ops = append(ops, op{"update_flags", reg.PackUpdateFlags(wallet, new(big.Int).SetUint64(want.Flags))})
	}
	return ops
}

// identity reads a wallet's registry entry at the latest block.
func (s *Service) identity(ctx context.Context, wallet common.Address) (Identity, error) {
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
	return Identity{Registered: id.Registered, InvestorID: id.InvestorId, Country: id.Country, Expiry: id.Expiry, Flags: flags, Verified: verified}, nil
}

// syncInvestor writes what the registry lacks for each of the investor's
// wallets; keyPrefix makes the idempotency keys (one per wallet and action).
func (s *Service) syncInvestor(ctx context.Context, inv Investor, keyPrefix string) ([]TxStatus, error) {
	var ws []write
	for _, w := range inv.Wallets {
		on, err := s.identity(ctx, w.Address)
		if err != nil {
			return nil, err
		}
		for _, o := range plan(desired(inv, w), on, w.Address) {
			ws = append(ws, write{key: keyPrefix + "/" + strings.ToLower(w.Address.Hex()) + "/" + o.action,
				to: s.cfg.Registry, data: o.data, action: "registry " + o.action})
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
	Registered bool     `json:"registered"`
	InvestorID string   `json:"investor_id,omitempty"`
	Country    string   `json:"country,omitempty"`
	Expiry     string   `json:"expiry,omitempty"`
	Flags      []string `json:"flags"`
	Verified   *bool    `json:"verified,omitempty"`
}

// JSON renders the identity; verified is shown for on-chain identities only.
func (id Identity) JSON(onChain bool) IdentityJSON {
	out := IdentityJSON{Registered: id.Registered, Flags: Flag(id.Flags).Names()}
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
				on, err := s.identity(ctx, w.Address)
				if err != nil {
					return rep, err
				}
				want := desired(inv, w)
				for _, o := range plan(want, on, w.Address) {
					key := fmt.Sprintf("compliance/reconcile/%d/%s/%s", run, strings.ToLower(w.Address.Hex()), o.action)
					ws = append(ws, write{key: key, to: s.cfg.Registry, data: o.data, action: "registry " + o.action})
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
