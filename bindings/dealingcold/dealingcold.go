// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dealingcold

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

// DealingConfig is an auto generated low-level Go binding around an user-defined struct.
type DealingConfig struct {
	Modes      uint8
	FeeBps     uint16
	NavTTL     uint32
	MinDeposit *big.Int
	MaxDeposit *big.Int
	MinRedeem  *big.Int
	MaxRedeem  *big.Int
}

// DealingColdMetaData contains all meta data concerning the DealingCold contract.
var DealingColdMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"CutoffPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"cap\",\"type\":\"uint16\"}],\"name\":\"FeeAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"InvalidCutoff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRateLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCutoff\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotClaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotWire\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ReceiverNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"WrongController\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"WrongKind\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"CancelDepositClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelDepositRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"CancelRedeemClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelRedeemRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"modes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"navTTL\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minRedeem\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxRedeem\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structDealing.Config\",\"name\":\"config\",\"type\":\"tuple\"}],\"name\":\"ConfigSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"CutoffPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PaymentConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PayoutConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"globalCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perInvestorCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"RateLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"RequestCutoff\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUnits\",\"type\":\"bool\"}],\"name\":\"convert\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCutoff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCutoff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"d\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DealingCold",
	Bin: "0x6125a6610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610111575f3560e01c80635fcff075116100a95780639a5ef369116100795780639a5ef369146102935780639fd0457a146102a6578063c090ea7b146102c5578063c534bae9146102e4578063fc13f31a146102f7575f5ffd5b80635fcff0751461022357806365fc0ae71461024d57806375c542241461025557806385fd695714610274575f5ffd5b80632d6e7990116100e45780632d6e7990146101a557806339e91709146101c6578063443f51cd146101e5578063569fafc714610204575f5ffd5b806303ebc1261461011557806304565e271461013a578063164e68de146101675780631b76cbf114610186575b5f5ffd5b61011d610316565b6040516001600160401b0390911681526020015b60405180910390f35b818015610145575f5ffd5b50610159610154366004611db4565b61033c565b604051908152602001610131565b818015610172575f5ffd5b50610159610181366004611df3565b6104b7565b818015610191575f5ffd5b506101596101a0366004611db4565b61054e565b8180156101b0575f5ffd5b506101c46101bf366004611e1c565b61069b565b005b8180156101d1575f5ffd5b506101c46101e0366004611e5a565b610855565b8180156101f0575f5ffd5b506101c46101ff366004611e7a565b61099f565b81801561020f575f5ffd5b506101c461021e366004611e93565b610b15565b81801561022e575f5ffd5b50610237610ccd565b60405164ffffffffff9091168152602001610131565b61011d610d48565b818015610260575f5ffd5b506101c461026f366004611f02565b610db8565b81801561027f575f5ffd5b506101c461028e366004611f4e565b610e8b565b6101596102a1366004611fa7565b610f88565b8180156102b1575f5ffd5b506101c46102c0366004611e5a565b6110b1565b8180156102d0575f5ffd5b506101c46102df366004611fd9565b611277565b6101596102f2366004612010565b6114d5565b818015610302575f5ffd5b506101c461031136600461203c565b6115cf565b5f5f5f61032161169e565b915091505f1982146103335780610335565b5f5b9250505090565b5f5f61034a8584600161172d565b905060038154600160f01b900460ff16600581111561036b5761036b61205f565b146103a257805460405163adf7c44560e01b8152610399918791600160f01b90910460ff1690600401612073565b60405180910390fd5b6001600160a01b0384166103c95760405163e6c4247b60e01b815260040160405180910390fd5b805460ff60f01b1916600160f21b17808255600160f81b90046001165f036104645760018101546001600160801b03169150816104046117df565b60080180545f9061041f9084906001600160801b03166120b7565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555061046484836104506117df565b600101546001600160a01b03169190611803565b604080513381526020810184905286916001600160a01b0380881692908716917f295a9a8b44c0ac92394b0da92ef469784ff064156f08dab8316760c064c6cd2f910160405180910390a4509392505050565b5f6104c06117df565b600701546001600160801b031690505f6104d86117df565b60070180546001600160801b0319166001600160801b039290921691909117905561050682826104506117df565b816001600160a01b03167fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a8260405161054191815260200190565b60405180910390a2919050565b5f5f61055c8584600261172d565b905060038154600160f01b900460ff16600581111561057d5761057d61205f565b146105ab57805460405163adf7c44560e01b8152610399918791600160f01b90910460ff1690600401612073565b60028101545f906001600160a01b0316156105d35760028201546001600160a01b03166105d5565b835b9050806001600160a01b0316856001600160a01b03161461061c5760405163449a96c360e11b81526001600160a01b03808716600483015282166024820152604401610399565b815460ff60f01b1916600160f21b17825560018201546001600160801b03169250610647818461183d565b604080513381526020810185905287916001600160a01b0380891692908816917f9c133d4657dc9cd12f4c08cef86ef778dbbe03f3ad3b661ff14d36bc3febb1fb910160405180910390a450509392505050565b5f6106a46117df565b600d018460ff16600281106106bb576106bb6120d6565b60020201805460018201549192506001600160801b0380821692600160801b90920481169163ffffffff8116915f9161070d9164010000000082041690600160a01b900464ffffffffff168685611934565b90505f6107186117df565b6011015f6107258a611994565b81526020019081526020015f208960ff1660028110610746576107466120d6565b0180549091505f90610772906001600160801b03811690600160801b900464ffffffffff168787611934565b90505f61078187858885611a8e565b9050808911156107b057604051630361534b60e01b815260ff8c16600482015260248101829052604401610399565b861561080b576107c089856120ea565b600189018054640100000000600160c81b0319166401000000006001600160801b03939093169290920264ffffffffff60a01b191691909117600160a01b4264ffffffffff16021790555b85156108485761081b89836120ea565b83546001600160801b03919091166001600160a81b031990911617600160801b4264ffffffffff16021783555b5050505050505050505050565b5f610861836001611adf565b905060018154600160f01b900460ff1660058111156108825761088261205f565b146108b05780546040516345945c7d60e11b8152610399918591600160f01b90910460ff1690600401612073565b5f5f6108ba61169e565b915091505f1982036108df57604051631d957c4360e31b815260040160405180910390fd5b825460016affffffffffff000000000160a01b0381166002600160f81b9283900460ff161790910264ffffffffff60a01b191617600160a01b64ffffffffff83160217835560405184815285907f70de9f0f6f938ea79b05be5db172ce6a78f0b33cfdc410388b61f0ec50605e2b9060200160405180910390a26040516001600160401b038216815285907f17c7ac333b130f9e2c9eb69fa5f5e880f212ef4d0a859abc250da46bb7fa1e5f906020015b60405180910390a25050505050565b60646109b1604083016020840161210c565b61ffff1611156109f2576109cb604082016020830161210c565b604051635ccbf4a560e01b815261ffff909116600482015260646024820152604401610399565b610a0260a0820160808301612127565b6001600160801b031615801590610a485750610a2460a0820160808301612127565b6001600160801b0316610a3d6080830160608401612127565b6001600160801b0316115b80610aa45750610a5e60e0820160c08301612127565b6001600160801b031615801590610aa45750610a8060e0820160c08301612127565b6001600160801b0316610a9960c0830160a08401612127565b6001600160801b0316115b15610ac2576040516306b7c75960e31b815260040160405180910390fd5b80610acb6117df565b600301610ad8828261214e565b9050507f9d439e34d78293406d8148f8e04e6b00863cd10dd5e32fe16b55a5d32f54fe9081604051610b0a9190612295565b60405180910390a150565b5f610b1e6117df565b60128101549091505f8115610b785760128301610b3c600184612347565b81548110610b4c57610b4c6120d6565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b0316610b7a565b5f5b6001600160401b031690505f849003610ba85760405163aded6c3360e01b81525f6004820152602401610399565b5f5b84811015610cc5575f868683818110610bc557610bc56120d6565b9050602002016020810190610bda919061235a565b905082816001600160401b0316111580610bfd575042816001600160401b031611155b80610c15575064ffffffffff6001600160401b038216115b15610c3e5760405163aded6c3360e01b81526001600160401b0382166004820152602401610399565b6012850180546001810182555f918252602091829020600482040180546001600160401b0385811660086003909516949094026101000a8481029102199091161790556040519081527f04408a90b72a2887b042e194a3c09ca2fa46fec3bc94fcb958ca48a44c8484fd910160405180910390a16001600160401b03169150600101610baa565b505050505050565b5f5f5f610cd861169e565b915091505f198203610cfd57604051631d957c4360e31b815260040160405180910390fd5b5f610d066117df565b80546001600160b81b0316600160b81b64ffffffffff8516026001600160e01b031617600160e01b63ffffffff95909516949094029390931790925592915050565b5f5f610d526117df565b6012015490508015610db057610d666117df565b601201610d74600183612347565b81548110610d8457610d846120d6565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b0316610db2565b5f5b91505090565b6001600160801b03811115610de057604051630590fb9f60e01b815260040160405180910390fd5b80610de96117df565b6006018054601090610e0c908490600160801b90046001600160801b0316612380565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550610e53333083610e3e6117df565b600101546001600160a01b0316929190611ba6565b60405181815233907fb52b99b9e83551fcbd069b559cc3e823e2a1a3bad8ece46561ea77524394c8509060200160405180910390a250565b60018460ff161180610ec757506001600160801b038316151580610eb757506001600160801b03821615155b8015610ec7575063ffffffff8116155b15610ee55760405163eb0b742160e01b815260040160405180910390fd5b5f610eee6117df565b600d018560ff1660028110610f0557610f056120d6565b6001600160801b03868116600160801b91871691820281176002939093029390930191825560018201805463ffffffff191663ffffffff871690811790915560408051948552602085019290925290830152915060ff8616907f984d03be836efd872264797ee4692883e15e3a413d3fb6250086616fd9c1855790606001610990565b5f5f610f926117df565b9050806002015f9054906101000a90046001600160a01b03166001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa925050508015611004575060408051601f3d908101601f19168201909252611001918101906123b8565b60015b611011575f9150506110ab565b5f8413611026575f96505050505050506110ab565b85545f906110479060ff600160b01b8204811691600160a01b9004166120ea565b61105290600a6124e9565b87549091505f9061106e90600160a81b900460ff16600a6124e9565b61107890876124f4565b90508961108f5761108a8b8284611be2565b61109a565b61109a8b8383611be2565b985050505050505050506110ab565b505b92915050565b5f6110bd836002611adf565b905060028154600160f01b900460ff1660058111156110de576110de61205f565b1461110c57805460405163adf7c44560e01b8152610399918591600160f01b90910460ff1690600401612073565b80546001600160f81b0381166002600160f81b9283900460ff1681179092021782558101545f906001600160a01b0316156111545760028201546001600160a01b0316611160565b81546001600160a01b03165b60018301549091506001600160801b031661117b828261183d565b6111836117df565b54604080513060208201526060918101829052600660808201526572656465656d60d01b60a08201529081018790526001600160a01b039091169063158a1cc3908490849060c00160408051601f198184030181529082905280516020909101206001600160e01b031960e086901b1682526001600160a01b039093166004820152602481019190915260448101919091526064015f604051808303815f87803b15801561122f575f5ffd5b505af1158015611241573d5f5f3e3d5ffd5b50505050847f10f7e969460007fd0eee364c6c46c279c1af853e111c4e34b3318f113b130cab8560405161099091815260200190565b5f6112806117df565b90505f61128e85858561172d565b905060018154600160f01b900460ff1660058111156112af576112af61205f565b146112dd5780546040516345945c7d60e11b8152610399918791600160f01b90910460ff1690600401612073565b8054600160a01b900464ffffffffff165f60018560028111156113025761130261205f565b14801561131957508254600160f81b900460011615155b801561132e57508254600160f81b9004600216155b90508164ffffffffff164210158015611345575080155b1561137357604051632b95c57b60e21b81526004810188905264ffffffffff83166024820152604401610399565b825460ff60f01b1916600360f01b17835560018560028111156113985761139861205f565b0361148b578254600160f81b90046001165f036114465760018301546006850180546001600160801b03928316928392915f916113d7918591166120b7565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080856008015f8282829054906101000a90046001600160801b03166114209190612380565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550505b60405133815287906001600160a01b038816907f4ae0134aad5d0e98e82f45680facd628ee6b5aa85ad9a85248a7ef47319f8c509060200160405180910390a36114cc565b60405133815287906001600160a01b038816907fa16c0f2cab616ed5d17cd544655b00d7062a1df7c457960cc8b9bf60770f92369060200160405180910390a35b50505050505050565b5f5f6114df6117df565b600d018460ff16600281106114f6576114f66120d6565b60020201805460018201549192506001600160801b0380821692600160801b90920481169163ffffffff8116915f916115489164010000000082041690600160a01b900464ffffffffff168685611934565b90505f83156115b6575f61155a6117df565b6011015f6115678b611994565b81526020019081526020015f208a60ff1660028110611588576115886120d6565b0180549091506115b2906001600160801b03811690600160801b900464ffffffffff168787611934565b9150505b6115c285838684611a8e565b9998505050505050505050565b5f6115d86117df565b60060154600160801b90046001600160801b03169050808311156116195760405163315276c960e01b81526004810184905260248101829052604401610399565b6116238382612347565b61162b6117df565b60060180546001600160801b03928316600160801b02921691909117905561165682846104506117df565b816001600160a01b03167fcf3e2ed8c545de2d902ea60194df2faa514dad26e69937899d836f775b6973a88460405161169191815260200190565b60405180910390a2505050565b5f5f5f6116a96117df565b60128101548154600160e01b900463ffffffff1694509091505b80841015611721578160120184815481106116e0576116e06120d6565b5f918252602090912060048204015460039091166008026101000a90046001600160401b03169250428311156117165750509091565b8360010193506116c3565b505f19935f9350915050565b5f6117366117df565b5f85815260099190910160205260409020905081600281111561175b5761175b61205f565b8154600160e81b900460ff1660028111156117785761177861205f565b1461179957604051633520f05360e11b815260048101859052602401610399565b80546001600160a01b038481169116146117d8576040516358deb6c160e11b8152600481018590526001600160a01b0384166024820152604401610399565b9392505050565b7f5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e976422000090565b6118108383836001611c92565b61183857604051635274afe760e01b81526001600160a01b0384166004820152602401610399565b505050565b5f6118466117df565b5460405163158b1a5760e01b81526001600160a01b03858116600483015290911691505f90829063158b1a5790602401602060405180830381865afa158015611891573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118b5919061250b565b90505f8382106118c557836118c7565b815b9050801561192d57604051631fe56f7d60e01b81526001600160a01b03868116600483015260248201839052841690631fe56f7d906044015f604051808303815f87803b158015611916575f5ffd5b505af1158015611928573d5f5f3e3d5ffd5b505050505b5050505050565b5f821580611940575084155b1561194c57505f61198c565b5f82846119598742612347565b61196391906124f4565b61196d9190612536565b905085811015611986576119818187612347565b611988565b5f5b9150505b949350505050565b5f5f61199e6117df565b54604080516304d3863d60e21b815290516001600160a01b039092169163134e18f4916004808201926020929091908290030181865afa1580156119e4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a089190612555565b604051634dffeb6960e01b81526001600160a01b03858116600483015291925090821690634dffeb6990602401602060405180830381865afa158015611a50573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a74919061250b565b915081611a88576001600160a01b03831691505b50919050565b5f198415611ab057838511611aa3575f611aad565b611aad8486612347565b90505b821561198c57611ad681838511611ac7575f611cf4565b611ad18486612347565b611cf4565b95945050505050565b5f611ae86117df565b5f848152600991909101602052604090209050816002811115611b0d57611b0d61205f565b8154600160e81b900460ff166002811115611b2a57611b2a61205f565b14611b4b57604051633520f05360e11b815260048101849052602401610399565b8054600160f81b90046001165f03611b7957604051631f94ad0f60e21b815260048101849052602401610399565b8054600160f81b9004600216156110ab5760405163a614b7ff60e01b815260048101849052602401610399565b611bb4848484846001611d03565b611bdc57604051635274afe760e01b81526001600160a01b0385166004820152602401610399565b50505050565b5f5f5f611bef8686611d70565b91509150815f03611c1357838181611c0957611c09612522565b04925050506117d8565b818411611c2a57611c2a6003851502601118611d8c565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611ce8578383151615611cdc573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8282188284100282186117d8565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611d5f578383151615611d53573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0381168114611db1575f5ffd5b50565b5f5f5f60608486031215611dc6575f5ffd5b833592506020840135611dd881611d9d565b91506040840135611de881611d9d565b809150509250925092565b5f60208284031215611e03575f5ffd5b81356117d881611d9d565b60ff81168114611db1575f5ffd5b5f5f5f60608486031215611e2e575f5ffd5b8335611e3981611e0e565b92506020840135611e4981611d9d565b929592945050506040919091013590565b5f5f60408385031215611e6b575f5ffd5b50508035926020909101359150565b5f60e0828403128015611e8b575f5ffd5b509092915050565b5f5f60208385031215611ea4575f5ffd5b82356001600160401b03811115611eb9575f5ffd5b8301601f81018513611ec9575f5ffd5b80356001600160401b03811115611ede575f5ffd5b8560208260051b8401011115611ef2575f5ffd5b6020919091019590945092505050565b5f60208284031215611f12575f5ffd5b5035919050565b6001600160801b0381168114611db1575f5ffd5b8035611f3881611f19565b919050565b63ffffffff81168114611db1575f5ffd5b5f5f5f5f60808587031215611f61575f5ffd5b8435611f6c81611e0e565b93506020850135611f7c81611f19565b92506040850135611f8c81611f19565b91506060850135611f9c81611f3d565b939692955090935050565b5f5f60408385031215611fb8575f5ffd5b8235915060208301358015158114611fce575f5ffd5b809150509250929050565b5f5f5f60608486031215611feb575f5ffd5b833592506020840135611ffd81611d9d565b9150604084013560038110611de8575f5ffd5b5f5f60408385031215612021575f5ffd5b823561202c81611e0e565b91506020830135611fce81611d9d565b5f5f6040838503121561204d575f5ffd5b823591506020830135611fce81611d9d565b634e487b7160e01b5f52602160045260245ffd5b828152604081016006831061209657634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b0382811682821603908111156110ab576110ab6120a3565b634e487b7160e01b5f52603260045260245ffd5b808201808211156110ab576110ab6120a3565b61ffff81168114611db1575f5ffd5b5f6020828403121561211c575f5ffd5b81356117d8816120fd565b5f60208284031215612137575f5ffd5b81356117d881611f19565b5f81356110ab81611f19565b813561215981611e0e565b81546020840135612169816120fd565b62ffff008160081b1660ff841662ffffff198416171784555050505f604083013561219381611f3d565b825466ffffffff000000191660189190911b66ffffffff00000016178255506122016121c160608401612142565b825476ffffffffffffffffffffffffffffffff00000000000000191660389190911b76ffffffffffffffffffffffffffffffff0000000000000016178255565b6001810161223161221460808501612142565b82546001600160801b0319166001600160801b0391909116178255565b61226061224060a08501612142565b82546001600160801b031660809190911b6001600160801b031916178255565b5061229161227060c08401612142565b600283016001600160801b0382166001600160801b03198254161781555050565b5050565b60e0810182356122a481611e0e565b60ff16825260208301356122b7816120fd565b61ffff16602083015260408301356122ce81611f3d565b63ffffffff1660408301526122e560608401611f2d565b6001600160801b031660608301526122ff60808401611f2d565b6001600160801b0316608083015261231960a08401611f2d565b6001600160801b031660a083015261233360c08401611f2d565b6001600160801b03811660c08401526110a9565b818103818111156110ab576110ab6120a3565b5f6020828403121561236a575f5ffd5b81356001600160401b03811681146117d8575f5ffd5b6001600160801b0381811683821601908111156110ab576110ab6120a3565b805169ffffffffffffffffffff81168114611f38575f5ffd5b5f5f5f5f5f60a086880312156123cc575f5ffd5b6123d58661239f565b602087015160408801516060890151929750909550935091506123fa6080870161239f565b90509295509295909350565b6001815b600184111561244157808504811115612425576124256120a3565b600184161561243357908102905b60019390931c92800261240a565b935093915050565b5f82612457575060016110ab565b8161246357505f6110ab565b816001811461247957600281146124835761249f565b60019150506110ab565b60ff841115612494576124946120a3565b50506001821b6110ab565b5060208310610133831016604e8410600b84101617156124c2575081810a6110ab565b6124ce5f198484612406565b805f19048211156124e1576124e16120a3565b029392505050565b5f6117d88383612449565b80820281158282048414176110ab576110ab6120a3565b5f6020828403121561251b575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f8261255057634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215612565575f5ffd5b81516117d881611d9d56fea2646970667358221220bea41df49adc99bb3dcc7cfd865ac3ac0645272ac53f12629ebeb8716e8ff40564736f6c63430008250033",
}

