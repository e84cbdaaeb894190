package compliance

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// NewInvestor is what onboarding an investor takes. The investor holds
// the categories of Flags without expiry and those of Categories on their
// terms; each category is named once.
type NewInvestor struct {
	LegalName  string
	Type       InvestorType
	Country    string   // ISO 3166-1 alpha-2
	Flags      []string // names from FlagNames
	Categories []CategoryInput
}

// InvestorUpdate changes an investor; nil fields stay as they are. With
// Categories, Flags and Categories together are the investor's categories
// from now on, each on the terms given (none: without expiry). With Flags
// alone they are the categories from now on, and one the investor holds
// until a date keeps its terms: a client that knows only flags never
// turns a lapsing category into a lasting one.
type InvestorUpdate struct {
	LegalName  *string
	Country    *string
	Flags      *[]string
	Categories *[]CategoryInput
}

// KYCDecision records the outcome of an investor's KYC.
type KYCDecision struct {
	Status    KYCStatus // approved, rejected or pending
	Provider  string
	Reference string
	ExpiresAt *time.Time // required, and in the future, on approval
}

// InvestorView is an investor as the API shows it: the record, and each
// wallet's identity on chain next to the one the record implies.
type InvestorView struct {
	Investor Investor
	Wallets  []WalletView
	Txs      []TxStatus // chain writes this call made
}

// WalletView is one wallet, off chain and on chain.
type WalletView struct {
	Wallet  Wallet
	Want    Identity // what the record implies
	OnChain Identity // what the registry holds
	InSync  bool
}

// CountryNumeric returns the ISO 3166-1 numeric code of an alpha-2 code.
func CountryNumeric(alpha2 string) (uint16, bool) {
	n, ok := countryNumeric[alpha2]
	return n, ok
}

// CountryAlpha2 returns the alpha-2 code of a numeric one ("" if unknown).
func CountryAlpha2(numeric uint16) string {
	for a, n := range countryNumeric {
		if n == numeric {
			return a
		}
	}
	return ""
}

func checkCountry(field, c string) error {
	if _, ok := countryNumeric[c]; !ok {
		return errs.E(errs.Invalid, "invalid_country", fmt.Sprintf("%s %q is not an ISO 3166-1 alpha-2 country code (e.g. DE, US)", field, c))
	}
	return nil
}

// ParseFlags turns flag names into bits.
func ParseFlags(names []string) (Flag, error) {
	var f Flag
	for _, n := range names {
		i := slices.IndexFunc(FlagNames, func(fn struct {
			Flag Flag
			Name string
		}) bool {
			return fn.Name == n
		})
		if i < 0 {
			return 0, errs.E(errs.Invalid, "invalid_flag", fmt.Sprintf("unknown eligibility flag %q; known: %s", n, strings.Join(allFlags().Names(), ", ")))
		}
		f |= FlagNames[i].Flag
	}
	return f, nil
}

// Names lists the names of the flags set in f.
func (f Flag) Names() []string {
	out := []string{}
	for _, fn := range FlagNames {
		if f&fn.Flag != 0 {
			out = append(out, fn.Name)
		}
	}
	return out
}

func checkLegalName(n string) error {
	if strings.TrimSpace(n) == "" || utf8.RuneCountInString(n) > 200 {
		return errs.E(errs.Invalid, "invalid_legal_name", "legal_name must be 1 to 200 characters")
	}
	return nil
}

// CreateInvestor onboards an investor with KYC pending; nothing goes on
// chain until KYC is approved and a wallet is linked.
func (s *Service) CreateInvestor(ctx context.Context, p auth.Principal, n NewInvestor) (InvestorView, error) {
	if err := auth.Authorize(p, auth.InvestorWrite); err != nil {
		return InvestorView{}, err
	}
	actor := p.Actor()
	if err := checkLegalName(n.LegalName); err != nil {
		return InvestorView{}, err
	}
	if n.Type != Person && n.Type != Entity {
		return InvestorView{}, errs.E(errs.Invalid, "invalid_type", `type must be "person" or "entity"`)
	}
	if err := checkCountry("country", n.Country); err != nil {
		return InvestorView{}, err
	}
	flags, grants, err := parseCategories(n.Flags, n.Categories, s.now())
	if err != nil {
		return InvestorView{}, err
	}
	inv := Investor{LegalName: n.LegalName, Type: n.Type, Country: n.Country, Flags: flags, Grants: grants, KYCStatus: KYCPending}
	data := map[string]any{"type": n.Type, "country": n.Country, "flags": flags.Names()}
	if len(grants) > 0 {
		data["categories"] = grantsJSON(grants)
	}
	inv, err = s.store.CreateInvestor(ctx, inv, s.now(), LogDraft{Actor: actor, Action: "investor.created", Data: data})
	if err != nil {
		return InvestorView{}, err
	}
	return s.view(ctx, inv, nil)
}

