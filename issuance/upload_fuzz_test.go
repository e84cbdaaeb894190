package issuance

import (
	"encoding/base64"
	"net/http"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
)

// FuzzUploadCheck sends document uploads as the API receives them (the
// content in standard base64) through the upload checks: a refusal is a
// client error, and an accepted document obeys every documented rule (a
// name that fits bytes32, a kind, a bounded size, an allowed type that the
// bytes match).
func FuzzUploadCheck(f *testing.F) {
	const maxBytes = 1 << 10
	b64 := base64.StdEncoding.EncodeToString
	f.Add("title-deed", "title_deed", "application/pdf", b64([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")))
	f.Add("prospectus.txt", "prospectus", "text/plain", b64([]byte("Tokenized treasury fund prospectus")))
	f.Add("report", "valuation_report", "application/json", b64([]byte(`{"nav":"101.25"}`)))
	f.Add("photo", "photo", "image/png", b64([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")))
	f.Add("scan", "scan", "image/jpeg", b64([]byte("\xff\xd8\xff\xe0\x00\x10JFIF")))
	f.Add("Deed", "title_deed", "application/pdf", "JVBERi0=")
	f.Add("a23456789012345678901234567890123", "k", "text/plain", "aGk=")
	f.Add("x", " ", "text/plain", "aGk=")
	f.Add("x", "k", "text/html", b64([]byte("<html>")))
	f.Add("x", "k", "text/plain", "aGk")
	f.Add("x", "k", "text/plain", "")
	f.Fuzz(func(t *testing.T, name, kind, contentType, content string) {
		raw, err := base64.StdEncoding.DecodeString(content)
		if err != nil {
			return // the API answers invalid_content
		}
		if again, err := base64.StdEncoding.DecodeString(base64.StdEncoding.EncodeToString(raw)); err != nil || string(again) != string(raw) {
			t.Fatalf("content %q does not survive base64", raw)
		}
		u := Upload{Name: name, Kind: kind, ContentType: contentType, Content: raw}
		err = u.check(maxBytes)
		if err != nil {
			switch e := errs.As(err); {
			case e == nil:
				t.Fatalf("%+v: %v is not in the error model", u, err)
			case e.Kind != errs.Invalid && e.Kind != errs.TooLarge && e.Kind != errs.UnsupportedMedia:
				t.Fatalf("%+v: %v; want a client error", u, err)
			}
			return
		}
		switch {
		case len(name) == 0 || len(name) > 31 || strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789_.-") != "":
			t.Fatalf("name %q accepted", name)
		case strings.TrimSpace(kind) == "" || len(kind) > 50:
			t.Fatalf("kind %q accepted", kind)
		case len(raw) == 0 || len(raw) > maxBytes:
			t.Fatalf("%d bytes accepted", len(raw))
		case AllowedContentTypes[contentType] == "" || http.DetectContentType(raw) != AllowedContentTypes[contentType]:
			t.Fatalf("content type %q accepted for bytes that look like %s", contentType, http.DetectContentType(raw))
		}
	})
}
