package issuance

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/tesserafactory"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// ErrNotFound is what a Store returns for an unknown asset, document,
// request or distribution; the service turns it into a 404.
var ErrNotFound = errors.New("issuance: not found")

// Store keeps assets, documents, requests and distributions. Methods that
// change several rows do so in one database transaction.
type Store interface {
	CreateAsset(ctx context.Context, a Asset) (Asset, error)
	Asset(ctx context.Context, id string) (Asset, error)
	// AssetByToken returns the asset tokenized as token, or ErrNotFound.
	AssetByToken(ctx context.Context, chainID *big.Int, token common.Address) (Asset, error)
	// AssetByFeed returns the asset feed values, or ErrNotFound.
	AssetByFeed(ctx context.Context, chainID *big.Int, feed common.Address) (Asset, error)
	// Assets lists assets by creation, after the asset with id after ("":
	// from the first), up to limit.
	Assets(ctx context.Context, after string, limit int) ([]Asset, error)
	// UpdateAsset locks the asset, lets change validate and modify it, then
	// saves it and appends the event change returns, all or nothing.
	UpdateAsset(ctx context.Context, id string, change func(a *Asset) (Event, error)) (Asset, error)
	Events(ctx context.Context, assetID string) ([]Event, error)

	// PutDocument stores content under its SHA-256 unless it is stored
	// already, and makes it the asset's document d.Name.
	PutDocument(ctx context.Context, d Document, content []byte) (Document, error)
	Documents(ctx context.Context, assetID string) ([]Document, error)
	Document(ctx context.Context, assetID, name string) (Document, []byte, error)
	SetDocumentAnchor(ctx context.Context, assetID, name, txKey string) error
	// ProposeDocument stores content under its SHA-256 and a pending
	// proposal of it (errs.Conflict while the name has one pending).
	ProposeDocument(ctx context.Context, p DocumentProposal, content []byte) (DocumentProposal, error)
	DocumentProposal(ctx context.Context, assetID string, id int64) (DocumentProposal, error)
	DocumentProposals(ctx context.Context, assetID string) ([]DocumentProposal, error)
	// DecideDocument locks the proposal, applies decide to it and stores
	// it; an approved proposal becomes the current document of its name in
	// the same transaction, which is returned.
	DecideDocument(ctx context.Context, assetID string, id int64, decide func(*DocumentProposal) error) (Document, DocumentProposal, error)

	// CreateRequests stores mint or burn requests, all or none.
	CreateRequests(ctx context.Context, rs []Request) error
	// Request returns a request with its transaction's state (ChainState,
	// Error, TxHash) once the transaction manager has it.
	Request(ctx context.Context, id string) (Request, error)
	// Requests lists an asset's requests matching f by creation, after the
	// request with id after, up to limit, each with its transaction's
	// state, in one statement.
	Requests(ctx context.Context, assetID string, f RequestFilter, after string, limit int) ([]Request, error)
	// BatchStates counts the asset's requests of batch batchID by decision
	// state and transaction state, in one statement; nothing when the
	// asset has no request in that batch.
	BatchStates(ctx context.Context, assetID, batchID string) ([]BatchCount, error)
	// DecideRequest locks a request and lets decide change it.
	DecideRequest(ctx context.Context, id string, decide func(r *Request) error) (Request, error)
	// Issued sums the asset's approved mints and burns whose transaction
	// is confirmed.
	Issued(ctx context.Context, assetID string) (minted, burned *big.Int, err error)
	Reservations
	Lockups

	// CreateDistribution stores a declared (pending) distribution.
	CreateDistribution(ctx context.Context, d Distribution) error
	// DecideDistribution locks the distribution's asset and the
	// distribution, and lets decide change it given the part of the asset's
	// treasury in the distribution's payment token that the asset's other
	// approved, unpublished distributions reserve.
	DecideDistribution(ctx context.Context, id string, decide func(d *Distribution, reserved *big.Int) error) (Distribution, error)
	// DistributionReserved sums the asset's approved distributions in
	// paymentToken whose publication has not reached the chain.
	DistributionReserved(ctx context.Context, assetID string, paymentToken common.Address) (*big.Int, error)
	SetDistributionOnchainID(ctx context.Context, id string, onchainID *big.Int) error
	Distribution(ctx context.Context, id string) (Distribution, error)
	Distributions(ctx context.Context, assetID string) ([]Distribution, error)

	// Holdings reads, in one statement, every tokenized asset that q's
	// wallets hold in the indexer's latest view or are paid by in a
	// published distribution, by asset creation.
	Holdings(ctx context.Context, q HoldingsQuery) ([]HoldingRecord, error)
	// DealingPositions reads what each wallet (only those of wallets;
	// nil: every wallet) has in flight with the Dealing contract dealing,
	// from the indexed requests and claims; a wallet with nothing in
	// flight may be left out.
	DealingPositions(ctx context.Context, chainID *big.Int, dealing common.Address, wallets []common.Address) ([]WalletPosition, error)
	// DealtUnits sums the units the Dealing contract dealing minted
	// (deposit claims, instant subscriptions) and burned (redemptions
	// fulfilled on chain, wire redemptions paid out, instant
	// redemptions), from the indexed events.
	DealtUnits(ctx context.Context, chainID *big.Int, dealing common.Address) (minted, burned *big.Int, err error)
}

