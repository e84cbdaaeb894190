package audit

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/merkle"
)

// Check ids, in report order.
const (
	CheckSupply       = "supply"
	CheckMintRequests = "mint-requests"
	CheckIndexer      = "indexer"
	CheckReceivers    = "receivers-verified"
	// CheckInvestorCounts recounts the investors per country and category
	// (counting.go).
	CheckInvestorCounts = "investor-counts"
	CheckDocuments      = "documents"
	CheckValuations     = "valuations"
	CheckDistributions  = "distributions"
	// The dealing checks audit an asset's Dealing contract (dealing.go).
	CheckDealingFulfilment = "dealing-fulfilment"
	CheckDealingMints      = "dealing-mints"
	CheckDealingBalances   = "dealing-balances"
	CheckComplianceLog     = "compliance-log"
	CheckCode              = "code"
	CheckUpgrades          = "upgrades"
)

var regABI = identityregistry.NewIdentityRegistry()

// wallets lists every address that ever held the token up to the scan's
// end, sorted.
func (st *scanState) wallets(upTo uint64) []common.Address {
	seen := map[common.Address]bool{}
	for _, t := range st.Transfers {
		if t.Block <= upTo && t.To != (common.Address{}) {
			seen[t.To] = true
		}
	}
	out := make([]common.Address, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return strings.Compare(out[i].Hex(), out[j].Hex()) < 0 })
	return out
}

// balancesAt reads balanceOf at block for every wallet that received the
// token up to it, keeping the non-zero ones.
func (r *run) balancesAt(ctx context.Context, block uint64) (map[common.Address]*big.Int, error) {
	out := map[common.Address]*big.Int{}
	for _, w := range r.st.wallets(block) {
		b, err := callAs(ctx, r, r.asset.Token, tokABI.PackBalanceOf(w), block, tokABI.UnpackBalanceOf)
		if err != nil {
			return nil, err
		}
		if b.Sign() > 0 {
			out[w] = b
		}
	}
	return out, nil
}

func sum(m map[common.Address]*big.Int) *big.Int {
	s := new(big.Int)
	for _, v := range m {
		s.Add(s, v)
	}
	return s
}

// supply: totalSupply() = Σ Issued − Σ Redeemed = Σ balanceOf(holder), and
// each holder's balance equals what its Transfer events add up to.
func (r *run) supply(ctx context.Context) (map[common.Address]*big.Int, Check, error) {
	c := Check{ID: CheckSupply, Title: "Total supply = Σ Issued − Σ burns = Σ holders' balances"}
	onChain, err := callAs(ctx, r, r.asset.Token, tokABI.PackTotalSupply(), r.block, tokABI.UnpackTotalSupply)
	if err != nil {
		return nil, c, err
	}
	balances, err := r.balancesAt(ctx, r.block)
	if err != nil {
		return nil, c, err
	}
	issued, redeemed := new(big.Int), new(big.Int)
	for _, e := range r.st.Issued {
		issued.Add(issued, e.Amount)
	}
	for _, e := range r.st.Redeemed {
		redeemed.Add(redeemed, e.Amount)
	}
	fromEvents := map[common.Address]*big.Int{}
	for _, t := range r.st.Transfers {
		for _, side := range []struct {
			w    common.Address
			sign int
		}{{t.From, -1}, {t.To, 1}} {
			if side.w == (common.Address{}) {
				continue
			}
			b := fromEvents[side.w]
			if b == nil {
				b = new(big.Int)
				fromEvents[side.w] = b
			}
			if side.sign > 0 {
				b.Add(b, t.Value)
			} else {
				b.Sub(b, t.Value)
			}
		}
	}
	net := new(big.Int).Sub(issued, redeemed)
	held := sum(balances)
	var f findings
	if onChain.Cmp(net) != 0 {
		f.add("totalSupply() is %s but Σ Issued − Σ Redeemed is %s (difference %s)", r.units(onChain), r.units(net), r.units(new(big.Int).Sub(onChain, net)))
	}
	if onChain.Cmp(held) != 0 {
		f.add("totalSupply() is %s but the holders' balances add up to %s", r.units(onChain), r.units(held))
	}
	for _, w := range sortedKeys(fromEvents) {
		b := fromEvents[w]
		got := balances[w]
		if got == nil {
			got = new(big.Int)
		}
		if got.Cmp(b) != 0 {
			f.add("%s: balanceOf is %s but its Transfer events add up to %s", w.Hex(), r.units(got), r.units(b))
		}
	}
	c.Facts = []Fact{
		fact("totalSupply()", onChain), fact("Issued events", len(r.st.Issued)), fact("Σ Issued", issued),
		fact("Redeemed events", len(r.st.Redeemed)), fact("Σ Redeemed", redeemed),
		fact("holders", len(balances)), fact("Σ balances", held), fact("Transfer events", len(r.st.Transfers)),
	}
	c.Summary = fmt.Sprintf("supply %s held by %d wallets", r.units(onChain), len(balances))
	f.done(&c, len(r.st.Issued)+len(r.st.Redeemed)+len(r.st.Transfers)+len(balances), "no unit of the token was ever issued")
	return balances, c, nil
}

