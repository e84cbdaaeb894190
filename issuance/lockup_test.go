package issuance

import (
	"testing"
	"time"
)

// lockedUntil extends a request's lock-up to the rules', never shortens
// it, counts whole seconds rounded up and gives none once both are past.
func TestLockedUntil(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 6, 12, 0, 0, 250_000_000, time.UTC)
	at := func(d time.Duration) *time.Time { v := now.Add(d); return &v }
	sec := func(d time.Duration) *time.Time { v := now.Add(d).Truncate(time.Second).Add(time.Second); return &v }
	tests := []struct {
		name      string
		requested *time.Time
		lockup    time.Duration
		want      *time.Time
	}{
		{"no lock-up anywhere", nil, 0, nil},
		{"the rules' lock-up, rounded up to a second", nil, time.Hour, sec(time.Hour)},
		{"a request's own, no rules", at(2 * time.Hour), 0, sec(2 * time.Hour)},
		{"a shorter request is extended", at(10 * time.Minute), time.Hour, sec(time.Hour)},
		{"a longer request is kept", at(48 * time.Hour), time.Hour, sec(48 * time.Hour)},
		{"a request already past, no rules: a plain mint", at(-time.Minute), 0, nil},
		{"a request already past, with rules", at(-time.Minute), time.Hour, sec(time.Hour)},
	}
	for _, tc := range tests {
		got := lockedUntil(tc.requested, now, tc.lockup)
		if (got == nil) != (tc.want == nil) || got != nil && !got.Equal(*tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
