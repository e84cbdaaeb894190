package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/issuance"
)

// assetUsage lists `tessera asset` subcommands.
const assetUsage = `asset: say tessera asset <sub> (run tessera asset <sub> -h for flags):
  create      create an asset in draft (issuer key)
  list        list assets
  show        show an asset with its history and documents
  upload      upload a document file
  submit      submit a draft for verification (issuer key)
  verify      verify a submitted asset (approver key, not the creator)
  tokenize    deploy the asset's contracts (issuer key)
  activate    open a tokenized asset (issuer key)
  mint        request a mint to an investor's wallet (issuer key)
  burn        request a burn from an investor's wallet (issuer key)
  bulk        request mints from a CSV file of wallet,amount rows (issuer key)
  approve     approve a request or, with --batch, a bulk request (approver key)
  reject      reject a request (approver key)
  requests    list an asset's requests
  captable    show an asset's cap table
  distribute  declare a pro-rata distribution, pending approval (issuer key)
  treasury    show what the asset's treasury on the Distributor holds in a payment token
  approve-distribution  approve a declared distribution, which publishes it (approver key, not the declarer)
  reject-distribution   reject a declared distribution (approver key)
  holdings    show what a wallet holds
The API and key come from TESSERA_URL (default http://127.0.0.1:8080),
TESSERA_KEY_ID and TESSERA_SECRET (see tessera keys create).`

