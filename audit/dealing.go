package audit

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/aggregatorv3interface"
)

var aggABI = aggregatorv3interface.NewAggregatorV3Interface()

// noDealing says why the dealing checks have nothing to audit, or "".
func (r *run) noDealing() string {
	switch {
	case r.asset.Dealing == (common.Address{}):
		return "the asset has no dealing contract"
	case r.block < r.asset.DealingBlock:
		return fmt.Sprintf("the asset's dealing contract is deployed after this block, at block %d", r.asset.DealingBlock)
	}
	return ""
}

// dealingLedger replays the dealing contract's events, once per audit.
func (r *run) dealingLedger() *dealingLedger {
	if r.ledger == nil {
		r.ledger = replayDealing(r.asset.Dealing, r.st.DealingEvents)
	}
	return r.ledger
}

// dealingSetup is what the dealing contract deals in at the audited block.
type dealingSetup struct {
	share, payment, feed                        common.Address
	unitDecimals, paymentDecimals, feedDecimals uint8
}

// uf is U·F = 10^(unit decimals + feed decimals); p is P = 10^payment decimals.
func (s *dealingSetup) uf() *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s.unitDecimals)+int64(s.feedDecimals)), nil)
}

func (s *dealingSetup) p() *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s.paymentDecimals)), nil)
}

// unitsFor is floor(assets·U·F / (nav·P)); paymentFor is floor(units·nav·P / (U·F)).
func (s *dealingSetup) unitsFor(assets, nav *big.Int) *big.Int {
	num := new(big.Int).Mul(assets, s.uf())
	return num.Quo(num, new(big.Int).Mul(nav, s.p()))
}

func (s *dealingSetup) paymentFor(units, nav *big.Int) *big.Int {
	num := new(big.Int).Mul(units, new(big.Int).Mul(nav, s.p()))
	return num.Quo(num, s.uf())
}