// UpdateInvestor changes an investor's name, country or categories and
// writes the change to the registry for each of its wallets.
func (s *Service) UpdateInvestor(ctx context.Context, p auth.Principal, id string, u InvestorUpdate) (InvestorView, error) {
	if err := auth.Authorize(p, auth.InvestorWrite); err != nil {
		return InvestorView{}, err
	}
	actor := p.Actor()
	if u.LegalName != nil {
		if err := checkLegalName(*u.LegalName); err != nil {
			return InvestorView{}, err
		}
	}
	if u.Country != nil {
		if err := checkCountry("country", *u.Country); err != nil {
			return InvestorView{}, err
		}
	}
	var flags *Flag
	var grants []CategoryGrant
	if u.Flags != nil || u.Categories != nil {
		var names []string
		var cats []CategoryInput
		if u.Flags != nil {
			names = *u.Flags
		}
		if u.Categories != nil {
			cats = *u.Categories
		}
		f, gs, err := parseCategories(names, cats, s.now())
		if err != nil {
			return InvestorView{}, err
		}
		flags, grants = &f, gs
	}
	changes := map[string]any{}
	inv, err := s.store.UpdateInvestor(ctx, id, s.now(), func(inv *Investor) error {
		if u.LegalName != nil {
			inv.LegalName = *u.LegalName
			changes["legal_name"] = "changed" // personal data stays out of the log
		}
		if u.Country != nil {
			changes["country"] = map[string]string{"from": inv.Country, "to": *u.Country}
			inv.Country = *u.Country
		}
		if flags != nil {
			next := grants
			if u.Categories == nil {
				next = nil
				for _, g := range inv.Grants {
					if *flags&g.Category != 0 {
						next = append(next, g)
					}
				}
			}
			changes["flags"] = map[string]any{"from": inv.Flags.Names(), "to": flags.Names()}
			if len(inv.Grants) > 0 || len(next) > 0 {
				changes["categories"] = map[string]any{"from": grantsJSON(inv.Grants), "to": grantsJSON(next)}
			}
			inv.Flags, inv.Grants = *flags, next
		}
		return nil
	}, func(inv Investor) LogDraft {
		return LogDraft{Actor: actor, Action: "investor.updated", Subject: inv.ID, Data: changes}
	})
	if err != nil {
		return InvestorView{}, err
	}
	return s.syncAndView(ctx, inv)
}

// SetKYC records a KYC decision. Approval needs an expiry in the future and
// registers the investor's wallets; rejection (or a return to pending)
// deletes their identities from the registry.
func (s *Service) SetKYC(ctx context.Context, p auth.Principal, id string, d KYCDecision) (InvestorView, error) {
	if err := auth.Authorize(p, auth.InvestorWrite); err != nil {
		return InvestorView{}, err
	}
	actor := p.Actor()
	switch d.Status {
	case KYCApproved:
		if d.ExpiresAt == nil {
			return InvestorView{}, errs.E(errs.Invalid, "kyc_expiry_required", "expires_at is required to approve KYC")
		}
		if !d.ExpiresAt.After(s.now()) {
			return InvestorView{}, errs.E(errs.Invalid, "kyc_expiry_past", "expires_at must be in the future to approve KYC")
		}
		t := d.ExpiresAt.UTC().Truncate(time.Second)
		d.ExpiresAt = &t
	case KYCRejected, KYCPending:
	default:
		return InvestorView{}, errs.E(errs.Invalid, "invalid_kyc_status", `status must be "approved", "rejected" or "pending"`)
	}
	if len(d.Provider) > 100 || len(d.Reference) > 200 {
		return InvestorView{}, errs.E(errs.Invalid, "invalid_kyc_reference", "provider is at most 100 and reference at most 200 characters")
	}
	inv, err := s.store.UpdateInvestor(ctx, id, s.now(), func(inv *Investor) error {
		inv.KYCStatus, inv.KYCProvider, inv.KYCReference, inv.KYCExpiresAt = d.Status, d.Provider, d.Reference, d.ExpiresAt
		return nil
	}, func(inv Investor) LogDraft {
		data := map[string]any{"status": d.Status, "provider": d.Provider}
		if d.ExpiresAt != nil {
			data["expires_at"] = d.ExpiresAt.Format(time.RFC3339)
		}
		return LogDraft{Actor: actor, Action: "kyc." + string(d.Status), Subject: inv.ID, Data: data}
	})
	if err != nil {
		return InvestorView{}, err
	}
	return s.syncAndView(ctx, inv)
}

// NewChallenge issues a proof-of-control challenge for linking addr to an
// investor: the wallet signs Message with personal_sign (EIP-191).
func (s *Service) NewChallenge(ctx context.Context, p auth.Principal, investorID string, addr common.Address) (Challenge, error) {
	if err := auth.Authorize(p, auth.InvestorWrite); err != nil {
		return Challenge{}, err
	}
	if addr == (common.Address{}) {
		return Challenge{}, errs.E(errs.Invalid, "invalid_address", "address must not be the zero address")
	}
	if _, err := s.store.Investor(ctx, investorID); err != nil {
		return Challenge{}, err
	}
	var nonce [16]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return Challenge{}, err
	}
	now := s.now().UTC().Truncate(time.Second)
	exp := now.Add(s.cfg.ChallengeTTL)
	msg := fmt.Sprintf("Tessera: link wallet\nWallet: %s\nInvestor: %s\nNonce: %s\nIssued: %s\nExpires: %s",
		addr.Hex(), investorID, hex.EncodeToString(nonce[:]), now.Format(time.RFC3339), exp.Format(time.RFC3339))
	return s.store.CreateChallenge(ctx, Challenge{InvestorID: investorID, Address: addr, Message: msg, ExpiresAt: exp})
}

