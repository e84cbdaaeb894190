package compliance

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
)

// LockReason is why a lock holds units: the reason code the token keeps
// with each lock (uint8). Codes 0–127 are Tessera's (only those named
// below are accepted); 128–255 are the issuer's own.
type LockReason uint8

// The lock reasons Tessera names.
const (
	ReasonUnspecified LockReason = 0
	// ReasonIssuance is an issuance lock-up, e.g. the Reg D Rule 144
	// holding period of restricted securities; mintLocked uses it.
	ReasonIssuance LockReason = 1
	// ReasonVesting is a vesting schedule (employee or founder units).
	ReasonVesting LockReason = 2
	// ReasonCourtOrder is a court or regulator order (attachment, lien,
	// dispute).
	ReasonCourtOrder LockReason = 3
	// ReasonIssuerDefined is the first of the issuer's own codes.
	ReasonIssuerDefined LockReason = 128
)

var reasonNames = map[LockReason]string{
	ReasonUnspecified: "unspecified",
	ReasonIssuance:    "issuance_lockup",
	ReasonVesting:     "vesting",
	ReasonCourtOrder:  "court_order",
}

// Name is the reason's name: "issuance_lockup", "vesting", "court_order",
// "unspecified", "issuer_<code>" from 128 and "reserved_<code>" for a code
// Tessera does not name.
func (r LockReason) Name() string {
	if n, ok := reasonNames[r]; ok {
		return n
	}
	if r >= ReasonIssuerDefined {
		return fmt.Sprintf("issuer_%d", uint8(r))
	}
	return fmt.Sprintf("reserved_%d", uint8(r))
}

// Label is the reason as people read it.
func (r LockReason) Label() string {
	switch r {
	case ReasonIssuance:
		return "issuance lock-up (holding period)"
	case ReasonVesting:
		return "vesting"
	case ReasonCourtOrder:
		return "court order"
	case ReasonUnspecified:
		return "lock"
	}
	return "lock (" + r.Name() + ")"
}

// checkLockReason accepts Tessera's named codes and the issuer's (128–255).
func checkLockReason(field string, code int64) (LockReason, error) {
	r := LockReason(code)
	if code < 0 || code > 255 {
		return 0, errs.E(errs.Invalid, "invalid_lock_reason", field+" must be a code from 0 to 255")
	}
	if _, named := reasonNames[r]; !named && r < ReasonIssuerDefined {
		return 0, errs.E(errs.Invalid, "invalid_lock_reason", fmt.Sprintf(
			"%s %d is reserved: use 0 (unspecified), 1 (issuance lock-up), 2 (vesting), 3 (court order) or an issuer code from 128 to 255", field, code))
	}
	return r, nil
}

// Lock is one running lock of a wallet, as the token's locksOf shows it:
// Amount locked until Cliff, then released linearly from Start to End (a
// plain lock has Start = Cliff = End). Index is its place in locksOf,
// which shifts as earlier locks end or go (removeLock names a lock by its
// content instead).
type Lock struct {
	Index  int
	Amount *big.Int
	Start  time.Time
	Cliff  time.Time
	End    time.Time
	Reason LockReason
	Locked *big.Int // what it locks at the block it was read at
}

// Vesting reports whether the lock releases gradually rather than all at
// its end.
func (l Lock) Vesting() bool { return l.Start.Before(l.End) }

// LockedAt is what the lock locks at t, exactly as the token computes it
// (AssetTokenLayout.lockedAt): all of it before the cliff, nothing from
// the end, in between the amount less the vested part, rounded down.
func (l Lock) LockedAt(t time.Time) *big.Int {
	u, end, cliff, start := t.Unix(), l.End.Unix(), l.Cliff.Unix(), l.Start.Unix()
	switch {
	case u >= end:
		return new(big.Int)
	case u < cliff:
		return new(big.Int).Set(l.Amount)
	}
	vested := new(big.Int).Mul(l.Amount, big.NewInt(u-start))
	vested.Quo(vested, big.NewInt(end-start))
	return vested.Sub(l.Amount, vested)
}

// Same reports whether l and o are the same lock by content (amount,
// schedule and reason), whatever their index.
func (l Lock) Same(o Lock) bool {
	return l.Amount.Cmp(o.Amount) == 0 && l.Start.Equal(o.Start) && l.Cliff.Equal(o.Cliff) && l.End.Equal(o.End) && l.Reason == o.Reason
}

// Describe says what the lock holds and when it releases.
func (l Lock) Describe(decimals *uint8) string {
	if !l.Vesting() {
		return fmt.Sprintf("%s: %s locked until %s", l.Reason.Label(), amountText(l.Locked, decimals), l.End.UTC().Format(time.RFC3339))
	}
	return fmt.Sprintf("%s: %s of %s locked now, vesting linearly from %s (cliff %s) to %s",
		l.Reason.Label(), amountText(l.Locked, decimals), amountText(l.Amount, decimals), l.Start.UTC().Format(time.RFC3339),
		l.Cliff.UTC().Format(time.RFC3339), l.End.UTC().Format(time.RFC3339))
}

// LockedAt sums what locks lock at t.
func LockedAt(locks []Lock, t time.Time) *big.Int {
	sum := new(big.Int)
	for _, l := range locks {
		sum.Add(sum, l.LockedAt(t))
	}
	return sum
}