// mintRequests: every Issued (Redeemed) request id is an approved mint
// (burn) request with the same wallet and amount, and every approved,
// confirmed request is on chain. The mints and burns of the asset's
// dealing contract, under the request ids it derives from its own events,
// are its claims and redemptions, not issuance's: the dealing-mints check
// traces them.
func (r *run) mintRequests(ctx context.Context) (Check, error) {
	const title = "Every Issued (and Redeemed) event belongs to an approved mint (burn) request, and every confirmed request is on chain"
	if r.v.Mints == nil {
		return skipped(CheckMintRequests, title, "no mint request records configured"), nil
	}
	c := Check{ID: CheckMintRequests, Title: title}
	approved, err := r.v.Mints.ApprovedMints(ctx, r.chainID, r.asset)
	if err != nil {
		return c, fmt.Errorf("read approved mints: %w", err)
	}
	byID := map[common.Hash]ApprovedMint{}
	for _, m := range approved {
		byID[m.RequestID] = m
	}
	dealt := map[common.Hash]bool{}
	if r.noDealing() == "" {
		dealt = r.dealingLedger().ids
	}
	var f findings
	onChain := map[common.Hash]bool{}
	dealing := 0
	for _, side := range []struct {
		event, kind, prep string
		burn              bool
		events            []supplyEv
	}{{"Issued", "mint", "to", false, r.st.Issued}, {"Redeemed", "burn", "from", true, r.st.Redeemed}} {
		for _, e := range side.events {
			onChain[e.RequestID] = true
			if _, approvedToo := byID[e.RequestID]; dealt[e.RequestID] && !approvedToo {
				dealing++
				continue
			}
			m, ok := byID[e.RequestID]
			switch {
			case !ok || m.Burn != side.burn:
				f.add("%s %s %s %s in tx %s (block %d) has no approved %s request %s", side.event, e.Amount, side.prep, e.Wallet.Hex(), e.Tx.Hex(), e.Block, side.kind, e.RequestID.Hex())
			case m.To != e.Wallet || m.Amount.Cmp(e.Amount) != 0:
				f.add("request %s was approved for %s %s %s but %s %s %s %s (tx %s)", e.RequestID.Hex(), m.Amount, side.prep, m.To.Hex(), side.event, e.Amount, side.prep, e.Wallet.Hex(), e.Tx.Hex())
			}
		}
	}
	confirmed := 0
	for _, m := range approved {
		if !m.Confirmed || m.ConfirmedAt > r.block {
			continue
		}
		confirmed++
		if !onChain[m.RequestID] {
			kind, event := "mint", "Issued"
			if m.Burn {
				kind, event = "burn", "Redeemed"
			}
			f.add("%s request %s (%s, wallet %s) is approved and confirmed in the records but has no %s event on chain", kind, m.RequestID.Hex(), m.Amount, m.To.Hex(), event)
		}
	}
	c.Facts = []Fact{fact("Issued events", len(r.st.Issued)), fact("Redeemed events", len(r.st.Redeemed)),
		fact("approved requests", len(approved)), fact("confirmed at or below the block", confirmed)}
	if dealing > 0 {
		c.Facts = append(c.Facts, fact("the dealing contract's mints and burns (see "+CheckDealingMints+")", dealing))
	}
	c.Summary = fmt.Sprintf("%d Issued and %d Redeemed events against %d approved requests", len(r.st.Issued), len(r.st.Redeemed), len(approved))
	if dealing > 0 {
		c.Summary += fmt.Sprintf("; %d of the events are the dealing contract's", dealing)
	}
	f.done(&c, len(r.st.Issued)+len(r.st.Redeemed)-dealing+len(approved), "no Issued or Redeemed event on chain and no approved request in the records")
	return c, nil
}

