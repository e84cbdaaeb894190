package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/tessera-rwa/tessera/errs"
)

// allowedHosts refuses a request whose Host header is none of hosts (400
// host_not_allowed) before anything else reads it: a signature names its
// host, and pinning the host keeps a request made for another deployment,
// or a browser page on another origin resolving to this server (DNS
// rebinding), from being served here. Hosts compare without regard to
// case, port included. The probes answer any host, so a load balancer may
// check a replica by its IP. No hosts: any host.
func allowedHosts(hosts []string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if len(hosts) == 0 {
			return next
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || hostAllowed(hosts, r.Host) {
				next.ServeHTTP(w, r)
				return
			}
			Error(w, r, errs.E(errs.Invalid, "host_not_allowed", "this server does not answer for host "+strconv.Quote(r.Host)))
		})
	}
}

func hostAllowed(hosts []string, host string) bool {
	for _, h := range hosts {
		if strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// checkHosts refuses an AllowedHosts entry that is not a host with an
// optional port.
func checkHosts(hosts []string) error {
	for _, h := range hosts {
		if h == "" || strings.ContainsAny(h, "/?#@ \t\r\n,") {
			return fmt.Errorf("web: allowed host %q is not host[:port]", h)
		}
	}
	return nil
}
