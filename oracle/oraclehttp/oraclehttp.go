// Package oraclehttp is the oracle's HTTP side: a Fetcher for polled JSON
// sources, and the Chainlink External Adapter endpoint through which a
// Chainlink node (a bridge in a flux monitor or OCR2 job) reads the value
// the relay would push.
package oraclehttp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/tessera-rwa/tessera/errs"
)

// Fetcher gets JSON documents over HTTP for oracle.Poller.
type Fetcher struct {
	// Client does the requests; nil is a client with a 10 s timeout.
	Client *http.Client
	// Header is sent with every request (an API key of the data provider,
	// say).
	Header http.Header
	// MaxBytes bounds a response body; 0 means 1 MiB.
	MaxBytes int64
}

var defaultClient = &http.Client{Timeout: 10 * time.Second}

// Fetch GETs url and returns the body of a 2xx response.
func (f *Fetcher) Fetch(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	for k, vs := range f.Header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	req.Header.Set("Accept", "application/json")
	client := f.Client
	if client == nil {
		client = defaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, errs.Wrap(err, errs.Unavailable, "source_unreachable", "the source did not answer")
	}
	defer resp.Body.Close()
	limit := f.MaxBytes
	if limit <= 0 {
		limit = 1 << 20
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, errs.Wrap(err, errs.Unavailable, "source_unreachable", "the source's response was cut")
	}
	if int64(len(body)) > limit {
		return nil, errs.E(errs.Unavailable, "source_too_large", fmt.Sprintf("the source's response is larger than %d bytes", limit))
	}
	if resp.StatusCode/100 != 2 {
		return nil, errs.Wrap(errors.New(resp.Status), errs.Unavailable, "source_status",
			fmt.Sprintf("the source answered %s", resp.Status))
	}
	return body, nil
}
