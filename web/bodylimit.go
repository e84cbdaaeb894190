package web

import (
	"fmt"
	"net/http"

	"github.com/tessera-rwa/tessera/errs"
)

// bodyLimit refuses bodies over max bytes with 413: at once when the
// declared Content-Length says so, otherwise when a reader reaches the
// limit (http.MaxBytesReader).
func bodyLimit(max int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength > max {
				Error(w, r, errs.E(errs.TooLarge, "body_too_large", fmt.Sprintf("the body is larger than %d bytes", max)))
				return
			}
			if r.Body != nil && r.Body != http.NoBody {
				r.Body = http.MaxBytesReader(w, r.Body, max)
			}
			next.ServeHTTP(w, r)
		})
	}
}
