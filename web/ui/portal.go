package ui

import (
	"context"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

const transfersPerPage = 10

// holdingView is one holding as the portal shows it.
type holdingView struct {
	issuance.Holding
	Decimals uint8
	// PaymentDecimals are those of the asset's dealing payment token (its
	// pending and claimable payments).
	PaymentDecimals uint8
	Chart           *chart
	Payouts         []payoutView
	// Documents are the asset's, with their anchor state on chain.
	Documents []issuance.Document
	// Allowance is what the investor may still transfer in each of the
	// asset's transfer windows (none: the asset limits no transfer).
	Allowance []allowanceView
}

// allowanceView is one transfer window as the portal shows it: base
// units, and the end of the running window (zero: none runs).
type allowanceView struct {
	Period    time.Duration
	Limit     string
	Remaining string
	ResetsAt  time.Time
}

// payoutView is a payout with its payment token's decimals (read from the
// token; Known is false when it could not be read, and the amount is shown
// in base units).
type payoutView struct {
	issuance.Payout
	Decimals uint8
	Known    bool
}

// distributionView is a distribution with its payment token's decimals,
// as payoutView.
type distributionView struct {
	issuance.Distribution
	Decimals uint8
	Known    bool
}

// tokenDecimals reads a payment token's decimals; false when they cannot
// be read (the payout is then shown in base units).
func (u *UI) tokenDecimals(ctx context.Context, token common.Address) (uint8, bool) {
	d, err := u.cfg.Issuance.PaymentTokenDecimals(ctx, token)
	if err != nil {
		u.log.Warn("ui: payment token decimals unreadable", "token", token, "err", err)
		return 0, false
	}
	return d, true
}

type transferView struct {
	chain.Transfer
	Symbol   string
	Amount   string
	Incoming bool
}

// portal is the investor's page: holdings with value and history, payouts,
// dealing, transfers. Everything is read for the signed-in wallet only.
func (u *UI) portal(w http.ResponseWriter, r *http.Request) error {
	s, _ := sessionFrom(r.Context())
	wallet := common.HexToAddress(s.Subject)
	ctx := r.Context()
	if need, err := u.needsOnboarding(r, wallet); err != nil {
		return err
	} else if need {
		http.Redirect(w, r, "/ui/portal/onboard", http.StatusSeeOther)
		return nil
	}
	svc := u.cfg.Issuance
	holdings, err := svc.Holdings(ctx, wallet, true)
	if err != nil {
		return err
	}
	assets := map[common.Address]issuance.Asset{}
	views := make([]holdingView, 0, len(holdings))
	for _, h := range holdings {
		a, err := svc.Asset(ctx, h.AssetID)
		if err != nil {
			return err
		}
		assets[common.HexToAddress(h.Token)] = a
		v := holdingView{Holding: h, Decimals: a.Decimals}
		if a.DealingPaymentDecimals != nil {
			v.PaymentDecimals = *a.DealingPaymentDecimals
		}
		if u.cfg.Compliance != nil {
			if c := u.cfg.Compliance(); c != nil {
				// The wallet reads its own allowance, as its own principal.
				ws, err := c.TransferAllowances(ctx, auth.Wallet(wallet.Hex()), common.HexToAddress(h.Token), wallet)
				if err != nil {
					return err
				}
				for _, a := range ws {
					av := allowanceView{Period: time.Duration(a.PeriodSeconds) * time.Second, Limit: a.Limit.String(), Remaining: a.Remaining.String()}
					if a.ResetsAt != 0 {
						av.ResetsAt = time.Unix(int64(a.ResetsAt), 0).UTC()
					}
					v.Allowance = append(v.Allowance, av)
				}
			}
		}
		if v.Documents, err = svc.HolderDocuments(ctx, auth.Wallet(wallet.Hex()), h.AssetID); err != nil {
			return err
		}
		for _, p := range h.Payouts {
			d, ok := u.tokenDecimals(ctx, p.PaymentToken)
			v.Payouts = append(v.Payouts, payoutView{Payout: p, Decimals: d, Known: ok})
		}
		if a.Feed != nil {
			rounds, err := u.cfg.Rounds.ValuationRounds(ctx, svc.ChainID(), *a.Feed, chain.ViewLatest, nil, 500)
			if err != nil {
				return err
			}
			if len(rounds) > 60 {
				rounds = rounds[len(rounds)-60:]
			}
			if h.Valuation != nil { // the feed's decimals, as its deployment record gives them
				v.Chart = newChart(rounds, h.Valuation.Decimals, a.Currency)
			}
		}
		views = append(views, v)
	}
	var after *chain.EventPos
	if c := r.URL.Query().Get("after"); c != "" {
		p, err := parsePos(c)
		if err != nil {
			return err
		}
		after = &p
	}
	ts, err := svc.Transfers(ctx, wallet, after, transfersPerPage+1)
	if err != nil {
		return err
	}
	next := ""
	if len(ts) > transfersPerPage {
		ts = ts[:transfersPerPage]
		next = ts[len(ts)-1].Pos().String()
	}
	tv := make([]transferView, 0, len(ts))
	var all []issuance.Asset
	for _, t := range ts {
		a, ok := assets[t.Token]
		if !ok {
			if all == nil {
				if all, err = svc.Assets(ctx, "", 500); err != nil {
					return err
				}
			}
			for _, x := range all {
				if x.Token != nil && *x.Token == t.Token {
					a = x
				}
			}
			assets[t.Token] = a
		}
		amount := t.Value.String()
		if a.ID != "" {
			amount = unitsOf(amount, a.Decimals)
		}
		tv = append(tv, transferView{Transfer: t, Symbol: a.Symbol, Amount: amount, Incoming: t.To == wallet})
	}
	deal, err := u.portalDealing(ctx, wallet)
	if err != nil {
		return err
	}
	totals, unvalued := issuance.Portfolio(holdings)
	return u.render(w, r, http.StatusOK, "portal", map[string]any{
		"Title": "Your holdings", "Wallet": wallet.Hex(), "Holdings": views, "Transfers": tv, "Next": next,
		"Paged": after != nil, "ChainID": svc.ChainID().String(), "Dealing": deal, "Totals": totals, "Unvalued": unvalued,
	})
}

func parsePos(s string) (chain.EventPos, error) {
	p, err := chain.ParseEventPos(s)
	if err != nil {
		return chain.EventPos{}, errs.E(errs.Invalid, "invalid_cursor", "the page cursor is not one this page gave")
	}
	return p, nil
}

// claimTx is the transaction the wallet sends to claim a payout.
type claimTx struct {
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Data    hexutil.Bytes  `json:"data"`
	ChainID string         `json:"chain_id"`
	Amount  string         `json:"amount"`
}

// prepareClaim builds the Distributor claim of the signed-in wallet's
// share: the wallet signs and sends it, so the payout goes straight to it.
func (u *UI) prepareClaim(w http.ResponseWriter, r *http.Request) (any, error) {
	s, _ := sessionFrom(r.Context())
	wallet := common.HexToAddress(s.Subject)
	c, err := u.cfg.Issuance.PrepareClaim(r.Context(), chi.URLParam(r, "dist"), wallet)
	if err != nil {
		return nil, err
	}
	return claimTx{From: c.From, To: c.To, Data: c.Data, ChainID: c.ChainID.String(), Amount: c.Amount}, nil
}

// downloadTypes are the content types a document is served as; any other
// is served as bytes to save (application/octet-stream).
var downloadTypes = map[string]bool{"application/pdf": true, "image/png": true, "image/jpeg": true, "text/plain": true, "text/csv": true}

// portalDocument sends a document of an asset the signed-in wallet has a
// position in, as a file to save: never rendered on this origin.
func (u *UI) portalDocument(w http.ResponseWriter, r *http.Request) error {
	s, _ := sessionFrom(r.Context())
	if s.Kind != "investor" {
		return errs.E(errs.Forbidden, "not_a_holder", "an asset's documents are for the wallets that hold it")
	}
	d, content, err := u.cfg.Issuance.HolderDownload(r.Context(), auth.Wallet(common.HexToAddress(s.Subject).Hex()), chi.URLParam(r, "id"), chi.URLParam(r, "name"))
	if err != nil {
		return err
	}
	ct := d.ContentType
	if !downloadTypes[ct] {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": d.Name}))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "sandbox; default-src 'none'")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(content)))
	_, err = w.Write(content)
	return err
}
