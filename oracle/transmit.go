package oracle

import (
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	transmitSelector = crypto.Keccak256([]byte("transmit(int256,uint64)"))[:4]
	// answerUpdatedTopic is AggregatorInterface's
	// AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt),
	// emitted by ValuationFeed, Chainlink's aggregators and MockV3Aggregator.
	answerUpdatedTopic = crypto.Keccak256Hash([]byte("AnswerUpdated(int256,uint256,uint256)"))
)

// EncodeTransmit returns the calldata of ValuationFeed.transmit(answer,
// observedAt).
func EncodeTransmit(answer *big.Int, observedAt time.Time) ([]byte, error) {
	if answer.Cmp(maxInt256) > 0 || answer.Cmp(minInt256) < 0 {
		return nil, errors.New("answer is out of the int256 range")
	}
	if observedAt.Unix() < 0 {
		return nil, errors.New("observedAt is before 1970")
	}
	out := make([]byte, 0, 4+64)
	out = append(out, transmitSelector...)
	out = append(out, math.U256Bytes(new(big.Int).Set(answer))...)
	out = append(out, common.LeftPadBytes(new(big.Int).SetUint64(uint64(observedAt.Unix())).Bytes(), 32)...)
	return out, nil
}

// roundFromReceipt returns the round id of the AnswerUpdated event the feed
// at address emitted in r, or nil.
func roundFromReceipt(r *types.Receipt, address common.Address) *big.Int {
	for _, l := range r.Logs {
		if l.Address == address && len(l.Topics) == 3 && l.Topics[0] == answerUpdatedTopic {
			return new(big.Int).SetBytes(l.Topics[2].Bytes())
		}
	}
	return nil
}