// instantFee is ceil(gross·bps / 10 000).
func instantFee(gross *big.Int, bps uint16) *big.Int {
	num := new(big.Int).Mul(gross, big.NewInt(int64(bps)))
	q, m := new(big.Int).QuoRem(num, big.NewInt(10_000), new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// dealingSetup reads the contract's share, payment and feed and their
// decimals at the audited block, once.
func (r *run) dealingSetup(ctx context.Context) (*dealingSetup, error) {
	if r.deal != nil {
		return r.deal, nil
	}
	d, s := r.asset.Dealing, &dealingSetup{}
	var err error
	if s.share, err = callAs(ctx, r, d, dealABI.PackShare(), r.block, dealABI.UnpackShare); err != nil {
		return nil, err
	}
	if s.payment, err = callAs(ctx, r, d, dealABI.PackAsset(), r.block, dealABI.UnpackAsset); err != nil {
		return nil, err
	}
	if s.feed, err = callAs(ctx, r, d, dealABI.PackFeed(), r.block, dealABI.UnpackFeed); err != nil {
		return nil, err
	}
	if s.unitDecimals, err = callAs(ctx, r, s.share, tokABI.PackDecimals(), r.block, tokABI.UnpackDecimals); err != nil {
		return nil, err
	}
	if s.paymentDecimals, err = callAs(ctx, r, s.payment, tokABI.PackDecimals(), r.block, tokABI.UnpackDecimals); err != nil {
		return nil, err
	}
	if s.feedDecimals, err = callAs(ctx, r, s.feed, aggABI.PackDecimals(), r.block, aggABI.UnpackDecimals); err != nil {
		return nil, err
	}
	r.deal = s
	return s, nil
}

// timeOf is a block's timestamp.
func (r *run) timeOf(ctx context.Context, block uint64) (uint64, error) {
	if t, ok := r.times[block]; ok {
		return t, nil
	}
	h, err := r.v.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, fmt.Errorf("read block %d: %w", block, err)
	}
	if r.times == nil {
		r.times = map[uint64]uint64{}
	}
	r.times[block] = h.Time
	return h.Time, nil
}

// navRound is one round of a feed.
type navRound struct {
	id        *big.Int
	answer    *big.Int
	startedAt uint64 // the observation time
}

// maxFeedRounds bounds the rounds read one by one from a feed the records
// do not name (a Chainlink proxy numbers its rounds from its phase id).
const maxFeedRounds = 10_000

// feedRounds lists the rounds of feed up to the audited block by round
// id: from the scan's NewRound/AnswerUpdated events when feed is the
// asset's recorded feed, else (a feed the records do not name) from its
// getRoundData at the audited block, refusing (a finding) more than
// maxFeedRounds.
func (r *run) feedRounds(ctx context.Context, feed common.Address, f *findings) ([]navRound, string, error) {
	var out []navRound
	if feed == r.asset.Feed {
		for _, rd := range r.st.Rounds {
			out = append(out, navRound{rd.RoundID, rd.Answer, rd.StartedAt})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].id.Cmp(out[j].id) < 0 })
		return out, "the feed's NewRound and AnswerUpdated events", nil
	}
	latest, err := callAs(ctx, r, feed, aggABI.PackLatestRoundData(), r.block, aggABI.UnpackLatestRoundData)
	if err != nil {
		return nil, "getRoundData (the feed answers no latest round)", nil // a feed without rounds prices nothing
	}
	if !latest.RoundId.IsInt64() || latest.RoundId.Int64() > maxFeedRounds {
		f.add("feed %s's latest round is %s: the audit reads at most %d rounds of a feed the records do not name", feed.Hex(), latest.RoundId, maxFeedRounds)
		return nil, "getRoundData (too many rounds)", nil
	}
	for id := int64(1); id <= latest.RoundId.Int64(); id++ {
		rd, err := callAs(ctx, r, feed, aggABI.PackGetRoundData(big.NewInt(id)), r.block, aggABI.UnpackGetRoundData)
		if err != nil {
			return nil, "", err
		}
		out = append(out, navRound{big.NewInt(id), rd.Answer, rd.StartedAt.Uint64()})
	}
	return out, "the feed's getRoundData at the audited block", nil
}

// firstAtOrAfter is the first round (by id) observed at or after t.
func firstAtOrAfter(rounds []navRound, t uint64) *navRound {
	for i := range rounds {
		if rounds[i].startedAt >= t {
			return &rounds[i]
		}
	}
	return nil
}

