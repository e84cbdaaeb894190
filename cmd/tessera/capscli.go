package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/units"
)

// capsUsage lists the caps commands, which name the asset and wallet as
// arguments rather than flags.
const capsUsage = `compliance caps and allowances:
  tessera compliance caps <asset>             show an asset's investor caps and transfer windows
  tessera compliance caps set <asset> [flags] change them (run with -h for flags; --reason is required)
  tessera compliance allowance <asset> <wallet>
                                              what the wallet's investor may still transfer in each window
<asset> is the token address; limits are typed and shown in the token's units.`

// runComplianceCaps implements `tessera compliance caps …` and
// `tessera compliance allowance …` on the Go client.
func runComplianceCaps(ctx context.Context, sub string, args []string, stdout io.Writer) error {
	var pos []string
	for len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		pos, args = append(pos, args[0]), args[1:]
	}
	name, set := "compliance "+sub, sub == "caps" && len(pos) > 0 && pos[0] == "set"
	if set {
		name, pos = name+" set", pos[1:]
	}
	fs := newFlagSet(name, stdout)
	var countries, categories, windows pairs
	var share int64
	var noWindows bool
	var reason, basedOn string
	if set {
		fs.Var(&countries, "country-cap", "COUNTRY=CAP: the most investors from an ISO 3166-1 alpha-2 country (0 removes the cap); repeat for more")
		fs.Var(&categories, "category-cap", "CATEGORY=CAP: the most investors in accredited, qualified_purchaser, professional, institutional, issuer_4 … issuer_7 or retail (0: none); repeat for more")
		fs.Int64Var(&share, "max-country-share-bps", -1, "the largest share of all investors one country may have, in basis points (0: none; default: keep)")
		fs.Var(&windows, "window", "SECONDS=UNITS: each investor may transfer at most UNITS per SECONDS, over all its wallets; repeat for up to four (they replace the token's windows)")
		fs.BoolVar(&noWindows, "no-windows", false, "remove every transfer window")
		fs.StringVar(&reason, "reason", "", "why (required)")
		fs.StringVar(&basedOn, "based-on", "", "the \"state\" that `tessera compliance caps` showed: refused with caps_changed if the caps changed since (default: no check)")
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "max-country-share-bps" && share < 0 {
			share = 10_001 // refused below: -1 is only the default's "keep"
		}
	})
	want := map[string]int{"caps": 1, "allowance": 2}[sub]
	if len(pos) != want {
		return errors.New(capsUsage)
	}
	c, err := complianceClient()
	if err != nil {
		return err
	}
	var out any
	switch {
	case set:
		out, err = setCaps(ctx, c, pos[0], countries, categories, share, windows, noWindows, reason, basedOn)
	case sub == "caps":
		out, err = showCaps(ctx, c, pos[0])
	default:
		out, err = showAllowance(ctx, c, pos[0], pos[1])
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// pairs is a repeatable KEY=VALUE flag, in the order given.
type pairs []struct{ key, value string }

func (p *pairs) String() string {
	if p == nil {
		return ""
	}
	var s []string
	for _, kv := range *p {
		s = append(s, kv.key+"="+kv.value)
	}
	return strings.Join(s, ",")
}

func (p *pairs) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if k, v = strings.TrimSpace(k), strings.TrimSpace(v); !ok || k == "" || v == "" {
		return fmt.Errorf("%q is not KEY=VALUE", s)
	}
	*p = append(*p, struct{ key, value string }{k, v})
	return nil
}

// capsMap reads COUNTRY=CAP or CATEGORY=CAP pairs.
func capsMap(flagName string, ps pairs) (map[string]uint32, error) {
	if len(ps) == 0 {
		return nil, nil
	}
	out := make(map[string]uint32, len(ps))
	for _, kv := range ps {
		n, err := strconv.ParseUint(kv.value, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("--%s %s=%s: the cap must be a whole number of investors", flagName, kv.key, kv.value)
		}
		if _, dup := out[kv.key]; dup {
			return nil, fmt.Errorf("--%s names %s twice", flagName, kv.key)
		}
		out[kv.key] = uint32(n)
	}
	return out, nil
}

