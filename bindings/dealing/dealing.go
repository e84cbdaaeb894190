// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dealing

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

// DealingRateLimit is an auto generated low-level Go binding around an user-defined struct.
type DealingRateLimit struct {
	GlobalCapacity      *big.Int
	PerInvestorCapacity *big.Int
	Window              uint32
	GlobalUsed          *big.Int
	GlobalAt            *big.Int
}

// DealingRequest is an auto generated low-level Go binding around an user-defined struct.
type DealingRequest struct {
	Controller common.Address
	Cutoff     *big.Int
	RoundId    uint32
	Kind       uint8
	State      uint8
	Flags      uint8
	Amount     *big.Int
	Result     *big.Int
	Owner      common.Address
}

// DealingMetaData contains all meta data concerning the Dealing contract.
var DealingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AsyncFlow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"CutoffPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"DayVoid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimable\",\"type\":\"uint256\"}],\"name\":\"ExceedsClaimable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"cap\",\"type\":\"uint16\"}],\"name\":\"FeeAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"InvalidCutoff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRateLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"ModeClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"NavOutOfBounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NavPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"NavStale\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCutoff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoNav\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"NotAfterCutoff\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotClaimable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"NotVoidable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotWire\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ReceiverNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"Slippage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TicketTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"TicketTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"WrongController\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"stamped\",\"type\":\"uint64\"}],\"name\":\"WrongCutoff\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"WrongKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"CancelDepositClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelDepositRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"CancelRedeemClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelRedeemRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"modes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"navTTL\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minRedeem\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxRedeem\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structDealing.Config\",\"name\":\"config\",\"type\":\"tuple\"}],\"name\":\"ConfigSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"CutoffPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"nav\",\"type\":\"int256\"}],\"name\":\"DayPriced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"DayVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"DepositFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"DepositRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PaymentConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"PayoutConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"globalCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perInvestorCapacity\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"RateLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"RedeemFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"RedeemRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"RedeemedInstant\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"RequestCutoff\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"RequestRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"}],\"name\":\"Subscribed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"WireRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ASYNC_DEPOSIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ASYNC_REDEEM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONFIG_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FULFILLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSTANT_REDEEM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSTANT_SUBSCRIBE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TREASURY_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNITS_GONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WIRE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"cancelDepositRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"cancelRedeemRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelledAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimCancelDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"claimCancelRedeemRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimableAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimableCancelDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimableCancelRedeemRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimableDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimableRedeemRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"modes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"navTTL\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minRedeem\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxRedeem\",\"type\":\"uint128\"}],\"internalType\":\"structDealing.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"confirmPayment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"confirmPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"}],\"name\":\"day\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"uint32\",\"name\":\"navTTL\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"},{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"fulfil\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payment_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feed_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"fulfiller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCutoff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextCutoff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingCancelDepositRequest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingCancelRedeemRequest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"pendingDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"pendingRedeemRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"cutoffs\",\"type\":\"uint64[]\"}],\"name\":\"publishCutoffs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"}],\"name\":\"rateLimit\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"globalCapacity\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perInvestorCapacity\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"globalUsed\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"globalAt\",\"type\":\"uint40\"}],\"internalType\":\"structDealing.RateLimit\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minPaymentOut\",\"type\":\"uint256\"}],\"name\":\"redeemInstant\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"net\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"requestDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"requestDepositWire\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"requestOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"cutoff\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"roundId\",\"type\":\"uint32\"},{\"internalType\":\"enumDealing.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumDealing.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"result\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"internalType\":\"structDealing.Request\",\"name\":\"r\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"requestRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"requestRedeemWire\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserve\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"modes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"navTTL\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxDeposit\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minRedeem\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"maxRedeem\",\"type\":\"uint128\"}],\"internalType\":\"structDealing.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"direction\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"globalCapacity\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perInvestorCapacity\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"setRateLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"share\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minUnitsOut\",\"type\":\"uint256\"}],\"name\":\"subscribe\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cutoff\",\"type\":\"uint64\"},{\"internalType\":\"uint80\",\"name\":\"firstRound\",\"type\":\"uint80\"}],\"name\":\"voidDay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Dealing",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051615fb16100f95f395f8181613478015281816134a101526137aa0152615fb15ff3fe608060405260043610610499575f3560e01c80637d41c86e11610262578063ba0876521161014a578063d905777e116100be578063ef8b30f711610083578063ef8b30f7146105ab578063f15b65b1146109a4578063f5a23d8d14610e48578063f72c0d8b14610e67578063fbc3b80714610e87578063fc13f31a14610ea6575f5ffd5b8063d905777e14610db8578063da39b3e714610dd7578063e227b81914610df6578063eaed1d0714610e15578063ee6886c214610e34575f5ffd5b8063cc2a9a5b1161010f578063cc2a9a5b14610ced578063cd3293de14610d0c578063ce96cb7714610d20578063d11a57ec14610d3f578063d547741f14610d72578063d55be8c614610d91575f5ffd5b8063ba08765214610c2e578063c3f6768f14610c4d578063c534bae914610c90578063c63d75b614610caf578063c6e6f59214610cce575f5ffd5b8063a217fddf116101e1578063ad3cb1cc116101a6578063ad3cb1cc14610b75578063b04a5e0514610bb2578063b3d7f6b9146105ab578063b460af9414610bd1578063b6363cf214610bf0578063b9cf063414610c0f575f5ffd5b8063a217fddf14610af0578063a4d19feb14610b03578063a8d5fd6514610b23578063aa3afb2d14610b37578063aabb592214610b56575f5ffd5b806394bf804d1161022757806394bf804d14610a60578063995ea21a14610a7f5780639af1d35a14610a9e5780639da5a97b14610ab25780639fd0457a14610ad1575f5ffd5b80637d41c86e146109c557806384370813146109e457806385b77f4514610a0357806385fd695714610a2257806391d1485414610a41575f5ffd5b806337a7b7d811610385578063558a7297116103045780636a84a985116102c95780636a84a9851461091d5780636b3ed130146109315780636e553f651461094557806375c542241461096457806379502c55146109835780637c1b50c4146109a4575f5ffd5b8063558a729714610898578063569fafc7146108b75780635d6a34a3146108d657806365fc0ae7146108ea57806369d77a44146108fe575f5ffd5b80634cdad5061161034a5780634cdad506146105ab5780634f1ef286146108325780634fd331c61461084557806352006c451461086557806352d1902d14610884575f5ffd5b806337a7b7d8146107a057806338783038146107cc57806338d52e0f146107e057806339e91709146107f4578063402d267d14610813575f5ffd5b80630e5e71bb1161041c57806326c6f96c116103e157806326c6f96c146106d95780632b9d9c1f146106f85780632e2d2984146107175780632f2ff15d14610736578063324e03be1461075557806336568abe14610781575f5ffd5b80630e5e71bb146106525780630ff9829514610673578063164e68de1461068757806317f89950146106a6578063248a9ca3146106ba575f5ffd5b806307a2d13a1161046257806307a2d13a1461055257806307b25ce5146105715780630991665d146105975780630a28a477146105ab5780630d6b0c9c146105ca575f5ffd5b8062a06d191461049d57806301522b1e146104cf57806301e1d114146104e357806301ffc9a7146104f757806303ebc12614610526575b5f5ffd5b3480156104a8575f5ffd5b506104bc6104b736600461537b565b610ec5565b6040519081526020015b60405180910390f35b3480156104da575f5ffd5b506104bc610f63565b3480156104ee575f5ffd5b506104bc610f7e565b348015610502575f5ffd5b506105166105113660046153b4565b611074565b60405190151581526020016104c6565b348015610531575f5ffd5b5061053a611125565b6040516001600160401b0390911681526020016104c6565b34801561055d575f5ffd5b506104bc61056c3660046153db565b611191565b34801561057c575f5ffd5b50610585600281565b60405160ff90911681526020016104c6565b3480156105a2575f5ffd5b50610585600481565b3480156105b6575f5ffd5b506104bc6105c53660046153db565b61120d565b3480156105d5575f5ffd5b506105e96105e4366004615400565b611227565b6040516104c691905f60a0820190506001600160801b0383511682526001600160801b03602084015116602083015263ffffffff60408401511660408301526001600160801b03606084015116606083015264ffffffffff608084015116608083015292915050565b34801561065d575f5ffd5b5061067161066c36600461541b565b6112de565b005b34801561067e575f5ffd5b50610585601081565b348015610692575f5ffd5b506104bc6106a1366004615434565b61135c565b3480156106b1575f5ffd5b50610585600881565b3480156106c5575f5ffd5b506104bc6106d43660046153db565b611401565b3480156106e4575f5ffd5b506104bc6106f336600461544d565b611421565b348015610703575f5ffd5b5061067161071236600461544d565b61142f565b348015610722575f5ffd5b506104bc61073136600461537b565b611474565b348015610741575f5ffd5b5061067161075036600461544d565b61151d565b348015610760575f5ffd5b5061077461076f3660046153db565b61153f565b6040516104c691906154af565b34801561078c575f5ffd5b5061067161079b36600461544d565b6116c5565b3480156107ab575f5ffd5b506107b46116fd565b6040516001600160a01b0390911681526020016104c6565b3480156107d7575f5ffd5b50610585600181565b3480156107eb575f5ffd5b506107b4611718565b3480156107ff575f5ffd5b5061067161080e366004615578565b611733565b34801561081e575f5ffd5b506104bc61082d366004615434565b6117b6565b6106716108403660046155ac565b6117e9565b348015610850575f5ffd5b506104bc5f516020615edc5f395f51905f5281565b348015610870575f5ffd5b506104bc61087f36600461566d565b611808565b34801561088f575f5ffd5b506104bc61185a565b3480156108a3575f5ffd5b506105166108b23660046156bb565b611875565b3480156108c2575f5ffd5b506106716108d1366004615737565b6118fd565b3480156108e1575f5ffd5b506104bc61194d565b3480156108f5575f5ffd5b5061053a61196f565b348015610909575f5ffd5b506104bc61091836600461537b565b6119b7565b348015610928575f5ffd5b506104bc611a10565b34801561093c575f5ffd5b506104bc611a32565b348015610950575f5ffd5b506104bc61095f36600461544d565b611a4d565b34801561096f575f5ffd5b5061067161097e3660046153db565b611a59565b34801561098e575f5ffd5b50610997611abb565b6040516104c69190615775565b3480156109af575f5ffd5b506105166109be36600461544d565b5f92915050565b3480156109d0575f5ffd5b506104bc6109df36600461537b565b611b75565b3480156109ef575f5ffd5b506104bc6109fe366004615578565b611b82565b348015610a0e575f5ffd5b506104bc610a1d36600461537b565b611e4d565b348015610a2d575f5ffd5b50610671610a3c366004615825565b611ec8565b348015610a4c575f5ffd5b50610516610a5b36600461544d565b611f6a565b348015610a6b575f5ffd5b506104bc610a7a36600461544d565b611fa0565b348015610a8a575f5ffd5b506104bc610a9936600461544d565b611fac565b348015610aa9575f5ffd5b506104bc611ff0565b348015610abd575f5ffd5b506104bc610acc36600461566d565b61200b565b348015610adc575f5ffd5b50610671610aeb366004615578565b612019565b348015610afb575f5ffd5b506104bc5f81565b348015610b0e575f5ffd5b506104bc5f516020615efc5f395f51905f5281565b348015610b2e575f5ffd5b506107b461206f565b348015610b42575f5ffd5b50610671610b513660046158a0565b612087565b348015610b61575f5ffd5b506104bc610b7036600461544d565b6120fd565b348015610b80575f5ffd5b50610ba5604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516104c691906158fa565b348015610bbd575f5ffd5b506104bc610bcc36600461544d565b61213f565b348015610bdc575f5ffd5b506104bc610beb36600461537b565b61214e565b348015610bfb575f5ffd5b50610516610c0a36600461590c565b6121ed565b348015610c1a575f5ffd5b50610671610c2936600461544d565b612228565b348015610c39575f5ffd5b506104bc610c4836600461537b565b61226d565b348015610c58575f5ffd5b50610c6c610c67366004615934565b61230a565b604080516001600160501b03909316835263ffffffff9091166020830152016104c6565b348015610c9b575f5ffd5b506104bc610caa36600461594f565b612359565b348015610cba575f5ffd5b506104bc610cc9366004615434565b6123ba565b348015610cd9575f5ffd5b506104bc610ce83660046153db565b6123f4565b348015610cf8575f5ffd5b50610671610d0736600461596b565b612435565b348015610d17575f5ffd5b506104bc61279a565b348015610d2b575f5ffd5b506104bc610d3a366004615434565b6127bc565b348015610d4a575f5ffd5b506104bc7fe1dcbdb91df27212a29bc27177c840cf2f819ecf2187432e1fac86c2dd5dfca981565b348015610d7d575f5ffd5b50610671610d8c36600461544d565b6127f9565b348015610d9c575f5ffd5b50610da5606481565b60405161ffff90911681526020016104c6565b348015610dc3575f5ffd5b506104bc610dd2366004615434565b612815565b348015610de2575f5ffd5b506104bc610df136600461537b565b61284b565b348015610e01575f5ffd5b50610671610e103660046159db565b6128e7565b348015610e20575f5ffd5b506104bc610e2f36600461544d565b612b5a565b348015610e3f575f5ffd5b50610585605f81565b348015610e53575f5ffd5b506104bc610e6236600461544d565b612bd3565b348015610e72575f5ffd5b506104bc5f516020615f1c5f395f51905f5281565b348015610e92575f5ffd5b506104bc610ea1366004615578565b612be2565b348015610eb1575f5ffd5b50610671610ec036600461544d565b612f65565b5f610ecf82612fd6565b604051631b76cbf160e01b8152600481018590526001600160a01b03808516602483015283166044820152739793727f5d67051a345d34a3946e7b5d09d9001a90631b76cbf1906064015b602060405180830381865af4158015610f35573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f599190615a3b565b90505b9392505050565b5f610f6c613050565b600601546001600160801b0316919050565b5f739793727f5d67051a345d34a3946e7b5d09d9001a639a5ef369610fa1613050565b54604080516318160ddd60e01b815290516001600160a01b03909216916318160ddd916004808201926020929091908290030181865afa158015610fe7573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061100b9190615a3b565b6040516001600160e01b031960e084901b16815260048101919091525f6024820152604401602060405180830381865af415801561104b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061106f9190615a3b565b905090565b5f6001600160e01b0319821663e3bc4e6560e01b14806110a457506001600160e01b03198216630ce3bbe560e41b145b806110bf57506001600160e01b03198216631883ba3960e21b145b806110da57506001600160e01b03198216632f0a18c560e01b145b806110f557506001600160e01b03198216638bf840e360e01b145b8061111057506001600160e01b0319821663e76cffc760e01b145b8061111f575061111f82613074565b92915050565b5f739793727f5d67051a345d34a3946e7b5d09d9001a6303ebc1266040518163ffffffff1660e01b8152600401602060405180830381865af415801561116d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061106f9190615a52565b604051639a5ef36960e01b8152600481018290525f6024820181905290739793727f5d67051a345d34a3946e7b5d09d9001a90639a5ef369906044015b602060405180830381865af41580156111e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061111f9190615a3b565b5f60405163cc8cdb1360e01b815260040160405180910390fd5b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152611259613050565b600d018260ff166002811061127057611270615a6d565b6040805160a0810182526002929092029290920180546001600160801b038082168452600160801b9091048116602084015260019091015463ffffffff8116938301939093526401000000008304166060820152600160a01b90910464ffffffffff16608082015292915050565b5f516020615efc5f395f51905f526112f5816130a8565b60405163443f51cd60e01b8152739793727f5d67051a345d34a3946e7b5d09d9001a9063443f51cd9061132c908590600401615a81565b5f6040518083038186803b158015611342575f5ffd5b505af4158015611354573d5f5f3e3d5ffd5b505050505050565b5f7fe1dcbdb91df27212a29bc27177c840cf2f819ecf2187432e1fac86c2dd5dfca9611387816130a8565b604051630b27346f60e11b81526001600160a01b0384166004820152739793727f5d67051a345d34a3946e7b5d09d9001a9063164e68de90602401602060405180830381865af41580156113dd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f5c9190615a3b565b5f9081525f516020615f5c5f395f51905f52602052604090206001015490565b5f610f5c83836001806130b2565b61143881612fd6565b60405163c090ea7b60e01b8152739793727f5d67051a345d34a3946e7b5d09d9001a9063c090ea7b9061132c9085908590600290600401615b35565b5f61147e82612fd6565b5f611487613050565b6001600160a01b0384165f908152600a919091016020526040902080549091506001600160801b0380821691600160801b900416818711156114eb57604051630370b72960e21b815260048101889052602481018390526044015b60405180910390fd5b818714611502576114fd878284613177565b611504565b805b93506115138388868989613227565b5050509392505050565b61152682611401565b61152f816130a8565b611539838361334c565b50505050565b61158b60408051610120810182525f8082526020820181905291810182905290606082019081526020015f81525f60208201819052604082018190526060820181905260809091015290565b611593613050565b5f838152600991909101602090815260409182902082516101208101845281546001600160a01b0381168252600160a01b810464ffffffffff1693820193909352600160c81b830463ffffffff1693810193909352906060830190600160e81b900460ff16600281111561160957611609615477565b600281111561161a5761161a615477565b81528154602090910190600160f01b900460ff16600581111561163f5761163f615477565b600581111561165057611650615477565b81528154600160f81b900460ff16602082015260018201546001600160801b038082166040840152600160801b9091041660608201526002909101546001600160a01b03908116608090920191909152610100820151919250166116c05780516001600160a01b03166101008201525b919050565b6001600160a01b03811633146116ee5760405163334bd91960e11b815260040160405180910390fd5b6116f882826133f4565b505050565b5f611706613050565b600201546001600160a01b0316919050565b5f611721613050565b600101546001600160a01b0316919050565b5f516020615edc5f395f51905f5261174a816130a8565b6040516339e9170960e01b81526004810184905260248101839052739793727f5d67051a345d34a3946e7b5d09d9001a906339e91709906044015b5f6040518083038186803b15801561179b575f5ffd5b505af41580156117ad573d5f5f3e3d5ffd5b50505050505050565b5f6117bf613050565b6001600160a01b039092165f908152600a929092016020525060409020546001600160801b031690565b6117f161346d565b6117fa826134fd565b6118048282613514565b5050565b5f61181685858560016135d0565b9050807fb03cbddeae11a3c27bb2da6b4fd92c6c22cf0f858b85a3a84d32a7a1025604478360405161184a91815260200190565b60405180910390a2949350505050565b5f61186361379f565b505f516020615f3c5f395f51905f5290565b5f8161187f613050565b335f818152600b92909201602090815260408084206001600160a01b038916808652925292839020805494151560ff199095169490941790935590517fceb576d9f15e4e200fdb5096d64d5dfd667e16def20c1eefd14256d8e3faa267906118ec90861515815260200190565b60405180910390a350600192915050565b5f516020615efc5f395f51905f52611914816130a8565b60405163569fafc760e01b8152739793727f5d67051a345d34a3946e7b5d09d9001a9063569fafc7906117859086908690600401615b58565b5f611956613050565b60070154600160801b90046001600160801b0316919050565b5f739793727f5d67051a345d34a3946e7b5d09d9001a6365fc0ae76040518163ffffffff1660e01b8152600401602060405180830381865af415801561116d573d5f5f3e3d5ffd5b5f6119c182612fd6565b6040516304565e2760e01b8152600481018590526001600160a01b03808516602483015283166044820152739793727f5d67051a345d34a3946e7b5d09d9001a906304565e2790606401610f1a565b5f611a19613050565b60010154600160a01b90046001600160401b0316919050565b5f611a3b613050565b600801546001600160801b0316919050565b5f610f5c838333611474565b604051631d71508960e21b815260048101829052739793727f5d67051a345d34a3946e7b5d09d9001a906375c54224906024015f6040518083038186803b158015611aa2575f5ffd5b505af4158015611ab4573d5f5f3e3d5ffd5b5050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152611afb613050565b6040805160e081018252600383015460ff8116825261ffff610100820416602083015263ffffffff6301000000820416928201929092526001600160801b03600160381b9092048216606082015260048301548083166080830152600160801b9004821660a08201526005909201541660c0820152919050565b5f610f598484845f6135d0565b5f5f611b8c613050565b6040805160e081018252600383015460ff811680835261ffff610100830416602084015263ffffffff6301000000830416938301939093526001600160801b03600160381b909104811660608301526004808501548083166080850152600160801b9004821660a0840152600585015490911660c083015292935091611c1291906137e8565b611c378582606001516001600160801b031683608001516001600160801b0316613812565b5f5f611c46836040015161388d565b915091505f611c6288856020015161ffff16612710600161393e565b9050611c77611c71828a615bb8565b83613989565b955086861015611ca4576040516313a30a9560e11b815260048101879052602481018890526044016114e2565b611caf5f338a6139be565b611cb98189615bb8565b600686018054601090611cdd908490600160801b90046001600160801b0316615bcb565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080856007015f8282829054906101000a90046001600160801b0316611d269190615bcb565b82546001600160801b039182166101009390930a9283029190920219909116179055506001850154611d63906001600160a01b031633308b613a94565b845460408051808201909152600981526873756273637269626560b81b60208201526001600160a01b0390911690631e458bee9033908990611da490613aca565b6040518463ffffffff1660e01b8152600401611dc293929190615bea565b5f604051808303815f87803b158015611dd9575f5ffd5b505af1158015611deb573d5f5f3e3d5ffd5b5050604080516001600160501b0387168152602081018c9052908101849052606081018990523392507fba21adc3a8dd9dcc8125fc0ae27f2653d3ad623e39ef27660a5df316c142e365915060800160405180910390a2505050505092915050565b5f5f611e5b8585855f613b39565b905084611e66613050565b60060180545f90611e819084906001600160801b0316615bcb565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550610f59833087611eb3613050565b600101546001600160a01b0316929190613a94565b5f516020615efc5f395f51905f52611edf816130a8565b6040516385fd695760e01b815260ff861660048201526001600160801b0380861660248301528416604482015263ffffffff83166064820152739793727f5d67051a345d34a3946e7b5d09d9001a906385fd6957906084015f6040518083038186803b158015611f4d575f5ffd5b505af4158015611f5f573d5f5f3e3d5ffd5b505050505050505050565b5f9182525f516020615f5c5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610f5c83833361284b565b5f610f5c611fbe8484600160026130b2565b611fc6613050565b6001600160a01b0385165f908152600a9190910160205260409020546001600160801b0316613cd0565b5f611ff9613050565b600701546001600160801b0316919050565b5f6118168585856001613b39565b5f516020615edc5f395f51905f52612030816130a8565b604051634fe822bd60e11b81526004810184905260248101839052739793727f5d67051a345d34a3946e7b5d09d9001a90639fd0457a90604401611785565b5f612078613050565b546001600160a01b0316919050565b739793727f5d67051a345d34a3946e7b5d09d9001a631c06252983836120ba5f516020615edc5f395f51905f5233611f6a565b6040516001600160e01b031960e086901b1681526001600160401b0390931660048401526001600160501b0390911660248301521515604482015260640161132c565b5f6001612108613050565b5f8581526009919091016020526040902054600160f81b90041660ff161561213157505f61111f565b610f5c8383600160036130b2565b5f610f5c8383600260036130b2565b5f61215882612fd6565b5f612161613050565b6001600160a01b0384165f908152600a919091016020526040902060018101549091506001600160801b0380821691600160801b900416808711156121c357604051630370b72960e21b815260048101889052602481018290526044016114e2565b8087146121dc576121d7878383600161393e565b6121de565b815b93506115138388868989613cdf565b5f6121f6613050565b6001600160a01b039384165f908152600b91909101602090815260408083209490951682529290925250205460ff1690565b61223181612fd6565b60405163c090ea7b60e01b8152739793727f5d67051a345d34a3946e7b5d09d9001a9063c090ea7b9061132c9085908590600190600401615b35565b5f61227782612fd6565b5f612280613050565b6001600160a01b0384165f908152600a919091016020526040902060018101549091506001600160801b0380821691600160801b900416818711156122e257604051630370b72960e21b815260048101889052602481018390526044016114e2565b8187146122f9576122f4878284613177565b6122fb565b805b93506115138385898989613cdf565b5f5f5f612315613050565b6001600160401b039094165f908152600c8501602090815260408083205460139097019091529020546001600160501b039094169463ffffffff9094169392505050565b60405163c534bae960e01b815260ff831660048201526001600160a01b03821660248201525f90739793727f5d67051a345d34a3946e7b5d09d9001a9063c534bae990604401602060405180830381865af41580156113dd573d5f5f3e3d5ffd5b5f6123c3613050565b6001600160a01b03929092165f908152600a909201602052506040902054600160801b90046001600160801b031690565b604051639a5ef36960e01b815260048101829052600160248201525f90739793727f5d67051a345d34a3946e7b5d09d9001a90639a5ef369906044016111ce565b5f61243e613e4b565b805490915060ff600160401b82041615906001600160401b03165f811580156124645750825b90505f826001600160401b0316600114801561247f5750303b155b90508115801561248d575080155b156124ab5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156124d557845460ff60401b1916600160401b1785555b6001600160a01b038b1615806124f257506001600160a01b038a16155b8061250457506001600160a01b038916155b156125225760405163e6c4247b60e01b815260040160405180910390fd5b61252c8887613e73565b5f612535613050565b90508b815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508a816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555089816002015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508b6001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156125ea573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061260e9190615c0b565b815f0160146101000a81548160ff021916908360ff1602179055508a6001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015612665573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126899190615c0b565b815f0160156101000a81548160ff021916908360ff160217905550896001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156126e0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127049190615c0b565b815460ff91909116600160b01b0260ff60b01b199091161781556001600160a01b03881615612746576127445f516020615edc5f395f51905f528961334c565b505b50831561278d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050505050565b5f6127a3613050565b60060154600160801b90046001600160801b0316919050565b5f6127c5613050565b6001600160a01b03929092165f908152600a909201602052506040902060010154600160801b90046001600160801b031690565b61280282611401565b61280b816130a8565b61153983836133f4565b5f61281e613050565b6001600160a01b039092165f908152600a929092016020525060409020600101546001600160801b031690565b5f61285582612fd6565b5f61285e613050565b6001600160a01b0384165f908152600a919091016020526040902080549091506001600160801b0380821691600160801b900416808711156128bd57604051630370b72960e21b815260048101889052602481018290526044016114e2565b8087146128d6576128d1878383600161393e565b6128d8565b815b93506115138385898989613227565b5f516020615edc5f395f51905f526128fe816130a8565b5f6129098686613ee3565b90505f612914613050565b90505f6040518060e00160405280896001600160401b03168152602001886001600160501b03168152602001612948614310565b8152835460209091019061296790600160a81b900460ff16600a615d09565b6129719086615d14565b815260068401546001600160801b038082166020840152600160801b91829004811660408401526007860154919091041660609091015290505f5b85811015612ace575f8787838181106129c7576129c7615a6d565b602090810292909201355f818152600988019093526040909220919250600190508154600160f01b900460ff166005811115612a0557612a05615477565b14612a335780546040516345945c7d60e11b81526114e2918491600160f01b90910460ff1690600401615d2b565b805464ffffffffff600160a01b909104166001600160401b038c1614612a85578054604051635631148d60e01b815260048101849052600160a01b90910464ffffffffff1660248201526044016114e2565b60018154600160e81b900460ff166002811115612aa457612aa4615477565b03612ab957612ab484838361434c565b612ac4565b612ac4848383614574565b50506001016129ac565b5060808101516006830180546001600160801b0319166001600160801b0390921691909117905560a0810151612b03906149ec565b6006830180546001600160801b03928316600160801b02921691909117905560c0810151612b30906149ec565b600790920180546001600160801b03938416600160801b0293169290921790915550505050505050565b5f6001612b65613050565b5f8581526009919091016020526040902054600160f81b90041660ff1615612b8e57505f61111f565b610f5c612b9e84846002806130b2565b612ba6613050565b6001600160a01b0385165f908152600a9190910160205260409020600101546001600160801b0316613cd0565b5f610f5c8383600260016130b2565b5f5f612bec613050565b6040805160e081018252600383015460ff811680835261ffff610100830416602084015263ffffffff6301000000830416938301939093526001600160801b03600160381b9091048116606083015260048401548082166080840152600160801b9004811660a083015260058401541660c0820152919250612c6f9060086137e8565b612c94858260a001516001600160801b03168360c001516001600160801b0316613812565b5f5f612ca3836040015161388d565b855491935091505f90612cde908990612cc790600160a81b900460ff16600a615d09565b612cd19085615d14565b612cd9614310565b613177565b90505f612cf882866020015161ffff16612710600161393e565b9050612d048183615bb8565b965087871015612d31576040516313a30a9560e11b815260048101889052602481018990526044016114e2565b5f865f015f9054906101000a90046001600160a01b03169050612dc1816001600160a01b031663d4ce141533338e6040518463ffffffff1660e01b8152600401612d7d93929190615d3f565b602060405180830381865afa158015612d98573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612dbc9190615c0b565b614a19565b612dcd600133856139be565b6006870154600160801b90046001600160801b031680841115612e0d5760405163315276c960e01b815260048101859052602481018290526044016114e2565b6006880180546001600160801b03908116600160801b8785038316021790915560078901805485925f91612e4391859116615bcb565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b031663158a1cc3338d612ea0604051806040016040528060078152602001661a5b9cdd185b9d60ca1b815250613aca565b6040518463ffffffff1660e01b8152600401612ebe93929190615bea565b5f604051808303815f87803b158015612ed5575f5ffd5b505af1158015612ee7573d5f5f3e3d5ffd5b5050506001890154612f0491506001600160a01b0316338b614a40565b604080516001600160501b0388168152602081018d9052908101849052606081018a905233907ff2b05500fe8ff352c72057f9494b971bd0242d961ed5f218a6976594d736a2db9060800160405180910390a2505050505050505092915050565b7fe1dcbdb91df27212a29bc27177c840cf2f819ecf2187432e1fac86c2dd5dfca9612f8f816130a8565b604051637e09f98d60e11b8152600481018490526001600160a01b0383166024820152739793727f5d67051a345d34a3946e7b5d09d9001a9063fc13f31a90604401611785565b336001600160a01b0382161480159061301e5750612ff2613050565b6001600160a01b0382165f908152600b919091016020908152604080832033845290915290205460ff16155b1561304d5760405163295a81c160e01b81526001600160a01b03821660048201523360248201526044016114e2565b50565b7f5b8411dc28eb8c31940ed31283ff9ae418faa70b85e450796af16e976422000090565b5f6001600160e01b03198216637965db0b60e01b148061111f57506301ffc9a760e01b6001600160e01b031983161461111f565b61304d8133614a75565b5f5f6130bc613050565b5f8781526009919091016020526040902080549091506001600160a01b03868116911614158061311957508360028111156130f9576130f9615477565b8154600160e81b900460ff16600281111561311657613116615477565b14155b80613151575082600581111561313157613131615477565b8154600160f01b900460ff16600581111561314e5761314e615477565b14155b1561315f575f91505061316f565b600101546001600160801b031690505b949350505050565b5f5f5f6131848686614aae565b91509150815f036131a85783818161319e5761319e615d63565b0492505050610f5c565b8184116131bf576131bf6003851502601118614aca565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b8454600160801b6001600160801b0380831687900381166001600160801b031990931683178290048116869003160217855582156132ef57613267613050565b54604080518082019091526005815264636c61696d60d81b60208201526001600160a01b0390911690631e458bee90849086906132a390613aca565b6040518463ffffffff1660e01b81526004016132c193929190615bea565b5f604051808303815f87803b1580156132d8575f5ffd5b505af11580156132ea573d5f5f3e3d5ffd5b505050505b816001600160a01b0316816001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7868660405161333d929190918252602082015260400190565b60405180910390a35050505050565b5f5f516020615f5c5f395f51905f526133658484611f6a565b6133e4575f848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561339a3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061111f565b5f91505061111f565b5092915050565b5f5f516020615f5c5f395f51905f5261340d8484611f6a565b156133e4575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061111f565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806134dd57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166134d1614adb565b6001600160a01b031614155b156134fb5760405163703e46dd60e11b815260040160405180910390fd5b565b5f516020615f1c5f395f51905f52611804816130a8565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561356e575060408051601f3d908101601f1916820190925261356b91810190615a3b565b60015b61359657604051634c9c8ce360e01b81526001600160a01b03831660048201526024016114e2565b5f516020615f3c5f395f51905f5281146135c657604051632a87526960e21b8152600481018290526024016114e2565b6116f88383614aef565b5f6135da83612fd6565b5f6135e3613050565b6040805160e081018252600383015460ff80821680845261ffff610100840416602085015263ffffffff6301000000840416948401949094526001600160801b03600160381b9092048216606084015260048501548083166080850152600160801b9004821660a08401526005909401541660c082015292506136759185161561366e5760106137e8565b60026137e8565b61369a868260a001516001600160801b03168360c001516001600160801b0316613812565b5f6136a3613050565b5460405163d4ce141560e01b81526001600160a01b0390911691506136dc90829063d4ce141590612d7d9089908b908d90600401615d3f565b6136ea86866002878b614b44565b60405163125c4a3360e01b81526001600160a01b038781166004830152602482018a90529194509082169063125c4a33906044015f604051808303815f87803b158015613735575f5ffd5b505af1158015613747573d5f5f3e3d5ffd5b505060408051338152602081018b90528693506001600160a01b03808a1693508a16917f1fdc681a13d8c5da54e301c7ce6542dcde4581e4725043fdab2db12ddc574506910160405180910390a45050949350505050565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146134fb5760405163703e46dd60e11b815260040160405180910390fd5b80821660ff165f036118045760405163b75b15ef60e01b815260ff821660048201526024016114e2565b8183108061381e575082155b156138465760405163e248a27760e01b815260048101849052602481018390526044016114e2565b801580159061385457508083115b8061386557506001600160801b0383115b156116f857604051636222170760e11b815260048101849052602481018290526044016114e2565b5f5f5f5f613899614d4b565b92965090945092509050806138c15760405163188e55b560e31b815260040160405180910390fd5b63ffffffff85166138d28342615bb8565b11156138fc57604051631a2955d160e11b81526001600160501b03851660048201526024016114e2565b613919613907613050565b600201546001600160a01b0316614df4565b1561393757604051633ada7c1160e21b815260040160405180910390fd5b5050915091565b5f61396b61394b83614eaf565b801561396657505f848061396157613961615d63565b868809115b151590565b613976868686613177565b6139809190615d77565b95945050505050565b5f610f5c83613996614310565b61399e613050565b546139b490600160a81b900460ff16600a615d09565b612cd99086615d14565b5f6139c7613050565b600d018460ff16600281106139de576139de615a6d565b6002020180549091506001600160801b0316158015613a0c57508054600160801b90046001600160801b0316155b15613a175750505050565b6040516302d6e79960e41b815260ff851660048201526001600160a01b038416602482015260448101839052739793727f5d67051a345d34a3946e7b5d09d9001a90632d6e7990906064015f6040518083038186803b158015613a78575f5ffd5b505af4158015613a8a573d5f5f3e3d5ffd5b5050505050505050565b613aa2848484846001614edb565b61153957604051635274afe760e01b81526001600160a01b03851660048201526024016114e2565b5f3082613ad5613050565b600201805467ffffffffffffffff60a01b198116600160a01b918290046001600160401b0390811660010190811690920217909155604051613b1c93929190602001615d8a565b604051602081830303815290604052805190602001209050919050565b5f613b4383612fd6565b5f613b4c613050565b6040805160e081018252600383015460ff80821680845261ffff610100840416602085015263ffffffff6301000000840416948401949094526001600160801b03600160381b9092048216606084015260048501548083166080850152600160801b9004821660a08401526005909401541660c08201529250613bde91851615613bd75760106137e8565b60016137e8565b613c038682606001516001600160801b031683608001516001600160801b0316613812565b5f613c0c614d4b565b50509150505f815f14613c2857613c238883613989565b613c2a565b5f5b9050613c69613c37613050565b5460405163d4ce141560e01b81526001600160a01b039091169063d4ce141590612d7d905f908c908790600401615d3f565b613c7787876001888c614b44565b60408051338152602081018b905291955085916001600160a01b03808a1692908b16917fbb58420bb8ce44e11b84e214cc0de10ce5e7c24d0355b2815c3d758b514cae72910160405180910390a4505050949350505050565b5f828218828410028218610f5c565b613ce7613050565b546040516372c1cc1b60e11b81526001600160a01b0383811660048301529091169063e583983690602401602060405180830381865afa158015613d2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613d519190615dc6565b15613d725760405163e18ca2b960e01b8152605160048201526024016114e2565b600185018054600160801b6001600160801b0380831687900381166001600160801b031990931683178290048116889003160217905583613db1613050565b60070180546001600160801b03808216600160801b928390048216949094031602919091179055613df98285613de5613050565b600101546001600160a01b03169190614a40565b60408051858152602081018590526001600160a01b03808416929085169133917ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db910160405180910390a45050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061111f565b613e7b614f48565b613e83614f6d565b6001600160a01b038116613eaa576040516349e1399360e11b815260040160405180910390fd5b613eb45f8361334c565b50613ecc5f516020615f1c5f395f51905f5280614f75565b6116f85f516020615f1c5f395f51905f528261334c565b5f826001600160401b03164211613f1857604051631d2fe65160e01b81526001600160401b03841660048201526024016114e2565b6001600160501b0382161580613f3a575063ffffffff6001600160501b038316115b15613f635760405163bcc2c6ff60e01b81526001600160501b03831660048201526024016114e2565b5f613f6c613050565b6001600160401b0385165f908152600c820160205260409020549091506001600160501b031669fffffffffffffffffffe198101613fc8576040516311878ca760e21b81526001600160401b03861660048201526024016114e2565b6001600160501b03811615801590613ff25750836001600160501b0316816001600160501b031614155b1561401b5760405163bcc2c6ff60e01b81526001600160501b03851660048201526024016114e2565b60028201546001600160a01b03165f80806140368489614fd5565b925092509250886001600160401b03168210156140715760405163bcc2c6ff60e01b81526001600160501b03891660048201526024016114e2565b6001886001600160501b031611156140d2575f6140988561409360018c615de1565b614fd5565b50915050896001600160401b031681106140d05760405163bcc2c6ff60e01b81526001600160501b038a1660048201526024016114e2565b505b6001600160401b0389165f90815260138701602052604090205463ffffffff166001600160501b0386161580156141355750806141186001600160401b038c1685615bb8565b11806141355750614132816001600160401b038c16615d77565b82115b1561415e57604051631a2955d160e11b81526001600160501b038a1660048201526024016114e2565b61416785614df4565b1561418557604051633ada7c1160e21b815260040160405180910390fd5b5f841315806141f55750846001600160a01b03166322adbc786040518163ffffffff1660e01b8152600401602060405180830381865afa1580156141cb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906141ef9190615e00565b60170b84125b806142615750846001600160a01b03166370da2f676040518163ffffffff1660e01b8152600401602060405180830381865afa158015614237573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061425b9190615e00565b60170b84135b156142825760405163ebeb41a360e01b8152600481018590526024016114e2565b856001600160501b03165f03614302576001600160401b038a165f818152600c89016020908152604091829020805469ffffffffffffffffffff19166001600160501b038e1690811790915591518781529192917f90930725bb8be48bba9c60a0274e3c04943d2e8cb3b888b9dabf8bd4de74bad5910160405180910390a35b509198975050505050505050565b5f614319613050565b54600160b01b900460ff1661432c613050565b546143419190600160a01b900460ff16615d77565b61106f90600a615d09565b60018181015482546001600160801b0390911691600160f81b90910460ff811691161561439e57600281165f036143995760405163285f1c2f60e01b8152600481018590526024016114e2565b6143cb565b81856080018181516143b09190615bb8565b90525060a0850180518391906143c7908390615d77565b9052505b5f6143df8387604001518860600151613177565b8454602088015165ff00ffffffff60c81b19909116600160c81b63ffffffff9092169190910217600160f11b1785559050614419816149ec565b6001850180546001600160801b03928316600160801b02921691909117905583546001600160a01b03165f61444c613050565b6001600160a01b0383165f908152600a91909101602052604081208054909250869183916144849084906001600160801b0316615bcb565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555082815f0160108282829054906101000a90046001600160801b03166144cd9190615bcb565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b0316877fab3c5cb54f1444d09e34dc8bc7932fa3295bcf8ae24f3c8afe9401a81e3eab298a5f01518b60200151898860405161456294939291906001600160401b039490941684526001600160501b039290921660208401526040830152606082015260800190565b60405180910390a35050505050505050565b6001810154815460028301546001600160801b03909216916001600160a01b03918216915f9116156145b35760028401546001600160a01b03166145b5565b815b90505f6145c0613050565b546001600160a01b031690506145d7818386615082565b6040516370a0823160e01b81526001600160a01b0383811660048301525f9186918416906370a0823190602401602060405180830381865afa15801561461f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906146439190615a3b565b106146bc5760405163d4ce141560e01b81526001600160a01b0383169063d4ce14159061467890869088908a90600401615d3f565b602060405180830381865afa158015614693573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906146b79190615c0b565b6146bf565b605f5b905060ff81161561471f578554600560f01b60ff60f01b1990911617865560405160ff8216815287907f34da0a1189d081e3bd8064a0750402ca4b9849f6686aba2ad55726d6423fda749060200160405180910390a25050505050505050565b5f614733868a606001518b60400151613177565b875460208b015165ff00ffffffff60c81b19909116600160c81b63ffffffff9092169190910217600160f11b178855905061476d816149ec565b600180890180546001600160801b03938416600160801b029316929092179091558754600160f81b900416156147ff5760405163125c4a3360e01b81526001600160a01b0385811660048301526024820188905284169063125c4a33906044015f604051808303815f87803b1580156147e4575f5ffd5b505af11580156147f6573d5f5f3e3d5ffd5b50505050614970565b8860a001518111156148345760a089015160405163315276c960e01b81526114e2918391600401918252602082015260400190565b60a089018051829003905260c089018051829190614853908390615d77565b9052505f61485f613050565b6001600160a01b0387165f908152600a91909101602052604081206001810180549193508992909161489b9084906001600160801b0316615bcb565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550818160010160108282829054906101000a90046001600160801b03166148e59190615bcb565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550836001600160a01b031663158a1cc386896149238d615160565b6040518463ffffffff1660e01b815260040161494193929190615bea565b5f604051808303815f87803b158015614958575f5ffd5b505af115801561496a573d5f5f3e3d5ffd5b50505050505b88516020808b0151604080516001600160401b0390941684526001600160501b03909116918301919091528101879052606081018290526001600160a01b0386169089907f6eed1c8bfc98528c680e4968bc465f2daac59201d4cb3ee370105a3746a2d4409060800160405180910390a3505050505050505050565b5f6001600160801b03821115614a1557604051630590fb9f60e01b815260040160405180910390fd5b5090565b60ff81161561304d5760405163e18ca2b960e01b815260ff821660048201526024016114e2565b614a4d8383836001615198565b6116f857604051635274afe760e01b81526001600160a01b03841660048201526024016114e2565b614a7f8282611f6a565b6118045760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016114e2565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f516020615f3c5f395f51905f52612078565b614af8826151fa565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115614b3c576116f8828261525d565b6118046152f6565b5f6001600160a01b038616614b6c5760405163e6c4247b60e01b815260040160405180910390fd5b5f614b75613050565b600180820180546001600160401b03600160a01b80830482169094011692830267ffffffffffffffff60a01b19909116179055815490935090915064ffffffffff600160b81b90910416428111614c3457739793727f5d67051a345d34a3946e7b5d09d9001a635fcff0756040518163ffffffff1660e01b8152600401602060405180830381865af4158015614c0d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614c319190615e20565b90505b5f8381526009830160205260409020805464ffffffffff8316600160a01b026001600160c81b03199091166001600160a01b038b1617178082558790829060ff60e81b1916600160e81b836002811115614c9057614c90615477565b02179055508054600160f01b6001600160f01b03909116600160f81b60ff891602171781556001810180546001600160801b0319166001600160801b0387161790556001600160a01b0389811690891614614d03576002810180546001600160a01b0319166001600160a01b038a161790555b60405164ffffffffff8316815284907f17c7ac333b130f9e2c9eb69fa5f5e880f212ef4d0a859abc250da46bb7fa1e5f9060200160405180910390a250505095945050505050565b5f5f5f5f614d57613050565b6002015f9054906101000a90046001600160a01b03166001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa925050508015614dc6575060408051601f3d908101601f19168201909252614dc391810190615e44565b60015b15614dee575f841315614de8575092965090945090925060019150614dee9050565b50505050505b90919293565b60408051600481526024810182526020810180516001600160e01b0316635c975abb60e01b17905290515f91829182916001600160a01b03861691614e399190615e98565b5f60405180830381855afa9150503d805f8114614e71576040519150601f19603f3d011682016040523d82523d5f602084013e614e76565b606091505b5091509150818015614e8a57506020815110155b801561316f575080806020019051810190614ea59190615a3b565b1515949350505050565b5f6002826003811115614ec457614ec4615477565b614ece9190615eae565b60ff166001149050919050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316614f37578383151615614f2b573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b614f50615315565b6134fb57604051631afcd79f60e31b815260040160405180910390fd5b6134fb614f48565b5f516020615f5c5f395f51905f525f614f8d84611401565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b604051639a6fc8f560e01b81526001600160501b03821660048201525f90819081906001600160a01b03861690639a6fc8f59060240160a060405180830381865afa925050508015615044575060408051601f3d908101601f1916820190925261504191810190615e44565b60015b61506c5760405163bcc2c6ff60e01b81526001600160501b03851660048201526024016114e2565b509195509350915061507b9050565b9250925092565b60405163158b1a5760e01b81526001600160a01b0383811660048301525f919085169063158b1a5790602401602060405180830381865afa1580156150c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906150ed9190615a3b565b90505f8282106150fd57826150ff565b815b90508015611ab457604051631fe56f7d60e01b81526001600160a01b03858116600483015260248201839052861690631fe56f7d906044015f604051808303815f87803b15801561514e575f5ffd5b505af1158015611f5f573d5f5f3e3d5ffd5b604080513060208201526060918101829052600660808201526572656465656d60d01b60a08201529081018290525f9060c001613b1c565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166151ee5783831516156151e2573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b806001600160a01b03163b5f0361522f57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016114e2565b5f516020615f3c5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f61526a848461532e565b905080801561528b57505f3d118061528b57505f846001600160a01b03163b115b156152a057615298615341565b91505061111f565b80156152ca57604051639996b31560e01b81526001600160a01b03851660048201526024016114e2565b3d156152dd576152d861535a565b6133ed565b60405163d6bda27560e01b815260040160405180910390fd5b34156134fb5760405163b398979f60e01b815260040160405180910390fd5b5f61531e613e4b565b54600160401b900460ff16919050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b80356001600160a01b03811681146116c0575f5ffd5b5f5f5f6060848603121561538d575f5ffd5b8335925061539d60208501615365565b91506153ab60408501615365565b90509250925092565b5f602082840312156153c4575f5ffd5b81356001600160e01b031981168114610f5c575f5ffd5b5f602082840312156153eb575f5ffd5b5035919050565b60ff8116811461304d575f5ffd5b5f60208284031215615410575f5ffd5b8135610f5c816153f2565b5f60e082840312801561542c575f5ffd5b509092915050565b5f60208284031215615444575f5ffd5b610f5c82615365565b5f5f6040838503121561545e575f5ffd5b8235915061546e60208401615365565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6003811061549b5761549b615477565b9052565b6006811061549b5761549b615477565b81516001600160a01b0316815260208083015164ffffffffff16908201526040808301516101208301916154ea9084018263ffffffff169052565b5060608301516154fd606084018261548b565b506080830151615510608084018261549f565b5060a083015161552560a084018260ff169052565b5060c083015161554060c08401826001600160801b03169052565b5060e083015161555b60e08401826001600160801b03169052565b506101008301516133ed6101008401826001600160a01b03169052565b5f5f60408385031215615589575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156155bd575f5ffd5b6155c683615365565b915060208301356001600160401b038111156155e0575f5ffd5b8301601f810185136155f0575f5ffd5b80356001600160401b0381111561560957615609615598565b604051601f8201601f19908116603f011681016001600160401b038111828210171561563757615637615598565b60405281815282820160200187101561564e575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f5f60808587031215615680575f5ffd5b8435935061569060208601615365565b925061569e60408601615365565b9396929550929360600135925050565b801515811461304d575f5ffd5b5f5f604083850312156156cc575f5ffd5b6156d583615365565b915060208301356156e5816156ae565b809150509250929050565b5f5f83601f840112615700575f5ffd5b5081356001600160401b03811115615716575f5ffd5b6020830191508360208260051b8501011115615730575f5ffd5b9250929050565b5f5f60208385031215615748575f5ffd5b82356001600160401b0381111561575d575f5ffd5b615769858286016156f0565b90969095509350505050565b5f60e08201905060ff835116825261ffff602084015116602083015263ffffffff60408401511660408301526001600160801b0360608401511660608301526001600160801b03608084015116608083015260a08301516157e160a08401826001600160801b03169052565b5060c08301516133ed60c08401826001600160801b03169052565b80356001600160801b03811681146116c0575f5ffd5b803563ffffffff811681146116c0575f5ffd5b5f5f5f5f60808587031215615838575f5ffd5b8435615843816153f2565b9350615851602086016157fc565b925061585f604086016157fc565b915061586d60608601615812565b905092959194509250565b6001600160401b038116811461304d575f5ffd5b6001600160501b038116811461304d575f5ffd5b5f5f604083850312156158b1575f5ffd5b82356158bc81615878565b915060208301356156e58161588c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f5c60208301846158cc565b5f5f6040838503121561591d575f5ffd5b61592683615365565b915061546e60208401615365565b5f60208284031215615944575f5ffd5b8135610f5c81615878565b5f5f60408385031215615960575f5ffd5b8235615926816153f2565b5f5f5f5f5f5f60c08789031215615980575f5ffd5b61598987615365565b955061599760208801615365565b94506159a560408801615365565b93506159b360608801615365565b92506159c160808801615365565b91506159cf60a08801615365565b90509295509295509295565b5f5f5f5f606085870312156159ee575f5ffd5b84356159f981615878565b93506020850135615a098161588c565b925060408501356001600160401b03811115615a23575f5ffd5b615a2f878288016156f0565b95989497509550505050565b5f60208284031215615a4b575f5ffd5b5051919050565b5f60208284031215615a62575f5ffd5b8151610f5c81615878565b634e487b7160e01b5f52603260045260245ffd5b60e081018235615a90816153f2565b60ff168252602083013561ffff8116808214615aaa575f5ffd5b602084015250615abc60408401615812565b63ffffffff166040830152615ad3606084016157fc565b6001600160801b03166060830152615aed608084016157fc565b6001600160801b03166080830152615b0760a084016157fc565b6001600160801b031660a0830152615b2160c084016157fc565b6001600160801b03811660c08401526133ed565b8381526001600160a01b03831660208201526060810161316f604083018461548b565b602080825281018290525f8360408301825b85811015615b9a578235615b7d81615878565b6001600160401b0316825260209283019290910190600101615b6a565b5095945050505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561111f5761111f615ba4565b6001600160801b03818116838216019081111561111f5761111f615ba4565b6001600160a01b039390931683526020830191909152604082015260600190565b5f60208284031215615c1b575f5ffd5b8151610f5c816153f2565b6001815b6001841115615c6157808504811115615c4557615c45615ba4565b6001841615615c5357908102905b60019390931c928002615c2a565b935093915050565b5f82615c775750600161111f565b81615c8357505f61111f565b8160018114615c995760028114615ca357615cbf565b600191505061111f565b60ff841115615cb457615cb4615ba4565b50506001821b61111f565b5060208310610133831016604e8410600b8410161715615ce2575081810a61111f565b615cee5f198484615c26565b805f1904821115615d0157615d01615ba4565b029392505050565b5f610f5c8383615c69565b808202811582820484141761111f5761111f615ba4565b82815260408101610f5c602083018461549f565b6001600160a01b039384168152919092166020820152604081019190915260600190565b634e487b7160e01b5f52601260045260245ffd5b8082018082111561111f5761111f615ba4565b6001600160a01b03841681526060602082018190525f90615dad908301856158cc565b90506001600160401b0383166040830152949350505050565b5f60208284031215615dd6575f5ffd5b8151610f5c816156ae565b6001600160501b03828116828216039081111561111f5761111f615ba4565b5f60208284031215615e10575f5ffd5b81518060170b8114610f5c575f5ffd5b5f60208284031215615e30575f5ffd5b815164ffffffffff81168114610f5c575f5ffd5b5f5f5f5f5f60a08688031215615e58575f5ffd5b8551615e638161588c565b60208701516040880151606089015160808a015193985091965094509250615e8a8161588c565b809150509295509295909350565b5f82518060208501845e5f920191825250919050565b5f60ff831680615ecc57634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fe5fd84582b30bace1cbb5cc91a75b8ee48a0e84da1e64c2d880c8c865c813444f82db594318110a04b6349ce48645aa69f0892751bc893d15e61d9e2b9c4630f5189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220bf48d59de79f701da3ed1763d96dec1de19dd59303242d6ce0031b6e2d56df3c64736f6c63430008250033",
}

