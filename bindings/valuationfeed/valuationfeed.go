// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package valuationfeed

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

// ValuationFeedMetaData contains all meta data concerning the ValuationFeed contract.
var ValuationFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"int192\",\"name\":\"minAnswer\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer\",\"type\":\"int192\"}],\"name\":\"AnswerOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int192\",\"name\":\"minAnswer\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer\",\"type\":\"int192\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDataPresent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"blockTime\",\"type\":\"uint256\"}],\"name\":\"ObservationInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastObservedAt\",\"type\":\"uint64\"}],\"name\":\"ObservationNotAfterLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"RoundNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"startedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"}],\"name\":\"NewRound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSMITTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"_roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"int192\",\"name\":\"minAnswer_\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer_\",\"type\":\"int192\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"transmitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"}],\"name\":\"transmit\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"typeAndVersion\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ValuationFeed",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516119356100f95f395f8181610f9301528181610fbc015261110c01526119355ff3fe608060405260043610610195575f3560e01c806370da2f67116100e7578063ad3cb1cc11610087578063d547741f11610062578063d547741f146104c6578063ddea8ff7146104e5578063f72c0d8b14610504578063feaf968c14610524575f5ffd5b8063ad3cb1cc14610458578063b5ab58dc14610488578063b633620c146104a7575f5ffd5b806383167bea116100c257806383167bea1461039c57806391d14854146103d35780639a6fc8f5146103f2578063a217fddf14610445575f5ffd5b806370da2f67146103605780637284e416146103745780638205bf6a14610388575f5ffd5b8063313ce5671161015257806350d25bcd1161012d57806350d25bcd1461031157806352d1902d1461032557806354fd4d5014610339578063668a0f021461034c575f5ffd5b8063313ce567146102b957806336568abe146102df5780634f1ef286146102fe575f5ffd5b806301ffc9a714610199578063181f5a77146101cd57806322adbc7814610211578063248a9ca3146102385780632a4cf10b146102655780632f2ff15d14610298575b5f5ffd5b3480156101a4575f5ffd5b506101b86101b3366004611468565b610538565b60405190151581526020015b60405180910390f35b3480156101d8575f5ffd5b50604080518082019091526013815272056616c756174696f6e4665656420312e302e3606c1b60208201525b6040516101c49190611496565b34801561021c575f5ffd5b5061022561056e565b60405160179190910b81526020016101c4565b348015610243575f5ffd5b506102576102523660046114cb565b610580565b6040519081526020016101c4565b348015610270575f5ffd5b506102577fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf281565b3480156102a3575f5ffd5b506102b76102b23660046114fd565b6105a0565b005b3480156102c4575f5ffd5b506102cd6105c2565b60405160ff90911681526020016101c4565b3480156102ea575f5ffd5b506102b76102f93660046114fd565b6105db565b6102b761030c36600461153b565b610613565b34801561031c575f5ffd5b50610257610632565b348015610330575f5ffd5b5061025761066c565b348015610344575f5ffd5b506001610257565b348015610357575f5ffd5b50610257610687565b34801561036b575f5ffd5b506102256106a2565b34801561037f575f5ffd5b506102046106b7565b348015610393575f5ffd5b50610257610750565b3480156103a7575f5ffd5b506103bb6103b63660046115fc565b610794565b6040516001600160501b0390911681526020016101c4565b3480156103de575f5ffd5b506101b86103ed3660046114fd565b610a4b565b3480156103fd575f5ffd5b5061041161040c366004611635565b610a81565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015260a0016101c4565b348015610450575f5ffd5b506102575f81565b348015610463575f5ffd5b50610204604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610493575f5ffd5b506102576104a23660046114cb565b610b4e565b3480156104b2575f5ffd5b506102576104c13660046114cb565b610b6d565b3480156104d1575f5ffd5b506102b76104e03660046114fd565b610b96565b3480156104f0575f5ffd5b506102b76104ff36600461166c565b610bb2565b34801561050f575f5ffd5b506102575f5160206118a05f395f51905f5281565b34801561052f575f5ffd5b50610411610d88565b5f6001600160e01b03198216637965db0b60e01b148061056857506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f610577610e36565b5460170b919050565b5f9081525f5160206118e05f395f51905f52602052604090206001015490565b6105a982610580565b6105b281610e5a565b6105bc8383610e67565b50505050565b5f6105cb610e36565b54600160c01b900460ff16919050565b6001600160a01b03811633146106045760405163334bd91960e11b815260040160405180910390fd5b61060e8282610f0f565b505050565b61061b610f88565b6106248261102e565b61062e8282611045565b5050565b5f61063b610e36565b6004015f610647610e36565b600301546001600160501b0316815260208101919091526040015f205460170b919050565b5f610675611101565b505f5160206118c05f395f51905f5290565b5f610690610e36565b600301546001600160501b0316919050565b5f6106ab610e36565b6001015460170b919050565b60606106c1610e36565b60020180546106cf90611740565b80601f01602080910402602001604051908101604052809291908181526020018280546106fb90611740565b80156107465780601f1061071d57610100808354040283529160200191610746565b820191905f5260205f20905b81548152906001019060200180831161072957829003601f168201915b5050505050905090565b5f610759610e36565b6004015f610765610e36565b600301546001600160501b0316815260208101919091526040015f2054600160e01b900463ffffffff16919050565b5f7fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf26107bf81610e5a565b5f6107c8610e36565b80546001820154919250601790810b91900b818712806107ea57508060170b87135b1561082257604051636c1ff1f760e11b815260048101889052601783810b602483015282900b60448201526064015b60405180910390fd5b42866001600160401b0316111561085d5760405163261a831160e11b81526001600160401b0387166004820152426024820152604401610819565b5f610866610e36565b60030154600160501b900463ffffffff1690506001600160401b03871681106108b9576040516381e1cae360e01b81526001600160401b038816600482015263ffffffff82166024820152604401610819565b6108c1610e36565b600301546001600160501b03166001019550856108dc610e36565b600301805469ffffffffffffffffffff19166001600160501b039290921691909117905586610909610e36565b600301805463ffffffff60501b1916600160501b63ffffffff938416021790556040805160608101825260178b900b815289831660208201524290921690820152610952610e36565b6001600160501b0388165f81815260049290920160209081526040928390208451815486840151968601516001600160c01b039092166001600160e01b031990911617600160c01b63ffffffff97881602176001600160e01b0316600160e01b96909116959095029490941790935590516001600160401b038a16815233927f0109fc6f55cf40689f02fbaad7af7fe7bbac8a3d2186600afc7d3e10cac60271910160405180910390a3856001600160501b0316887f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f42604051610a3891815260200190565b60405180910390a3505050505092915050565b5f9182525f5160206118e05f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f808080806001600160501b0386161580610ab35750610a9f610e36565b600301546001600160501b03908116908716115b15610adc5760405163d7ea227160e01b81526001600160501b0387166004820152602401610819565b5f610ae5610e36565b6001600160501b0388165f908152600491909101602090815260409182902082516060810184529054601781900b80835263ffffffff600160c01b83048116948401859052600160e01b9092049091169190930181905298999198909750955088945092505050565b5f610b57610e36565b5f92835260040160205250604090205460170b90565b5f610b76610e36565b5f928352600401602052506040902054600160e01b900463ffffffff1690565b610b9f82610580565b610ba881610e5a565b6105bc8383610f0f565b5f610bbb61114a565b805490915060ff600160401b82041615906001600160401b03165f81158015610be15750825b90505f826001600160401b03166001148015610bfc5750303b155b905081158015610c0a575080155b15610c285760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610c5257845460ff60401b1916600160401b1785555b8860170b8a60170b12610c865760405163129b3ed960e21b815260178b810b60048301528a900b6024820152604401610819565b610c908887611172565b5f610c99610e36565b90508d815f0160186101000a81548160ff021916908360ff1602179055508c8c826002019182610cca9291906117ce565b5080546001600160c01b03808d166001600160c01b0319928316178355600183018054918d16919092161790556001600160a01b03881615610d3257610d307fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf289610e67565b505b508315610d7957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050505050565b5f5f5f5f5f610d95610e36565b600301546001600160501b031694505f859003610dc45760405162bb258760e81b815260040160405180910390fd5b5f610dcd610e36565b6001600160501b0387165f908152600491909101602090815260409182902082516060810184529054601781900b80835263ffffffff600160c01b83048116948401859052600160e01b9092049091169190930181905291965094509250859150509091929394565b7f8b292f69aeae7a175c0a03888c2e6dfca15c2e5f9dd972a437adb41782aa540090565b610e6481336111e2565b50565b5f5f5160206118e05f395f51905f52610e808484610a4b565b610eff575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610eb53390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610568565b5f915050610568565b5092915050565b5f5f5160206118e05f395f51905f52610f288484610a4b565b15610eff575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610568565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061100e57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166110025f5160206118c05f395f51905f52546001600160a01b031690565b6001600160a01b031614155b1561102c5760405163703e46dd60e11b815260040160405180910390fd5b565b5f5160206118a05f395f51905f5261062e81610e5a565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561109f575060408051601f3d908101601f1916820190925261109c91810190611888565b60015b6110c757604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610819565b5f5160206118c05f395f51905f5281146110f757604051632a87526960e21b815260048101829052602401610819565b61060e838361121b565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461102c5760405163703e46dd60e11b815260040160405180910390fd5b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610568565b61117a611270565b611182611295565b6001600160a01b0381166111a9576040516349e1399360e11b815260040160405180910390fd5b6111b35f83610e67565b506111cb5f5160206118a05f395f51905f528061129d565b61060e5f5160206118a05f395f51905f5282610e67565b6111ec8282610a4b565b61062e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610819565b611224826112fd565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156112685761060e8282611360565b61062e6113f9565b611278611418565b61102c57604051631afcd79f60e31b815260040160405180910390fd5b61102c611270565b5f5160206118e05f395f51905f525f6112b584610580565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b806001600160a01b03163b5f0361133257604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610819565b5f5160206118c05f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f61136d8484611431565b905080801561138e57505f3d118061138e57505f846001600160a01b03163b115b156113a35761139b611444565b915050610568565b80156113cd57604051639996b31560e01b81526001600160a01b0385166004820152602401610819565b3d156113e0576113db61145d565b610f08565b60405163d6bda27560e01b815260040160405180910390fd5b341561102c5760405163b398979f60e01b815260040160405180910390fd5b5f61142161114a565b54600160401b900460ff16919050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f60208284031215611478575f5ffd5b81356001600160e01b03198116811461148f575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156114db575f5ffd5b5035919050565b80356001600160a01b03811681146114f8575f5ffd5b919050565b5f5f6040838503121561150e575f5ffd5b8235915061151e602084016114e2565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561154c575f5ffd5b611555836114e2565b915060208301356001600160401b0381111561156f575f5ffd5b8301601f8101851361157f575f5ffd5b80356001600160401b0381111561159857611598611527565b604051601f8201601f19908116603f011681016001600160401b03811182821017156115c6576115c6611527565b6040528181528282016020018710156115dd575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f6040838503121561160d575f5ffd5b8235915060208301356001600160401b038116811461162a575f5ffd5b809150509250929050565b5f60208284031215611645575f5ffd5b81356001600160501b038116811461148f575f5ffd5b8035601781900b81146114f8575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215611683575f5ffd5b883560ff81168114611693575f5ffd5b975060208901356001600160401b038111156116ad575f5ffd5b8901601f81018b136116bd575f5ffd5b80356001600160401b038111156116d2575f5ffd5b8b60208284010111156116e3575f5ffd5b602091909101975095506116f960408a0161165b565b945061170760608a0161165b565b935061171560808a016114e2565b925061172360a08a016114e2565b915061173160c08a016114e2565b90509295985092959890939650565b600181811c9082168061175457607f821691505b60208210810361177257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561060e578282111561060e57805f5260205f20601f840160051c60208510156117a357505f5b90810190601f840160051c035f5b818110156117c6575f838201556001016117b1565b505050505050565b6001600160401b038311156117e5576117e5611527565b6117f9836117f38354611740565b83611778565b5f601f84116001811461182a575f85156118135750838201355b5f19600387901b1c1916600186901b178355611881565b5f83815260208120601f198716915b828110156118595786850135825560209485019460019092019101611839565b5086821015611875575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f60208284031215611898575f5ffd5b505191905056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a26469706673582212204eb97ceefa195e55c92f91d1890aec4591c6ffda987dabfc784a95c2f41e4fe964736f6c63430008250033",
}

