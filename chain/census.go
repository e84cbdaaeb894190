package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
)

var (
	censusToken    = assettoken.NewAssetToken()
	censusRegistry = identityregistry.NewIdentityRegistry()
)

// CensusInvestor is one investor holding a token: its anchor wallet (the
// registry's; the key the token counts it under), its holding wallets,
// the class the token counts it under now (entered with, or set by its
// last recount) and the class its anchor's registry record gives now,
// which a recount would move it to.
type CensusInvestor struct {
	Anchor  common.Address
	Wallets []common.Address // sorted
	Amount  *big.Int
	Counted bool          // the token counts it per country and category
	Entered InvestorClass // the class it is counted under (when Counted)
	Current InvestorClass // the class its registry record gives now
	// Via is the registered wallet whose record gives Current, the one
	// to name in recount(wallet): the anchor while it is registered, else
	// a registered wallet that holds; zero when none is (a recount then
	// moves nothing).
	Via common.Address
}

// Stale reports whether a recount would move the investor: it is counted
// under another class than the registry gives now.
func (c CensusInvestor) Stale() bool {
	return c.Counted && c.Via != (common.Address{}) && c.Entered != c.Current
}

// Tally is investors counted per country and per category.
type Tally struct {
	Countries  map[uint16]int64
	Categories [Categories]int64
	Investors  int64
}

func newTally() Tally { return Tally{Countries: map[uint16]int64{}} }

func (t *Tally) add(c InvestorClass) {
	t.Countries[c.Country]++
	for i := range Categories {
		if c.In(i) {
			t.Categories[i]++
		}
	}
}

// CountryCounter is a token's counter and cap for one country (cap 0: none).
type CountryCounter struct {
	Country uint16
	Count   int64
	Cap     int64
}

// Counters is what a token's own counters say.
type Counters struct {
	Counting        bool
	InvestorCount   int64
	MaxInvestors    int64
	MaxCountryShare uint16           // basis points, 0: none
	Countries       []CountryCounter // by country: every country Census looked at
	Categories      [Categories]int64
	CategoryCaps    [Categories]int64
}

// Census is a token's investors recounted from balances and registry
// records, beside the token's own counters, at one block.
type Census struct {
	Investors []CensusInvestor // by anchor
	// Recorded counts the investors under the classes the token keeps
	// for them (what its counters must equal); Current under their
	// registry records' classes now (what the counters will say once every
	// stale investor is recounted).
	Recorded, Current Tally
	Onchain           Counters
}

// CensusQuery says whose investors to count.
type CensusQuery struct {
	Token, Registry common.Address
	// Balances are the holding wallets' balances (indexed, or read on
	// chain); wallets with no positive balance are left out.
	Balances map[common.Address]*big.Int
	// Block is the block read (nil: latest).
	Block *big.Int
	// Countries are more countries whose counters to read (those with a
	// cap, say); the holders' countries are always read.
	Countries []uint16
}

// CensusReader is what TakeCensus reads from a node; chain.Reader has it.
type CensusReader interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
}

