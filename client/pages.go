package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"strconv"

	"github.com/tessera-rwa/tessera/api"
)

// Paginate walks a list route page by page, following next_cursor, and
// yields every item; an error is yielded once, last. pageSize 0 lets the
// server choose (100).
func Paginate[T any](ctx context.Context, c *Client, path string, query url.Values, pageSize int) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		q := url.Values{}
		for k, v := range query {
			q[k] = v
		}
		if pageSize > 0 {
			q.Set("limit", strconv.Itoa(pageSize))
		}
		for {
			var page api.List[T]
			p := path
			if len(q) > 0 {
				p += "?" + q.Encode()
			}
			if err := c.Do(ctx, http.MethodGet, p, nil, &page); err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range page.Items {
				if !yield(item, nil) {
					return
				}
			}
			if page.NextCursor == "" {
				return
			}
			q.Set("cursor", page.NextCursor)
		}
	}
}