// AddWallet links the challenge's wallet to its investor once sig (under
// scheme; empty means EIP-191) proves control, and registers it on chain if
// the investor's KYC is approved.
func (s *Service) AddWallet(ctx context.Context, p auth.Principal, investorID string, challengeID int64, scheme ProofScheme, sig []byte) (InvestorView, error) {
	if err := auth.Authorize(p, auth.InvestorWrite); err != nil {
		return InvestorView{}, err
	}
	actor := p.Actor()
	if scheme == "" {
		scheme = EIP191
	}
	if _, err := ProofDigest(scheme, ""); err != nil {
		return InvestorView{}, err
	}
	c, err := s.store.Challenge(ctx, challengeID)
	if errs.Is(err, errs.NotFound) || (err == nil && c.InvestorID != investorID) {
		return InvestorView{}, errs.E(errs.NotFound, "challenge_not_found", "no such challenge for this investor")
	}
	if err != nil {
		return InvestorView{}, err
	}
	switch {
	case c.UsedAt != nil:
		return InvestorView{}, errs.E(errs.Conflict, "challenge_used", "this challenge was used already; request a new one")
	case !s.now().Before(c.ExpiresAt):
		return InvestorView{}, errs.E(errs.Unprocessable, "challenge_expired", "this challenge expired; request a new one")
	}
	if ok, err := VerifyProof(scheme, c.Address, c.Message, sig); err != nil {
		return InvestorView{}, err
	} else if !ok {
		return InvestorView{}, errs.E(errs.Unprocessable, "bad_signature", "the signature is not the wallet's "+string(scheme)+" signature of the challenge message")
	}
	if owner, err := s.store.WalletOwner(ctx, c.Address); err == nil {
		return InvestorView{}, errs.E(errs.Conflict, "wallet_linked", fmt.Sprintf("wallet %s is already linked to investor %s", c.Address.Hex(), owner.ID))
	} else if !errs.Is(err, errs.NotFound) {
		return InvestorView{}, err
	}
	// The registry binds a wallet to one investor for good: refuse a wallet
	// it binds to someone else before recording anything.
	out, err := s.call(ctx, s.cfg.Registry, s.reg.PackBoundInvestorOf(c.Address), nil)
	if err != nil {
		return InvestorView{}, err
	}
	bound, err := s.reg.UnpackBoundInvestorOf(out)
	if err != nil {
		return InvestorView{}, err
	}
	if bound != ([32]byte{}) && bound != ChainInvestorID(investorID) {
		return InvestorView{}, errs.E(errs.Conflict, "wallet_linked", fmt.Sprintf("wallet %s is bound to another investor in the identity registry", c.Address.Hex()))
	}
	inv, err := s.store.AddWallet(ctx, challengeID, s.now(), LogDraft{Actor: actor, Action: "wallet.linked", Subject: investorID,
		Data: map[string]string{"wallet": c.Address.Hex(), "proof": string(scheme), "challenge": fmt.Sprint(challengeID)}})
	if err != nil {
		return InvestorView{}, err
	}
	return s.syncAndView(ctx, inv)
}

// Investor returns an investor with its on-chain state.
func (s *Service) Investor(ctx context.Context, id string) (InvestorView, error) {
	inv, err := s.store.Investor(ctx, id)
	if err != nil {
		return InvestorView{}, err
	}
	return s.view(ctx, inv, nil)
}

// Investors lists investors by id, after the given id.
func (s *Service) Investors(ctx context.Context, after string, limit int) ([]Investor, error) {
	return s.store.Investors(ctx, after, limit)
}

func (s *Service) syncAndView(ctx context.Context, inv Investor) (InvestorView, error) {
	txs, err := s.syncInvestor(ctx, inv, fmt.Sprintf("compliance/investor/%s/v%d", inv.ID, inv.Version))
	if err != nil {
		return InvestorView{}, err
	}
	return s.view(ctx, inv, txs)
}

func (s *Service) view(ctx context.Context, inv Investor, txs []TxStatus) (InvestorView, error) {
	v := InvestorView{Investor: inv, Wallets: []WalletView{}, Txs: txs}
	now := s.now()
	for _, w := range inv.Wallets {
		want := desired(inv, w, now)
		on, err := s.identity(ctx, w.Address, want.Flags)
		if err != nil {
			return InvestorView{}, err
		}
		v.Wallets = append(v.Wallets, WalletView{Wallet: w, Want: want, OnChain: on, InSync: len(plan(want, on, w.Address)) == 0})
	}
	return v, nil
}
