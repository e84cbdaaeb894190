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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"int192\",\"name\":\"minAnswer\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer\",\"type\":\"int192\"}],\"name\":\"AnswerOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"previous\",\"type\":\"int256\"},{\"internalType\":\"uint16\",\"name\":\"maxBps\",\"type\":\"uint16\"}],\"name\":\"ChangeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FeedPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidGuard\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int192\",\"name\":\"minAnswer\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer\",\"type\":\"int192\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDataPresent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"blockTime\",\"type\":\"uint256\"}],\"name\":\"ObservationInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastObservedAt\",\"type\":\"uint64\"}],\"name\":\"ObservationNotAfterLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"referenceAnswer\",\"type\":\"int256\"},{\"internalType\":\"uint16\",\"name\":\"maxBps\",\"type\":\"uint16\"}],\"name\":\"ReferenceDeviation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReferenceUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"RoundNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"elapsed\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minInterval\",\"type\":\"uint32\"}],\"name\":\"TooSoon\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"maxChangeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minInterval\",\"type\":\"uint32\"}],\"name\":\"GuardsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"startedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"}],\"name\":\"NewRound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"Overridden\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"maxDeviationBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"}],\"name\":\"ReferenceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OVERRIDE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSMITTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"_roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guards\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"maxChangeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"minInterval\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"isPaused\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"referenceFeed\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"referenceDecimals\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"referenceMaxBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"referenceMaxAge\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"int192\",\"name\":\"minAnswer_\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer_\",\"type\":\"int192\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"transmitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"overrider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ripcord\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"maxChangeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"minInterval\",\"type\":\"uint32\"}],\"name\":\"setGuards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"maxDeviationBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"}],\"name\":\"setReference\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"}],\"name\":\"transmit\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"}],\"name\":\"transmitOverride\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"typeAndVersion\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ValuationFeed",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516126f06100f95f395f81816116f10152818161171a015261186a01526126f05ff3fe608060405260043610610212575f3560e01c806370da2f671161011e578063a217fddf116100a8578063d547741f1161006d578063d547741f14610662578063e7890e0f14610681578063f72c0d8b146106a0578063fe2ca8a4146106c0578063feaf968c146106f3575f5ffd5b8063a217fddf146105c2578063ad3cb1cc146105d5578063b5ab58dc14610605578063b633620c14610624578063ce72773114610643575f5ffd5b806383167bea116100ee57806383167bea146104e65780638456cb591461051d57806391d148541461053157806398738a38146105505780639a6fc8f51461056f575f5ffd5b806370da2f67146104aa5780637284e416146104be5780637a993327146104825780638205bf6a146104d2575f5ffd5b806336568abe1161019f57806350d25bcd1161016f57806350d25bcd1461044757806352d1902d1461045b57806354fd4d501461046f5780635c975abb14610482578063668a0f0214610496575f5ffd5b806336568abe1461039b5780633f4ba83a146103ba578063448788ef146103ce5780634f1ef28614610434575f5ffd5b806324ea54f4116101e557806324ea54f4146102e25780632a4cf10b146103025780632ce919e0146103355780632f2ff15d14610356578063313ce56714610375575f5ffd5b806301ffc9a714610216578063181f5a771461024a57806322adbc781461028e578063248a9ca3146102b5575b5f5ffd5b348015610221575f5ffd5b5061023561023036600461205e565b610707565b60405190151581526020015b60405180910390f35b348015610255575f5ffd5b50604080518082019091526013815272056616c756174696f6e4665656420312e312e3606c1b60208201525b604051610241919061208c565b348015610299575f5ffd5b506102a261073d565b60405160179190910b8152602001610241565b3480156102c0575f5ffd5b506102d46102cf3660046120c1565b61074f565b604051908152602001610241565b3480156102ed575f5ffd5b506102d45f51602061269b5f395f51905f5281565b34801561030d575f5ffd5b506102d47fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf281565b348015610340575f5ffd5b5061035461034f366004612101565b61076f565b005b348015610361575f5ffd5b50610354610370366004612148565b61083a565b348015610380575f5ffd5b5061038961085c565b60405160ff9091168152602001610241565b3480156103a6575f5ffd5b506103546103b5366004612148565b610875565b3480156103c5575f5ffd5b506103546108ad565b3480156103d9575f5ffd5b506103e2610921565b6040805161ffff988916815263ffffffff9788166020820152951515908601526001600160a01b03909316606085015260ff90911660808401529390931660a0820152911660c082015260e001610241565b61035461044236600461217d565b6109d4565b348015610452575f5ffd5b506102d46109f3565b348015610466575f5ffd5b506102d4610a2d565b34801561047a575f5ffd5b5060016102d4565b34801561048d575f5ffd5b50610235610a48565b3480156104a1575f5ffd5b506102d4610a64565b3480156104b5575f5ffd5b506102a2610a7f565b3480156104c9575f5ffd5b50610281610a94565b3480156104dd575f5ffd5b506102d4610b2d565b3480156104f1575f5ffd5b5061050561050036600461223e565b610b71565b6040516001600160501b039091168152602001610241565b348015610528575f5ffd5b50610354610ddf565b34801561053c575f5ffd5b5061023561054b366004612148565b610e4d565b34801561055b575f5ffd5b5061050561056a36600461223e565b610e83565b34801561057a575f5ffd5b5061058e61058936600461228b565b610f54565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015260a001610241565b3480156105cd575f5ffd5b506102d45f81565b3480156105e0575f5ffd5b50610281604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610610575f5ffd5b506102d461061f3660046120c1565b611021565b34801561062f575f5ffd5b506102d461063e3660046120c1565b611040565b34801561064e575f5ffd5b5061035461065d3660046122c5565b611069565b34801561066d575f5ffd5b5061035461067c366004612148565b61127b565b34801561068c575f5ffd5b5061035461069b3660046123a4565b611297565b3480156106ab575f5ffd5b506102d45f51602061263b5f395f51905f5281565b3480156106cb575f5ffd5b506102d47f2831c275660a9b2b03b9a00bfa68ba83332281d1de3b281c2bd10d6b1c73433f81565b3480156106fe575f5ffd5b5061058e6114ed565b5f6001600160e01b03198216637965db0b60e01b148061073757506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61074661159b565b5460170b919050565b5f9081525f51602061267b5f395f51905f52602052604090206001015490565b5f51602061269b5f395f51905f52610786816115bf565b62ffffff63ffffffff831611156107b0576040516315e33ca360e01b815260040160405180910390fd5b5f6107b961159b565b600501805466ffffff0000ffff60b01b1916600160d01b62ffffff86160261ffff60b01b191617600160b01b61ffff87169081029190911782556040805191825263ffffffff861660208301529192507f9bc18aca78191a7671963b7271ff5c4049a4790204bc6984082ed57ae9b8b81b910160405180910390a150505050565b6108438261074f565b61084c816115bf565b61085683836115cc565b50505050565b5f61086561159b565b54600160c01b900460ff16919050565b6001600160a01b038116331461089e5760405163334bd91960e11b815260040160405180910390fd5b6108a8828261166d565b505050565b5f51602061269b5f395f51905f526108c4816115bf565b5f6108cd61159b565b6005018054911515600160a81b0260ff60a81b199092169190911790556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b5f5f5f5f5f5f5f5f61093161159b565b6040805160e081018252600592909201546001600160a01b03811680845260ff600160a01b8304811660208601819052600160a81b8404909116151593850184905261ffff600160b01b8404811660608701819052600160c01b85049091166080870181905262ffffff600160d01b8604811660a08901819052600160e81b9096041660c0909701879052909e939d50939b509099509750909550909350915050565b6109dc6116e6565b6109e58261178c565b6109ef82826117a3565b5050565b5f6109fc61159b565b6004015f610a0861159b565b600301546001600160501b0316815260208101919091526040015f205460170b919050565b5f610a3661185f565b505f51602061265b5f395f51905f5290565b5f610a5161159b565b60050154600160a81b900460ff16919050565b5f610a6d61159b565b600301546001600160501b0316919050565b5f610a8861159b565b6001015460170b919050565b6060610a9e61159b565b6002018054610aac906123e4565b80601f0160208091040260200160405190810160405280929190818152602001828054610ad8906123e4565b8015610b235780601f10610afa57610100808354040283529160200191610b23565b820191905f5260205f20905b815481529060010190602001808311610b0657829003601f168201915b5050505050905090565b5f610b3661159b565b6004015f610b4261159b565b600301546001600160501b0316815260208101919091526040015f2054600160e01b900463ffffffff16919050565b5f7fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf2610b9c816115bf565b5f610ba561159b565b6040805160e08101825260058301546001600160a01b038116825260ff600160a01b820481166020840152600160a81b8204161580159383019390935261ffff600160b01b820481166060840152600160c01b820416608083015262ffffff600160d01b8204811660a0840152600160e81b9091041660c0820152919250610c4057604051630c199f0160e31b815260040160405180910390fd5b610c4b8287876118a8565b60038201546001600160501b03168015801590610c815750606082015161ffff16151580610c81575060a082015162ffffff1615155b15610dac576001600160501b0381165f90815260048401602090815260409182902082516060810184529054601781900b825263ffffffff600160c01b8204811693830193909352600160e01b90049091169181019190915260a083015162ffffff1615610d47575f816040015163ffffffff1642610d009190612430565b90508360a0015162ffffff16811015610d455760a08401516040516331fe3fbd60e11b81526004810183905262ffffff90911660248201526044015b60405180910390fd5b505b606083015161ffff1615801590610d6e5750610d6e88825f015160170b856060015161198e565b15610daa578051606084015160405163a67b7e7d60e01b8152600481018b905260179290920b602483015261ffff166044820152606401610d3c565b505b81516001600160a01b031615610dc757610dc78383896119f0565b610dd2838888611bd5565b94505050505b5092915050565b5f51602061269b5f395f51905f52610df6816115bf565b6001610e0061159b565b6005018054911515600160a81b0260ff60a81b199092169190911790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610916565b5f9182525f51602061267b5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f7f2831c275660a9b2b03b9a00bfa68ba83332281d1de3b281c2bd10d6b1c73433f610eae816115bf565b5f610eb761159b565b6005810154909150600160a81b900460ff1615610ee757604051630c199f0160e31b815260040160405180910390fd5b610ef28186866118a8565b610efd818686611bd5565b9250336001600160a01b0316836001600160501b03167f863afa5ce21779779d87ef7230babb888d13e310cdb0e52821db8e7d3245f4a187604051610f4491815260200190565b60405180910390a3505092915050565b5f808080806001600160501b0386161580610f865750610f7261159b565b600301546001600160501b03908116908716115b15610faf5760405163d7ea227160e01b81526001600160501b0387166004820152602401610d3c565b5f610fb861159b565b6001600160501b0388165f908152600491909101602090815260409182902082516060810184529054601781900b80835263ffffffff600160c01b83048116948401859052600160e01b9092049091169190930181905298999198909750955088945092505050565b5f61102a61159b565b5f92835260040160205250604090205460170b90565b5f61104961159b565b5f928352600401602052506040902054600160e01b900463ffffffff1690565b5f611072611d24565b805490915060ff600160401b82041615906001600160401b03165f811580156110985750825b90505f826001600160401b031660011480156110b35750303b155b9050811580156110c1575080155b156110df5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561110957845460ff60401b1916600160401b1785555b8960170b8b60170b1261113d5760405163129b3ed960e21b815260178c810b60048301528b900b6024820152604401610d3c565b6111478987611d4c565b5f61115061159b565b90508e815f0160186101000a81548160ff021916908360ff1602179055508d8d826002019182611181929190612491565b5080546001600160c01b03808e166001600160c01b0319928316178355600183018054918e16919092161790556001600160a01b038916156111e9576111e77fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf28a6115cc565b505b6001600160a01b03881615611224576112227f2831c275660a9b2b03b9a00bfa68ba83332281d1de3b281c2bd10d6b1c73433f896115cc565b505b50831561126b57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050505050505050565b6112848261074f565b61128d816115bf565b610856838361166d565b5f51602061269b5f395f51905f526112ae816115bf565b5f6112b761159b565b60050190505f6001600160a01b038616156113fe576001600160a01b0386163b15806112eb57506001600160a01b03861630145b806112f8575061ffff8516155b80611307575063ffffffff8416155b8061131a575062ffffff63ffffffff8516115b15611338576040516315e33ca360e01b815260040160405180910390fd5b856001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015611374573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611398919061254b565b90505f6113a361159b565b5460ff600160c01b90910481169150601290831682106113cc576113c78383612566565b6113d6565b6113d68284612566565b60ff1611156113f8576040516315e33ca360e01b815260040160405180910390fd5b50611433565b61ffff8516151580611415575063ffffffff841615155b15611433576040516315e33ca360e01b815260040160405180910390fd5b8154600164ffffff000160c01b0316600160e81b62ffffff86160261ffff60c01b191617600160c01b61ffff8716908102919091176001600160a81b031916600160a01b60ff84169081026001600160a01b031916919091176001600160a01b038916908117855560408051928352602083019390935263ffffffff8716928201929092527f377ec20b523582f31c709ecdaab968d6e59679411908f40a967921d958c11b459060600160405180910390a2505050505050565b5f5f5f5f5f6114fa61159b565b600301546001600160501b031694505f8590036115295760405162bb258760e81b815260040160405180910390fd5b5f61153261159b565b6001600160501b0387165f908152600491909101602090815260409182902082516060810184529054601781900b80835263ffffffff600160c01b83048116948401859052600160e01b9092049091169190930181905291965094509250859150509091929394565b7f8b292f69aeae7a175c0a03888c2e6dfca15c2e5f9dd972a437adb41782aa540090565b6115c98133611dbc565b50565b5f5f51602061267b5f395f51905f526115e58484610e4d565b611664575f848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561161a3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610737565b5f915050610737565b5f5f51602061267b5f395f51905f526116868484610e4d565b15611664575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610737565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061176c57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166117605f51602061265b5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b1561178a5760405163703e46dd60e11b815260040160405180910390fd5b565b5f51602061263b5f395f51905f526109ef816115bf565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156117fd575060408051601f3d908101601f191682019092526117fa9181019061257f565b60015b61182557604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610d3c565b5f51602061265b5f395f51905f52811461185557604051632a87526960e21b815260048101829052602401610d3c565b6108a88383611df5565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461178a5760405163703e46dd60e11b815260040160405180910390fd5b82546001840154601791820b910b818412806118c657508060170b84135b156118f957604051636c1ff1f760e11b815260048101859052601783810b602483015282900b6044820152606401610d3c565b42836001600160401b031611156119345760405163261a831160e11b81526001600160401b0384166004820152426024820152604401610d3c565b6003850154600160501b900463ffffffff166001600160401b0384168110611986576040516381e1cae360e01b81526001600160401b038516600482015263ffffffff82166024820152604401610d3c565b505050505050565b5f5f8385136119a6576119a18585612596565b6119b0565b6119b08486612596565b90505f5f85126119c057846119c9565b6119c9856125b5565b90506119d961ffff8516826125cf565b6119e5836127106125cf565b119695505050505050565b5f825f01516001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa925050508015611a4e575060408051601f3d908101601f19168201909252611a4b918101906125e6565b60015b611a6b5760405163a99c2ec960e01b815260040160405180910390fd5b6001600160501b0385161580611a7f575081155b80611a8a57505f8413155b80611a9b57506001600160bf1b0384135b80611aa557504282115b80611ac1575060c088015162ffffff16611abf8342612430565b115b15611adf5760405163a99c2ec960e01b815260040160405180910390fd5b509193505050508354602084015160ff600160c01b9092048216918491849116831015611b1c578286602001510360ff16600a0a82029150611b2b565b6020860151830360ff16600a0a025b5f818313611b4257611b3d8383612596565b611b4c565b611b4c8284612596565b90505f5f611b5c83612710611e4a565b915091505f5f611b74868c6080015161ffff16611e4a565b9150915081841180611b8f57508184148015611b8f57508083115b15611bc75760808b0151604051632f1730d760e01b8152600481018c9052602481018b905261ffff9091166044820152606401610d3c565b505050505050505050505050565b60038301805463ffffffff808416600160501b81026dffffffffffffffffffffffffffff1984166001600160501b039485166001019485169081179190911790945560408051606081018252601788900b815260208082019384524285168284019081525f88815260048c019092529083902091518254945191518616600160e01b026001600160e01b0392909616600160c01b026001600160e01b03199095166001600160c01b0390911617939093179290921692909217905551909133917f0109fc6f55cf40689f02fbaad7af7fe7bbac8a3d2186600afc7d3e10cac6027190611cd19086906001600160401b0391909116815260200190565b60405180910390a3806001600160501b0316837f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f42604051611d1591815260200190565b60405180910390a39392505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610737565b611d54611e66565b611d5c611e8b565b6001600160a01b038116611d83576040516349e1399360e11b815260040160405180910390fd5b611d8d5f836115cc565b50611da55f51602061263b5f395f51905f5280611e93565b6108a85f51602061263b5f395f51905f52826115cc565b611dc68282610e4d565b6109ef5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610d3c565b611dfe82611ef3565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115611e42576108a88282611f56565b6109ef611fef565b5f805f1983850993909202808410938190039390930393915050565b611e6e61200e565b61178a57604051631afcd79f60e31b815260040160405180910390fd5b61178a611e66565b5f51602061267b5f395f51905f525f611eab8461074f565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b806001600160a01b03163b5f03611f2857604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610d3c565b5f51602061265b5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f611f638484612027565b9050808015611f8457505f3d1180611f8457505f846001600160a01b03163b115b15611f9957611f9161203a565b915050610737565b8015611fc357604051639996b31560e01b81526001600160a01b0385166004820152602401610d3c565b3d15611fd657611fd1612053565b610dd8565b60405163d6bda27560e01b815260040160405180910390fd5b341561178a5760405163b398979f60e01b815260040160405180910390fd5b5f612017611d24565b54600160401b900460ff16919050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f6020828403121561206e575f5ffd5b81356001600160e01b031981168114612085575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156120d1575f5ffd5b5035919050565b803561ffff811681146120e9575f5ffd5b919050565b803563ffffffff811681146120e9575f5ffd5b5f5f60408385031215612112575f5ffd5b61211b836120d8565b9150612129602084016120ee565b90509250929050565b80356001600160a01b03811681146120e9575f5ffd5b5f5f60408385031215612159575f5ffd5b8235915061212960208401612132565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561218e575f5ffd5b61219783612132565b915060208301356001600160401b038111156121b1575f5ffd5b8301601f810185136121c1575f5ffd5b80356001600160401b038111156121da576121da612169565b604051601f8201601f19908116603f011681016001600160401b038111828210171561220857612208612169565b60405281815282820160200187101561221f575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f6040838503121561224f575f5ffd5b8235915060208301356001600160401b038116811461226c575f5ffd5b809150509250929050565b6001600160501b03811681146115c9575f5ffd5b5f6020828403121561229b575f5ffd5b813561208581612277565b60ff811681146115c9575f5ffd5b8035601781900b81146120e9575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c0312156122de575f5ffd5b89356122e9816122a6565b985060208a01356001600160401b03811115612303575f5ffd5b8a01601f81018c13612313575f5ffd5b80356001600160401b03811115612328575f5ffd5b8c6020828401011115612339575f5ffd5b6020919091019850965061234f60408b016122b4565b955061235d60608b016122b4565b945061236b60808b01612132565b935061237960a08b01612132565b925061238760c08b01612132565b915061239560e08b01612132565b90509295985092959850929598565b5f5f5f606084860312156123b6575f5ffd5b6123bf84612132565b92506123cd602085016120d8565b91506123db604085016120ee565b90509250925092565b600181811c908216806123f857607f821691505b60208210810361241657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156107375761073761241c565b601f8211156108a857828211156108a857805f5260205f20601f840160051c602085101561246e57505f5b90810190601f840160051c035f5b81811015611986575f8382015560010161247c565b6001600160401b038311156124a8576124a8612169565b6124bc836124b683546123e4565b83612443565b5f601f8411600181146124ed575f85156124d65750838201355b5f19600387901b1c1916600186901b178355612544565b5f83815260208120601f198716915b8281101561251c57868501358255602094850194600190920191016124fc565b5086821015612538575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f6020828403121561255b575f5ffd5b8151612085816122a6565b60ff82811682821603908111156107375761073761241c565b5f6020828403121561258f575f5ffd5b5051919050565b8181035f831280158383131683831282161715610dd857610dd861241c565b5f600160ff1b82016125c9576125c961241c565b505f0390565b80820281158282048414176107375761073761241c565b5f5f5f5f5f60a086880312156125fa575f5ffd5b855161260581612277565b60208701516040880151606089015160808a01519398509196509450925061262c81612277565b80915050929550929590935056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680055435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a2646970667358221220a4559f5a494e3545a70334e7b564facd6e9b4cb2a35c9091b15801efb4a492fe64736f6c63430008250033",
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

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) PackGUARDIANROLE() []byte {
	enc, err := valuationFeed.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) TryPackGUARDIANROLE() ([]byte, error) {
	return valuationFeed.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOVERRIDEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe2ca8a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OVERRIDE_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) PackOVERRIDEROLE() []byte {
	enc, err := valuationFeed.abi.Pack("OVERRIDE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOVERRIDEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe2ca8a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OVERRIDE_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) TryPackOVERRIDEROLE() ([]byte, error) {
	return valuationFeed.abi.Pack("OVERRIDE_ROLE")
}

// UnpackOVERRIDEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe2ca8a4.
//
// Solidity: function OVERRIDE_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackOVERRIDEROLE(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("OVERRIDE_ROLE", data)
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

// PackGuards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x448788ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guards() view returns(uint16 maxChangeBps, uint32 minInterval, bool isPaused, address referenceFeed, uint8 referenceDecimals, uint16 referenceMaxBps, uint32 referenceMaxAge)
func (valuationFeed *ValuationFeed) PackGuards() []byte {
	enc, err := valuationFeed.abi.Pack("guards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x448788ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guards() view returns(uint16 maxChangeBps, uint32 minInterval, bool isPaused, address referenceFeed, uint8 referenceDecimals, uint16 referenceMaxBps, uint32 referenceMaxAge)
func (valuationFeed *ValuationFeed) TryPackGuards() ([]byte, error) {
	return valuationFeed.abi.Pack("guards")
}

// GuardsOutput serves as a container for the return parameters of contract
// method Guards.
type GuardsOutput struct {
	MaxChangeBps      uint16
	MinInterval       uint32
	IsPaused          bool
	ReferenceFeed     common.Address
	ReferenceDecimals uint8
	ReferenceMaxBps   uint16
	ReferenceMaxAge   uint32
}

// UnpackGuards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x448788ef.
//
// Solidity: function guards() view returns(uint16 maxChangeBps, uint32 minInterval, bool isPaused, address referenceFeed, uint8 referenceDecimals, uint16 referenceMaxBps, uint32 referenceMaxAge)
func (valuationFeed *ValuationFeed) UnpackGuards(data []byte) (GuardsOutput, error) {
	out, err := valuationFeed.abi.Unpack("guards", data)
	outstruct := new(GuardsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MaxChangeBps = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.MinInterval = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.IsPaused = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.ReferenceFeed = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.ReferenceDecimals = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.ReferenceMaxBps = *abi.ConvertType(out[5], new(uint16)).(*uint16)
	outstruct.ReferenceMaxAge = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	return *outstruct, nil
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
// the contract method with ID 0xce727731.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(uint8 decimals_, string description_, int192 minAnswer_, int192 maxAnswer_, address admin, address transmitter, address overrider, address upgrader) returns()
func (valuationFeed *ValuationFeed) PackInitialize(decimals uint8, description string, minAnswer *big.Int, maxAnswer *big.Int, admin common.Address, transmitter common.Address, overrider common.Address, upgrader common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("initialize", decimals, description, minAnswer, maxAnswer, admin, transmitter, overrider, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce727731.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(uint8 decimals_, string description_, int192 minAnswer_, int192 maxAnswer_, address admin, address transmitter, address overrider, address upgrader) returns()
func (valuationFeed *ValuationFeed) TryPackInitialize(decimals uint8, description string, minAnswer *big.Int, maxAnswer *big.Int, admin common.Address, transmitter common.Address, overrider common.Address, upgrader common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("initialize", decimals, description, minAnswer, maxAnswer, admin, transmitter, overrider, upgrader)
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

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (valuationFeed *ValuationFeed) PackPause() []byte {
	enc, err := valuationFeed.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (valuationFeed *ValuationFeed) TryPackPause() ([]byte, error) {
	return valuationFeed.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (valuationFeed *ValuationFeed) PackPaused() []byte {
	enc, err := valuationFeed.abi.Pack("paused")
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
func (valuationFeed *ValuationFeed) TryPackPaused() ([]byte, error) {
	return valuationFeed.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (valuationFeed *ValuationFeed) UnpackPaused(data []byte) (bool, error) {
	out, err := valuationFeed.abi.Unpack("paused", data)
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

// PackRipcord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a993327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ripcord() view returns(bool)
func (valuationFeed *ValuationFeed) PackRipcord() []byte {
	enc, err := valuationFeed.abi.Pack("ripcord")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRipcord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a993327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ripcord() view returns(bool)
func (valuationFeed *ValuationFeed) TryPackRipcord() ([]byte, error) {
	return valuationFeed.abi.Pack("ripcord")
}

// UnpackRipcord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a993327.
//
// Solidity: function ripcord() view returns(bool)
func (valuationFeed *ValuationFeed) UnpackRipcord(data []byte) (bool, error) {
	out, err := valuationFeed.abi.Unpack("ripcord", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetGuards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ce919e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGuards(uint16 maxChangeBps, uint32 minInterval) returns()
func (valuationFeed *ValuationFeed) PackSetGuards(maxChangeBps uint16, minInterval uint32) []byte {
	enc, err := valuationFeed.abi.Pack("setGuards", maxChangeBps, minInterval)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGuards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ce919e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGuards(uint16 maxChangeBps, uint32 minInterval) returns()
func (valuationFeed *ValuationFeed) TryPackSetGuards(maxChangeBps uint16, minInterval uint32) ([]byte, error) {
	return valuationFeed.abi.Pack("setGuards", maxChangeBps, minInterval)
}

// PackSetReference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7890e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReference(address feed, uint16 maxDeviationBps, uint32 maxAge) returns()
func (valuationFeed *ValuationFeed) PackSetReference(feed common.Address, maxDeviationBps uint16, maxAge uint32) []byte {
	enc, err := valuationFeed.abi.Pack("setReference", feed, maxDeviationBps, maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7890e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReference(address feed, uint16 maxDeviationBps, uint32 maxAge) returns()
func (valuationFeed *ValuationFeed) TryPackSetReference(feed common.Address, maxDeviationBps uint16, maxAge uint32) ([]byte, error) {
	return valuationFeed.abi.Pack("setReference", feed, maxDeviationBps, maxAge)
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

// PackTransmitOverride is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98738a38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transmitOverride(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) PackTransmitOverride(answer *big.Int, observedAt uint64) []byte {
	enc, err := valuationFeed.abi.Pack("transmitOverride", answer, observedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransmitOverride is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98738a38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transmitOverride(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) TryPackTransmitOverride(answer *big.Int, observedAt uint64) ([]byte, error) {
	return valuationFeed.abi.Pack("transmitOverride", answer, observedAt)
}

// UnpackTransmitOverride is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98738a38.
//
// Solidity: function transmitOverride(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) UnpackTransmitOverride(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("transmitOverride", data)
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

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (valuationFeed *ValuationFeed) PackUnpause() []byte {
	enc, err := valuationFeed.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (valuationFeed *ValuationFeed) TryPackUnpause() ([]byte, error) {
	return valuationFeed.abi.Pack("unpause")
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

// ValuationFeedGuardsSet represents a GuardsSet event raised by the ValuationFeed contract.
type ValuationFeedGuardsSet struct {
	MaxChangeBps uint16
	MinInterval  uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const ValuationFeedGuardsSetEventName = "GuardsSet"

// ContractEventName returns the user-defined event name.
func (ValuationFeedGuardsSet) ContractEventName() string {
	return ValuationFeedGuardsSetEventName
}

// UnpackGuardsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardsSet(uint16 maxChangeBps, uint32 minInterval)
func (valuationFeed *ValuationFeed) UnpackGuardsSetEvent(log *types.Log) (*ValuationFeedGuardsSet, error) {
	event := "GuardsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedGuardsSet)
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

// ValuationFeedOverridden represents a Overridden event raised by the ValuationFeed contract.
type ValuationFeedOverridden struct {
	RoundId *big.Int
	Answer  *big.Int
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedOverriddenEventName = "Overridden"

// ContractEventName returns the user-defined event name.
func (ValuationFeedOverridden) ContractEventName() string {
	return ValuationFeedOverriddenEventName
}

// UnpackOverriddenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Overridden(uint80 indexed roundId, int256 answer, address indexed sender)
func (valuationFeed *ValuationFeed) UnpackOverriddenEvent(log *types.Log) (*ValuationFeedOverridden, error) {
	event := "Overridden"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedOverridden)
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

// ValuationFeedPaused represents a Paused event raised by the ValuationFeed contract.
type ValuationFeedPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ValuationFeedPaused) ContractEventName() string {
	return ValuationFeedPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (valuationFeed *ValuationFeed) UnpackPausedEvent(log *types.Log) (*ValuationFeedPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedPaused)
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

// ValuationFeedReferenceSet represents a ReferenceSet event raised by the ValuationFeed contract.
type ValuationFeedReferenceSet struct {
	Feed            common.Address
	Decimals        uint8
	MaxDeviationBps uint16
	MaxAge          uint32
	Raw             *types.Log // Blockchain specific contextual infos
}

const ValuationFeedReferenceSetEventName = "ReferenceSet"

// ContractEventName returns the user-defined event name.
func (ValuationFeedReferenceSet) ContractEventName() string {
	return ValuationFeedReferenceSetEventName
}

// UnpackReferenceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReferenceSet(address indexed feed, uint8 decimals, uint16 maxDeviationBps, uint32 maxAge)
func (valuationFeed *ValuationFeed) UnpackReferenceSetEvent(log *types.Log) (*ValuationFeedReferenceSet, error) {
	event := "ReferenceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedReferenceSet)
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

// ValuationFeedUnpaused represents a Unpaused event raised by the ValuationFeed contract.
type ValuationFeedUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ValuationFeedUnpaused) ContractEventName() string {
	return ValuationFeedUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (valuationFeed *ValuationFeed) UnpackUnpausedEvent(log *types.Log) (*ValuationFeedUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedUnpaused)
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
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ChangeTooLarge"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackChangeTooLargeError(raw[4:])
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
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["FeedPaused"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackFeedPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["InvalidGuard"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackInvalidGuardError(raw[4:])
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
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ReferenceDeviation"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackReferenceDeviationError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ReferenceUnavailable"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackReferenceUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["RoundNotFound"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackRoundNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["TooSoon"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackTooSoonError(raw[4:])
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

// ValuationFeedChangeTooLarge represents a ChangeTooLarge error raised by the ValuationFeed contract.
type ValuationFeedChangeTooLarge struct {
	Answer   *big.Int
	Previous *big.Int
	MaxBps   uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeTooLarge(int256 answer, int256 previous, uint16 maxBps)
func ValuationFeedChangeTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa67b7e7d1a96f9041f33498b94d4f36739b5e206f89beebaaf34516b8b8f6def")
}

// UnpackChangeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeTooLarge(int256 answer, int256 previous, uint16 maxBps)
func (valuationFeed *ValuationFeed) UnpackChangeTooLargeError(raw []byte) (*ValuationFeedChangeTooLarge, error) {
	out := new(ValuationFeedChangeTooLarge)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ChangeTooLarge", raw); err != nil {
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

// ValuationFeedFeedPaused represents a FeedPaused error raised by the ValuationFeed contract.
type ValuationFeedFeedPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeedPaused()
func ValuationFeedFeedPausedErrorID() common.Hash {
	return common.HexToHash("0x60ccf808324c9a7397e74b0521735eb3a472eb430ec43ec70411c41f648a16a2")
}

// UnpackFeedPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeedPaused()
func (valuationFeed *ValuationFeed) UnpackFeedPausedError(raw []byte) (*ValuationFeedFeedPaused, error) {
	out := new(ValuationFeedFeedPaused)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "FeedPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedInvalidGuard represents a InvalidGuard error raised by the ValuationFeed contract.
type ValuationFeedInvalidGuard struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidGuard()
func ValuationFeedInvalidGuardErrorID() common.Hash {
	return common.HexToHash("0x15e33ca353c1fcfa8d436d98291b067a604dffd3ebac624e7f71c6f39f6f4b95")
}

// UnpackInvalidGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidGuard()
func (valuationFeed *ValuationFeed) UnpackInvalidGuardError(raw []byte) (*ValuationFeedInvalidGuard, error) {
	out := new(ValuationFeedInvalidGuard)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "InvalidGuard", raw); err != nil {
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

// ValuationFeedReferenceDeviation represents a ReferenceDeviation error raised by the ValuationFeed contract.
type ValuationFeedReferenceDeviation struct {
	Answer          *big.Int
	ReferenceAnswer *big.Int
	MaxBps          uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReferenceDeviation(int256 answer, int256 referenceAnswer, uint16 maxBps)
func ValuationFeedReferenceDeviationErrorID() common.Hash {
	return common.HexToHash("0x2f1730d767dbcab407810d45f0505333e2dc59d4b657b2f594048b3a1c98b0e6")
}

// UnpackReferenceDeviationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReferenceDeviation(int256 answer, int256 referenceAnswer, uint16 maxBps)
func (valuationFeed *ValuationFeed) UnpackReferenceDeviationError(raw []byte) (*ValuationFeedReferenceDeviation, error) {
	out := new(ValuationFeedReferenceDeviation)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ReferenceDeviation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedReferenceUnavailable represents a ReferenceUnavailable error raised by the ValuationFeed contract.
type ValuationFeedReferenceUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReferenceUnavailable()
func ValuationFeedReferenceUnavailableErrorID() common.Hash {
	return common.HexToHash("0xa99c2ec94e312856bcbf96df524be4758fcf2884e52c69334206de3559fc88b6")
}

// UnpackReferenceUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReferenceUnavailable()
func (valuationFeed *ValuationFeed) UnpackReferenceUnavailableError(raw []byte) (*ValuationFeedReferenceUnavailable, error) {
	out := new(ValuationFeedReferenceUnavailable)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ReferenceUnavailable", raw); err != nil {
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

// ValuationFeedTooSoon represents a TooSoon error raised by the ValuationFeed contract.
type ValuationFeedTooSoon struct {
	Elapsed     *big.Int
	MinInterval uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooSoon(uint256 elapsed, uint32 minInterval)
func ValuationFeedTooSoonErrorID() common.Hash {
	return common.HexToHash("0x63fc7f7a0edc4236be0dec84a192890bd23cd5e06467d5c138854b3f812c23b4")
}

// UnpackTooSoonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooSoon(uint256 elapsed, uint32 minInterval)
func (valuationFeed *ValuationFeed) UnpackTooSoonError(raw []byte) (*ValuationFeedTooSoon, error) {
	out := new(ValuationFeedTooSoon)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "TooSoon", raw); err != nil {
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
