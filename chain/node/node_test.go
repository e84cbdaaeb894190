package node

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The node receives requests on the URL's secret path, query and
// credentials, and an error names none of them.
func TestDialKeepsTheURLsSecretsOutOfErrors(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, _ := r.BasicAuth()
		body, _ := io.ReadAll(r.Body)
		if r.URL.Path != "/v3/SECRETKEY" || r.URL.Query().Get("apikey") != "Q" || user != "u" || pass != "p4ss" || !strings.Contains(string(body), "eth_chainId") {
			http.Error(w, "wrong request", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x7a69"}`)
	}))
	defer srv.Close()
	ctx := context.Background()
	c, err := Dial(ctx, "http://u:p4ss@"+strings.TrimPrefix(srv.URL, "http://")+"/v3/SECRETKEY?apikey=Q")
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(ctx)
	if err != nil || id.Int64() != 31337 {
		t.Fatalf("chain id through the real URL: %v, %v", id, err)
	}

	// A node that is not there: the error names the host alone.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	c, err = Dial(ctx, "http://u:p4ss@"+addr+"/v3/SECRETKEY?apikey=Q")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.ChainID(ctx)
	if err == nil || strings.Contains(err.Error(), "SECRETKEY") || strings.Contains(err.Error(), "apikey") || strings.Contains(err.Error(), "p4ss") {
		t.Fatalf("error from an absent node: %v", err)
	}
	if !strings.Contains(err.Error(), addr) {
		t.Fatalf("the error does not name the node's host: %v", err)
	}
}
