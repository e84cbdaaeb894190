package issuance

import (
	"context"
	"crypto/sha256"
	"fmt"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
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
	// Proposal is set when the upload did not become current: the asset
	// is verified, so the document waits for an independent approver.
	Proposal *DocumentProposal `json:"proposal,omitempty"`
}

// DocumentProposal is a document uploaded after the asset was verified:
// what the approver checked may change only with a second principal, so
// the document becomes current (and is anchored) when one approves it.
type DocumentProposal struct {
	ID          int64      `json:"id"`
	AssetID     string     `json:"asset_id"`
	Name        string     `json:"name"`
	Kind        string     `json:"kind"`
	ContentType string     `json:"content_type"`
	Size        int        `json:"size"`
	SHA256      string     `json:"sha256"`
	ProposedBy  string     `json:"proposed_by"`
	ProposedAt  time.Time  `json:"proposed_at"`
	State       string     `json:"state"` // pending, approved, rejected
	DecidedBy   string     `json:"decided_by,omitempty"`
	DecidedAt   *time.Time `json:"decided_at,omitempty"`
	Note        string     `json:"note,omitempty"`
}

// verifiedDocuments reports whether an asset's documents are under
// four-eyes: from verification on, the approver has checked them.
func verifiedDocuments(s State) bool { return s == Verified || s == Tokenized || s == Active }

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
func (s *Service) UploadDocument(ctx context.Context, p auth.Principal, assetID string, u Upload) (Document, error) {
	if err := auth.Authorize(p, auth.DocumentUpload); err != nil {
		return Document{}, err
	}
	actor := p.Actor()
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
	if verifiedDocuments(a.State) {
		prop, err := s.cfg.Store.ProposeDocument(ctx, DocumentProposal{AssetID: assetID, Name: u.Name, Kind: u.Kind,
			ContentType: u.ContentType, Size: len(u.Content), SHA256: "0x" + common.Bytes2Hex(sum[:]), ProposedBy: actor}, u.Content)
		if err != nil {
			return Document{}, err
		}
		return Document{AssetID: assetID, Name: u.Name, Kind: u.Kind, ContentType: u.ContentType, Size: len(u.Content),
			SHA256: prop.SHA256, UploadedBy: actor, UploadedAt: prop.ProposedAt, Proposal: &prop}, nil
	}
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

// DocumentProposals lists an asset's document proposals, newest first.
func (s *Service) DocumentProposals(ctx context.Context, assetID string) ([]DocumentProposal, error) {
	if _, err := s.Asset(ctx, assetID); err != nil {
		return nil, err
	}
	return s.cfg.Store.DocumentProposals(ctx, assetID)
}

// DecideDocument approves or rejects a document proposal on p's behalf
// (four-eyes: p must be independent of the proposer). An approved
// document becomes the asset's current one under its name and is anchored
// on the token.
func (s *Service) DecideDocument(ctx context.Context, p auth.Principal, assetID string, id int64, approve bool, note string) (Document, error) {
	if err := auth.Authorize(p, auth.DocumentDecide); err != nil {
		return Document{}, err
	}
	if len(note) > 1000 {
		return Document{}, invalid("invalid_note", "note must have at most 1000 characters")
	}
	a, err := s.Asset(ctx, assetID)
	if err != nil {
		return Document{}, err
	}
	prop, err := s.cfg.Store.DocumentProposal(ctx, assetID, id)
	if err != nil {
		return Document{}, wrapNotFound(err, "document proposal", fmt.Sprint(id))
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.DocumentDecide, p, prop.ProposedBy); err != nil {
		return Document{}, err
	}
	state := "rejected"
	if approve {
		state = "approved"
	}
	d, prop, err := s.cfg.Store.DecideDocument(ctx, assetID, id, func(prop *DocumentProposal) error {
		if prop.State != "pending" {
			return errs.E(errs.Conflict, "already_decided", fmt.Sprintf("document proposal %d is already %s", id, prop.State))
		}
		now := s.cfg.Now().UTC()
		prop.State, prop.DecidedBy, prop.DecidedAt, prop.Note = state, p.Actor(), &now, note
		return nil
	})
	if err != nil {
		return Document{}, err
	}
	if !approve {
		return Document{AssetID: assetID, Name: prop.Name, Kind: prop.Kind, SHA256: prop.SHA256, Proposal: &prop}, nil
	}
	d.Proposal = &prop
	if a.Token != nil {
		out, err := s.anchor(ctx, a, d)
		out.Proposal = &prop
		return out, err
	}
	return d, nil
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

// HolderDocuments lists, with their anchor state, the documents of an
// asset that p's wallet has a position in (units, a payout or a dealing
// request): what an investor signed in with that wallet may read of it.
func (s *Service) HolderDocuments(ctx context.Context, p auth.Principal, assetID string) ([]Document, error) {
	if err := s.needHolder(ctx, p, assetID); err != nil {
		return nil, err
	}
	return s.Documents(ctx, assetID)
}

// HolderDownload is Download for a wallet with a position in the asset
// (HolderDocuments).
func (s *Service) HolderDownload(ctx context.Context, p auth.Principal, assetID, name string) (Document, []byte, error) {
	if err := s.needHolder(ctx, p, assetID); err != nil {
		return Document{}, nil, err
	}
	return s.Download(ctx, assetID, name)
}

// needHolder refuses unless p is a wallet with a position in assetID.
func (s *Service) needHolder(ctx context.Context, p auth.Principal, assetID string) error {
	w := p.WalletAddress()
	if w == "" || !common.IsHexAddress(w) {
		return errs.E(errs.Forbidden, "not_a_holder", "an asset's documents are for the wallets that hold it")
	}
	hs, err := s.Holdings(ctx, common.HexToAddress(w), false)
	if err != nil {
		return err
	}
	for _, h := range hs {
		if h.AssetID == assetID {
			return nil
		}
	}
	return errs.E(errs.Forbidden, "not_a_holder", "this wallet holds no position in the asset, so its documents are not shown to it")
}