// runAsset implements `tessera asset …`, the issuer's commands, on the Go
// client. Every command prints the API's JSON answer.
func runAsset(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New(assetUsage)
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("asset "+sub, stdout)
	var (
		id, asset, wallet, amount, file, name, kind, reason, note, batch, snapshot string
		n                                                                          api.NewAsset
		units, payment, total                                                      string
		decimals                                                                   uint
	)
	idFlag := func() { fs.StringVar(&id, "id", "", "asset or request id (required)") }
	assetFlag := func() { fs.StringVar(&asset, "asset", "", "asset id (required)") }
	switch sub {
	case "create":
		fs.StringVar(&n.Kind, "kind", "", "real_estate, treasury_fund, commodity, private_credit, art or other")
		fs.StringVar(&n.Name, "name", "", "name")
		fs.StringVar(&n.Symbol, "symbol", "", "token symbol, e.g. HARB")
		fs.StringVar(&n.Jurisdiction, "jurisdiction", "", "ISO 3166 code, e.g. DE or US-NY")
		fs.StringVar(&n.Currency, "currency", "USD", "ISO 4217 currency of valuations")
		fs.StringVar(&units, "units", "", "total units, e.g. 1000000")
		fs.UintVar(&decimals, "decimals", 0, "token decimals (0 for whole units)")
		fs.BoolVar(&n.Unique, "unique", false, "a unique asset (held in whole units)")
		fs.StringVar(&n.DealingPaymentToken, "dealing-payment-token", "", "ERC-20 stablecoin the asset deals in at NAV (funds, private credit, commodities, other): tokenizing deploys its Dealing contract")
	case "list":
	case "show", "submit", "verify", "tokenize", "activate", "reject", "captable":
		idFlag()
		if sub == "reject" {
			fs.StringVar(&note, "note", "", "why")
		}
	case "upload":
		assetFlag()
		fs.StringVar(&file, "file", "", "the document file (pdf, png, jpeg, txt or json)")
		fs.StringVar(&name, "name", "", "document name, e.g. title-deed (default: the file name)")
		fs.StringVar(&kind, "kind", "legal", "title_deed, prospectus, valuation_report, custody_attestation…")
	case "mint", "burn":
		assetFlag()
		fs.StringVar(&wallet, "wallet", "", "investor wallet")
		fs.StringVar(&amount, "amount", "", "amount in units, e.g. 250 or 12.5")
		fs.StringVar(&reason, "reason", "", "reason")
	case "bulk":
		assetFlag()
		fs.StringVar(&file, "file", "", "CSV file with wallet,amount rows")
		fs.StringVar(&reason, "reason", "", "reason")
	case "approve":
		fs.StringVar(&id, "id", "", "request id")
		fs.StringVar(&asset, "asset", "", "asset id (with --batch)")
		fs.StringVar(&batch, "batch", "", "bulk request id")
		fs.StringVar(&note, "note", "", "note")
	case "requests":
		assetFlag()
		fs.StringVar(&note, "state", "", "only requests in this state: pending (the approval queue), approved, rejected")
	case "distribute":
		assetFlag()
		fs.StringVar(&payment, "payment-token", "", "ERC-20 the payout is made in")
		fs.StringVar(&total, "total", "", "total in the payment token's units, e.g. 1000 or 12.5 (more decimals than the token has are refused)")
		fs.StringVar(&snapshot, "snapshot", "finalized", "holdings at the newest finalized (finalized) or newest indexed (latest) block")
	case "treasury":
		assetFlag()
		fs.StringVar(&payment, "payment-token", "", "ERC-20 the treasury holds")
	case "approve-distribution", "reject-distribution":
		fs.StringVar(&id, "id", "", "distribution id (required)")
		fs.StringVar(&note, "note", "", "note")
	case "holdings":
		fs.StringVar(&wallet, "wallet", "", "investor wallet (required)")
	default:
		return errors.New(assetUsage)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c, err := cliClient()
	if err != nil {
		return fmt.Errorf("asset %s: %w", sub, err)
	}
	out, err := assetCommand(ctx, c, fs, sub, assetArgs{id, asset, wallet, amount, file, name, kind, reason, note, batch, snapshot, n, units, payment, total, decimals})
	if err != nil {
		return fmt.Errorf("asset %s: %w", sub, err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

type assetArgs struct {
	id, asset, wallet, amount, file, name, kind, reason, note, batch, snapshot string
	n                                                                          api.NewAsset
	units, payment, total                                                      string
	decimals                                                                   uint
}

func need(fs *flag.FlagSet, names ...string) error {
	for _, n := range names {
		if f := fs.Lookup(n); f != nil && f.Value.String() == "" {
			return fmt.Errorf("--%s is required", n)
		}
	}
	return nil
}

func assetCommand(ctx context.Context, c *client.Client, fs *flag.FlagSet, sub string, a assetArgs) (any, error) {
	switch sub {
	case "create":
		if err := need(fs, "kind", "name", "symbol", "jurisdiction", "units"); err != nil {
			return nil, err
		}
		if a.decimals > 18 {
			return nil, errors.New("--decimals must be at most 18")
		}
		a.n.TotalUnits, a.n.Decimals = a.units, uint8(a.decimals)
		return c.CreateAsset(ctx, a.n)
	case "list":
		var out []api.Asset
		for as, err := range c.Assets(ctx) {
			if err != nil {
				return nil, err
			}
			out = append(out, as)
		}
		return out, nil
	case "show":
		if err := need(fs, "id"); err != nil {
			return nil, err
		}
		as, err := c.Asset(ctx, a.id)
		if err != nil {
			return nil, err
		}
		evs, err := c.AssetEvents(ctx, a.id)
		if err != nil {
			return nil, err
		}
		docs, err := c.Documents(ctx, a.id)
		if err != nil {
			return nil, err
		}
		return map[string]any{"asset": as, "history": evs, "documents": docs}, nil
	case "submit", "verify", "activate":
		if err := need(fs, "id"); err != nil {
			return nil, err
		}
		to := map[string]string{"submit": string(issuance.Submitted), "verify": string(issuance.Verified), "activate": string(issuance.Active)}[sub]
		return c.TransitionAsset(ctx, a.id, to, "")
	case "tokenize":
		if err := need(fs, "id"); err != nil {
			return nil, err
		}
		return c.Tokenize(ctx, a.id, api.Tokenize{})
	case "upload":
		if err := need(fs, "asset", "file"); err != nil {
			return nil, err
		}
		content, err := os.ReadFile(a.file)
		if err != nil {
			return nil, err
		}
		name := a.name
		if name == "" {
			name = strings.ToLower(strings.TrimSuffix(filepath.Base(a.file), filepath.Ext(a.file)))
		}
		ct, _, _ := mime.ParseMediaType(mime.TypeByExtension(filepath.Ext(a.file)))
		return c.UploadDocument(ctx, a.asset, name, a.kind, ct, content)
	case "mint", "burn":
		if err := need(fs, "asset", "wallet", "amount"); err != nil {
			return nil, err
		}
		req := api.NewRequest{Wallet: a.wallet, AmountUnits: a.amount, Reason: a.reason}
		if sub == "burn" {
			return c.RequestBurn(ctx, a.asset, req)
		}
		return c.RequestMint(ctx, a.asset, req)
	case "bulk":
		if err := need(fs, "asset", "file"); err != nil {
			return nil, err
		}
		csv, err := os.ReadFile(a.file)
		if err != nil {
			return nil, err
		}
		return c.RequestBulk(ctx, a.asset, string(csv), a.reason)
	case "approve":
		if a.batch != "" {
			if err := need(fs, "asset"); err != nil {
				return nil, err
			}
			return c.ApproveBatch(ctx, a.asset, a.batch, a.note)
		}
		if err := need(fs, "id"); err != nil {
			return nil, err
		}
		return c.ApproveRequest(ctx, a.id, a.note)
	case "reject":
		if err := need(fs, "id"); err != nil {
			return nil, err
		}
		return c.RejectRequest(ctx, a.id, a.note)
	case "requests":
		if err := need(fs, "asset"); err != nil {
			return nil, err
		}
		var out []api.Request
		for r, err := range c.Requests(ctx, a.asset, a.note) {
			if err != nil {
				return nil, err
			}
			out = append(out, r)
		}
		return out, nil
	case "captable":
		if err := need(fs, "id"); err != nil {
			return nil, err
		}
		return c.CapTable(ctx, a.id)
	case "distribute":
		if err := need(fs, "asset", "payment-token", "total"); err != nil {
			return nil, err
		}
		return c.Distribute(ctx, a.asset, api.NewDistribution{PaymentToken: a.payment, TotalUnits: a.total, Snapshot: a.snapshot})
	case "treasury":
		if err := need(fs, "asset", "payment-token"); err != nil {
			return nil, err
		}
		if !address.Valid(a.payment) {
			return nil, errors.New("--payment-token must be a 0x address")
		}
		return c.Treasury(ctx, a.asset, common.HexToAddress(a.payment))
	case "approve-distribution", "reject-distribution":
		if err := need(fs, "id"); err != nil {
			return nil, err
		}
		if sub == "approve-distribution" {
			return c.ApproveDistribution(ctx, a.id, a.note)
		}
		return c.RejectDistribution(ctx, a.id, a.note)
	case "holdings":
		if err := need(fs, "wallet"); err != nil {
			return nil, err
		}
		if !address.Valid(a.wallet) {
			return nil, errors.New("--wallet must be a 0x address")
		}
		return c.HoldingsWithLocks(ctx, common.HexToAddress(a.wallet))
	}
	return nil, errors.New(assetUsage)
}

// cliClient is a client for the API named by TESSERA_URL, signing with
// TESSERA_KEY_ID and TESSERA_SECRET.
func cliClient() (*client.Client, error) {
	url := os.Getenv("TESSERA_URL")
	if url == "" {
		url = "http://127.0.0.1:8080"
	}
	id, secret := os.Getenv("TESSERA_KEY_ID"), os.Getenv("TESSERA_SECRET")
	if id == "" || secret == "" {
		return nil, errors.New("set TESSERA_KEY_ID and TESSERA_SECRET to an API key (tessera keys create --name me --scopes issuer)")
	}
	return client.New(client.Config{BaseURL: url, KeyID: id, Secret: secret})
}
