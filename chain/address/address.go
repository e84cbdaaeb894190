// Package address reads Ethereum addresses the way every Tessera entry
// point accepts them: "0x" and 40 hex digits, written all in lower case,
// all in upper case, or in mixed case with a valid EIP-55 checksum. Mixed
// case is a promise that the checksum holds; an address whose checksum
// fails was mistyped or altered, and is refused rather than used.
package address

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// Parse reads s as an address for the named field (the name goes in the
// message). It fails with errs.Invalid, code "invalid_address". The zero
// address parses; callers that refuse it say so.
func Parse(field, s string) (common.Address, error) {
	if !Valid(s) {
		return common.Address{}, errs.E(errs.Invalid, "invalid_address",
			field+" must be 0x and 40 hex digits, all lower case, all upper case or with a valid EIP-55 checksum")
	}
	return common.HexToAddress(s), nil
}

// Valid reports whether Parse accepts s.
func Valid(s string) bool {
	if len(s) != 42 || s[0] != '0' || s[1] != 'x' {
		return false
	}
	lower, upper := false, false
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'f':
			lower = true
		case c >= 'A' && c <= 'F':
			upper = true
		default:
			return false
		}
	}
	if !lower || !upper {
		return true
	}
	// Hex gives the EIP-55 form: the checksum is in its letters' case.
	return common.HexToAddress(s).Hex()[2:] == s[2:]
}

// Shaped reports whether s is written like an address, "0x" or "0X" and 40
// hex digits, whatever its checksum: a JSON string of that shape is read
// as an address.
func Shaped(s string) bool {
	if len(s) != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return false
	}
	for i := 2; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}
