package ui

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/tessera-rwa/tessera/errs"
)

// ParseOrigin checks a public origin (scheme, host and optional port, as
// a browser's Origin header spells it) and returns it in that form: scheme
// and host in lower case, no default port, no trailing slash. Paths,
// queries, fragments and credentials are refused: an origin is none of
// those, and an origin written with one would never equal what browsers
// send.
func ParseOrigin(s string) (string, error) {
	bad := fmt.Errorf("public origin %q: want scheme://host[:port] with scheme http or https, e.g. https://app.example.com", s)
	u, err := url.Parse(strings.TrimSuffix(s, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" || u.User != nil ||
		u.Path != "" || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.ContainsAny(u.Host, " /\\@") {
		return "", bad
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if host == "" || port == "0" || (port != "" && strings.TrimLeft(port, "0123456789") != "") {
		return "", bad
	}
	if (u.Scheme == "https" && port == "443") || (u.Scheme == "http" && port == "80") {
		port = ""
	}
	authority := host
	switch {
	case port != "":
		authority = net.JoinHostPort(host, port)
	case strings.Contains(host, ":"):
		authority = "[" + host + "]"
	}
	return u.Scheme + "://" + authority, nil
}

// sameOrigin refuses a state-changing request unless the browser says it
// comes from the UI's own pages: Sec-Fetch-Site: same-origin, or an Origin
// equal to the public origin. A request that names another site in either
// header (an Origin of "null" included) is refused even if the other
// header agrees, and so is one with neither: browsers send at least one
// on every form post and fetch, so only a forged or stripped request lacks
// both. The session cookie is SameSite=Strict besides.
func (u *UI) sameOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
		default:
			if err := u.checkOrigin(r); err != nil {
				u.renderError(w, r, err)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (u *UI) checkOrigin(r *http.Request) error {
	origin, site := r.Header.Get("Origin"), r.Header.Get("Sec-Fetch-Site")
	switch {
	case origin != "" && origin != u.origin, site != "" && site != "same-origin":
		return errs.E(errs.Forbidden, "cross_origin", "This request came from another site, so it was refused. Open "+
			u.origin+"/ui/ and try again from there.")
	case origin == "" && site == "":
		return errs.E(errs.Forbidden, "origin_required", "This request does not say which site sent it (no Origin or "+
			"Sec-Fetch-Site header), so it was refused. Send it from the pages at "+u.origin+"/ui/.")
	}
	return nil
}