// Index is what the service reads from the indexer's tables.
type Index interface {
	IndexCursor(ctx context.Context, chainID *big.Int) (chain.IndexCursor, bool, error)
	BalanceOf(ctx context.Context, chainID *big.Int, token, wallet common.Address, v chain.View) (*big.Int, error)
	Balances(ctx context.Context, chainID *big.Int, token common.Address, v chain.View) ([]chain.Balance, error)
	TotalSupply(ctx context.Context, chainID *big.Int, token common.Address, v chain.View) (*big.Int, error)
	BalancesAt(ctx context.Context, chainID *big.Int, token common.Address, block uint64) ([]chain.Balance, error)
	Identities(ctx context.Context, chainID *big.Int, registry common.Address, v chain.View) ([]chain.RegistryIdentity, error)
	LatestValuation(ctx context.Context, chainID *big.Int, feed common.Address, v chain.View) (chain.ValuationRound, bool, error)
	Transfers(ctx context.Context, chainID *big.Int, f chain.TransferFilter, after *chain.EventPos, limit int) ([]chain.Transfer, error)
	Claims(ctx context.Context, chainID *big.Int, distributor common.Address, distributionID *big.Int, v chain.View, after *chain.EventPos, limit int) ([]chain.Claim, error)
}

// RuleSetter sets a token's transfer rules: the compliance service, which
// owns them (*compliance.Service).
type RuleSetter interface {
	SetRules(ctx context.Context, p auth.Principal, token common.Address, u compliance.RulesUpdate) (compliance.RulesResult, error)
}

// Config is what a Service needs.
type Config struct {
	Store       Store
	Chain       chain.Reader // eth_call pre-checks, receipts, and the code and nonces that tell the platform's own contracts from others
	Tx          txmgr.Sender // the transaction manager of the issuer's signer
	TxLookup    txmgr.Lookup
	Index       Index
	Deployments chain.DeploymentStore // tokenized contracts are recorded here, so the indexer follows them
	// Rules sets a deployed token's first rules (the compliance service).
	// Its transaction manager must send as Tx does: the token grants
	// COMPLIANCE_ADMIN_ROLE to Tx's signer.
	Rules       RuleSetter
	ChainID     *big.Int
	Registry    common.Address // the identity registry every token uses
	Distributor common.Address
	// Keys resolves the principal behind a recorded actor, for four-eyes
	// decisions (postgres.APIKeyStore).
	Keys auth.Directory
	// MaxDocumentBytes bounds an uploaded document; default 512 KiB (the
	// API's body limit is 1 MiB, and documents travel base64-encoded).
	MaxDocumentBytes int
	// ChainTimeout bounds the wait for each transaction of a synchronous
	// step (tokenizing, publishing a distribution); default 2 minutes.
	ChainTimeout time.Duration
	Now          func() time.Time
}