// DealingCold is an auto generated Go binding around an Ethereum contract.
type DealingCold struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DealingCold) GetABI() abi.ABI {
	return c.abi
}

// NewDealingCold creates a new instance of DealingCold.
func NewDealingCold() *DealingCold {
	parsed, err := DealingColdMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DealingCold{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DealingCold) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConvert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a5ef369.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convert(uint256 amount, bool toUnits) view returns(uint256)
func (dealingCold *DealingCold) PackConvert(amount *big.Int, toUnits bool) []byte {
	enc, err := dealingCold.abi.Pack("convert", amount, toUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a5ef369.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convert(uint256 amount, bool toUnits) view returns(uint256)
func (dealingCold *DealingCold) TryPackConvert(amount *big.Int, toUnits bool) ([]byte, error) {
	return dealingCold.abi.Pack("convert", amount, toUnits)
}

// UnpackConvert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a5ef369.
//
// Solidity: function convert(uint256 amount, bool toUnits) view returns(uint256)
func (dealingCold *DealingCold) UnpackConvert(data []byte) (*big.Int, error) {
	out, err := dealingCold.abi.Unpack("convert", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65fc0ae7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCutoff() view returns(uint64)
func (dealingCold *DealingCold) PackLastCutoff() []byte {
	enc, err := dealingCold.abi.Pack("lastCutoff")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65fc0ae7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCutoff() view returns(uint64)
func (dealingCold *DealingCold) TryPackLastCutoff() ([]byte, error) {
	return dealingCold.abi.Pack("lastCutoff")
}

// UnpackLastCutoff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65fc0ae7.
//
// Solidity: function lastCutoff() view returns(uint64)
func (dealingCold *DealingCold) UnpackLastCutoff(data []byte) (uint64, error) {
	out, err := dealingCold.abi.Unpack("lastCutoff", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNextCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ebc126.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextCutoff() view returns(uint64)
func (dealingCold *DealingCold) PackNextCutoff() []byte {
	enc, err := dealingCold.abi.Pack("nextCutoff")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ebc126.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextCutoff() view returns(uint64)
func (dealingCold *DealingCold) TryPackNextCutoff() ([]byte, error) {
	return dealingCold.abi.Pack("nextCutoff")
}

// UnpackNextCutoff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03ebc126.
//
// Solidity: function nextCutoff() view returns(uint64)
func (dealingCold *DealingCold) UnpackNextCutoff(data []byte) (uint64, error) {
	out, err := dealingCold.abi.Unpack("nextCutoff", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc534bae9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remaining(uint8 d, address wallet) view returns(uint256)
func (dealingCold *DealingCold) PackRemaining(d uint8, wallet common.Address) []byte {
	enc, err := dealingCold.abi.Pack("remaining", d, wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc534bae9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remaining(uint8 d, address wallet) view returns(uint256)
func (dealingCold *DealingCold) TryPackRemaining(d uint8, wallet common.Address) ([]byte, error) {
	return dealingCold.abi.Pack("remaining", d, wallet)
}

// UnpackRemaining is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc534bae9.
//
// Solidity: function remaining(uint8 d, address wallet) view returns(uint256)
func (dealingCold *DealingCold) UnpackRemaining(data []byte) (*big.Int, error) {
	out, err := dealingCold.abi.Unpack("remaining", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DealingColdCancelDepositClaim represents a CancelDepositClaim event raised by the DealingCold contract.
type DealingColdCancelDepositClaim struct {
	Controller common.Address
	Receiver   common.Address
	RequestId  *big.Int
	Sender     common.Address
	Assets     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingColdCancelDepositClaimEventName = "CancelDepositClaim"

// ContractEventName returns the user-defined event name.
func (DealingColdCancelDepositClaim) ContractEventName() string {
	return DealingColdCancelDepositClaimEventName
}

// UnpackCancelDepositClaimEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelDepositClaim(address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 assets)
func (dealingCold *DealingCold) UnpackCancelDepositClaimEvent(log *types.Log) (*DealingColdCancelDepositClaim, error) {
	event := "CancelDepositClaim"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdCancelDepositClaim)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdCancelDepositRequest represents a CancelDepositRequest event raised by the DealingCold contract.
type DealingColdCancelDepositRequest struct {
	Controller common.Address
	RequestId  *big.Int
	Sender     common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingColdCancelDepositRequestEventName = "CancelDepositRequest"

// ContractEventName returns the user-defined event name.
func (DealingColdCancelDepositRequest) ContractEventName() string {
	return DealingColdCancelDepositRequestEventName
}

// UnpackCancelDepositRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelDepositRequest(address indexed controller, uint256 indexed requestId, address sender)
func (dealingCold *DealingCold) UnpackCancelDepositRequestEvent(log *types.Log) (*DealingColdCancelDepositRequest, error) {
	event := "CancelDepositRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdCancelDepositRequest)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdCancelRedeemClaim represents a CancelRedeemClaim event raised by the DealingCold contract.
type DealingColdCancelRedeemClaim struct {
	Controller common.Address
	Receiver   common.Address
	RequestId  *big.Int
	Sender     common.Address
	Shares     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingColdCancelRedeemClaimEventName = "CancelRedeemClaim"

// ContractEventName returns the user-defined event name.
func (DealingColdCancelRedeemClaim) ContractEventName() string {
	return DealingColdCancelRedeemClaimEventName
}

// UnpackCancelRedeemClaimEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelRedeemClaim(address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 shares)
func (dealingCold *DealingCold) UnpackCancelRedeemClaimEvent(log *types.Log) (*DealingColdCancelRedeemClaim, error) {
	event := "CancelRedeemClaim"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdCancelRedeemClaim)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdCancelRedeemRequest represents a CancelRedeemRequest event raised by the DealingCold contract.
type DealingColdCancelRedeemRequest struct {
	Controller common.Address
	RequestId  *big.Int
	Sender     common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingColdCancelRedeemRequestEventName = "CancelRedeemRequest"

// ContractEventName returns the user-defined event name.
func (DealingColdCancelRedeemRequest) ContractEventName() string {
	return DealingColdCancelRedeemRequestEventName
}

// UnpackCancelRedeemRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelRedeemRequest(address indexed controller, uint256 indexed requestId, address sender)
func (dealingCold *DealingCold) UnpackCancelRedeemRequestEvent(log *types.Log) (*DealingColdCancelRedeemRequest, error) {
	event := "CancelRedeemRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdCancelRedeemRequest)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdConfigSet represents a ConfigSet event raised by the DealingCold contract.
type DealingColdConfigSet struct {
	Config DealingConfig
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingColdConfigSetEventName = "ConfigSet"

// ContractEventName returns the user-defined event name.
func (DealingColdConfigSet) ContractEventName() string {
	return DealingColdConfigSetEventName
}

// UnpackConfigSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigSet((uint8,uint16,uint32,uint128,uint128,uint128,uint128) config)
func (dealingCold *DealingCold) UnpackConfigSetEvent(log *types.Log) (*DealingColdConfigSet, error) {
	event := "ConfigSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdConfigSet)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdCutoffPublished represents a CutoffPublished event raised by the DealingCold contract.
type DealingColdCutoffPublished struct {
	Cutoff uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingColdCutoffPublishedEventName = "CutoffPublished"

// ContractEventName returns the user-defined event name.
func (DealingColdCutoffPublished) ContractEventName() string {
	return DealingColdCutoffPublishedEventName
}

// UnpackCutoffPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CutoffPublished(uint64 cutoff)
func (dealingCold *DealingCold) UnpackCutoffPublishedEvent(log *types.Log) (*DealingColdCutoffPublished, error) {
	event := "CutoffPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdCutoffPublished)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdFeesWithdrawn represents a FeesWithdrawn event raised by the DealingCold contract.
type DealingColdFeesWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingColdFeesWithdrawnEventName = "FeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (DealingColdFeesWithdrawn) ContractEventName() string {
	return DealingColdFeesWithdrawnEventName
}

// UnpackFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesWithdrawn(address indexed to, uint256 amount)
func (dealingCold *DealingCold) UnpackFeesWithdrawnEvent(log *types.Log) (*DealingColdFeesWithdrawn, error) {
	event := "FeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdPaymentConfirmed represents a PaymentConfirmed event raised by the DealingCold contract.
type DealingColdPaymentConfirmed struct {
	RequestId *big.Int
	Ref       [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingColdPaymentConfirmedEventName = "PaymentConfirmed"

// ContractEventName returns the user-defined event name.
func (DealingColdPaymentConfirmed) ContractEventName() string {
	return DealingColdPaymentConfirmedEventName
}

// UnpackPaymentConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentConfirmed(uint256 indexed requestId, bytes32 ref)
func (dealingCold *DealingCold) UnpackPaymentConfirmedEvent(log *types.Log) (*DealingColdPaymentConfirmed, error) {
	event := "PaymentConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdPaymentConfirmed)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdPayoutConfirmed represents a PayoutConfirmed event raised by the DealingCold contract.
type DealingColdPayoutConfirmed struct {
	RequestId *big.Int
	Ref       [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingColdPayoutConfirmedEventName = "PayoutConfirmed"

// ContractEventName returns the user-defined event name.
func (DealingColdPayoutConfirmed) ContractEventName() string {
	return DealingColdPayoutConfirmedEventName
}

// UnpackPayoutConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutConfirmed(uint256 indexed requestId, bytes32 ref)
func (dealingCold *DealingCold) UnpackPayoutConfirmedEvent(log *types.Log) (*DealingColdPayoutConfirmed, error) {
	event := "PayoutConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdPayoutConfirmed)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdRateLimitSet represents a RateLimitSet event raised by the DealingCold contract.
type DealingColdRateLimitSet struct {
	Direction           uint8
	GlobalCapacity      *big.Int
	PerInvestorCapacity *big.Int
	Window              uint32
	Raw                 *types.Log // Blockchain specific contextual infos
}

const DealingColdRateLimitSetEventName = "RateLimitSet"

// ContractEventName returns the user-defined event name.
func (DealingColdRateLimitSet) ContractEventName() string {
	return DealingColdRateLimitSetEventName
}

// UnpackRateLimitSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RateLimitSet(uint8 indexed direction, uint128 globalCapacity, uint128 perInvestorCapacity, uint32 window)
func (dealingCold *DealingCold) UnpackRateLimitSetEvent(log *types.Log) (*DealingColdRateLimitSet, error) {
	event := "RateLimitSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdRateLimitSet)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdRequestCutoff represents a RequestCutoff event raised by the DealingCold contract.
type DealingColdRequestCutoff struct {
	RequestId *big.Int
	Cutoff    uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingColdRequestCutoffEventName = "RequestCutoff"

// ContractEventName returns the user-defined event name.
func (DealingColdRequestCutoff) ContractEventName() string {
	return DealingColdRequestCutoffEventName
}

// UnpackRequestCutoffEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestCutoff(uint256 indexed requestId, uint64 cutoff)
func (dealingCold *DealingCold) UnpackRequestCutoffEvent(log *types.Log) (*DealingColdRequestCutoff, error) {
	event := "RequestCutoff"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdRequestCutoff)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdReserveFunded represents a ReserveFunded event raised by the DealingCold contract.
type DealingColdReserveFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingColdReserveFundedEventName = "ReserveFunded"

// ContractEventName returns the user-defined event name.
func (DealingColdReserveFunded) ContractEventName() string {
	return DealingColdReserveFundedEventName
}

// UnpackReserveFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFunded(address indexed from, uint256 amount)
func (dealingCold *DealingCold) UnpackReserveFundedEvent(log *types.Log) (*DealingColdReserveFunded, error) {
	event := "ReserveFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdReserveFunded)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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

// DealingColdReserveWithdrawn represents a ReserveWithdrawn event raised by the DealingCold contract.
type DealingColdReserveWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingColdReserveWithdrawnEventName = "ReserveWithdrawn"

// ContractEventName returns the user-defined event name.
func (DealingColdReserveWithdrawn) ContractEventName() string {
	return DealingColdReserveWithdrawnEventName
}

// UnpackReserveWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveWithdrawn(address indexed to, uint256 amount)
func (dealingCold *DealingCold) UnpackReserveWithdrawnEvent(log *types.Log) (*DealingColdReserveWithdrawn, error) {
	event := "ReserveWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealingCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingColdReserveWithdrawn)
	if len(log.Data) > 0 {
		if err := dealingCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealingCold.abi.Events[event].Inputs {
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
func (dealingCold *DealingCold) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["AlreadyConfirmed"].ID.Bytes()[:4]) {
		return dealingCold.UnpackAlreadyConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return dealingCold.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["CutoffPassed"].ID.Bytes()[:4]) {
		return dealingCold.UnpackCutoffPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["FeeAboveCap"].ID.Bytes()[:4]) {
		return dealingCold.UnpackFeeAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["InsufficientReserve"].ID.Bytes()[:4]) {
		return dealingCold.UnpackInsufficientReserveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["InvalidAddress"].ID.Bytes()[:4]) {
		return dealingCold.UnpackInvalidAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return dealingCold.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["InvalidCutoff"].ID.Bytes()[:4]) {
		return dealingCold.UnpackInvalidCutoffError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["InvalidRateLimit"].ID.Bytes()[:4]) {
		return dealingCold.UnpackInvalidRateLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["NoCutoff"].ID.Bytes()[:4]) {
		return dealingCold.UnpackNoCutoffError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["NotClaimable"].ID.Bytes()[:4]) {
		return dealingCold.UnpackNotClaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return dealingCold.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["NotWire"].ID.Bytes()[:4]) {
		return dealingCold.UnpackNotWireError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return dealingCold.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["ReceiverNotOwner"].ID.Bytes()[:4]) {
		return dealingCold.UnpackReceiverNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dealingCold.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["WrongController"].ID.Bytes()[:4]) {
		return dealingCold.UnpackWrongControllerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["WrongKind"].ID.Bytes()[:4]) {
		return dealingCold.UnpackWrongKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DealingColdAlreadyConfirmed represents a AlreadyConfirmed error raised by the DealingCold contract.
type DealingColdAlreadyConfirmed struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyConfirmed(uint256 requestId)
func DealingColdAlreadyConfirmedErrorID() common.Hash {
	return common.HexToHash("0xa614b7ff106084eae2bd0a709b028f143d349daf7544f481272866f409645c0a")
}

// UnpackAlreadyConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyConfirmed(uint256 requestId)
func (dealingCold *DealingCold) UnpackAlreadyConfirmedError(raw []byte) (*DealingColdAlreadyConfirmed, error) {
	out := new(DealingColdAlreadyConfirmed)
	if err := dealingCold.abi.UnpackIntoInterface(out, "AlreadyConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdAmountOverflow represents a AmountOverflow error raised by the DealingCold contract.
type DealingColdAmountOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow()
func DealingColdAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x0590fb9fd7fafa6ed96a184a49c94e739017029af0913ebb670bcdcf7b84d7e5")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow()
func (dealingCold *DealingCold) UnpackAmountOverflowError(raw []byte) (*DealingColdAmountOverflow, error) {
	out := new(DealingColdAmountOverflow)
	if err := dealingCold.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdCutoffPassed represents a CutoffPassed error raised by the DealingCold contract.
type DealingColdCutoffPassed struct {
	RequestId *big.Int
	Cutoff    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CutoffPassed(uint256 requestId, uint64 cutoff)
func DealingColdCutoffPassedErrorID() common.Hash {
	return common.HexToHash("0xae5715ec92668534245b5fd6d467a089d33198ce8092a97f09d8d2d20d9584c0")
}

// UnpackCutoffPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CutoffPassed(uint256 requestId, uint64 cutoff)
func (dealingCold *DealingCold) UnpackCutoffPassedError(raw []byte) (*DealingColdCutoffPassed, error) {
	out := new(DealingColdCutoffPassed)
	if err := dealingCold.abi.UnpackIntoInterface(out, "CutoffPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdFeeAboveCap represents a FeeAboveCap error raised by the DealingCold contract.
type DealingColdFeeAboveCap struct {
	FeeBps uint16
	Cap    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 cap)
func DealingColdFeeAboveCapErrorID() common.Hash {
	return common.HexToHash("0x5ccbf4a5ae5145f422bfe1c04725b5e32466948d67befa7c855f7b4fb9997043")
}

// UnpackFeeAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 cap)
func (dealingCold *DealingCold) UnpackFeeAboveCapError(raw []byte) (*DealingColdFeeAboveCap, error) {
	out := new(DealingColdFeeAboveCap)
	if err := dealingCold.abi.UnpackIntoInterface(out, "FeeAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdInsufficientReserve represents a InsufficientReserve error raised by the DealingCold contract.
type DealingColdInsufficientReserve struct {
	Needed  *big.Int
	Reserve *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientReserve(uint256 needed, uint256 reserve)
func DealingColdInsufficientReserveErrorID() common.Hash {
	return common.HexToHash("0x315276c95df83f9bf0b5451466839985e62391f3f31e046aeb26e5cfc49ecc78")
}

// UnpackInsufficientReserveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientReserve(uint256 needed, uint256 reserve)
func (dealingCold *DealingCold) UnpackInsufficientReserveError(raw []byte) (*DealingColdInsufficientReserve, error) {
	out := new(DealingColdInsufficientReserve)
	if err := dealingCold.abi.UnpackIntoInterface(out, "InsufficientReserve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdInvalidAddress represents a InvalidAddress error raised by the DealingCold contract.
type DealingColdInvalidAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAddress()
func DealingColdInvalidAddressErrorID() common.Hash {
	return common.HexToHash("0xe6c4247b90bd06996a32d386bb770af9c0018dd1b0ebbb2df2c4499f1eda7b16")
}

// UnpackInvalidAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAddress()
func (dealingCold *DealingCold) UnpackInvalidAddressError(raw []byte) (*DealingColdInvalidAddress, error) {
	out := new(DealingColdInvalidAddress)
	if err := dealingCold.abi.UnpackIntoInterface(out, "InvalidAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdInvalidConfig represents a InvalidConfig error raised by the DealingCold contract.
type DealingColdInvalidConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig()
func DealingColdInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x35be3ac88eaaf385e6b33d44d849a44bdc3ae215676d5d7e0194dfe20d80c66e")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig()
func (dealingCold *DealingCold) UnpackInvalidConfigError(raw []byte) (*DealingColdInvalidConfig, error) {
	out := new(DealingColdInvalidConfig)
	if err := dealingCold.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdInvalidCutoff represents a InvalidCutoff error raised by the DealingCold contract.
type DealingColdInvalidCutoff struct {
	Cutoff uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCutoff(uint64 cutoff)
func DealingColdInvalidCutoffErrorID() common.Hash {
	return common.HexToHash("0xaded6c338fe31a406854150956a0ed9bad4e16d4cfb1251e0fc42b0f98fbe183")
}

// UnpackInvalidCutoffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCutoff(uint64 cutoff)
func (dealingCold *DealingCold) UnpackInvalidCutoffError(raw []byte) (*DealingColdInvalidCutoff, error) {
	out := new(DealingColdInvalidCutoff)
	if err := dealingCold.abi.UnpackIntoInterface(out, "InvalidCutoff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdInvalidRateLimit represents a InvalidRateLimit error raised by the DealingCold contract.
type DealingColdInvalidRateLimit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRateLimit()
func DealingColdInvalidRateLimitErrorID() common.Hash {
	return common.HexToHash("0xeb0b7421c6d5c4d53d52c4661141dc8407436a50f52b4946336593f5d19c1dc3")
}

// UnpackInvalidRateLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRateLimit()
func (dealingCold *DealingCold) UnpackInvalidRateLimitError(raw []byte) (*DealingColdInvalidRateLimit, error) {
	out := new(DealingColdInvalidRateLimit)
	if err := dealingCold.abi.UnpackIntoInterface(out, "InvalidRateLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdNoCutoff represents a NoCutoff error raised by the DealingCold contract.
type DealingColdNoCutoff struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCutoff()
func DealingColdNoCutoffErrorID() common.Hash {
	return common.HexToHash("0xecabe218f6f8adbb2e51e315571e599ed60bcf9e79ee684a6c762ef705cb3ef4")
}

// UnpackNoCutoffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCutoff()
func (dealingCold *DealingCold) UnpackNoCutoffError(raw []byte) (*DealingColdNoCutoff, error) {
	out := new(DealingColdNoCutoff)
	if err := dealingCold.abi.UnpackIntoInterface(out, "NoCutoff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdNotClaimable represents a NotClaimable error raised by the DealingCold contract.
type DealingColdNotClaimable struct {
	RequestId *big.Int
	State     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClaimable(uint256 requestId, uint8 state)
func DealingColdNotClaimableErrorID() common.Hash {
	return common.HexToHash("0xadf7c445cd7167b889aba3fcc421bcc4e7466ad0062b038a1546308732c3a347")
}

// UnpackNotClaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClaimable(uint256 requestId, uint8 state)
func (dealingCold *DealingCold) UnpackNotClaimableError(raw []byte) (*DealingColdNotClaimable, error) {
	out := new(DealingColdNotClaimable)
	if err := dealingCold.abi.UnpackIntoInterface(out, "NotClaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdNotPending represents a NotPending error raised by the DealingCold contract.
type DealingColdNotPending struct {
	RequestId *big.Int
	State     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 requestId, uint8 state)
func DealingColdNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 requestId, uint8 state)
func (dealingCold *DealingCold) UnpackNotPendingError(raw []byte) (*DealingColdNotPending, error) {
	out := new(DealingColdNotPending)
	if err := dealingCold.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdNotWire represents a NotWire error raised by the DealingCold contract.
type DealingColdNotWire struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWire(uint256 requestId)
func DealingColdNotWireErrorID() common.Hash {
	return common.HexToHash("0x7e52b43c173db36f30406dcb781eb332ed9f3a09be7b2afadde5cd74cb282726")
}

// UnpackNotWireError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWire(uint256 requestId)
func (dealingCold *DealingCold) UnpackNotWireError(raw []byte) (*DealingColdNotWire, error) {
	out := new(DealingColdNotWire)
	if err := dealingCold.abi.UnpackIntoInterface(out, "NotWire", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdRateLimited represents a RateLimited error raised by the DealingCold contract.
type DealingColdRateLimited struct {
	Direction uint8
	Remaining *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint8 direction, uint256 remaining)
func DealingColdRateLimitedErrorID() common.Hash {
	return common.HexToHash("0x0361534b175d28b55051addb43860abdd9ef4cd48b7f8ccb84bb6150bbb9b040")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint8 direction, uint256 remaining)
func (dealingCold *DealingCold) UnpackRateLimitedError(raw []byte) (*DealingColdRateLimited, error) {
	out := new(DealingColdRateLimited)
	if err := dealingCold.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdReceiverNotOwner represents a ReceiverNotOwner error raised by the DealingCold contract.
type DealingColdReceiverNotOwner struct {
	Receiver common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiverNotOwner(address receiver, address owner)
func DealingColdReceiverNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x89352d86e441f20906dccbf073e613a1db18338a40a03001aaa24e8d0daa57e0")
}

// UnpackReceiverNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiverNotOwner(address receiver, address owner)
func (dealingCold *DealingCold) UnpackReceiverNotOwnerError(raw []byte) (*DealingColdReceiverNotOwner, error) {
	out := new(DealingColdReceiverNotOwner)
	if err := dealingCold.abi.UnpackIntoInterface(out, "ReceiverNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DealingCold contract.
type DealingColdSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DealingColdSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dealingCold *DealingCold) UnpackSafeERC20FailedOperationError(raw []byte) (*DealingColdSafeERC20FailedOperation, error) {
	out := new(DealingColdSafeERC20FailedOperation)
	if err := dealingCold.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdWrongController represents a WrongController error raised by the DealingCold contract.
type DealingColdWrongController struct {
	RequestId  *big.Int
	Controller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongController(uint256 requestId, address controller)
func DealingColdWrongControllerErrorID() common.Hash {
	return common.HexToHash("0xb1bd6d820868af4a1085255c187707d539836b7991a18b1f8d1023650381b4a8")
}

// UnpackWrongControllerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongController(uint256 requestId, address controller)
func (dealingCold *DealingCold) UnpackWrongControllerError(raw []byte) (*DealingColdWrongController, error) {
	out := new(DealingColdWrongController)
	if err := dealingCold.abi.UnpackIntoInterface(out, "WrongController", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingColdWrongKind represents a WrongKind error raised by the DealingCold contract.
type DealingColdWrongKind struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongKind(uint256 requestId)
func DealingColdWrongKindErrorID() common.Hash {
	return common.HexToHash("0x6a41e0a68a1ae05cff8769d6a94812d935c0751309037af9bb28ec7dcff0e998")
}

// UnpackWrongKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongKind(uint256 requestId)
func (dealingCold *DealingCold) UnpackWrongKindError(raw []byte) (*DealingColdWrongKind, error) {
	out := new(DealingColdWrongKind)
	if err := dealingCold.abi.UnpackIntoInterface(out, "WrongKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}