// FitsFrom is the earliest time from now at which locks leave at least
// amount of unfrozen (the balance less the frozen units) free, and false
// when amount exceeds unfrozen (no release ever makes room). What the
// locks lock never grows with time, so the time is found by bisection
// over whole seconds, with the token's own arithmetic.
func FitsFrom(locks []Lock, unfrozen, amount *big.Int, now time.Time) (time.Time, bool) {
	room := new(big.Int).Sub(unfrozen, amount)
	if room.Sign() < 0 {
		return time.Time{}, false
	}
	fits := func(t int64) bool { return LockedAt(locks, time.Unix(t, 0)).Cmp(room) <= 0 }
	lo := now.Unix()
	if fits(lo) {
		return time.Unix(lo, 0).UTC(), true
	}
	hi := lo
	for _, l := range locks {
		hi = max(hi, l.End.Unix())
	}
	// fits(hi) holds: every lock has ended. Find the first second that fits.
	n := sort.Search(int(hi-lo)+1, func(i int) bool { return fits(lo + int64(i)) })
	return time.Unix(lo+int64(n), 0).UTC(), true
}

// WalletLocks is what a wallet's locks and its investor's liquidate-only
// state are at one block.
type WalletLocks struct {
	Wallet        common.Address
	Locks         []Lock
	Locked        *big.Int // what the locks lock now
	LiquidateOnly bool
	Block         uint64
	Time          time.Time // the block's time, at which Locked is computed
}

var lockABI = assettoken.NewAssetToken()

// LockQuery names one wallet's locks on one token.
type LockQuery struct {
	Token, Wallet common.Address
}

// ReadLocks reads wallet's running locks and its investor's liquidate-only
// state from token at block (nil: latest), whose time is at.
func ReadLocks(ctx context.Context, c chain.Reader, token, wallet common.Address, block *big.Int, at time.Time) (WalletLocks, error) {
	out, err := ReadLocksBatch(ctx, c, []LockQuery{{Token: token, Wallet: wallet}}, block, at)
	if err != nil {
		return WalletLocks{Wallet: wallet, Locks: []Lock{}, Locked: new(big.Int), Time: at.UTC()}, err
	}
	return out[0], nil
}

// ReadLocksBatch is ReadLocks for many wallets at once: their reads go to
// the node in one JSON-RPC batch (chain.ReadBatch), so a portfolio of any
// size costs one round trip.
func ReadLocksBatch(ctx context.Context, c chain.Reader, qs []LockQuery, block *big.Int, at time.Time) ([]WalletLocks, error) {
	reads := make([]chain.Read, 0, 2*len(qs))
	for _, q := range qs {
		reads = append(reads, chain.Read{To: q.Token, Data: lockABI.PackLocksOf(q.Wallet)},
			chain.Read{To: q.Token, Data: lockABI.PackIsLiquidateOnly(q.Wallet)})
	}
	res, err := chain.ReadBatch(ctx, c, reads, block)
	if err != nil {
		return nil, err
	}
	out := make([]WalletLocks, len(qs))
	for i, q := range qs {
		wl := WalletLocks{Wallet: q.Wallet, Locks: []Lock{}, Locked: new(big.Int), Time: at.UTC()}
		if block != nil {
			wl.Block = block.Uint64()
		}
		ls, err := lockABI.UnpackLocksOf(res[2*i])
		if err != nil {
			return nil, fmt.Errorf("compliance: decode locksOf: %w", err)
		}
		for j, l := range ls {
			wl.Locks = append(wl.Locks, Lock{Index: j, Amount: l.Amount, Start: unixTime(l.Start), Cliff: unixTime(l.Cliff),
				End: unixTime(l.End), Reason: LockReason(l.Reason), Locked: l.Locked})
			wl.Locked.Add(wl.Locked, l.Locked)
		}
		if wl.LiquidateOnly, err = lockABI.UnpackIsLiquidateOnly(res[2*i+1]); err != nil {
			return nil, fmt.Errorf("compliance: decode isLiquidateOnly: %w", err)
		}
		out[i] = wl
	}
	return out, nil
}

// Locks reads wallet's locks on asset at the latest block.
func (s *Service) Locks(ctx context.Context, asset, wallet common.Address) (WalletLocks, error) {
	head, err := s.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return WalletLocks{}, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain could not be read; try again")
	}
	wl, err := ReadLocks(ctx, s.cfg.Chain, asset, wallet, head.Number, time.Unix(int64(head.Time), 0))
	if err != nil {
		return WalletLocks{}, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the token's locks could not be read; is asset a Tessera token?")
	}
	return wl, nil
}

func unixTime(s uint64) time.Time { return time.Unix(int64(s), 0).UTC() }

// ParseTime reads a time given as RFC 3339 ("2027-01-31T00:00:00Z") or as
// unix seconds ("1801267200"), in whole seconds: the token counts seconds.
func ParseTime(field, s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	bad := errs.E(errs.Invalid, "invalid_time", field+" must be an RFC 3339 time (2027-01-31T00:00:00Z) or unix seconds, in whole seconds")
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n <= 0 || n > maxChainTime {
			return time.Time{}, bad
		}
		return time.Unix(n, 0).UTC(), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil || t.Nanosecond() != 0 || t.Unix() <= 0 || t.Unix() > maxChainTime {
		return time.Time{}, bad
	}
	return t.UTC(), nil
}

// maxChainTime bounds the times Tessera writes to the token (which keeps
// 40 bits): the last second of 9999.
const maxChainTime = 253402300799
