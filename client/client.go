// Package client is the Go SDK for Tessera's HTTP API. It signs every
// request (TESSERA-HMAC-SHA256, docs/auth.md), gives every write (POST,
// PUT, PATCH, DELETE) an idempotency key (reused across its own retries), retries what is safe to
// retry with backoff, turns the error model into *Error, and follows list
// cursors with iterators. Its requests and responses are the types of
// package api, the ones the server's handlers encode and its OpenAPI
// document describes.
package client

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/signing"
)

// Config says where the API is and which key signs.
type Config struct {
	BaseURL    string       // e.g. "http://127.0.0.1:8080"
	KeyID      string       // tk_…
	Secret     string       // tss_…
	HTTPClient *http.Client // default: a client with a 30 s timeout
	// MaxAttempts bounds tries per call, retries included; default 4, 1
	// turns retries off.
	MaxAttempts int
	MinBackoff  time.Duration // first retry delay before jitter; default 100ms
	MaxBackoff  time.Duration // longest delay between tries, Retry-After included; default 10s
	UserAgent   string
	Now         func() time.Time // clock for timestamps; default time.Now
}

// Client calls the API. It is safe for concurrent use.
type Client struct {
	cfg  Config
	base *url.URL
	http *http.Client
}

// New checks cfg and returns a client.
func New(cfg Config) (*Client, error) {
	base, err := url.Parse(strings.TrimRight(cfg.BaseURL, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("client: base URL %q must be http(s)://host[:port]", cfg.BaseURL)
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 4
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = 100 * time.Millisecond
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 10 * time.Second
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "tessera-go-client/1"
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Client{cfg: cfg, base: base, http: cfg.HTTPClient}, nil
}

// Error is an error answered by the API.
type Error struct {
	Status     int
	Code       string // stable, e.g. "invalid_signature"; see docs/auth.md
	Message    string
	RequestID  string
	RetryAfter time.Duration // from Retry-After, when sent
}

func (e *Error) Error() string {
	return fmt.Sprintf("tessera API: %d %s: %s (request %s)", e.Status, e.Code, e.Message, e.RequestID)
}

// IsCode reports whether err is an *Error with the given code.
func IsCode(err error, code string) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == code
}

// Option adjusts one call.
type Option func(*callOptions)

type callOptions struct {
	idempotencyKey string
	header         http.Header
}

// WithIdempotencyKey sets the call's Idempotency-Key; without it a write
// gets a random one, the same for all of the call's retries.
func WithIdempotencyKey(key string) Option {
	return func(o *callOptions) { o.idempotencyKey = key }
}

// WithHeader adds a header to the call (X-Request-Id, for instance).
func WithHeader(name, value string) Option {
	return func(o *callOptions) {
		if o.header == nil {
			o.header = http.Header{}
		}
		o.header.Add(name, value)
	}
}

// Do calls method on path (which may carry a query), sending in as JSON
// (nil: no body) and decoding the response into out (nil: discard). GETs
// and POSTs with an idempotency key (every POST made through Do) are
// retried on network errors, 5xx, 429 and 409 idempotency_in_progress.
func (c *Client) Do(ctx context.Context, method, path string, in, out any, opts ...Option) error {
	var o callOptions
	for _, opt := range opts {
		opt(&o)
	}
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("client: encode request: %w", err)
		}
	}
	if isWrite(method) && o.idempotencyKey == "" {
		o.idempotencyKey = newIdempotencyKey()
	}
	retryable := method == http.MethodGet || method == http.MethodHead || o.idempotencyKey != ""
	u, err := c.base.Parse(c.base.Path + path)
	if err != nil {
		return fmt.Errorf("client: bad path %q: %w", path, err)
	}

	var lastErr error
	for attempt := 0; attempt < c.cfg.MaxAttempts; attempt++ {
		if attempt > 0 {
			if err := c.sleep(ctx, attempt, lastErr); err != nil {
				return lastErr
			}
		}
		var again bool
		again, lastErr = c.try(ctx, method, u, body, out, o)
		if lastErr == nil || !again || !retryable {
			return lastErr
		}
	}
	return lastErr
}

// try sends one signed attempt and reports whether a failure may be retried.
func (c *Client) try(ctx context.Context, method string, u *url.URL, body []byte, out any, o callOptions) (bool, error) {
	var rd io.Reader = http.NoBody
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return false, fmt.Errorf("client: %w", err)
	}
	for name, vs := range o.header {
		req.Header[name] = vs
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if o.idempotencyKey != "" {
		req.Header.Set(signing.HeaderIdempotencyKey, o.idempotencyKey)
	}
	if c.cfg.KeyID != "" {
		// A fresh nonce and timestamp on every attempt: a retry is a new
		// request to the verifier, the same one to the idempotency store.
		if err := signing.Sign(req, c.cfg.KeyID, []byte(c.cfg.Secret), body, c.cfg.Now(), signing.NewNonce()); err != nil {
			return false, fmt.Errorf("client: sign: %w", err)
		}
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return ctx.Err() == nil, fmt.Errorf("client: %s %s: %w", method, u.Path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return ctx.Err() == nil, fmt.Errorf("client: read response: %w", err)
	}
	if resp.StatusCode >= 400 {
		apiErr := decodeError(resp, data)
		return retryableStatus(apiErr), apiErr
	}
	if out != nil && len(data) > 0 {
		if err := json.Unmarshal(data, out); err != nil {
			return false, fmt.Errorf("client: decode response of %s %s: %w", method, u.Path, err)
		}
	}
	return false, nil
}

func decodeError(resp *http.Response, data []byte) *Error {
	var body api.ErrorBody
	e := &Error{Status: resp.StatusCode, RequestID: resp.Header.Get("X-Request-Id")}
	if json.Unmarshal(data, &body) == nil && body.Error.Code != "" {
		e.Code, e.Message = body.Error.Code, body.Error.Message
		if body.Error.RequestID != "" {
			e.RequestID = body.Error.RequestID
		}
	} else {
		e.Code, e.Message = "http_"+strconv.Itoa(resp.StatusCode), strings.TrimSpace(string(data))
	}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s >= 0 {
		e.RetryAfter = time.Duration(s) * time.Second
	}
	return e
}

func retryableStatus(e *Error) bool {
	switch {
	case e.Status == http.StatusTooManyRequests:
		return true
	case e.Status == http.StatusConflict && e.Code == "idempotency_in_progress":
		return true
	case e.Status >= 500 && e.Status != http.StatusNotImplemented:
		return true
	}
	return false
}

// sleep waits before retry number attempt: exponential backoff with full
// jitter, or the server's Retry-After when longer, never over MaxBackoff.
func (c *Client) sleep(ctx context.Context, attempt int, lastErr error) error {
	d := c.cfg.MinBackoff << min(attempt-1, 16)
	if d > c.cfg.MaxBackoff || d <= 0 {
		d = c.cfg.MaxBackoff
	}
	d = time.Duration(mrand.Int64N(int64(d)) + 1)
	var e *Error
	if errors.As(lastErr, &e) && e.RetryAfter > d {
		d = min(e.RetryAfter, c.cfg.MaxBackoff)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// isWrite reports whether method changes something: the API requires an
// Idempotency-Key on every such request.
func isWrite(method string) bool {
	switch strings.ToUpper(method) {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

func newIdempotencyKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
