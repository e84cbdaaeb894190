package txmgr

import (
	"context"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
)

// BatchGasEstimator is implemented by clients that can size a big batch in
// one execution instead of eth_estimateGas's binary search, whose cost grows
// with the gas of the call: a 15M-gas batchMint takes a second to estimate
// on anvil, slower than the chain includes it.
type BatchGasEstimator interface {
	EstimateBatchGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
}

// NodeClient is the manager's client for a JSON-RPC node.
type NodeClient struct{ *ethclient.Client }

// NewClient wraps an ethclient.
func NewClient(c *ethclient.Client) NodeClient { return NodeClient{c} }

// EstimateBatchGas runs the call once through eth_createAccessList and
// returns its gas used; it falls back to eth_estimateGas (which also yields
// the revert data) when the node does not answer or the call fails. Only
// batches of mints use it: they earn no gas refunds, so the gas used plus
// the manager's margin is a safe limit.
func (c NodeClient) EstimateBatchGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	arg := map[string]any{"from": msg.From, "to": msg.To, "data": hexutil.Bytes(msg.Data)}
	if msg.Value != nil {
		arg["value"] = (*hexutil.Big)(msg.Value)
	}
	var res struct {
		GasUsed hexutil.Uint64 `json:"gasUsed"`
		Error   string         `json:"error"`
	}
	if err := c.Client.Client().CallContext(ctx, &res, "eth_createAccessList", arg, "latest"); err != nil || res.Error != "" || res.GasUsed == 0 {
		return c.Client.EstimateGas(ctx, msg)
	}
	return uint64(res.GasUsed), nil
}
