package auth

import "time"

// Session is a browser session of the web UI: an investor signed in with
// a wallet, or an operator with an API key. Only the SHA-256 of the cookie
// value is stored.
//
// An operator session holds only its API key's id: the UI resolves the
// key's current state on every request (Resolve), and rotating or
// revoking the key deletes the session.
type Session struct {
	TokenHash []byte
	Kind      string // "investor" or "operator"
	Subject   string // wallet (checksummed) or API key id
	ExpiresAt time.Time
}