func setCaps(ctx context.Context, c *client.Client, asset string, countries, categories pairs, share int64, windows pairs, noWindows bool, reason, basedOn string) (any, error) {
	p := api.SetCaps{Reason: reason, BasedOnState: basedOn}
	var err error
	for i := range countries {
		countries[i].key = strings.ToUpper(countries[i].key)
	}
	if p.CountryCaps, err = capsMap("country-cap", countries); err != nil {
		return nil, err
	}
	if p.CategoryCaps, err = capsMap("category-cap", categories); err != nil {
		return nil, err
	}
	if share >= 0 {
		if share > 10_000 {
			return nil, errors.New("--max-country-share-bps must be from 0 (none) to 10000")
		}
		s := uint16(share)
		p.MaxCountryShareBPS = &s
	}
	if noWindows && len(windows) > 0 {
		return nil, errors.New("give --window or --no-windows, not both")
	}
	if noWindows {
		p.TransferLimits = &[]api.TransferWindow{}
	}
	if len(windows) > 0 {
		// The limits are typed in units; the server reads the token's
		// decimals.
		ws := make([]api.TransferWindow, len(windows))
		for i, kv := range windows {
			period, err := strconv.ParseUint(kv.key, 10, 32)
			if err != nil || period == 0 {
				return nil, fmt.Errorf("--window %s=%s: the period must be a whole number of seconds above 0, such as 86400 for a day", kv.key, kv.value)
			}
			ws[i] = api.TransferWindow{PeriodSeconds: uint32(period), LimitUnits: kv.value}
		}
		p.TransferLimits = &ws
	}
	return c.SetCaps(ctx, asset, p)
}

// capsShown is an asset's caps with each limit in units beside base units.
type capsShown struct {
	api.Caps
	TransferLimits []windowShown `json:"transfer_limits"`
}

type windowShown struct {
	PeriodSeconds uint32     `json:"period_seconds"`
	Limit         string     `json:"limit_base"`  // base units
	LimitUnits    string     `json:"limit_units"` // in the token's units
	Remaining     string     `json:"remaining_base,omitempty"`
	RemainingUnit string     `json:"remaining_units,omitempty"`
	ResetsAt      *time.Time `json:"resets_at,omitempty"`
}

func showCaps(ctx context.Context, c *client.Client, asset string) (any, error) {
	caps, err := c.Caps(ctx, asset)
	if err != nil {
		return nil, err
	}
	out := capsShown{Caps: caps, TransferLimits: []windowShown{}}
	for _, w := range caps.TransferLimits {
		out.TransferLimits = append(out.TransferLimits, windowShown{PeriodSeconds: w.PeriodSeconds, Limit: w.Limit, LimitUnits: units.FormatString(w.Limit, caps.Decimals)})
	}
	return out, nil
}

// allowanceShown is a wallet's allowance with amounts in units too.
type allowanceShown struct {
	api.TransferAllowance
	Decimals uint8         `json:"decimals"`
	Windows  []windowShown `json:"windows"`
}

func showAllowance(ctx context.Context, c *client.Client, asset, wallet string) (any, error) {
	caps, err := c.Caps(ctx, asset)
	if err != nil {
		return nil, err
	}
	a, err := c.TransferAllowance(ctx, asset, wallet)
	if err != nil {
		return nil, err
	}
	out := allowanceShown{TransferAllowance: a, Decimals: caps.Decimals, Windows: []windowShown{}}
	for _, w := range a.Windows {
		out.Windows = append(out.Windows, windowShown{PeriodSeconds: w.PeriodSeconds, Limit: w.Limit, LimitUnits: units.FormatString(w.Limit, caps.Decimals),
			Remaining: w.Remaining, RemainingUnit: units.FormatString(w.Remaining, caps.Decimals), ResetsAt: w.ResetsAt})
	}
	return out, nil
}

var _ flag.Value = (*pairs)(nil)