// Dealing is an auto generated Go binding around an Ethereum contract.
type Dealing struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Dealing) GetABI() abi.ABI {
	return c.abi
}

// NewDealing creates a new instance of Dealing.
func NewDealing() *Dealing {
	parsed, err := DealingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Dealing{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Dealing) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackASYNCDEPOSIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38783038.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ASYNC_DEPOSIT() view returns(uint8)
func (dealing *Dealing) PackASYNCDEPOSIT() []byte {
	enc, err := dealing.abi.Pack("ASYNC_DEPOSIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackASYNCDEPOSIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38783038.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ASYNC_DEPOSIT() view returns(uint8)
func (dealing *Dealing) TryPackASYNCDEPOSIT() ([]byte, error) {
	return dealing.abi.Pack("ASYNC_DEPOSIT")
}

// UnpackASYNCDEPOSIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38783038.
//
// Solidity: function ASYNC_DEPOSIT() view returns(uint8)
func (dealing *Dealing) UnpackASYNCDEPOSIT(data []byte) (uint8, error) {
	out, err := dealing.abi.Unpack("ASYNC_DEPOSIT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackASYNCREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07b25ce5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ASYNC_REDEEM() view returns(uint8)
func (dealing *Dealing) PackASYNCREDEEM() []byte {
	enc, err := dealing.abi.Pack("ASYNC_REDEEM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackASYNCREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07b25ce5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ASYNC_REDEEM() view returns(uint8)
func (dealing *Dealing) TryPackASYNCREDEEM() ([]byte, error) {
	return dealing.abi.Pack("ASYNC_REDEEM")
}

// UnpackASYNCREDEEM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07b25ce5.
//
// Solidity: function ASYNC_REDEEM() view returns(uint8)
func (dealing *Dealing) UnpackASYNCREDEEM(data []byte) (uint8, error) {
	out, err := dealing.abi.Unpack("ASYNC_REDEEM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCONFIGROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4d19feb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONFIG_ROLE() view returns(bytes32)
func (dealing *Dealing) PackCONFIGROLE() []byte {
	enc, err := dealing.abi.Pack("CONFIG_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONFIGROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4d19feb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONFIG_ROLE() view returns(bytes32)
func (dealing *Dealing) TryPackCONFIGROLE() ([]byte, error) {
	return dealing.abi.Pack("CONFIG_ROLE")
}

// UnpackCONFIGROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4d19feb.
//
// Solidity: function CONFIG_ROLE() view returns(bytes32)
func (dealing *Dealing) UnpackCONFIGROLE(data []byte) ([32]byte, error) {
	out, err := dealing.abi.Unpack("CONFIG_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dealing *Dealing) PackDEFAULTADMINROLE() []byte {
	enc, err := dealing.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (dealing *Dealing) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dealing.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dealing *Dealing) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dealing.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFULFILLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd331c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FULFILLER_ROLE() view returns(bytes32)
func (dealing *Dealing) PackFULFILLERROLE() []byte {
	enc, err := dealing.abi.Pack("FULFILLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFULFILLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd331c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FULFILLER_ROLE() view returns(bytes32)
func (dealing *Dealing) TryPackFULFILLERROLE() ([]byte, error) {
	return dealing.abi.Pack("FULFILLER_ROLE")
}

// UnpackFULFILLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fd331c6.
//
// Solidity: function FULFILLER_ROLE() view returns(bytes32)
func (dealing *Dealing) UnpackFULFILLERROLE(data []byte) ([32]byte, error) {
	out, err := dealing.abi.Unpack("FULFILLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackINSTANTREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17f89950.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INSTANT_REDEEM() view returns(uint8)
func (dealing *Dealing) PackINSTANTREDEEM() []byte {
	enc, err := dealing.abi.Pack("INSTANT_REDEEM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINSTANTREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17f89950.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INSTANT_REDEEM() view returns(uint8)
func (dealing *Dealing) TryPackINSTANTREDEEM() ([]byte, error) {
	return dealing.abi.Pack("INSTANT_REDEEM")
}

// UnpackINSTANTREDEEM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17f89950.
//
// Solidity: function INSTANT_REDEEM() view returns(uint8)
func (dealing *Dealing) UnpackINSTANTREDEEM(data []byte) (uint8, error) {
	out, err := dealing.abi.Unpack("INSTANT_REDEEM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackINSTANTSUBSCRIBE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0991665d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INSTANT_SUBSCRIBE() view returns(uint8)
func (dealing *Dealing) PackINSTANTSUBSCRIBE() []byte {
	enc, err := dealing.abi.Pack("INSTANT_SUBSCRIBE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINSTANTSUBSCRIBE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0991665d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INSTANT_SUBSCRIBE() view returns(uint8)
func (dealing *Dealing) TryPackINSTANTSUBSCRIBE() ([]byte, error) {
	return dealing.abi.Pack("INSTANT_SUBSCRIBE")
}

// UnpackINSTANTSUBSCRIBE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0991665d.
//
// Solidity: function INSTANT_SUBSCRIBE() view returns(uint8)
func (dealing *Dealing) UnpackINSTANTSUBSCRIBE(data []byte) (uint8, error) {
	out, err := dealing.abi.Unpack("INSTANT_SUBSCRIBE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dealing *Dealing) PackMAXFEEBPS() []byte {
	enc, err := dealing.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dealing *Dealing) TryPackMAXFEEBPS() ([]byte, error) {
	return dealing.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dealing *Dealing) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := dealing.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackTREASURYROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd11a57ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TREASURY_ROLE() view returns(bytes32)
func (dealing *Dealing) PackTREASURYROLE() []byte {
	enc, err := dealing.abi.Pack("TREASURY_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTREASURYROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd11a57ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TREASURY_ROLE() view returns(bytes32)
func (dealing *Dealing) TryPackTREASURYROLE() ([]byte, error) {
	return dealing.abi.Pack("TREASURY_ROLE")
}

// UnpackTREASURYROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd11a57ec.
//
// Solidity: function TREASURY_ROLE() view returns(bytes32)
func (dealing *Dealing) UnpackTREASURYROLE(data []byte) ([32]byte, error) {
	out, err := dealing.abi.Unpack("TREASURY_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUNITSGONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee6886c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNITS_GONE() view returns(uint8)
func (dealing *Dealing) PackUNITSGONE() []byte {
	enc, err := dealing.abi.Pack("UNITS_GONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNITSGONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee6886c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNITS_GONE() view returns(uint8)
func (dealing *Dealing) TryPackUNITSGONE() ([]byte, error) {
	return dealing.abi.Pack("UNITS_GONE")
}

// UnpackUNITSGONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee6886c2.
//
// Solidity: function UNITS_GONE() view returns(uint8)
func (dealing *Dealing) UnpackUNITSGONE(data []byte) (uint8, error) {
	out, err := dealing.abi.Unpack("UNITS_GONE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (dealing *Dealing) PackUPGRADERROLE() []byte {
	enc, err := dealing.abi.Pack("UPGRADER_ROLE")
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
func (dealing *Dealing) TryPackUPGRADERROLE() ([]byte, error) {
	return dealing.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (dealing *Dealing) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := dealing.abi.Unpack("UPGRADER_ROLE", data)
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
func (dealing *Dealing) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := dealing.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (dealing *Dealing) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return dealing.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (dealing *Dealing) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := dealing.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackWIRE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff98295.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WIRE() view returns(uint8)
func (dealing *Dealing) PackWIRE() []byte {
	enc, err := dealing.abi.Pack("WIRE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWIRE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff98295.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WIRE() view returns(uint8)
func (dealing *Dealing) TryPackWIRE() ([]byte, error) {
	return dealing.abi.Pack("WIRE")
}

// UnpackWIRE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ff98295.
//
// Solidity: function WIRE() view returns(uint8)
func (dealing *Dealing) UnpackWIRE(data []byte) (uint8, error) {
	out, err := dealing.abi.Unpack("WIRE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (dealing *Dealing) PackAsset() []byte {
	enc, err := dealing.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(address)
func (dealing *Dealing) TryPackAsset() ([]byte, error) {
	return dealing.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (dealing *Dealing) UnpackAsset(data []byte) (common.Address, error) {
	out, err := dealing.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9cf0634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDepositRequest(uint256 requestId, address controller) returns()
func (dealing *Dealing) PackCancelDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("cancelDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9cf0634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDepositRequest(uint256 requestId, address controller) returns()
func (dealing *Dealing) TryPackCancelDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("cancelDepositRequest", requestId, controller)
}

// PackCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9d9c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRedeemRequest(uint256 requestId, address controller) returns()
func (dealing *Dealing) PackCancelRedeemRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("cancelRedeemRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9d9c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRedeemRequest(uint256 requestId, address controller) returns()
func (dealing *Dealing) TryPackCancelRedeemRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("cancelRedeemRequest", requestId, controller)
}

// PackCancelledAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b3ed130.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelledAssets() view returns(uint256)
func (dealing *Dealing) PackCancelledAssets() []byte {
	enc, err := dealing.abi.Pack("cancelledAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelledAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b3ed130.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelledAssets() view returns(uint256)
func (dealing *Dealing) TryPackCancelledAssets() ([]byte, error) {
	return dealing.abi.Pack("cancelledAssets")
}

// UnpackCancelledAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b3ed130.
//
// Solidity: function cancelledAssets() view returns(uint256)
func (dealing *Dealing) UnpackCancelledAssets(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("cancelledAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69d77a44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCancelDepositRequest(uint256 requestId, address receiver, address controller) returns(uint256)
func (dealing *Dealing) PackClaimCancelDepositRequest(requestId *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("claimCancelDepositRequest", requestId, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69d77a44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCancelDepositRequest(uint256 requestId, address receiver, address controller) returns(uint256)
func (dealing *Dealing) TryPackClaimCancelDepositRequest(requestId *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("claimCancelDepositRequest", requestId, receiver, controller)
}

// UnpackClaimCancelDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69d77a44.
//
// Solidity: function claimCancelDepositRequest(uint256 requestId, address receiver, address controller) returns(uint256)
func (dealing *Dealing) UnpackClaimCancelDepositRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("claimCancelDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a06d19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner) returns(uint256)
func (dealing *Dealing) PackClaimCancelRedeemRequest(requestId *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := dealing.abi.Pack("claimCancelRedeemRequest", requestId, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a06d19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner) returns(uint256)
func (dealing *Dealing) TryPackClaimCancelRedeemRequest(requestId *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return dealing.abi.Pack("claimCancelRedeemRequest", requestId, receiver, owner)
}

// UnpackClaimCancelRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00a06d19.
//
// Solidity: function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner) returns(uint256)
func (dealing *Dealing) UnpackClaimCancelRedeemRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("claimCancelRedeemRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d6a34a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableAssets() view returns(uint256)
func (dealing *Dealing) PackClaimableAssets() []byte {
	enc, err := dealing.abi.Pack("claimableAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d6a34a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableAssets() view returns(uint256)
func (dealing *Dealing) TryPackClaimableAssets() ([]byte, error) {
	return dealing.abi.Pack("claimableAssets")
}

// UnpackClaimableAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d6a34a3.
//
// Solidity: function claimableAssets() view returns(uint256)
func (dealing *Dealing) UnpackClaimableAssets(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("claimableAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabb5922.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableCancelDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) PackClaimableCancelDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("claimableCancelDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabb5922.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableCancelDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) TryPackClaimableCancelDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("claimableCancelDepositRequest", requestId, controller)
}

// UnpackClaimableCancelDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaabb5922.
//
// Solidity: function claimableCancelDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) UnpackClaimableCancelDepositRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("claimableCancelDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04a5e05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableCancelRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) PackClaimableCancelRedeemRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("claimableCancelRedeemRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04a5e05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableCancelRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) TryPackClaimableCancelRedeemRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("claimableCancelRedeemRequest", requestId, controller)
}

// UnpackClaimableCancelRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb04a5e05.
//
// Solidity: function claimableCancelRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) UnpackClaimableCancelRedeemRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("claimableCancelRedeemRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995ea21a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) PackClaimableDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("claimableDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995ea21a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) TryPackClaimableDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("claimableDepositRequest", requestId, controller)
}

// UnpackClaimableDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x995ea21a.
//
// Solidity: function claimableDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) UnpackClaimableDepositRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("claimableDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaed1d07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) PackClaimableRedeemRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("claimableRedeemRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaed1d07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) TryPackClaimableRedeemRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("claimableRedeemRequest", requestId, controller)
}

// UnpackClaimableRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaed1d07.
//
// Solidity: function claimableRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) UnpackClaimableRedeemRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("claimableRedeemRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint8,uint16,uint32,uint128,uint128,uint128,uint128))
func (dealing *Dealing) PackConfig() []byte {
	enc, err := dealing.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint8,uint16,uint32,uint128,uint128,uint128,uint128))
func (dealing *Dealing) TryPackConfig() ([]byte, error) {
	return dealing.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint8,uint16,uint32,uint128,uint128,uint128,uint128))
func (dealing *Dealing) UnpackConfig(data []byte) (DealingConfig, error) {
	out, err := dealing.abi.Unpack("config", data)
	if err != nil {
		return *new(DealingConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(DealingConfig)).(*DealingConfig)
	return out0, nil
}

// PackConfirmPayment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39e91709.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmPayment(uint256 requestId, bytes32 ref) returns()
func (dealing *Dealing) PackConfirmPayment(requestId *big.Int, ref [32]byte) []byte {
	enc, err := dealing.abi.Pack("confirmPayment", requestId, ref)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmPayment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39e91709.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmPayment(uint256 requestId, bytes32 ref) returns()
func (dealing *Dealing) TryPackConfirmPayment(requestId *big.Int, ref [32]byte) ([]byte, error) {
	return dealing.abi.Pack("confirmPayment", requestId, ref)
}

// PackConfirmPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0457a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmPayout(uint256 requestId, bytes32 ref) returns()
func (dealing *Dealing) PackConfirmPayout(requestId *big.Int, ref [32]byte) []byte {
	enc, err := dealing.abi.Pack("confirmPayout", requestId, ref)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0457a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmPayout(uint256 requestId, bytes32 ref) returns()
func (dealing *Dealing) TryPackConfirmPayout(requestId *big.Int, ref [32]byte) ([]byte, error) {
	return dealing.abi.Pack("confirmPayout", requestId, ref)
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (dealing *Dealing) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := dealing.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (dealing *Dealing) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return dealing.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (dealing *Dealing) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (dealing *Dealing) PackConvertToShares(assets *big.Int) []byte {
	enc, err := dealing.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (dealing *Dealing) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return dealing.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (dealing *Dealing) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f6768f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function day(uint64 cutoff) view returns(uint80 roundId, uint32 navTTL)
func (dealing *Dealing) PackDay(cutoff uint64) []byte {
	enc, err := dealing.abi.Pack("day", cutoff)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f6768f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function day(uint64 cutoff) view returns(uint80 roundId, uint32 navTTL)
func (dealing *Dealing) TryPackDay(cutoff uint64) ([]byte, error) {
	return dealing.abi.Pack("day", cutoff)
}

// DayOutput serves as a container for the return parameters of contract
// method Day.
type DayOutput struct {
	RoundId *big.Int
	NavTTL  uint32
}

// UnpackDay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f6768f.
//
// Solidity: function day(uint64 cutoff) view returns(uint80 roundId, uint32 navTTL)
func (dealing *Dealing) UnpackDay(data []byte) (DayOutput, error) {
	out, err := dealing.abi.Unpack("day", data)
	outstruct := new(DayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.NavTTL = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e2d2984.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (dealing *Dealing) PackDeposit(assets *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("deposit", assets, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e2d2984.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (dealing *Dealing) TryPackDeposit(assets *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("deposit", assets, receiver, controller)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e2d2984.
//
// Solidity: function deposit(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (dealing *Dealing) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (dealing *Dealing) PackDeposit0(assets *big.Int, receiver common.Address) []byte {
	enc, err := dealing.abi.Pack("deposit0", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (dealing *Dealing) TryPackDeposit0(assets *big.Int, receiver common.Address) ([]byte, error) {
	return dealing.abi.Pack("deposit0", assets, receiver)
}

// UnpackDeposit0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (dealing *Dealing) UnpackDeposit0(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("deposit0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01522b1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowed() view returns(uint256)
func (dealing *Dealing) PackEscrowed() []byte {
	enc, err := dealing.abi.Pack("escrowed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01522b1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowed() view returns(uint256)
func (dealing *Dealing) TryPackEscrowed() ([]byte, error) {
	return dealing.abi.Pack("escrowed")
}

// UnpackEscrowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01522b1e.
//
// Solidity: function escrowed() view returns(uint256)
func (dealing *Dealing) UnpackEscrowed(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("escrowed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feed() view returns(address)
func (dealing *Dealing) PackFeed() []byte {
	enc, err := dealing.abi.Pack("feed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feed() view returns(address)
func (dealing *Dealing) TryPackFeed() ([]byte, error) {
	return dealing.abi.Pack("feed")
}

// UnpackFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37a7b7d8.
//
// Solidity: function feed() view returns(address)
func (dealing *Dealing) UnpackFeed(data []byte) (common.Address, error) {
	out, err := dealing.abi.Unpack("feed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9af1d35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fees() view returns(uint256)
func (dealing *Dealing) PackFees() []byte {
	enc, err := dealing.abi.Pack("fees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9af1d35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fees() view returns(uint256)
func (dealing *Dealing) TryPackFees() ([]byte, error) {
	return dealing.abi.Pack("fees")
}

// UnpackFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9af1d35a.
//
// Solidity: function fees() view returns(uint256)
func (dealing *Dealing) UnpackFees(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("fees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFulfil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe227b819.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfil(uint64 cutoff, uint80 roundId, uint256[] ids) returns()
func (dealing *Dealing) PackFulfil(cutoff uint64, roundId *big.Int, ids []*big.Int) []byte {
	enc, err := dealing.abi.Pack("fulfil", cutoff, roundId, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe227b819.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfil(uint64 cutoff, uint80 roundId, uint256[] ids) returns()
func (dealing *Dealing) TryPackFulfil(cutoff uint64, roundId *big.Int, ids []*big.Int) ([]byte, error) {
	return dealing.abi.Pack("fulfil", cutoff, roundId, ids)
}

// PackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c54224.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundReserve(uint256 amount) returns()
func (dealing *Dealing) PackFundReserve(amount *big.Int) []byte {
	enc, err := dealing.abi.Pack("fundReserve", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c54224.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundReserve(uint256 amount) returns()
func (dealing *Dealing) TryPackFundReserve(amount *big.Int) ([]byte, error) {
	return dealing.abi.Pack("fundReserve", amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dealing *Dealing) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dealing.abi.Pack("getRoleAdmin", role)
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
func (dealing *Dealing) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dealing.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dealing *Dealing) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dealing.abi.Unpack("getRoleAdmin", data)
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
func (dealing *Dealing) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dealing.abi.Pack("grantRole", role, account)
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
func (dealing *Dealing) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dealing.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dealing *Dealing) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dealing.abi.Pack("hasRole", role, account)
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
func (dealing *Dealing) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dealing.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dealing *Dealing) UnpackHasRole(data []byte) (bool, error) {
	out, err := dealing.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc2a9a5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address token_, address payment_, address feed_, address admin, address fulfiller, address upgrader) returns()
func (dealing *Dealing) PackInitialize(token common.Address, payment common.Address, feed common.Address, admin common.Address, fulfiller common.Address, upgrader common.Address) []byte {
	enc, err := dealing.abi.Pack("initialize", token, payment, feed, admin, fulfiller, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc2a9a5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address token_, address payment_, address feed_, address admin, address fulfiller, address upgrader) returns()
func (dealing *Dealing) TryPackInitialize(token common.Address, payment common.Address, feed common.Address, admin common.Address, fulfiller common.Address, upgrader common.Address) ([]byte, error) {
	return dealing.abi.Pack("initialize", token, payment, feed, admin, fulfiller, upgrader)
}

// PackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6363cf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperator(address controller, address operator) view returns(bool)
func (dealing *Dealing) PackIsOperator(controller common.Address, operator common.Address) []byte {
	enc, err := dealing.abi.Pack("isOperator", controller, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6363cf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperator(address controller, address operator) view returns(bool)
func (dealing *Dealing) TryPackIsOperator(controller common.Address, operator common.Address) ([]byte, error) {
	return dealing.abi.Pack("isOperator", controller, operator)
}

// UnpackIsOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6363cf2.
//
// Solidity: function isOperator(address controller, address operator) view returns(bool)
func (dealing *Dealing) UnpackIsOperator(data []byte) (bool, error) {
	out, err := dealing.abi.Unpack("isOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65fc0ae7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCutoff() view returns(uint64)
func (dealing *Dealing) PackLastCutoff() []byte {
	enc, err := dealing.abi.Pack("lastCutoff")
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
func (dealing *Dealing) TryPackLastCutoff() ([]byte, error) {
	return dealing.abi.Pack("lastCutoff")
}

// UnpackLastCutoff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65fc0ae7.
//
// Solidity: function lastCutoff() view returns(uint64)
func (dealing *Dealing) UnpackLastCutoff(data []byte) (uint64, error) {
	out, err := dealing.abi.Unpack("lastCutoff", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit(address controller) view returns(uint256)
func (dealing *Dealing) PackMaxDeposit(controller common.Address) []byte {
	enc, err := dealing.abi.Pack("maxDeposit", controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit(address controller) view returns(uint256)
func (dealing *Dealing) TryPackMaxDeposit(controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("maxDeposit", controller)
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402d267d.
//
// Solidity: function maxDeposit(address controller) view returns(uint256)
func (dealing *Dealing) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxMint(address controller) view returns(uint256)
func (dealing *Dealing) PackMaxMint(controller common.Address) []byte {
	enc, err := dealing.abi.Pack("maxMint", controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxMint(address controller) view returns(uint256)
func (dealing *Dealing) TryPackMaxMint(controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("maxMint", controller)
}

// UnpackMaxMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc63d75b6.
//
// Solidity: function maxMint(address controller) view returns(uint256)
func (dealing *Dealing) UnpackMaxMint(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("maxMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxRedeem(address controller) view returns(uint256)
func (dealing *Dealing) PackMaxRedeem(controller common.Address) []byte {
	enc, err := dealing.abi.Pack("maxRedeem", controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxRedeem(address controller) view returns(uint256)
func (dealing *Dealing) TryPackMaxRedeem(controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("maxRedeem", controller)
}

// UnpackMaxRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd905777e.
//
// Solidity: function maxRedeem(address controller) view returns(uint256)
func (dealing *Dealing) UnpackMaxRedeem(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("maxRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxWithdraw(address controller) view returns(uint256)
func (dealing *Dealing) PackMaxWithdraw(controller common.Address) []byte {
	enc, err := dealing.abi.Pack("maxWithdraw", controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxWithdraw(address controller) view returns(uint256)
func (dealing *Dealing) TryPackMaxWithdraw(controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("maxWithdraw", controller)
}

// UnpackMaxWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce96cb77.
//
// Solidity: function maxWithdraw(address controller) view returns(uint256)
func (dealing *Dealing) UnpackMaxWithdraw(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("maxWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (dealing *Dealing) PackMint(shares *big.Int, receiver common.Address) []byte {
	enc, err := dealing.abi.Pack("mint", shares, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (dealing *Dealing) TryPackMint(shares *big.Int, receiver common.Address) ([]byte, error) {
	return dealing.abi.Pack("mint", shares, receiver)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (dealing *Dealing) UnpackMint(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda39b3e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (dealing *Dealing) PackMint0(shares *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("mint0", shares, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda39b3e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (dealing *Dealing) TryPackMint0(shares *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("mint0", shares, receiver, controller)
}

// UnpackMint0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda39b3e7.
//
// Solidity: function mint(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (dealing *Dealing) UnpackMint0(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("mint0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ebc126.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextCutoff() view returns(uint64)
func (dealing *Dealing) PackNextCutoff() []byte {
	enc, err := dealing.abi.Pack("nextCutoff")
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
func (dealing *Dealing) TryPackNextCutoff() ([]byte, error) {
	return dealing.abi.Pack("nextCutoff")
}

// UnpackNextCutoff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03ebc126.
//
// Solidity: function nextCutoff() view returns(uint64)
func (dealing *Dealing) UnpackNextCutoff(data []byte) (uint64, error) {
	out, err := dealing.abi.Unpack("nextCutoff", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNextRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a84a985.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextRequestId() view returns(uint256)
func (dealing *Dealing) PackNextRequestId() []byte {
	enc, err := dealing.abi.Pack("nextRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a84a985.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextRequestId() view returns(uint256)
func (dealing *Dealing) TryPackNextRequestId() ([]byte, error) {
	return dealing.abi.Pack("nextRequestId")
}

// UnpackNextRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a84a985.
//
// Solidity: function nextRequestId() view returns(uint256)
func (dealing *Dealing) UnpackNextRequestId(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("nextRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf15b65b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingCancelDepositRequest(uint256 , address ) pure returns(bool)
func (dealing *Dealing) PackPendingCancelDepositRequest(arg0 *big.Int, arg1 common.Address) []byte {
	enc, err := dealing.abi.Pack("pendingCancelDepositRequest", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf15b65b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingCancelDepositRequest(uint256 , address ) pure returns(bool)
func (dealing *Dealing) TryPackPendingCancelDepositRequest(arg0 *big.Int, arg1 common.Address) ([]byte, error) {
	return dealing.abi.Pack("pendingCancelDepositRequest", arg0, arg1)
}

// UnpackPendingCancelDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf15b65b1.
//
// Solidity: function pendingCancelDepositRequest(uint256 , address ) pure returns(bool)
func (dealing *Dealing) UnpackPendingCancelDepositRequest(data []byte) (bool, error) {
	out, err := dealing.abi.Unpack("pendingCancelDepositRequest", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c1b50c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingCancelRedeemRequest(uint256 , address ) pure returns(bool)
func (dealing *Dealing) PackPendingCancelRedeemRequest(arg0 *big.Int, arg1 common.Address) []byte {
	enc, err := dealing.abi.Pack("pendingCancelRedeemRequest", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c1b50c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingCancelRedeemRequest(uint256 , address ) pure returns(bool)
func (dealing *Dealing) TryPackPendingCancelRedeemRequest(arg0 *big.Int, arg1 common.Address) ([]byte, error) {
	return dealing.abi.Pack("pendingCancelRedeemRequest", arg0, arg1)
}

// UnpackPendingCancelRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c1b50c4.
//
// Solidity: function pendingCancelRedeemRequest(uint256 , address ) pure returns(bool)
func (dealing *Dealing) UnpackPendingCancelRedeemRequest(data []byte) (bool, error) {
	out, err := dealing.abi.Unpack("pendingCancelRedeemRequest", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c6f96c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) PackPendingDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("pendingDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c6f96c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) TryPackPendingDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("pendingDepositRequest", requestId, controller)
}

// UnpackPendingDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26c6f96c.
//
// Solidity: function pendingDepositRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) UnpackPendingDepositRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("pendingDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5a23d8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) PackPendingRedeemRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("pendingRedeemRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5a23d8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) TryPackPendingRedeemRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("pendingRedeemRequest", requestId, controller)
}

// UnpackPendingRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5a23d8d.
//
// Solidity: function pendingRedeemRequest(uint256 requestId, address controller) view returns(uint256)
func (dealing *Dealing) UnpackPendingRedeemRequest(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("pendingRedeemRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewDeposit(uint256 ) pure returns(uint256)
func (dealing *Dealing) PackPreviewDeposit(arg0 *big.Int) []byte {
	enc, err := dealing.abi.Pack("previewDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewDeposit(uint256 ) pure returns(uint256)
func (dealing *Dealing) TryPackPreviewDeposit(arg0 *big.Int) ([]byte, error) {
	return dealing.abi.Pack("previewDeposit", arg0)
}

// UnpackPreviewDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 ) pure returns(uint256)
func (dealing *Dealing) UnpackPreviewDeposit(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("previewDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 ) pure returns(uint256)
func (dealing *Dealing) PackPreviewMint(arg0 *big.Int) []byte {
	enc, err := dealing.abi.Pack("previewMint", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 ) pure returns(uint256)
func (dealing *Dealing) TryPackPreviewMint(arg0 *big.Int) ([]byte, error) {
	return dealing.abi.Pack("previewMint", arg0)
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 ) pure returns(uint256)
func (dealing *Dealing) UnpackPreviewMint(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("previewMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 ) pure returns(uint256)
func (dealing *Dealing) PackPreviewRedeem(arg0 *big.Int) []byte {
	enc, err := dealing.abi.Pack("previewRedeem", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 ) pure returns(uint256)
func (dealing *Dealing) TryPackPreviewRedeem(arg0 *big.Int) ([]byte, error) {
	return dealing.abi.Pack("previewRedeem", arg0)
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 ) pure returns(uint256)
func (dealing *Dealing) UnpackPreviewRedeem(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("previewRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewWithdraw(uint256 ) pure returns(uint256)
func (dealing *Dealing) PackPreviewWithdraw(arg0 *big.Int) []byte {
	enc, err := dealing.abi.Pack("previewWithdraw", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewWithdraw(uint256 ) pure returns(uint256)
func (dealing *Dealing) TryPackPreviewWithdraw(arg0 *big.Int) ([]byte, error) {
	return dealing.abi.Pack("previewWithdraw", arg0)
}

// UnpackPreviewWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 ) pure returns(uint256)
func (dealing *Dealing) UnpackPreviewWithdraw(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("previewWithdraw", data)
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
func (dealing *Dealing) PackProxiableUUID() []byte {
	enc, err := dealing.abi.Pack("proxiableUUID")
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
func (dealing *Dealing) TryPackProxiableUUID() ([]byte, error) {
	return dealing.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (dealing *Dealing) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := dealing.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublishCutoffs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x569fafc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishCutoffs(uint64[] cutoffs) returns()
func (dealing *Dealing) PackPublishCutoffs(cutoffs []uint64) []byte {
	enc, err := dealing.abi.Pack("publishCutoffs", cutoffs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishCutoffs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x569fafc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishCutoffs(uint64[] cutoffs) returns()
func (dealing *Dealing) TryPackPublishCutoffs(cutoffs []uint64) ([]byte, error) {
	return dealing.abi.Pack("publishCutoffs", cutoffs)
}

// PackRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d6b0c9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rateLimit(uint8 direction) view returns((uint128,uint128,uint32,uint128,uint40))
func (dealing *Dealing) PackRateLimit(direction uint8) []byte {
	enc, err := dealing.abi.Pack("rateLimit", direction)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d6b0c9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rateLimit(uint8 direction) view returns((uint128,uint128,uint32,uint128,uint40))
func (dealing *Dealing) TryPackRateLimit(direction uint8) ([]byte, error) {
	return dealing.abi.Pack("rateLimit", direction)
}

// UnpackRateLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d6b0c9c.
//
// Solidity: function rateLimit(uint8 direction) view returns((uint128,uint128,uint32,uint128,uint40))
func (dealing *Dealing) UnpackRateLimit(data []byte) (DealingRateLimit, error) {
	out, err := dealing.abi.Unpack("rateLimit", data)
	if err != nil {
		return *new(DealingRateLimit), err
	}
	out0 := *abi.ConvertType(out[0], new(DealingRateLimit)).(*DealingRateLimit)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (dealing *Dealing) PackRedeem(shares *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("redeem", shares, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (dealing *Dealing) TryPackRedeem(shares *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("redeem", shares, receiver, controller)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (dealing *Dealing) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeemInstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbc3b807.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemInstant(uint256 units, uint256 minPaymentOut) returns(uint256 net)
func (dealing *Dealing) PackRedeemInstant(units *big.Int, minPaymentOut *big.Int) []byte {
	enc, err := dealing.abi.Pack("redeemInstant", units, minPaymentOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemInstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbc3b807.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemInstant(uint256 units, uint256 minPaymentOut) returns(uint256 net)
func (dealing *Dealing) TryPackRedeemInstant(units *big.Int, minPaymentOut *big.Int) ([]byte, error) {
	return dealing.abi.Pack("redeemInstant", units, minPaymentOut)
}

// UnpackRedeemInstant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbc3b807.
//
// Solidity: function redeemInstant(uint256 units, uint256 minPaymentOut) returns(uint256 net)
func (dealing *Dealing) UnpackRedeemInstant(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("redeemInstant", data)
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
// Solidity: function remaining(uint8 direction, address wallet) view returns(uint256)
func (dealing *Dealing) PackRemaining(direction uint8, wallet common.Address) []byte {
	enc, err := dealing.abi.Pack("remaining", direction, wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc534bae9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remaining(uint8 direction, address wallet) view returns(uint256)
func (dealing *Dealing) TryPackRemaining(direction uint8, wallet common.Address) ([]byte, error) {
	return dealing.abi.Pack("remaining", direction, wallet)
}

// UnpackRemaining is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc534bae9.
//
// Solidity: function remaining(uint8 direction, address wallet) view returns(uint256)
func (dealing *Dealing) UnpackRemaining(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("remaining", data)
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
func (dealing *Dealing) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := dealing.abi.Pack("renounceRole", role, callerConfirmation)
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
func (dealing *Dealing) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return dealing.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85b77f45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestDeposit(uint256 assets, address controller, address owner) returns(uint256)
func (dealing *Dealing) PackRequestDeposit(assets *big.Int, controller common.Address, owner common.Address) []byte {
	enc, err := dealing.abi.Pack("requestDeposit", assets, controller, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85b77f45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestDeposit(uint256 assets, address controller, address owner) returns(uint256)
func (dealing *Dealing) TryPackRequestDeposit(assets *big.Int, controller common.Address, owner common.Address) ([]byte, error) {
	return dealing.abi.Pack("requestDeposit", assets, controller, owner)
}

// UnpackRequestDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85b77f45.
//
// Solidity: function requestDeposit(uint256 assets, address controller, address owner) returns(uint256)
func (dealing *Dealing) UnpackRequestDeposit(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("requestDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestDepositWire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da5a97b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestDepositWire(uint256 assets, address controller, address owner, bytes32 ref) returns(uint256 id)
func (dealing *Dealing) PackRequestDepositWire(assets *big.Int, controller common.Address, owner common.Address, ref [32]byte) []byte {
	enc, err := dealing.abi.Pack("requestDepositWire", assets, controller, owner, ref)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestDepositWire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da5a97b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestDepositWire(uint256 assets, address controller, address owner, bytes32 ref) returns(uint256 id)
func (dealing *Dealing) TryPackRequestDepositWire(assets *big.Int, controller common.Address, owner common.Address, ref [32]byte) ([]byte, error) {
	return dealing.abi.Pack("requestDepositWire", assets, controller, owner, ref)
}

// UnpackRequestDepositWire is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9da5a97b.
//
// Solidity: function requestDepositWire(uint256 assets, address controller, address owner, bytes32 ref) returns(uint256 id)
func (dealing *Dealing) UnpackRequestDepositWire(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("requestDepositWire", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x324e03be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint40,uint32,uint8,uint8,uint8,uint128,uint128,address) r)
func (dealing *Dealing) PackRequestOf(requestId *big.Int) []byte {
	enc, err := dealing.abi.Pack("requestOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x324e03be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint40,uint32,uint8,uint8,uint8,uint128,uint128,address) r)
func (dealing *Dealing) TryPackRequestOf(requestId *big.Int) ([]byte, error) {
	return dealing.abi.Pack("requestOf", requestId)
}

// UnpackRequestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint40,uint32,uint8,uint8,uint8,uint128,uint128,address) r)
func (dealing *Dealing) UnpackRequestOf(data []byte) (DealingRequest, error) {
	out, err := dealing.abi.Unpack("requestOf", data)
	if err != nil {
		return *new(DealingRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(DealingRequest)).(*DealingRequest)
	return out0, nil
}

// PackRequestRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d41c86e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestRedeem(uint256 shares, address controller, address owner) returns(uint256)
func (dealing *Dealing) PackRequestRedeem(shares *big.Int, controller common.Address, owner common.Address) []byte {
	enc, err := dealing.abi.Pack("requestRedeem", shares, controller, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d41c86e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestRedeem(uint256 shares, address controller, address owner) returns(uint256)
func (dealing *Dealing) TryPackRequestRedeem(shares *big.Int, controller common.Address, owner common.Address) ([]byte, error) {
	return dealing.abi.Pack("requestRedeem", shares, controller, owner)
}

// UnpackRequestRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d41c86e.
//
// Solidity: function requestRedeem(uint256 shares, address controller, address owner) returns(uint256)
func (dealing *Dealing) UnpackRequestRedeem(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("requestRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestRedeemWire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52006c45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestRedeemWire(uint256 shares, address controller, address owner, bytes32 ref) returns(uint256 id)
func (dealing *Dealing) PackRequestRedeemWire(shares *big.Int, controller common.Address, owner common.Address, ref [32]byte) []byte {
	enc, err := dealing.abi.Pack("requestRedeemWire", shares, controller, owner, ref)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestRedeemWire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52006c45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestRedeemWire(uint256 shares, address controller, address owner, bytes32 ref) returns(uint256 id)
func (dealing *Dealing) TryPackRequestRedeemWire(shares *big.Int, controller common.Address, owner common.Address, ref [32]byte) ([]byte, error) {
	return dealing.abi.Pack("requestRedeemWire", shares, controller, owner, ref)
}

// UnpackRequestRedeemWire is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52006c45.
//
// Solidity: function requestRedeemWire(uint256 shares, address controller, address owner, bytes32 ref) returns(uint256 id)
func (dealing *Dealing) UnpackRequestRedeemWire(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("requestRedeemWire", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd3293de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserve() view returns(uint256)
func (dealing *Dealing) PackReserve() []byte {
	enc, err := dealing.abi.Pack("reserve")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd3293de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserve() view returns(uint256)
func (dealing *Dealing) TryPackReserve() ([]byte, error) {
	return dealing.abi.Pack("reserve")
}

// UnpackReserve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd3293de.
//
// Solidity: function reserve() view returns(uint256)
func (dealing *Dealing) UnpackReserve(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("reserve", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dealing *Dealing) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dealing.abi.Pack("revokeRole", role, account)
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
func (dealing *Dealing) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dealing.abi.Pack("revokeRole", role, account)
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e5e71bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig((uint8,uint16,uint32,uint128,uint128,uint128,uint128) c) returns()
func (dealing *Dealing) PackSetConfig(c DealingConfig) []byte {
	enc, err := dealing.abi.Pack("setConfig", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e5e71bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig((uint8,uint16,uint32,uint128,uint128,uint128,uint128) c) returns()
func (dealing *Dealing) TryPackSetConfig(c DealingConfig) ([]byte, error) {
	return dealing.abi.Pack("setConfig", c)
}

// PackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperator(address operator, bool approved) returns(bool)
func (dealing *Dealing) PackSetOperator(operator common.Address, approved bool) []byte {
	enc, err := dealing.abi.Pack("setOperator", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperator(address operator, bool approved) returns(bool)
func (dealing *Dealing) TryPackSetOperator(operator common.Address, approved bool) ([]byte, error) {
	return dealing.abi.Pack("setOperator", operator, approved)
}

// UnpackSetOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x558a7297.
//
// Solidity: function setOperator(address operator, bool approved) returns(bool)
func (dealing *Dealing) UnpackSetOperator(data []byte) (bool, error) {
	out, err := dealing.abi.Unpack("setOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85fd6957.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRateLimit(uint8 direction, uint128 globalCapacity, uint128 perInvestorCapacity, uint32 window) returns()
func (dealing *Dealing) PackSetRateLimit(direction uint8, globalCapacity *big.Int, perInvestorCapacity *big.Int, window uint32) []byte {
	enc, err := dealing.abi.Pack("setRateLimit", direction, globalCapacity, perInvestorCapacity, window)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85fd6957.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRateLimit(uint8 direction, uint128 globalCapacity, uint128 perInvestorCapacity, uint32 window) returns()
func (dealing *Dealing) TryPackSetRateLimit(direction uint8, globalCapacity *big.Int, perInvestorCapacity *big.Int, window uint32) ([]byte, error) {
	return dealing.abi.Pack("setRateLimit", direction, globalCapacity, perInvestorCapacity, window)
}

// PackShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d5fd65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function share() view returns(address)
func (dealing *Dealing) PackShare() []byte {
	enc, err := dealing.abi.Pack("share")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d5fd65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function share() view returns(address)
func (dealing *Dealing) TryPackShare() ([]byte, error) {
	return dealing.abi.Pack("share")
}

// UnpackShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8d5fd65.
//
// Solidity: function share() view returns(address)
func (dealing *Dealing) UnpackShare(data []byte) (common.Address, error) {
	out, err := dealing.abi.Unpack("share", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubscribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84370813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscribe(uint256 assets, uint256 minUnitsOut) returns(uint256 units)
func (dealing *Dealing) PackSubscribe(assets *big.Int, minUnitsOut *big.Int) []byte {
	enc, err := dealing.abi.Pack("subscribe", assets, minUnitsOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84370813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscribe(uint256 assets, uint256 minUnitsOut) returns(uint256 units)
func (dealing *Dealing) TryPackSubscribe(assets *big.Int, minUnitsOut *big.Int) ([]byte, error) {
	return dealing.abi.Pack("subscribe", assets, minUnitsOut)
}

// UnpackSubscribe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84370813.
//
// Solidity: function subscribe(uint256 assets, uint256 minUnitsOut) returns(uint256 units)
func (dealing *Dealing) UnpackSubscribe(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("subscribe", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dealing *Dealing) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dealing.abi.Pack("supportsInterface", interfaceId)
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
func (dealing *Dealing) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dealing.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dealing *Dealing) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dealing.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (dealing *Dealing) PackTotalAssets() []byte {
	enc, err := dealing.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (dealing *Dealing) TryPackTotalAssets() ([]byte, error) {
	return dealing.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (dealing *Dealing) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("totalAssets", data)
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
func (dealing *Dealing) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := dealing.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (dealing *Dealing) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return dealing.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVoidDay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa3afb2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voidDay(uint64 cutoff, uint80 firstRound) returns()
func (dealing *Dealing) PackVoidDay(cutoff uint64, firstRound *big.Int) []byte {
	enc, err := dealing.abi.Pack("voidDay", cutoff, firstRound)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoidDay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa3afb2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voidDay(uint64 cutoff, uint80 firstRound) returns()
func (dealing *Dealing) TryPackVoidDay(cutoff uint64, firstRound *big.Int) ([]byte, error) {
	return dealing.abi.Pack("voidDay", cutoff, firstRound)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (dealing *Dealing) PackWithdraw(assets *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := dealing.abi.Pack("withdraw", assets, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (dealing *Dealing) TryPackWithdraw(assets *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return dealing.abi.Pack("withdraw", assets, receiver, controller)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (dealing *Dealing) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x164e68de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFees(address to) returns(uint256)
func (dealing *Dealing) PackWithdrawFees(to common.Address) []byte {
	enc, err := dealing.abi.Pack("withdrawFees", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x164e68de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFees(address to) returns(uint256)
func (dealing *Dealing) TryPackWithdrawFees(to common.Address) ([]byte, error) {
	return dealing.abi.Pack("withdrawFees", to)
}

// UnpackWithdrawFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x164e68de.
//
// Solidity: function withdrawFees(address to) returns(uint256)
func (dealing *Dealing) UnpackWithdrawFees(data []byte) (*big.Int, error) {
	out, err := dealing.abi.Unpack("withdrawFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc13f31a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawReserve(uint256 amount, address to) returns()
func (dealing *Dealing) PackWithdrawReserve(amount *big.Int, to common.Address) []byte {
	enc, err := dealing.abi.Pack("withdrawReserve", amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc13f31a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawReserve(uint256 amount, address to) returns()
func (dealing *Dealing) TryPackWithdrawReserve(amount *big.Int, to common.Address) ([]byte, error) {
	return dealing.abi.Pack("withdrawReserve", amount, to)
}

// DealingCancelDepositClaim represents a CancelDepositClaim event raised by the Dealing contract.
type DealingCancelDepositClaim struct {
	Controller common.Address
	Receiver   common.Address
	RequestId  *big.Int
	Sender     common.Address
	Assets     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingCancelDepositClaimEventName = "CancelDepositClaim"

// ContractEventName returns the user-defined event name.
func (DealingCancelDepositClaim) ContractEventName() string {
	return DealingCancelDepositClaimEventName
}

// UnpackCancelDepositClaimEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelDepositClaim(address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 assets)
func (dealing *Dealing) UnpackCancelDepositClaimEvent(log *types.Log) (*DealingCancelDepositClaim, error) {
	event := "CancelDepositClaim"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingCancelDepositClaim)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingCancelDepositRequest represents a CancelDepositRequest event raised by the Dealing contract.
type DealingCancelDepositRequest struct {
	Controller common.Address
	RequestId  *big.Int
	Sender     common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingCancelDepositRequestEventName = "CancelDepositRequest"

// ContractEventName returns the user-defined event name.
func (DealingCancelDepositRequest) ContractEventName() string {
	return DealingCancelDepositRequestEventName
}

// UnpackCancelDepositRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelDepositRequest(address indexed controller, uint256 indexed requestId, address sender)
func (dealing *Dealing) UnpackCancelDepositRequestEvent(log *types.Log) (*DealingCancelDepositRequest, error) {
	event := "CancelDepositRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingCancelDepositRequest)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingCancelRedeemClaim represents a CancelRedeemClaim event raised by the Dealing contract.
type DealingCancelRedeemClaim struct {
	Controller common.Address
	Receiver   common.Address
	RequestId  *big.Int
	Sender     common.Address
	Shares     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingCancelRedeemClaimEventName = "CancelRedeemClaim"

// ContractEventName returns the user-defined event name.
func (DealingCancelRedeemClaim) ContractEventName() string {
	return DealingCancelRedeemClaimEventName
}

// UnpackCancelRedeemClaimEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelRedeemClaim(address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 shares)
func (dealing *Dealing) UnpackCancelRedeemClaimEvent(log *types.Log) (*DealingCancelRedeemClaim, error) {
	event := "CancelRedeemClaim"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingCancelRedeemClaim)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingCancelRedeemRequest represents a CancelRedeemRequest event raised by the Dealing contract.
type DealingCancelRedeemRequest struct {
	Controller common.Address
	RequestId  *big.Int
	Sender     common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingCancelRedeemRequestEventName = "CancelRedeemRequest"

// ContractEventName returns the user-defined event name.
func (DealingCancelRedeemRequest) ContractEventName() string {
	return DealingCancelRedeemRequestEventName
}

// UnpackCancelRedeemRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelRedeemRequest(address indexed controller, uint256 indexed requestId, address sender)
func (dealing *Dealing) UnpackCancelRedeemRequestEvent(log *types.Log) (*DealingCancelRedeemRequest, error) {
	event := "CancelRedeemRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingCancelRedeemRequest)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingConfigSet represents a ConfigSet event raised by the Dealing contract.
type DealingConfigSet struct {
	Config DealingConfig
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingConfigSetEventName = "ConfigSet"

// ContractEventName returns the user-defined event name.
func (DealingConfigSet) ContractEventName() string {
	return DealingConfigSetEventName
}

// UnpackConfigSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigSet((uint8,uint16,uint32,uint128,uint128,uint128,uint128) config)
func (dealing *Dealing) UnpackConfigSetEvent(log *types.Log) (*DealingConfigSet, error) {
	event := "ConfigSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingConfigSet)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingCutoffPublished represents a CutoffPublished event raised by the Dealing contract.
type DealingCutoffPublished struct {
	Cutoff uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingCutoffPublishedEventName = "CutoffPublished"

// ContractEventName returns the user-defined event name.
func (DealingCutoffPublished) ContractEventName() string {
	return DealingCutoffPublishedEventName
}

// UnpackCutoffPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CutoffPublished(uint64 cutoff)
func (dealing *Dealing) UnpackCutoffPublishedEvent(log *types.Log) (*DealingCutoffPublished, error) {
	event := "CutoffPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingCutoffPublished)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingDayPriced represents a DayPriced event raised by the Dealing contract.
type DealingDayPriced struct {
	Cutoff  uint64
	RoundId *big.Int
	Nav     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DealingDayPricedEventName = "DayPriced"

// ContractEventName returns the user-defined event name.
func (DealingDayPriced) ContractEventName() string {
	return DealingDayPricedEventName
}

// UnpackDayPricedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DayPriced(uint64 indexed cutoff, uint80 indexed roundId, int256 nav)
func (dealing *Dealing) UnpackDayPricedEvent(log *types.Log) (*DealingDayPriced, error) {
	event := "DayPriced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingDayPriced)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingDayVoided represents a DayVoided event raised by the Dealing contract.
type DealingDayVoided struct {
	Cutoff uint64
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingDayVoidedEventName = "DayVoided"

// ContractEventName returns the user-defined event name.
func (DealingDayVoided) ContractEventName() string {
	return DealingDayVoidedEventName
}

// UnpackDayVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DayVoided(uint64 indexed cutoff, address indexed by)
func (dealing *Dealing) UnpackDayVoidedEvent(log *types.Log) (*DealingDayVoided, error) {
	event := "DayVoided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingDayVoided)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingDeposit represents a Deposit event raised by the Dealing contract.
type DealingDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (DealingDeposit) ContractEventName() string {
	return DealingDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (dealing *Dealing) UnpackDepositEvent(log *types.Log) (*DealingDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingDeposit)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingDepositFulfilled represents a DepositFulfilled event raised by the Dealing contract.
type DealingDepositFulfilled struct {
	RequestId  *big.Int
	Controller common.Address
	Cutoff     uint64
	RoundId    *big.Int
	Assets     *big.Int
	Shares     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingDepositFulfilledEventName = "DepositFulfilled"

// ContractEventName returns the user-defined event name.
func (DealingDepositFulfilled) ContractEventName() string {
	return DealingDepositFulfilledEventName
}

// UnpackDepositFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositFulfilled(uint256 indexed requestId, address indexed controller, uint64 cutoff, uint80 roundId, uint256 assets, uint256 shares)
func (dealing *Dealing) UnpackDepositFulfilledEvent(log *types.Log) (*DealingDepositFulfilled, error) {
	event := "DepositFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingDepositFulfilled)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingDepositRequest represents a DepositRequest event raised by the Dealing contract.
type DealingDepositRequest struct {
	Controller common.Address
	Owner      common.Address
	RequestId  *big.Int
	Sender     common.Address
	Assets     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingDepositRequestEventName = "DepositRequest"

// ContractEventName returns the user-defined event name.
func (DealingDepositRequest) ContractEventName() string {
	return DealingDepositRequestEventName
}

// UnpackDepositRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositRequest(address indexed controller, address indexed owner, uint256 indexed requestId, address sender, uint256 assets)
func (dealing *Dealing) UnpackDepositRequestEvent(log *types.Log) (*DealingDepositRequest, error) {
	event := "DepositRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingDepositRequest)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingFeesWithdrawn represents a FeesWithdrawn event raised by the Dealing contract.
type DealingFeesWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingFeesWithdrawnEventName = "FeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (DealingFeesWithdrawn) ContractEventName() string {
	return DealingFeesWithdrawnEventName
}

// UnpackFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesWithdrawn(address indexed to, uint256 amount)
func (dealing *Dealing) UnpackFeesWithdrawnEvent(log *types.Log) (*DealingFeesWithdrawn, error) {
	event := "FeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingInitialized represents a Initialized event raised by the Dealing contract.
type DealingInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const DealingInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DealingInitialized) ContractEventName() string {
	return DealingInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (dealing *Dealing) UnpackInitializedEvent(log *types.Log) (*DealingInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingInitialized)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingOperatorSet represents a OperatorSet event raised by the Dealing contract.
type DealingOperatorSet struct {
	Controller common.Address
	Operator   common.Address
	Approved   bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingOperatorSetEventName = "OperatorSet"

// ContractEventName returns the user-defined event name.
func (DealingOperatorSet) ContractEventName() string {
	return DealingOperatorSetEventName
}

// UnpackOperatorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSet(address indexed controller, address indexed operator, bool approved)
func (dealing *Dealing) UnpackOperatorSetEvent(log *types.Log) (*DealingOperatorSet, error) {
	event := "OperatorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingOperatorSet)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingPaymentConfirmed represents a PaymentConfirmed event raised by the Dealing contract.
type DealingPaymentConfirmed struct {
	RequestId *big.Int
	Ref       [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingPaymentConfirmedEventName = "PaymentConfirmed"

// ContractEventName returns the user-defined event name.
func (DealingPaymentConfirmed) ContractEventName() string {
	return DealingPaymentConfirmedEventName
}

// UnpackPaymentConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentConfirmed(uint256 indexed requestId, bytes32 ref)
func (dealing *Dealing) UnpackPaymentConfirmedEvent(log *types.Log) (*DealingPaymentConfirmed, error) {
	event := "PaymentConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingPaymentConfirmed)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingPayoutConfirmed represents a PayoutConfirmed event raised by the Dealing contract.
type DealingPayoutConfirmed struct {
	RequestId *big.Int
	Ref       [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingPayoutConfirmedEventName = "PayoutConfirmed"

// ContractEventName returns the user-defined event name.
func (DealingPayoutConfirmed) ContractEventName() string {
	return DealingPayoutConfirmedEventName
}

// UnpackPayoutConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutConfirmed(uint256 indexed requestId, bytes32 ref)
func (dealing *Dealing) UnpackPayoutConfirmedEvent(log *types.Log) (*DealingPayoutConfirmed, error) {
	event := "PayoutConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingPayoutConfirmed)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRateLimitSet represents a RateLimitSet event raised by the Dealing contract.
type DealingRateLimitSet struct {
	Direction           uint8
	GlobalCapacity      *big.Int
	PerInvestorCapacity *big.Int
	Window              uint32
	Raw                 *types.Log // Blockchain specific contextual infos
}

const DealingRateLimitSetEventName = "RateLimitSet"

// ContractEventName returns the user-defined event name.
func (DealingRateLimitSet) ContractEventName() string {
	return DealingRateLimitSetEventName
}

// UnpackRateLimitSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RateLimitSet(uint8 indexed direction, uint128 globalCapacity, uint128 perInvestorCapacity, uint32 window)
func (dealing *Dealing) UnpackRateLimitSetEvent(log *types.Log) (*DealingRateLimitSet, error) {
	event := "RateLimitSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRateLimitSet)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRedeemFulfilled represents a RedeemFulfilled event raised by the Dealing contract.
type DealingRedeemFulfilled struct {
	RequestId  *big.Int
	Controller common.Address
	Cutoff     uint64
	RoundId    *big.Int
	Shares     *big.Int
	Assets     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingRedeemFulfilledEventName = "RedeemFulfilled"

// ContractEventName returns the user-defined event name.
func (DealingRedeemFulfilled) ContractEventName() string {
	return DealingRedeemFulfilledEventName
}

// UnpackRedeemFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RedeemFulfilled(uint256 indexed requestId, address indexed controller, uint64 cutoff, uint80 roundId, uint256 shares, uint256 assets)
func (dealing *Dealing) UnpackRedeemFulfilledEvent(log *types.Log) (*DealingRedeemFulfilled, error) {
	event := "RedeemFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRedeemFulfilled)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRedeemRequest represents a RedeemRequest event raised by the Dealing contract.
type DealingRedeemRequest struct {
	Controller common.Address
	Owner      common.Address
	RequestId  *big.Int
	Sender     common.Address
	Shares     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DealingRedeemRequestEventName = "RedeemRequest"

// ContractEventName returns the user-defined event name.
func (DealingRedeemRequest) ContractEventName() string {
	return DealingRedeemRequestEventName
}

// UnpackRedeemRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RedeemRequest(address indexed controller, address indexed owner, uint256 indexed requestId, address sender, uint256 shares)
func (dealing *Dealing) UnpackRedeemRequestEvent(log *types.Log) (*DealingRedeemRequest, error) {
	event := "RedeemRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRedeemRequest)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRedeemedInstant represents a RedeemedInstant event raised by the Dealing contract.
type DealingRedeemedInstant struct {
	Investor common.Address
	RoundId  *big.Int
	Units    *big.Int
	Fee      *big.Int
	Assets   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DealingRedeemedInstantEventName = "RedeemedInstant"

// ContractEventName returns the user-defined event name.
func (DealingRedeemedInstant) ContractEventName() string {
	return DealingRedeemedInstantEventName
}

// UnpackRedeemedInstantEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RedeemedInstant(address indexed investor, uint80 roundId, uint256 units, uint256 fee, uint256 assets)
func (dealing *Dealing) UnpackRedeemedInstantEvent(log *types.Log) (*DealingRedeemedInstant, error) {
	event := "RedeemedInstant"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRedeemedInstant)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRequestCutoff represents a RequestCutoff event raised by the Dealing contract.
type DealingRequestCutoff struct {
	RequestId *big.Int
	Cutoff    uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingRequestCutoffEventName = "RequestCutoff"

// ContractEventName returns the user-defined event name.
func (DealingRequestCutoff) ContractEventName() string {
	return DealingRequestCutoffEventName
}

// UnpackRequestCutoffEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestCutoff(uint256 indexed requestId, uint64 cutoff)
func (dealing *Dealing) UnpackRequestCutoffEvent(log *types.Log) (*DealingRequestCutoff, error) {
	event := "RequestCutoff"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRequestCutoff)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRequestRejected represents a RequestRejected event raised by the Dealing contract.
type DealingRequestRejected struct {
	RequestId *big.Int
	Code      uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingRequestRejectedEventName = "RequestRejected"

// ContractEventName returns the user-defined event name.
func (DealingRequestRejected) ContractEventName() string {
	return DealingRequestRejectedEventName
}

// UnpackRequestRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestRejected(uint256 indexed requestId, uint8 code)
func (dealing *Dealing) UnpackRequestRejectedEvent(log *types.Log) (*DealingRequestRejected, error) {
	event := "RequestRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRequestRejected)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingReserveFunded represents a ReserveFunded event raised by the Dealing contract.
type DealingReserveFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingReserveFundedEventName = "ReserveFunded"

// ContractEventName returns the user-defined event name.
func (DealingReserveFunded) ContractEventName() string {
	return DealingReserveFundedEventName
}

// UnpackReserveFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFunded(address indexed from, uint256 amount)
func (dealing *Dealing) UnpackReserveFundedEvent(log *types.Log) (*DealingReserveFunded, error) {
	event := "ReserveFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingReserveFunded)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingReserveWithdrawn represents a ReserveWithdrawn event raised by the Dealing contract.
type DealingReserveWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DealingReserveWithdrawnEventName = "ReserveWithdrawn"

// ContractEventName returns the user-defined event name.
func (DealingReserveWithdrawn) ContractEventName() string {
	return DealingReserveWithdrawnEventName
}

// UnpackReserveWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveWithdrawn(address indexed to, uint256 amount)
func (dealing *Dealing) UnpackReserveWithdrawnEvent(log *types.Log) (*DealingReserveWithdrawn, error) {
	event := "ReserveWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingReserveWithdrawn)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRoleAdminChanged represents a RoleAdminChanged event raised by the Dealing contract.
type DealingRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DealingRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DealingRoleAdminChanged) ContractEventName() string {
	return DealingRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dealing *Dealing) UnpackRoleAdminChangedEvent(log *types.Log) (*DealingRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRoleGranted represents a RoleGranted event raised by the Dealing contract.
type DealingRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DealingRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DealingRoleGranted) ContractEventName() string {
	return DealingRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dealing *Dealing) UnpackRoleGrantedEvent(log *types.Log) (*DealingRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRoleGranted)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingRoleRevoked represents a RoleRevoked event raised by the Dealing contract.
type DealingRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DealingRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DealingRoleRevoked) ContractEventName() string {
	return DealingRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dealing *Dealing) UnpackRoleRevokedEvent(log *types.Log) (*DealingRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingRoleRevoked)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingSubscribed represents a Subscribed event raised by the Dealing contract.
type DealingSubscribed struct {
	Investor common.Address
	RoundId  *big.Int
	Assets   *big.Int
	Fee      *big.Int
	Units    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DealingSubscribedEventName = "Subscribed"

// ContractEventName returns the user-defined event name.
func (DealingSubscribed) ContractEventName() string {
	return DealingSubscribedEventName
}

// UnpackSubscribedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Subscribed(address indexed investor, uint80 roundId, uint256 assets, uint256 fee, uint256 units)
func (dealing *Dealing) UnpackSubscribedEvent(log *types.Log) (*DealingSubscribed, error) {
	event := "Subscribed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingSubscribed)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingUpgraded represents a Upgraded event raised by the Dealing contract.
type DealingUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const DealingUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (DealingUpgraded) ContractEventName() string {
	return DealingUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (dealing *Dealing) UnpackUpgradedEvent(log *types.Log) (*DealingUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingUpgraded)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingWireRequest represents a WireRequest event raised by the Dealing contract.
type DealingWireRequest struct {
	RequestId *big.Int
	Ref       [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DealingWireRequestEventName = "WireRequest"

// ContractEventName returns the user-defined event name.
func (DealingWireRequest) ContractEventName() string {
	return DealingWireRequestEventName
}

// UnpackWireRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WireRequest(uint256 indexed requestId, bytes32 ref)
func (dealing *Dealing) UnpackWireRequestEvent(log *types.Log) (*DealingWireRequest, error) {
	event := "WireRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingWireRequest)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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

// DealingWithdraw represents a Withdraw event raised by the Dealing contract.
type DealingWithdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DealingWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (DealingWithdraw) ContractEventName() string {
	return DealingWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (dealing *Dealing) UnpackWithdrawEvent(log *types.Log) (*DealingWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dealing.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DealingWithdraw)
	if len(log.Data) > 0 {
		if err := dealing.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dealing.abi.Events[event].Inputs {
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
func (dealing *Dealing) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dealing.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dealing.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dealing.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return dealing.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["AlreadyConfirmed"].ID.Bytes()[:4]) {
		return dealing.UnpackAlreadyConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return dealing.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["AsyncFlow"].ID.Bytes()[:4]) {
		return dealing.UnpackAsyncFlowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["CutoffPassed"].ID.Bytes()[:4]) {
		return dealing.UnpackCutoffPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["DayVoid"].ID.Bytes()[:4]) {
		return dealing.UnpackDayVoidError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return dealing.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return dealing.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["ExceedsClaimable"].ID.Bytes()[:4]) {
		return dealing.UnpackExceedsClaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return dealing.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["FeeAboveCap"].ID.Bytes()[:4]) {
		return dealing.UnpackFeeAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["InsufficientReserve"].ID.Bytes()[:4]) {
		return dealing.UnpackInsufficientReserveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["InvalidAddress"].ID.Bytes()[:4]) {
		return dealing.UnpackInvalidAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return dealing.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["InvalidCutoff"].ID.Bytes()[:4]) {
		return dealing.UnpackInvalidCutoffError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return dealing.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["InvalidRateLimit"].ID.Bytes()[:4]) {
		return dealing.UnpackInvalidRateLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return dealing.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["ModeClosed"].ID.Bytes()[:4]) {
		return dealing.UnpackModeClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NavOutOfBounds"].ID.Bytes()[:4]) {
		return dealing.UnpackNavOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NavPaused"].ID.Bytes()[:4]) {
		return dealing.UnpackNavPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NavStale"].ID.Bytes()[:4]) {
		return dealing.UnpackNavStaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NoCutoff"].ID.Bytes()[:4]) {
		return dealing.UnpackNoCutoffError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NoNav"].ID.Bytes()[:4]) {
		return dealing.UnpackNoNavError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NotAfterCutoff"].ID.Bytes()[:4]) {
		return dealing.UnpackNotAfterCutoffError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NotClaimable"].ID.Bytes()[:4]) {
		return dealing.UnpackNotClaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return dealing.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NotPaid"].ID.Bytes()[:4]) {
		return dealing.UnpackNotPaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return dealing.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NotVoidable"].ID.Bytes()[:4]) {
		return dealing.UnpackNotVoidableError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["NotWire"].ID.Bytes()[:4]) {
		return dealing.UnpackNotWireError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return dealing.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["ReceiverNotOwner"].ID.Bytes()[:4]) {
		return dealing.UnpackReceiverNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dealing.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["Slippage"].ID.Bytes()[:4]) {
		return dealing.UnpackSlippageError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["TicketTooLarge"].ID.Bytes()[:4]) {
		return dealing.UnpackTicketTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["TicketTooSmall"].ID.Bytes()[:4]) {
		return dealing.UnpackTicketTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return dealing.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return dealing.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return dealing.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return dealing.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["WrongController"].ID.Bytes()[:4]) {
		return dealing.UnpackWrongControllerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["WrongCutoff"].ID.Bytes()[:4]) {
		return dealing.UnpackWrongCutoffError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["WrongKind"].ID.Bytes()[:4]) {
		return dealing.UnpackWrongKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealing.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return dealing.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DealingAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Dealing contract.
type DealingAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DealingAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dealing *Dealing) UnpackAccessControlBadConfirmationError(raw []byte) (*DealingAccessControlBadConfirmation, error) {
	out := new(DealingAccessControlBadConfirmation)
	if err := dealing.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Dealing contract.
type DealingAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DealingAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dealing *Dealing) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DealingAccessControlUnauthorizedAccount, error) {
	out := new(DealingAccessControlUnauthorizedAccount)
	if err := dealing.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingAddressEmptyCode represents a AddressEmptyCode error raised by the Dealing contract.
type DealingAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func DealingAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (dealing *Dealing) UnpackAddressEmptyCodeError(raw []byte) (*DealingAddressEmptyCode, error) {
	out := new(DealingAddressEmptyCode)
	if err := dealing.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingAlreadyConfirmed represents a AlreadyConfirmed error raised by the Dealing contract.
type DealingAlreadyConfirmed struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyConfirmed(uint256 requestId)
func DealingAlreadyConfirmedErrorID() common.Hash {
	return common.HexToHash("0xa614b7ff106084eae2bd0a709b028f143d349daf7544f481272866f409645c0a")
}

// UnpackAlreadyConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyConfirmed(uint256 requestId)
func (dealing *Dealing) UnpackAlreadyConfirmedError(raw []byte) (*DealingAlreadyConfirmed, error) {
	out := new(DealingAlreadyConfirmed)
	if err := dealing.abi.UnpackIntoInterface(out, "AlreadyConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingAmountOverflow represents a AmountOverflow error raised by the Dealing contract.
type DealingAmountOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow()
func DealingAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x0590fb9fd7fafa6ed96a184a49c94e739017029af0913ebb670bcdcf7b84d7e5")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow()
func (dealing *Dealing) UnpackAmountOverflowError(raw []byte) (*DealingAmountOverflow, error) {
	out := new(DealingAmountOverflow)
	if err := dealing.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingAsyncFlow represents a AsyncFlow error raised by the Dealing contract.
type DealingAsyncFlow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AsyncFlow()
func DealingAsyncFlowErrorID() common.Hash {
	return common.HexToHash("0xcc8cdb13a8772ef24007e9e2d2761dc9512bb207fa65a781c6651bbd9b335cd0")
}

// UnpackAsyncFlowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AsyncFlow()
func (dealing *Dealing) UnpackAsyncFlowError(raw []byte) (*DealingAsyncFlow, error) {
	out := new(DealingAsyncFlow)
	if err := dealing.abi.UnpackIntoInterface(out, "AsyncFlow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingCutoffPassed represents a CutoffPassed error raised by the Dealing contract.
type DealingCutoffPassed struct {
	RequestId *big.Int
	Cutoff    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CutoffPassed(uint256 requestId, uint64 cutoff)
func DealingCutoffPassedErrorID() common.Hash {
	return common.HexToHash("0xae5715ec92668534245b5fd6d467a089d33198ce8092a97f09d8d2d20d9584c0")
}

// UnpackCutoffPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CutoffPassed(uint256 requestId, uint64 cutoff)
func (dealing *Dealing) UnpackCutoffPassedError(raw []byte) (*DealingCutoffPassed, error) {
	out := new(DealingCutoffPassed)
	if err := dealing.abi.UnpackIntoInterface(out, "CutoffPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingDayVoid represents a DayVoid error raised by the Dealing contract.
type DealingDayVoid struct {
	Cutoff uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DayVoid(uint64 cutoff)
func DealingDayVoidErrorID() common.Hash {
	return common.HexToHash("0x461e329c14b255d69b177130a23e19c6396d4bfcdbea9f511a44cbca2b343160")
}

// UnpackDayVoidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DayVoid(uint64 cutoff)
func (dealing *Dealing) UnpackDayVoidError(raw []byte) (*DealingDayVoid, error) {
	out := new(DealingDayVoid)
	if err := dealing.abi.UnpackIntoInterface(out, "DayVoid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the Dealing contract.
type DealingERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func DealingERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (dealing *Dealing) UnpackERC1967InvalidImplementationError(raw []byte) (*DealingERC1967InvalidImplementation, error) {
	out := new(DealingERC1967InvalidImplementation)
	if err := dealing.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingERC1967NonPayable represents a ERC1967NonPayable error raised by the Dealing contract.
type DealingERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func DealingERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (dealing *Dealing) UnpackERC1967NonPayableError(raw []byte) (*DealingERC1967NonPayable, error) {
	out := new(DealingERC1967NonPayable)
	if err := dealing.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingExceedsClaimable represents a ExceedsClaimable error raised by the Dealing contract.
type DealingExceedsClaimable struct {
	Amount    *big.Int
	Claimable *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsClaimable(uint256 amount, uint256 claimable)
func DealingExceedsClaimableErrorID() common.Hash {
	return common.HexToHash("0x0dc2dca4e129ebf5908da3d13f88bfc62d50201e0477a5fcfc57e82f4667cce7")
}

// UnpackExceedsClaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsClaimable(uint256 amount, uint256 claimable)
func (dealing *Dealing) UnpackExceedsClaimableError(raw []byte) (*DealingExceedsClaimable, error) {
	out := new(DealingExceedsClaimable)
	if err := dealing.abi.UnpackIntoInterface(out, "ExceedsClaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingFailedCall represents a FailedCall error raised by the Dealing contract.
type DealingFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func DealingFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (dealing *Dealing) UnpackFailedCallError(raw []byte) (*DealingFailedCall, error) {
	out := new(DealingFailedCall)
	if err := dealing.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingFeeAboveCap represents a FeeAboveCap error raised by the Dealing contract.
type DealingFeeAboveCap struct {
	FeeBps uint16
	Cap    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 cap)
func DealingFeeAboveCapErrorID() common.Hash {
	return common.HexToHash("0x5ccbf4a5ae5145f422bfe1c04725b5e32466948d67befa7c855f7b4fb9997043")
}

// UnpackFeeAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAboveCap(uint16 feeBps, uint16 cap)
func (dealing *Dealing) UnpackFeeAboveCapError(raw []byte) (*DealingFeeAboveCap, error) {
	out := new(DealingFeeAboveCap)
	if err := dealing.abi.UnpackIntoInterface(out, "FeeAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingInsufficientReserve represents a InsufficientReserve error raised by the Dealing contract.
type DealingInsufficientReserve struct {
	Needed  *big.Int
	Reserve *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientReserve(uint256 needed, uint256 reserve)
func DealingInsufficientReserveErrorID() common.Hash {
	return common.HexToHash("0x315276c95df83f9bf0b5451466839985e62391f3f31e046aeb26e5cfc49ecc78")
}

// UnpackInsufficientReserveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientReserve(uint256 needed, uint256 reserve)
func (dealing *Dealing) UnpackInsufficientReserveError(raw []byte) (*DealingInsufficientReserve, error) {
	out := new(DealingInsufficientReserve)
	if err := dealing.abi.UnpackIntoInterface(out, "InsufficientReserve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingInvalidAddress represents a InvalidAddress error raised by the Dealing contract.
type DealingInvalidAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAddress()
func DealingInvalidAddressErrorID() common.Hash {
	return common.HexToHash("0xe6c4247b90bd06996a32d386bb770af9c0018dd1b0ebbb2df2c4499f1eda7b16")
}

// UnpackInvalidAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAddress()
func (dealing *Dealing) UnpackInvalidAddressError(raw []byte) (*DealingInvalidAddress, error) {
	out := new(DealingInvalidAddress)
	if err := dealing.abi.UnpackIntoInterface(out, "InvalidAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingInvalidConfig represents a InvalidConfig error raised by the Dealing contract.
type DealingInvalidConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig()
func DealingInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x35be3ac88eaaf385e6b33d44d849a44bdc3ae215676d5d7e0194dfe20d80c66e")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig()
func (dealing *Dealing) UnpackInvalidConfigError(raw []byte) (*DealingInvalidConfig, error) {
	out := new(DealingInvalidConfig)
	if err := dealing.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingInvalidCutoff represents a InvalidCutoff error raised by the Dealing contract.
type DealingInvalidCutoff struct {
	Cutoff uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCutoff(uint64 cutoff)
func DealingInvalidCutoffErrorID() common.Hash {
	return common.HexToHash("0xaded6c338fe31a406854150956a0ed9bad4e16d4cfb1251e0fc42b0f98fbe183")
}

// UnpackInvalidCutoffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCutoff(uint64 cutoff)
func (dealing *Dealing) UnpackInvalidCutoffError(raw []byte) (*DealingInvalidCutoff, error) {
	out := new(DealingInvalidCutoff)
	if err := dealing.abi.UnpackIntoInterface(out, "InvalidCutoff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingInvalidInitialization represents a InvalidInitialization error raised by the Dealing contract.
type DealingInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func DealingInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (dealing *Dealing) UnpackInvalidInitializationError(raw []byte) (*DealingInvalidInitialization, error) {
	out := new(DealingInvalidInitialization)
	if err := dealing.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingInvalidRateLimit represents a InvalidRateLimit error raised by the Dealing contract.
type DealingInvalidRateLimit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRateLimit()
func DealingInvalidRateLimitErrorID() common.Hash {
	return common.HexToHash("0xeb0b7421c6d5c4d53d52c4661141dc8407436a50f52b4946336593f5d19c1dc3")
}

// UnpackInvalidRateLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRateLimit()
func (dealing *Dealing) UnpackInvalidRateLimitError(raw []byte) (*DealingInvalidRateLimit, error) {
	out := new(DealingInvalidRateLimit)
	if err := dealing.abi.UnpackIntoInterface(out, "InvalidRateLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingInvalidUpgrader represents a InvalidUpgrader error raised by the Dealing contract.
type DealingInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func DealingInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (dealing *Dealing) UnpackInvalidUpgraderError(raw []byte) (*DealingInvalidUpgrader, error) {
	out := new(DealingInvalidUpgrader)
	if err := dealing.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingModeClosed represents a ModeClosed error raised by the Dealing contract.
type DealingModeClosed struct {
	Mode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModeClosed(uint8 mode)
func DealingModeClosedErrorID() common.Hash {
	return common.HexToHash("0xb75b15efa55371e8d9d2a6d1757bfaf394fb553fe73a4a3b268aeb23f5afefdf")
}

// UnpackModeClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModeClosed(uint8 mode)
func (dealing *Dealing) UnpackModeClosedError(raw []byte) (*DealingModeClosed, error) {
	out := new(DealingModeClosed)
	if err := dealing.abi.UnpackIntoInterface(out, "ModeClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNavOutOfBounds represents a NavOutOfBounds error raised by the Dealing contract.
type DealingNavOutOfBounds struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NavOutOfBounds(int256 answer)
func DealingNavOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xebeb41a3f168a0829fbe58ecd2caefabb4b31940aeac145e386a000aa23287de")
}

// UnpackNavOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NavOutOfBounds(int256 answer)
func (dealing *Dealing) UnpackNavOutOfBoundsError(raw []byte) (*DealingNavOutOfBounds, error) {
	out := new(DealingNavOutOfBounds)
	if err := dealing.abi.UnpackIntoInterface(out, "NavOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNavPaused represents a NavPaused error raised by the Dealing contract.
type DealingNavPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NavPaused()
func DealingNavPausedErrorID() common.Hash {
	return common.HexToHash("0xeb69f044994bd5b4fc18808126257d0066bad12f66286b44ea81cf3d26e63497")
}

// UnpackNavPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NavPaused()
func (dealing *Dealing) UnpackNavPausedError(raw []byte) (*DealingNavPaused, error) {
	out := new(DealingNavPaused)
	if err := dealing.abi.UnpackIntoInterface(out, "NavPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNavStale represents a NavStale error raised by the Dealing contract.
type DealingNavStale struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NavStale(uint80 roundId)
func DealingNavStaleErrorID() common.Hash {
	return common.HexToHash("0x3452aba29601a8f287ad1654b8a80e714d81b646a32313e741500a12a0ff419d")
}

// UnpackNavStaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NavStale(uint80 roundId)
func (dealing *Dealing) UnpackNavStaleError(raw []byte) (*DealingNavStale, error) {
	out := new(DealingNavStale)
	if err := dealing.abi.UnpackIntoInterface(out, "NavStale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNoCutoff represents a NoCutoff error raised by the Dealing contract.
type DealingNoCutoff struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCutoff()
func DealingNoCutoffErrorID() common.Hash {
	return common.HexToHash("0xecabe218f6f8adbb2e51e315571e599ed60bcf9e79ee684a6c762ef705cb3ef4")
}

// UnpackNoCutoffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCutoff()
func (dealing *Dealing) UnpackNoCutoffError(raw []byte) (*DealingNoCutoff, error) {
	out := new(DealingNoCutoff)
	if err := dealing.abi.UnpackIntoInterface(out, "NoCutoff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNoNav represents a NoNav error raised by the Dealing contract.
type DealingNoNav struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoNav()
func DealingNoNavErrorID() common.Hash {
	return common.HexToHash("0xc472ada8f9d04a0b70c5902bb05ac927c171f91daa043e41c396b12188303968")
}

// UnpackNoNavError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoNav()
func (dealing *Dealing) UnpackNoNavError(raw []byte) (*DealingNoNav, error) {
	out := new(DealingNoNav)
	if err := dealing.abi.UnpackIntoInterface(out, "NoNav", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNotAfterCutoff represents a NotAfterCutoff error raised by the Dealing contract.
type DealingNotAfterCutoff struct {
	Cutoff uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAfterCutoff(uint64 cutoff)
func DealingNotAfterCutoffErrorID() common.Hash {
	return common.HexToHash("0x1d2fe651b2bc890e49ed49c8b183774a8db6c6b0affed5fc11ea8ba95b1d2a3a")
}

// UnpackNotAfterCutoffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAfterCutoff(uint64 cutoff)
func (dealing *Dealing) UnpackNotAfterCutoffError(raw []byte) (*DealingNotAfterCutoff, error) {
	out := new(DealingNotAfterCutoff)
	if err := dealing.abi.UnpackIntoInterface(out, "NotAfterCutoff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNotClaimable represents a NotClaimable error raised by the Dealing contract.
type DealingNotClaimable struct {
	RequestId *big.Int
	State     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClaimable(uint256 requestId, uint8 state)
func DealingNotClaimableErrorID() common.Hash {
	return common.HexToHash("0xadf7c445cd7167b889aba3fcc421bcc4e7466ad0062b038a1546308732c3a347")
}

// UnpackNotClaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClaimable(uint256 requestId, uint8 state)
func (dealing *Dealing) UnpackNotClaimableError(raw []byte) (*DealingNotClaimable, error) {
	out := new(DealingNotClaimable)
	if err := dealing.abi.UnpackIntoInterface(out, "NotClaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNotInitializing represents a NotInitializing error raised by the Dealing contract.
type DealingNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func DealingNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (dealing *Dealing) UnpackNotInitializingError(raw []byte) (*DealingNotInitializing, error) {
	out := new(DealingNotInitializing)
	if err := dealing.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNotPaid represents a NotPaid error raised by the Dealing contract.
type DealingNotPaid struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPaid(uint256 requestId)
func DealingNotPaidErrorID() common.Hash {
	return common.HexToHash("0x285f1c2f2ba95b8927b1777de4b71644ba37f75a0740a5a709e993a9e5c91040")
}

// UnpackNotPaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPaid(uint256 requestId)
func (dealing *Dealing) UnpackNotPaidError(raw []byte) (*DealingNotPaid, error) {
	out := new(DealingNotPaid)
	if err := dealing.abi.UnpackIntoInterface(out, "NotPaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNotPending represents a NotPending error raised by the Dealing contract.
type DealingNotPending struct {
	RequestId *big.Int
	State     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 requestId, uint8 state)
func DealingNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 requestId, uint8 state)
func (dealing *Dealing) UnpackNotPendingError(raw []byte) (*DealingNotPending, error) {
	out := new(DealingNotPending)
	if err := dealing.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNotVoidable represents a NotVoidable error raised by the Dealing contract.
type DealingNotVoidable struct {
	Cutoff uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVoidable(uint64 cutoff)
func DealingNotVoidableErrorID() common.Hash {
	return common.HexToHash("0x665e1d8319423da5f42947dc9ca72fb7b054d60e649aa8c43635d6caf049d648")
}

// UnpackNotVoidableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVoidable(uint64 cutoff)
func (dealing *Dealing) UnpackNotVoidableError(raw []byte) (*DealingNotVoidable, error) {
	out := new(DealingNotVoidable)
	if err := dealing.abi.UnpackIntoInterface(out, "NotVoidable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingNotWire represents a NotWire error raised by the Dealing contract.
type DealingNotWire struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWire(uint256 requestId)
func DealingNotWireErrorID() common.Hash {
	return common.HexToHash("0x7e52b43c173db36f30406dcb781eb332ed9f3a09be7b2afadde5cd74cb282726")
}

// UnpackNotWireError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWire(uint256 requestId)
func (dealing *Dealing) UnpackNotWireError(raw []byte) (*DealingNotWire, error) {
	out := new(DealingNotWire)
	if err := dealing.abi.UnpackIntoInterface(out, "NotWire", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingRateLimited represents a RateLimited error raised by the Dealing contract.
type DealingRateLimited struct {
	Direction uint8
	Remaining *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint8 direction, uint256 remaining)
func DealingRateLimitedErrorID() common.Hash {
	return common.HexToHash("0x0361534b175d28b55051addb43860abdd9ef4cd48b7f8ccb84bb6150bbb9b040")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint8 direction, uint256 remaining)
func (dealing *Dealing) UnpackRateLimitedError(raw []byte) (*DealingRateLimited, error) {
	out := new(DealingRateLimited)
	if err := dealing.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingReceiverNotOwner represents a ReceiverNotOwner error raised by the Dealing contract.
type DealingReceiverNotOwner struct {
	Receiver common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiverNotOwner(address receiver, address owner)
func DealingReceiverNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x89352d86e441f20906dccbf073e613a1db18338a40a03001aaa24e8d0daa57e0")
}

// UnpackReceiverNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiverNotOwner(address receiver, address owner)
func (dealing *Dealing) UnpackReceiverNotOwnerError(raw []byte) (*DealingReceiverNotOwner, error) {
	out := new(DealingReceiverNotOwner)
	if err := dealing.abi.UnpackIntoInterface(out, "ReceiverNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Dealing contract.
type DealingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DealingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dealing *Dealing) UnpackSafeERC20FailedOperationError(raw []byte) (*DealingSafeERC20FailedOperation, error) {
	out := new(DealingSafeERC20FailedOperation)
	if err := dealing.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingSlippage represents a Slippage error raised by the Dealing contract.
type DealingSlippage struct {
	Got *big.Int
	Min *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slippage(uint256 got, uint256 min)
func DealingSlippageErrorID() common.Hash {
	return common.HexToHash("0x2746152a4b5a8cbfa74a83d42c54b637196958aade7f0d4cb312a6b5919d94f8")
}

// UnpackSlippageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slippage(uint256 got, uint256 min)
func (dealing *Dealing) UnpackSlippageError(raw []byte) (*DealingSlippage, error) {
	out := new(DealingSlippage)
	if err := dealing.abi.UnpackIntoInterface(out, "Slippage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingTicketTooLarge represents a TicketTooLarge error raised by the Dealing contract.
type DealingTicketTooLarge struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketTooLarge(uint256 amount, uint256 max)
func DealingTicketTooLargeErrorID() common.Hash {
	return common.HexToHash("0xc4442e0e50d60797c382d37c9d16c5a37fa02af8668cc305bd0551be15b643b8")
}

// UnpackTicketTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketTooLarge(uint256 amount, uint256 max)
func (dealing *Dealing) UnpackTicketTooLargeError(raw []byte) (*DealingTicketTooLarge, error) {
	out := new(DealingTicketTooLarge)
	if err := dealing.abi.UnpackIntoInterface(out, "TicketTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingTicketTooSmall represents a TicketTooSmall error raised by the Dealing contract.
type DealingTicketTooSmall struct {
	Amount *big.Int
	Min    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TicketTooSmall(uint256 amount, uint256 min)
func DealingTicketTooSmallErrorID() common.Hash {
	return common.HexToHash("0xe248a2777db5922403d5c60b12920d70b9733fd80ce6d175fb79ebee640051e9")
}

// UnpackTicketTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TicketTooSmall(uint256 amount, uint256 min)
func (dealing *Dealing) UnpackTicketTooSmallError(raw []byte) (*DealingTicketTooSmall, error) {
	out := new(DealingTicketTooSmall)
	if err := dealing.abi.UnpackIntoInterface(out, "TicketTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingTransferRestricted represents a TransferRestricted error raised by the Dealing contract.
type DealingTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func DealingTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (dealing *Dealing) UnpackTransferRestrictedError(raw []byte) (*DealingTransferRestricted, error) {
	out := new(DealingTransferRestricted)
	if err := dealing.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the Dealing contract.
type DealingUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func DealingUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (dealing *Dealing) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*DealingUUPSUnauthorizedCallContext, error) {
	out := new(DealingUUPSUnauthorizedCallContext)
	if err := dealing.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the Dealing contract.
type DealingUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func DealingUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (dealing *Dealing) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*DealingUUPSUnsupportedProxiableUUID, error) {
	out := new(DealingUUPSUnsupportedProxiableUUID)
	if err := dealing.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingUnauthorized represents a Unauthorized error raised by the Dealing contract.
type DealingUnauthorized struct {
	Controller common.Address
	Sender     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address controller, address sender)
func DealingUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x295a81c15f8ed30f90d2dbdefc77f34f2603dc4ea3df178ac206913987b62f4b")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address controller, address sender)
func (dealing *Dealing) UnpackUnauthorizedError(raw []byte) (*DealingUnauthorized, error) {
	out := new(DealingUnauthorized)
	if err := dealing.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingWrongController represents a WrongController error raised by the Dealing contract.
type DealingWrongController struct {
	RequestId  *big.Int
	Controller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongController(uint256 requestId, address controller)
func DealingWrongControllerErrorID() common.Hash {
	return common.HexToHash("0xb1bd6d820868af4a1085255c187707d539836b7991a18b1f8d1023650381b4a8")
}

// UnpackWrongControllerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongController(uint256 requestId, address controller)
func (dealing *Dealing) UnpackWrongControllerError(raw []byte) (*DealingWrongController, error) {
	out := new(DealingWrongController)
	if err := dealing.abi.UnpackIntoInterface(out, "WrongController", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingWrongCutoff represents a WrongCutoff error raised by the Dealing contract.
type DealingWrongCutoff struct {
	RequestId *big.Int
	Stamped   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongCutoff(uint256 requestId, uint64 stamped)
func DealingWrongCutoffErrorID() common.Hash {
	return common.HexToHash("0x5631148dba9fc9912cdd71dc75aec777b22eb8e4b4d68cdc41ab81faddfac0cb")
}

// UnpackWrongCutoffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongCutoff(uint256 requestId, uint64 stamped)
func (dealing *Dealing) UnpackWrongCutoffError(raw []byte) (*DealingWrongCutoff, error) {
	out := new(DealingWrongCutoff)
	if err := dealing.abi.UnpackIntoInterface(out, "WrongCutoff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingWrongKind represents a WrongKind error raised by the Dealing contract.
type DealingWrongKind struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongKind(uint256 requestId)
func DealingWrongKindErrorID() common.Hash {
	return common.HexToHash("0x6a41e0a68a1ae05cff8769d6a94812d935c0751309037af9bb28ec7dcff0e998")
}

// UnpackWrongKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongKind(uint256 requestId)
func (dealing *Dealing) UnpackWrongKindError(raw []byte) (*DealingWrongKind, error) {
	out := new(DealingWrongKind)
	if err := dealing.abi.UnpackIntoInterface(out, "WrongKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingWrongRound represents a WrongRound error raised by the Dealing contract.
type DealingWrongRound struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint80 roundId)
func DealingWrongRoundErrorID() common.Hash {
	return common.HexToHash("0xbcc2c6ffb4b4760a0cd46f6364cb1bdee030bdde29046a0e443c685bf7327f7d")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint80 roundId)
func (dealing *Dealing) UnpackWrongRoundError(raw []byte) (*DealingWrongRound, error) {
	out := new(DealingWrongRound)
	if err := dealing.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
