package issuance

import (
	"context"
	"crypto/sha256"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// Document is an asset's legal document: its bytes are stored once per
// SHA-256, and once the asset has a token the hash is anchored on it with
// ERC-1643 setDocument(name, uri, hash).
type Document struct {
	AssetID     string    `json:"asset_id"`
	Name        string    `json:"name"` // ERC-1643 name, e.g. "title-deed"
	Kind        string    `json:"kind"` // title_deed, prospectus, valuation_report, custody_attestation…
	ContentType string    `json:"content_type"`
	Size        int       `json:"size"`
	SHA256      string    `json:"sha256"` // 0x-prefixed hex
	UploadedBy  string    `json:"uploaded_by"`
	UploadedAt  time.Time `json:"uploaded_at"`
	AnchorKey   string    `json:"anchor_key,omitempty"` // the transaction manager key of setDocument
	// Anchor state, read from the chain when the document is fetched.
	OnchainHash string `json:"onchain_hash,omitempty"`
	Anchored    bool   `json:"anchored"`
}

// Upload is a document as sent.
type Upload struct {
	Name        string
	Kind        string
	ContentType string
	Content     []byte
}

// AllowedContentTypes are the document formats accepted; the declared type
// must match what the bytes look like.
var AllowedContentTypes = map[string]string{
	"application/pdf":  "application/pdf",
	"image/png":        "image/png",
	"image/jpeg":       "image/jpeg",
	"text/plain":       "text/plain; charset=utf-8",
	"application/json": "text/plain; charset=utf-8",
}

var docNameRe = regexp.MustCompile(`^[a-z0-9_.-]{1,31}$`)

// docURI is the URI anchored on chain: where the API serves the bytes.
func docURI(assetID, name string) string {
	return "tessera:/v1/assets/" + assetID + "/documents/" + name
}

// UploadDocument stores a document of the asset and anchors it when the
// asset has a token. The same bytes uploaded twice are stored once.
func (s *Service) UploadDocument(ctx context.Context, actor, assetID string, u Upload) (Document, error) {
	a, err := s.Asset(ctx, assetID)
	if err != nil {
		return Document{}, err
	}
	if err := u.check(s.cfg.MaxDocumentBytes); err != nil {
		return Document{}, err
	}
	if a.State == Redeemed || a.State == Retired {
		return Document{}, errs.E(errs.Conflict, "invalid_state", "asset "+assetID+" is "+string(a.State))
	}
	sum := sha256.Sum256(u.Content)
	d, err := s.cfg.Store.PutDocument(ctx, Document{
		AssetID: assetID, Name: u.Name, Kind: u.Kind, ContentType: u.ContentType, Size: len(u.Content),
		SHA256: "0x" + common.Bytes2Hex(sum[:]), UploadedBy: actor,
	}, u.Content)
	if err != nil {
		return Document{}, err
	}
	if a.Token != nil {
		return s.anchor(ctx, a, d)
	}
	return d, nil
}

// anchor sets the document on the asset's token and waits for it.
func (s *Service) anchor(ctx context.Context, a Asset, d Document) (Document, error) {
	key := "issuance:" + a.ID + ":document:" + d.Name + ":" + d.SHA256
	var name [32]byte
	copy(name[:], d.Name)
	to := *a.Token
	if _, err := s.send(ctx, key, &to, tokenABI.PackSetDocument(name, docURI(a.ID, d.Name), common.HexToHash(d.SHA256))); err != nil {
		return Document{}, err
	}
	if err := s.cfg.Store.SetDocumentAnchor(ctx, a.ID, d.Name, key); err != nil {
		return Document{}, err
	}
	d.AnchorKey = key
	return s.withOnchain(ctx, a, d), nil
}

// withOnchain reads the document's hash from the token.
func (s *Service) withOnchain(ctx context.Context, a Asset, d Document) Document {
	if a.Token == nil {
		return d
	}
	var name [32]byte
	copy(name[:], d.Name)
	out, err := s.call(ctx, *a.Token, tokenABI.PackGetDocument(name))
	if err != nil {
		return d
	}
	got, err := tokenABI.UnpackGetDocument(out)
	if err != nil || got.DocumentHash == ([32]byte{}) {
		return d
	}
	d.OnchainHash = common.Hash(got.DocumentHash).Hex()
	d.Anchored = d.OnchainHash == d.SHA256
	return d
}

// Documents lists an asset's documents with their anchor state.
func (s *Service) Documents(ctx context.Context, assetID string) ([]Document, error) {
	a, err := s.Asset(ctx, assetID)
	if err != nil {
		return nil, err
	}
	ds, err := s.cfg.Store.Documents(ctx, assetID)
	if err != nil {
		return nil, err
	}
	for i := range ds {
		ds[i] = s.withOnchain(ctx, a, ds[i])
	}
	return ds, nil
}

// Download returns a document, its bytes, and the hash anchored on chain
// for the caller to compare with the bytes' SHA-256.
func (s *Service) Download(ctx context.Context, assetID, name string) (Document, []byte, error) {
	a, err := s.Asset(ctx, assetID)
	if err != nil {
		return Document{}, nil, err
	}
	d, content, err := s.cfg.Store.Document(ctx, assetID, name)
	if err != nil {
		return Document{}, nil, wrapNotFound(err, "document", name)
	}
	return s.withOnchain(ctx, a, d), content, nil
}