// dealingFulfilment: every fulfilled request was stamped with a cut-off
// published before it — the first published one after its block — was
// fulfilled for that cut-off and priced at the round DayPriced names for it, which
// is the feed's first round observed at or after it, with the result the
// pricing formula gives; no request deals at a void day, and one
// cancelled from its cut-off on belongs to a void day; every instant deal
// is priced at its round with the fee then configured.
func (r *run) dealingFulfilment(ctx context.Context) (Check, error) {
	const title = "Every dealing request was fulfilled for the cut-off published before it and stamped on it, and priced at the first NAV round observed at or after it, by the pricing formula; none at a void day, and none cancelled after its cut-off unless its day is void; instant deals priced at their round"
	if why := r.noDealing(); why != "" {
		return skipped(CheckDealingFulfilment, title, why), nil
	}
	c := Check{ID: CheckDealingFulfilment, Title: title}
	l := r.dealingLedger()
	s, err := r.dealingSetup(ctx)
	if err != nil {
		return c, err
	}
	var f findings
	for _, msg := range l.fulfilIssues {
		f.add("%s", msg)
	}
	if r.asset.Feed != (common.Address{}) && s.feed != r.asset.Feed {
		f.add("the dealing contract prices at feed %s, not at the asset's recorded feed %s", s.feed.Hex(), r.asset.Feed.Hex())
	}
	var rounds []navRound
	source := "none needed"
	if len(l.fulfilments)+len(l.instant) > 0 {
		if rounds, source, err = r.feedRounds(ctx, s.feed, &f); err != nil {
			return c, err
		}
	}
	byID := map[string]*navRound{}
	for i := range rounds {
		byID[rounds[i].id.String()] = &rounds[i]
	}
	for _, e := range l.fulfilments {
		q := l.requests[e.ID.String()]
		if q == nil {
			continue // listed by the replay
		}
		deposit := e.Event == "DepositFulfilled"
		amount, result := e.Shares, e.Assets // a redeem's units give payment
		if deposit {
			amount, result = e.Assets, e.Shares
		}
		if q.deposit != deposit || q.controller != e.Who || q.amount.Cmp(amount) != 0 {
			f.add("request %s: fulfilled in %s as a %s of %s for %s, but it was requested as a %s of %s for %s", e.ID, e.where(),
				map[bool]string{true: "deposit", false: "redeem"}[deposit], amount, e.Who.Hex(), q.kind(), q.amount, q.controller.Hex())
			continue
		}
		if deposit && q.wire && !q.paid {
			f.add("request %s: a wire deposit fulfilled in %s without its payment confirmed", e.ID, e.where())
		}
		// The stamp's block: the request's, or a wire deposit's payment's.
		requested, err := r.timeOf(ctx, q.stampBlock)
		if err != nil {
			return c, err
		}
		switch {
		case q.cutoff == 0:
			f.add("request %s: no RequestCutoff stamps its dealing day", e.ID)
		case q.cutoff != e.Cutoff:
			f.add("request %s: stamped with cut-off %s, fulfilled in %s for cut-off %s", e.ID, unix(q.cutoff), e.where(), unix(e.Cutoff))
		case !q.stampPublished:
			f.add("request %s: stamped with cut-off %s, which was not published before the request (block %d)", e.ID, unix(q.cutoff), q.ev.Block)
		case requested >= e.Cutoff:
			f.add("request %s: made at %s (block %d), not before the cut-off %s it was fulfilled for", e.ID, unix(requested), q.ev.Block, unix(e.Cutoff))
		case q.prevCutoff > requested:
			f.add("request %s: made at %s (block %d) before cut-off %s, published earlier, yet stamped with the later cut-off %s",
				e.ID, unix(requested), q.ev.Block, unix(q.prevCutoff), unix(e.Cutoff))
		}
		day := l.days[e.Cutoff]
		switch {
		case day == nil || day.Block > e.Block || (day.Block == e.Block && day.LogIndex > e.LogIndex):
			f.add("request %s: fulfilled for cut-off %s in %s, but no DayPriced names that cut-off's round before it", e.ID, unix(e.Cutoff), e.where())
			continue
		case day.Round.Cmp(e.Round) != 0:
			f.add("request %s: priced at round %s, but DayPriced names round %s for cut-off %s", e.ID, e.Round, day.Round, unix(e.Cutoff))
			continue
		}
		rd := byID[e.Round.String()]
		if rd == nil {
			f.add("request %s: priced at round %s, which feed %s does not have", e.ID, e.Round, s.feed.Hex())
			continue
		}
		if first := firstAtOrAfter(rounds, e.Cutoff); first == nil || first.id.Cmp(rd.id) != 0 {
			firstID := "none"
			if first != nil {
				firstID = fmt.Sprintf("round %s (observed %s)", first.id, unix(first.startedAt))
			}
			f.add("request %s: priced at round %s (observed %s), but the first round observed at or after the cut-off %s is %s",
				e.ID, rd.id, unix(rd.startedAt), unix(e.Cutoff), firstID)
			continue
		}
		if day.NAV.Cmp(rd.answer) != 0 {
			f.add("request %s: DayPriced says NAV %s for round %s, the feed answers %s", e.ID, day.NAV, rd.id, rd.answer)
			continue
		}
		if rd.answer.Sign() <= 0 {
			f.add("request %s: priced at round %s whose answer %s is not positive", e.ID, rd.id, rd.answer)
			continue
		}
		want := s.paymentFor(amount, rd.answer)
		formula := "floor(units·nav·P / (U·F))"
		if deposit {
			want, formula = s.unitsFor(amount, rd.answer), "floor(assets·U·F / (nav·P))"
		}
		if want.Cmp(result) != 0 {
			f.add("request %s: %s of %s at NAV %s (round %s) gives %s = %s, but the contract gave %s (difference %s)",
				e.ID, q.kind(), amount, rd.answer, rd.id, formula, want, result, minus(result, want))
		}
	}
	// A request is cancelled before its cut-off, or once its day is void
	// (an unpaid wire deposit belongs to no day yet).
	late := 0
	for _, q := range l.order {
		if q.cancel == nil || q.cutoff == 0 || (q.deposit && q.wire && !q.paid) {
			continue
		}
		at, err := r.timeOf(ctx, q.cancel.Block)
		if err != nil {
			return c, err
		}
		if at < q.cutoff {
			continue
		}
		late++
		if v := l.voided[q.cutoff]; v == nil || v.Block > q.cancel.Block || (v.Block == q.cancel.Block && v.LogIndex > q.cancel.LogIndex) {
			f.add("request %s: cancelled at %s in %s, from its cut-off %s on, while its day was not void", q.ev.ID, unix(at), q.cancel.where(), unix(q.cutoff))
		}
	}
	for _, d := range l.instant {
		e := d.ev
		what := "instant subscription"
		if e.Event == "RedeemedInstant" {
			what = "instant redemption"
		}
		rd := byID[e.Round.String()]
		switch {
		case !d.configured:
			f.add("%s of %s in %s: made before any configuration was set", what, e.Who.Hex(), e.where())
			continue
		case rd == nil:
			f.add("%s of %s in %s: priced at round %s, which feed %s does not have", what, e.Who.Hex(), e.where(), e.Round, s.feed.Hex())
			continue
		case rd.answer.Sign() <= 0:
			f.add("%s of %s in %s: priced at round %s whose answer %s is not positive", what, e.Who.Hex(), e.where(), rd.id, rd.answer)
			continue
		}
		if e.Event == "Subscribed" {
			fee := instantFee(e.Assets, d.feeBps)
			units := s.unitsFor(minus(e.Assets, fee), rd.answer)
			if fee.Cmp(e.Fee) != 0 || units.Cmp(e.Shares) != 0 {
				f.add("%s of %s in %s: %s of payment at NAV %s (round %s) and %d bps give a fee of %s and %s units, the contract took %s and gave %s",
					what, e.Who.Hex(), e.where(), e.Assets, rd.answer, rd.id, d.feeBps, fee, units, e.Fee, e.Shares)
			}
			continue
		}
		gross := s.paymentFor(e.Shares, rd.answer)
		fee := instantFee(gross, d.feeBps)
		if net := minus(gross, fee); fee.Cmp(e.Fee) != 0 || net.Cmp(e.Assets) != 0 {
			f.add("%s of %s in %s: %s units at NAV %s (round %s) and %d bps give a fee of %s and %s paid, the contract took %s and paid %s",
				what, e.Who.Hex(), e.where(), e.Shares, rd.answer, rd.id, d.feeBps, fee, net, e.Fee, e.Assets)
		}
	}
	c.Facts = []Fact{fact("dealing contract", r.asset.Dealing.Hex()), fact("feed", s.feed.Hex()), fact("rounds read from", source),
		fact("dealing days priced", len(l.days)), fact("dealing days void", len(l.voided)), fact("requests fulfilled", len(l.fulfilments)),
		fact("requests cancelled after their cut-off (void days)", late), fact("instant deals", len(l.instant)),
		fact("decimals (unit, payment, feed)", fmt.Sprintf("%d, %d, %d", s.unitDecimals, s.paymentDecimals, s.feedDecimals))}
	c.Summary = fmt.Sprintf("%d fulfilled requests over %d dealing days and %d instant deals repriced", len(l.fulfilments), len(l.days), len(l.instant))
	f.done(&c, len(l.fulfilments)+len(l.instant)+late, "no request was fulfilled and no instant deal was made")
	return c, nil
}

