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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyReclaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"ClaimWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ExceedsDistribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"FundingShortfall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDistribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidFunding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PayeeFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"PayeeNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"TreasuryShortfall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDistribution\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"DistributionPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Reclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TreasuryFunded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUBLISHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"distribution\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"reclaimed\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"total\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"claimed\",\"type\":\"uint128\"}],\"internalType\":\"structDistributor.Distribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"reclaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"}],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Distributor",
	Bin: "0x608060405234801561000f575f5ffd5b506040516117b93803806117b983398101604081905261002e916100e8565b6100385f8261003f565b5050610115565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166100df575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100973390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100e2565b505f5b92915050565b5f602082840312156100f8575f5ffd5b81516001600160a01b038116811461010e575f5ffd5b9392505050565b611697806101225f395ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c8063aa8b067011610093578063c65c3d9511610063578063c65c3d951461032a578063d2ef079514610333578063d547741f1461036b578063d8f4b6fd1461037e575f5ffd5b8063aa8b0670146101bf578063afd435ef146102cc578063b703202d14610304578063be899c8914610317575f5ffd5b80632f2ff15d116100ce5780632f2ff15d1461017f57806336568abe1461019257806391d14854146101a5578063a217fddf146101b8575f5ffd5b806301ffc9a7146100ff578063248a9ca3146101275780632dabbeed146101575780632e7ba6ef1461016a575b5f5ffd5b61011261010d3660046112e5565b6103a5565b60405190151581526020015b60405180910390f35b61014961013536600461130c565b5f9081526020819052604090206001015490565b60405190815260200161011e565b61014961016536600461130c565b6103db565b61017d610178366004611337565b61056e565b005b61017d61018d3660046113c8565b610967565b61017d6101a03660046113c8565b610991565b6101126101b33660046113c8565b6109c9565b6101495f81565b6102bf6101cd36600461130c565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f9081526002602081815260409283902083516101208101855281546001600160a01b038082168352600160a01b918290046001600160401b0390811695840195909552600184015480821697840197909752958190049093166060820152928101549384166080840152920460ff16151560a0820152600382015460c08201526004909101546001600160801b0380821660e0840152600160801b9091041661010082015290565b60405161011e91906113f6565b6101496102da3660046114c9565b6001600160a01b039182165f90815260046020908152604080832093909416825291909152205490565b610149610312366004611510565b6109f1565b61017d610325366004611576565b610dd4565b61014960015481565b6101126103413660046113c8565b5f9182526003602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61017d6103793660046113c8565b610fbe565b6101497f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a81565b5f6001600160e01b03198216637965db0b60e01b14806103d557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f81815260026020526040812080546001600160a01b031661041857604051636dface1760e01b8152600481018490526024015b60405180910390fd5b6001810154600160a01b90046001600160401b0316421161046a57600181015460405163a19b6a5d60e01b815260048101859052600160a01b9091046001600160401b0316602482015260440161040f565b6002810154600160a01b900460ff161561049a5760405163cf67765b60e01b81526004810184905260240161040f565b60028101805460ff60a01b1916600160a01b17905560048101546104d0906001600160801b03600160801b8204811691166115c8565b60028201546001600160a01b039081165f9081526004602090815260408083206001870154909416835292905290812080546001600160801b0393909316945084929091906105209084906115e7565b909155505080546040518381526001600160a01b039091169084907fe79f76d3ef42e7845b4f718917861642d857a02a4e690c28e79e5af7f5f8f2d39060200160405180910390a350919050565b5f85815260026020526040902080546001600160a01b03166105a657604051636dface1760e01b81526004810187905260240161040f565b6001810154600160a01b90046001600160401b03164211156105f95760018101546040516376f7bfd360e11b815260048101889052600160a01b9091046001600160401b0316602482015260440161040f565b5f8681526003602090815260408083206001600160a01b038916845290915290205460ff161561064e576040516302a4851560e61b8152600481018790526001600160a01b038616602482015260440161040f565b604080516001600160a01b03871660208201529081018590525f9060600160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506106b18484846003015484610fe2565b6106ce576040516309bde33960e01b815260040160405180910390fd5b60028201546040516372c1cc1b60e11b81526001600160a01b03888116600483015290911690819063e583983690602401602060405180830381865afa15801561071a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061073e91906115fa565b1561076e576040516360c1d48360e11b8152600481018990526001600160a01b038816602482015260440161040f565b806001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107aa573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107ce9190611619565b60405163b9209e3360e01b81526001600160a01b038981166004830152919091169063b9209e3390602401602060405180830381865afa158015610814573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061083891906115fa565b61086757604051638114e98b60e01b8152600481018990526001600160a01b038816602482015260440161040f565b60048301545f90610889908890600160801b90046001600160801b03166115e7565b60048501549091506001600160801b03168111156108bd57604051630169d83560e01b8152600481018a905260240161040f565b5f8981526003602090815260408083206001600160a01b03808d1685529252909120805460ff191660019081179091556004860180546001600160801b03808616600160801b02911617905585015461091891168989610ff9565b876001600160a01b0316897f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed0268960405161095491815260200190565b60405180910390a3505050505050505050565b5f828152602081905260409020600101546109818161102e565b61098b838361103b565b50505050565b6001600160a01b03811633146109ba5760405163334bd91960e11b815260040160405180910390fd5b6109c482826110ca565b505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a610a1c8161102e565b6001600160a01b0388161580610a3957506001600160a01b038716155b80610a42575085155b80610a5357506001600160801b0386115b80610a5c575084155b80610a6f575043846001600160401b0316115b80610a83575042836001600160401b031611155b15610aa157604051630d16b83360e31b815260040160405180910390fd5b6001600160a01b038089165f908152600460209081526040808320938b168352929052205486811015610b0857604051633e6c096560e11b81526001600160a01b03808b16600483015289166024820152604481018890526064810182905260840161040f565b6001600160a01b03808a165f908152600460209081526040808320938c168352929052908120888303905560018054909190610b4390611634565b9190508190559250604051806101200160405280336001600160a01b03168152602001866001600160401b03168152602001896001600160a01b03168152602001856001600160401b031681526020018a6001600160a01b031681526020015f15158152602001878152602001886001600160801b031681526020015f6001600160801b031681525060025f8581526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060608201518160010160146101000a8154816001600160401b0302191690836001600160401b031602179055506080820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160020160146101000a81548160ff02191690831515021790555060c0820151816003015560e0820151816004015f6101000a8154816001600160801b0302191690836001600160801b031602179055506101008201518160040160106101000a8154816001600160801b0302191690836001600160801b03160217905550905050876001600160a01b0316896001600160a01b0316847f5c18d5678a15be26a1b0beef40edec79d7b8b3572a295b606347f240fa385b43338b8b8b8b604051610dc09594939291906001600160a01b03959095168552602085019390935260408401919091526001600160401b03908116606084015216608082015260a00190565b60405180910390a450509695505050505050565b6001600160a01b0383161580610df157506001600160a01b038216155b80610dfa575080155b15610e185760405163207a8a0d60e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015610e5c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e80919061164c565b9050610e976001600160a01b038416333085611133565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa158015610edd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f01919061164c565b610f0b9190611663565b9050828114610f375760405163049c0a1d60e11b8152600481018490526024810182905260440161040f565b6001600160a01b038086165f90815260046020908152604080832093881683529290529081208054859290610f6d9084906115e7565b909155505060405183815233906001600160a01b0386811691908816907fe608c0e47db87c217cc918af481c02f9174439c01a55e25131ddb3a737483f069060200160405180910390a45050505050565b5f82815260208190526040902060010154610fd88161102e565b61098b83836110ca565b5f82610fef868685611169565b1495945050505050565b61100683838360016111aa565b6109c457604051635274afe760e01b81526001600160a01b038416600482015260240161040f565b611038813361120c565b50565b5f61104683836109c9565b6110c3575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561107b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103d5565b505f6103d5565b5f6110d583836109c9565b156110c3575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103d5565b611141848484846001611249565b61098b57604051635274afe760e01b81526001600160a01b038516600482015260240161040f565b5f81815b848110156111a1576111978287878481811061118b5761118b611676565b905060200201356112b6565b915060010161116d565b50949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166112005783831516156111f4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b61121682826109c9565b6112455760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161040f565b5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166112a5578383151615611299573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f8183106112d0575f8281526020849052604090206112de565b5f8381526020839052604090205b9392505050565b5f602082840312156112f5575f5ffd5b81356001600160e01b0319811681146112de575f5ffd5b5f6020828403121561131c575f5ffd5b5035919050565b6001600160a01b0381168114611038575f5ffd5b5f5f5f5f5f6080868803121561134b575f5ffd5b85359450602086013561135d81611323565b93506040860135925060608601356001600160401b0381111561137e575f5ffd5b8601601f8101881361138e575f5ffd5b80356001600160401b038111156113a3575f5ffd5b8860208260051b84010111156113b7575f5ffd5b959894975092955050506020019190565b5f5f604083850312156113d9575f5ffd5b8235915060208301356113eb81611323565b809150509250929050565b81516001600160a01b031681526020808301516001600160401b031690820152604080830151610120830191611436908401826001600160a01b03169052565b50606083015161145160608401826001600160401b03169052565b50608083015161146c60808401826001600160a01b03169052565b5060a083015161148060a084018215159052565b5060c083015160c083015260e08301516114a560e08401826001600160801b03169052565b506101008301516114c26101008401826001600160801b03169052565b5092915050565b5f5f604083850312156114da575f5ffd5b82356114e581611323565b915060208301356113eb81611323565b80356001600160401b038116811461150b575f5ffd5b919050565b5f5f5f5f5f5f60c08789031215611525575f5ffd5b863561153081611323565b9550602087013561154081611323565b9450604087013593506060870135925061155c608088016114f5565b915061156a60a088016114f5565b90509295509295509295565b5f5f5f60608486031215611588575f5ffd5b833561159381611323565b925060208401356115a381611323565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b0382811682821603908111156103d5576103d56115b4565b808201808211156103d5576103d56115b4565b5f6020828403121561160a575f5ffd5b815180151581146112de575f5ffd5b5f60208284031215611629575f5ffd5b81516112de81611323565b5f60018201611645576116456115b4565b5060010190565b5f6020828403121561165c575f5ffd5b5051919050565b818103818111156103d5576103d56115b4565b634e487b7160e01b5f52603260045260245ffdfea164736f6c6343000825000a",
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

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (distributor *Distributor) PackConstructor(admin common.Address) []byte {
	enc, err := distributor.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (distributor *Distributor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], distributor.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return distributor.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return distributor.UnpackAccessControlUnauthorizedAccountError(raw[4:])
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
	if bytes.Equal(raw[:4], distributor.abi.Errors["ExceedsDistribution"].ID.Bytes()[:4]) {
		return distributor.UnpackExceedsDistributionError(raw[4:])
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
	if bytes.Equal(raw[:4], distributor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return distributor.UnpackInvalidProofError(raw[4:])
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
