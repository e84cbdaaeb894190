package issuance

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/tessera-rwa/tessera/errs"
)

// check validates u as it arrives, before anything is stored: a name that
// fits an ERC-1643 bytes32 name, a kind, 1 to maxBytes bytes of content,
// and a declared content type among AllowedContentTypes that matches what
// the bytes look like.
func (u Upload) check(maxBytes int) error {
	switch {
	case !docNameRe.MatchString(u.Name):
		return invalid("invalid_name", "a document name has 1 to 31 characters among a-z 0-9 _ . - (it becomes an ERC-1643 bytes32 name)")
	case strings.TrimSpace(u.Kind) == "" || len(u.Kind) > 50:
		return invalid("invalid_kind", "kind (title_deed, prospectus, valuation_report…) must have 1 to 50 characters")
	case len(u.Content) == 0:
		return invalid("empty_document", "the document has no content")
	case len(u.Content) > maxBytes:
		return errs.E(errs.TooLarge, "document_too_large", fmt.Sprintf("a document may have at most %d bytes; this one has %d", maxBytes, len(u.Content)))
	}
	sniffed, ok := AllowedContentTypes[u.ContentType]
	if !ok {
		return errs.E(errs.UnsupportedMedia, "unsupported_document_type", "content_type must be application/pdf, image/png, image/jpeg, text/plain or application/json")
	}
	if got := http.DetectContentType(u.Content); got != sniffed {
		return errs.E(errs.UnsupportedMedia, "content_type_mismatch", fmt.Sprintf("the bytes look like %s, not %s", got, u.ContentType))
	}
	return nil
}
