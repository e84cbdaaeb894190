package ui_test

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// The UI has an icon: every page links it, and both its link and the
// path browsers ask for on their own (/favicon.ico) serve the SVG, typed
// as one, to a browser that has not signed in.
func TestFavicon(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	get := func(path string) (*http.Response, string) {
		t.Helper()
		res, err := noRedirect.Get(e.srv.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	res, page := get("/ui/signin")
	link := regexp.MustCompile(`<link rel="icon" href="([^"]+)" type="image/svg\+xml">`).FindStringSubmatch(page)
	if res.StatusCode != http.StatusOK || link == nil {
		t.Fatalf("GET /ui/signin = %d without an icon link", res.StatusCode)
	}
	for _, path := range []string{link[1], "/favicon.ico"} {
		res, body := get(path)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/svg+xml" ||
			!strings.HasPrefix(body, "<svg ") || !strings.Contains(body, `xmlns="http://www.w3.org/2000/svg"`) {
			t.Errorf("GET %s = %d %q %.60q, want the SVG icon", path, res.StatusCode, res.Header.Get("Content-Type"), body)
		}
	}
}
