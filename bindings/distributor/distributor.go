// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package distributor

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

// DistributorDistribution is an auto generated low-level Go binding around an user-defined struct.
type DistributorDistribution struct {
	Issuer        common.Address
	SnapshotBlock uint64
	PaymentToken  common.Address
	ClaimDeadline uint64
	Asset         common.Address
	Reclaimed     bool
	MerkleRoot    [32]byte
	Total         *big.Int
	Claimed       *big.Int
}

// DistributorMetaData contains all meta data concerning the Distributor contract.
var DistributorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyReclaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"ClaimWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ExceedsDistribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"FundingShortfall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDistribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidFunding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PayeeFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PayeeNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"TreasuryShortfall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDistribution\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"DistributionPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Reclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TreasuryFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUBLISHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"distribution\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"reclaimed\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"total\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"claimed\",\"type\":\"uint128\"}],\"internalType\":\"structDistributor.Distribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"reclaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"}],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "Distributor",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516120396100f95f395f818161150701528181611530015261168001526120395ff3fe608060405260043610610126575f3560e01c8063a217fddf116100a8578063be899c891161006d578063be899c8914610459578063c65c3d9514610478578063d2ef079514610498578063d547741f146104fb578063d8f4b6fd1461051a578063f72c0d8b1461054d575f5ffd5b8063a217fddf1461026e578063aa8b067014610281578063ad3cb1cc146103ad578063afd435ef146103ea578063b703202d1461043a575f5ffd5b806336568abe116100ee57806336568abe146101ea578063485cc955146102095780634f1ef2861461022857806352d1902d1461023b57806391d148541461024f575f5ffd5b806301ffc9a71461012a578063248a9ca31461015e5780632dabbeed1461018b5780632e7ba6ef146101aa5780632f2ff15d146101cb575b5f5ffd5b348015610135575f5ffd5b50610149610144366004611ab9565b61056d565b60405190151581526020015b60405180910390f35b348015610169575f5ffd5b5061017d610178366004611ae0565b6105a3565b604051908152602001610155565b348015610196575f5ffd5b5061017d6101a5366004611ae0565b6105c3565b3480156101b5575f5ffd5b506101c96101c4366004611b0b565b610782565b005b3480156101d6575f5ffd5b506101c96101e5366004611b9c565b610bec565b3480156101f5575f5ffd5b506101c9610204366004611b9c565b610c0e565b348015610214575f5ffd5b506101c9610223366004611bca565b610c46565b6101c9610236366004611c0a565b610d3f565b348015610246575f5ffd5b5061017d610d5e565b34801561025a575f5ffd5b50610149610269366004611b9c565b610d79565b348015610279575f5ffd5b5061017d5f81565b34801561028c575f5ffd5b506103a061029b366004611ae0565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091525f516020611fa45f395f51905f525f9283526001908101602090815260409384902084516101208101865281546001600160a01b0380821683526001600160401b03600160a01b9283900481169584019590955294830154808616978301979097529586900490921660608301526002810154928316608083015260ff9490920493909316151560a0840152600381015460c0840152600401546001600160801b0380821660e0850152600160801b909104166101008301525090565b6040516101559190611ccd565b3480156103b8575f5ffd5b506103dd604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516101559190611d99565b3480156103f5575f5ffd5b5061017d610404366004611bca565b6001600160a01b039182165f9081525f516020611f645f395f51905f526020908152604080832093909416825291909152205490565b348015610445575f5ffd5b5061017d610454366004611de9565b610daf565b348015610464575f5ffd5b506101c9610473366004611e4f565b6110d8565b348015610483575f5ffd5b505f516020611fa45f395f51905f525461017d565b3480156104a3575f5ffd5b506101496104b2366004611b9c565b5f9182527f1b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc02602090815260408084206001600160a01b0393909316845291905290205460ff1690565b348015610506575f5ffd5b506101c9610515366004611b9c565b6112ce565b348015610525575f5ffd5b5061017d7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a81565b348015610558575f5ffd5b5061017d5f516020611f845f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b148061059d57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f9081525f516020611fe45f395f51905f52602052604090206001015490565b5f8181527f1b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc016020526040812080546001600160a01b031661061f57604051636dface1760e01b8152600481018490526024015b60405180910390fd5b6001810154600160a01b90046001600160401b0316421161067157600181015460405163a19b6a5d60e01b815260048101859052600160a01b9091046001600160401b03166024820152604401610616565b6002810154600160a01b900460ff16156106a15760405163cf67765b60e01b815260048101849052602401610616565b60028101805460ff60a01b1916600160a01b17905560048101546106d7906001600160801b03600160801b820481169116611ea1565b6001600160801b03169150815f516020611fa45f395f51905f5260028301546001600160a01b039081165f908152600392909201602090815260408084206001870154909316845291905281208054909190610734908490611ec0565b909155505080546040518381526001600160a01b039091169084907fe79f76d3ef42e7845b4f718917861642d857a02a4e690c28e79e5af7f5f8f2d39060200160405180910390a350919050565b5f8581527f1b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc016020526040902080546001600160a01b03166107d957604051636dface1760e01b815260048101879052602401610616565b6001810154600160a01b90046001600160401b031642111561082c5760018101546040516376f7bfd360e11b815260048101889052600160a01b9091046001600160401b03166024820152604401610616565b5f8681527f1b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc02602090815260408083206001600160a01b038916845290915290205460ff16156108a0576040516302a4851560e61b8152600481018790526001600160a01b0386166024820152604401610616565b604080516001600160a01b03871660208201529081018590525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905061090384848460030154846112ea565b610920576040516309bde33960e01b815260040160405180910390fd5b60028201546040516372c1cc1b60e11b81526001600160a01b0388811660048301529091169063e583983690602401602060405180830381865afa15801561096a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061098e9190611ed3565b156109be576040516360c1d48360e11b8152600481018890526001600160a01b0387166024820152604401610616565b816002015f9054906101000a90046001600160a01b03166001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a349190611ef2565b60405163b9209e3360e01b81526001600160a01b038881166004830152919091169063b9209e3390602401602060405180830381865afa158015610a7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a9e9190611ed3565b610acd57604051638114e98b60e01b8152600481018890526001600160a01b0387166024820152604401610616565b60048201545f90610aef908790600160801b90046001600160801b0316611ec0565b60048401549091506001600160801b0316811115610b2357604051630169d83560e01b815260048101899052602401610616565b5f8881527f1b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc02602090815260408083206001600160a01b038b8116855292529091208054600160ff1990911681179091556004850180546001600160801b03858116600160801b029116179055840154610b9e91168888611301565b866001600160a01b0316887f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed02688604051610bda91815260200190565b60405180910390a35050505050505050565b610bf5826105a3565b610bfe81611336565b610c088383611343565b50505050565b6001600160a01b0381163314610c375760405163334bd91960e11b815260040160405180910390fd5b610c4182826113eb565b505050565b5f610c4f611464565b805490915060ff600160401b82041615906001600160401b03165f81158015610c755750825b90505f826001600160401b03166001148015610c905750303b155b905081158015610c9e575080155b15610cbc5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610ce657845460ff60401b1916600160401b1785555b610cf0878761148c565b8315610d3657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b610d476114fc565b610d50826115a2565b610d5a82826115b9565b5050565b5f610d67611675565b505f516020611fc45f395f51905f5290565b5f9182525f516020611fe45f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a610dda81611336565b6001600160a01b0388161580610df757506001600160a01b038716155b80610e00575085155b80610e1157506001600160801b0386115b80610e1a575084155b80610e2d575043846001600160401b0316115b80610e41575042836001600160401b031611155b15610e5f57604051630d16b83360e31b815260040160405180910390fd5b6001600160a01b038881165f9081525f516020611f645f395f51905f5260209081526040808320938b168352929052205486811015610ed257604051633e6c096560e11b81526001600160a01b03808b166004830152891660248201526044810188905260648101829052608401610616565b6001600160a01b038981165f9081525f516020611f645f395f51905f5260209081526040808320938c16835292905290812088830390555f516020611fa45f395f51905f528054909190610f2590611f0d565b918290555060408051610120810182523381526001600160401b0388811660208301526001600160a01b038c81169383019390935287166060820152908b1660808201525f60a0820181905260c082018990526001600160801b038a1660e08301526101008201529093505f516020611fa45f395f51905f525f8581526001918201602090815260409182902084518154868401516001600160401b03908116600160a01b9081026001600160e01b03199384166001600160a01b03958616171785558887015197850180546060808c01518516840291909516998616999099179890981790975560808089015160028601805460a0808d01511515909b026001600160a81b03199091169287169290921791909117905560c0890151600386015560e0890151610100909901516001600160801b03908116600160801b0299169890981760049094019390935584513381529384018e90529383018c90528a8216938301939093528816938101939093528a811692908c169186917f5c18d5678a15be26a1b0beef40edec79d7b8b3572a295b606347f240fa385b43910160405180910390a450509695505050505050565b6001600160a01b03831615806110f557506001600160a01b038216155b806110fe575080155b1561111c5760405163207a8a0d60e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015611160573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111849190611f25565b905061119b6001600160a01b0384163330856116be565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa1580156111e1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112059190611f25565b61120f9190611f3c565b905082811461123b5760405163049c0a1d60e11b81526004810184905260248101829052604401610616565b6001600160a01b038581165f9081525f516020611f645f395f51905f52602090815260408083209388168352929052908120805485929061127d908490611ec0565b909155505060405183815233906001600160a01b0386811691908816907fe608c0e47db87c217cc918af481c02f9174439c01a55e25131ddb3a737483f069060200160405180910390a45050505050565b6112d7826105a3565b6112e081611336565b610c0883836113eb565b5f826112f78686856116f4565b1495945050505050565b61130e8383836001611735565b610c4157604051635274afe760e01b81526001600160a01b0384166004820152602401610616565b6113408133611797565b50565b5f5f516020611fe45f395f51905f5261135c8484610d79565b6113db575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556113913390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061059d565b5f91505061059d565b5092915050565b5f5f516020611fe45f395f51905f526114048484610d79565b156113db575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061059d565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061059d565b6114946117d0565b61149c6117f5565b6001600160a01b0381166114c3576040516349e1399360e11b815260040160405180910390fd5b6114cd5f83611343565b506114e55f516020611f845f395f51905f52806117fd565b610c415f516020611f845f395f51905f5282611343565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061158257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166115765f516020611fc45f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156115a05760405163703e46dd60e11b815260040160405180910390fd5b565b5f516020611f845f395f51905f52610d5a81611336565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611613575060408051601f3d908101601f1916820190925261161091810190611f25565b60015b61163b57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610616565b5f516020611fc45f395f51905f52811461166b57604051632a87526960e21b815260048101829052602401610616565b610c41838361185d565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146115a05760405163703e46dd60e11b815260040160405180910390fd5b6116cc8484848460016118b2565b610c0857604051635274afe760e01b81526001600160a01b0385166004820152602401610616565b5f81815b8481101561172c576117228287878481811061171657611716611f4f565b9050602002013561191f565b91506001016116f8565b50949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661178b57838315161561177f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6117a18282610d79565b610d5a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610616565b6117d861194e565b6115a057604051631afcd79f60e31b815260040160405180910390fd5b6115a06117d0565b5f516020611fe45f395f51905f525f611815846105a3565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b61186682611967565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156118aa57610c4182826119ca565b610d5a611a63565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661190e578383151615611902573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f818310611939575f828152602084905260409020611947565b5f8381526020839052604090205b9392505050565b5f611957611464565b54600160401b900460ff16919050565b806001600160a01b03163b5f0361199c57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610616565b5f516020611fc45f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f6119d78484611a82565b90508080156119f857505f3d11806119f857505f846001600160a01b03163b115b15611a0d57611a05611a95565b91505061059d565b8015611a3757604051639996b31560e01b81526001600160a01b0385166004820152602401610616565b3d15611a4a57611a45611aae565b6113e4565b60405163d6bda27560e01b815260040160405180910390fd5b34156115a05760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f60208284031215611ac9575f5ffd5b81356001600160e01b031981168114611947575f5ffd5b5f60208284031215611af0575f5ffd5b5035919050565b6001600160a01b0381168114611340575f5ffd5b5f5f5f5f5f60808688031215611b1f575f5ffd5b853594506020860135611b3181611af7565b93506040860135925060608601356001600160401b03811115611b52575f5ffd5b8601601f81018813611b62575f5ffd5b80356001600160401b03811115611b77575f5ffd5b8860208260051b8401011115611b8b575f5ffd5b959894975092955050506020019190565b5f5f60408385031215611bad575f5ffd5b823591506020830135611bbf81611af7565b809150509250929050565b5f5f60408385031215611bdb575f5ffd5b8235611be681611af7565b91506020830135611bbf81611af7565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611c1b575f5ffd5b8235611c2681611af7565b915060208301356001600160401b03811115611c40575f5ffd5b8301601f81018513611c50575f5ffd5b80356001600160401b03811115611c6957611c69611bf6565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611c9757611c97611bf6565b604052818152828201602001871015611cae575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b81516001600160a01b031681526020808301516001600160401b031690820152604080830151610120830191611d0d908401826001600160a01b03169052565b506060830151611d2860608401826001600160401b03169052565b506080830151611d4360808401826001600160a01b03169052565b5060a0830151611d5760a084018215159052565b5060c083015160c083015260e0830151611d7c60e08401826001600160801b03169052565b506101008301516113e46101008401826001600160801b03169052565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160401b0381168114611de4575f5ffd5b919050565b5f5f5f5f5f5f60c08789031215611dfe575f5ffd5b8635611e0981611af7565b95506020870135611e1981611af7565b94506040870135935060608701359250611e3560808801611dce565b9150611e4360a08801611dce565b90509295509295509295565b5f5f5f60608486031215611e61575f5ffd5b8335611e6c81611af7565b92506020840135611e7c81611af7565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b03828116828216039081111561059d5761059d611e8d565b8082018082111561059d5761059d611e8d565b5f60208284031215611ee3575f5ffd5b81518015158114611947575f5ffd5b5f60208284031215611f02575f5ffd5b815161194781611af7565b5f60018201611f1e57611f1e611e8d565b5060010190565b5f60208284031215611f35575f5ffd5b5051919050565b8181038181111561059d5761059d611e8d565b634e487b7160e01b5f52603260045260245ffdfe1b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc03189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e31b3367dda5a8a96d6728e3cb6ec7d84c9268ce268ef279643cde7a2626d4dc00360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a264697066735822122035045338ffe69538bfb4814819ae0e6c4b40d67d82d813828ef0cfe0282188a764736f6c63430008250033",
}

