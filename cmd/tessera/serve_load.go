package main

import (
	"math/big"
	"net/http"
	"regexp"

	"github.com/ethereum/go-ethereum/common"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/web"
)

// loadMint is the body of POST /v1/ops/mints.
type loadMint struct {
	Token     string `json:"token"`      // AssetToken address
	To        string `json:"to"`         // receiving wallet
	Amount    string `json:"amount"`     // base units, decimal
	RequestID string `json:"request_id"` // 0x + 64 hex: the on-chain mint request id
}

// loadMintResult is its answer.
type loadMintResult struct {
	Key   string `json:"key"`   // the transaction manager's idempotency key
	State string `json:"state"` // of the request when queued
}

var hash32 = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// loadRoutes is the optional operations route that queues a mint through
// issuance.Mint and the transaction manager, exactly as an approved mint
// request is carried out, without an asset or a second key. serve's own
// tests drive it (replicas sharing one transaction manager, tracing, the
// external signer); the reliability suite uses the mint-request API
// instead. It is off unless TESSERA_LOAD_ENDPOINT is set.
func loadRoutes(txm *txmgr.Manager) []web.Route {
	return []web.Route{{
		Method: "POST", Pattern: "/ops/mints", Action: auth.MintRequest,
		Summary:     "Queue one mint through the transaction manager (operations load endpoint; off by default)",
		Idempotency: web.IdempotencyRequired, Status: http.StatusAccepted,
		Request: loadMint{}, Response: loadMintResult{},
		Handler: func(w http.ResponseWriter, r *http.Request) error {
			var in loadMint
			if err := web.Decode(r, &in); err != nil {
				return err
			}
			amount, ok := new(big.Int).SetString(in.Amount, 10)
			switch {
			case !common.IsHexAddress(in.Token):
				return errs.E(errs.Invalid, "invalid_token", "token must be a 0x address")
			case !common.IsHexAddress(in.To):
				return errs.E(errs.Invalid, "invalid_to", "to must be a 0x address")
			case !ok || amount.Sign() <= 0 || amount.BitLen() > 256:
				return errs.E(errs.Invalid, "invalid_amount", "amount must be a positive whole number of base units")
			case !hash32.MatchString(in.RequestID):
				return errs.E(errs.Invalid, "invalid_request_id", "request_id must be 0x and 64 hex characters")
			}
			ctx, span := otel.Tracer("github.com/tessera-rwa/tessera/issuance").Start(r.Context(), "issuance.Mint")
			defer span.End()
			span.SetAttributes(attribute.String("mint.request_id", in.RequestID))
			m := issuance.Mint{Token: common.HexToAddress(in.Token), To: common.HexToAddress(in.To), Amount: amount,
				RequestID: common.HexToHash(in.RequestID)}
			// The key derives from the on-chain request id, so a retry of the
			// same mint under any Idempotency-Key queues nothing new.
			req, err := m.TxRequest("mint:" + common.HexToHash(in.RequestID).Hex())
			if err != nil {
				return errs.Wrap(err, errs.Invalid, "invalid_mint", err.Error())
			}
			stored, err := txm.Submit(ctx, req)
			switch {
			case err == txmgr.ErrConflict:
				return errs.E(errs.Conflict, "request_id_reused", "this request_id was queued with another mint")
			case err != nil:
				return err
			}
			web.JSON(w, r, http.StatusAccepted, loadMintResult{Key: stored.IdempotencyKey, State: string(stored.State)})
			return nil
		},
	}}
}
