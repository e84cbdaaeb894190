package oracle

import (
	"errors"
	"math/big"
	"time"
)

// Policy is a feed's push rules, Chainlink's: a new value is written when
// the feed has no round yet, when it deviates from the answer on chain by at
// least DeviationPPB, or when the answer on chain is older than Heartbeat;
// never outside [MinAnswer, MaxAnswer], and never while an earlier update is
// still pending.
type Policy struct {
	DeviationPPB uint64        // e.g. 5_000_000 = 0.5%
	Heartbeat    time.Duration // e.g. 24h
	// MinAnswer and MaxAnswer bound the answers the feed accepts (the
	// feed's own immutable bounds); nil is unbounded on that side.
	MinAnswer *big.Int
	MaxAnswer *big.Int
}

// Check validates p.
func (p *Policy) Check() error {
	switch {
	case p.DeviationPPB == 0:
		return errors.New("policy: DeviationPPB must be positive")
	case p.Heartbeat <= 0:
		return errors.New("policy: Heartbeat must be positive")
	case p.MinAnswer != nil && p.MaxAnswer != nil && p.MinAnswer.Cmp(p.MaxAnswer) > 0:
		return errors.New("policy: MinAnswer is above MaxAnswer")
	}
	return nil
}

// Reason explains a push decision.
type Reason string

// Reasons to push, then reasons not to.
const (
	ReasonFirstRound Reason = "first_round" // the feed has no round yet
	ReasonDeviation  Reason = "deviation"   // the value moved by at least the threshold
	ReasonHeartbeat  Reason = "heartbeat"   // the round on chain is older than the heartbeat

	ReasonPending    Reason = "pending"      // an earlier update is still in the transaction manager
	ReasonOutOfRange Reason = "out_of_range" // outside [MinAnswer, MaxAnswer]
	ReasonNotNewer   Reason = "not_newer"    // observed no later than the round on chain
	ReasonInBand     Reason = "in_band"      // within the threshold and the heartbeat
)

// Proposal is a value the relay could push.
type Proposal struct {
	Value      *big.Int
	ObservedAt time.Time
}

// Round is a feed's round as latestRoundData returns it.
type Round struct {
	RoundID         *big.Int
	Answer          *big.Int
	StartedAt       time.Time // zero when the feed returned 0
	UpdatedAt       time.Time // zero when the feed returned 0
	AnsweredInRound *big.Int
}

// Exists reports whether r is a written round: a non-zero round id and
// update time.
func (r Round) Exists() bool {
	return r.RoundID != nil && r.RoundID.Sign() > 0 && !r.UpdatedAt.IsZero() && r.Answer != nil
}

// Decision is the outcome of Decide.
type Decision struct {
	Push   bool
	Reason Reason
	// DeviationPPB is |new − old| / |old| in ppb, floored; nil without a
	// round on chain or when the old answer is zero.
	DeviationPPB *big.Int
	// Age is how old the round on chain is at now; 0 without one.
	Age time.Duration
}

// Decide applies p to a proposed value against the round on chain. It is a
// pure function: pending says whether an update of this feed is still in the
// transaction manager. The rules, in order: nothing while pending; nothing
// outside [MinAnswer, MaxAnswer]; push without a round; nothing unless the
// proposal was observed after the round on chain started (a round's
// startedAt is its observation time, and a feed refuses to go back in time,
// so a heartbeat needs a fresh observation); push when
// |new − old| × 1e9 ≥ DeviationPPB × |old| (any change of a zero answer
// counts); push when now − updatedAt ≥ Heartbeat; otherwise nothing.
func Decide(p Policy, prop Proposal, onChain Round, pending bool, now time.Time) Decision {
	var d Decision
	proposed := prop.Value
	if onChain.Exists() {
		d.Age = now.Sub(onChain.UpdatedAt)
		if onChain.Answer.Sign() != 0 {
			d.DeviationPPB, _ = distance(proposed, onChain.Answer, new(big.Int))
		}
	}
	switch {
	case pending:
		d.Reason = ReasonPending
	case p.MinAnswer != nil && proposed.Cmp(p.MinAnswer) < 0, p.MaxAnswer != nil && proposed.Cmp(p.MaxAnswer) > 0:
		d.Reason = ReasonOutOfRange
	case !onChain.Exists():
		d.Push, d.Reason = true, ReasonFirstRound
	case prop.ObservedAt.Unix() <= onChain.StartedAt.Unix():
		d.Reason = ReasonNotNewer
	case deviates(proposed, onChain.Answer, p.DeviationPPB):
		d.Push, d.Reason = true, ReasonDeviation
	case d.Age >= p.Heartbeat:
		d.Push, d.Reason = true, ReasonHeartbeat
	default:
		d.Reason = ReasonInBand
	}
	return d
}

// deviates reports |v − old| × 1e9 ≥ threshold × |old|, exactly.
func deviates(v, old *big.Int, threshold uint64) bool {
	diff := new(big.Int).Abs(new(big.Int).Sub(v, old))
	if old.Sign() == 0 {
		return diff.Sign() != 0
	}
	lhs := diff.Mul(diff, ppb)
	rhs := new(big.Int).Mul(new(big.Int).SetUint64(threshold), new(big.Int).Abs(old))
	return lhs.Cmp(rhs) >= 0
}
