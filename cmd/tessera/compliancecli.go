package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/client"
)

// runCompliance implements `tessera compliance <sub>`: the compliance
// officer's API calls, signed with the key in TESSERA_KEY_ID and
// TESSERA_SECRET against TESSERA_URL (default http://127.0.0.1:8080).
// Answers are printed as JSON.
func runCompliance(ctx context.Context, args []string, stdout io.Writer) error {
	subs := complianceSubcommands()
	names := []string{"allowance", "caps"}
	for n := range subs {
		names = append(names, n)
	}
	sort.Strings(names)
	usage := "compliance: say `tessera compliance <sub>` with <sub> one of " + strings.Join(names, ", ") + " (run `tessera compliance <sub> -h` for flags)"
	if len(args) == 0 {
		return errors.New(usage)
	}
	if args[0] == "caps" || args[0] == "allowance" {
		return runComplianceCaps(ctx, args[0], args[1:], stdout)
	}
	sub, ok := subs[args[0]]
	if !ok {
		return errors.New(usage)
	}
	fs := newFlagSet("compliance "+args[0], stdout)
	call := sub(fs)
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	c, err := complianceClient()
	if err != nil {
		return err
	}
	out, err := call(ctx, c)
	if err != nil {
		return fmt.Errorf("compliance %s: %w", args[0], err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func complianceClient() (*client.Client, error) {
	id, secret := os.Getenv("TESSERA_KEY_ID"), os.Getenv("TESSERA_SECRET")
	if id == "" || secret == "" {
		return nil, errors.New("compliance: set TESSERA_KEY_ID and TESSERA_SECRET to a key with the compliance scope (tessera keys create --scopes compliance)")
	}
	base := os.Getenv("TESSERA_URL")
	if base == "" {
		base = "http://127.0.0.1:8080"
	}
	return client.New(client.Config{BaseURL: base, KeyID: id, Secret: secret})
}

type complianceCall func(ctx context.Context, c *client.Client) (any, error)

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// complianceSubcommands declares each subcommand's flags and returns the
// call to make once they are parsed.
func complianceSubcommands() map[string]func(fs *flag.FlagSet) complianceCall {
	return map[string]func(fs *flag.FlagSet) complianceCall{
		"investor-create": func(fs *flag.FlagSet) complianceCall {
			name, typ := fs.String("name", "", "legal name"), fs.String("type", "person", "person or entity")
			country, fl := fs.String("country", "", "ISO 3166-1 alpha-2, e.g. DE"), fs.String("flags", "", "comma-separated: accredited, qualified_purchaser, professional, institutional, issuer_4 … issuer_7")
			return func(ctx context.Context, c *client.Client) (any, error) {
				return c.CreateInvestor(ctx, api.NewInvestor{LegalName: *name, Type: *typ, Country: *country, Flags: splitList(*fl)})
			}
		},
		"investor-show": func(fs *flag.FlagSet) complianceCall {
			id := fs.String("id", "", "investor id")
			return func(ctx context.Context, c *client.Client) (any, error) { return c.Investor(ctx, *id) }
		},
		"investor-update": func(fs *flag.FlagSet) complianceCall {
			id, name := fs.String("id", "", "investor id"), fs.String("name", "", "new legal name")
			country, fl := fs.String("country", "", "new country"), fs.String("flags", "-", "new flags, comma-separated (empty: none; - keeps them)")
			return func(ctx context.Context, c *client.Client) (any, error) {
				u := api.InvestorUpdate{LegalName: optString(*name), Country: optString(*country)}
				if *fl != "-" {
					f := splitList(*fl)
					if f == nil {
						f = []string{}
					}
					u.Flags = &f
				}
				return c.UpdateInvestor(ctx, *id, u)
			}
		},
		"kyc": func(fs *flag.FlagSet) complianceCall {
			id, status := fs.String("id", "", "investor id"), fs.String("status", "approved", "approved, rejected or pending")
			expires := fs.String("expires", "", "KYC expiry, RFC 3339 (2027-06-30T00:00:00Z) or a duration from now (8760h)")
			provider, ref := fs.String("provider", "", "KYC provider"), fs.String("reference", "", "provider's reference")
			return func(ctx context.Context, c *client.Client) (any, error) {
				d := api.KYCDecision{Status: *status, Provider: *provider, Reference: *ref}
				if *expires != "" {
					t, err := time.Parse(time.RFC3339, *expires)
					if err != nil {
						dur, derr := time.ParseDuration(*expires)
						if derr != nil {
							return nil, fmt.Errorf("--expires %q is neither RFC 3339 nor a duration", *expires)
						}
						t = time.Now().Add(dur)
					}
					d.ExpiresAt = &t
				}
				return c.SetKYC(ctx, *id, d)
			}
		},
		"wallet-challenge": func(fs *flag.FlagSet) complianceCall {
			id, addr := fs.String("id", "", "investor id"), fs.String("address", "", "wallet address")
			return func(ctx context.Context, c *client.Client) (any, error) { return c.WalletChallenge(ctx, *id, *addr) }
		},
		"wallet-link": func(fs *flag.FlagSet) complianceCall {
			id, ch, sig := fs.String("id", "", "investor id"), fs.Int64("challenge", 0, "challenge id"), fs.String("signature", "", "the wallet's signature of the challenge message, 0x…")
			scheme := fs.String("scheme", "eip191", "eip191 (personal_sign) or eip712 (eth_signTypedData_v4)")
			return func(ctx context.Context, c *client.Client) (any, error) {
				return c.AddWalletWithScheme(ctx, *id, *ch, *scheme, *sig)
			}
		},
		"rules-show": func(fs *flag.FlagSet) complianceCall {
			asset := fs.String("asset", "", "token address")
			return func(ctx context.Context, c *client.Client) (any, error) { return c.Rules(ctx, *asset) }
		},
		"rules-set": func(fs *flag.FlagSet) complianceCall {
			asset := fs.String("asset", "", "token address")
			restrict, countries := fs.Bool("country-restriction", false, "only --countries may receive"), fs.String("countries", "", "allowed countries, comma-separated alpha-2")
			maxInv, maxBal := fs.Int64("max-investors", 0, "maximum investors (0: no limit)"), fs.String("max-balance", "", "maximum balance per investor in the token's units, e.g. 5000 or 12.5 (empty: no limit)")
			fl, lockup := fs.String("flags", "", "required eligibility flags"), fs.Uint64("lockup", 0, "lock-up of minted units, seconds")
			feed, maxAge := fs.String("feed", "", "valuation feed for the stale-valuation guard (empty: off)"), fs.Uint64("max-age", 0, "maximum valuation age, seconds")
			reserveFeed := fs.String("reserve-feed", "", "proof-of-reserve feed capping the supply (empty: off)")
			reserveAge := fs.Uint64("reserve-max-age", 0, "maximum age of the reserve feed's latest round, seconds")
			reserveMode := fs.String("reserve-margin-mode", "", "none, bps (basis points of the reserve) or absolute (the token's units)")
			reserveMargin := fs.String("reserve-margin", "", "the reserve margin: basis points (bps) or the token's units, e.g. 250 or 12.5 (absolute)")
			lockupReason := fs.Int64("lockup-reason", -1, "reason code of the lock-up's locks (default 1, issuance lock-up)")
			minHolding, flowback := fs.String("min-holding", "", "minimum holding per investor in the token's units (empty: none)"), fs.String("flowback-until", "", "end of the Reg S flowback window, RFC 3339 or unix seconds (empty: none)")
			forceFull := fs.Bool("force-full-transfer", false, "holders may only transfer their whole balance")
			reason := fs.String("reason", "", "why (required)")
			return func(ctx context.Context, c *client.Client) (any, error) {
				p := api.SetRules{CountryRestriction: *restrict, AllowedCountries: splitList(*countries), MaxBalanceUnits: optString(*maxBal),
					RequiredFlags: splitList(*fl), LockupSeconds: *lockup, ValuationFeed: optString(*feed), ValuationMaxAge: *maxAge,
					MinHoldingUnits: optString(*minHolding), FlowbackUntil: optString(*flowback), ForceFullTransfer: *forceFull, Reason: *reason}
				if *maxInv != 0 {
					p.MaxInvestors = maxInv
				}
				if *reserveFeed != "" || *reserveAge != 0 || *reserveMode != "" || *reserveMargin != "" {
					p.ReserveGuard = &api.ReserveGuard{Feed: *reserveFeed, MaxAge: *reserveAge, MarginMode: *reserveMode, Margin: *reserveMargin}
					if *reserveMode == "absolute" {
						p.ReserveGuard.Margin, p.ReserveGuard.MarginUnits = "", *reserveMargin
					}
				}
				if *lockupReason >= 0 {
					p.LockupReason = lockupReason
				}
				return c.SetRules(ctx, *asset, p)
			}
		},
		"locks": func(fs *flag.FlagSet) complianceCall {
			asset, wallet := fs.String("asset", "", "token address"), fs.String("wallet", "", "wallet")
			return func(ctx context.Context, c *client.Client) (any, error) { return c.Locks(ctx, *asset, *wallet) }
		},
		"check": func(fs *flag.FlagSet) complianceCall {
			asset, from, to, amount := fs.String("asset", "", "token address"), fs.String("from", "", "sender (empty: a mint)"), fs.String("to", "", "receiver"), fs.String("amount", "", "in the token's units, e.g. 100 or 12.5")
			return func(ctx context.Context, c *client.Client) (any, error) {
				return c.Check(ctx, api.CheckTransfer{Asset: *asset, From: *from, To: *to, AmountUnits: *amount})
			}
		},
		"intervene": func(fs *flag.FlagSet) complianceCall {
			kind := fs.String("kind", "", "freeze, unfreeze, freeze_partial, unfreeze_partial, forced_transfer, recovery, lock, unlock, liquidate_only or liquidate_only_off")
			asset, wallet := fs.String("asset", "", "token address"), fs.String("wallet", "", "wallet acted on (recovery: the lost one)")
			to, amount := fs.String("to", "", "receiver (forced transfer) or new wallet (recovery)"), fs.String("amount", "", "in the token's units (partial freezes, forced transfer, lock)")
			start, cliff, end := fs.String("start", "", "lock: vesting start"), fs.String("cliff", "", "lock: cliff"), fs.String("end", "", "lock: end (RFC 3339 or unix seconds)")
			lockReason, lockIndex := fs.Int64("lock-reason", -1, "lock: reason code (1 issuance, 2 vesting, 3 court order, 128-255 the issuer's)"), fs.Int("lock-index", -1, "unlock: the lock's index")
			reason := fs.String("reason", "", "why (required)")
			return func(ctx context.Context, c *client.Client) (any, error) {
				n := api.NewIntervention{Kind: *kind, Asset: *asset, Wallet: *wallet, To: optString(*to), AmountUnits: optString(*amount),
					Start: optString(*start), Cliff: optString(*cliff), End: optString(*end), Reason: *reason}
				if *lockReason >= 0 {
					n.LockReason = lockReason
				}
				if *lockIndex >= 0 {
					n.LockIndex = lockIndex
				}
				return c.RequestIntervention(ctx, n)
			}
		},
		"approve": func(fs *flag.FlagSet) complianceCall {
			id, note := fs.Int64("id", 0, "intervention id"), fs.String("note", "", "note")
			return func(ctx context.Context, c *client.Client) (any, error) {
				return c.ApproveIntervention(ctx, *id, *note)
			}
		},
		"reject": func(fs *flag.FlagSet) complianceCall {
			id, note := fs.Int64("id", 0, "intervention id"), fs.String("note", "", "why (required)")
			return func(ctx context.Context, c *client.Client) (any, error) { return c.RejectIntervention(ctx, *id, *note) }
		},
		"reconcile": func(fs *flag.FlagSet) complianceCall {
			return func(ctx context.Context, c *client.Client) (any, error) { return c.Reconcile(ctx) }
		},
		"sweep": func(fs *flag.FlagSet) complianceCall {
			return func(ctx context.Context, c *client.Client) (any, error) { return c.SweepKYC(ctx) }
		},
		"log": func(fs *flag.FlagSet) complianceCall {
			limit := fs.Int64("limit", 100, "entries to show, oldest first")
			return func(ctx context.Context, c *client.Client) (any, error) {
				var out []api.LogEntry
				for e, err := range c.ComplianceLog(ctx, 100) {
					if err != nil {
						return nil, err
					}
					if int64(len(out)) >= *limit {
						break
					}
					out = append(out, e)
				}
				return out, nil
			}
		},
	}
}
