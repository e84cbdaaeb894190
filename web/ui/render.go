package ui

import (
	"bytes"
	"fmt"
	"html/template"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/units"
	"github.com/tessera-rwa/tessera/web"
)

var pageNames = []string{"signin", "portal", "console", "asset", "compliance", "audit", "report", "dealing", "book", "onboard", "rules", "error"}

func parsePages() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("ui: template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

var funcs = template.FuncMap{
	"units":       unitsOf,
	"tokenAmount": tokenAmount,
	"money":       money,
	"percent":     percent,
	"age":         age,
	"short":       short,
	"when":        func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
	"ratio":       ratio,
}

// ratio is an exact fraction in lowest terms ("53/10", or "7" when whole).
func ratio(r dealing.Rational) string {
	if r.Num == nil || r.Den == nil || r.Den.Sign() == 0 {
		return "—"
	}
	return r.Rat().RatString()
}

// tokenAmount shows base units of a token in its units, the base units
// in the title; with decimals unknown (nil), as base units.
func tokenAmount(base *big.Int, decimals *uint8) template.HTML {
	if base == nil {
		return "—"
	}
	b := base.String()
	if decimals == nil {
		return template.HTML(template.HTMLEscapeString(b) + ` <span class="muted">base units</span>`)
	}
	return template.HTML(`<span title="` + template.HTMLEscapeString(b) + ` base units">` + template.HTMLEscapeString(unitsOf(b, *decimals)) + `</span>`)
}

// unitsOf formats base units (a decimal string) with decimals, thousands
// grouped.
func unitsOf(base string, decimals uint8) string {
	return units.Group(units.FormatString(base, decimals))
}

// money formats an amount with decimals as currency: two decimals,
// rounded down, thousands grouped.
func money(base string, decimals uint8) string {
	v, ok := new(big.Int).SetString(base, 10)
	if !ok {
		return base
	}
	if decimals > 2 {
		v.Quo(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-2)), nil))
	} else {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(2-decimals)), nil))
	}
	s := issuance.FormatUnits(v, 2)
	whole, frac, _ := strings.Cut(s, ".")
	return units.Group(whole) + "." + (frac + "00")[:2]
}

// percent formats parts per million as a percentage with four decimals.
func percent(ppm int64) string {
	return fmt.Sprintf("%d.%04d%%", ppm/10_000, ppm%10_000)
}

func age(t time.Time) string {
	d := time.Since(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d/time.Hour))
	}
	return fmt.Sprintf("%d days ago", int(d/(24*time.Hour)))
}

func short(v any) string {
	var s string
	switch x := v.(type) {
	case common.Address:
		s = x.Hex()
	case *common.Address:
		if x == nil {
			return ""
		}
		s = x.Hex()
	case common.Hash:
		s = x.Hex()
	default:
		s = fmt.Sprint(v)
	}
	if len(s) <= 13 {
		return s
	}
	return s[:6] + "…" + s[len(s)-4:]
}

// chart is a valuation history drawn as an inline SVG polyline. Points are
// placed with integer arithmetic on the rounds' answers.
type chart struct {
	Width, Height int
	Points        string // SVG polyline points
	Dots          []chartDot
	Min, Mid, Max string // the value axis's labels, in the currency
	First, Last   string // the time axis's ends, dates (with the time when one day)
	Label         string // accessible summary
}

// chartDot is one round: where it is drawn, its round id and its title.
type chartDot struct {
	X, Y  int64
	Round string
	Title string
}

