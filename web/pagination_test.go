package web

import (
	"net/http/httptest"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
)

func TestReadPage(t *testing.T) {
	t.Parallel()
	cur := NextCursor(int64(41))
	tests := []struct {
		query     string
		limit     int
		after     int64
		hasAfter  bool
		wantError string
	}{
		{"", DefaultLimit, 0, false, ""},
		{"limit=7", 7, 0, false, ""},
		{"limit=100000", MaxLimit, 0, false, ""},
		{"limit=0", 0, 0, false, "invalid_limit"},
		{"limit=-3", 0, 0, false, "invalid_limit"},
		{"limit=ten", 0, 0, false, "invalid_limit"},
		{"cursor=" + cur, DefaultLimit, 41, true, ""},
		{"cursor=not-base64!", 0, 0, false, "invalid_cursor"},
		{"cursor=e30", 0, 0, false, "invalid_cursor"},                  // {} has no version
		{"cursor=eyJ2IjoxLCJhIjoieCJ9", 0, 0, false, "invalid_cursor"}, // {"v":1,"a":"x"}: wrong key type
		{"cursor=eyJ2IjoyLCJhIjo0MX0", 0, 0, false, "invalid_cursor"},  // version 2
	}
	for _, tt := range tests {
		p, err := ReadPage[int64](httptest.NewRequest("GET", "/x?"+tt.query, nil))
		if tt.wantError != "" {
			if e := errs.As(err); e == nil || e.Code != tt.wantError || e.Kind != errs.Invalid {
				t.Errorf("%q: err = %v, want %s", tt.query, err, tt.wantError)
			}
			continue
		}
		if err != nil || p.Limit != tt.limit || p.After != tt.after || p.HasAfter != tt.hasAfter {
			t.Errorf("%q: %+v %v", tt.query, p, err)
		}
	}
}

func TestPaginate(t *testing.T) {
	t.Parallel()
	id := func(n int) int { return n }
	last := Paginate(Page[int]{Limit: 3}, []int{1, 2}, id)
	if len(last.Items) != 2 || last.NextCursor != "" {
		t.Errorf("short page: %+v", last)
	}
	full := Paginate(Page[int]{Limit: 3}, []int{1, 2, 3, 4}, id)
	if len(full.Items) != 3 || full.NextCursor != NextCursor(3) {
		t.Errorf("full page: %+v", full)
	}
	if empty := Paginate(Page[int]{Limit: 3}, nil, id); empty.Items == nil {
		t.Error("empty page should encode items as [], not null")
	}
}