// ValuationFeed is an auto generated Go binding around an Ethereum contract.
type ValuationFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ValuationFeed) GetABI() abi.ABI {
	return c.abi
}

// NewValuationFeed creates a new instance of ValuationFeed.
func NewValuationFeed() *ValuationFeed {
	parsed, err := ValuationFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ValuationFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ValuationFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) PackDEFAULTADMINROLE() []byte {
	enc, err := valuationFeed.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (valuationFeed *ValuationFeed) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return valuationFeed.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTRANSMITTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a4cf10b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRANSMITTER_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) PackTRANSMITTERROLE() []byte {
	enc, err := valuationFeed.abi.Pack("TRANSMITTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRANSMITTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a4cf10b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRANSMITTER_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) TryPackTRANSMITTERROLE() ([]byte, error) {
	return valuationFeed.abi.Pack("TRANSMITTER_ROLE")
}

// UnpackTRANSMITTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a4cf10b.
//
// Solidity: function TRANSMITTER_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackTRANSMITTERROLE(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("TRANSMITTER_ROLE", data)
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
func (valuationFeed *ValuationFeed) PackUPGRADERROLE() []byte {
	enc, err := valuationFeed.abi.Pack("UPGRADER_ROLE")
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
func (valuationFeed *ValuationFeed) TryPackUPGRADERROLE() ([]byte, error) {
	return valuationFeed.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("UPGRADER_ROLE", data)
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
func (valuationFeed *ValuationFeed) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := valuationFeed.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (valuationFeed *ValuationFeed) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return valuationFeed.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (valuationFeed *ValuationFeed) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := valuationFeed.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (valuationFeed *ValuationFeed) PackDecimals() []byte {
	enc, err := valuationFeed.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (valuationFeed *ValuationFeed) TryPackDecimals() ([]byte, error) {
	return valuationFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (valuationFeed *ValuationFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := valuationFeed.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (valuationFeed *ValuationFeed) PackDescription() []byte {
	enc, err := valuationFeed.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (valuationFeed *ValuationFeed) TryPackDescription() ([]byte, error) {
	return valuationFeed.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (valuationFeed *ValuationFeed) UnpackDescription(data []byte) (string, error) {
	out, err := valuationFeed.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (valuationFeed *ValuationFeed) PackGetAnswer(roundId *big.Int) []byte {
	enc, err := valuationFeed.abi.Pack("getAnswer", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (valuationFeed *ValuationFeed) TryPackGetAnswer(roundId *big.Int) ([]byte, error) {
	return valuationFeed.abi.Pack("getAnswer", roundId)
}

// UnpackGetAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5ab58dc.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (valuationFeed *ValuationFeed) UnpackGetAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("getAnswer", data)
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
func (valuationFeed *ValuationFeed) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := valuationFeed.abi.Pack("getRoleAdmin", role)
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
func (valuationFeed *ValuationFeed) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return valuationFeed.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := valuationFeed.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return valuationFeed.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := valuationFeed.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (valuationFeed *ValuationFeed) PackGetTimestamp(roundId *big.Int) []byte {
	enc, err := valuationFeed.abi.Pack("getTimestamp", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (valuationFeed *ValuationFeed) TryPackGetTimestamp(roundId *big.Int) ([]byte, error) {
	return valuationFeed.abi.Pack("getTimestamp", roundId)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb633620c.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (valuationFeed *ValuationFeed) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (valuationFeed *ValuationFeed) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("grantRole", role, account)
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
func (valuationFeed *ValuationFeed) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (valuationFeed *ValuationFeed) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("hasRole", role, account)
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
func (valuationFeed *ValuationFeed) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (valuationFeed *ValuationFeed) UnpackHasRole(data []byte) (bool, error) {
	out, err := valuationFeed.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddea8ff7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(uint8 decimals_, string description_, int192 minAnswer_, int192 maxAnswer_, address admin, address transmitter, address upgrader) returns()
func (valuationFeed *ValuationFeed) PackInitialize(decimals uint8, description string, minAnswer *big.Int, maxAnswer *big.Int, admin common.Address, transmitter common.Address, upgrader common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("initialize", decimals, description, minAnswer, maxAnswer, admin, transmitter, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddea8ff7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(uint8 decimals_, string description_, int192 minAnswer_, int192 maxAnswer_, address admin, address transmitter, address upgrader) returns()
func (valuationFeed *ValuationFeed) TryPackInitialize(decimals uint8, description string, minAnswer *big.Int, maxAnswer *big.Int, admin common.Address, transmitter common.Address, upgrader common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("initialize", decimals, description, minAnswer, maxAnswer, admin, transmitter, upgrader)
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256)
func (valuationFeed *ValuationFeed) PackLatestAnswer() []byte {
	enc, err := valuationFeed.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256)
func (valuationFeed *ValuationFeed) TryPackLatestAnswer() ([]byte, error) {
	return valuationFeed.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (valuationFeed *ValuationFeed) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("latestAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint256)
func (valuationFeed *ValuationFeed) PackLatestRound() []byte {
	enc, err := valuationFeed.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint256)
func (valuationFeed *ValuationFeed) TryPackLatestRound() ([]byte, error) {
	return valuationFeed.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint256)
func (valuationFeed *ValuationFeed) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("latestRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) PackLatestRoundData() []byte {
	enc, err := valuationFeed.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) TryPackLatestRoundData() ([]byte, error) {
	return valuationFeed.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := valuationFeed.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (valuationFeed *ValuationFeed) PackLatestTimestamp() []byte {
	enc, err := valuationFeed.abi.Pack("latestTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (valuationFeed *ValuationFeed) TryPackLatestTimestamp() ([]byte, error) {
	return valuationFeed.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (valuationFeed *ValuationFeed) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("latestTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) PackMaxAnswer() []byte {
	enc, err := valuationFeed.abi.Pack("maxAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) TryPackMaxAnswer() ([]byte, error) {
	return valuationFeed.abi.Pack("maxAnswer")
}

// UnpackMaxAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70da2f67.
//
// Solidity: function maxAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) UnpackMaxAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("maxAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22adbc78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) PackMinAnswer() []byte {
	enc, err := valuationFeed.abi.Pack("minAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22adbc78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) TryPackMinAnswer() ([]byte, error) {
	return valuationFeed.abi.Pack("minAnswer")
}

// UnpackMinAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22adbc78.
//
// Solidity: function minAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) UnpackMinAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("minAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (valuationFeed *ValuationFeed) PackProxiableUUID() []byte {
	enc, err := valuationFeed.abi.Pack("proxiableUUID")
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
func (valuationFeed *ValuationFeed) TryPackProxiableUUID() ([]byte, error) {
	return valuationFeed.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (valuationFeed *ValuationFeed) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("renounceRole", role, callerConfirmation)
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
func (valuationFeed *ValuationFeed) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (valuationFeed *ValuationFeed) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("revokeRole", role, account)
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
func (valuationFeed *ValuationFeed) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (valuationFeed *ValuationFeed) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := valuationFeed.abi.Pack("supportsInterface", interfaceId)
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
func (valuationFeed *ValuationFeed) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return valuationFeed.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (valuationFeed *ValuationFeed) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := valuationFeed.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83167bea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transmit(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) PackTransmit(answer *big.Int, observedAt uint64) []byte {
	enc, err := valuationFeed.abi.Pack("transmit", answer, observedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83167bea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transmit(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) TryPackTransmit(answer *big.Int, observedAt uint64) ([]byte, error) {
	return valuationFeed.abi.Pack("transmit", answer, observedAt)
}

// UnpackTransmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83167bea.
//
// Solidity: function transmit(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) UnpackTransmit(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("transmit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTypeAndVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x181f5a77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function typeAndVersion() pure returns(string)
func (valuationFeed *ValuationFeed) PackTypeAndVersion() []byte {
	enc, err := valuationFeed.abi.Pack("typeAndVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTypeAndVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x181f5a77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function typeAndVersion() pure returns(string)
func (valuationFeed *ValuationFeed) TryPackTypeAndVersion() ([]byte, error) {
	return valuationFeed.abi.Pack("typeAndVersion")
}

// UnpackTypeAndVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x181f5a77.
//
// Solidity: function typeAndVersion() pure returns(string)
func (valuationFeed *ValuationFeed) UnpackTypeAndVersion(data []byte) (string, error) {
	out, err := valuationFeed.abi.Unpack("typeAndVersion", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (valuationFeed *ValuationFeed) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := valuationFeed.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (valuationFeed *ValuationFeed) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return valuationFeed.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (valuationFeed *ValuationFeed) PackVersion() []byte {
	enc, err := valuationFeed.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(uint256)
func (valuationFeed *ValuationFeed) TryPackVersion() ([]byte, error) {
	return valuationFeed.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (valuationFeed *ValuationFeed) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ValuationFeedAnswerUpdated represents a AnswerUpdated event raised by the ValuationFeed contract.
type ValuationFeedAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValuationFeedAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (ValuationFeedAnswerUpdated) ContractEventName() string {
	return ValuationFeedAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (valuationFeed *ValuationFeed) UnpackAnswerUpdatedEvent(log *types.Log) (*ValuationFeedAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedAnswerUpdated)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedInitialized represents a Initialized event raised by the ValuationFeed contract.
type ValuationFeedInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ValuationFeedInitialized) ContractEventName() string {
	return ValuationFeedInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (valuationFeed *ValuationFeed) UnpackInitializedEvent(log *types.Log) (*ValuationFeedInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedInitialized)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedNewRound represents a NewRound event raised by the ValuationFeed contract.
type ValuationFeedNewRound struct {
	RoundId   *big.Int
	StartedBy common.Address
	StartedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValuationFeedNewRoundEventName = "NewRound"

// ContractEventName returns the user-defined event name.
func (ValuationFeedNewRound) ContractEventName() string {
	return ValuationFeedNewRoundEventName
}

// UnpackNewRoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt)
func (valuationFeed *ValuationFeed) UnpackNewRoundEvent(log *types.Log) (*ValuationFeedNewRound, error) {
	event := "NewRound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedNewRound)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedRoleAdminChanged represents a RoleAdminChanged event raised by the ValuationFeed contract.
type ValuationFeedRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ValuationFeedRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ValuationFeedRoleAdminChanged) ContractEventName() string {
	return ValuationFeedRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (valuationFeed *ValuationFeed) UnpackRoleAdminChangedEvent(log *types.Log) (*ValuationFeedRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedRoleGranted represents a RoleGranted event raised by the ValuationFeed contract.
type ValuationFeedRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ValuationFeedRoleGranted) ContractEventName() string {
	return ValuationFeedRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (valuationFeed *ValuationFeed) UnpackRoleGrantedEvent(log *types.Log) (*ValuationFeedRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedRoleGranted)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedRoleRevoked represents a RoleRevoked event raised by the ValuationFeed contract.
type ValuationFeedRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ValuationFeedRoleRevoked) ContractEventName() string {
	return ValuationFeedRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (valuationFeed *ValuationFeed) UnpackRoleRevokedEvent(log *types.Log) (*ValuationFeedRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedRoleRevoked)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedUpgraded represents a Upgraded event raised by the ValuationFeed contract.
type ValuationFeedUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ValuationFeedUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ValuationFeedUpgraded) ContractEventName() string {
	return ValuationFeedUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (valuationFeed *ValuationFeed) UnpackUpgradedEvent(log *types.Log) (*ValuationFeedUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedUpgraded)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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
func (valuationFeed *ValuationFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["AnswerOutOfRange"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackAnswerOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["InvalidRange"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackInvalidRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["NoDataPresent"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackNoDataPresentError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ObservationInFuture"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackObservationInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ObservationNotAfterLast"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackObservationNotAfterLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["RoundNotFound"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackRoundNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ValuationFeedAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ValuationFeed contract.
type ValuationFeedAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ValuationFeedAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (valuationFeed *ValuationFeed) UnpackAccessControlBadConfirmationError(raw []byte) (*ValuationFeedAccessControlBadConfirmation, error) {
	out := new(ValuationFeedAccessControlBadConfirmation)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ValuationFeed contract.
type ValuationFeedAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ValuationFeedAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (valuationFeed *ValuationFeed) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ValuationFeedAccessControlUnauthorizedAccount, error) {
	out := new(ValuationFeedAccessControlUnauthorizedAccount)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedAddressEmptyCode represents a AddressEmptyCode error raised by the ValuationFeed contract.
type ValuationFeedAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ValuationFeedAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (valuationFeed *ValuationFeed) UnpackAddressEmptyCodeError(raw []byte) (*ValuationFeedAddressEmptyCode, error) {
	out := new(ValuationFeedAddressEmptyCode)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedAnswerOutOfRange represents a AnswerOutOfRange error raised by the ValuationFeed contract.
type ValuationFeedAnswerOutOfRange struct {
	Answer    *big.Int
	MinAnswer *big.Int
	MaxAnswer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnswerOutOfRange(int256 answer, int192 minAnswer, int192 maxAnswer)
func ValuationFeedAnswerOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd83fe3ee318e96967ec3b484dfd9bd521e9d20064050bb3abcdc4ac1dc49a0f6")
}

// UnpackAnswerOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnswerOutOfRange(int256 answer, int192 minAnswer, int192 maxAnswer)
func (valuationFeed *ValuationFeed) UnpackAnswerOutOfRangeError(raw []byte) (*ValuationFeedAnswerOutOfRange, error) {
	out := new(ValuationFeedAnswerOutOfRange)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "AnswerOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ValuationFeed contract.
type ValuationFeedERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ValuationFeedERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (valuationFeed *ValuationFeed) UnpackERC1967InvalidImplementationError(raw []byte) (*ValuationFeedERC1967InvalidImplementation, error) {
	out := new(ValuationFeedERC1967InvalidImplementation)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedERC1967NonPayable represents a ERC1967NonPayable error raised by the ValuationFeed contract.
type ValuationFeedERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ValuationFeedERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (valuationFeed *ValuationFeed) UnpackERC1967NonPayableError(raw []byte) (*ValuationFeedERC1967NonPayable, error) {
	out := new(ValuationFeedERC1967NonPayable)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedFailedCall represents a FailedCall error raised by the ValuationFeed contract.
type ValuationFeedFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ValuationFeedFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (valuationFeed *ValuationFeed) UnpackFailedCallError(raw []byte) (*ValuationFeedFailedCall, error) {
	out := new(ValuationFeedFailedCall)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedInvalidInitialization represents a InvalidInitialization error raised by the ValuationFeed contract.
type ValuationFeedInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ValuationFeedInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (valuationFeed *ValuationFeed) UnpackInvalidInitializationError(raw []byte) (*ValuationFeedInvalidInitialization, error) {
	out := new(ValuationFeedInvalidInitialization)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedInvalidRange represents a InvalidRange error raised by the ValuationFeed contract.
type ValuationFeedInvalidRange struct {
	MinAnswer *big.Int
	MaxAnswer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRange(int192 minAnswer, int192 maxAnswer)
func ValuationFeedInvalidRangeErrorID() common.Hash {
	return common.HexToHash("0x4a6cfb64aec86f971040c547bb54f98db8771058a689c6320556fdd872c4708d")
}

// UnpackInvalidRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRange(int192 minAnswer, int192 maxAnswer)
func (valuationFeed *ValuationFeed) UnpackInvalidRangeError(raw []byte) (*ValuationFeedInvalidRange, error) {
	out := new(ValuationFeedInvalidRange)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "InvalidRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedInvalidUpgrader represents a InvalidUpgrader error raised by the ValuationFeed contract.
type ValuationFeedInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func ValuationFeedInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (valuationFeed *ValuationFeed) UnpackInvalidUpgraderError(raw []byte) (*ValuationFeedInvalidUpgrader, error) {
	out := new(ValuationFeedInvalidUpgrader)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedNoDataPresent represents a NoDataPresent error raised by the ValuationFeed contract.
type ValuationFeedNoDataPresent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDataPresent()
func ValuationFeedNoDataPresentErrorID() common.Hash {
	return common.HexToHash("0xbb258700699f4449978821f51700c766295ef133e7bb6177607142c8d88db786")
}

// UnpackNoDataPresentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDataPresent()
func (valuationFeed *ValuationFeed) UnpackNoDataPresentError(raw []byte) (*ValuationFeedNoDataPresent, error) {
	out := new(ValuationFeedNoDataPresent)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "NoDataPresent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedNotInitializing represents a NotInitializing error raised by the ValuationFeed contract.
type ValuationFeedNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ValuationFeedNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (valuationFeed *ValuationFeed) UnpackNotInitializingError(raw []byte) (*ValuationFeedNotInitializing, error) {
	out := new(ValuationFeedNotInitializing)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedObservationInFuture represents a ObservationInFuture error raised by the ValuationFeed contract.
type ValuationFeedObservationInFuture struct {
	ObservedAt uint64
	BlockTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ObservationInFuture(uint64 observedAt, uint256 blockTime)
func ValuationFeedObservationInFutureErrorID() common.Hash {
	return common.HexToHash("0x4c350622195dbf71791d51760976c1dc4c0c0e452d48c9266a3b6d10dbd46bed")
}

// UnpackObservationInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ObservationInFuture(uint64 observedAt, uint256 blockTime)
func (valuationFeed *ValuationFeed) UnpackObservationInFutureError(raw []byte) (*ValuationFeedObservationInFuture, error) {
	out := new(ValuationFeedObservationInFuture)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ObservationInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedObservationNotAfterLast represents a ObservationNotAfterLast error raised by the ValuationFeed contract.
type ValuationFeedObservationNotAfterLast struct {
	ObservedAt     uint64
	LastObservedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ObservationNotAfterLast(uint64 observedAt, uint64 lastObservedAt)
func ValuationFeedObservationNotAfterLastErrorID() common.Hash {
	return common.HexToHash("0x81e1cae3b56cd9a427cea9ab1c80cb718e3342402686daa5a59d059dc09eeb32")
}

// UnpackObservationNotAfterLastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ObservationNotAfterLast(uint64 observedAt, uint64 lastObservedAt)
func (valuationFeed *ValuationFeed) UnpackObservationNotAfterLastError(raw []byte) (*ValuationFeedObservationNotAfterLast, error) {
	out := new(ValuationFeedObservationNotAfterLast)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ObservationNotAfterLast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedRoundNotFound represents a RoundNotFound error raised by the ValuationFeed contract.
type ValuationFeedRoundNotFound struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFound(uint80 roundId)
func ValuationFeedRoundNotFoundErrorID() common.Hash {
	return common.HexToHash("0xd7ea22717cf6eee389a068b428de9324f2c7666099d161eab466dc44dfd75362")
}

// UnpackRoundNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFound(uint80 roundId)
func (valuationFeed *ValuationFeed) UnpackRoundNotFoundError(raw []byte) (*ValuationFeedRoundNotFound, error) {
	out := new(ValuationFeedRoundNotFound)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "RoundNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ValuationFeed contract.
type ValuationFeedUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ValuationFeedUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (valuationFeed *ValuationFeed) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ValuationFeedUUPSUnauthorizedCallContext, error) {
	out := new(ValuationFeedUUPSUnauthorizedCallContext)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ValuationFeed contract.
type ValuationFeedUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ValuationFeedUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (valuationFeed *ValuationFeed) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ValuationFeedUUPSUnsupportedProxiableUUID, error) {
	out := new(ValuationFeedUUPSUnsupportedProxiableUUID)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
