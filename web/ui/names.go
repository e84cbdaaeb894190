package ui

import (
	"context"
	"html/template"
	"strings"

	"github.com/tessera-rwa/tessera/auth"
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
}

func newNameBook(ctx context.Context, keys Keys) *nameBook {
	return &nameBook{ctx: ctx, keys: keys, seen: map[string]template.HTML{}}
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
