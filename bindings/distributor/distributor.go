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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyReclaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"ClaimWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ExceedsDistribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"FundingShortfall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDistribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotIssuer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDistribution\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"DistributionPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Reclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUBLISHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"distribution\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"reclaimed\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"total\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"claimed\",\"type\":\"uint128\"}],\"internalType\":\"structDistributor.Distribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"paymentToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimDeadline\",\"type\":\"uint64\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"reclaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Distributor",
	Bin: "0x608060405234801561000f575f5ffd5b506040516113ab3803806113ab83398101604081905261002e916100e8565b6100385f8261003f565b5050610115565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166100df575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100973390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100e2565b505f5b92915050565b5f602082840312156100f8575f5ffd5b81516001600160a01b038116811461010e575f5ffd5b9392505050565b611289806101225f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c8063a217fddf11610088578063c65c3d9511610063578063c65c3d95146102c9578063d2ef0795146102d2578063d547741f1461030a578063d8f4b6fd1461031d575f5ffd5b8063a217fddf146101a2578063aa8b0670146101a9578063b703202d146102b6575f5ffd5b80632e7ba6ef116100c35780632e7ba6ef146101545780632f2ff15d1461016957806336568abe1461017c57806391d148541461018f575f5ffd5b806301ffc9a7146100e9578063248a9ca3146101115780632dabbeed14610141575b5f5ffd5b6100fc6100f7366004610f7b565b610344565b60405190151581526020015b60405180910390f35b61013361011f366004610fa2565b5f9081526020819052604090206001015490565b604051908152602001610108565b61013361014f366004610fa2565b61037a565b610167610162366004610fcd565b61051a565b005b61016761017736600461105e565b610779565b61016761018a36600461105e565b6107a3565b6100fc61019d36600461105e565b6107db565b6101335f81565b6102a96101b7366004610fa2565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f9081526002602081815260409283902083516101208101855281546001600160a01b038082168352600160a01b918290046001600160401b0390811695840195909552600184015480821697840197909752958190049093166060820152928101549384166080840152920460ff16151560a0820152600382015460c08201526004909101546001600160801b0380821660e0840152600160801b9091041661010082015290565b604051610108919061108c565b6101336102c436600461117a565b610803565b61013360015481565b6100fc6102e036600461105e565b5f9182526003602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61016761031836600461105e565b610c54565b6101337f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a81565b5f6001600160e01b03198216637965db0b60e01b148061037457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f81815260026020526040812080546001600160a01b03166103b757604051636dface1760e01b8152600481018490526024015b60405180910390fd5b80546001600160a01b031633146103ea5760405163bc27f65d60e01b8152600481018490523360248201526044016103ae565b6001810154600160a01b90046001600160401b0316421161043c57600181015460405163a19b6a5d60e01b815260048101859052600160a01b9091046001600160401b031660248201526044016103ae565b6002810154600160a01b900460ff161561046c5760405163cf67765b60e01b8152600481018490526024016103ae565b60028101805460ff60a01b1916600160a01b17905560048101546104a2906001600160801b03600160801b8204811691166111f4565b6001600160801b0316915081156104d157805460018201546104d1916001600160a01b03918216911684610c78565b80546040518381526001600160a01b039091169084907fe79f76d3ef42e7845b4f718917861642d857a02a4e690c28e79e5af7f5f8f2d39060200160405180910390a350919050565b5f85815260026020526040902080546001600160a01b031661055257604051636dface1760e01b8152600481018790526024016103ae565b6001810154600160a01b90046001600160401b03164211156105a55760018101546040516376f7bfd360e11b815260048101889052600160a01b9091046001600160401b031660248201526044016103ae565b5f8681526003602090815260408083206001600160a01b038916845290915290205460ff16156105fa576040516302a4851560e61b8152600481018790526001600160a01b03861660248201526044016103ae565b604080516001600160a01b03871660208201529081018590525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905061065d8484846003015484610cad565b61067a576040516309bde33960e01b815260040160405180910390fd5b60048201545f9061069c908790600160801b90046001600160801b0316611213565b60048401549091506001600160801b03168111156106d057604051630169d83560e01b8152600481018990526024016103ae565b5f8881526003602090815260408083206001600160a01b03808c1685529252909120805460ff191660019081179091556004850180546001600160801b03808616600160801b02911617905584015461072b91168888610c78565b866001600160a01b0316887f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed0268860405161076791815260200190565b60405180910390a35050505050505050565b5f8281526020819052604090206001015461079381610cc4565b61079d8383610cd1565b50505050565b6001600160a01b03811633146107cc5760405163334bd91960e11b815260040160405180910390fd5b6107d68282610d60565b505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a61082e81610cc4565b6001600160a01b0387161580610842575085155b8061085357506001600160801b0386115b8061085c575084155b8061086f575043846001600160401b0316115b80610883575042836001600160401b031611155b156108a157604051630d16b83360e31b815260040160405180910390fd5b60015f81546108af90611226565b9190508190559150604051806101200160405280336001600160a01b03168152602001856001600160401b03168152602001886001600160a01b03168152602001846001600160401b03168152602001896001600160a01b031681526020015f15158152602001868152602001876001600160801b031681526020015f6001600160801b031681525060025f8481526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060608201518160010160146101000a8154816001600160401b0302191690836001600160401b031602179055506080820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160020160146101000a81548160ff02191690831515021790555060c0820151816003015560e0820151816004015f6101000a8154816001600160801b0302191690836001600160801b031602179055506101008201518160040160106101000a8154816001600160801b0302191690836001600160801b031602179055509050505f876001600160a01b03166370a08231306040518263ffffffff1660e01b8152600401610ae791906001600160a01b0391909116815260200190565b602060405180830381865afa158015610b02573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b26919061123e565b9050610b3d6001600160a01b03891633308a610dc9565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038b16906370a0823190602401602060405180830381865afa158015610b83573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ba7919061123e565b610bb19190611255565b9050878114610bdd5760405163049c0a1d60e11b815260048101899052602481018290526044016103ae565b60408051338152602081018a90529081018890526001600160401b038088166060830152861660808201526001600160a01b03808b1691908c169086907f5c18d5678a15be26a1b0beef40edec79d7b8b3572a295b606347f240fa385b439060a00160405180910390a45050509695505050505050565b5f82815260208190526040902060010154610c6e81610cc4565b61079d8383610d60565b610c858383836001610dff565b6107d657604051635274afe760e01b81526001600160a01b03841660048201526024016103ae565b5f82610cba868685610e61565b1495945050505050565b610cce8133610ea2565b50565b5f610cdc83836107db565b610d59575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610d113390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610374565b505f610374565b5f610d6b83836107db565b15610d59575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610374565b610dd7848484846001610edf565b61079d57604051635274afe760e01b81526001600160a01b03851660048201526024016103ae565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610e55578383151615610e49573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f81815b84811015610e9957610e8f82878784818110610e8357610e83611268565b90506020020135610f4c565b9150600101610e65565b50949350505050565b610eac82826107db565b610edb5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016103ae565b5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610f3b578383151615610f2f573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f818310610f66575f828152602084905260409020610f74565b5f8381526020839052604090205b9392505050565b5f60208284031215610f8b575f5ffd5b81356001600160e01b031981168114610f74575f5ffd5b5f60208284031215610fb2575f5ffd5b5035919050565b6001600160a01b0381168114610cce575f5ffd5b5f5f5f5f5f60808688031215610fe1575f5ffd5b853594506020860135610ff381610fb9565b93506040860135925060608601356001600160401b03811115611014575f5ffd5b8601601f81018813611024575f5ffd5b80356001600160401b03811115611039575f5ffd5b8860208260051b840101111561104d575f5ffd5b959894975092955050506020019190565b5f5f6040838503121561106f575f5ffd5b82359150602083013561108181610fb9565b809150509250929050565b81516001600160a01b031681526020808301516001600160401b0316908201526040808301516101208301916110cc908401826001600160a01b03169052565b5060608301516110e760608401826001600160401b03169052565b50608083015161110260808401826001600160a01b03169052565b5060a083015161111660a084018215159052565b5060c083015160c083015260e083015161113b60e08401826001600160801b03169052565b506101008301516111586101008401826001600160801b03169052565b5092915050565b80356001600160401b0381168114611175575f5ffd5b919050565b5f5f5f5f5f5f60c0878903121561118f575f5ffd5b863561119a81610fb9565b955060208701356111aa81610fb9565b945060408701359350606087013592506111c66080880161115f565b91506111d460a0880161115f565b90509295509295509295565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b038281168282160390811115610374576103746111e0565b80820180821115610374576103746111e0565b5f60018201611237576112376111e0565b5060010190565b5f6020828403121561124e575f5ffd5b5051919050565b81810381811115610374576103746111e0565b634e487b7160e01b5f52603260045260245ffdfea164736f6c6343000825000a",
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
	if bytes.Equal(raw[:4], distributor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return distributor.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["NotIssuer"].ID.Bytes()[:4]) {
		return distributor.UnpackNotIssuerError(raw[4:])
	}
	if bytes.Equal(raw[:4], distributor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return distributor.UnpackSafeERC20FailedOperationError(raw[4:])
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

// DistributorNotIssuer represents a NotIssuer error raised by the Distributor contract.
type DistributorNotIssuer struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotIssuer(uint256 id, address caller)
func DistributorNotIssuerErrorID() common.Hash {
	return common.HexToHash("0xbc27f65d2464d5e6f03511f854be61fd564be239e927abe532c3b492490dcef6")
}

// UnpackNotIssuerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotIssuer(uint256 id, address caller)
func (distributor *Distributor) UnpackNotIssuerError(raw []byte) (*DistributorNotIssuer, error) {
	out := new(DistributorNotIssuer)
	if err := distributor.abi.UnpackIntoInterface(out, "NotIssuer", raw); err != nil {
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
