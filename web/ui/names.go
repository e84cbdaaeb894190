package ui

import (
	"context"
	"html/template"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/web"
)

// nameBook shows the actors a page names (auth.Principal.Actor: "key:…",
// "wallet:…", "system:…") as people know them: a key by its name and
// owner, a wallet shortened, a system process by its name; the actor
// itself stays in the title and in data-actor. Each key is read once a
// page.
type nameBook struct {
	ctx  context.Context
	keys Keys
	seen map[string]template.HTML
	// The viewer, for investors' names (compliance.Service.WalletName
	// decides whether it may read them); the services that name wallets
	// and tokens (nil: not running).
	viewer     auth.Principal
	compliance *compliance.Service
	issuance   *issuance.Service
	symbols    map[common.Address]string // token → symbol, read once
}

func (u *UI) nameBook(r *http.Request) *nameBook {
	p, _ := web.PrincipalFrom(r.Context())
	return &nameBook{ctx: r.Context(), keys: u.cfg.Keys, seen: map[string]template.HTML{}, viewer: p,
		compliance: u.compliance(), issuance: u.cfg.Issuance}
}

// Wallet is a wallet shortened, with its investor's name before it where
// the viewer may read investors; the address in the title.
func (n *nameBook) Wallet(w common.Address) template.HTML {
	key := "w:" + w.Hex()
	if h, ok := n.seen[key]; ok {
		return h
	}
	label := short(w)
	if n.compliance != nil {
		if name, ok, err := n.compliance.WalletName(n.ctx, n.viewer, w); err == nil && ok {
			label = name + " · " + label
		}
	}
	a := template.HTMLEscapeString(w.Hex())
	h := template.HTML(`<span class="wallet" title="` + a + `" data-wallet="` + a + `">` + template.HTMLEscapeString(label) + `</span>`)
	n.seen[key] = h
	return h
}

// Token is a token by its asset's symbol (shortened when Tessera has no
// asset on it), the address in the title.
func (n *nameBook) Token(t common.Address) template.HTML {
	if n.symbols == nil {
		n.symbols = map[common.Address]string{}
		if n.issuance != nil {
			if as, err := n.issuance.Assets(n.ctx, "", 1000); err == nil {
				for _, a := range as {
					if a.Token != nil {
						n.symbols[*a.Token] = a.Symbol
					}
				}
			}
		}
	}
	label := n.symbols[t]
	if label == "" {
		label = short(t)
	}
	a := template.HTMLEscapeString(t.Hex())
	return template.HTML(`<span class="token" title="` + a + `" data-token="` + a + `">` + template.HTMLEscapeString(label) + `</span>`)
}

// Actor is actor's name for a page, as HTML.
func (n *nameBook) Actor(actor string) template.HTML {
	if actor == "" {
		return ""
	}
	if h, ok := n.seen[actor]; ok {
		return h
	}
	label := actor
	switch {
	case strings.HasPrefix(actor, auth.KeyPrefix):
		if n.keys != nil {
			if k, err := n.keys.State(n.ctx, strings.TrimPrefix(actor, auth.KeyPrefix)); err == nil && k.Name != "" {
				label = k.Name
				if k.Owner != "" && k.Owner != k.Name {
					label += " · " + k.Owner
				}
			}
		}
	case strings.HasPrefix(actor, auth.WalletPrefix):
		label = "wallet " + short(strings.TrimPrefix(actor, auth.WalletPrefix))
	case strings.HasPrefix(actor, auth.SystemPrefix):
		label = strings.TrimPrefix(actor, auth.SystemPrefix) + " (Tessera)"
	}
	a := template.HTMLEscapeString(actor)
	h := template.HTML(`<span class="actor" title="` + a + `" data-actor="` + a + `">` + template.HTMLEscapeString(label) + `</span>`)
	n.seen[actor] = h
	return h
}
