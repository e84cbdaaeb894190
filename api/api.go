// Package api is the JSON model of Tessera's HTTP API: every request and
// response body under /v1, defined once. The server's handlers (package
// web) decode requests into these types and encode responses from them,
// the Go client (package client) sends and receives the same types, and
// the OpenAPI document is reflected from them, so the three cannot drift
// apart.
//
// The types are plain data with JSON tags, and the package imports no
// domain package: the server converts its domain values to these types,
// and a client pulls in nothing but go-ethereum's common package.
//
// Conventions, as the server sends them:
//   - addresses are common.Address and hashes common.Hash, which encode
//     as 0x-prefixed hex strings (addresses in lower case). Request fields
//     that name an address are strings the server validates (0x and 40
//     hex digits, all one case or EIP-55 checksummed): tagged
//     `openapi:"address"`;
//   - token amounts, money and other integers that may pass 2^53 are
//     decimal strings. An amount's name says its unit: "_base" is base
//     units, the integer the chain holds (10^decimals to a unit), "_units"
//     the token's units as a person writes them ("12.5"); a request gives
//     one of a pair. Feed values (answer, value) are fixed-point integers
//     with their decimals beside them (TestAmountsNameTheirUnit);
//   - times are RFC 3339 strings (time.Time);
//   - enumerations are strings.
package api

// List is the response of a list route: one page of items. NextCursor is
// absent on the last page; pass it as ?cursor= to read the next one.
type List[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor,omitempty"`
}

// ErrorBody is the body of every failed response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong: Code is stable (e.g.
// "invalid_signature"), Message is for people, RequestID is to quote when
// reporting a problem.
type ErrorDetail struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

// Health is the body of /healthz and /readyz: "ok", or "unavailable" with
// the checks that failed.
type Health struct {
	Status string            `json:"status"`
	Checks map[string]string `json:"checks,omitempty"`
}

// Decision is the optional body of an approve or reject route.
type Decision struct {
	Note string `json:"note,omitempty"`
}