func newChart(rounds []chain.ValuationRound, decimals uint8, currency string) *chart {
	if len(rounds) == 0 {
		return nil
	}
	const w, h, pad = 600, 160, 8
	lo, hi := new(big.Int).Set(rounds[0].Answer), new(big.Int).Set(rounds[0].Answer)
	for _, r := range rounds {
		if r.Answer.Cmp(lo) < 0 {
			lo.Set(r.Answer)
		}
		if r.Answer.Cmp(hi) > 0 {
			hi.Set(r.Answer)
		}
	}
	span := new(big.Int).Sub(hi, lo)
	mid := new(big.Int).Add(lo, hi)
	mid.Quo(mid, big.NewInt(2))
	t0, t1 := rounds[0].UpdatedAt.UTC(), rounds[len(rounds)-1].UpdatedAt.UTC()
	layout := "2006-01-02"
	if t0.Format(layout) == t1.Format(layout) {
		layout = "2006-01-02 15:04"
	}
	c := &chart{Width: w, Height: h, Min: money(lo.String(), decimals), Mid: money(mid.String(), decimals), Max: money(hi.String(), decimals),
		First: t0.Format(layout), Last: t1.Format(layout)}
	var pts []string
	n := int64(len(rounds))
	elapsed := t1.Sub(t0)
	for i, r := range rounds {
		// Along the time axis by when each round was made; evenly when
		// they all share a second.
		x := int64(pad)
		switch {
		case elapsed > 0:
			x += int64(float64(w-2*pad) * float64(r.UpdatedAt.Sub(t0)) / float64(elapsed))
		case n > 1:
			x += int64(i) * (w - 2*pad) / (n - 1)
		}
		y := int64(h / 2)
		if span.Sign() > 0 {
			off := new(big.Int).Sub(r.Answer, lo)
			off.Mul(off, big.NewInt(h-2*pad))
			off.Quo(off, span)
			y = h - pad - off.Int64()
		}
		pts = append(pts, fmt.Sprintf("%d,%d", x, y))
		c.Dots = append(c.Dots, chartDot{X: x, Y: y, Round: r.RoundID.String(), Title: fmt.Sprintf("round %s: %s %s on %s", r.RoundID, money(r.Answer.String(), decimals),
			currency, r.UpdatedAt.UTC().Format("2006-01-02 15:04"))})
	}
	c.Points = strings.Join(pts, " ")
	c.Label = fmt.Sprintf("Valuation per unit over %d rounds, from %s to %s %s", len(rounds), c.Min, c.Max, currency)
	return c
}

// render writes page name with data; data["Session"] is filled from the
// request's context.
func (u *UI) render(w http.ResponseWriter, r *http.Request, status int, name string, data map[string]any) error {
	data["Names"] = u.nameBook(r)
	if s, ok := sessionFrom(r.Context()); ok {
		data["Session"] = viewOf(r, s)
		// Live sections follow the event stream: an operator's, or the
		// investor's own (the portal's).
		if u.cfg.Stream != nil {
			data["Stream"] = map[string]string{"operator": "/ui/stream", "investor": "/ui/portal/stream"}[s.Kind]
		}
	}
	var buf bytes.Buffer
	if err := u.pages[name].Execute(&buf, data); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

// renderError shows err as a page (or JSON for script requests); internal
// details are logged, never shown.
func (u *UI) renderError(w http.ResponseWriter, r *http.Request, err error) {
	if strings.Contains(r.Header.Get("Accept"), "application/json") || strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		web.Error(w, r, err)
		return
	}
	status := web.StatusOf(err)
	msg, code := "Something went wrong on our side. Try again in a moment.", "internal"
	if e := errs.As(err); e != nil && status < 500 {
		msg, code = e.Message, e.Code
	}
	if status >= 500 {
		u.log.Error("ui request failed", "path", r.URL.Path, "err", err)
	}
	if rerr := u.render(w, r, status, "error", map[string]any{"Status": status, "Code": code, "Message": msg}); rerr != nil {
		// The page could not be drawn: the refusal still goes out, plain.
		u.log.Error("ui render failed", "err", rerr)
		http.Error(w, code+": "+msg, status)
	}
}

// page adapts a handler that returns an error.
func (u *UI) page(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			u.renderError(w, r, err)
		}
	}
}

// json adapts a handler of a script request that returns a value.
func (u *UI) json(h func(http.ResponseWriter, *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := h(w, r)
		if err != nil {
			web.Error(w, r, err)
			return
		}
		web.JSON(w, r, http.StatusOK, v)
	}
}

func notFound(msg string) error { return errs.E(errs.NotFound, "not_found", msg) }
