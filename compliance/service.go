package compliance

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
)

// Config holds the Service's dependencies.
type Config struct {
	Store    Store
	Chain    chain.Reader // eth_call and headers
	Tx       txmgr.Sender
	TxLookup txmgr.Lookup
	// Registry is the identity registry every token of this deployment reads.
	Registry common.Address
	// ChainID is the platform's chain: with Registry, the EIP-712 domain
	// of KYC attestations (nil: self-service onboarding is off).
	ChainID *big.Int
	// Keys resolves the principal behind a recorded actor, for four-eyes
	// decisions (postgres.APIKeyStore).
	Keys auth.Directory
	// Decoder explains reverts found while simulating a write; nil decodes
	// the registry's and the token's errors.
	Decoder *txmgr.Decoder
	Logger  *slog.Logger
	Now     func() time.Time // time.Now
	// ChallengeTTL is how long a proof-of-control challenge may be used (10 min).
	ChallengeTTL time.Duration
	// WaitTimeout bounds how long a call waits for its chain writes to be
	// mined before answering with their pending state (1 min).
	WaitTimeout time.Duration
}

// Service is the compliance module.
type Service struct {
	cfg     Config
	store   Store
	reg     *identityregistry.IdentityRegistry
	tok     *assettoken.AssetToken
	decoder *txmgr.Decoder
	log     *slog.Logger
	now     func() time.Time
}

// NewService checks cfg and returns the service.
func NewService(cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Chain == nil || cfg.Tx == nil || cfg.TxLookup == nil || cfg.Keys == nil {
		return nil, errors.New("compliance: Store, Chain, Tx, TxLookup and Keys are required")
	}
	if cfg.Registry == (common.Address{}) {
		return nil, errors.New("compliance: Registry is required")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.ChallengeTTL == 0 {
		cfg.ChallengeTTL = 10 * time.Minute
	}
	if cfg.WaitTimeout == 0 {
		cfg.WaitTimeout = time.Minute
	}
	reg, tok := identityregistry.NewIdentityRegistry(), assettoken.NewAssetToken()
	if cfg.Decoder == nil {
		ra, ta := reg.GetABI(), tok.GetABI()
		cfg.Decoder = txmgr.NewDecoder(&ra, &ta)
	}
	return &Service{cfg: cfg, store: cfg.Store, reg: reg, tok: tok, decoder: cfg.Decoder,
		log: cfg.Logger.With("component", "compliance"), now: cfg.Now}, nil
}

// Registry is the identity registry the service keeps in sync.
func (s *Service) Registry() common.Address { return s.cfg.Registry }

// TxStatus is the state of one chain write.
type TxStatus struct {
	Key    string
	To     common.Address
	Action string
	State  txmgr.State
	TxHash common.Hash
	Block  uint64
	Error  string
}

// write is one chain write the service wants.
type write struct {
	key    string
	to     common.Address
	data   []byte
	action string
	gas    uint64 // 0: estimated by the transaction manager
}

// simulate runs w as the signer would at the latest block, so a write the
// chain would refuse is refused before anything is stored.
func (s *Service) simulate(ctx context.Context, w write) error {
	from := s.cfg.Tx.From()
	_, err := s.cfg.Chain.CallContract(ctx, ethereum.CallMsg{From: from, To: &w.to, Data: w.data}, nil)
	if err == nil {
		return nil
	}
	data, isRevert := txmgr.RevertData(err)
	if !isRevert {
		return errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain could not be reached; try again")
	}
	rev := s.decoder.Decode(data)
	if rev.Name == "TransferRestricted" && len(rev.Args) == 1 {
		if code, ok := rev.Args[0].(uint8); ok {
			return errs.E(errs.Conflict, "transfer_restricted", fmt.Sprintf("the token refuses this %s: %s (0x%02X, %s)",
				w.action, Restriction(code).Message(), code, Restriction(code).Name()))
		}
	}
	return errs.E(errs.Conflict, "chain_refused", fmt.Sprintf("the chain refuses this %s: %s", w.action, rev))
}

// submit queues writes and waits (up to WaitTimeout) for them to be mined.
func (s *Service) submit(ctx context.Context, ws []write) ([]TxStatus, error) {
	for _, w := range ws {
		to := w.to
		if _, err := s.cfg.Tx.Submit(ctx, txmgr.Request{IdempotencyKey: w.key, To: &to, Data: w.data, GasLimit: w.gas}); err != nil {
			return nil, fmt.Errorf("compliance: submit %s: %w", w.key, err)
		}
	}
	wctx, cancel := context.WithTimeout(ctx, s.cfg.WaitTimeout)
	defer cancel()
	out := make([]TxStatus, len(ws))
	for i, w := range ws {
		r, err := s.cfg.Tx.Wait(wctx, w.key)
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			// Not mined within WaitTimeout: answer with where it stands.
			st, lerr := s.TxStatus(ctx, w.key)
			if lerr != nil {
				return nil, lerr
			}
			st.To, st.Action = w.to, w.action
			out[i] = st
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("compliance: wait %s: %w", w.key, err)
		}
		out[i] = TxStatus{Key: w.key, To: w.to, Action: w.action, State: r.State, TxHash: r.TxHash, Block: r.Block, Error: r.Error}
		if r.State == txmgr.Failed {
			s.log.Warn("chain write failed", "key", w.key, "error", r.Error)
		}
	}
	return out, nil
}

// TxStatus reports the chain write with idempotency key key.
func (s *Service) TxStatus(ctx context.Context, key string) (TxStatus, error) {
	r, err := s.cfg.TxLookup.Request(ctx, key)
	if errors.Is(err, txmgr.ErrNotFound) {
		return TxStatus{Key: key, State: txmgr.Unstarted}, nil
	}
	if err != nil {
		return TxStatus{}, err
	}
	st := TxStatus{Key: key, State: r.State, TxHash: r.TxHash, Block: r.Block, Error: r.Error}
	if r.To != nil {
		st.To = *r.To
	}
	return st, nil
}

// call runs a view call at block (nil: latest).
func (s *Service) call(ctx context.Context, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	out, err := s.cfg.Chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return nil, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain could not be read; try again")
	}
	return out, nil
}
