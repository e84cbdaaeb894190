package dealing

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

func TestErrorCode(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{
		"NotPending": "not_pending", "ExceedsClaimable": "exceeds_claimable", "NavStale": "nav_stale", "NoNav": "no_nav",
		"TicketTooSmall": "ticket_too_small", "ERC20InsufficientAllowance": "erc20_insufficient_allowance",
		"UUPSUnauthorizedCallContext": "uups_unauthorized_call_context", "AccessControlUnauthorizedAccount": "access_control_unauthorized_account",
		"SafeERC20FailedOperation": "safe_erc20_failed_operation", "ERC1967NonPayable": "erc1967_non_payable",
	} {
		if got := ErrorCode(name); got != want {
			t.Errorf("ErrorCode(%s) = %s, want %s", name, got, want)
		}
	}
}

// revertData packs the custom error name of abi with args, as a node
// returns it.
func revertData(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	for _, a := range []func() ([]byte, bool){
		func() ([]byte, bool) {
			e, ok := dealingABI.GetABI().Errors[name]
			return pack(t, e.ID[:4], e.Inputs.Pack, args, ok)
		},
		func() ([]byte, bool) {
			e, ok := erc20ABI.GetABI().Errors[name]
			return pack(t, e.ID[:4], e.Inputs.Pack, args, ok)
		},
		func() ([]byte, bool) {
			e, ok := unitsABI.GetABI().Errors[name]
			return pack(t, e.ID[:4], e.Inputs.Pack, args, ok)
		},
	} {
		if data, ok := a(); ok {
			return data
		}
	}
	t.Fatalf("no error %s", name)
	return nil
}

func pack(t *testing.T, id []byte, p func(...any) ([]byte, error), args []any, ok bool) ([]byte, bool) {
	t.Helper()
	if !ok {
		return nil, false
	}
	enc, err := p(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, id...), enc...), true
}

func TestRevertError(t *testing.T) {
	t.Parallel()
	who := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	for _, tt := range []struct {
		data []byte
		code string
		msg  string
	}{
		{revertData(t, "NotPending", big.NewInt(3), uint8(2)), "not_pending", "NotPending(requestId=3, state=claimable)"},
		{revertData(t, "ExceedsClaimable", big.NewInt(11), big.NewInt(10)), "exceeds_claimable", "ExceedsClaimable(amount=11, claimable=10)"},
		{revertData(t, "NavStale", big.NewInt(7)), "nav_stale", "NavStale(roundId=7)"},
		{revertData(t, "Slippage", big.NewInt(5), big.NewInt(6)), "slippage", "Slippage(got=5, min=6)"},
		{revertData(t, "TransferRestricted", uint8(0x54)), "transfer_restricted", "TransferRestricted(code=84)"},
		{revertData(t, "ERC20InsufficientAllowance", who, big.NewInt(0), big.NewInt(9)), "erc20_insufficient_allowance",
			"ERC20InsufficientAllowance(spender=" + who.Hex() + ", allowance=0, needed=9)"},
		{revertData(t, "FreezeExceedsBalance", who, big.NewInt(2), big.NewInt(1)), "freeze_exceeds_balance", "FreezeExceedsBalance(account="},
		{nil, "chain_refused", "reverted without data"},
		{[]byte{1, 2, 3, 4}, "chain_refused", "unknown"},
	} {
		e := RevertError("requestDeposit", tt.data)
		if e.Kind != errs.Unprocessable || e.Code != tt.code || !strings.Contains(e.Message, tt.msg) || !strings.Contains(e.Message, "requestDeposit") {
			t.Errorf("%x: %s %q, want %s with %q", tt.data, e.Code, e.Message, tt.code, tt.msg)
		}
	}
}

func TestReasonCode(t *testing.T) {
	t.Parallel()
	for reason, want := range map[string]string{
		"would revert: FeeAboveCap(101, 100)": "fee_above_cap",
		"reverted: InvalidConfig()":           "invalid_config",
		"would revert: unknown()":             "chain_write_failed",
		"would revert: Error(no)":             "chain_write_failed",
		"nonce too low":                       "chain_write_failed",
	} {
		if got := reasonCode(reason, "chain_write_failed"); got != want {
			t.Errorf("reasonCode(%q) = %s, want %s", reason, got, want)
		}
	}
}