// Service is the issuance domain: every rule lives here; the store keeps
// rows and the transaction manager sends.
type Service struct {
	cfg      Config
	decimals sync.Map // payment token → uint8: an ERC-20 never changes its decimals
}

// NewService checks cfg.
func NewService(cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Chain == nil || cfg.Tx == nil || cfg.TxLookup == nil || cfg.Index == nil || cfg.Deployments == nil || cfg.Keys == nil || cfg.Rules == nil {
		return nil, errors.New("issuance: Store, Chain, Tx, TxLookup, Index, Deployments, Keys and Rules are required")
	}
	if cfg.ChainID == nil || cfg.ChainID.Sign() <= 0 {
		return nil, errors.New("issuance: ChainID is required")
	}
	if cfg.Registry == (common.Address{}) || cfg.Distributor == (common.Address{}) {
		return nil, errors.New("issuance: Registry and Distributor are required")
	}
	if cfg.MaxDocumentBytes <= 0 {
		cfg.MaxDocumentBytes = 512 << 10
	}
	if cfg.ChainTimeout <= 0 {
		cfg.ChainTimeout = 2 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &Service{cfg: cfg}
	s.cfg.Deployments = feedRecords{DeploymentStore: cfg.Deployments, s: s}
	return s, nil
}

// ChainID is the chain the service issues on.
func (s *Service) ChainID() *big.Int { return s.cfg.ChainID }

// Signer is the address that deploys, mints and publishes distributions
// (which the asset's treasury pays, never the signer).
func (s *Service) Signer() common.Address { return s.cfg.Tx.From() }

func notFound(what, id string) error {
	return errs.E(errs.NotFound, what+"_not_found", fmt.Sprintf("no %s %s", what, id))
}

func wrapNotFound(err error, what, id string) error {
	if errors.Is(err, ErrNotFound) {
		return notFound(what, id)
	}
	return err
}

// call runs an eth_call against the latest block.
func (s *Service) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return s.callAt(ctx, to, data, nil)
}

// callAt is call at block number at (nil: the latest).
func (s *Service) callAt(ctx context.Context, to common.Address, data []byte, at *big.Int) ([]byte, error) {
	return s.cfg.Chain.CallContract(ctx, ethereum.CallMsg{From: s.cfg.Tx.From(), To: &to, Data: data}, at)
}

// send submits one chain write under key and waits for it to be mined.
// to nil creates a contract. A failed write is an error with the decoded
// revert.
func (s *Service) send(ctx context.Context, key string, to *common.Address, data []byte) (txmgr.Request, error) {
	if _, err := s.cfg.Tx.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: to, Data: data}); err != nil {
		return txmgr.Request{}, fmt.Errorf("submit %s: %w", key, err)
	}
	wctx, cancel := context.WithTimeout(ctx, s.cfg.ChainTimeout)
	defer cancel()
	r, err := s.cfg.Tx.Wait(wctx, key)
	if err != nil {
		return r, errs.Wrap(err, errs.Unavailable, "chain_timeout", "the chain did not confirm "+key+" in time; retry the same call")
	}
	if r.State == txmgr.Failed {
		return r, errs.E(errs.Unprocessable, "chain_write_failed", key+" failed on chain: "+r.Error)
	}
	return r, nil
}

// sendStep sends one step of a tokenization under key, as send does,
// except that a step whose last attempt failed on chain is attempted again
// under "<key>#<n>": calling Tokenize again after a failure resumes it,
// retrying what failed and never sending twice what succeeded or is still
// on its way.
func (s *Service) sendStep(ctx context.Context, key string, to *common.Address, data []byte) (txmgr.Request, error) {
	k := key
	for n := 2; ; n++ {
		r, err := s.cfg.TxLookup.Request(ctx, k)
		if errors.Is(err, txmgr.ErrNotFound) {
			break
		}
		if err != nil {
			return r, err
		}
		if r.State != txmgr.Failed {
			break
		}
		k = fmt.Sprintf("%s#%d", key, n)
	}
	return s.send(ctx, k, to, data)
}

