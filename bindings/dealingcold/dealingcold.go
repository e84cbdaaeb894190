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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"CutoffPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"cap\",\"type\":\"uint16\"}],\"name\":\"FeeAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"InvalidCutoff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRateLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCutoff\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotClaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotWire\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ReceiverNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"WrongController\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"WrongKind\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"CancelDepositClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelDepositRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"CancelRedeemClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelRedeemRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"modes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"navTTL\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minRedeem\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxRedeem\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structDealing.Config\",\"name\":\"config\",\"type\":\"tuple\"}],\"name\":\"ConfigSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"CutoffPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PaymentConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PayoutConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"globalCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perInvestorCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"RateLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUnits\",\"type\":\"bool\"}],\"name\":\"convert\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCutoff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCutoff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"d\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DealingCold",
	Bin: "0x6124b9610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610111575f3560e01c80635fcff075116100a95780639a5ef369116100795780639a5ef369146102935780639fd0457a146102a6578063c090ea7b146102c5578063c534bae9146102e4578063fc13f31a146102f7575f5ffd5b80635fcff0751461022357806365fc0ae71461024d57806375c542241461025557806385fd695714610274575f5ffd5b80632d6e7990116100e45780632d6e7990146101a557806339e91709146101c6578063443f51cd146101e5578063569fafc714610204575f5ffd5b806303ebc1261461011557806304565e271461013a578063164e68de146101675780631b76cbf114610186575b5f5ffd5b61011d610316565b6040516001600160401b0390911681526020015b60405180910390f35b818015610145575f5ffd5b50610159610154366004611cc7565b61033c565b604051908152602001610131565b818015610172575f5ffd5b50610159610181366004611d06565b6104b7565b818015610191575f5ffd5b506101596101a0366004611cc7565b61054e565b8180156101b0575f5ffd5b506101c46101bf366004611d2f565b61069b565b005b8180156101d1575f5ffd5b506101c46101e0366004611d6d565b610855565b8180156101f0575f5ffd5b506101c46101ff366004611d8d565b61090c565b81801561020f575f5ffd5b506101c461021e366004611da6565b610a82565b81801561022e575f5ffd5b50610237610c3a565b60405164ffffffffff9091168152602001610131565b61011d610cb5565b818015610260575f5ffd5b506101c461026f366004611e15565b610d25565b81801561027f575f5ffd5b506101c461028e366004611e61565b610df8565b6101596102a1366004611eba565b610f00565b8180156102b1575f5ffd5b506101c46102c0366004611d6d565b611029565b8180156102d0575f5ffd5b506101c46102df366004611eec565b6111ef565b6101596102f2366004611f23565b6113f5565b818015610302575f5ffd5b506101c4610311366004611f4f565b6114ef565b5f5f5f6103216115b1565b915091505f1982146103335780610335565b5f5b9250505090565b5f5f61034a85846001611640565b905060038154600160f01b900460ff16600581111561036b5761036b611f72565b146103a257805460405163adf7c44560e01b8152610399918791600160f01b90910460ff1690600401611f86565b60405180910390fd5b6001600160a01b0384166103c95760405163e6c4247b60e01b815260040160405180910390fd5b805460ff60f01b1916600160f21b17808255600160f81b90046001165f036104645760018101546001600160801b03169150816104046116f2565b60080180545f9061041f9084906001600160801b0316611fca565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555061046484836104506116f2565b600101546001600160a01b03169190611716565b604080513381526020810184905286916001600160a01b0380881692908716917f295a9a8b44c0ac92394b0da92ef469784ff064156f08dab8316760c064c6cd2f910160405180910390a4509392505050565b5f6104c06116f2565b600701546001600160801b031690505f6104d86116f2565b60070180546001600160801b0319166001600160801b039290921691909117905561050682826104506116f2565b816001600160a01b03167fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a8260405161054191815260200190565b60405180910390a2919050565b5f5f61055c85846002611640565b905060038154600160f01b900460ff16600581111561057d5761057d611f72565b146105ab57805460405163adf7c44560e01b8152610399918791600160f01b90910460ff1690600401611f86565b60028101545f906001600160a01b0316156105d35760028201546001600160a01b03166105d5565b835b9050806001600160a01b0316856001600160a01b03161461061c5760405163449a96c360e11b81526001600160a01b03808716600483015282166024820152604401610399565b815460ff60f01b1916600160f21b17825560018201546001600160801b031692506106478184611750565b604080513381526020810185905287916001600160a01b0380891692908816917f9c133d4657dc9cd12f4c08cef86ef778dbbe03f3ad3b661ff14d36bc3febb1fb910160405180910390a450509392505050565b5f6106a46116f2565b600d018460ff16600281106106bb576106bb611fe9565b60020201805460018201549192506001600160801b0380821692600160801b90920481169163ffffffff8116915f9161070d9164010000000082041690600160a01b900464ffffffffff168685611847565b90505f6107186116f2565b6011015f6107258a6118a7565b81526020019081526020015f208960ff166002811061074657610746611fe9565b0180549091505f90610772906001600160801b03811690600160801b900464ffffffffff168787611847565b90505f610781878588856119a1565b9050808911156107b057604051630361534b60e01b815260ff8c16600482015260248101829052604401610399565b861561080b576107c08985611ffd565b600189018054640100000000600160c81b0319166401000000006001600160801b03939093169290920264ffffffffff60a01b191691909117600160a01b4264ffffffffff16021790555b85156108485761081b8983611ffd565b83546001600160801b03919091166001600160a81b031990911617600160801b4264ffffffffff16021783555b5050505050505050505050565b5f6108618360016119f2565b905060018154600160f01b900460ff16600581111561088257610882611f72565b146108b05780546040516345945c7d60e11b8152610399918591600160f01b90910460ff1690600401611f86565b80546001600160f81b0381166002600160f81b9283900460ff161790910217815560405182815283907f70de9f0f6f938ea79b05be5db172ce6a78f0b33cfdc410388b61f0ec50605e2b906020015b60405180910390a2505050565b606461091e604083016020840161201f565b61ffff16111561095f57610938604082016020830161201f565b604051635ccbf4a560e01b815261ffff909116600482015260646024820152604401610399565b61096f60a082016080830161203a565b6001600160801b0316158015906109b5575061099160a082016080830161203a565b6001600160801b03166109aa608083016060840161203a565b6001600160801b0316115b80610a1157506109cb60e0820160c0830161203a565b6001600160801b031615801590610a1157506109ed60e0820160c0830161203a565b6001600160801b0316610a0660c0830160a0840161203a565b6001600160801b0316115b15610a2f576040516306b7c75960e31b815260040160405180910390fd5b80610a386116f2565b600301610a458282612061565b9050507f9d439e34d78293406d8148f8e04e6b00863cd10dd5e32fe16b55a5d32f54fe9081604051610a7791906121a8565b60405180910390a150565b5f610a8b6116f2565b60128101549091505f8115610ae55760128301610aa960018461225a565b81548110610ab957610ab9611fe9565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b0316610ae7565b5f5b6001600160401b031690505f849003610b155760405163aded6c3360e01b81525f6004820152602401610399565b5f5b84811015610c32575f868683818110610b3257610b32611fe9565b9050602002016020810190610b47919061226d565b905082816001600160401b0316111580610b6a575042816001600160401b031611155b80610b82575064ffffffffff6001600160401b038216115b15610bab5760405163aded6c3360e01b81526001600160401b0382166004820152602401610399565b6012850180546001810182555f918252602091829020600482040180546001600160401b0385811660086003909516949094026101000a8481029102199091161790556040519081527f04408a90b72a2887b042e194a3c09ca2fa46fec3bc94fcb958ca48a44c8484fd910160405180910390a16001600160401b03169150600101610b17565b505050505050565b5f5f5f610c456115b1565b915091505f198203610c6a57604051631d957c4360e31b815260040160405180910390fd5b5f610c736116f2565b80546001600160b81b0316600160b81b64ffffffffff8516026001600160e01b031617600160e01b63ffffffff95909516949094029390931790925592915050565b5f5f610cbf6116f2565b6012015490508015610d1d57610cd36116f2565b601201610ce160018361225a565b81548110610cf157610cf1611fe9565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b0316610d1f565b5f5b91505090565b6001600160801b03811115610d4d57604051630590fb9f60e01b815260040160405180910390fd5b80610d566116f2565b6006018054601090610d79908490600160801b90046001600160801b0316612293565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550610dc0333083610dab6116f2565b600101546001600160a01b0316929190611ab9565b60405181815233907fb52b99b9e83551fcbd069b559cc3e823e2a1a3bad8ece46561ea77524394c8509060200160405180910390a250565b60018460ff161180610e3457506001600160801b038316151580610e2457506001600160801b03821615155b8015610e34575063ffffffff8116155b15610e525760405163eb0b742160e01b815260040160405180910390fd5b5f610e5b6116f2565b600d018560ff1660028110610e7257610e72611fe9565b6001600160801b03868116600160801b91871691820281176002939093029390930191825560018201805463ffffffff191663ffffffff871690811790915560408051948552602085019290925290830152915060ff8616907f984d03be836efd872264797ee4692883e15e3a413d3fb6250086616fd9c18557906060015b60405180910390a25050505050565b5f5f610f0a6116f2565b9050806002015f9054906101000a90046001600160a01b03166001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa925050508015610f7c575060408051601f3d908101601f19168201909252610f79918101906122cb565b60015b610f89575f915050611023565b5f8413610f9e575f9650505050505050611023565b85545f90610fbf9060ff600160b01b8204811691600160a01b900416611ffd565b610fca90600a6123fc565b87549091505f90610fe690600160a81b900460ff16600a6123fc565b610ff09087612407565b905089611007576110028b8284611af5565b611012565b6110128b8383611af5565b98505050505050505050611023565b505b92915050565b5f6110358360026119f2565b905060028154600160f01b900460ff16600581111561105657611056611f72565b1461108457805460405163adf7c44560e01b8152610399918591600160f01b90910460ff1690600401611f86565b80546001600160f81b0381166002600160f81b9283900460ff1681179092021782558101545f906001600160a01b0316156110cc5760028201546001600160a01b03166110d8565b81546001600160a01b03165b60018301549091506001600160801b03166110f38282611750565b6110fb6116f2565b54604080513060208201526060918101829052600660808201526572656465656d60d01b60a08201529081018790526001600160a01b039091169063158a1cc3908490849060c00160408051601f198184030181529082905280516020909101206001600160e01b031960e086901b1682526001600160a01b039093166004820152602481019190915260448101919091526064015f604051808303815f87803b1580156111a7575f5ffd5b505af11580156111b9573d5f5f3e3d5ffd5b50505050847f10f7e969460007fd0eee364c6c46c279c1af853e111c4e34b3318f113b130cab85604051610ef191815260200190565b5f6111f86116f2565b90505f611206858585611640565b905060018154600160f01b900460ff16600581111561122757611227611f72565b146112555780546040516345945c7d60e11b8152610399918791600160f01b90910460ff1690600401611f86565b8054600160a01b900464ffffffffff1642811161129557604051632b95c57b60e21b81526004810187905264ffffffffff82166024820152604401610399565b815460ff60f01b1916600360f01b17825560018460028111156112ba576112ba611f72565b036113ad578154600160f81b90046001165f036113685760018201546006840180546001600160801b03928316928392915f916112f991859116611fca565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080846008015f8282829054906101000a90046001600160801b03166113429190612293565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550505b60405133815286906001600160a01b038716907f4ae0134aad5d0e98e82f45680facd628ee6b5aa85ad9a85248a7ef47319f8c509060200160405180910390a3610c32565b60405133815286906001600160a01b038716907fa16c0f2cab616ed5d17cd544655b00d7062a1df7c457960cc8b9bf60770f92369060200160405180910390a3505050505050565b5f5f6113ff6116f2565b600d018460ff166002811061141657611416611fe9565b60020201805460018201549192506001600160801b0380821692600160801b90920481169163ffffffff8116915f916114689164010000000082041690600160a01b900464ffffffffff168685611847565b90505f83156114d6575f61147a6116f2565b6011015f6114878b6118a7565b81526020019081526020015f208a60ff16600281106114a8576114a8611fe9565b0180549091506114d2906001600160801b03811690600160801b900464ffffffffff168787611847565b9150505b6114e2858386846119a1565b9998505050505050505050565b5f6114f86116f2565b60060154600160801b90046001600160801b03169050808311156115395760405163315276c960e01b81526004810184905260248101829052604401610399565b611543838261225a565b61154b6116f2565b60060180546001600160801b03928316600160801b02921691909117905561157682846104506116f2565b816001600160a01b03167fcf3e2ed8c545de2d902ea60194df2faa514dad26e69937899d836f775b6973a8846040516108ff91815260200190565b5f5f5f6115bc6116f2565b60128101548154600160e01b900463ffffffff1694509091505b80841015611634578160120184815481106115f3576115f3611fe9565b5f918252602090912060048204015460039091166008026101000a90046001600160401b03169250428311156116295750509091565b8360010193506115d6565b505f19935f9350915050565b5f6116496116f2565b5f85815260099190910160205260409020905081600281111561166e5761166e611f72565b8154600160e81b900460ff16600281111561168b5761168b611f72565b146116ac57604051633520f05360e11b815260048101859052602401610399565b80546001600160a01b038481169116146116eb576040516358deb6c160e11b8152600481018590526001600160a01b0384166024820152604401610399565b9392505050565b7f5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e976422000090565b6117238383836001611ba5565b61174b57604051635274afe760e01b81526001600160a01b0384166004820152602401610399565b505050565b5f6117596116f2565b5460405163158b1a5760e01b81526001600160a01b03858116600483015290911691505f90829063158b1a5790602401602060405180830381865afa1580156117a4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117c8919061241e565b90505f8382106117d857836117da565b815b9050801561184057604051631fe56f7d60e01b81526001600160a01b03868116600483015260248201839052841690631fe56f7d906044015f604051808303815f87803b158015611829575f5ffd5b505af115801561183b573d5f5f3e3d5ffd5b505050505b5050505050565b5f821580611853575084155b1561185f57505f61189f565b5f828461186c874261225a565b6118769190612407565b6118809190612449565b90508581101561189957611894818761225a565b61189b565b5f5b9150505b949350505050565b5f5f6118b16116f2565b54604080516304d3863d60e21b815290516001600160a01b039092169163134e18f4916004808201926020929091908290030181865afa1580156118f7573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061191b9190612468565b604051634dffeb6960e01b81526001600160a01b03858116600483015291925090821690634dffeb6990602401602060405180830381865afa158015611963573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611987919061241e565b91508161199b576001600160a01b03831691505b50919050565b5f1984156119c3578385116119b6575f6119c0565b6119c0848661225a565b90505b821561189f576119e9818385116119da575f611c07565b6119e4848661225a565b611c07565b95945050505050565b5f6119fb6116f2565b5f848152600991909101602052604090209050816002811115611a2057611a20611f72565b8154600160e81b900460ff166002811115611a3d57611a3d611f72565b14611a5e57604051633520f05360e11b815260048101849052602401610399565b8054600160f81b90046001165f03611a8c57604051631f94ad0f60e21b815260048101849052602401610399565b8054600160f81b9004600216156110235760405163a614b7ff60e01b815260048101849052602401610399565b611ac7848484846001611c16565b611aef57604051635274afe760e01b81526001600160a01b0385166004820152602401610399565b50505050565b5f5f5f611b028686611c83565b91509150815f03611b2657838181611b1c57611b1c612435565b04925050506116eb565b818411611b3d57611b3d6003851502601118611c9f565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611bfb578383151615611bef573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8282188284100282186116eb565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611c72578383151615611c66573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0381168114611cc4575f5ffd5b50565b5f5f5f60608486031215611cd9575f5ffd5b833592506020840135611ceb81611cb0565b91506040840135611cfb81611cb0565b809150509250925092565b5f60208284031215611d16575f5ffd5b81356116eb81611cb0565b60ff81168114611cc4575f5ffd5b5f5f5f60608486031215611d41575f5ffd5b8335611d4c81611d21565b92506020840135611d5c81611cb0565b929592945050506040919091013590565b5f5f60408385031215611d7e575f5ffd5b50508035926020909101359150565b5f60e0828403128015611d9e575f5ffd5b509092915050565b5f5f60208385031215611db7575f5ffd5b82356001600160401b03811115611dcc575f5ffd5b8301601f81018513611ddc575f5ffd5b80356001600160401b03811115611df1575f5ffd5b8560208260051b8401011115611e05575f5ffd5b6020919091019590945092505050565b5f60208284031215611e25575f5ffd5b5035919050565b6001600160801b0381168114611cc4575f5ffd5b8035611e4b81611e2c565b919050565b63ffffffff81168114611cc4575f5ffd5b5f5f5f5f60808587031215611e74575f5ffd5b8435611e7f81611d21565b93506020850135611e8f81611e2c565b92506040850135611e9f81611e2c565b91506060850135611eaf81611e50565b939692955090935050565b5f5f60408385031215611ecb575f5ffd5b8235915060208301358015158114611ee1575f5ffd5b809150509250929050565b5f5f5f60608486031215611efe575f5ffd5b833592506020840135611f1081611cb0565b9150604084013560038110611cfb575f5ffd5b5f5f60408385031215611f34575f5ffd5b8235611f3f81611d21565b91506020830135611ee181611cb0565b5f5f60408385031215611f60575f5ffd5b823591506020830135611ee181611cb0565b634e487b7160e01b5f52602160045260245ffd5b8281526040810160068310611fa957634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b03828116828216039081111561102357611023611fb6565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561102357611023611fb6565b61ffff81168114611cc4575f5ffd5b5f6020828403121561202f575f5ffd5b81356116eb81612010565b5f6020828403121561204a575f5ffd5b81356116eb81611e2c565b5f813561102381611e2c565b813561206c81611d21565b8154602084013561207c81612010565b62ffff008160081b1660ff841662ffffff198416171784555050505f60408301356120a681611e50565b825466ffffffff000000191660189190911b66ffffffff00000016178255506121146120d460608401612055565b825476ffffffffffffffffffffffffffffffff00000000000000191660389190911b76ffffffffffffffffffffffffffffffff0000000000000016178255565b6001810161214461212760808501612055565b82546001600160801b0319166001600160801b0391909116178255565b61217361215360a08501612055565b82546001600160801b031660809190911b6001600160801b031916178255565b506121a461218360c08401612055565b600283016001600160801b0382166001600160801b03198254161781555050565b5050565b60e0810182356121b781611d21565b60ff16825260208301356121ca81612010565b61ffff16602083015260408301356121e181611e50565b63ffffffff1660408301526121f860608401611e40565b6001600160801b0316606083015261221260808401611e40565b6001600160801b0316608083015261222c60a08401611e40565b6001600160801b031660a083015261224660c08401611e40565b6001600160801b03811660c0840152611021565b8181038181111561102357611023611fb6565b5f6020828403121561227d575f5ffd5b81356001600160401b03811681146116eb575f5ffd5b6001600160801b03818116838216019081111561102357611023611fb6565b805169ffffffffffffffffffff81168114611e4b575f5ffd5b5f5f5f5f5f60a086880312156122df575f5ffd5b6122e8866122b2565b6020870151604088015160608901519297509095509350915061230d608087016122b2565b90509295509295909350565b6001815b60018411156123545780850481111561233857612338611fb6565b600184161561234657908102905b60019390931c92800261231d565b935093915050565b5f8261236a57506001611023565b8161237657505f611023565b816001811461238c5760028114612396576123b2565b6001915050611023565b60ff8411156123a7576123a7611fb6565b50506001821b611023565b5060208310610133831016604e8410600b84101617156123d5575081810a611023565b6123e15f198484612319565b805f19048211156123f4576123f4611fb6565b029392505050565b5f6116eb838361235c565b808202811582820484141761102357611023611fb6565b5f6020828403121561242e575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f8261246357634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215612478575f5ffd5b81516116eb81611cb056fea26469706673582212205c603558dbac1473e674f1f72546fe23cadbed9984d528bb29b93e29200daa3564736f6c63430008250033",
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
