// Package errs defines the kinds of failure Tessera reports to its callers.
// Domain packages return errors built with E or Wrap; the HTTP layer maps each
// Kind to a status code in one table, so no domain code knows about HTTP.
package errs

import (
	"context"
	"errors"
)

// Kind classifies an error by what the caller can do about it.
type Kind int

// The kinds of error. The zero value is Internal, so an error that was never
// classified is never mistaken for the caller's fault.
const (
	Internal         Kind = iota // a bug or an unexpected failure; details are logged, not returned
	Invalid                      // the request is malformed or fails validation
	Unauthenticated              // no valid credentials
	Forbidden                    // valid credentials without the right to do this
	NotFound                     // the thing does not exist
	MethodNotAllowed             // the path exists, the method does not
	Conflict                     // the request clashes with the current state; retrying later may work
	Unprocessable                // well-formed but cannot be processed as sent (e.g. a reused idempotency key)
	TooLarge                     // the request body is over the limit
	UnsupportedMedia             // the request body is not in a format the server takes
	RateLimited                  // too many requests; retry after a while
	Unavailable                  // a dependency is down; retry later
)

var kindNames = [...]string{
	Internal:         "internal",
	Invalid:          "invalid",
	Unauthenticated:  "unauthenticated",
	Forbidden:        "forbidden",
	NotFound:         "not_found",
	MethodNotAllowed: "method_not_allowed",
	Conflict:         "conflict",
	Unprocessable:    "unprocessable",
	TooLarge:         "too_large",
	UnsupportedMedia: "unsupported_media_type",
	RateLimited:      "rate_limited",
	Unavailable:      "unavailable",
}

// String returns the kind's snake_case name, also the default error code.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "internal"
}

// Error is a classified error. Code is a stable machine-readable identifier
// (snake_case) and Message a sentence for people; both are shown to callers.
// Err is the cause, kept for logs and errors.Is, never shown.
type Error struct {
	Kind    Kind
	Code    string
	Message string
	Err     error
}

// E returns an error of the given kind. An empty code defaults to the
// kind's name.
func E(kind Kind, code, message string) *Error {
	if code == "" {
		code = kind.String()
	}
	return &Error{Kind: kind, Code: code, Message: message}
}

// Wrap classifies err, keeping it as the cause.
func Wrap(err error, kind Kind, code, message string) *Error {
	e := E(kind, code, message)
	e.Err = err
	return e
}

// Error returns the message and the cause.
func (e *Error) Error() string {
	msg := e.Message
	if msg == "" {
		msg = e.Code
	}
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of the first *Error in err's chain. A cancelled or
// timed-out context counts as Unavailable; anything else unclassified is
// Internal.
func KindOf(err error) Kind {
	if err == nil {
		return Internal
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return Unavailable
	}
	return Internal
}

// Is reports whether err is of the given kind.
func Is(err error, kind Kind) bool { return err != nil && KindOf(err) == kind }

// As returns the first *Error in err's chain, or nil.
func As(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}