// indexer: the indexer's balances and holder count at the block equal the
// chain's.
func (r *run) indexer(ctx context.Context) (Check, error) {
	const title = "The indexer's balances and holder count equal the chain's"
	if r.v.Index == nil {
		return skipped(CheckIndexer, title, "no indexer database configured"), nil
	}
	c := Check{ID: CheckIndexer, Title: title}
	var f findings
	rows, err := r.v.Index.BalancesAt(ctx, r.chainID, r.asset.Token, r.block)
	if err != nil {
		f.add("the indexer cannot answer for block %d: %v", r.block, err)
		f.done(&c, 0, "")
		c.Summary = "indexer unavailable at this block"
		return c, nil
	}
	indexed := map[common.Address]*big.Int{}
	for _, b := range rows {
		indexed[b.Wallet] = b.Amount
	}
	for _, w := range sortedKeys(r.balances, indexed) {
		want, got := r.balances[w], indexed[w]
		switch {
		case got == nil:
			f.add("%s holds %s on chain but the indexer has no balance", w.Hex(), r.units(want))
		case want == nil:
			f.add("%s holds nothing on chain but the indexer says %s", w.Hex(), r.units(got))
		case want.Cmp(got) != 0:
			f.add("%s holds %s on chain but the indexer says %s", w.Hex(), r.units(want), r.units(got))
		}
	}
	if len(indexed) != len(r.balances) {
		f.add("the chain has %d holders, the indexer %d", len(r.balances), len(indexed))
	}
	c.Facts = []Fact{fact("holders on chain", len(r.balances)), fact("holders in the indexer", len(indexed)),
		fact("Σ on chain", sum(r.balances)), fact("Σ in the indexer", sum(indexed))}
	c.Summary = fmt.Sprintf("%d holders compared", len(r.balances))
	f.done(&c, len(r.balances)+len(indexed), "no holder on chain or in the indexer")
	return c, nil
}

