package oracle_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/oracle"
)

func onChain(answer int64, age time.Duration) oracle.Round {
	return oracle.Round{RoundID: big.NewInt(7), Answer: big.NewInt(answer), StartedAt: t0.Add(-age), UpdatedAt: t0.Add(-age), AnsweredInRound: big.NewInt(7)}
}

func TestDecide(t *testing.T) {
	t.Parallel()
	policy := oracle.Policy{
		DeviationPPB: 5_000_000, // 0.5%
		Heartbeat:    24 * time.Hour,
		MinAnswer:    big.NewInt(1),
		MaxAnswer:    big.NewInt(1_000_000_000),
	}
	tests := []struct {
		name     string
		proposed int64
		round    oracle.Round
		pending  bool
		policy   func(*oracle.Policy)
		observed time.Duration // how long before t0 the proposal was observed; 0: at t0
		push     bool
		reason   oracle.Reason
	}{
		{"first round", 100_000, oracle.Round{}, false, nil, 0, true, oracle.ReasonFirstRound},
		{"first round: round id zero counts as none", 100_000, oracle.Round{RoundID: big.NewInt(0), Answer: big.NewInt(5)}, false, nil, 0, true, oracle.ReasonFirstRound},
		{"unchanged", 100_000, onChain(100_000, time.Hour), false, nil, 0, false, oracle.ReasonInBand},
		{"deviation just below the threshold", 100_499, onChain(100_000, time.Hour), false, nil, 0, false, oracle.ReasonInBand},
		{"deviation exactly at the threshold", 100_500, onChain(100_000, time.Hour), false, nil, 0, true, oracle.ReasonDeviation},
		{"deviation just above the threshold", 100_501, onChain(100_000, time.Hour), false, nil, 0, true, oracle.ReasonDeviation},
		{"downward deviation at the threshold", 99_500, onChain(100_000, time.Hour), false, nil, 0, true, oracle.ReasonDeviation},
		{"downward deviation just below", 99_501, onChain(100_000, time.Hour), false, nil, 0, false, oracle.ReasonInBand},
		{"heartbeat just not reached", 100_000, onChain(100_000, 24*time.Hour-time.Second), false, nil, 0, false, oracle.ReasonInBand},
		{"heartbeat reached", 100_000, onChain(100_000, 24*time.Hour), false, nil, 0, true, oracle.ReasonHeartbeat},
		{"heartbeat long past", 100_000, onChain(100_000, 72*time.Hour), false, nil, 0, true, oracle.ReasonHeartbeat},
		{"below min answer", 0, onChain(100_000, 72*time.Hour), false, nil, 0, false, oracle.ReasonOutOfRange},
		{"above max answer", 1_000_000_001, onChain(100_000, time.Hour), false, nil, 0, false, oracle.ReasonOutOfRange},
		{"at max answer", 1_000_000_000, onChain(100_000, time.Hour), false, nil, 0, true, oracle.ReasonDeviation},
		{"out of range on the first round", 0, oracle.Round{}, false, nil, 0, false, oracle.ReasonOutOfRange},
		{"pending: deviation waits", 200_000, onChain(100_000, time.Hour), true, nil, 0, false, oracle.ReasonPending},
		{"pending: heartbeat waits", 100_000, onChain(100_000, 48*time.Hour), true, nil, 0, false, oracle.ReasonPending},
		{"pending: first round waits", 100_000, oracle.Round{}, true, nil, 0, false, oracle.ReasonPending},
		{"zero on chain: any change deviates", 1, onChain(0, time.Hour), false, func(p *oracle.Policy) { p.MinAnswer = nil }, 0, true, oracle.ReasonDeviation},
		{"unbounded", -5, onChain(-5, time.Hour), false, func(p *oracle.Policy) { p.MinAnswer, p.MaxAnswer = nil, nil }, 0, false, oracle.ReasonInBand},
		{"heartbeat due but nothing newer than the round on chain", 100_000, onChain(100_000, 48*time.Hour), false, nil, 48 * time.Hour, false, oracle.ReasonNotNewer},
		{"deviation but observed before the round on chain", 200_000, onChain(100_000, time.Hour), false, nil, 2 * time.Hour, false, oracle.ReasonNotNewer},
		{"observed one second after the round on chain", 200_000, onChain(100_000, time.Hour), false, nil, time.Hour - time.Second, true, oracle.ReasonDeviation},
		{"negative answers deviate by magnitude", -100_500, onChain(-100_000, time.Hour), false, func(p *oracle.Policy) { p.MinAnswer = nil }, 0, true, oracle.ReasonDeviation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := policy
			if tt.policy != nil {
				tt.policy(&p)
			}
			observed := t0
			if tt.observed != 0 {
				observed = t0.Add(-tt.observed)
			}
			d := oracle.Decide(p, oracle.Proposal{Value: big.NewInt(tt.proposed), ObservedAt: observed}, tt.round, tt.pending, t0)
			if d.Push != tt.push || d.Reason != tt.reason {
				t.Fatalf("Decide = push %v (%s), want push %v (%s)", d.Push, d.Reason, tt.push, tt.reason)
			}
		})
	}
}

func TestDecideReportsDeviationAndAge(t *testing.T) {
	t.Parallel()
	p := oracle.Policy{DeviationPPB: 1, Heartbeat: time.Hour}
	d := oracle.Decide(p, oracle.Proposal{Value: big.NewInt(101), ObservedAt: t0}, onChain(100, 10*time.Minute), false, t0)
	if d.DeviationPPB == nil || d.DeviationPPB.Int64() != 10_000_000 || d.Age != 10*time.Minute {
		t.Fatalf("deviation %v age %v", d.DeviationPPB, d.Age)
	}
}

func TestPolicyCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    oracle.Policy
		ok   bool
	}{
		{"valid", oracle.Policy{DeviationPPB: 1, Heartbeat: time.Hour}, true},
		{"no deviation", oracle.Policy{Heartbeat: time.Hour}, false},
		{"no heartbeat", oracle.Policy{DeviationPPB: 1}, false},
		{"min above max", oracle.Policy{DeviationPPB: 1, Heartbeat: time.Hour, MinAnswer: big.NewInt(2), MaxAnswer: big.NewInt(1)}, false},
	}
	for _, tt := range tests {
		if err := tt.p.Check(); (err == nil) != tt.ok {
			t.Errorf("%s: Check() = %v", tt.name, err)
		}
	}
}
