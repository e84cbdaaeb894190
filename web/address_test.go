package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
)

// TestAddressParams checks the path parameters that name addresses (an
// asset's token, an appraiser, a wallet, an account): mixed case must carry
// its EIP-55 checksum, or the answer is 400 invalid_address.
func TestAddressParams(t *testing.T) {
	t.Parallel()
	ok := func(w http.ResponseWriter, err error) error {
		if err != nil {
			return err
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	r := chi.NewRouter()
	r.Method("GET", "/assets/{asset}", HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		_, err := assetParam(r)
		return ok(w, err)
	}))
	r.Method("GET", "/wallets/{wallet}", HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		_, err := walletParam(r, "wallet")
		return ok(w, err)
	}))
	h := requestID(r)
	const good = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	for _, prefix := range []string{"/assets/", "/wallets/"} {
		for addr, want := range map[string]string{
			good:                             "",
			strings.ToLower(good):            "",
			"0x" + strings.ToUpper(good[2:]): "",
			"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD": "invalid_address",
			strings.ToLower(good[2:]):                    "invalid_address",
			"0x1234":                                     "invalid_address",
		} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", prefix+addr, nil))
			if want == "" {
				if rec.Code != http.StatusNoContent {
					t.Errorf("%s%s: %d %s", prefix, addr, rec.Code, rec.Body)
				}
				continue
			}
			if rec.Code != http.StatusBadRequest || errorCode(t, rec) != want {
				t.Errorf("%s%s: %d %s, want 400 %s", prefix, addr, rec.Code, rec.Body, want)
			}
		}
	}
}
