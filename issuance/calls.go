package issuance

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// Call is a contract call a wallet outside the platform signs and sends
// itself (an investor claiming a payout, an issuer funding a treasury): the
// money moves straight between the wallet and the contract, never through
// the platform's signer. Issuance packs the calldata so no other part needs
// the contracts' ABIs.
type Call struct {
	To   common.Address
	Data []byte
}

// ClaimTx is the Distributor claim that pays From its share of a
// distribution: that account signs and sends it on ChainID.
type ClaimTx struct {
	Call
	From    common.Address
	ChainID *big.Int
	Amount  string // payment token base units
}

// ClaimCalldata packs Distributor.claim(id, account, amount, proof) for p.
// A proof without an on-chain id (a distribution not published yet) is a
// Conflict not_published.
func ClaimCalldata(p Proof) ([]byte, error) {
	id, ok1 := new(big.Int).SetString(p.OnchainID, 10)
	amount, ok2 := new(big.Int).SetString(p.Amount, 10)
	if !ok1 || !ok2 || id.Sign() <= 0 || amount.Sign() <= 0 {
		return nil, errs.E(errs.Conflict, "not_published", "distribution "+p.DistributionID+" is not published on chain yet")
	}
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	return distABI.PackClaim(id, p.Account, amount, proof), nil
}

// PrepareClaim builds account's claim of its share in distribution id. A
// share already claimed is a Conflict already_claimed; see ProofFor for the
// other refusals.
func (s *Service) PrepareClaim(ctx context.Context, id string, account common.Address) (ClaimTx, error) {
	p, err := s.ProofFor(ctx, id, account)
	if err != nil {
		return ClaimTx{}, err
	}
	if p.Claimed {
		return ClaimTx{}, errs.E(errs.Conflict, "already_claimed", "this payout has been claimed")
	}
	data, err := ClaimCalldata(p)
	if err != nil {
		return ClaimTx{}, err
	}
	return ClaimTx{From: account, Call: Call{To: p.Distributor, Data: data}, ChainID: s.cfg.ChainID, Amount: p.Amount}, nil
}

// FundTreasuryCalls are the two calls a wallet sends, in order, to pay
// amount of paymentToken into the treasury of the asset tokenized as token
// on the Distributor, from which its distributions in that payment token
// are paid: approve the Distributor on the payment token, then
// Distributor.fund.
func (s *Service) FundTreasuryCalls(token, paymentToken common.Address, amount *big.Int) ([]Call, error) {
	if amount == nil || amount.Sign() <= 0 || amount.BitLen() > 256 {
		return nil, invalid("invalid_amount", "a treasury is funded with a positive uint256 amount")
	}
	return []Call{
		{To: paymentToken, Data: erc20ABI.PackApprove(s.cfg.Distributor, amount)},
		{To: s.cfg.Distributor, Data: distABI.PackFund(token, paymentToken, amount)},
	}, nil
}

// TransferCall is the call a holder sends to move amount (base units) of
// the asset tokenized as token to `to`; the token's compliance rules apply
// as to any transfer.
func TransferCall(token, to common.Address, amount *big.Int) (Call, error) {
	if amount == nil || amount.Sign() <= 0 || amount.BitLen() > 256 {
		return Call{}, invalid("invalid_amount", "a transfer moves a positive uint256 amount")
	}
	return Call{To: token, Data: tokenABI.PackTransfer(to, amount)}, nil
}

// DocumentRoleGrant is the AssetToken call that lets operator anchor the
// asset's documents (DOCUMENT_ROLE, for ERC-1643 setDocument). Tokenize
// grants it to the platform signer; a token deployed otherwise needs it
// from its admin before documents can be anchored.
func DocumentRoleGrant(operator common.Address) []byte {
	return tokenABI.PackGrantRole(roleID("DOCUMENT_ROLE"), operator)
}

// PaymentTokenDecimals reads an ERC-20 payment token's decimals(), once per
// token, so payouts can be shown in whole units.
func (s *Service) PaymentTokenDecimals(ctx context.Context, token common.Address) (uint8, error) {
	if v, ok := s.decimals.Load(token); ok {
		return v.(uint8), nil
	}
	out, err := s.call(ctx, token, erc20ABI.PackDecimals())
	if err != nil {
		return 0, fmt.Errorf("read the decimals of payment token %s: %w", token, err)
	}
	d, err := erc20ABI.UnpackDecimals(out)
	if err != nil {
		return 0, fmt.Errorf("read the decimals of payment token %s: %w", token, err)
	}
	s.decimals.Store(token, d)
	return d, nil
}