// dealingMints: every mint and burn the dealing contract's events imply
// is on the token under the request id the contract derives, to the
// wallet and for the amount the event says; claims never exceed what was
// fulfilled, per controller; no other mint or burn happens in a dealing
// transaction.
func (r *run) dealingMints(ctx context.Context) (Check, error) {
	const title = "Every unit the dealing contract minted or burned matches a fulfilled request's claim, an instant deal or a confirmed payout; claims never exceed what was fulfilled"
	if why := r.noDealing(); why != "" {
		return skipped(CheckDealingMints, title, why), nil
	}
	c := Check{ID: CheckDealingMints, Title: title}
	l := r.dealingLedger()
	s, err := r.dealingSetup(ctx)
	if err != nil {
		return c, err
	}
	var f findings
	if s.share != r.asset.Token {
		f.add("the dealing contract's share() is %s, not the asset's token %s", s.share.Hex(), r.asset.Token.Hex())
	}
	for _, msg := range l.mintIssues {
		f.add("%s", msg)
	}
	issued, redeemed := map[common.Hash]supplyEv{}, map[common.Hash]supplyEv{}
	for _, e := range r.st.Issued {
		issued[e.RequestID] = e
	}
	for _, e := range r.st.Redeemed {
		redeemed[e.RequestID] = e
	}
	minted := map[string]*big.Int{"claim": new(big.Int), "subscription": new(big.Int)}
	burned := map[string]*big.Int{"redeem": new(big.Int), "payout": new(big.Int), "instant": new(big.Int)}
	for _, m := range l.moves {
		event, on := "Issued", issued
		if m.burn {
			event, on = "Redeemed", redeemed
		}
		got, ok := on[m.id]
		switch {
		case !ok:
			f.add("%s in %s: the token has no %s of %s units %s %s under request id %s", m.what, m.ev.where(), event, m.amount,
				map[bool]string{false: "to", true: "from"}[m.burn], m.wallet.Hex(), m.id.Hex())
			continue
		case got.Wallet != m.wallet || got.Amount.Cmp(m.amount) != 0:
			f.add("%s in %s: request id %s should %s %s units %s %s, the token's %s is %s units %s %s (tx %s)", m.what, m.ev.where(), m.id.Hex(),
				map[bool]string{false: "mint", true: "burn"}[m.burn], m.amount, map[bool]string{false: "to", true: "from"}[m.burn], m.wallet.Hex(),
				event, got.Amount, map[bool]string{false: "to", true: "from"}[m.burn], got.Wallet.Hex(), got.Tx.Hex())
			continue
		}
		switch m.ev.Event {
		case "Deposit":
			minted["claim"].Add(minted["claim"], m.amount)
		case "Subscribed":
			minted["subscription"].Add(minted["subscription"], m.amount)
		case "RedeemFulfilled":
			burned["redeem"].Add(burned["redeem"], m.amount)
		case "PayoutConfirmed":
			burned["payout"].Add(burned["payout"], m.amount)
		case "RedeemedInstant":
			burned["instant"].Add(burned["instant"], m.amount)
		}
	}
	// A dealing transaction mints and burns only what its events derive.
	for _, side := range []struct {
		event  string
		events []supplyEv
	}{{"Issued", r.st.Issued}, {"Redeemed", r.st.Redeemed}} {
		for _, e := range side.events {
			if l.txs[e.Tx] && !l.ids[e.RequestID] {
				f.add("%s %s units %s in tx %s (block %d), a dealing transaction, under request id %s that no dealing event derives",
					side.event, e.Amount, e.Wallet.Hex(), e.Tx.Hex(), e.Block, e.RequestID.Hex())
			}
		}
	}
	fulfilledShares, claimable := new(big.Int), new(big.Int)
	for _, a := range sortedControllers(l.controllers) {
		b := l.controllers[a]
		fulfilledShares.Add(fulfilledShares, b.fulfilledShares)
		claimable.Add(claimable, minus(b.fulfilledShares, b.claimedShares))
	}
	if minted["claim"].Cmp(fulfilledShares) > 0 {
		f.add("claims minted %s units, more than the %s units of the fulfilled deposit requests", minted["claim"], fulfilledShares)
	}
	c.Facts = []Fact{fact("units minted by claims", minted["claim"]), fact("units of fulfilled deposits", fulfilledShares),
		fact("units fulfilled and not claimed", claimable), fact("units minted by instant subscriptions", minted["subscription"]),
		fact("units burned by fulfilled redeems", burned["redeem"]), fact("units burned at confirmed wire payouts", burned["payout"]),
		fact("units burned by instant redemptions", burned["instant"]), fact("mints and burns traced", len(l.moves))}
	c.Summary = fmt.Sprintf("%d mints and burns of the dealing contract traced to the token", len(l.moves))
	f.done(&c, len(l.moves), "the dealing contract minted and burned nothing")
	return c, nil
}

