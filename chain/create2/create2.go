// Package create2 is how Tessera puts its contracts at predictable
// addresses: the well-known deterministic deployment proxy, which deploys
// TesseraFactory (and the libraries the contracts link) with salt 0 at the
// same address on every chain; TesseraFactory, which deploys with CREATE2
// under a salt bound to the caller (keccak256(abi.encode(deployer, salt))),
// so nobody can take another deployer's address and deployerOf(instance)
// names who created it; and the ERC-1967 proxies every long-lived contract
// sits behind, deployed through the factory with their initialize call in
// the constructor, so a proxy is never left uninitialized.
package create2

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/erc1967proxy"
	"github.com/tessera-rwa/tessera/bindings/identityregistryproxy"
	"github.com/tessera-rwa/tessera/bindings/tesserafactory"
	"github.com/tessera-rwa/tessera/contracts"
)

// DeterministicDeployer is the deterministic deployment proxy
// (github.com/Arachnid/deterministic-deployment-proxy): calldata salt ‖
// init code creates the init code with CREATE2 and returns its address.
// anvil has it from genesis; the dev chain puts it in its genesis alloc;
// public chains have it from its presigned deployment.
var DeterministicDeployer = common.HexToAddress("0x4e59b44847b379578588920ca78fbf26c0b4956c")

// DeterministicDeployerCode is the proxy's runtime code.
var DeterministicDeployerCode = common.FromHex("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3")

// ImplementationSlot is the ERC-1967 slot holding a proxy's implementation:
// keccak256("eip1967.proxy.implementation") - 1.
var ImplementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")

// Alloc adds the deterministic deployment proxy to a genesis alloc, for
// chains that start from one (the dev chain, simulated backends).
func Alloc(alloc types.GenesisAlloc) {
	alloc[DeterministicDeployer] = types.Account{Code: DeterministicDeployerCode, Balance: new(big.Int)}
}

// Address is the CREATE2 address of init code with hash initCodeHash
// created by creator with salt.
func Address(creator common.Address, salt [32]byte, initCodeHash common.Hash) common.Address {
	return crypto.CreateAddress2(creator, salt, initCodeHash[:])
}

// Deterministic is the address the deterministic deployment proxy gives
// initCode (with salt 0).
func Deterministic(initCode []byte) common.Address {
	return Address(DeterministicDeployer, [32]byte{}, crypto.Keccak256Hash(initCode))
}

// FactoryInitCode is TesseraFactory's creation code (it takes no arguments).
func FactoryInitCode() []byte { return common.FromHex(tesserafactory.TesseraFactoryMetaData.Bin) }

// Factory is TesseraFactory's address on every chain where it was deployed
// through the deterministic deployment proxy.
func Factory() common.Address { return Deterministic(FactoryInitCode()) }

// FactorySalt is the salt TesseraFactory creates with when deployer calls
// deploy(salt, …): keccak256(abi.encode(deployer, salt)).
func FactorySalt(deployer common.Address, salt [32]byte) [32]byte {
	return crypto.Keccak256Hash(common.LeftPadBytes(deployer[:], 32), salt[:])
}

// Predict is the address factory gives init code initCode deployed by
// deployer with salt: TesseraFactory.predict.
func Predict(factory, deployer common.Address, salt [32]byte, initCode []byte) common.Address {
	return Address(factory, FactorySalt(deployer, salt), crypto.Keccak256Hash(initCode))
}

// Salt is the salt of a name: keccak256(name). Tessera names its salts
// ("tessera:impl:AssetToken", "tessera:asset:<id>:token") so that a
// resumed deployment finds the address it was going to use.
func Salt(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// ProxyInitCode is the creation code of ERC1967Proxy(implementation,
// initCall): the proxy calls initCall on itself through the implementation
// while it is created.
func ProxyInitCode(implementation common.Address, initCall []byte) []byte {
	return append(common.FromHex(erc1967proxy.ERC1967ProxyMetaData.Bin), ProxyArgs(implementation, initCall)...)
}

// ProxyArgs are ERC1967Proxy's ABI-encoded constructor arguments, as a
// verifier asks for them.
func ProxyArgs(implementation common.Address, initCall []byte) []byte {
	args, err := proxyArgs.Pack(implementation, initCall)
	if err != nil {
		panic(err) // an address and bytes always pack
	}
	return args
}

// DeterministicData is the calldata that has the deterministic deployment
// proxy create initCode with salt 0.
func DeterministicData(initCode []byte) []byte { return append(make([]byte, 32), initCode...) }

// FactoryData is the calldata of TesseraFactory.deploy(salt, initCode).
func FactoryData(salt [32]byte, initCode []byte) []byte { return factoryABI.PackDeploy(salt, initCode) }

// ProxyInitCodeFor is the creation code of the proxy contract sits behind
// (contracts.ProxyOf), over implementation and initialized with initCall.
func ProxyInitCodeFor(contract string, implementation common.Address, initCall []byte) []byte {
	if contracts.ProxyOf(contract) == "IdentityRegistryProxy" {
		return append(common.FromHex(identityregistryproxy.IdentityRegistryProxyMetaData.Bin), ProxyArgs(implementation, initCall)...)
	}
	return ProxyInitCode(implementation, initCall)
}

var proxyArgs = abi.Arguments{{Type: mustType("address")}, {Type: mustType("bytes")}}

// ChecksRegistry reports whether contract's implementation is built for one
// identity registry (contracts.Artifact.TakesRegistry).
func ChecksRegistry(contract string) bool {
	a, err := contracts.Load(contract)
	return err == nil && a.TakesRegistry()
}

// ImplementationInitCode is the creation code of contract's implementation
// (an artifact name, libraries linked) on a platform whose identity
// registry is registry: AssetToken's takes the registry as its constructor
// argument, the other implementations take none (registry is then ignored).
func ImplementationInitCode(contract string, registry common.Address) ([]byte, error) {
	art, err := contracts.Load(contract)
	if err != nil {
		return nil, err
	}
	return ImplementationCode(art, registry)
}

// ImplementationCode is art's creation code with its constructor's
// argument: the registry for an implementation built for one, none else.
func ImplementationCode(art contracts.Artifact, registry common.Address) ([]byte, error) {
	if !art.TakesRegistry() {
		return art.Creation, nil
	}
	if registry == (common.Address{}) {
		return nil, fmt.Errorf("the %s implementation is built for one identity registry: none was given", art.Name)
	}
	return append(bytes.Clone(art.Creation), common.LeftPadBytes(registry[:], 32)...), nil
}

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}

// StateReader is what reading a proxy needs from a node.
type StateReader interface {
	StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error)
}

// Implementation reads the ERC-1967 implementation slot of proxy.
func Implementation(ctx context.Context, r StateReader, proxy common.Address) (common.Address, error) {
	word, err := r.StorageAt(ctx, proxy, ImplementationSlot, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("read the implementation of %s: %w", proxy, err)
	}
	return common.BytesToAddress(word), nil
}

var factoryABI = tesserafactory.NewTesseraFactory()