// TakeCensus groups q's holding wallets by investor (their registry
// anchors), reads each anchor's registry record and token word, and the
// token's counters, in batches (ReadBatch): three rounds of reads
// whatever the number of holders.
func TakeCensus(ctx context.Context, r CensusReader, q CensusQuery) (Census, error) {
	var wallets []common.Address
	for w, b := range q.Balances {
		if b != nil && b.Sign() > 0 {
			wallets = append(wallets, w)
		}
	}
	slices.SortFunc(wallets, func(a, b common.Address) int { return a.Cmp(b) })
	// Round 1: each holding wallet's record names its anchor.
	reads := make([]Read, len(wallets))
	for i, w := range wallets {
		reads[i] = Read{To: q.Registry, Data: censusRegistry.PackRecord(w)}
	}
	out, err := ReadBatch(ctx, r, reads, q.Block)
	if err != nil {
		return Census{}, fmt.Errorf("registry records: %w", err)
	}
	byAnchor := map[common.Address]*CensusInvestor{}
	var anchors []common.Address
	records := make(map[common.Address]RegistryRecord, len(wallets))
	for i, w := range wallets {
		word, err := censusRegistry.UnpackRecord(out[i])
		if err != nil {
			return Census{}, fmt.Errorf("registry record of %s: %w", w.Hex(), err)
		}
		records[w] = DecodeRegistryRecord(word)
		anchor := records[w].Anchor
		if anchor == (common.Address{}) {
			anchor = w // never registered: it stands alone, and the token keeps its total in its own word
		}
		inv := byAnchor[anchor]
		if inv == nil {
			inv = &CensusInvestor{Anchor: anchor, Amount: new(big.Int)}
			byAnchor[anchor] = inv
			anchors = append(anchors, anchor)
		}
		inv.Wallets = append(inv.Wallets, w)
		inv.Amount.Add(inv.Amount, q.Balances[w])
	}
	slices.SortFunc(anchors, func(a, b common.Address) int { return a.Cmp(b) })
	// Round 2: each anchor's record (its class now) and token word (the
	// class it is counted under), and the token's flags and totals.
	reads = reads[:0]
	for _, a := range anchors {
		slot := WalletWordSlot(a)
		reads = append(reads, Read{To: q.Registry, Data: censusRegistry.PackRecord(a)}, Read{To: q.Token, Slot: &slot})
	}
	fixed := len(reads)
	reads = append(reads, Read{To: q.Token, Data: censusToken.PackInvestorCounting()}, Read{To: q.Token, Data: censusToken.PackInvestorCount()},
		Read{To: q.Token, Data: censusToken.PackMaxInvestors()}, Read{To: q.Token, Data: censusToken.PackMaxCountryShare()},
		Read{To: q.Token, Data: censusToken.PackCategoryInvestors()})
	if out, err = ReadBatch(ctx, r, reads, q.Block); err != nil {
		return Census{}, fmt.Errorf("anchors and counters: %w", err)
	}
	c := Census{Recorded: newTally(), Current: newTally()}
	countries := map[uint16]bool{}
	for _, k := range q.Countries {
		countries[k] = true
	}
	for i, a := range anchors {
		inv := byAnchor[a]
		word, err := censusRegistry.UnpackRecord(out[2*i])
		if err != nil {
			return Census{}, fmt.Errorf("registry record of %s: %w", a.Hex(), err)
		}
		rec, via := DecodeRegistryRecord(word), a
		if !rec.Registered {
			// A deleted anchor (a lost wallet) says nothing of the
			// investor: the token's recount reads the named wallet's
			// record, so take a registered wallet's.
			via = common.Address{}
			for _, w := range inv.Wallets {
				if r := records[w]; r.Registered {
					rec, via = r, w
					break
				}
			}
		}
		inv.Current, inv.Via = rec.Class(), via
		inv.Counted, inv.Entered = CountedClass(out[2*i+1])
		c.Recorded.Investors++
		c.Current.Investors++
		c.Current.add(inv.Current)
		countries[inv.Current.Country] = true
		if inv.Counted {
			c.Recorded.add(inv.Entered)
			countries[inv.Entered.Country] = true
		}
		c.Investors = append(c.Investors, *inv)
	}
	if c.Onchain.Counting, err = censusToken.UnpackInvestorCounting(out[fixed]); err != nil {
		return Census{}, fmt.Errorf("investorCounting: %w", err)
	}
	n, err := censusToken.UnpackInvestorCount(out[fixed+1])
	if err != nil {
		return Census{}, fmt.Errorf("investorCount: %w", err)
	}
	m, err := censusToken.UnpackMaxInvestors(out[fixed+2])
	if err != nil {
		return Census{}, fmt.Errorf("maxInvestors: %w", err)
	}
	c.Onchain.InvestorCount, c.Onchain.MaxInvestors = n.Int64(), m.Int64()
	if c.Onchain.MaxCountryShare, err = censusToken.UnpackMaxCountryShare(out[fixed+3]); err != nil {
		return Census{}, fmt.Errorf("maxCountryShare: %w", err)
	}
	cats, err := censusToken.UnpackCategoryInvestors(out[fixed+4])
	if err != nil {
		return Census{}, fmt.Errorf("categoryInvestors: %w", err)
	}
	for i := range Categories {
		c.Onchain.Categories[i], c.Onchain.CategoryCaps[i] = cats.Counts[i].Int64(), cats.Caps[i].Int64()
	}
	// Round 3: the counters of every country seen or asked for.
	keys := make([]uint16, 0, len(countries))
	for k := range countries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	reads = reads[:0]
	for _, k := range keys {
		reads = append(reads, Read{To: q.Token, Data: censusToken.PackCountryInvestors(k)})
	}
	if out, err = ReadBatch(ctx, r, reads, q.Block); err != nil {
		return Census{}, fmt.Errorf("country counters: %w", err)
	}
	for i, k := range keys {
		ci, err := censusToken.UnpackCountryInvestors(out[i])
		if err != nil {
			return Census{}, fmt.Errorf("countryInvestors(%d): %w", k, err)
		}
		c.Onchain.Countries = append(c.Onchain.Countries, CountryCounter{Country: k, Count: ci.Count.Int64(), Cap: ci.Cap.Int64()})
	}
	return c, nil
}

// Drift lists where the token's counters differ from the recount under
// the classes the token keeps (Recorded): each a line naming the counter,
// what the token says and what the holders add up to. Empty when they
// agree. It says nothing of stale classes (see CensusInvestor.Stale),
// which are not drift.
func (c Census) Drift() []string {
	var out []string
	if c.Onchain.InvestorCount != c.Recorded.Investors {
		out = append(out, fmt.Sprintf("investorCount() is %d but %d investors hold", c.Onchain.InvestorCount, c.Recorded.Investors))
	}
	if !c.Onchain.Counting {
		return out
	}
	for _, cc := range c.Onchain.Countries {
		if want := c.Recorded.Countries[cc.Country]; cc.Count != want {
			out = append(out, fmt.Sprintf("country %03d: the token counts %d investors, the holders add up to %d", cc.Country, cc.Count, want))
		}
	}
	for i := range Categories {
		if got, want := c.Onchain.Categories[i], c.Recorded.Categories[i]; got != want {
			out = append(out, fmt.Sprintf("category %s: the token counts %d investors, the holders add up to %d", CategoryName(i), got, want))
		}
	}
	for _, inv := range c.Investors {
		if !inv.Counted {
			out = append(out, fmt.Sprintf("investor of %s holds but the token does not count it", inv.Anchor.Hex()))
		}
	}
	return out
}

// CategoryName names category i as the registry's flags do, "retail" for
// the ninth.
func CategoryName(i int) string {
	names := [Categories]string{"accredited", "qualified_purchaser", "professional", "institutional",
		"issuer_4", "issuer_5", "issuer_6", "issuer_7", "retail"}
	if i < 0 || i >= Categories {
		return fmt.Sprintf("category_%d", i)
	}
	return names[i]
}
