package txmgr

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"
)

// Revert is a decoded revert: Name is the custom error (or "Error" for a
// require message, "Panic" for a panic code), Args its arguments and
// Params their names in the error's declaration (empty when unnamed).
type Revert struct {
	Name   string
	Args   []any
	Params []string
	Data   []byte
}

// String renders the revert as Name(arg, …).
func (r Revert) String() string {
	args := make([]string, len(r.Args))
	for i, a := range r.Args {
		args[i] = fmt.Sprint(a)
	}
	return r.Name + "(" + strings.Join(args, ", ") + ")"
}

// Decoder decodes revert data through the errors of the contracts' ABIs.
type Decoder struct {
	errs map[[4]byte]abi.Error
}

// NewDecoder knows the custom errors of every ABI given.
func NewDecoder(abis ...*abi.ABI) *Decoder {
	d := &Decoder{errs: map[[4]byte]abi.Error{}}
	for _, a := range abis {
		for _, e := range a.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			d.errs[id] = e
		}
	}
	return d
}

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// Decode decodes revert data; unknown data decodes to Name "unknown".
func (d *Decoder) Decode(data []byte) Revert {
	r := Revert{Name: "unknown", Data: data}
	if len(data) < 4 {
		if len(data) == 0 {
			r.Name = "reverted without data"
		}
		return r
	}
	switch {
	case bytes.Equal(data[:4], errorSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			return Revert{Name: "Error", Args: []any{msg}, Data: data}
		}
	case bytes.Equal(data[:4], panicSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			return Revert{Name: "Panic", Args: []any{msg}, Data: data}
		}
	}
	var id [4]byte
	copy(id[:], data[:4])
	if e, ok := d.errs[id]; ok {
		if args, err := e.Inputs.Unpack(data[4:]); err == nil {
			params := make([]string, len(e.Inputs))
			for i, in := range e.Inputs {
				params[i] = in.Name
			}
			return Revert{Name: e.Name, Args: args, Params: params, Data: data}
		}
	}
	return r
}

// RevertData extracts revert data from a node's error (eth_call or
// eth_estimateGas). ok is false when the error is not a revert.
func RevertData(err error) (data []byte, ok bool) {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, isStr := de.ErrorData().(string); isStr {
			if b, err := hex.DecodeString(strings.TrimPrefix(s, "0x")); err == nil {
				return b, true
			}
		}
	}
	if err != nil && strings.Contains(err.Error(), "execution reverted") {
		return nil, true
	}
	return nil, false
}
