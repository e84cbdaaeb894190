package errs_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
)

func TestKindOf(t *testing.T) {
	t.Parallel()
	cause := errors.New("boom")
	tests := []struct {
		name string
		err  error
		want errs.Kind
	}{
		{"nil", nil, errs.Internal},
		{"plain", cause, errs.Internal},
		{"direct", errs.E(errs.NotFound, "", "no such key"), errs.NotFound},
		{"wrapped by fmt", fmt.Errorf("lookup: %w", errs.E(errs.Conflict, "x", "y")), errs.Conflict},
		{"wrap keeps cause", errs.Wrap(cause, errs.Invalid, "bad", "bad input"), errs.Invalid},
		{"deadline", fmt.Errorf("query: %w", context.DeadlineExceeded), errs.Unavailable},
	}
	for _, tt := range tests {
		if got := errs.KindOf(tt.err); got != tt.want {
			t.Errorf("%s: KindOf = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestErrorTextAndUnwrap(t *testing.T) {
	t.Parallel()
	cause := errors.New("disk on fire")
	e := errs.Wrap(cause, errs.Unavailable, "", "database down")
	if e.Code != "unavailable" {
		t.Errorf("default code = %q", e.Code)
	}
	if !errors.Is(e, cause) {
		t.Error("errors.Is does not reach the cause")
	}
	if got, want := e.Error(), "database down: disk on fire"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if errs.As(fmt.Errorf("x: %w", e)) != e {
		t.Error("As did not find the error")
	}
	if errs.Kind(99).String() != "internal" {
		t.Error("unknown kind should print as internal")
	}
}
