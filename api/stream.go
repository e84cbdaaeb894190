package api

import (
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// StreamHello is the first message of every event stream: the cursor the
// stream starts after.
type StreamHello struct {
	Type   string `json:"type"` // "hello"
	Cursor string `json:"cursor"`
}

// StreamEvent is one message of the event stream (GET /v1/stream,
// docs/stream.md). Data's fields depend on Type; amounts in it are decimal
// strings of base units, named *_base. Chain events that a reorganization took back are
// sent again with "removed": true in Data.
type StreamEvent struct {
	Cursor   string          `json:"cursor"` // resume after this event with ?after=
	ID       int64           `json:"id"`
	Type     string          `json:"type"`
	At       time.Time       `json:"at"`                 // when the change was committed
	AssetID  string          `json:"asset_id,omitempty"` // the issuance asset, when the event belongs to one
	Contract *common.Address `json:"contract,omitempty"` // the token, deed or feed; the timelock or proxy of the upgrade trail
	Data     json.RawMessage `json:"data"`
}