func sortedKeys(ms ...map[common.Address]*big.Int) []common.Address {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, m := range ms {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// receivers: every wallet that received tokens was verified in the
// identity registry at the block it received them, except forced transfers
// and recoveries, which are listed with their recorded reasons.
func (r *run) receivers(ctx context.Context) (Check, error) {
	c := Check{ID: CheckReceivers, Title: "Every receiver was verified in the identity registry when it received tokens (forced transfers and recoveries listed)"}
	registry, err := callAs(ctx, r, r.asset.Token, tokABI.PackIdentityRegistry(), r.block, tokABI.UnpackIdentityRegistry)
	if err != nil {
		return c, err
	}
	reasons := map[common.Hash]string{}
	if r.v.Interventions != nil {
		recs, err := r.v.Interventions.Interventions(ctx, r.chainID, r.asset)
		if err != nil {
			return c, fmt.Errorf("read interventions: %w", err)
		}
		for _, i := range recs {
			reasons[i.TxHash] = i.Reason
		}
	}
	type key struct {
		w     common.Address
		block uint64
	}
	verified := map[key]bool{}
	var f findings
	checked, forced := 0, 0
	for _, t := range r.st.Transfers {
		if t.To == (common.Address{}) {
			continue
		}
		if iv, ok := r.intervention(t); ok {
			forced++
			kind := "forced transfer"
			if iv.Recovery {
				kind = "recovery"
			}
			reason, has := reasons[t.Tx]
			switch {
			case has:
				c.Notes = append(c.Notes, fmt.Sprintf("%s of %s from %s to %s in tx %s (block %d): %s", kind, r.units(t.Value), t.From.Hex(), t.To.Hex(), t.Tx.Hex(), t.Block, reason))
			case r.v.Interventions != nil:
				f.add("%s of %s from %s to %s in tx %s (block %d) has no recorded reason", kind, r.units(t.Value), t.From.Hex(), t.To.Hex(), t.Tx.Hex(), t.Block)
			default:
				c.Notes = append(c.Notes, fmt.Sprintf("%s of %s from %s to %s in tx %s (block %d); no intervention records configured", kind, r.units(t.Value), t.From.Hex(), t.To.Hex(), t.Tx.Hex(), t.Block))
			}
			continue
		}
		k := key{t.To, t.Block}
		ok, seen := verified[k]
		if !seen {
			ok, err = callAs(ctx, r, registry, regABI.PackIsVerified(t.To), t.Block, regABI.UnpackIsVerified)
			if err != nil {
				return c, err
			}
			verified[k] = ok
		}
		checked++
		if !ok {
			f.add("%s received %s in tx %s (block %d) without being verified in registry %s", t.To.Hex(), t.Value, t.Tx.Hex(), t.Block, registry.Hex())
		}
	}
	c.Facts = []Fact{fact("identity registry", registry.Hex()), fact("receipts checked", checked), fact("forced transfers and recoveries", forced)}
	c.Summary = fmt.Sprintf("%d receipts checked, %d interventions listed", checked, forced)
	f.done(&c, checked+forced, "no wallet received the token")
	return c, nil
}

// intervention finds the forced transfer or recovery that t belongs to.
func (r *run) intervention(t transferEv) (interventionEv, bool) {
	for _, iv := range r.st.Interventions {
		if iv.Tx == t.Tx && iv.From == t.From && iv.To == t.To {
			return iv, true
		}
	}
	return interventionEv{}, false
}

// documents: each anchored document's stored bytes hash (keccak-256 or
// SHA-256) to the ERC-1643 hash on chain.
func (r *run) documents(ctx context.Context) (Check, error) {
	const title = "Each document's stored bytes hash to the hash anchored on chain (ERC-1643)"
	if r.v.Documents == nil {
		return skipped(CheckDocuments, title, "no document records configured"), nil
	}
	c := Check{ID: CheckDocuments, Title: title}
	names, err := callAs(ctx, r, r.asset.Token, tokABI.PackGetAllDocuments(), r.block, tokABI.UnpackGetAllDocuments)
	if err != nil {
		return c, err
	}
	stored, err := r.v.Documents.Documents(ctx, r.chainID, r.asset)
	if err != nil {
		return c, fmt.Errorf("read documents: %w", err)
	}
	byName := map[[32]byte]Document{}
	for _, d := range stored {
		byName[d.Name] = d
	}
	var f findings
	for _, n := range names {
		doc, err := callAs(ctx, r, r.asset.Token, tokABI.PackGetDocument(n), r.block, tokABI.UnpackGetDocument)
		if err != nil {
			return c, err
		}
		anchored := common.Hash(doc.DocumentHash)
		d, ok := byName[n]
		if !ok {
			f.add("document %q (%s) is anchored on chain but its bytes are not in the records", docName(n), anchored.Hex())
			continue
		}
		k, s := crypto.Keccak256Hash(d.Content), common.Hash(sha256.Sum256(d.Content))
		switch anchored {
		case k:
			c.Notes = append(c.Notes, fmt.Sprintf("%q: %d bytes, keccak-256 %s matches", docName(n), len(d.Content), k.Hex()))
		case s:
			c.Notes = append(c.Notes, fmt.Sprintf("%q: %d bytes, SHA-256 %s matches", docName(n), len(d.Content), s.Hex()))
		default:
			f.add("document %q: the stored %d bytes hash to %s (keccak-256) / %s (SHA-256), the chain anchors %s", docName(n), len(d.Content), k.Hex(), s.Hex(), anchored.Hex())
		}
	}
	c.Facts = []Fact{fact("documents on chain", len(names)), fact("documents in the records", len(stored))}
	c.Summary = fmt.Sprintf("%d documents compared", len(names))
	f.done(&c, len(names)+len(stored), "no document on chain or in the records")
	return c, nil
}

// docName shows an ERC-1643 name as text when it is one.
func docName(n [32]byte) string {
	s := strings.TrimRight(string(n[:]), "\x00")
	for _, r := range s {
		if r < 0x20 || r > 0x7e {
			return common.Hash(n).Hex()
		}
	}
	return s
}

// valuations: each round traces to a recorded push and its observations,
// no round is outside the feed's bounds, and heartbeat gaps are listed.
func (r *run) valuations(ctx context.Context) (Check, error) {
	const title = "Each valuation round traces to its observations, stays within the feed's bounds; heartbeat gaps listed"
	if r.asset.Feed == (common.Address{}) {
		return skipped(CheckValuations, title, "the asset has no valuation feed"), nil
	}
	if r.v.Oracle == nil {
		return skipped(CheckValuations, title, "no oracle records configured"), nil
	}
	c := Check{ID: CheckValuations, Title: title}
	minA, err := callAs(ctx, r, r.asset.Feed, feedABI.PackMinAnswer(), r.block, feedABI.UnpackMinAnswer)
	if err != nil {
		return c, err
	}
	maxA, err := callAs(ctx, r, r.asset.Feed, feedABI.PackMaxAnswer(), r.block, feedABI.UnpackMaxAnswer)
	if err != nil {
		return c, err
	}
	pushes, err := r.v.Oracle.FeedPushes(ctx, r.chainID, r.asset.Feed)
	if err != nil {
		return c, fmt.Errorf("read oracle pushes: %w", err)
	}
	byRound := map[string]FeedPush{}
	for _, p := range pushes {
		byRound[p.RoundID.String()] = p
	}
	heartbeat := r.v.Heartbeat
	if heartbeat == 0 {
		heartbeat = 24 * time.Hour
	}
	var f findings
	onChain := map[string]bool{}
	for _, rd := range r.st.Rounds {
		onChain[rd.RoundID.String()] = true
	}
	// The records' side: every push they hold as confirmed at or below the
	// block made its round (a push confirmed in no recorded block cannot
	// be placed, and is judged by the round side only).
	for _, p := range pushes {
		if p.Confirmed && p.Block != 0 && p.Block <= r.block && !onChain[p.RoundID.String()] {
			f.add("push %d is confirmed in the records as round %s (answer %s, tx %s, block %d), but the feed has no such round on chain",
				p.PushID, p.RoundID, p.Answer, p.TxHash.Hex(), p.Block)
		}
	}
	var prev uint64
	for _, rd := range r.st.Rounds {
		if rd.Answer.Cmp(minA) < 0 || rd.Answer.Cmp(maxA) > 0 {
			f.add("round %s answered %s, outside [%s, %s]", rd.RoundID, rd.Answer, minA, maxA)
		}
		p, ok := byRound[rd.RoundID.String()]
		switch {
		case !ok:
			f.add("round %s (answer %s, tx %s) has no recorded push", rd.RoundID, rd.Answer, rd.Tx.Hex())
		case p.Answer.Cmp(rd.Answer) != 0:
			f.add("round %s answered %s on chain but push %d recorded %s", rd.RoundID, rd.Answer, p.PushID, p.Answer)
		case len(p.Observations) == 0:
			f.add("round %s (push %d) has no observations behind it", rd.RoundID, p.PushID)
		}
		if prev != 0 && rd.UpdatedAt > prev && time.Duration(rd.UpdatedAt-prev)*time.Second > heartbeat {
			c.Notes = append(c.Notes, fmt.Sprintf("gap of %s before round %s (%s → %s)", time.Duration(rd.UpdatedAt-prev)*time.Second,
				rd.RoundID, unix(prev), unix(rd.UpdatedAt)))
		}
		prev = rd.UpdatedAt
	}
	if prev != 0 && r.blockTime > prev && time.Duration(r.blockTime-prev)*time.Second > heartbeat {
		c.Notes = append(c.Notes, fmt.Sprintf("gap of %s since the last round at the audited block (%s → %s)",
			time.Duration(r.blockTime-prev)*time.Second, unix(prev), unix(r.blockTime)))
	}
	c.Facts = []Fact{fact("rounds", len(r.st.Rounds)), fact("minAnswer", minA), fact("maxAnswer", maxA),
		fact("recorded pushes", len(pushes)), fact("heartbeat", heartbeat)}
	c.Summary = fmt.Sprintf("%d rounds traced", len(r.st.Rounds))
	f.done(&c, len(r.st.Rounds), "the feed has no round on chain up to this block")
	return c, nil
}

func unix(s uint64) string { return time.Unix(int64(s), 0).UTC().Format(time.RFC3339) }

// distributions: each distribution's root recomputes from the balances at
// its snapshot of the holders verified and not frozen then, and claimed +
// reclaimed + outstanding = funded.
func (r *run) distributions(ctx context.Context) (Check, error) {
	const title = "Each distribution's Merkle root recomputes from balances at its snapshot; claimed + unclaimed = funded"
	if r.asset.Distributor == (common.Address{}) {
		return skipped(CheckDistributions, title, "no distributor recorded"), nil
	}
	c := Check{ID: CheckDistributions, Title: title}
	leavesOf := r.v.PayoutLeaves
	if leavesOf == nil {
		leavesOf = PayoutProRata
	}
	var f findings
	owed := map[common.Address]*big.Int{} // unclaimed, by payment token
	for _, d := range r.st.Distributions {
		bal, err := r.balancesAt(ctx, d.Snapshot)
		if err != nil {
			return c, err
		}
		supply, err := callAs(ctx, r, r.asset.Token, tokABI.PackTotalSupply(), d.Snapshot, tokABI.UnpackTotalSupply)
		if err != nil {
			return c, err
		}
		// Holders frozen or not verified at the snapshot have no leaf; their
		// units leave the supply the shares are computed over.
		excluded, err := r.ineligibleAt(ctx, bal, d.Snapshot)
		if err != nil {
			return c, err
		}
		for _, w := range excluded {
			supply = new(big.Int).Sub(supply, bal[w])
			delete(bal, w)
		}
		leaves := leavesOf(d.Total, supply, bal)
		var root common.Hash
		if len(leaves) > 0 {
			t, err := merkle.New(leaves)
			if err != nil {
				return c, fmt.Errorf("distribution %s: %w", d.ID, err)
			}
			root = t.Root()
		}
		if root != d.Root {
			f.add("distribution %s: published root %s, but balances at snapshot block %d give %s (%d payees)", d.ID, d.Root.Hex(), d.Snapshot, root.Hex(), len(leaves))
		}
		on, err := callAs(ctx, r, r.asset.Distributor, distABI.PackDistribution(d.ID), r.block, distABI.UnpackDistribution)
		if err != nil {
			return c, err
		}
		reclaim := new(big.Int)
		if d.Reclaim != nil {
			reclaim = d.Reclaim
		}
		outstanding := new(big.Int).Sub(new(big.Int).Sub(on.Total, on.Claimed), reclaim)
		if on.Claimed.Cmp(d.Claimed) != 0 {
			f.add("distribution %s: claimed() is %s but Claimed events add up to %s", d.ID, on.Claimed, d.Claimed)
		}
		if on.Total.Cmp(d.Total) != 0 {
			f.add("distribution %s: funded %s at publication, records %s now", d.ID, d.Total, on.Total)
		}
		if outstanding.Sign() < 0 || on.Reclaimed != (d.Reclaim != nil) {
			f.add("distribution %s: claimed %s + reclaimed %s exceeds or misses the funded %s", d.ID, on.Claimed, reclaim, on.Total)
		}
		if outstanding.Sign() > 0 {
			if owed[d.Payment] == nil {
				owed[d.Payment] = new(big.Int)
			}
			owed[d.Payment].Add(owed[d.Payment], outstanding)
		}
		c.Notes = append(c.Notes, fmt.Sprintf("distribution %s: funded %s, claimed %s in %d claims, reclaimed %s, unclaimed %s; snapshot %d, root %s, %d payees, %d holders frozen or unverified at the snapshot",
			d.ID, on.Total, on.Claimed, d.Claims, reclaim, outstanding, d.Snapshot, d.Root.Hex(), len(leaves), len(excluded)))
	}
	// The distributor is shared by every asset: it must hold at least what
	// this asset's holders may still claim.
	for _, pay := range sortedKeys(owed) {
		held, err := callAs(ctx, r, pay, tokABI.PackBalanceOf(r.asset.Distributor), r.block, tokABI.UnpackBalanceOf)
		if err != nil {
			return c, err
		}
		if held.Cmp(owed[pay]) < 0 {
			f.add("the distributor holds %s of payment token %s but owes %s unclaimed to this asset's holders", held, pay.Hex(), owed[pay])
		}
	}
	c.Facts = []Fact{fact("distributions", len(r.st.Distributions))}
	c.Summary = fmt.Sprintf("%d distributions recomputed", len(r.st.Distributions))
	f.done(&c, len(r.st.Distributions), "no distribution was published")
	return c, nil
}

// ineligibleAt lists the wallets of bal frozen on the token or not
// verified in its identity registry at block: the issuance rule leaves them
// out of a distribution declared at that snapshot.
func (r *run) ineligibleAt(ctx context.Context, bal map[common.Address]*big.Int, block uint64) ([]common.Address, error) {
	if len(bal) == 0 {
		return nil, nil
	}
	registry, err := callAs(ctx, r, r.asset.Token, tokABI.PackIdentityRegistry(), block, tokABI.UnpackIdentityRegistry)
	if err != nil {
		return nil, err
	}
	var out []common.Address
	for _, w := range sortedKeys(bal) {
		frozen, err := callAs(ctx, r, r.asset.Token, tokABI.PackIsFrozen(w), block, tokABI.UnpackIsFrozen)
		if err != nil {
			return nil, err
		}
		verified := false
		if !frozen {
			if verified, err = callAs(ctx, r, registry, regABI.PackIsVerified(w), block, regABI.UnpackIsVerified); err != nil {
				return nil, err
			}
		}
		if frozen || !verified {
			out = append(out, w)
		}
	}
	return out, nil
}

// complianceLog: the compliance log's hash chain is intact.
func (r *run) complianceLog(ctx context.Context) (Check, error) {
	const title = "The compliance log's hash chain is intact"
	if r.v.ComplianceLog == nil {
		return skipped(CheckComplianceLog, title, "no compliance log configured"), nil
	}
	c := Check{ID: CheckComplianceLog, Title: title}
	v, err := r.v.ComplianceLog.VerifyComplianceLog(ctx)
	if err != nil {
		return c, fmt.Errorf("verify the compliance log: %w", err)
	}
	var f findings
	if !v.OK {
		f.add("entry %d: %s", v.FirstBad, v.Problem)
	}
	c.Facts = []Fact{fact("entries checked", v.Entries)}
	if v.Head != "" {
		c.Facts = append(c.Facts, fact("head hash", v.Head))
	}
	c.Summary = fmt.Sprintf("%d entries chained", v.Entries)
	f.done(&c, int(v.Entries), "the compliance log has no entries")
	return c, nil
}
