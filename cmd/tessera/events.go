package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/coder/websocket"

	"github.com/tessera-rwa/tessera/client"
)

// runEvents follows the API's event stream (docs/stream.md), printing
// each event as one JSON line. When the connection ends it reconnects
// after the last event it printed, so a server restart loses nothing.
func runEvents(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("events", stdout)
	var opts client.StreamOptions
	var types string
	fs.StringVar(&types, "types", "", "comma-separated event types (transfer, mint, burn, valuation, asset, issuance_request, compliance_intervention, compliance); default all")
	fs.StringVar(&opts.Asset, "asset", "", "only events of this asset: its id, or a token, deed or feed address")
	fs.StringVar(&opts.After, "after", "", "resume after this cursor (0: every event kept); default: from now")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if types != "" {
		opts.Types = strings.Split(types, ",")
	}
	c, err := cliClient()
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return followEvents(ctx, c, opts, stdout, slog.New(slog.NewTextHandler(os.Stderr, nil)))
}

// followEvents prints events until ctx ends. A refusal (a bad parameter, a
// key without the scope, an expired cursor) ends it; a dropped connection
// is retried with backoff.
func followEvents(ctx context.Context, c *client.Client, opts client.StreamOptions, out io.Writer, log *slog.Logger) error {
	enc := json.NewEncoder(out)
	backoff := time.Second
	for {
		s, err := c.Stream(ctx, opts)
		var apiErr *client.Error
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.As(err, &apiErr) && apiErr.Status < 500:
			return fmt.Errorf("events: %w", err)
		case err != nil:
			log.Warn("event stream unavailable; retrying", "in", backoff, "error", err)
		default:
			backoff = time.Second
			if opts.After == "" {
				log.Info("following events", "from", s.Cursor())
			}
			for {
				e, err := s.Next(ctx)
				if err != nil {
					if ctx.Err() != nil {
						s.Close()
						return nil
					}
					log.Warn("event stream closed; reconnecting", "after", s.Cursor(), "status", websocket.CloseStatus(err), "error", err)
					break
				}
				if err := enc.Encode(e); err != nil {
					s.Close()
					return err
				}
			}
			opts.After = s.Cursor()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}
