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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"cap\",\"type\":\"uint16\"}],\"name\":\"FeeAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRateLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotClaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotWire\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ReceiverNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"WrongController\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"WrongKind\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"CancelDepositClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelDepositRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"CancelRedeemClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelRedeemRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"modes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"navTTL\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minRedeem\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxRedeem\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structDealing.Config\",\"name\":\"config\",\"type\":\"tuple\"}],\"name\":\"ConfigSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PaymentConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PayoutConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"globalCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perInvestorCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"RateLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUnits\",\"type\":\"bool\"}],\"name\":\"convert\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"d\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DealingCold",
	Bin: "0x611fde610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe73000000000000000000000000000000000000000030146080604052600436106100d6575f3560e01c806375c54224116100935780639fd0457a1161006e5780639fd0457a146101f9578063c090ea7b14610218578063c534bae914610237578063fc13f31a1461024a575f5ffd5b806375c54224146101a857806385fd6957146101c75780639a5ef369146101e6575f5ffd5b806304565e27146100da578063164e68de1461010b5780631b76cbf11461012a5780632d6e79901461014957806339e917091461016a578063443f51cd14610189575b5f5ffd5b8180156100e5575f5ffd5b506100f96100f4366004611881565b610269565b60405190815260200160405180910390f35b818015610116575f5ffd5b506100f96101253660046118c0565b6103e4565b818015610135575f5ffd5b506100f9610144366004611881565b61047b565b818015610154575f5ffd5b506101686101633660046118e9565b6105c8565b005b818015610175575f5ffd5b50610168610184366004611927565b610782565b818015610194575f5ffd5b506101686101a3366004611947565b610839565b8180156101b3575f5ffd5b506101686101c2366004611960565b6109af565b8180156101d2575f5ffd5b506101686101e13660046119ac565b610a82565b6100f96101f4366004611a05565b610b8a565b818015610204575f5ffd5b50610168610213366004611927565b610cb3565b818015610223575f5ffd5b50610168610232366004611a37565b610e79565b6100f9610245366004611a6e565b61103f565b818015610255575f5ffd5b50610168610264366004611a9a565b611139565b5f5f610277858460016111fb565b905060038154600160f01b900460ff16600581111561029857610298611abd565b146102cf57805460405163adf7c44560e01b81526102c6918791600160f01b90910460ff1690600401611ad1565b60405180910390fd5b6001600160a01b0384166102f65760405163e6c4247b60e01b815260040160405180910390fd5b805460ff60f01b1916600160f21b17808255600160f81b90046001165f036103915760018101546001600160801b03169150816103316112ad565b60080180545f9061034c9084906001600160801b0316611b15565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550610391848361037d6112ad565b600101546001600160a01b031691906112d1565b604080513381526020810184905286916001600160a01b0380881692908716917f295a9a8b44c0ac92394b0da92ef469784ff064156f08dab8316760c064c6cd2f910160405180910390a4509392505050565b5f6103ed6112ad565b600701546001600160801b031690505f6104056112ad565b60070180546001600160801b0319166001600160801b0392909216919091179055610433828261037d6112ad565b816001600160a01b03167fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a8260405161046e91815260200190565b60405180910390a2919050565b5f5f610489858460026111fb565b905060038154600160f01b900460ff1660058111156104aa576104aa611abd565b146104d857805460405163adf7c44560e01b81526102c6918791600160f01b90910460ff1690600401611ad1565b60028101545f906001600160a01b0316156105005760028201546001600160a01b0316610502565b835b9050806001600160a01b0316856001600160a01b0316146105495760405163449a96c360e11b81526001600160a01b038087166004830152821660248201526044016102c6565b815460ff60f01b1916600160f21b17825560018201546001600160801b03169250610574818461130b565b604080513381526020810185905287916001600160a01b0380891692908816917f9c133d4657dc9cd12f4c08cef86ef778dbbe03f3ad3b661ff14d36bc3febb1fb910160405180910390a450509392505050565b5f6105d16112ad565b600d018460ff16600281106105e8576105e8611b34565b60020201805460018201549192506001600160801b0380821692600160801b90920481169163ffffffff8116915f9161063a9164010000000082041690600160a01b900464ffffffffff168685611401565b90505f6106456112ad565b6011015f6106528a611461565b81526020019081526020015f208960ff166002811061067357610673611b34565b0180549091505f9061069f906001600160801b03811690600160801b900464ffffffffff168787611401565b90505f6106ae8785888561155b565b9050808911156106dd57604051630361534b60e01b815260ff8c166004820152602481018290526044016102c6565b8615610738576106ed8985611b48565b600189018054640100000000600160c81b0319166401000000006001600160801b03939093169290920264ffffffffff60a01b191691909117600160a01b4264ffffffffff16021790555b8515610775576107488983611b48565b83546001600160801b03919091166001600160a81b031990911617600160801b4264ffffffffff16021783555b5050505050505050505050565b5f61078e8360016115ac565b905060018154600160f01b900460ff1660058111156107af576107af611abd565b146107dd5780546040516345945c7d60e11b81526102c6918591600160f01b90910460ff1690600401611ad1565b80546001600160f81b0381166002600160f81b9283900460ff161790910217815560405182815283907f70de9f0f6f938ea79b05be5db172ce6a78f0b33cfdc410388b61f0ec50605e2b906020015b60405180910390a2505050565b606461084b6040830160208401611b6a565b61ffff16111561088c576108656040820160208301611b6a565b604051635ccbf4a560e01b815261ffff9091166004820152606460248201526044016102c6565b61089c60a0820160808301611b85565b6001600160801b0316158015906108e257506108be60a0820160808301611b85565b6001600160801b03166108d76080830160608401611b85565b6001600160801b0316115b8061093e57506108f860e0820160c08301611b85565b6001600160801b03161580159061093e575061091a60e0820160c08301611b85565b6001600160801b031661093360c0830160a08401611b85565b6001600160801b0316115b1561095c576040516306b7c75960e31b815260040160405180910390fd5b806109656112ad565b6003016109728282611bac565b9050507f9d439e34d78293406d8148f8e04e6b00863cd10dd5e32fe16b55a5d32f54fe90816040516109a49190611cf3565b60405180910390a150565b6001600160801b038111156109d757604051630590fb9f60e01b815260040160405180910390fd5b806109e06112ad565b6006018054601090610a03908490600160801b90046001600160801b0316611da5565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550610a4a333083610a356112ad565b600101546001600160a01b0316929190611673565b60405181815233907fb52b99b9e83551fcbd069b559cc3e823e2a1a3bad8ece46561ea77524394c8509060200160405180910390a250565b60018460ff161180610abe57506001600160801b038316151580610aae57506001600160801b03821615155b8015610abe575063ffffffff8116155b15610adc5760405163eb0b742160e01b815260040160405180910390fd5b5f610ae56112ad565b600d018560ff1660028110610afc57610afc611b34565b6001600160801b03868116600160801b91871691820281176002939093029390930191825560018201805463ffffffff191663ffffffff871690811790915560408051948552602085019290925290830152915060ff8616907f984d03be836efd872264797ee4692883e15e3a413d3fb6250086616fd9c18557906060015b60405180910390a25050505050565b5f5f610b946112ad565b9050806002015f9054906101000a90046001600160a01b03166001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa925050508015610c06575060408051601f3d908101601f19168201909252610c0391810190611ddd565b60015b610c13575f915050610cad565b5f8413610c28575f9650505050505050610cad565b85545f90610c499060ff600160b01b8204811691600160a01b900416611b48565b610c5490600a611f0e565b87549091505f90610c7090600160a81b900460ff16600a611f0e565b610c7a9087611f19565b905089610c9157610c8c8b82846116af565b610c9c565b610c9c8b83836116af565b98505050505050505050610cad565b505b92915050565b5f610cbf8360026115ac565b905060028154600160f01b900460ff166005811115610ce057610ce0611abd565b14610d0e57805460405163adf7c44560e01b81526102c6918591600160f01b90910460ff1690600401611ad1565b80546001600160f81b0381166002600160f81b9283900460ff1681179092021782558101545f906001600160a01b031615610d565760028201546001600160a01b0316610d62565b81546001600160a01b03165b60018301549091506001600160801b0316610d7d828261130b565b610d856112ad565b54604080513060208201526060918101829052600660808201526572656465656d60d01b60a08201529081018790526001600160a01b039091169063158a1cc3908490849060c00160408051601f198184030181529082905280516020909101206001600160e01b031960e086901b1682526001600160a01b039093166004820152602481019190915260448101919091526064015f604051808303815f87803b158015610e31575f5ffd5b505af1158015610e43573d5f5f3e3d5ffd5b50505050847f10f7e969460007fd0eee364c6c46c279c1af853e111c4e34b3318f113b130cab85604051610b7b91815260200190565b5f610e826112ad565b90505f610e908585856111fb565b905060018154600160f01b900460ff166005811115610eb157610eb1611abd565b14610edf5780546040516345945c7d60e11b81526102c6918791600160f01b90910460ff1690600401611ad1565b805460ff60f01b1916600360f01b1781556001836002811115610f0457610f04611abd565b03610ff7578054600160f81b90046001165f03610fb25760018101546006830180546001600160801b03928316928392915f91610f4391859116611b15565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080836008015f8282829054906101000a90046001600160801b0316610f8c9190611da5565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550505b60405133815285906001600160a01b038616907f4ae0134aad5d0e98e82f45680facd628ee6b5aa85ad9a85248a7ef47319f8c509060200160405180910390a3611038565b60405133815285906001600160a01b038616907fa16c0f2cab616ed5d17cd544655b00d7062a1df7c457960cc8b9bf60770f92369060200160405180910390a35b5050505050565b5f5f6110496112ad565b600d018460ff166002811061106057611060611b34565b60020201805460018201549192506001600160801b0380821692600160801b90920481169163ffffffff8116915f916110b29164010000000082041690600160a01b900464ffffffffff168685611401565b90505f8315611120575f6110c46112ad565b6011015f6110d18b611461565b81526020019081526020015f208a60ff16600281106110f2576110f2611b34565b01805490915061111c906001600160801b03811690600160801b900464ffffffffff168787611401565b9150505b61112c8583868461155b565b9998505050505050505050565b5f6111426112ad565b60060154600160801b90046001600160801b03169050808311156111835760405163315276c960e01b815260048101849052602481018290526044016102c6565b61118d8382611f30565b6111956112ad565b60060180546001600160801b03928316600160801b0292169190911790556111c0828461037d6112ad565b816001600160a01b03167fcf3e2ed8c545de2d902ea60194df2faa514dad26e69937899d836f775b6973a88460405161082c91815260200190565b5f6112046112ad565b5f85815260099190910160205260409020905081600281111561122957611229611abd565b8154600160e81b900460ff16600281111561124657611246611abd565b1461126757604051633520f05360e11b8152600481018590526024016102c6565b80546001600160a01b038481169116146112a6576040516358deb6c160e11b8152600481018590526001600160a01b03841660248201526044016102c6565b9392505050565b7f5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e976422000090565b6112de838383600161175f565b61130657604051635274afe760e01b81526001600160a01b03841660048201526024016102c6565b505050565b5f6113146112ad565b5460405163158b1a5760e01b81526001600160a01b03858116600483015290911691505f90829063158b1a5790602401602060405180830381865afa15801561135f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113839190611f43565b90505f8382106113935783611395565b815b9050801561103857604051631fe56f7d60e01b81526001600160a01b03868116600483015260248201839052841690631fe56f7d906044015f604051808303815f87803b1580156113e4575f5ffd5b505af11580156113f6573d5f5f3e3d5ffd5b505050505050505050565b5f82158061140d575084155b1561141957505f611459565b5f82846114268742611f30565b6114309190611f19565b61143a9190611f6e565b9050858110156114535761144e8187611f30565b611455565b5f5b9150505b949350505050565b5f5f61146b6112ad565b54604080516304d3863d60e21b815290516001600160a01b039092169163134e18f4916004808201926020929091908290030181865afa1580156114b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114d59190611f8d565b604051634dffeb6960e01b81526001600160a01b03858116600483015291925090821690634dffeb6990602401602060405180830381865afa15801561151d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115419190611f43565b915081611555576001600160a01b03831691505b50919050565b5f19841561157d57838511611570575f61157a565b61157a8486611f30565b90505b8215611459576115a381838511611594575f6117c1565b61159e8486611f30565b6117c1565b95945050505050565b5f6115b56112ad565b5f8481526009919091016020526040902090508160028111156115da576115da611abd565b8154600160e81b900460ff1660028111156115f7576115f7611abd565b1461161857604051633520f05360e11b8152600481018490526024016102c6565b8054600160f81b90046001165f0361164657604051631f94ad0f60e21b8152600481018490526024016102c6565b8054600160f81b900460021615610cad5760405163a614b7ff60e01b8152600481018490526024016102c6565b6116818484848460016117d0565b6116a957604051635274afe760e01b81526001600160a01b03851660048201526024016102c6565b50505050565b5f5f5f6116bc868661183d565b91509150815f036116e0578381816116d6576116d6611f5a565b04925050506112a6565b8184116116f7576116f76003851502601118611859565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117b55783831516156117a9573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8282188284100282186112a6565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661182c578383151615611820573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b038116811461187e575f5ffd5b50565b5f5f5f60608486031215611893575f5ffd5b8335925060208401356118a58161186a565b915060408401356118b58161186a565b809150509250925092565b5f602082840312156118d0575f5ffd5b81356112a68161186a565b60ff8116811461187e575f5ffd5b5f5f5f606084860312156118fb575f5ffd5b8335611906816118db565b925060208401356119168161186a565b929592945050506040919091013590565b5f5f60408385031215611938575f5ffd5b50508035926020909101359150565b5f60e0828403128015611958575f5ffd5b509092915050565b5f60208284031215611970575f5ffd5b5035919050565b6001600160801b038116811461187e575f5ffd5b803561199681611977565b919050565b63ffffffff8116811461187e575f5ffd5b5f5f5f5f608085870312156119bf575f5ffd5b84356119ca816118db565b935060208501356119da81611977565b925060408501356119ea81611977565b915060608501356119fa8161199b565b939692955090935050565b5f5f60408385031215611a16575f5ffd5b8235915060208301358015158114611a2c575f5ffd5b809150509250929050565b5f5f5f60608486031215611a49575f5ffd5b833592506020840135611a5b8161186a565b91506040840135600381106118b5575f5ffd5b5f5f60408385031215611a7f575f5ffd5b8235611a8a816118db565b91506020830135611a2c8161186a565b5f5f60408385031215611aab575f5ffd5b823591506020830135611a2c8161186a565b634e487b7160e01b5f52602160045260245ffd5b8281526040810160068310611af457634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b038281168282160390811115610cad57610cad611b01565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610cad57610cad611b01565b61ffff8116811461187e575f5ffd5b5f60208284031215611b7a575f5ffd5b81356112a681611b5b565b5f60208284031215611b95575f5ffd5b81356112a681611977565b5f8135610cad81611977565b8135611bb7816118db565b81546020840135611bc781611b5b565b62ffff008160081b1660ff841662ffffff198416171784555050505f6040830135611bf18161199b565b825466ffffffff000000191660189190911b66ffffffff0000001617825550611c5f611c1f60608401611ba0565b825476ffffffffffffffffffffffffffffffff00000000000000191660389190911b76ffffffffffffffffffffffffffffffff0000000000000016178255565b60018101611c8f611c7260808501611ba0565b82546001600160801b0319166001600160801b0391909116178255565b611cbe611c9e60a08501611ba0565b82546001600160801b031660809190911b6001600160801b031916178255565b50611cef611cce60c08401611ba0565b600283016001600160801b0382166001600160801b03198254161781555050565b5050565b60e081018235611d02816118db565b60ff1682526020830135611d1581611b5b565b61ffff1660208301526040830135611d2c8161199b565b63ffffffff166040830152611d436060840161198b565b6001600160801b03166060830152611d5d6080840161198b565b6001600160801b03166080830152611d7760a0840161198b565b6001600160801b031660a0830152611d9160c0840161198b565b6001600160801b03811660c0840152610cab565b6001600160801b038181168382160190811115610cad57610cad611b01565b805169ffffffffffffffffffff81168114611996575f5ffd5b5f5f5f5f5f60a08688031215611df1575f5ffd5b611dfa86611dc4565b60208701516040880151606089015192975090955093509150611e1f60808701611dc4565b90509295509295909350565b6001815b6001841115611e6657808504811115611e4a57611e4a611b01565b6001841615611e5857908102905b60019390931c928002611e2f565b935093915050565b5f82611e7c57506001610cad565b81611e8857505f610cad565b8160018114611e9e5760028114611ea857611ec4565b6001915050610cad565b60ff841115611eb957611eb9611b01565b50506001821b610cad565b5060208310610133831016604e8410600b8410161715611ee7575081810a610cad565b611ef35f198484611e2b565b805f1904821115611f0657611f06611b01565b029392505050565b5f6112a68383611e6e565b8082028115828204841417610cad57610cad611b01565b81810381811115610cad57610cad611b01565b5f60208284031215611f53575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f82611f8857634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215611f9d575f5ffd5b81516112a68161186a56fea264697066735822122062cf94a869879a2d32e6419ccead209e71bbfcdb08ec4199f98e0894ff9a93ec64736f6c63430008250033",
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
	if bytes.Equal(raw[:4], dealingCold.abi.Errors["InvalidRateLimit"].ID.Bytes()[:4]) {
		return dealingCold.UnpackInvalidRateLimitError(raw[4:])
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
