package oracle_test

import (
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/oracle"
)

func TestExtractJSON(t *testing.T) {
	t.Parallel()
	doc := []byte(`{"data": {"nav": 101.234567891234567891, "navText": " 99.5 ", "flag": true, "none": null,
		"funds": [{"price": "1.5"}, {"price": 123456789012345678901234567890.5}]}}`)
	tests := []struct {
		path string
		want string // "" means an error
	}{
		{"data.nav", "101.234567891234567891"}, // kept as written, not through float64
		{"data.navText", "99.5"},
		{"data.funds.1.price", "123456789012345678901234567890.5"},
		{"data.funds.0.price", "1.5"},
		{"data.missing", ""},
		{"data.funds.2.price", ""},
		{"data.funds.x", ""},
		{"data.flag", ""},
		{"data.none", ""},
		{"data", ""},
		{"data.nav.deeper", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := oracle.ExtractJSON(doc, tt.path)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ExtractJSON(%q) = %q, want an error", tt.path, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ExtractJSON(%q) = %q, %v; want %q", tt.path, got, err, tt.want)
		}
	}
	if _, err := oracle.ExtractJSON([]byte(`<html>`), "data.nav"); err == nil {
		t.Error("non-JSON body: want an error")
	}
}

func TestParseTime(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2024-03-01T12:00:00Z", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC), true},
		{"2024-03-01T14:00:00+02:00", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC), true},
		{"2024-03-01", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), true},
		{"1709294400", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC), true},
		{"yesterday", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := oracle.ParseTime(tt.in)
		if (err == nil) != tt.ok || tt.ok && !got.Equal(tt.want) {
			t.Errorf("ParseTime(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
