package apikey_test

import (
	"slices"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/errs"
)

func TestParseScopes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []apikey.Scope
		ok   bool
	}{
		{"issuer", []apikey.Scope{apikey.Issuer}, true},
		{" auditor, issuer ,auditor", []apikey.Scope{apikey.Auditor, apikey.Issuer}, true},
		{"", nil, false},
		{"root", nil, false},
		{"Issuer", nil, false},
	}
	for _, tt := range tests {
		got, err := apikey.ParseScopes(tt.in)
		if (err == nil) != tt.ok || !slices.Equal(got, tt.want) {
			t.Errorf("ParseScopes(%q) = %v, %v", tt.in, got, err)
		}
		if err != nil && !errs.Is(err, errs.Invalid) {
			t.Errorf("ParseScopes(%q) error kind %v", tt.in, errs.KindOf(err))
		}
	}
}

func TestPrincipalOfKey(t *testing.T) {
	t.Parallel()
	now := time.Now()
	past, future := now.Add(-time.Second), now.Add(time.Hour)
	tests := []struct {
		name string
		key  apikey.Key
		code string
	}{
		{"plain", apikey.Key{}, ""},
		{"expires later", apikey.Key{ExpiresAt: &future}, ""},
		{"expired", apikey.Key{ExpiresAt: &past}, "key_expired"},
		{"revoked", apikey.Key{RevokedAt: &past}, "key_revoked"},
		{"revoked and expired", apikey.Key{RevokedAt: &past, ExpiresAt: &past}, "key_revoked"},
	}
	for _, tt := range tests {
		_, err := tt.key.Principal(now)
		code := ""
		if e := errs.As(err); e != nil {
			code = e.Code
		}
		if code != tt.code {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.code)
		}
	}
	for id, want := range map[string]bool{
		"tk_0123456789abcdef0123":   true,
		"tk_0123":                   false,
		"TK_0123456789abcdef0123":   false,
		"tk_0123456789ABCDEF0123":   false, // lowercase hex only
		"tk_0123456789abcdeg0123":   false,
		"tk_0123456789abcdef01234":  false,
		"tk_0123456789abcdef0123\n": false,
		"xtk_0123456789abcdef012":   false,
		"tk-0123456789abcdef0123":   false,
		"":                          false,
	} {
		if got := apikey.ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}
