// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokencold

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AssetTokenColdMetaData contains all meta data concerning the AssetTokenCold contract.
var AssetTokenColdMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AssetTokenCold",
	Bin: "0x61236b610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061021e575f3560e01c806399f644f61161012a578063c69c09cf116100b4578063db20a5b511610084578063db20a5b514610569578063e4fee3b914610588578063e5839836146105a7578063ebe45cba146105ba578063f652b755146105d9575f5ffd5b8063c69c09cf146104f4578063d2e09b0a14610513578063d7e64c0014610532578063d911800a1461053a575f5ffd5b8063b86b38fe116100fa578063b86b38fe1461049e578063bc99cc37146104a6578063bd79c7ef146104ae578063bd8af8fd146104cd578063c2f1e6bd146104ec575f5ffd5b806399f644f61461042e5780639d51d9b714610441578063b586dc1914610460578063b6a3f59a1461047f575f5ffd5b80635b5ba2fd116101ab57806373ad468a1161017b57806373ad468a146103e857806382c8e52f146103f05780638456cb591461040a57806386a82c941461041e5780638f770ad014610426575f5ffd5b80635b5ba2fd146103845780635c975abb146103b35780636290865d146103bb5780636da398b3146103d5575f5ffd5b80631a7af379116101f15780631a7af379146102c05780631fe56f7d146102df5780632a45df11146102fe5780633f4ba83a146103405780635a46d3b514610354575f5ffd5b80630a6df89714610222578063125c4a3314610243578063150b7a0214610262578063158b1a571461029f575b5f5ffd5b81801561022d575f5ffd5b5061024161023c366004611eae565b6105e1565b005b81801561024e575f5ffd5b5061024161025d366004611ee5565b610665565b81801561026d575f5ffd5b5061028161027c366004611f0f565b61073a565b6040516001600160e01b031990911681526020015b60405180910390f35b6102b26102ad366004611fa6565b6107f0565b604051908152602001610296565b8180156102cb575f5ffd5b506102416102da366004612008565b61082e565b8180156102ea575f5ffd5b506102416102f9366004611ee5565b6108cf565b610306610967565b604080516001600160a01b0390951685526001600160401b03909316602085015260ff909116918301919091526060820152608001610296565b81801561034b575f5ffd5b506102416109b0565b610367610362366004611fa6565b610a22565b604080519283526001600160401b03909116602083015201610296565b81801561038f575f5ffd5b506103a361039e366004612072565b610a99565b6040519015158152602001610296565b6103a3610ef5565b305b6040516001600160a01b039091168152602001610296565b6103a36103e33660046120b0565b610f09565b6102b2610f28565b6103f8610f44565b60405160ff9091168152602001610296565b818015610415575f5ffd5b50610241610f57565b6102b2610fc2565b6102b2610fd4565b6103a361043c3660046120c7565b610fea565b81801561044c575f5ffd5b5061024161045b3660046120b0565b611032565b81801561046b575f5ffd5b5061024161047a366004611fa6565b6110ca565b81801561048a575f5ffd5b506102416104993660046120b0565b61122d565b6103a361130e565b6102b2611319565b8180156104b9575f5ffd5b506102416104c83660046120f5565b611329565b8180156104d8575f5ffd5b506102416104e7366004612110565b61139e565b6103bd6114a4565b8180156104ff575f5ffd5b5061024161050e366004612162565b6114bf565b81801561051e575f5ffd5b5061024161052d3660046121ae565b6114e3565b6102b261154d565b61054261155d565b604080516001600160a01b0390931683526001600160401b03909116602083015201610296565b818015610574575f5ffd5b506102416105833660046121dd565b61159b565b818015610593575f5ffd5b506102416105a2366004612210565b61164f565b6103a36105b5366004611fa6565b611815565b8180156105c5575f5ffd5b506103a36105d4366004611ee5565b611853565b6103a36118a5565b6105f75f5160206122f65f395f51905f526118d5565b69ffffffff000000000000603082901b1669ffffffff0000000000001961061c611962565b541617610627611962565b5560405163ffffffff821681527f0de3b656191db95f0ae3b33d959531021110a9da5b819655d9d13a57496144ad906020015b60405180910390a150565b61067b5f5160206123165f395f51905f526118d5565b5f6001600160801b0361068c611962565b6001600160a01b0385165f90815260039190910160205260408120549190911691506106b8838361226e565b90505f6001600160601b036106cb611962565b6001600160a01b0387165f9081526002919091016020526040902054169050808211156107295760405163f0d8212b60e01b81526001600160a01b038616600482015260248101839052604481018290526064015b60405180910390fd5b6107338583611986565b5050505050565b5f5f610744611962565b600701546001600160a01b031690508015806107695750336001600160a01b03821614155b8061077f5750610777611962565b600801548514155b156107a65760405163853a50cb60e01b815233600482015260248101869052604401610720565b6040516001600160a01b03871690869033907f65b9b6800269c1d914567df9d066fabc775c2ad11e29e2892d42fb99b98c58d0905f90a450630a85bd0160e11b9695505050505050565b5f6001600160801b03610801611962565b6003015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b6108445f5160206123165f395f51905f526118d5565b828114610867576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610733576108c785858381811061088657610886612281565b905060200201602081019061089b9190611fa6565b8484848181106108ad576108ad612281565b90506020020160208101906108c291906120f5565b611b45565b600101610869565b6108e55f5160206123165f395f51905f526118d5565b5f6001600160801b036108f6611962565b6001600160a01b0385165f90815260039190910160205260409020541690508082111561094f5760405163e0dfe97f60e01b81526001600160a01b03841660048201526024810182905260448101839052606401610720565b6109628361095d8484612295565b611986565b505050565b5f5f5f5f5f610974611962565b6009810154600a909101546001600160a01b03821697600160a01b83046001600160401b03169750600160e01b90920460ff1695509350915050565b6109d97f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6118d5565b6001196109e4611962565b80549190911690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b5f5f5f64ffffffffff60c0610a35611962565b6001600160a01b0387165f9081526002919091016020526040902054901c169050428111610a6857505f93849350915050565b6080610a72611962565b6001600160a01b039095165f90815260039590950160205260409094205490931c93915050565b5f610ab05f5160206123165f395f51905f526118d5565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610aed573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b1191906122a8565b90505f610b1c611962565b9050846001600160a01b0316866001600160a01b031603610b50576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0386165f908152600282016020526040812054906001600160601b03821690819003610ba1576040516386d9d03560e01b81526001600160a01b0389166004820152602401610720565b851580610c1757506040516309b2c94960e41b81526001600160a01b038981166004830152879190861690639b2c949090602401602060405180830381865afa158015610bf0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c1491906122c3565b14155b15610c4757604051633419fc5160e21b81526001600160a01b038916600482015260248101879052604401610720565b604051634dffeb6960e01b81526001600160a01b038881166004830152879190861690634dffeb6990602401602060405180830381865afa158015610c8e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cb291906122c3565b14610ce257604051633419fc5160e21b81526001600160a01b038816600482015260248101879052604401610720565b604051633465d6d560e01b81526001600160a01b0388811660048301525f9190861690633465d6d590602401602060405180830381865afa158015610d29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d4d91906122c3565b9050600160ff1b81161580610d6f57504260b082901c6001600160401b031611155b15610d905760405163e18ca2b960e01b815260546004820152602401610720565b6001600160a01b0388165f908152600285016020526040812054610dc4908b908b908790610dbf90889061226e565b611be1565b9050600160e81b841615801590610ddf5750600160e81b8116155b15610e2757604051600160e81b919091179033906001906001600160a01b038c16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b03808b165f81815260028801602052604080822071010000000000ffffffffffffffffffffffff60601b89169055928c168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90610e9a9087815260200190565b60405180910390a387896001600160a01b03168b6001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a4600196505050505050505b9392505050565b5f6001610f00611962565b54161515919050565b5f610f12611962565b5f92835260050160205250604090205460ff1690565b5f6001600160601b036050610f3b611962565b54901c16919050565b5f6008610f4f611962565b54901c919050565b610f807f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6118d5565b6001610f8a611962565b80549190911790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610a18565b5f610fcb611962565b60080154905090565b5f6080610fdf611962565b60010154901c905090565b5f6002610ff5611962565b5416158061102c575060ff821661100a611962565b60ff600885901c165f90815260049190910160205260409020546001911c1615155b92915050565b6110485f5160206122f65f395f51905f526118d5565b6001600160601b038111156110705760405163162908e360e11b815260040160405180910390fd5b605081901b6bffffffffffffffffffffffff60501b1961108e611962565b541617611099611962565b556040518181527f82f9980487703d8db41f1ba63b2665566f7fb449fbc840a9e0c6ca932bed582c9060200161065a565b6110d35f6118d5565b5f6110dc611962565b600701546001600160a01b031690505f6110f4611962565b6008015490506001600160a01b0382166111215760405163c1ffbfc160e01b815260040160405180910390fd5b61112c308383611e0f565b61114957604051635dbdcfb160e01b815260040160405180910390fd5b5f6001600160801b0361115a611962565b60010154169050801561118357604051630cddcbb560e31b815260048101829052602401610720565b604051632142170760e11b81523060048201526001600160a01b038581166024830152604482018490528416906342842e0e906064015f604051808303815f87803b1580156111d0575f5ffd5b505af11580156111e2573d5f5f3e3d5ffd5b50505050836001600160a01b031682846001600160a01b03167fe8383670d8496f6387cd90d87d2c260167c678257468a7230d4f233196f3d7e760405160405180910390a450505050565b6112365f6118d5565b5f61123f611962565b600101549050608081901c1561126e57604051637c03277b60e11b8152608082901c6004820152602401610720565b81158061128157506001600160601b0382115b8061129457506001600160801b03811682105b156112c45760405163051bc06760e11b8152600481018390526001600160801b0382166024820152604401610720565b608082901b81176112d3611962565b600101556040518281527fbc585eed6f54aa16ec292be93276937803d5a047ba4eded0c87779270bbfdfe69060200160405180910390a15050565b5f6002610f00611962565b5f63ffffffff6030610f3b611962565b61133f5f5160206122f65f395f51905f526118d5565b806113565760021961134f611962565b5416611363565b6002611360611962565b54175b61136b611962565b5560405181151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d9060200161065a565b6113b45f5160206122f65f395f51905f526118d5565b5f5b8281101561149e575f8484838181106113d1576113d1612281565b90506020020160208101906113e691906120c7565b9050600160ff82161b5f6113f8611962565b60ff600885901c165f90815260049190910160205260409020549050846114225781198116611426565b8181175b61142e611962565b6004015f60088661ffff16901c61ffff1681526020019081526020015f20819055508261ffff167f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa86604051611488911515815260200190565b60405180910390a25050508060010190506113b6565b50505050565b5f6114ad611962565b600701546001600160a01b0316919050565b6114d55f5160206123165f395f51905f526118d5565b6114df8282611b45565b5050565b6114f95f5160206122f65f395f51905f526118d5565b61ff00600882901b1661ff001961150e611962565b541617611519611962565b5560405160ff821681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b09060200161065a565b5f63ffffffff6010610f3b611962565b5f5f611567611962565b600601546001600160a01b031661157c611962565b60060160149054906101000a90046001600160401b0316915091509091565b6115b15f5160206122f65f395f51905f526118d5565b816115ba611962565b60060180546001600160a01b0319166001600160a01b0392909216919091179055806115e4611962565b600601805467ffffffffffffffff60a01b1916600160a01b6001600160401b039384160217905560405190821681526001600160a01b038316907f0a44a61eac3383cba7c7b70ae3fe66e98e7e4873961640b819fba0ffab22215d9060200160405180910390a25050565b6116655f5160206122f65f395f51905f526118d5565b5f61166e611962565b90505f6001600160a01b038616156116e5576001600160a01b0386163b158061169e57506001600160401b038516155b806116ac5750600260ff8516115b806116c6575060ff8416156116c25782156116c6565b8215155b806116e0575060ff841660011480156116e0575061271083115b611708565b6001600160401b0385161515806116fe575060ff841615155b8061170857508215155b9050801561175357604051638cb6bfeb60e01b81526001600160a01b03871660048201526001600160401b038616602482015260ff8516604482015260648101849052608401610720565b6001600160a01b0386161561176c578154600417611773565b8154600419165b82556009820180546001600160a01b0388166001600160e01b03199091168117600160a01b6001600160401b0389169081029190911760ff60e01b1916600160e01b60ff891690810291909117909355600a8501869055604080519182526020820193909352918201859052907f40f1fe4368329880882d8c79d02d0afaffb7f2266cad307a2281e077a8de47569060600160405180910390a2505050505050565b5f600160e81b611823611962565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054165f14159050919050565b5f61186a5f5160206123165f395f51905f526118d5565b6001600160801b038211156118925760405163162908e360e11b815260040160405180910390fd5b61189c8383611986565b50600192915050565b5f6118d0306118b2611962565b600701546001600160a01b03166118c7611962565b60080154611e0f565b905090565b604051632474521560e21b81526004810182905233602482015230906391d1485490604401602060405180830381865afa158015611915573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061193991906122da565b61195f5760405163e2517d3f60e01b815233600482015260248101829052604401610720565b50565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b5f61198f611962565b6001600160a01b0384165f908152600391909101602052604090205490506001600160801b0381166fffffffffffffffffffffffffffffffff19821683176119d5611962565b6001600160a01b0386165f90815260039190910160205260408120919091556119fc611962565b6001600160a01b0386165f908152600291909101602052604090205490508315611a2c57600160e91b8117611a35565b600160e91b1981165b611a3d611962565b6001600160a01b0387165f908152600291909101602052604090205581841115611aac576001600160a01b0385167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45611a968487612295565b60405190815260200160405180910390a2611afb565b81841015611afb576001600160a01b0385167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6611ae98685612295565b60405190815260200160405180910390a25b846001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e785604051611b3691815260200190565b60405180910390a25050505050565b5f611b4e611962565b6001600160a01b0384165f9081526002919091016020526040902054905081611b7e57600160e81b198116611b86565b600160e81b81175b611b8e611962565b6001600160a01b0385165f818152600292909201602052604080832093909355915133928515159290917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a4505050565b5f5f611beb611962565b6001600160a01b038088165f9081526003830160205260408082205492891682528120549293509091906001600160801b038084169190611c2f908390851661226e565b90506001600160801b03811115611c4a57506001600160801b035b8015611c5a57600160e91b871796505b60c087901c64ffffffffff165f428211611c74575f611c7a565b608085901c5b905060c08a901c64ffffffffff1642811115611cbe57611c9e608088901c8361226e565b915082811115611cbe5764ffffffffff60c01b199990991660c08a901b17985b6001600160a01b03808e165f90815260038a016020526040808220829055918e16815220608083901b851790558415611dfe578c6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d686604051611d2c91815260200190565b60405180910390a28c6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e75f604051611d6f91815260200190565b60405180910390a28b6001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a4586604051611db291815260200190565b60405180910390a28b6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e785604051611df591815260200190565b60405180910390a25b50979b9a5050505050505050505050565b5f6001600160a01b038316611e2557505f610eee565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa925050508015611e86575060408051601f3d908101601f19168201909252611e83918101906122a8565b60015b611e9157505f610eee565b846001600160a01b0316816001600160a01b031614915050610eee565b5f60208284031215611ebe575f5ffd5b813563ffffffff81168114610eee575f5ffd5b6001600160a01b038116811461195f575f5ffd5b5f5f60408385031215611ef6575f5ffd5b8235611f0181611ed1565b946020939093013593505050565b5f5f5f5f5f60808688031215611f23575f5ffd5b8535611f2e81611ed1565b94506020860135611f3e81611ed1565b93506040860135925060608601356001600160401b03811115611f5f575f5ffd5b8601601f81018813611f6f575f5ffd5b80356001600160401b03811115611f84575f5ffd5b886020828401011115611f95575f5ffd5b959894975092955050506020019190565b5f60208284031215611fb6575f5ffd5b8135610eee81611ed1565b5f5f83601f840112611fd1575f5ffd5b5081356001600160401b03811115611fe7575f5ffd5b6020830191508360208260051b8501011115612001575f5ffd5b9250929050565b5f5f5f5f6040858703121561201b575f5ffd5b84356001600160401b03811115612030575f5ffd5b61203c87828801611fc1565b90955093505060208501356001600160401b0381111561205a575f5ffd5b61206687828801611fc1565b95989497509550505050565b5f5f5f60608486031215612084575f5ffd5b833561208f81611ed1565b9250602084013561209f81611ed1565b929592945050506040919091013590565b5f602082840312156120c0575f5ffd5b5035919050565b5f602082840312156120d7575f5ffd5b813561ffff81168114610eee575f5ffd5b801515811461195f575f5ffd5b5f60208284031215612105575f5ffd5b8135610eee816120e8565b5f5f5f60408486031215612122575f5ffd5b83356001600160401b03811115612137575f5ffd5b61214386828701611fc1565b9094509250506020840135612157816120e8565b809150509250925092565b5f5f60408385031215612173575f5ffd5b823561217e81611ed1565b9150602083013561218e816120e8565b809150509250929050565b803560ff811681146121a9575f5ffd5b919050565b5f602082840312156121be575f5ffd5b610eee82612199565b80356001600160401b03811681146121a9575f5ffd5b5f5f604083850312156121ee575f5ffd5b82356121f981611ed1565b9150612207602084016121c7565b90509250929050565b5f5f5f5f60808587031215612223575f5ffd5b843561222e81611ed1565b935061223c602086016121c7565b925061224a60408601612199565b9396929550929360600135925050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561102c5761102c61225a565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561102c5761102c61225a565b5f602082840312156122b8575f5ffd5b8151610eee81611ed1565b5f602082840312156122d3575f5ffd5b5051919050565b5f602082840312156122ea575f5ffd5b8151610eee816120e856fe6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c76cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709a2646970667358221220ecee2cd15269055902a167e17ea5a5b81591c42f4438356dcba10d5487cf0ff064736f6c63430008250033",
}

