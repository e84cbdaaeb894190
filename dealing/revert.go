package dealing

import (
	"fmt"
	"math/big"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/dealingcold"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
)

// reverts knows the custom errors a wallet's dealing call can meet: the
// Dealing contract's, its cold library's, the AssetToken's (which mints,
// burns and freezes for it) and OpenZeppelin's ERC-20 errors (the payment
// token's allowance and balance).
var reverts = func() *txmgr.Decoder {
	d := dealingABI.GetABI()
	c := dealingcold.NewDealingCold().GetABI()
	t := assettoken.NewAssetToken().GetABI()
	e := referenceerc20.NewReferenceERC20().GetABI()
	return txmgr.NewDecoder(&d, &c, &t, &e)
}()

// ErrorCode is the snake_case code of a custom error's name:
// NotPending → not_pending, ERC20InsufficientAllowance →
// erc20_insufficient_allowance, NavStale → nav_stale.
func ErrorCode(name string) string {
	rs := []rune(name)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) && i > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// RevertError explains revert data as an errs.Unprocessable error: a
// custom error of the Dealing contract, its library, the AssetToken or an
// OpenZeppelin ERC-20 gets its name in snake_case as the code
// (NotPending → not_pending) and its arguments, by name, in the message;
// a require message is chain_refused with the message; anything else is
// chain_refused. what names the call ("requestDeposit").
func RevertError(what string, data []byte) *errs.Error {
	r := reverts.Decode(data)
	switch r.Name {
	case "Error":
		return errs.E(errs.Unprocessable, "chain_refused", fmt.Sprintf("the chain refuses %s: %v", what, r.Args[0]))
	case "Panic":
		return errs.E(errs.Unprocessable, "chain_refused", fmt.Sprintf("the chain refuses %s: panic %v", what, r.Args[0]))
	case "unknown", "reverted without data":
		return errs.E(errs.Unprocessable, "chain_refused", fmt.Sprintf("the chain refuses %s (%s)", what, r.Name))
	}
	args := make([]string, len(r.Args))
	for i, a := range r.Args {
		v := argString(a)
		if i < len(r.Params) && r.Params[i] != "" {
			if s, ok := a.(uint8); ok && r.Params[i] == "state" {
				v = stateName(s)
			}
			v = r.Params[i] + "=" + v
		}
		args[i] = v
	}
	return errs.E(errs.Unprocessable, ErrorCode(r.Name), fmt.Sprintf("the chain refuses %s: %s(%s)", what, r.Name, strings.Join(args, ", ")))
}

// stateNames are the Dealing contract's request states (Dealing.State).
var stateNames = []string{"none", "pending", "claimable", "cancel_claimable", "cancel_claimed", "rejected"}

func stateName(s uint8) string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprint(s)
}

func argString(a any) string {
	switch v := a.(type) {
	case common.Address:
		return v.Hex()
	case [32]byte:
		return common.Hash(v).Hex()
	case *big.Int:
		return v.String()
	case uint8:
		return fmt.Sprintf("%d", v)
	}
	return fmt.Sprint(a)
}

// reasonCode is the code of a transaction manager's failure reason
// ("would revert: NotPending(3, 2)", "reverted: FeeAboveCap(101, 100)"):
// the snake_case name of the custom error, or fallback when the reason is
// not a decoded custom error.
func reasonCode(reason, fallback string) string {
	for _, p := range []string{"would revert: ", "reverted: "} {
		if rest, ok := strings.CutPrefix(reason, p); ok {
			name, _, found := strings.Cut(rest, "(")
			if found && name != "" && name != "unknown" && name != "Error" && name != "Panic" && !strings.ContainsAny(name, " ") {
				return ErrorCode(name)
			}
		}
	}
	return fallback
}
