// Package devnet runs development networks: the in-process geth dev chain
// `tessera dev` uses, the anvil launcher the tests use, and the demo suite
// of contracts deployed on either. Production code never links it.
package devnet

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/internal/localport"
)

// DevChainID is the chain id of the in-process dev chain (geth --dev's).
const DevChainID = 1337

// DevChainConfig configures the in-process dev chain.
type DevChainConfig struct {
	// DataDir keeps the chain across restarts; empty keeps it in memory.
	DataDir string
	// Host and Port of the HTTP and WebSocket JSON-RPC endpoint (one port
	// serves both). Port 0 picks a free one.
	Host string
	Port int
	// BlockPeriod seals a block every period (whole seconds); 0 seals a
	// block as soon as a transaction arrives.
	BlockPeriod time.Duration
	// Accounts is how many funded dev accounts to create; 0 means 10.
	Accounts int
	// GasLimit per block; 0 means 60,000,000.
	GasLimit uint64
}

// DevChain is a go-ethereum node running in this process with a simulated
// beacon client, as `geth --dev` runs: a real execution client and JSON-RPC,
// with blocks produced on demand or on a timer.
type DevChain struct {
	Keys    []*ecdsa.PrivateKey // funded accounts
	ChainID *big.Int

	stack  *node.Node
	beacon *catalyst.SimulatedBeacon
	url    string
}

// DevKey returns the i-th dev key. Dev keys are derived from a fixed seed so
// that they are the same on every machine; never use them on a real network.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("tessera dev account %d", i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return key
}

// StartDevChain starts the dev chain and its RPC endpoint.
func StartDevChain(cfg DevChainConfig) (*DevChain, error) {
	if cfg.Accounts == 0 {
		cfg.Accounts = 10
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 60_000_000
	}
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.BlockPeriod != 0 && cfg.BlockPeriod < time.Second {
		return nil, errors.New("dev chain: the block period is in whole seconds (0 seals on every transaction)")
	}
	if cfg.Port == 0 {
		p, err := localport.Free()
		if err != nil {
			return nil, err
		}
		cfg.Port = p
	}
	dc := &DevChain{ChainID: big.NewInt(DevChainID)}
	for i := 0; i < cfg.Accounts; i++ {
		dc.Keys = append(dc.Keys, DevKey(i))
	}
	faucet := crypto.PubkeyToAddress(dc.Keys[0].PublicKey)
	genesis := core.DeveloperGenesisBlock(cfg.GasLimit, &faucet)
	genesis.Config.ChainID = big.NewInt(DevChainID)
	// geth's dev genesis also turns on forks still in development
	// (Amsterdam's storage gas makes a new slot cost ~98k gas): run the
	// rules mainnet runs, so gas seen on the dev chain is gas users pay.
	genesis.Config.AmsterdamTime, genesis.Config.BogotaTime, genesis.Config.UBTTime = nil, nil, nil
	// The deterministic deployment proxy, as anvil and public chains have
	// it: the factory and the libraries come through it.
	create2.Alloc(genesis.Alloc)
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for _, k := range dc.Keys[1:] {
		genesis.Alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), ether)}
	}

	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "tessera-dev"
	nodeCfg.DataDir = cfg.DataDir
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeCfg.HTTPHost, nodeCfg.HTTPPort = cfg.Host, cfg.Port
	nodeCfg.WSHost, nodeCfg.WSPort = cfg.Host, cfg.Port
	modules := []string{"eth", "net", "web3", "txpool", "debug", "dev"}
	nodeCfg.HTTPModules, nodeCfg.WSModules = modules, modules
	nodeCfg.HTTPCors = []string{"*"}
	nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeCfg.WSOrigins = []string{"*"}
	nodeCfg.KeyStoreDir = ""
	nodeCfg.UseLightweightKDF = true

	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = DevChainID
	ethCfg.Genesis = genesis
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.PendingFeeRecipient = faucet
	ethCfg.Miner.GasCeil = cfg.GasLimit
	ethCfg.TxPool.NoLocals = true
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	beacon, err := catalyst.NewSimulatedBeacon(uint64(cfg.BlockPeriod/time.Second), faucet, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		if strings.Contains(err.Error(), "address already in use") {
			return nil, fmt.Errorf("dev chain: port %d on %s is already in use: stop what uses it or pass another --rpc-port", cfg.Port, cfg.Host)
		}
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	dc.stack, dc.beacon = stack, beacon
	dc.url = stack.HTTPEndpoint()
	return dc, nil
}

// HTTPURL is the JSON-RPC endpoint over HTTP.
func (d *DevChain) HTTPURL() string { return d.url }

// WSURL is the JSON-RPC endpoint over WebSocket.
func (d *DevChain) WSURL() string { return d.stack.WSEndpoint() }

// Dial returns an ethclient talking to the chain in-process (no sockets).
func (d *DevChain) Dial() *ethclient.Client { return ethclient.NewClient(d.stack.Attach()) }

// Commit seals a block now, whatever the block period.
func (d *DevChain) Commit() common.Hash { return d.beacon.Commit() }

// Stop shuts the node down.
func (d *DevChain) Stop() error {
	if d == nil || d.stack == nil {
		return nil
	}
	err := d.stack.Close()
	d.stack = nil
	return err
}