// AssetTokenCold is an auto generated Go binding around an Ethereum contract.
type AssetTokenCold struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenCold) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenCold creates a new instance of AssetTokenCold.
func NewAssetTokenCold() *AssetTokenCold {
	parsed, err := AssetTokenColdMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenCold{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenCold) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6290865d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compliance() view returns(address)
func (assetTokenCold *AssetTokenCold) PackCompliance() []byte {
	enc, err := assetTokenCold.abi.Pack("compliance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6290865d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compliance() view returns(address)
func (assetTokenCold *AssetTokenCold) TryPackCompliance() ([]byte, error) {
	return assetTokenCold.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (assetTokenCold *AssetTokenCold) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := assetTokenCold.abi.Unpack("compliance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCountryRestricted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb86b38fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenCold *AssetTokenCold) PackCountryRestricted() []byte {
	enc, err := assetTokenCold.abi.Pack("countryRestricted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountryRestricted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb86b38fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackCountryRestricted() ([]byte, error) {
	return assetTokenCold.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("countryRestricted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1e6bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deed() view returns(address)
func (assetTokenCold *AssetTokenCold) PackDeed() []byte {
	enc, err := assetTokenCold.abi.Pack("deed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1e6bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deed() view returns(address)
func (assetTokenCold *AssetTokenCold) TryPackDeed() ([]byte, error) {
	return assetTokenCold.abi.Pack("deed")
}

// UnpackDeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1e6bd.
//
// Solidity: function deed() view returns(address)
func (assetTokenCold *AssetTokenCold) UnpackDeed(data []byte) (common.Address, error) {
	out, err := assetTokenCold.abi.Unpack("deed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a82c94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deedId() view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackDeedId() []byte {
	enc, err := assetTokenCold.abi.Pack("deedId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a82c94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deedId() view returns(uint256)
func (assetTokenCold *AssetTokenCold) TryPackDeedId() ([]byte, error) {
	return assetTokenCold.abi.Pack("deedId")
}

// UnpackDeedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a82c94.
//
// Solidity: function deedId() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackDeedId(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("deedId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeedLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf652b755.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deedLocked() view returns(bool)
func (assetTokenCold *AssetTokenCold) PackDeedLocked() []byte {
	enc, err := assetTokenCold.abi.Pack("deedLocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeedLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf652b755.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deedLocked() view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackDeedLocked() ([]byte, error) {
	return assetTokenCold.abi.Pack("deedLocked")
}

// UnpackDeedLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf652b755.
//
// Solidity: function deedLocked() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackDeedLocked(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("deedLocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("getFrozenTokens", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenCold *AssetTokenCold) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInvestorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e64c00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackInvestorCount() []byte {
	enc, err := assetTokenCold.abi.Pack("investorCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e64c00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenCold *AssetTokenCold) TryPackInvestorCount() ([]byte, error) {
	return assetTokenCold.abi.Pack("investorCount")
}

// UnpackInvestorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e64c00.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackInvestorCount(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("investorCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsCountryAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99f644f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenCold *AssetTokenCold) PackIsCountryAllowed(country uint16) []byte {
	enc, err := assetTokenCold.abi.Pack("isCountryAllowed", country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCountryAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99f644f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return assetTokenCold.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isCountryAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetTokenCold *AssetTokenCold) PackIsFrozen(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("isFrozen", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRequestProcessed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da398b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetTokenCold *AssetTokenCold) PackIsRequestProcessed(requestId [32]byte) []byte {
	enc, err := assetTokenCold.abi.Pack("isRequestProcessed", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRequestProcessed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da398b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackIsRequestProcessed(requestId [32]byte) ([]byte, error) {
	return assetTokenCold.abi.Pack("isRequestProcessed", requestId)
}

// UnpackIsRequestProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da398b3.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsRequestProcessed(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isRequestProcessed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a46d3b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockOf(address account) view returns(uint256 amount, uint64 lockedUntil)
func (assetTokenCold *AssetTokenCold) PackLockOf(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("lockOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a46d3b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockOf(address account) view returns(uint256 amount, uint64 lockedUntil)
func (assetTokenCold *AssetTokenCold) TryPackLockOf(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("lockOf", account)
}

// LockOfOutput serves as a container for the return parameters of contract
// method LockOf.
type LockOfOutput struct {
	Amount      *big.Int
	LockedUntil uint64
}

// UnpackLockOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a46d3b5.
//
// Solidity: function lockOf(address account) view returns(uint256 amount, uint64 lockedUntil)
func (assetTokenCold *AssetTokenCold) UnpackLockOf(data []byte) (LockOfOutput, error) {
	out, err := assetTokenCold.abi.Unpack("lockOf", data)
	outstruct := new(LockOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LockedUntil = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ad468a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackMaxBalance() []byte {
	enc, err := assetTokenCold.abi.Pack("maxBalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ad468a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenCold *AssetTokenCold) TryPackMaxBalance() ([]byte, error) {
	return assetTokenCold.abi.Pack("maxBalance")
}

// UnpackMaxBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73ad468a.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackMaxBalance(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("maxBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc99cc37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackMaxInvestors() []byte {
	enc, err := assetTokenCold.abi.Pack("maxInvestors")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc99cc37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenCold *AssetTokenCold) TryPackMaxInvestors() ([]byte, error) {
	return assetTokenCold.abi.Pack("maxInvestors")
}

// UnpackMaxInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc99cc37.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackMaxInvestors(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("maxInvestors", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (assetTokenCold *AssetTokenCold) PackPaused() []byte {
	enc, err := assetTokenCold.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackPaused() ([]byte, error) {
	return assetTokenCold.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackPaused(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenCold *AssetTokenCold) PackRequiredFlags() []byte {
	enc, err := assetTokenCold.abi.Pack("requiredFlags")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenCold *AssetTokenCold) TryPackRequiredFlags() ([]byte, error) {
	return assetTokenCold.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenCold *AssetTokenCold) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := assetTokenCold.abi.Unpack("requiredFlags", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a45df11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveGuard() view returns(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenCold *AssetTokenCold) PackReserveGuard() []byte {
	enc, err := assetTokenCold.abi.Pack("reserveGuard")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a45df11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveGuard() view returns(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenCold *AssetTokenCold) TryPackReserveGuard() ([]byte, error) {
	return assetTokenCold.abi.Pack("reserveGuard")
}

// ReserveGuardOutput serves as a container for the return parameters of contract
// method ReserveGuard.
type ReserveGuardOutput struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
}

// UnpackReserveGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a45df11.
//
// Solidity: function reserveGuard() view returns(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenCold *AssetTokenCold) UnpackReserveGuard(data []byte) (ReserveGuardOutput, error) {
	out, err := assetTokenCold.abi.Unpack("reserveGuard", data)
	outstruct := new(ReserveGuardOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Feed = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.MaxAge = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.MarginMode = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Margin = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackSupplyCap() []byte {
	enc, err := assetTokenCold.abi.Pack("supplyCap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenCold *AssetTokenCold) TryPackSupplyCap() ([]byte, error) {
	return assetTokenCold.abi.Pack("supplyCap")
}

// UnpackSupplyCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f770ad0.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackSupplyCap(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("supplyCap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetTokenCold *AssetTokenCold) PackValuationGuard() []byte {
	enc, err := assetTokenCold.abi.Pack("valuationGuard")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetTokenCold *AssetTokenCold) TryPackValuationGuard() ([]byte, error) {
	return assetTokenCold.abi.Pack("valuationGuard")
}

// ValuationGuardOutput serves as a container for the return parameters of contract
// method ValuationGuard.
type ValuationGuardOutput struct {
	Feed   common.Address
	MaxAge uint64
}

// UnpackValuationGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd911800a.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetTokenCold *AssetTokenCold) UnpackValuationGuard(data []byte) (ValuationGuardOutput, error) {
	out, err := assetTokenCold.abi.Unpack("valuationGuard", data)
	outstruct := new(ValuationGuardOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Feed = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.MaxAge = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// AssetTokenColdAddressFrozen represents a AddressFrozen event raised by the AssetTokenCold contract.
type AssetTokenColdAddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdAddressFrozen) ContractEventName() string {
	return AssetTokenColdAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (assetTokenCold *AssetTokenCold) UnpackAddressFrozenEvent(log *types.Log) (*AssetTokenColdAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdAddressFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdCountryAllowed represents a CountryAllowed event raised by the AssetTokenCold contract.
type AssetTokenColdCountryAllowed struct {
	Country uint16
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCountryAllowedEventName = "CountryAllowed"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCountryAllowed) ContractEventName() string {
	return AssetTokenColdCountryAllowedEventName
}

// UnpackCountryAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryAllowed(uint16 indexed country, bool allowed)
func (assetTokenCold *AssetTokenCold) UnpackCountryAllowedEvent(log *types.Log) (*AssetTokenColdCountryAllowed, error) {
	event := "CountryAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCountryAllowed)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdCountryRestrictionSet represents a CountryRestrictionSet event raised by the AssetTokenCold contract.
type AssetTokenColdCountryRestrictionSet struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCountryRestrictionSetEventName = "CountryRestrictionSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCountryRestrictionSet) ContractEventName() string {
	return AssetTokenColdCountryRestrictionSetEventName
}

// UnpackCountryRestrictionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryRestrictionSet(bool enabled)
func (assetTokenCold *AssetTokenCold) UnpackCountryRestrictionSetEvent(log *types.Log) (*AssetTokenColdCountryRestrictionSet, error) {
	event := "CountryRestrictionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCountryRestrictionSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdDeedLocked represents a DeedLocked event raised by the AssetTokenCold contract.
type AssetTokenColdDeedLocked struct {
	Deed   common.Address
	DeedId *big.Int
	From   common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdDeedLockedEventName = "DeedLocked"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdDeedLocked) ContractEventName() string {
	return AssetTokenColdDeedLockedEventName
}

// UnpackDeedLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedLocked(address indexed deed, uint256 indexed deedId, address indexed from)
func (assetTokenCold *AssetTokenCold) UnpackDeedLockedEvent(log *types.Log) (*AssetTokenColdDeedLocked, error) {
	event := "DeedLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdDeedLocked)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdDeedReleased represents a DeedReleased event raised by the AssetTokenCold contract.
type AssetTokenColdDeedReleased struct {
	Deed   common.Address
	DeedId *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdDeedReleasedEventName = "DeedReleased"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdDeedReleased) ContractEventName() string {
	return AssetTokenColdDeedReleasedEventName
}

// UnpackDeedReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedReleased(address indexed deed, uint256 indexed deedId, address indexed to)
func (assetTokenCold *AssetTokenCold) UnpackDeedReleasedEvent(log *types.Log) (*AssetTokenColdDeedReleased, error) {
	event := "DeedReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdDeedReleased)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdFrozen represents a Frozen event raised by the AssetTokenCold contract.
type AssetTokenColdFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdFrozen) ContractEventName() string {
	return AssetTokenColdFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackFrozenEvent(log *types.Log) (*AssetTokenColdFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdMaxBalanceSet represents a MaxBalanceSet event raised by the AssetTokenCold contract.
type AssetTokenColdMaxBalanceSet struct {
	MaxBalance *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdMaxBalanceSetEventName = "MaxBalanceSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdMaxBalanceSet) ContractEventName() string {
	return AssetTokenColdMaxBalanceSetEventName
}

// UnpackMaxBalanceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBalanceSet(uint256 maxBalance)
func (assetTokenCold *AssetTokenCold) UnpackMaxBalanceSetEvent(log *types.Log) (*AssetTokenColdMaxBalanceSet, error) {
	event := "MaxBalanceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdMaxBalanceSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdMaxInvestorsSet represents a MaxInvestorsSet event raised by the AssetTokenCold contract.
type AssetTokenColdMaxInvestorsSet struct {
	MaxInvestors *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdMaxInvestorsSetEventName = "MaxInvestorsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdMaxInvestorsSet) ContractEventName() string {
	return AssetTokenColdMaxInvestorsSetEventName
}

// UnpackMaxInvestorsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxInvestorsSet(uint256 maxInvestors)
func (assetTokenCold *AssetTokenCold) UnpackMaxInvestorsSetEvent(log *types.Log) (*AssetTokenColdMaxInvestorsSet, error) {
	event := "MaxInvestorsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdMaxInvestorsSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdPaused represents a Paused event raised by the AssetTokenCold contract.
type AssetTokenColdPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdPaused) ContractEventName() string {
	return AssetTokenColdPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (assetTokenCold *AssetTokenCold) UnpackPausedEvent(log *types.Log) (*AssetTokenColdPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdPaused)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdRecoverySuccess represents a RecoverySuccess event raised by the AssetTokenCold contract.
type AssetTokenColdRecoverySuccess struct {
	LostWallet common.Address
	NewWallet  common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdRecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdRecoverySuccess) ContractEventName() string {
	return AssetTokenColdRecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId)
func (assetTokenCold *AssetTokenCold) UnpackRecoverySuccessEvent(log *types.Log) (*AssetTokenColdRecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdRecoverySuccess)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdRequiredFlagsSet represents a RequiredFlagsSet event raised by the AssetTokenCold contract.
type AssetTokenColdRequiredFlagsSet struct {
	Flags uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdRequiredFlagsSetEventName = "RequiredFlagsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdRequiredFlagsSet) ContractEventName() string {
	return AssetTokenColdRequiredFlagsSetEventName
}

// UnpackRequiredFlagsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredFlagsSet(uint8 flags)
func (assetTokenCold *AssetTokenCold) UnpackRequiredFlagsSetEvent(log *types.Log) (*AssetTokenColdRequiredFlagsSet, error) {
	event := "RequiredFlagsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdRequiredFlagsSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdReserveGuardSet represents a ReserveGuardSet event raised by the AssetTokenCold contract.
type AssetTokenColdReserveGuardSet struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdReserveGuardSetEventName = "ReserveGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdReserveGuardSet) ContractEventName() string {
	return AssetTokenColdReserveGuardSetEventName
}

// UnpackReserveGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveGuardSet(address indexed feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenCold *AssetTokenCold) UnpackReserveGuardSetEvent(log *types.Log) (*AssetTokenColdReserveGuardSet, error) {
	event := "ReserveGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdReserveGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdSupplyCapSet represents a SupplyCapSet event raised by the AssetTokenCold contract.
type AssetTokenColdSupplyCapSet struct {
	Cap *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdSupplyCapSetEventName = "SupplyCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdSupplyCapSet) ContractEventName() string {
	return AssetTokenColdSupplyCapSetEventName
}

// UnpackSupplyCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapSet(uint256 cap)
func (assetTokenCold *AssetTokenCold) UnpackSupplyCapSetEvent(log *types.Log) (*AssetTokenColdSupplyCapSet, error) {
	event := "SupplyCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdSupplyCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdTokensFrozen represents a TokensFrozen event raised by the AssetTokenCold contract.
type AssetTokenColdTokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTokensFrozen) ContractEventName() string {
	return AssetTokenColdTokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackTokensFrozenEvent(log *types.Log) (*AssetTokenColdTokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTokensFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdTokensUnfrozen represents a TokensUnfrozen event raised by the AssetTokenCold contract.
type AssetTokenColdTokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTokensUnfrozen) ContractEventName() string {
	return AssetTokenColdTokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackTokensUnfrozenEvent(log *types.Log) (*AssetTokenColdTokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTokensUnfrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdTransfer represents a Transfer event raised by the AssetTokenCold contract.
type AssetTokenColdTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTransfer) ContractEventName() string {
	return AssetTokenColdTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (assetTokenCold *AssetTokenCold) UnpackTransferEvent(log *types.Log) (*AssetTokenColdTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdUnpaused represents a Unpaused event raised by the AssetTokenCold contract.
type AssetTokenColdUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdUnpaused) ContractEventName() string {
	return AssetTokenColdUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (assetTokenCold *AssetTokenCold) UnpackUnpausedEvent(log *types.Log) (*AssetTokenColdUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdUnpaused)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AssetTokenColdValuationGuardSet represents a ValuationGuardSet event raised by the AssetTokenCold contract.
type AssetTokenColdValuationGuardSet struct {
	Feed   common.Address
	MaxAge uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdValuationGuardSetEventName = "ValuationGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdValuationGuardSet) ContractEventName() string {
	return AssetTokenColdValuationGuardSetEventName
}

// UnpackValuationGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValuationGuardSet(address indexed feed, uint64 maxAge)
func (assetTokenCold *AssetTokenCold) UnpackValuationGuardSetEvent(log *types.Log) (*AssetTokenColdValuationGuardSet, error) {
	event := "ValuationGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdValuationGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (assetTokenCold *AssetTokenCold) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["DeedNotHeld"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackDeedNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["FractionsOutstanding"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackFractionsOutstandingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["FreezeExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackFreezeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidReserveGuard"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidReserveGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["SupplyCapAlreadySet"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackSupplyCapAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["UnexpectedDeed"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackUnexpectedDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["UnfreezeExceedsFrozen"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackUnfreezeExceedsFrozenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenColdAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetTokenCold contract.
type AssetTokenColdAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetTokenColdAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetTokenCold *AssetTokenCold) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetTokenColdAccessControlUnauthorizedAccount, error) {
	out := new(AssetTokenColdAccessControlUnauthorizedAccount)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdDeedNotHeld represents a DeedNotHeld error raised by the AssetTokenCold contract.
type AssetTokenColdDeedNotHeld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeedNotHeld()
func AssetTokenColdDeedNotHeldErrorID() common.Hash {
	return common.HexToHash("0x5dbdcfb1572c3e4526689cbf7654f951f30c6f3d14926d691a6a1a53a0a845b7")
}

// UnpackDeedNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeedNotHeld()
func (assetTokenCold *AssetTokenCold) UnpackDeedNotHeldError(raw []byte) (*AssetTokenColdDeedNotHeld, error) {
	out := new(AssetTokenColdDeedNotHeld)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "DeedNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdFractionsOutstanding represents a FractionsOutstanding error raised by the AssetTokenCold contract.
type AssetTokenColdFractionsOutstanding struct {
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func AssetTokenColdFractionsOutstandingErrorID() common.Hash {
	return common.HexToHash("0x66ee5da8b8dfb8a10ae6799946557ee0612c7fae91be16363e84a5443c579eb9")
}

// UnpackFractionsOutstandingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func (assetTokenCold *AssetTokenCold) UnpackFractionsOutstandingError(raw []byte) (*AssetTokenColdFractionsOutstanding, error) {
	out := new(AssetTokenColdFractionsOutstanding)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "FractionsOutstanding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdFreezeExceedsBalance represents a FreezeExceedsBalance error raised by the AssetTokenCold contract.
type AssetTokenColdFreezeExceedsBalance struct {
	Account common.Address
	Frozen  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func AssetTokenColdFreezeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xf0d8212b2d0385e9c494f5ac843aa07904b262ce1f11d044286ed9e6f7d8de19")
}

// UnpackFreezeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func (assetTokenCold *AssetTokenCold) UnpackFreezeExceedsBalanceError(raw []byte) (*AssetTokenColdFreezeExceedsBalance, error) {
	out := new(AssetTokenColdFreezeExceedsBalance)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "FreezeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidAmount represents a InvalidAmount error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AssetTokenColdInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (assetTokenCold *AssetTokenCold) UnpackInvalidAmountError(raw []byte) (*AssetTokenColdInvalidAmount, error) {
	out := new(AssetTokenColdInvalidAmount)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidReserveGuard represents a InvalidReserveGuard error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidReserveGuard struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func AssetTokenColdInvalidReserveGuardErrorID() common.Hash {
	return common.HexToHash("0x8cb6bfeb92c4d574477c0ae2748274a758d159495c5991399be4a97d3bffd23c")
}

// UnpackInvalidReserveGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenCold *AssetTokenCold) UnpackInvalidReserveGuardError(raw []byte) (*AssetTokenColdInvalidReserveGuard, error) {
	out := new(AssetTokenColdInvalidReserveGuard)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidReserveGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidSupplyCap represents a InvalidSupplyCap error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidSupplyCap struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func AssetTokenColdInvalidSupplyCapErrorID() common.Hash {
	return common.HexToHash("0x0a3780ce0a3a11d85fb08eca06c71bd05b397969fdfe3295b25e3206bb51788d")
}

// UnpackInvalidSupplyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func (assetTokenCold *AssetTokenCold) UnpackInvalidSupplyCapError(raw []byte) (*AssetTokenColdInvalidSupplyCap, error) {
	out := new(AssetTokenColdInvalidSupplyCap)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidSupplyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdLengthMismatch represents a LengthMismatch error raised by the AssetTokenCold contract.
type AssetTokenColdLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func AssetTokenColdLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (assetTokenCold *AssetTokenCold) UnpackLengthMismatchError(raw []byte) (*AssetTokenColdLengthMismatch, error) {
	out := new(AssetTokenColdLengthMismatch)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdNoDeed represents a NoDeed error raised by the AssetTokenCold contract.
type AssetTokenColdNoDeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeed()
func AssetTokenColdNoDeedErrorID() common.Hash {
	return common.HexToHash("0xc1ffbfc1a56ba459bba00e31cfb4451b66eb65b30d4de2f8c880b6d3b73796af")
}

// UnpackNoDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeed()
func (assetTokenCold *AssetTokenCold) UnpackNoDeedError(raw []byte) (*AssetTokenColdNoDeed, error) {
	out := new(AssetTokenColdNoDeed)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "NoDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdNothingToRecover represents a NothingToRecover error raised by the AssetTokenCold contract.
type AssetTokenColdNothingToRecover struct {
	LostWallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRecover(address lostWallet)
func AssetTokenColdNothingToRecoverErrorID() common.Hash {
	return common.HexToHash("0x86d9d0354b396b81f550c04abd222485cc87e7b37fc56bd7fbbccdebdddb9588")
}

// UnpackNothingToRecoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRecover(address lostWallet)
func (assetTokenCold *AssetTokenCold) UnpackNothingToRecoverError(raw []byte) (*AssetTokenColdNothingToRecover, error) {
	out := new(AssetTokenColdNothingToRecover)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "NothingToRecover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdRecoveryInvestorMismatch represents a RecoveryInvestorMismatch error raised by the AssetTokenCold contract.
type AssetTokenColdRecoveryInvestorMismatch struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func AssetTokenColdRecoveryInvestorMismatchErrorID() common.Hash {
	return common.HexToHash("0xd067f144044e6aca5a72ea4a8588ddf6a4034eabdad5e7a88d27fa28eda277d5")
}

// UnpackRecoveryInvestorMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func (assetTokenCold *AssetTokenCold) UnpackRecoveryInvestorMismatchError(raw []byte) (*AssetTokenColdRecoveryInvestorMismatch, error) {
	out := new(AssetTokenColdRecoveryInvestorMismatch)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "RecoveryInvestorMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdSameWallet represents a SameWallet error raised by the AssetTokenCold contract.
type AssetTokenColdSameWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameWallet()
func AssetTokenColdSameWalletErrorID() common.Hash {
	return common.HexToHash("0x94a3d97966ea005ec91b894676eb5999980a7ab09d9228c0a6c07c9440163de7")
}

// UnpackSameWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameWallet()
func (assetTokenCold *AssetTokenCold) UnpackSameWalletError(raw []byte) (*AssetTokenColdSameWallet, error) {
	out := new(AssetTokenColdSameWallet)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "SameWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdSupplyCapAlreadySet represents a SupplyCapAlreadySet error raised by the AssetTokenCold contract.
type AssetTokenColdSupplyCapAlreadySet struct {
	Cap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func AssetTokenColdSupplyCapAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf8064ef6e8ae12291b6b7e8dabe87a0a85e788f5b9c5e1b891879badb02b586c")
}

// UnpackSupplyCapAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func (assetTokenCold *AssetTokenCold) UnpackSupplyCapAlreadySetError(raw []byte) (*AssetTokenColdSupplyCapAlreadySet, error) {
	out := new(AssetTokenColdSupplyCapAlreadySet)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "SupplyCapAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdTransferRestricted represents a TransferRestricted error raised by the AssetTokenCold contract.
type AssetTokenColdTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func AssetTokenColdTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (assetTokenCold *AssetTokenCold) UnpackTransferRestrictedError(raw []byte) (*AssetTokenColdTransferRestricted, error) {
	out := new(AssetTokenColdTransferRestricted)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdUnexpectedDeed represents a UnexpectedDeed error raised by the AssetTokenCold contract.
type AssetTokenColdUnexpectedDeed struct {
	Token   common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func AssetTokenColdUnexpectedDeedErrorID() common.Hash {
	return common.HexToHash("0x853a50cb43487d48b72de797b87b173a08953ba0dd4f7b126e17a231a7573378")
}

// UnpackUnexpectedDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func (assetTokenCold *AssetTokenCold) UnpackUnexpectedDeedError(raw []byte) (*AssetTokenColdUnexpectedDeed, error) {
	out := new(AssetTokenColdUnexpectedDeed)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "UnexpectedDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdUnfreezeExceedsFrozen represents a UnfreezeExceedsFrozen error raised by the AssetTokenCold contract.
type AssetTokenColdUnfreezeExceedsFrozen struct {
	Account common.Address
	Frozen  *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func AssetTokenColdUnfreezeExceedsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe0dfe97fc7c79f92ffcc46a2e29ea9d7ddbe9d44cc7593b8255f7b2eba5ddef6")
}

// UnpackUnfreezeExceedsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackUnfreezeExceedsFrozenError(raw []byte) (*AssetTokenColdUnfreezeExceedsFrozen, error) {
	out := new(AssetTokenColdUnfreezeExceedsFrozen)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "UnfreezeExceedsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}
