package client

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/coder/websocket"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/signing"
)

// StreamOptions choose where a stream starts and what it carries.
type StreamOptions struct {
	// After resumes after this cursor (Stream.Cursor of an earlier
	// stream, or "0" for every event kept); empty: from the newest event
	// readable when the stream opens (the hello's cursor).
	After string
	Types []string // event types (docs/stream.md): transfer, mint, burn…; empty: all
	Asset string   // an asset id, or a token, deed or feed address
}

// Stream is an open event stream (GET /v1/stream, docs/stream.md).
type Stream struct {
	conn   *websocket.Conn
	cursor string
}

// Stream opens the event stream. The handshake is signed like any other
// request; a refusal is an *Error.
func (c *Client) Stream(ctx context.Context, opts StreamOptions) (*Stream, error) {
	q := url.Values{}
	if opts.After != "" {
		q.Set("after", opts.After)
	}
	if len(opts.Types) > 0 {
		q.Set("types", strings.Join(opts.Types, ","))
	}
	if opts.Asset != "" {
		q.Set("asset", opts.Asset)
	}
	u, err := c.base.Parse(c.base.Path + "/v1/stream")
	if err != nil {
		return nil, err
	}
	u.RawQuery = q.Encode()
	// Sign the handshake as the GET it is, then dial with its headers.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), http.NoBody)
	if err != nil {
		return nil, err
	}
	if c.cfg.KeyID != "" {
		if err := signing.Sign(req, c.cfg.KeyID, []byte(c.cfg.Secret), nil, c.cfg.Now(), signing.NewNonce()); err != nil {
			return nil, fmt.Errorf("client: sign: %w", err)
		}
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	ws := *u
	ws.Scheme = map[string]string{"http": "ws", "https": "wss"}[u.Scheme]
	conn, resp, err := websocket.Dial(ctx, ws.String(), &websocket.DialOptions{HTTPClient: c.http, HTTPHeader: req.Header})
	if err != nil {
		if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols {
			var data []byte
			if resp.Body != nil {
				data, _ = io.ReadAll(io.LimitReader(resp.Body, 64<<10))
				resp.Body.Close()
			}
			return nil, decodeError(resp, data)
		}
		return nil, fmt.Errorf("client: open stream: %w", err)
	}
	conn.SetReadLimit(1 << 20)
	s := &Stream{conn: conn}
	// The server says hello at once; one that does not is not waited for
	// longer than a request would be.
	helloCtx, cancel := context.WithTimeout(ctx, cmp.Or(c.http.Timeout, 30*time.Second))
	defer cancel()
	var hello api.StreamHello
	if _, data, err := conn.Read(helloCtx); err != nil {
		conn.CloseNow()
		return nil, fmt.Errorf("client: open stream: %w", err)
	} else if err := json.Unmarshal(data, &hello); err != nil || hello.Type != "hello" {
		conn.CloseNow()
		return nil, fmt.Errorf("client: open stream: the first message is not a hello: %.100s", data)
	}
	s.cursor = hello.Cursor
	return s, nil
}

// Next waits for the next event. When the server closes the stream (it is
// shutting down, or this client read too slowly) the error is a
// websocket.CloseError; open a new stream with After: s.Cursor() to go on
// without a gap.
func (s *Stream) Next(ctx context.Context) (api.StreamEvent, error) {
	_, data, err := s.conn.Read(ctx)
	if err != nil {
		return api.StreamEvent{}, err
	}
	var e api.StreamEvent
	if err := json.Unmarshal(data, &e); err != nil {
		return e, fmt.Errorf("client: stream message: %w", err)
	}
	s.cursor = e.Cursor
	return e, nil
}

// Cursor is the position after the last event received (before any: where
// the stream started).
func (s *Stream) Cursor() string { return s.cursor }

// Close ends the stream.
func (s *Stream) Close() error {
	err := s.conn.Close(websocket.StatusNormalClosure, "")
	if errors.Is(err, net.ErrClosed) || websocket.CloseStatus(err) != -1 {
		return nil // closed already, by either side
	}
	return err
}
