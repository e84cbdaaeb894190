package web

import (
	"errors"
	"net/http"

	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/errs"
)

// strictQuery refuses, before authentication, a query that has no
// canonical form (signing.CheckQuery): a parameter named twice (400
// duplicate_query_parameter), where the signer may have meant one value
// and a handler reads another, and a malformed percent-escape or a ';'
// (400 malformed_query), which parsers decode differently.
func strictQuery(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch err := signing.CheckQuery(r.URL.RawQuery); {
		case errors.Is(err, signing.ErrDuplicateQuery):
			Error(w, r, errs.E(errs.Invalid, "duplicate_query_parameter", "the query names a parameter more than once"))
		case err != nil:
			Error(w, r, errs.E(errs.Invalid, "malformed_query", "the query is malformed: every % must be followed by two hex digits, and ; is not allowed"))
		default:
			next.ServeHTTP(w, r)
		}
	})
}