func sortedControllers(m map[common.Address]*controllerBook) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// dealingBalances: the payment the contract holds covers what it accounts
// for (escrow, reserve, fees, redemptions owed, cancelled deposits), each
// of which its events add up to, the escrow being the pending deposits';
// its open requests are as the events leave them; the units locked for
// redeem requests are frozen on the token.
func (r *run) dealingBalances(ctx context.Context) (Check, error) {
	const title = "The dealing contract's payment balance covers escrow + reserve + fees + redemptions owed + cancelled deposits, each as its events add up; locked units are frozen on the token"
	if why := r.noDealing(); why != "" {
		return skipped(CheckDealingBalances, title, why), nil
	}
	c := Check{ID: CheckDealingBalances, Title: title}
	l := r.dealingLedger()
	s, err := r.dealingSetup(ctx)
	if err != nil {
		return c, err
	}
	d := r.asset.Dealing
	var f findings
	for _, msg := range l.balanceIssues {
		f.add("%s", msg)
	}
	// What the requests' states say is escrowed, cancelled and locked.
	pending, cancelled := new(big.Int), new(big.Int)
	locked := map[common.Address]*big.Int{}
	var lockedIDs = map[common.Address][]string{}
	var open []*dealRequest
	for _, q := range l.order {
		switch {
		case q.deposit && !q.wire && q.state == reqPending:
			pending.Add(pending, q.amount)
		case q.deposit && !q.wire && q.state == reqCancelClaimable:
			cancelled.Add(cancelled, q.amount)
		case q.locksUnits():
			if locked[q.owner] == nil {
				locked[q.owner] = new(big.Int)
			}
			locked[q.owner].Add(locked[q.owner], q.amount)
			lockedIDs[q.owner] = append(lockedIDs[q.owner], q.ev.ID.String())
		}
		if q.state == reqPending || q.state == reqCancelClaimable || q.locksUnits() {
			open = append(open, q)
		}
	}
	views := []struct {
		name string
		pack []byte
		want *big.Int
		from string
	}{
		{"escrowed()", dealABI.PackEscrowed(), pending, "the pending deposit requests' payment"},
		{"reserve()", dealABI.PackReserve(), l.reserve, "fulfilled deposits + subscriptions net of fees + funding − redemptions priced − instant redemptions − withdrawals"},
		{"fees()", dealABI.PackFees(), l.fees, "instant fees − fees withdrawn"},
		{"claimableAssets()", dealABI.PackClaimableAssets(), l.owed, "fulfilled redeems' payment − redemptions claimed"},
		{"cancelledAssets()", dealABI.PackCancelledAssets(), cancelled, "the cancelled deposit requests not claimed back"},
	}
	accounted := new(big.Int)
	c.Facts = []Fact{fact("payment token", s.payment.Hex())}
	for _, v := range views {
		got, err := callAs(ctx, r, d, v.pack, r.block, func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
		if err != nil {
			return c, err
		}
		accounted.Add(accounted, got)
		c.Facts = append(c.Facts, fact(v.name, got))
		if got.Cmp(v.want) != 0 {
			f.add("%s is %s but %s add up to %s (difference %s)", v.name, got, v.from, v.want, minus(got, v.want))
		}
	}
	if l.escrowed.Cmp(pending) != 0 {
		f.add("the escrow the events add up to, %s, is not the %s of the pending deposit requests", l.escrowed, pending)
	}
	if l.cancelled.Cmp(cancelled) != 0 {
		f.add("the cancelled deposits the events add up to, %s, are not the %s of the cancelled requests not claimed back", l.cancelled, cancelled)
	}
	held, err := callAs(ctx, r, s.payment, tokABI.PackBalanceOf(d), r.block, tokABI.UnpackBalanceOf)
	if err != nil {
		return c, err
	}
	c.Facts = append(c.Facts, fact("payment held", held), fact("payment accounted for", accounted))
	switch held.Cmp(accounted) {
	case -1:
		f.add("the contract holds %s of payment but accounts for %s: short by %s", held, accounted, minus(accounted, held))
	case 1:
		// Anyone can send tokens to any address: a surplus is owed to
		// nobody and no dealing call can move it, while every bucket
		// above is checked against the events on its own. It is listed,
		// not failed, so that a stranger's transfer cannot fail an audit.
		c.Notes = append(c.Notes, fmt.Sprintf("the contract holds %s of payment more than it accounts for (%s held, %s accounted): sent to it outside dealing, owed to nobody",
			minus(held, accounted), held, accounted))
	}
	next, err := callAs(ctx, r, d, dealABI.PackNextRequestId(), r.block, dealABI.UnpackNextRequestId)
	if err != nil {
		return c, err
	}
	if next.Cmp(big.NewInt(int64(len(l.order)))) != 0 {
		f.add("the contract has made %s requests but its events announce %d", next, len(l.order))
	}
	// The open requests are as the events leave them.
	for _, q := range open {
		on, err := callAs(ctx, r, d, dealABI.PackRequestOf(q.ev.ID), r.block, dealABI.UnpackRequestOf)
		if err != nil {
			return c, err
		}
		if on.State != q.state || on.Amount.Cmp(q.amount) != 0 || on.Controller != q.controller {
			f.add("request %s: the contract holds a %s of %s for %s, %s; its events leave it a %s of %s for %s, %s", q.ev.ID,
				map[uint8]string{1: "deposit", 2: "redeem"}[on.Kind], on.Amount, on.Controller.Hex(), stateNames[on.State],
				q.kind(), q.amount, q.controller.Hex(), stateNames[q.state])
		}
	}
	for _, owner := range sortedKeys(locked) {
		frozen, err := callAs(ctx, r, r.asset.Token, tokABI.PackGetFrozenTokens(owner), r.block, tokABI.UnpackGetFrozenTokens)
		if err != nil {
			return c, err
		}
		if frozen.Cmp(locked[owner]) < 0 {
			f.add("%s: redeem requests %v lock %s units, but the token freezes only %s of its units", owner.Hex(), lockedIDs[owner], locked[owner], frozen)
		}
	}
	c.Facts = append(c.Facts, fact("requests", len(l.order)), fact("open requests", len(open)), fact("owners with locked units", len(locked)))
	c.Summary = fmt.Sprintf("%s of payment held against %s accounted; %d open requests compared", held, accounted, len(open))
	f.done(&c, l.moneyEvents, "no payment or unit ever moved through the dealing contract")
	return c, nil
}
