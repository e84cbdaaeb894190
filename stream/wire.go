package stream

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// appendEvent appends e's wire message to b: the bytes json.Marshal
// writes for e.Wire() (api.StreamEvent), without reflection, and with Data (JSON as stored)
// compacted in one pass rather than checked and encoded again.
func appendEvent(b []byte, e *Event) ([]byte, error) {
	b = append(b, `{"cursor":`...)
	b = appendString(b, e.Cursor)
	b = append(b, `,"id":`...)
	b = strconv.AppendInt(b, e.ID, 10)
	b = append(b, `,"type":`...)
	b = appendString(b, e.Type)
	b = append(b, `,"at":`...)
	b = append(b, '"')
	b, err := e.At.AppendText(b) // RFC 3339 with nanoseconds, as MarshalJSON
	if err != nil {
		return b, err
	}
	b = append(b, '"')
	if e.AssetID != "" {
		b = append(b, `,"asset_id":`...)
		b = appendString(b, e.AssetID)
	}
	if e.Contract != "" {
		// As common.Address marshals: 0x and lower-case hex.
		c := common.HexToAddress(e.Contract)
		b = append(b, `,"contract":"0x`...)
		b = hex.AppendEncode(b, c[:])
		b = append(b, '"')
	}
	b = append(b, `,"data":`...)
	if e.Data == nil {
		b = append(b, "null"...)
	} else {
		b = appendCompact(b, e.Data)
	}
	return append(b, '}'), nil
}

// appendString appends s as a JSON string, as json.Marshal writes it
// (HTML characters escaped). Cursors, types, ids and addresses need no
// escaping, so the general encoder is left for anything else.
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always encodes
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendCompact appends raw, a JSON value, without insignificant space
// and with HTML characters escaped, as json.Marshal writes a
// json.RawMessage, in one pass. raw is trusted to be valid: event data is
// a PostgreSQL json column, checked as it was written.
func appendCompact(b []byte, raw []byte) []byte {
	const hex = "0123456789abcdef"
	inString, escaped := false, false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if !inString {
			switch c {
			case ' ', '\t', '\n', '\r':
				continue
			case '"':
				inString = true
			}
			b = append(b, c)
			continue
		}
		switch {
		case escaped:
			escaped = false
		case c == '\\':
			escaped = true
		case c == '"':
			inString = false
		case c == '<' || c == '>' || c == '&':
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			continue
		case c == 0xe2 && i+2 < len(raw) && raw[i+1] == 0x80 && raw[i+2]&^1 == 0xa8: // U+2028, U+2029
			b = append(b, '\\', 'u', '2', '0', '2', hex[raw[i+2]&0xf])
			i += 2
			continue
		}
		b = append(b, c)
	}
	return b
}

// batchConn is a stream's connection, which can hold back what is
// written to it (the frames of a page of events) and send it in few large
// writes instead of one system call per message: the client then reads
// many messages per wake-up too. Writes while not holding, and every
// write of what was held, are bounded by timeout.
type batchConn struct {
	net.Conn
	timeout time.Duration

	mu   sync.Mutex
	hold bool
	buf  []byte
}

// batchFlushAt is how much a batchConn holds before it writes anyway.
const batchFlushAt = 64 << 10

func (c *batchConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.hold {
		return c.Conn.Write(p) // the WebSocket library bounds it with its context
	}
	c.buf = append(c.buf, p...)
	if len(c.buf) >= batchFlushAt {
		if err := c.flushLocked(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Hold starts holding writes back.
func (c *batchConn) Hold() {
	c.mu.Lock()
	c.hold = true
	c.mu.Unlock()
}

// Release writes what was held and stops holding.
func (c *batchConn) Release() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hold = false
	return c.flushLocked()
}

func (c *batchConn) flushLocked() error {
	if len(c.buf) == 0 {
		return nil
	}
	if err := c.Conn.SetWriteDeadline(time.Now().Add(c.timeout)); err != nil {
		return err
	}
	_, err := c.Conn.Write(c.buf)
	c.buf = c.buf[:0]
	if cap(c.buf) > 4*batchFlushAt {
		c.buf = nil // a rare huge event: do not keep its buffer
	}
	return errors.Join(err, c.Conn.SetWriteDeadline(time.Time{}))
}

// batchWriter is the response writer handed to the WebSocket library:
// its Hijack returns the connection as a batchConn, and points the
// library's buffered writer at it.
type batchWriter struct {
	http.ResponseWriter
	timeout time.Duration
	conn    *batchConn // set by Hijack
}

func (w *batchWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	c, brw, err := http.NewResponseController(w.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	if err := brw.Writer.Flush(); err != nil {
		c.Close()
		return nil, nil, err
	}
	w.conn = &batchConn{Conn: c, timeout: w.timeout}
	brw.Writer.Reset(w.conn)
	return w.conn, brw, nil
}

// Unwrap lets http.ResponseController reach the writer underneath.
func (w *batchWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