// platform is what tokenizing deploys through, from the deployment
// records: the factory, the timelock every proxy's upgrader is, and the
// implementations the proxies point at.
type platform struct {
	factory  common.Address
	timelock common.Address
	impls    map[string]common.Address // by contract name
}

// platform reads the platform's records tokenizing a needs: all of them,
// the Dealing implementation only when a deals at NAV (a platform deployed
// before dealing existed tokenizes every other asset).
func (s *Service) platform(ctx context.Context, a Asset) (platform, error) {
	p := platform{impls: map[string]common.Address{}}
	read := func(name string) (common.Address, error) {
		d, err := s.cfg.Deployments.Deployment(ctx, s.cfg.ChainID, name)
		if errors.Is(err, chain.ErrNotDeployed) {
			return common.Address{}, errs.E(errs.Unavailable, "platform_not_deployed",
				"the platform's "+name+" is not deployed on this chain: deploy the platform before tokenizing")
		}
		return d.Address, err
	}
	var err error
	if p.factory, err = read("factory"); err != nil {
		return p, err
	}
	if p.timelock, err = read("timelock"); err != nil {
		return p, err
	}
	contracts := []string{"AssetToken", "ValuationFeed", "DeedToken"}
	if a.DealingPaymentToken != nil {
		contracts = append(contracts, "Dealing")
	}
	for _, c := range contracts {
		if p.impls[c], err = read("impl:" + c); err != nil {
			return p, err
		}
	}
	return p, nil
}

// deployProxy creates asset a's `role` contract ("token", "feed", "deed",
// "dealing") as an ERC1967Proxy over the platform's implementation of
// contract, initialized with initCall in the same transaction, through the
// factory with salt keccak256("tessera:asset:<id>:<role>"): the address is
// known before the transaction is sent and a resumed tokenization finds it.
func (s *Service) deployProxy(ctx context.Context, p platform, a Asset, role, contract string, initCall []byte) (common.Address, *types.Receipt, error) {
	key := "issuance:" + a.ID + ":" + role
	salt := create2.Salt("tessera:asset:" + a.ID + ":" + role)
	initCode := create2.ProxyInitCode(p.impls[contract], initCall)
	addr := create2.Predict(p.factory, s.cfg.Tx.From(), salt, initCode)
	// Recorded before it is sent, at the head it is sent from: from then
	// on no other asset can register this address as its own (register
	// refuses an address recorded for another asset), even while this
	// tokenization is under way or stuck. The record is completed with
	// the transaction once it is mined.
	if _, err := s.cfg.Deployments.Deployment(ctx, s.cfg.ChainID, key); errors.Is(err, chain.ErrNotDeployed) {
		head, err := s.cfg.Chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("read head: %w", err)
		}
		if err := s.cfg.Deployments.SaveDeployment(ctx, chain.Deployment{ChainID: s.cfg.ChainID, Name: key, Contract: contract,
			Address: addr, Block: head.Number.Uint64(), BlockHash: head.Hash()}); err != nil {
			return common.Address{}, nil, fmt.Errorf("record %s: %w", key, err)
		}
	} else if err != nil {
		return common.Address{}, nil, fmt.Errorf("read record %s: %w", key, err)
	}
	r, err := s.sendStep(ctx, key, &p.factory, factoryABI.PackDeploy(salt, initCode))
	if err != nil {
		return common.Address{}, nil, err
	}
	rc, err := s.cfg.Chain.TransactionReceipt(ctx, r.TxHash)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("receipt of %s: %w", key, err)
	}
	code, err := s.cfg.Chain.CodeAt(ctx, addr, nil)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("read the code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return common.Address{}, nil, fmt.Errorf("%s created no contract at %s", key, addr)
	}
	return addr, rc, nil
}

var factoryABI = tesserafactory.NewTesseraFactory()
