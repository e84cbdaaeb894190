package web

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/errs"
)

// Page sizes for list routes.
const (
	DefaultLimit = 100
	MaxLimit     = 500
)

// Page is the position a list request asks for: up to Limit items after
// the item whose sort key is After (when HasAfter).
type Page[K any] struct {
	Limit    int
	After    K
	HasAfter bool
}

// List is the response of a list route (api.List).
type List[T any] = api.List[T]

// cursor is what an opaque cursor holds: the keyset position of the last
// item returned, under a version so the format can change.
type cursor[K any] struct {
	V     int `json:"v"`
	After K   `json:"a"`
}

// ReadPage reads ?limit= (default 100, at most 500) and ?cursor= (from a
// previous response's next_cursor). K is the sort key of the list, which
// must be unique and stable (a sequence number, or a (time, id) pair).
func ReadPage[K any](r *http.Request) (Page[K], error) {
	q := r.URL.Query()
	p := Page[K]{Limit: DefaultLimit}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return p, errs.E(errs.Invalid, "invalid_limit", "limit must be a whole number from 1 to 500")
		}
		p.Limit = min(n, MaxLimit)
	}
	if s := q.Get("cursor"); s != "" {
		raw, err := base64.RawURLEncoding.DecodeString(s)
		var c cursor[K]
		if err != nil || len(raw) > 1024 || json.Unmarshal(raw, &c) != nil || c.V != 1 {
			return p, errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
		}
		p.After, p.HasAfter = c.After, true
	}
	return p, nil
}

// NextCursor encodes the position after the item with sort key after.
func NextCursor[K any](after K) string {
	b, _ := json.Marshal(cursor[K]{V: 1, After: after})
	return base64.RawURLEncoding.EncodeToString(b)
}

// Paginate makes the response for a page: items is what the store returned
// for Limit+1 rows, so a last extra item tells that there is a next page.
func Paginate[T, K any](p Page[K], items []T, key func(T) K) List[T] {
	if items == nil {
		items = []T{}
	}
	if len(items) <= p.Limit {
		return List[T]{Items: items}
	}
	items = items[:p.Limit]
	return List[T]{Items: items, NextCursor: NextCursor(key(items[len(items)-1]))}
}