// Distributor is an auto generated Go binding around an Ethereum contract.
type Distributor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Distributor) GetABI() abi.ABI {
	return c.abi
}

// NewDistributor creates a new instance of Distributor.
func NewDistributor() *Distributor {
	parsed, err := DistributorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Distributor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Distributor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (distributor *Distributor) PackDEFAULTADMINROLE() []byte {
	enc, err := distributor.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (distributor *Distributor) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return distributor.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (distributor *Distributor) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := distributor.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (distributor *Distributor) PackPUBLISHERROLE() []byte {
	enc, err := distributor.abi.Pack("PUBLISHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (distributor *Distributor) TryPackPUBLISHERROLE() ([]byte, error) {
	return distributor.abi.Pack("PUBLISHER_ROLE")
}

// UnpackPUBLISHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8f4b6fd.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (distributor *Distributor) UnpackPUBLISHERROLE(data []byte) ([32]byte, error) {
	out, err := distributor.abi.Unpack("PUBLISHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (distributor *Distributor) PackUPGRADERROLE() []byte {
	enc, err := distributor.abi.Pack("UPGRADER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (distributor *Distributor) TryPackUPGRADERROLE() ([]byte, error) {
	return distributor.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (distributor *Distributor) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := distributor.abi.Unpack("UPGRADER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (distributor *Distributor) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := distributor.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (distributor *Distributor) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return distributor.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (distributor *Distributor) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := distributor.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e7ba6ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 id, address account, uint256 amount, bytes32[] proof) returns()
func (distributor *Distributor) PackClaim(id *big.Int, account common.Address, amount *big.Int, proof [][32]byte) []byte {
	enc, err := distributor.abi.Pack("claim", id, account, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e7ba6ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 id, address account, uint256 amount, bytes32[] proof) returns()
func (distributor *Distributor) TryPackClaim(id *big.Int, account common.Address, amount *big.Int, proof [][32]byte) ([]byte, error) {
	return distributor.abi.Pack("claim", id, account, amount, proof)
}

// PackDistribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa8b0670.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distribution(uint256 id) view returns((address,uint64,address,uint64,address,bool,bytes32,uint128,uint128))
func (distributor *Distributor) PackDistribution(id *big.Int) []byte {
	enc, err := distributor.abi.Pack("distribution", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa8b0670.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distribution(uint256 id) view returns((address,uint64,address,uint64,address,bool,bytes32,uint128,uint128))
func (distributor *Distributor) TryPackDistribution(id *big.Int) ([]byte, error) {
	return distributor.abi.Pack("distribution", id)
}

// UnpackDistribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa8b0670.
//
// Solidity: function distribution(uint256 id) view returns((address,uint64,address,uint64,address,bool,bytes32,uint128,uint128))
func (distributor *Distributor) UnpackDistribution(data []byte) (DistributorDistribution, error) {
	out, err := distributor.abi.Unpack("distribution", data)
	if err != nil {
		return *new(DistributorDistribution), err
	}
	out0 := *abi.ConvertType(out[0], new(DistributorDistribution)).(*DistributorDistribution)
	return out0, nil
}

// PackDistributionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65c3d95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributionCount() view returns(uint256)
func (distributor *Distributor) PackDistributionCount() []byte {
	enc, err := distributor.abi.Pack("distributionCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65c3d95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributionCount() view returns(uint256)
func (distributor *Distributor) TryPackDistributionCount() ([]byte, error) {
	return distributor.abi.Pack("distributionCount")
}

// UnpackDistributionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc65c3d95.
//
// Solidity: function distributionCount() view returns(uint256)
func (distributor *Distributor) UnpackDistributionCount(data []byte) (*big.Int, error) {
	out, err := distributor.abi.Unpack("distributionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe899c89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(address asset, address paymentToken, uint256 amount) returns()
func (distributor *Distributor) PackFund(asset common.Address, paymentToken common.Address, amount *big.Int) []byte {
	enc, err := distributor.abi.Pack("fund", asset, paymentToken, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe899c89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(address asset, address paymentToken, uint256 amount) returns()
func (distributor *Distributor) TryPackFund(asset common.Address, paymentToken common.Address, amount *big.Int) ([]byte, error) {
	return distributor.abi.Pack("fund", asset, paymentToken, amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (distributor *Distributor) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := distributor.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (distributor *Distributor) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return distributor.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (distributor *Distributor) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := distributor.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (distributor *Distributor) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := distributor.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (distributor *Distributor) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return distributor.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (distributor *Distributor) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := distributor.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (distributor *Distributor) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return distributor.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (distributor *Distributor) UnpackHasRole(data []byte) (bool, error) {
	out, err := distributor.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address upgrader) returns()
func (distributor *Distributor) PackInitialize(admin common.Address, upgrader common.Address) []byte {
	enc, err := distributor.abi.Pack("initialize", admin, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address upgrader) returns()
func (distributor *Distributor) TryPackInitialize(admin common.Address, upgrader common.Address) ([]byte, error) {
	return distributor.abi.Pack("initialize", admin, upgrader)
}

// PackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2ef0795.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isClaimed(uint256 id, address account) view returns(bool)
func (distributor *Distributor) PackIsClaimed(id *big.Int, account common.Address) []byte {
	enc, err := distributor.abi.Pack("isClaimed", id, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2ef0795.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isClaimed(uint256 id, address account) view returns(bool)
func (distributor *Distributor) TryPackIsClaimed(id *big.Int, account common.Address) ([]byte, error) {
	return distributor.abi.Pack("isClaimed", id, account)
}

// UnpackIsClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2ef0795.
//
// Solidity: function isClaimed(uint256 id, address account) view returns(bool)
func (distributor *Distributor) UnpackIsClaimed(data []byte) (bool, error) {
	out, err := distributor.abi.Unpack("isClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (distributor *Distributor) PackProxiableUUID() []byte {
	enc, err := distributor.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (distributor *Distributor) TryPackProxiableUUID() ([]byte, error) {
	return distributor.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (distributor *Distributor) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := distributor.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb703202d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish(address asset, address paymentToken, uint256 total, bytes32 merkleRoot, uint64 snapshotBlock, uint64 claimDeadline) returns(uint256 id)
func (distributor *Distributor) PackPublish(asset common.Address, paymentToken common.Address, total *big.Int, merkleRoot [32]byte, snapshotBlock uint64, claimDeadline uint64) []byte {
	enc, err := distributor.abi.Pack("publish", asset, paymentToken, total, merkleRoot, snapshotBlock, claimDeadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb703202d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish(address asset, address paymentToken, uint256 total, bytes32 merkleRoot, uint64 snapshotBlock, uint64 claimDeadline) returns(uint256 id)
func (distributor *Distributor) TryPackPublish(asset common.Address, paymentToken common.Address, total *big.Int, merkleRoot [32]byte, snapshotBlock uint64, claimDeadline uint64) ([]byte, error) {
	return distributor.abi.Pack("publish", asset, paymentToken, total, merkleRoot, snapshotBlock, claimDeadline)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb703202d.
//
// Solidity: function publish(address asset, address paymentToken, uint256 total, bytes32 merkleRoot, uint64 snapshotBlock, uint64 claimDeadline) returns(uint256 id)
func (distributor *Distributor) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := distributor.abi.Unpack("publish", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dabbeed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 id) returns(uint256 amount)
func (distributor *Distributor) PackReclaim(id *big.Int) []byte {
	enc, err := distributor.abi.Pack("reclaim", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dabbeed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 id) returns(uint256 amount)
func (distributor *Distributor) TryPackReclaim(id *big.Int) ([]byte, error) {
	return distributor.abi.Pack("reclaim", id)
}

// UnpackReclaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dabbeed.
//
// Solidity: function reclaim(uint256 id) returns(uint256 amount)
func (distributor *Distributor) UnpackReclaim(data []byte) (*big.Int, error) {
	out, err := distributor.abi.Unpack("reclaim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (distributor *Distributor) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := distributor.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (distributor *Distributor) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return distributor.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (distributor *Distributor) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := distributor.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (distributor *Distributor) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return distributor.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (distributor *Distributor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := distributor.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (distributor *Distributor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return distributor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (distributor *Distributor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := distributor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafd435ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury(address asset, address paymentToken) view returns(uint256)
func (distributor *Distributor) PackTreasury(asset common.Address, paymentToken common.Address) []byte {
	enc, err := distributor.abi.Pack("treasury", asset, paymentToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafd435ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury(address asset, address paymentToken) view returns(uint256)
func (distributor *Distributor) TryPackTreasury(asset common.Address, paymentToken common.Address) ([]byte, error) {
	return distributor.abi.Pack("treasury", asset, paymentToken)
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafd435ef.
//
// Solidity: function treasury(address asset, address paymentToken) view returns(uint256)
func (distributor *Distributor) UnpackTreasury(data []byte) (*big.Int, error) {
	out, err := distributor.abi.Unpack("treasury", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (distributor *Distributor) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := distributor.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (distributor *Distributor) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return distributor.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// DistributorClaimed represents a Claimed event raised by the Distributor contract.
type DistributorClaimed struct {
	Id      *big.Int
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DistributorClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (DistributorClaimed) ContractEventName() string {
	return DistributorClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed id, address indexed account, uint256 amount)
func (distributor *Distributor) UnpackClaimedEvent(log *types.Log) (*DistributorClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorClaimed)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorDistributionPublished represents a DistributionPublished event raised by the Distributor contract.
type DistributorDistributionPublished struct {
	Id            *big.Int
	Asset         common.Address
	PaymentToken  common.Address
	Issuer        common.Address
	Total         *big.Int
	MerkleRoot    [32]byte
	SnapshotBlock uint64
	ClaimDeadline uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const DistributorDistributionPublishedEventName = "DistributionPublished"

// ContractEventName returns the user-defined event name.
func (DistributorDistributionPublished) ContractEventName() string {
	return DistributorDistributionPublishedEventName
}

// UnpackDistributionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DistributionPublished(uint256 indexed id, address indexed asset, address indexed paymentToken, address issuer, uint256 total, bytes32 merkleRoot, uint64 snapshotBlock, uint64 claimDeadline)
func (distributor *Distributor) UnpackDistributionPublishedEvent(log *types.Log) (*DistributorDistributionPublished, error) {
	event := "DistributionPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorDistributionPublished)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorInitialized represents a Initialized event raised by the Distributor contract.
type DistributorInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const DistributorInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DistributorInitialized) ContractEventName() string {
	return DistributorInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (distributor *Distributor) UnpackInitializedEvent(log *types.Log) (*DistributorInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorInitialized)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorReclaimed represents a Reclaimed event raised by the Distributor contract.
type DistributorReclaimed struct {
	Id     *big.Int
	Issuer common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DistributorReclaimedEventName = "Reclaimed"

// ContractEventName returns the user-defined event name.
func (DistributorReclaimed) ContractEventName() string {
	return DistributorReclaimedEventName
}

// UnpackReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reclaimed(uint256 indexed id, address indexed issuer, uint256 amount)
func (distributor *Distributor) UnpackReclaimedEvent(log *types.Log) (*DistributorReclaimed, error) {
	event := "Reclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorReclaimed)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorRoleAdminChanged represents a RoleAdminChanged event raised by the Distributor contract.
type DistributorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DistributorRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DistributorRoleAdminChanged) ContractEventName() string {
	return DistributorRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (distributor *Distributor) UnpackRoleAdminChangedEvent(log *types.Log) (*DistributorRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorRoleGranted represents a RoleGranted event raised by the Distributor contract.
type DistributorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DistributorRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DistributorRoleGranted) ContractEventName() string {
	return DistributorRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (distributor *Distributor) UnpackRoleGrantedEvent(log *types.Log) (*DistributorRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorRoleGranted)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorRoleRevoked represents a RoleRevoked event raised by the Distributor contract.
type DistributorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DistributorRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DistributorRoleRevoked) ContractEventName() string {
	return DistributorRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (distributor *Distributor) UnpackRoleRevokedEvent(log *types.Log) (*DistributorRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorRoleRevoked)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorTreasuryFunded represents a TreasuryFunded event raised by the Distributor contract.
type DistributorTreasuryFunded struct {
	Asset        common.Address
	PaymentToken common.Address
	From         common.Address
	Amount       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const DistributorTreasuryFundedEventName = "TreasuryFunded"

// ContractEventName returns the user-defined event name.
func (DistributorTreasuryFunded) ContractEventName() string {
	return DistributorTreasuryFundedEventName
}

// UnpackTreasuryFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryFunded(address indexed asset, address indexed paymentToken, address indexed from, uint256 amount)
func (distributor *Distributor) UnpackTreasuryFundedEvent(log *types.Log) (*DistributorTreasuryFunded, error) {
	event := "TreasuryFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorTreasuryFunded)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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

// DistributorUpgraded represents a Upgraded event raised by the Distributor contract.
type DistributorUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const DistributorUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (DistributorUpgraded) ContractEventName() string {
	return DistributorUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (distributor *Distributor) UnpackUpgradedEvent(log *types.Log) (*DistributorUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributorUpgraded)
	if len(log.Data) > 0 {
		if err := distributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributor.abi.Events[event].Inputs {
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
func (distributor *Distributor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], distributor.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return distributor.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return distributor.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return distributor.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return distributor.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["AlreadyReclaimed"].ID.Bytes()[:4]) {
		return distributor.UnpackAlreadyReclaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["ClaimWindowClosed"].ID.Bytes()[:4]) {
		return distributor.UnpackClaimWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["ClaimWindowOpen"].ID.Bytes()[:4]) {
		return distributor.UnpackClaimWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return distributor.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return distributor.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["ExceedsDistribution"].ID.Bytes()[:4]) {
		return distributor.UnpackExceedsDistributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return distributor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["FundingShortfall"].ID.Bytes()[:4]) {
		return distributor.UnpackFundingShortfallError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["InvalidDistribution"].ID.Bytes()[:4]) {
		return distributor.UnpackInvalidDistributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["InvalidFunding"].ID.Bytes()[:4]) {
		return distributor.UnpackInvalidFundingError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return distributor.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return distributor.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return distributor.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return distributor.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["PayeeFrozen"].ID.Bytes()[:4]) {
		return distributor.UnpackPayeeFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["PayeeNotVerified"].ID.Bytes()[:4]) {
		return distributor.UnpackPayeeNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return distributor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["TreasuryShortfall"].ID.Bytes()[:4]) {
		return distributor.UnpackTreasuryShortfallError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return distributor.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return distributor.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["UnknownDistribution"].ID.Bytes()[:4]) {
		return distributor.UnpackUnknownDistributionError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DistributorAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Distributor contract.
type DistributorAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DistributorAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (distributor *Distributor) UnpackAccessControlBadConfirmationError(raw []byte) (*DistributorAccessControlBadConfirmation, error) {
	out := new(DistributorAccessControlBadConfirmation)
	if err := distributor.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Distributor contract.
type DistributorAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DistributorAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (distributor *Distributor) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DistributorAccessControlUnauthorizedAccount, error) {
	out := new(DistributorAccessControlUnauthorizedAccount)
	if err := distributor.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorAddressEmptyCode represents a AddressEmptyCode error raised by the Distributor contract.
type DistributorAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func DistributorAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (distributor *Distributor) UnpackAddressEmptyCodeError(raw []byte) (*DistributorAddressEmptyCode, error) {
	out := new(DistributorAddressEmptyCode)
	if err := distributor.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorAlreadyClaimed represents a AlreadyClaimed error raised by the Distributor contract.
type DistributorAlreadyClaimed struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 id, address account)
func DistributorAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa9214540dbdab41c9e79b3f2188acea45d13e6ac15f24990e9f6ddf7cc0e4180")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 id, address account)
func (distributor *Distributor) UnpackAlreadyClaimedError(raw []byte) (*DistributorAlreadyClaimed, error) {
	out := new(DistributorAlreadyClaimed)
	if err := distributor.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorAlreadyReclaimed represents a AlreadyReclaimed error raised by the Distributor contract.
type DistributorAlreadyReclaimed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReclaimed(uint256 id)
func DistributorAlreadyReclaimedErrorID() common.Hash {
	return common.HexToHash("0xcf67765bd4da626caacaf7511cd21ef41582151eb8eb36325f95050a99e4356f")
}

// UnpackAlreadyReclaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReclaimed(uint256 id)
func (distributor *Distributor) UnpackAlreadyReclaimedError(raw []byte) (*DistributorAlreadyReclaimed, error) {
	out := new(DistributorAlreadyReclaimed)
	if err := distributor.abi.UnpackIntoInterface(out, "AlreadyReclaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorClaimWindowClosed represents a ClaimWindowClosed error raised by the Distributor contract.
type DistributorClaimWindowClosed struct {
	Id            *big.Int
	ClaimDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimWindowClosed(uint256 id, uint64 claimDeadline)
func DistributorClaimWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xedef7fa66c93921a6d7a4949487d00cb4bf4612162b2327ce8159ac3f0066f13")
}

// UnpackClaimWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimWindowClosed(uint256 id, uint64 claimDeadline)
func (distributor *Distributor) UnpackClaimWindowClosedError(raw []byte) (*DistributorClaimWindowClosed, error) {
	out := new(DistributorClaimWindowClosed)
	if err := distributor.abi.UnpackIntoInterface(out, "ClaimWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorClaimWindowOpen represents a ClaimWindowOpen error raised by the Distributor contract.
type DistributorClaimWindowOpen struct {
	Id            *big.Int
	ClaimDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimWindowOpen(uint256 id, uint64 claimDeadline)
func DistributorClaimWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xa19b6a5d4566d4ced2ca9e0b691241b6c9862fba9e68eb3951d22b1153740134")
}

// UnpackClaimWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimWindowOpen(uint256 id, uint64 claimDeadline)
func (distributor *Distributor) UnpackClaimWindowOpenError(raw []byte) (*DistributorClaimWindowOpen, error) {
	out := new(DistributorClaimWindowOpen)
	if err := distributor.abi.UnpackIntoInterface(out, "ClaimWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the Distributor contract.
type DistributorERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func DistributorERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (distributor *Distributor) UnpackERC1967InvalidImplementationError(raw []byte) (*DistributorERC1967InvalidImplementation, error) {
	out := new(DistributorERC1967InvalidImplementation)
	if err := distributor.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorERC1967NonPayable represents a ERC1967NonPayable error raised by the Distributor contract.
type DistributorERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func DistributorERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (distributor *Distributor) UnpackERC1967NonPayableError(raw []byte) (*DistributorERC1967NonPayable, error) {
	out := new(DistributorERC1967NonPayable)
	if err := distributor.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorExceedsDistribution represents a ExceedsDistribution error raised by the Distributor contract.
type DistributorExceedsDistribution struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsDistribution(uint256 id)
func DistributorExceedsDistributionErrorID() common.Hash {
	return common.HexToHash("0x0169d835778c39a0496e111d9afb9420372b0ee4da53778c6d3f52297486b7c3")
}

// UnpackExceedsDistributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsDistribution(uint256 id)
func (distributor *Distributor) UnpackExceedsDistributionError(raw []byte) (*DistributorExceedsDistribution, error) {
	out := new(DistributorExceedsDistribution)
	if err := distributor.abi.UnpackIntoInterface(out, "ExceedsDistribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorFailedCall represents a FailedCall error raised by the Distributor contract.
type DistributorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func DistributorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (distributor *Distributor) UnpackFailedCallError(raw []byte) (*DistributorFailedCall, error) {
	out := new(DistributorFailedCall)
	if err := distributor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorFundingShortfall represents a FundingShortfall error raised by the Distributor contract.
type DistributorFundingShortfall struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FundingShortfall(uint256 expected, uint256 received)
func DistributorFundingShortfallErrorID() common.Hash {
	return common.HexToHash("0x0938143a879a0138ac2bde40e623c46132f69a015d77c10496357744f556bc8c")
}

// UnpackFundingShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FundingShortfall(uint256 expected, uint256 received)
func (distributor *Distributor) UnpackFundingShortfallError(raw []byte) (*DistributorFundingShortfall, error) {
	out := new(DistributorFundingShortfall)
	if err := distributor.abi.UnpackIntoInterface(out, "FundingShortfall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorInvalidDistribution represents a InvalidDistribution error raised by the Distributor contract.
type DistributorInvalidDistribution struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDistribution()
func DistributorInvalidDistributionErrorID() common.Hash {
	return common.HexToHash("0x68b5c198903e2197b7569722066fdb0788b39372b025a54a912435e74b55b0d1")
}

// UnpackInvalidDistributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDistribution()
func (distributor *Distributor) UnpackInvalidDistributionError(raw []byte) (*DistributorInvalidDistribution, error) {
	out := new(DistributorInvalidDistribution)
	if err := distributor.abi.UnpackIntoInterface(out, "InvalidDistribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorInvalidFunding represents a InvalidFunding error raised by the Distributor contract.
type DistributorInvalidFunding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFunding()
func DistributorInvalidFundingErrorID() common.Hash {
	return common.HexToHash("0x207a8a0d536de065e7bc2b2f50386ce12064242b76c8cc85a45a36b9904050ba")
}

// UnpackInvalidFundingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFunding()
func (distributor *Distributor) UnpackInvalidFundingError(raw []byte) (*DistributorInvalidFunding, error) {
	out := new(DistributorInvalidFunding)
	if err := distributor.abi.UnpackIntoInterface(out, "InvalidFunding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorInvalidInitialization represents a InvalidInitialization error raised by the Distributor contract.
type DistributorInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func DistributorInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (distributor *Distributor) UnpackInvalidInitializationError(raw []byte) (*DistributorInvalidInitialization, error) {
	out := new(DistributorInvalidInitialization)
	if err := distributor.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorInvalidProof represents a InvalidProof error raised by the Distributor contract.
type DistributorInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func DistributorInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (distributor *Distributor) UnpackInvalidProofError(raw []byte) (*DistributorInvalidProof, error) {
	out := new(DistributorInvalidProof)
	if err := distributor.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorInvalidUpgrader represents a InvalidUpgrader error raised by the Distributor contract.
type DistributorInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func DistributorInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (distributor *Distributor) UnpackInvalidUpgraderError(raw []byte) (*DistributorInvalidUpgrader, error) {
	out := new(DistributorInvalidUpgrader)
	if err := distributor.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorNotInitializing represents a NotInitializing error raised by the Distributor contract.
type DistributorNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func DistributorNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (distributor *Distributor) UnpackNotInitializingError(raw []byte) (*DistributorNotInitializing, error) {
	out := new(DistributorNotInitializing)
	if err := distributor.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorPayeeFrozen represents a PayeeFrozen error raised by the Distributor contract.
type DistributorPayeeFrozen struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayeeFrozen(uint256 id, address account)
func DistributorPayeeFrozenErrorID() common.Hash {
	return common.HexToHash("0xc183a906442006853ca418cce52947241443dc81d30ff670277d19a791e38b99")
}

// UnpackPayeeFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayeeFrozen(uint256 id, address account)
func (distributor *Distributor) UnpackPayeeFrozenError(raw []byte) (*DistributorPayeeFrozen, error) {
	out := new(DistributorPayeeFrozen)
	if err := distributor.abi.UnpackIntoInterface(out, "PayeeFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorPayeeNotVerified represents a PayeeNotVerified error raised by the Distributor contract.
type DistributorPayeeNotVerified struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayeeNotVerified(uint256 id, address account)
func DistributorPayeeNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0x8114e98bdf04c9acfdfeb0ba46949768ee9162aabddcb84e34bf6030582dde01")
}

// UnpackPayeeNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayeeNotVerified(uint256 id, address account)
func (distributor *Distributor) UnpackPayeeNotVerifiedError(raw []byte) (*DistributorPayeeNotVerified, error) {
	out := new(DistributorPayeeNotVerified)
	if err := distributor.abi.UnpackIntoInterface(out, "PayeeNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Distributor contract.
type DistributorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DistributorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (distributor *Distributor) UnpackSafeERC20FailedOperationError(raw []byte) (*DistributorSafeERC20FailedOperation, error) {
	out := new(DistributorSafeERC20FailedOperation)
	if err := distributor.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorTreasuryShortfall represents a TreasuryShortfall error raised by the Distributor contract.
type DistributorTreasuryShortfall struct {
	Asset        common.Address
	PaymentToken common.Address
	Needed       *big.Int
	Available    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TreasuryShortfall(address asset, address paymentToken, uint256 needed, uint256 available)
func DistributorTreasuryShortfallErrorID() common.Hash {
	return common.HexToHash("0x7cd812ca30a73192d677b8da2b314b79cbc65f08a5420e46ec29e655aaece057")
}

// UnpackTreasuryShortfallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TreasuryShortfall(address asset, address paymentToken, uint256 needed, uint256 available)
func (distributor *Distributor) UnpackTreasuryShortfallError(raw []byte) (*DistributorTreasuryShortfall, error) {
	out := new(DistributorTreasuryShortfall)
	if err := distributor.abi.UnpackIntoInterface(out, "TreasuryShortfall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the Distributor contract.
type DistributorUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func DistributorUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (distributor *Distributor) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*DistributorUUPSUnauthorizedCallContext, error) {
	out := new(DistributorUUPSUnauthorizedCallContext)
	if err := distributor.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the Distributor contract.
type DistributorUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func DistributorUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (distributor *Distributor) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*DistributorUUPSUnsupportedProxiableUUID, error) {
	out := new(DistributorUUPSUnsupportedProxiableUUID)
	if err := distributor.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DistributorUnknownDistribution represents a UnknownDistribution error raised by the Distributor contract.
type DistributorUnknownDistribution struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDistribution(uint256 id)
func DistributorUnknownDistributionErrorID() common.Hash {
	return common.HexToHash("0x6dface17baa192092a580138df7b2c71fe85e966193661615fc01b4814413747")
}

// UnpackUnknownDistributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDistribution(uint256 id)
func (distributor *Distributor) UnpackUnknownDistributionError(raw []byte) (*DistributorUnknownDistribution, error) {
	out := new(DistributorUnknownDistribution)
	if err := distributor.abi.UnpackIntoInterface(out, "UnknownDistribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}
