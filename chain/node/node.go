// Package node dials the Ethereum node the platform talks to without
// letting its URL's secrets out. Node providers put the API key in the URL
// (a path like /v3/<key>, a query, user:password); Go's HTTP client names
// the URL, path and query included, in every error it returns, and those
// errors reach logs and terminals. Dial hands go-ethereum a URL with the
// scheme and host only, and puts the real one back in the transport, just
// before the request leaves.
package node

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Dial connects to the node at raw: http(s) through a transport that keeps
// the URL's path, query and credentials out of errors; other schemes (ws,
// IPC) as go-ethereum dials them.
func Dial(ctx context.Context, raw string) (*ethclient.Client, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ethclient.DialContext(ctx, raw)
	}
	public := u.Scheme + "://" + u.Host + "/"
	c, err := rpc.DialOptions(ctx, public, rpc.WithHTTPClient(&http.Client{Transport: secretURL{real: u, base: http.DefaultTransport}}))
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", public, err)
	}
	return ethclient.NewClient(c), nil
}

// secretURL sends every request to the real URL: its path, query and
// credentials (as basic authentication) are set here, below the HTTP
// client that writes URLs into errors.
type secretURL struct {
	real *url.URL
	base http.RoundTripper
}

func (s secretURL) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	u := *s.real
	u.User = nil
	r.URL, r.Host = &u, u.Host
	if s.real.User != nil {
		pass, _ := s.real.User.Password()
		r.SetBasicAuth(s.real.User.Username(), pass)
	}
	return s.base.RoundTrip(r)
}
