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

// IAssetTokenColdLock is an auto generated low-level Go binding around an user-defined struct.
type IAssetTokenColdLock struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
	Reason uint8
	Locked *big.Int
}

// AssetTokenColdMetaData contains all meta data concerning the AssetTokenCold contract.
var AssetTokenColdMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountingOff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"InvalidLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"InvalidTransferLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"LockExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyWindows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"CategoryCapsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"CountryCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"ExtendedRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"InvestorCountingOn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"fromCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fromCategories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"toCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"toCategories\",\"type\":\"uint8\"}],\"name\":\"InvestorRecounted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"LiquidateOnlySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"LockRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"MaxCountryShareSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"TransferLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AssetTokenCold",
	Bin: "0x614b2c610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610358575f3560e01c806399f644f6116101d4578063c3f9ab5811610109578063e4fee3b9116100a9578063e72d002911610084578063e72d0029146108f7578063ebe45cba14610916578063f652b75514610935578063f9062c801461093d575f5ffd5b8063e4fee3b9146108a6578063e5839836146108c5578063e68da4b8146108d8575f5ffd5b8063d7e64c00116100e4578063d7e64c001461083d578063d911800a14610845578063db20a5b514610874578063e2e2d11714610893575f5ffd5b8063c3f9ab58146107df578063c69c09cf146107ff578063d2e09b0a1461081e575f5ffd5b8063b86b38fe11610174578063bd79c7ef1161014f578063bd79c7ef14610791578063bd8af8fd146107b0578063be159b5a146107cf578063c2f1e6bd146107d7575f5ffd5b8063b86b38fe1461076d578063bc99cc3714610775578063bca0a23d1461077d575f5ffd5b8063ac979746116101af578063ac979746146106ef578063af1a8cb614610710578063b586dc191461072f578063b6a3f59a1461074e575f5ffd5b806399f644f61461069e5780639d51d9b7146106b1578063ac3c4bcf146106d0575f5ffd5b80635a46d3b5116102aa57806382c8e52f1161024a5780638adf0af2116102255780638adf0af2146106395780638b4b3829146106585780638f770ad01461067757806397809e0b1461067f575f5ffd5b806382c8e52f146106035780638456cb591461061d57806386a82c9414610631575f5ffd5b80636290865d116102855780636290865d146105af5780636da398b3146105c957806373ad468a146105dc578063826172ff146105e4575f5ffd5b80635a46d3b5146105485780635b5ba2fd146105785780635c975abb146105a7575f5ffd5b8063204458f6116103155780632fbf137c116102f05780632fbf137c146104c15780632fde61bc146104d75780633f4ba83a146104ed57806345ef9dd414610501575f5ffd5b8063204458f61461043857806329499219146104575780632a45df111461047f575f5ffd5b80630a6df8971461035c578063125c4a331461037d578063150b7a021461039c578063158b1a57146103d95780631a7af379146103fa5780631fe56f7d14610419575b5f5ffd5b818015610367575f5ffd5b5061037b610376366004614286565b610958565b005b818015610388575f5ffd5b5061037b6103973660046142b3565b6109dc565b8180156103a7575f5ffd5b506103bb6103b63660046142dd565b610ab1565b6040516001600160e01b031990911681526020015b60405180910390f35b6103ec6103e7366004614374565b610b67565b6040519081526020016103d0565b818015610405575f5ffd5b5061037b6104143660046143d6565b610ba5565b818015610424575f5ffd5b5061037b6104333660046142b3565b610c46565b818015610443575f5ffd5b5061037b6104523660046143d6565b610cde565b61046a610465366004614440565b610e85565b604080519283526020830191909152016103d0565b610487610ec5565b604080516001600160a01b0390951685526001600160401b03909316602085015260ff9091169183019190915260608201526080016103d0565b6104c9610f0e565b6040516103d0929190614483565b6104df610fac565b6040516103d09291906144da565b8180156104f8575f5ffd5b5061037b6110f3565b610509611165565b604080519586526001600160401b03909416602086015263ffffffff9092169284019290925260ff90911660608301521515608082015260a0016103d0565b61055b610556366004614374565b6111af565b604080519283526001600160401b039091166020830152016103d0565b818015610583575f5ffd5b5061059761059236600461452d565b61120f565b60405190151581526020016103d0565b61059761166b565b305b6040516001600160a01b0390911681526020016103d0565b6105976105d736600461456b565b61167f565b6103ec61169e565b8180156105ef575f5ffd5b5061037b6105fe366004614582565b6116ba565b61060b6117f3565b60405160ff90911681526020016103d0565b818015610628575f5ffd5b5061037b611806565b6103ec611871565b818015610644575f5ffd5b5061037b6106533660046145cf565b611883565b818015610663575f5ffd5b5061037b610672366004614440565b611a6a565b6103ec611b0c565b81801561068a575f5ffd5b5061037b610699366004614647565b611b22565b6105976106ac366004614440565b611d50565b8180156106bc575f5ffd5b5061037b6106cb36600461456b565b611d98565b8180156106db575f5ffd5b5061037b6106ea3660046142b3565b611e30565b6107026106fd366004614374565b611fca565b6040516103d092919061467e565b81801561071b575f5ffd5b5061037b61072a3660046143d6565b612290565b81801561073a575f5ffd5b5061037b610749366004614374565b6124ed565b818015610759575f5ffd5b5061037b61076836600461456b565b612650565b610597612731565b6103ec61273c565b818015610788575f5ffd5b5061037b61274c565b81801561079c575f5ffd5b5061037b6107ab3660046146df565b6127d8565b8180156107bb575f5ffd5b5061037b6107ca3660046146fa565b61284d565b610597612953565b6105b161295e565b6107f26107ed366004614374565b612979565b6040516103d0919061474c565b81801561080a575f5ffd5b5061037b610819366004614647565b612ada565b818015610829575f5ffd5b5061037b6108383660046147e6565b612afe565b6103ec612b68565b61084d612b78565b604080516001600160a01b0390931683526001600160401b039091166020830152016103d0565b81801561087f575f5ffd5b5061037b61088e3660046147ff565b612bb6565b6105976108a1366004614374565b612c6a565b8180156108b1575f5ffd5b5061037b6108c0366004614832565b612d7e565b6105976108d3366004614374565b612f44565b8180156108e3575f5ffd5b5061037b6108f236600461487c565b612f82565b818015610902575f5ffd5b5061037b610911366004614374565b6130d3565b818015610921575f5ffd5b506105976109303660046142b3565b613497565b6105976134e9565b610945613519565b60405161ffff90911681526020016103d0565b61096e5f516020614ab75f395f51905f52613533565b69ffffffff000000000000603082901b1669ffffffff000000000000196109936135c0565b54161761099e6135c0565b5560405163ffffffff821681527f0de3b656191db95f0ae3b33d959531021110a9da5b819655d9d13a57496144ad906020015b60405180910390a150565b6109f25f516020614ad75f395f51905f52613533565b5f6001600160801b03610a036135c0565b6001600160a01b0385165f9081526003919091016020526040812054919091169150610a2f83836148ee565b90505f6001600160601b03610a426135c0565b6001600160a01b0387165f908152600291909101602052604090205416905080821115610aa05760405163f0d8212b60e01b81526001600160a01b038616600482015260248101839052604481018290526064015b60405180910390fd5b610aaa85836135e4565b5050505050565b5f5f610abb6135c0565b600701546001600160a01b03169050801580610ae05750336001600160a01b03821614155b80610af65750610aee6135c0565b600801548514155b15610b1d5760405163853a50cb60e01b815233600482015260248101869052604401610a97565b6040516001600160a01b03871690869033907f65b9b6800269c1d914567df9d066fabc775c2ad11e29e2892d42fb99b98c58d0905f90a450630a85bd0160e11b9695505050505050565b5f6001600160801b03610b786135c0565b6003015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b610bbb5f516020614ad75f395f51905f52613533565b828114610bde576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610aaa57610c3e858583818110610bfd57610bfd614901565b9050602002016020810190610c129190614374565b848484818110610c2457610c24614901565b9050602002016020810190610c3991906146df565b61379a565b600101610be0565b610c5c5f516020614ad75f395f51905f52613533565b5f6001600160801b03610c6d6135c0565b6001600160a01b0385165f908152600391909101602052604090205416905080821115610cc65760405163e0dfe97f60e01b81526001600160a01b03841660048201526024810182905260448101839052606401610a97565b610cd983610cd48484614915565b6135e4565b505050565b610cf45f516020614ab75f395f51905f52613533565b610cfc613836565b828114610d1f576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610aaa575f610d326135c0565b600e015f878785818110610d4857610d48614901565b9050602002016020810190610d5d9190614440565b61ffff1681526020019081526020015f205490506020848484818110610d8557610d85614901565b9050602002016020810190610d9a9190614286565b63ffffffff16901b63ffffffff821617610db26135c0565b600e015f888886818110610dc857610dc8614901565b9050602002016020810190610ddd9190614440565b61ffff16815260208101919091526040015f2055858583818110610e0357610e03614901565b9050602002016020810190610e189190614440565b61ffff167f0b7b5be1b5f5d3ca1408f2633cfc1f7e4b09791dd027abd6fb93b016a9139fbb858585818110610e4f57610e4f614901565b9050602002016020810190610e649190614286565b60405163ffffffff909116815260200160405180910390a250600101610d21565b5f5f5f610e906135c0565b600e015f8561ffff1681526020019081526020015f2054905063ffffffff811663ffffffff602083901c169250925050915091565b5f5f5f5f5f610ed26135c0565b60118101546012909101546001600160a01b03821697600160a01b83046001600160401b03169750600160e01b90920460ff1695509350915050565b610f16614231565b610f1e614231565b5f610f276135c0565b600f015490505f610f366135c0565b6010015490505f5b6009811015610fa557630fffffff610f5782601c614928565b84901c16858260098110610f6d57610f6d614901565b6020020152630fffffff610f8282601c614928565b83901c16848260098110610f9857610f98614901565b6020020152600101610f3e565b5050509091565b6060805f60b4610fba6135c0565b60090154901c6007169050806001600160401b03811115610fdd57610fdd61493f565b604051908082528060200260200182016040528015611006578160200160208202803683370190505b509250806001600160401b038111156110215761102161493f565b60405190808252806020026020018201604052801561104a578160200160208202803683370190505b5091505f5b818110156110ed575f6001600160801b0361106e600184166080614928565b6110766135c0565b600b01600185901c6002811061108e5761108e614901565b0154901c169050808583815181106110a8576110a8614901565b602002602001019063ffffffff16908163ffffffff1681525050602081901c8483815181106110d9576110d9614901565b60209081029190910101525060010161104f565b50509091565b61111c7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a613533565b6001196111276135c0565b80549190911690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b5f5f5f5f5f5f6111736135c0565b600901546001600160601b0381169764ffffffffff606083901c169750608882901c965060a882901c9550600160b01b90911615159350915050565b5f5f5f64ffffffffff60c06111c26135c0565b6001600160a01b0387165f9081526002919091016020526040902054901c1690504281116111f557505f93849350915050565b6112066112006135c0565b85613863565b94909350915050565b5f6112265f516020614ad75f395f51905f52613533565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611263573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112879190614953565b90505f6112926135c0565b9050846001600160a01b0316866001600160a01b0316036112c6576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0386165f908152600282016020526040812054906001600160601b03821690819003611317576040516386d9d03560e01b81526001600160a01b0389166004820152602401610a97565b85158061138d57506040516309b2c94960e41b81526001600160a01b038981166004830152879190861690639b2c949090602401602060405180830381865afa158015611366573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061138a919061496e565b14155b156113bd57604051633419fc5160e21b81526001600160a01b038916600482015260248101879052604401610a97565b604051634dffeb6960e01b81526001600160a01b038881166004830152879190861690634dffeb6990602401602060405180830381865afa158015611404573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611428919061496e565b1461145857604051633419fc5160e21b81526001600160a01b038816600482015260248101879052604401610a97565b604051633465d6d560e01b81526001600160a01b0388811660048301525f9190861690633465d6d590602401602060405180830381865afa15801561149f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c3919061496e565b9050600160ff1b811615806114e557504260b082901c6001600160401b031611155b156115065760405163e18ca2b960e01b815260546004820152602401610a97565b6001600160a01b0388165f90815260028501602052604081205461153a908b908b9087906115359088906148ee565b6138bb565b9050600160e81b8416158015906115555750600160e81b8116155b1561159d57604051600160e81b919091179033906001906001600160a01b038c16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b03808b165f81815260028801602052604080822071050000000000ffffffffffffffffffffffff60601b89169055928c168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906116109087815260200190565b60405180910390a387896001600160a01b03168b6001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a4600196505050505050505b9392505050565b5f60016116766135c0565b54161515919050565b5f6116886135c0565b5f92835260050160205250604090205460ff1690565b5f6001600160601b0360506116b16135c0565b54901c16919050565b6116d05f516020614ab75f395f51905f52613533565b6116d8613836565b5f5f5b600981101561177857630fffffff8382600981106116fb576116fb614901565b60200201602081019061170e9190614286565b63ffffffff1611156117335760405163162908e360e11b815260040160405180910390fd5b61173e81601c614928565b83826009811061175057611750614901565b6020020160208101906117639190614286565b63ffffffff16901b91909117906001016116db565b50806117826135c0565b601001555f61178f6135c0565b6009015490506117b782156117aa57600160b11b8217613be3565b600160b11b198216613be3565b7f66399d7ba188664b067ebb564c5f04cdc11eda14dc5f2d8eba78b6a1194aed38836040516117e69190614985565b60405180910390a1505050565b5f60086117fe6135c0565b54901c919050565b61182f7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a613533565b60016118396135c0565b80549190911790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2589060200161115b565b5f61187a6135c0565b60080154905090565b6118995f516020614ad75f395f51905f52613533565b8415806118ac57506001600160601b0385115b806118c85750826001600160401b0316846001600160401b0316115b806118e45750816001600160401b0316836001600160401b0316115b806118f8575042826001600160401b031611155b80611910575064ffffffffff826001600160401b0316115b15611950576040516311402dd160e01b8152600481018690526001600160401b038086166024830152808516604483015283166064820152608401610a97565b5f6119596135c0565b6001600160a01b0388165f90815260029190910160205260408120549150866119896119836135c0565b8a613863565b61199391906148ee565b90506001600160601b0382168111156119e0576040516397192e5960e01b81526001600160a01b0389166004820152602481018290526001600160601b0383166044820152606401610a97565b611a386119eb6135c0565b898460d887901b60ff60d81b1667ffffffffffffffff60b01b60b08a901b1667ffffffffffffffff60881b60888c901b1667ffffffffffffffff60601b60608e901b168e17171717613c21565b611a406135c0565b6001600160a01b039099165f90815260029990990160205260409098209790975550505050505050565b611a805f516020614ab75f395f51905f52613533565b611a88613836565b6127108161ffff161115611aaf5760405163162908e360e11b815260040160405180910390fd5b611ad861ffff60b71b60b783901b16613fff60b71b19611acd6135c0565b600901541617613be3565b60405161ffff821681527fcda19e61d3a20fdb7ef48963add4932a0c2583916d495815ec9ebb304e1bcc45906020016109d1565b5f6080611b176135c0565b60010154901c905090565b611b385f516020614ad75f395f51905f52613533565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b999190614953565b604051633465d6d560e01b81526001600160a01b0385811660048301529192505f91831690633465d6d590602401602060405180830381865afa158015611be2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c06919061496e565b90506001600160a01b038116611c3a5760405163fa9b64eb60e01b81526001600160a01b0385166004820152602401610a97565b5f611c436135c0565b6001600160a01b0383165f9081526002919091016020526040902054905083611c7357600160ea1b198116611c7b565b600160ea1b81175b611c836135c0565b6001600160a01b038481165f90815260029290920160205260409182902092909255516309b2c94960e41b8152868216600482015290841690639b2c949090602401602060405180830381865afa158015611ce0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d04919061496e565b856001600160a01b03167fa4749aece38fe0dea9b814e4573e67539eb202572700c14d08e9316d1845547d86604051611d41911515815260200190565b60405180910390a35050505050565b5f6002611d5b6135c0565b54161580611d92575060ff8216611d706135c0565b60ff600885901c165f90815260049190910160205260409020546001911c1615155b92915050565b611dae5f516020614ab75f395f51905f52613533565b6001600160601b03811115611dd65760405163162908e360e11b815260040160405180910390fd5b605081901b6bffffffffffffffffffffffff60501b19611df46135c0565b541617611dff6135c0565b556040518181527f82f9980487703d8db41f1ba63b2665566f7fb449fbc840a9e0c6ca932bed582c906020016109d1565b611e465f516020614ad75f395f51905f52613533565b5f611e58611e526135c0565b84613d9e565b905080518210611e8d5760405163174ff03d60e01b81526001600160a01b038416600482015260248101839052604401610a97565b5f818381518110611ea057611ea0614901565b602002602001015190505f836001611eb891906148ee565b90505b8251811015611f0f57828181518110611ed657611ed6614901565b602002602001015183600183611eec9190614915565b81518110611efc57611efc614901565b6020908102919091010152600101611ebb565b5060018251038252611f4d611f226135c0565b85611f2b6135c0565b6001600160a01b0388165f908152600291909101602052604090205485613f3a565b611f556135c0565b6001600160a01b0386165f818152600292909201602052604090912091909155339060ff60d884901c16907f0feb5a74a95732931236500a27b30b290adfbaf250fdeca1a70ea0579155179e86611fac8642614107565b6040805192835260208301919091520160405180910390a450505050565b6060805f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa15801561200a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061202e9190614953565b604051633465d6d560e01b81526001600160a01b0386811660048301529190911690633465d6d590602401602060405180830381865afa158015612074573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612098919061496e565b90505f60b46120a56135c0565b60090154901c6007169050806001600160401b038111156120c8576120c861493f565b6040519080825280602002602001820160405280156120f1578160200160208202803683370190505b509350806001600160401b0381111561210c5761210c61493f565b604051908082528060200260200182016040528015612135578160200160208202803683370190505b5092505f5b81811015612288575f612151600183166080614928565b90505f6001600160801b03826121656135c0565b600b01600186901c6002811061217d5761217d614901565b0154901c1690505f6001600160801b03836121966135c0565b6001600160a01b0389165f908152600d9190910160205260409020600187901c600281106121c6576121c6614901565b0154901c1690505f6121e263ffffffff8416606084901c6148ee565b90505f606083901c15806121f65750814210155b612209576001600160601b03831661220b565b5f5b905061221b81602086901c614915565b8a878151811061222d5761222d614901565b602090810291909101015280156122445781612246565b5f5b89878151811061225857612258614901565b60200260200101906001600160401b031690816001600160401b031681525050505050505080600101905061213a565b505050915091565b6122a65f516020614ab75f395f51905f52613533565b828181146122ca576040516001621398b960e31b0319815260040160405180910390fd5b60048111156122f55760405163076104db60e11b815260048181018390526024820152604401610a97565b6122fd614250565b5f5b828110156124725786868281811061231957612319614901565b905060200201602081019061232e9190614286565b63ffffffff161580612357575084848281811061234d5761234d614901565b905060200201355f145b8061238057506001600160601b0385858381811061237757612377614901565b90506020020135115b156123ee5786868281811061239757612397614901565b90506020020160208101906123ac9190614286565b8585838181106123be576123be614901565b60405163049d009560e11b815263ffffffff90941660048501526020029190910135602483015250604401610a97565b6123fc600182166080614928565b602086868481811061241057612410614901565b90506020020135901b88888481811061242b5761242b614901565b90506020020160208101906124409190614286565b63ffffffff1617901b82600183901c6002811061245f5761245f614901565b60200201805190911790526001016122ff565b50805161247d6135c0565b600b0155602081015161248e6135c0565b600c01556124a860b483901b600760b41b19611acd6135c0565b7f016d978be7bdc4416da82f56f1a8ea5ceb186a266a9dfb6dd22cdaf1bd19e2fe868686866040516124dd94939291906149c4565b60405180910390a1505050505050565b6124f65f613533565b5f6124ff6135c0565b600701546001600160a01b031690505f6125176135c0565b6008015490506001600160a01b0382166125445760405163c1ffbfc160e01b815260040160405180910390fd5b61254f308383614192565b61256c57604051635dbdcfb160e01b815260040160405180910390fd5b5f6001600160801b0361257d6135c0565b6001015416905080156125a657604051630cddcbb560e31b815260048101829052602401610a97565b604051632142170760e11b81523060048201526001600160a01b038581166024830152604482018490528416906342842e0e906064015f604051808303815f87803b1580156125f3575f5ffd5b505af1158015612605573d5f5f3e3d5ffd5b50505050836001600160a01b031682846001600160a01b03167fe8383670d8496f6387cd90d87d2c260167c678257468a7230d4f233196f3d7e760405160405180910390a450505050565b6126595f613533565b5f6126626135c0565b600101549050608081901c1561269157604051637c03277b60e11b8152608082901c6004820152602401610a97565b8115806126a457506001600160601b0382115b806126b757506001600160801b03811682105b156126e75760405163051bc06760e11b8152600481018390526001600160801b0382166024820152604401610a97565b608082901b81176126f66135c0565b600101556040518281527fbc585eed6f54aa16ec292be93276937803d5a047ba4eded0c87779270bbfdfe69060200160405180910390a15050565b5f60026116766135c0565b5f63ffffffff60306116b16135c0565b6127625f516020614ab75f395f51905f52613533565b5f6001600160801b036127736135c0565b60010154169050801561279c57604051630cddcbb560e31b815260048101829052602401610a97565b60086127a66135c0565b805490911790556040517f405d90c9fe0268d1268a9a51fa97b8e6d16a65625786fdc65747b7fec484be53905f90a150565b6127ee5f516020614ab75f395f51905f52613533565b80612805576002196127fe6135c0565b5416612812565b600261280f6135c0565b54175b61281a6135c0565b5560405181151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d906020016109d1565b6128635f516020614ab75f395f51905f52613533565b5f5b8281101561294d575f84848381811061288057612880614901565b90506020020160208101906128959190614440565b9050600160ff82161b5f6128a76135c0565b60ff600885901c165f90815260049190910160205260409020549050846128d157811981166128d5565b8181175b6128dd6135c0565b6004015f60088661ffff16901c61ffff1681526020019081526020015f20819055508261ffff167f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa86604051612937911515815260200190565b60405180910390a2505050806001019050612865565b50505050565b5f60086116766135c0565b5f6129676135c0565b600701546001600160a01b0316919050565b60605f612987611e526135c0565b905080516001600160401b038111156129a2576129a261493f565b604051908082528060200260200182016040528015612a0057816020015b6040805160c0810182525f8082526020808301829052928201819052606082018190526080820181905260a082015282525f199092019101816129c05790505b5091505f5b8151811015612ad3575f828281518110612a2157612a21614901565b602002602001015190506040518060c001604052806001600160601b038316815260200164ffffffffff606084901c166001600160401b0316815260200164ffffffffff608884901c166001600160401b0316815260200164ffffffffff60b084901c166001600160401b0316815260200160d883901c60ff168152602001612aaa8342614107565b815250848381518110612abf57612abf614901565b602090810291909101015250600101612a05565b5050919050565b612af05f516020614ad75f395f51905f52613533565b612afa828261379a565b5050565b612b145f516020614ab75f395f51905f52613533565b61ff00600882901b1661ff0019612b296135c0565b541617612b346135c0565b5560405160ff821681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b0906020016109d1565b5f63ffffffff60106116b16135c0565b5f5f612b826135c0565b600601546001600160a01b0316612b976135c0565b60060160149054906101000a90046001600160401b0316915091509091565b612bcc5f516020614ab75f395f51905f52613533565b81612bd56135c0565b60060180546001600160a01b0319166001600160a01b039290921691909117905580612bff6135c0565b600601805467ffffffffffffffff60a01b1916600160a01b6001600160401b039384160217905560405190821681526001600160a01b038316907f0a44a61eac3383cba7c7b70ae3fe66e98e7e4873961640b819fba0ffab22215d9060200160405180910390a25050565b5f5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015612ca8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612ccc9190614953565b604051633465d6d560e01b81526001600160a01b0385811660048301529190911690633465d6d590602401602060405180830381865afa158015612d12573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d36919061496e565b90506001600160a01b038116158015906116645750600160ea1b612d586135c0565b6001600160a01b0383165f90815260029190910160205260409020541615159392505050565b612d945f516020614ab75f395f51905f52613533565b5f612d9d6135c0565b90505f6001600160a01b03861615612e14576001600160a01b0386163b1580612dcd57506001600160401b038516155b80612ddb5750600260ff8516115b80612df5575060ff841615612df1578215612df5565b8215155b80612e0f575060ff84166001148015612e0f575061271083115b612e37565b6001600160401b038516151580612e2d575060ff841615155b80612e3757508215155b90508015612e8257604051638cb6bfeb60e01b81526001600160a01b03871660048201526001600160401b038616602482015260ff8516604482015260648101849052608401610a97565b6001600160a01b03861615612e9b578154601017612ea2565b8154601019165b82556011820180546001600160a01b0388166001600160e01b03199091168117600160a01b6001600160401b0389169081029190911760ff60e01b1916600160e01b60ff89169081029190911790935560128501869055604080519182526020820193909352918201859052907f40f1fe4368329880882d8c79d02d0afaffb7f2266cad307a2281e077a8de47569060600160405180910390a2505050505050565b5f600160e81b612f526135c0565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054165f14159050919050565b612f985f516020614ab75f395f51905f52613533565b6001600160601b03851115612fc05760405163162908e360e11b815260040160405180910390fd5b64ffffffffff846001600160401b03161180612fe557506312cc03008363ffffffff16115b1561300e5760405163f65609c560e01b81526001600160401b0385166004820152602401610a97565b5f8161301a575f613020565b600160b01b5b67ffffffffffffffff60601b606087901b16871763ffffffff60881b608887901b161760ff60a81b60a886901b1617179050613074816130656001600160b01b614915565b600160b01b1719611acd6135c0565b604080518781526001600160401b038716602082015263ffffffff86169181019190915260ff8416606082015282151560808201527fc9cd424353ef53191de4e45ca8f9cbee753aadb23816146b5ad13a6df3ace2719060a0016124dd565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015613110573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131349190614953565b604051633465d6d560e01b81526001600160a01b0384811660048301529190911690633465d6d590602401602060405180830381865afa15801561317a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061319e919061496e565b90505f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156131dd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132019190614953565b604051633465d6d560e01b81526001600160a01b0384811660048301529190911690633465d6d590602401602060405180830381865afa158015613247573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061326b919061496e565b90505f6132766135c0565b6001600160a01b0384165f90815260029190910160205260408120549150600160eb1b821690036132a75750505050565b6203ffff60ec82901c1661ffff60a084901c1660ff60f085901c166203fc0060e686901c1682178084036132df575050505050505050565b60016132e96135c0565b600e015f866103ff1681526020019081526020015f205f82825461330d9190614915565b909155506001905061331d6135c0565b600e015f8581526020019081526020015f205f82825461333d91906148ee565b909155505f905061334c6135c0565b600f015490505f5b60098110156133e7578060081461337e5761337081600a6148ee565b86901c6001165f1415613385565b600a86901c155b156133a65761339581601c614928565b6133a3906001901b83614915565b91505b806008146133bb57600184821c1615156133be565b83155b156133df576133ce81601c614928565b6133dc906001901b836148ee565b91505b600101613354565b50806133f16135c0565b600f01556001620c000160ec1b03861660ec83901b1761340f6135c0565b6001600160a01b038a165f81815260029290920160209081526040928390209390935581516103ff8916815260ff600a8a901c81169482019490945261ffff88169281019290925291851660608201527f358f9acf15b572761fd412d51fd56800ef0fe1c9370e4d0847e7800879ae0ea89060800160405180910390a2505050505050505050565b5f6134ae5f516020614ad75f395f51905f52613533565b6001600160801b038211156134d65760405163162908e360e11b815260040160405180910390fd5b6134e083836135e4565b50600192915050565b5f613514306134f66135c0565b600701546001600160a01b031661350b6135c0565b60080154614192565b905090565b5f60b76135246135c0565b60090154901c613fff16905090565b604051632474521560e21b81526004810182905233602482015230906391d1485490604401602060405180830381865afa158015613573573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135979190614a3b565b6135bd5760405163e2517d3f60e01b815233600482015260248101829052604401610a97565b50565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b5f6135ed6135c0565b6001600160a01b0384165f908152600391909101602052604090205490506001600160801b0381166001600160801b03198216831761362a6135c0565b6001600160a01b0386165f90815260039190910160205260408120919091556136516135c0565b6001600160a01b0386165f90815260029190910160205260409020549050831561368157600160e91b811761368a565b600160e91b1981165b6136926135c0565b6001600160a01b0387165f908152600291909101602052604090205581841115613701576001600160a01b0385167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a456136eb8487614915565b60405190815260200160405180910390a2613750565b81841015613750576001600160a01b0385167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d661373e8685614915565b60405190815260200160405180910390a25b846001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e78560405161378b91815260200190565b60405180910390a25050505050565b5f6137a36135c0565b6001600160a01b0384165f90815260029190910160205260409020549050816137d357600160e81b1981166137db565b600160e81b81175b6137e36135c0565b6001600160a01b0385165f818152600292909201602052604080832093909355915133928515159290917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a4505050565b60086138406135c0565b54165f036138615760405163d5178e9760e01b815260040160405180910390fd5b565b5f5f61386f8484613d9e565b90505f5b81518110156138b35761389f82828151811061389157613891614901565b602002602001015142614107565b6138a990846148ee565b9250600101613873565b505092915050565b5f5f6138c56135c0565b6001600160a01b038088165f9081526003830160205260408082205492891682528120549293506001600160801b03918216929091613906918491166148ee565b90506001600160801b0381111561392157506001600160801b035b801561393157600160e91b851794505b5f61393c8489613d9e565b90505f613949858b613d9e565b90505f8151835161395a91906148ee565b6001600160401b038111156139715761397161493f565b60405190808252806020026020018201604052801561399a578160200160208202803683370190505b5090505f5b83518110156139e7578381815181106139ba576139ba614901565b60200260200101518282815181106139d4576139d4614901565b602090810291909101015260010161399f565b505f5b8251811015613a3e57828181518110613a0557613a05614901565b602002602001015182828651613a1b91906148ee565b81518110613a2b57613a2b614901565b60209081029190910101526001016139ea565b50613a4b868b8a84613f3a565b975081515f14613a8d57613a8b868c8b5f604051908082528060200260200182016040528015613a85578160200160208202803683370190505b50613f3a565b505b6001600160a01b03808c165f908152600388016020526040808220829055918c1681522080546001600160801b031916851790558415613bd4578a6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d686604051613b0291815260200190565b60405180910390a28a6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e75f604051613b4591815260200190565b60405180910390a2896001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a4586604051613b8891815260200190565b60405180910390a2896001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e785604051613bcb91815260200190565b60405180910390a25b50959998505050505050505050565b80613bec6135c0565b600901558015613c07576004613c006135c0565b5417613c15565b600419613c126135c0565b54165b613c1d6135c0565b5550565b5f5f613c2d8686613d9e565b90505f81516001613c3e91906148ee565b6001600160401b03811115613c5557613c5561493f565b604051908082528060200260200182016040528015613c7e578160200160208202803683370190505b5090505f5b8251811015613ccb57828181518110613c9e57613c9e614901565b6020026020010151828281518110613cb857613cb8614901565b6020908102919091010152600101613c83565b508381835181518110613ce057613ce0614901565b60200260200101818152505060d884901c60ff16866001600160a01b03167f8c7000ceee23e6e779106e2ee34ab4ae114e2524a9c66a1f199cd5111901c2486001600160601b03871664ffffffffff606089901c1664ffffffffff60888a901c1664ffffffffff60b08b901c16604051613d7f94939291909384526001600160401b039283166020850152908216604084015216606082015260800190565b60405180910390a3613d9387878784613f3a565b979650505050505050565b6001600160a01b0381165f908152600a830160205260409020805460609190613dc88160016148ee565b6001600160401b03811115613ddf57613ddf61493f565b604051908082528060200260200182016040528015613e08578160200160208202803683370190505b5092505f5f5f5b83811015613e93575f858281548110613e2a57613e2a614901565b905f5260205f20015490506001600160601b03811683613e4a91906148ee565b92504264ffffffffff60b083901c161115613e8a57808785613e6b81614a56565b965081518110613e7d57613e7d614901565b6020026020010181815250505b50600101613e0f565b506001600160a01b0386165f90815260038801602090815260408083205460028b019092529091205460809190911c9060c01c64ffffffffff168282118015613edb57504281115b15613f2c57613f02613eed8484614915565b606083901b17608883901b1760b083901b1790565b8785613f0d81614a56565b965081518110613f1f57613f1f614901565b6020026020010181815250505b505050835250909392505050565b80515f906008811115613f7257604051635677e0eb60e11b81526001600160a01b038616600482015260086024820152604401610a97565b6001600160a01b0385165f908152600a8701602052604081208054909180805b8581101561402e575f888281518110613fad57613fad614901565b6020026020010151905084821015613fe25780868381548110613fd257613fd2614901565b5f91825260209091200155613ff7565b85546001810187555f87815260209020018190555b61400a6001600160601b038216856148ee565b935060b081901c64ffffffffff1683811115614024578093505b5050600101613f92565b50825b8581111561406d578480548061404957614049614a6e565b600190038181905f5260205f20015f905590558061406690614a82565b9050614031565b506001600160a01b0389165f81815260038c0160205260409081902080546001600160801b0316608086901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e7433906140de90859085909182526001600160401b0316602082015260400190565b60405180910390a264ffffffffff60c01b19881660c09190911b17945050505050949350505050565b5f60b083901c64ffffffffff16808310614124575f915050611d92565b6001600160601b038416608885901c64ffffffffff1684101561414a579150611d929050565b606085901c64ffffffffff166141608184614915565b61416a8287614915565b6141749084614928565b61417e9190614a97565b6141889083614915565b9695505050505050565b5f6001600160a01b0383166141a857505f611664565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa925050508015614209575060408051601f3d908101601f1916820190925261420691810190614953565b60015b61421457505f611664565b846001600160a01b0316816001600160a01b031614915050611664565b6040518061012001604052806009906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b803563ffffffff81168114614281575f5ffd5b919050565b5f60208284031215614296575f5ffd5b6116648261426e565b6001600160a01b03811681146135bd575f5ffd5b5f5f604083850312156142c4575f5ffd5b82356142cf8161429f565b946020939093013593505050565b5f5f5f5f5f608086880312156142f1575f5ffd5b85356142fc8161429f565b9450602086013561430c8161429f565b93506040860135925060608601356001600160401b0381111561432d575f5ffd5b8601601f8101881361433d575f5ffd5b80356001600160401b03811115614352575f5ffd5b886020828401011115614363575f5ffd5b959894975092955050506020019190565b5f60208284031215614384575f5ffd5b81356116648161429f565b5f5f83601f84011261439f575f5ffd5b5081356001600160401b038111156143b5575f5ffd5b6020830191508360208260051b85010111156143cf575f5ffd5b9250929050565b5f5f5f5f604085870312156143e9575f5ffd5b84356001600160401b038111156143fe575f5ffd5b61440a8782880161438f565b90955093505060208501356001600160401b03811115614428575f5ffd5b6144348782880161438f565b95989497509550505050565b5f60208284031215614450575f5ffd5b813561ffff81168114611664575f5ffd5b805f5b600981101561294d578151845260209384019390910190600101614464565b61024081016144928285614461565b611664610120830184614461565b5f8151808452602084019350602083015f5b828110156144d05781518652602095860195909101906001016144b2565b5093949350505050565b604080825283519082018190525f9060208501906060840190835b8181101561451957835163ffffffff168352602093840193909201916001016144f5565b5050838103602085015261418881866144a0565b5f5f5f6060848603121561453f575f5ffd5b833561454a8161429f565b9250602084013561455a8161429f565b929592945050506040919091013590565b5f6020828403121561457b575f5ffd5b5035919050565b5f6101208284031215614593575f5ffd5b82610120830111156145a3575f5ffd5b50919050565b80356001600160401b0381168114614281575f5ffd5b803560ff81168114614281575f5ffd5b5f5f5f5f5f5f60c087890312156145e4575f5ffd5b86356145ef8161429f565b955060208701359450614604604088016145a9565b9350614612606088016145a9565b9250614620608088016145a9565b915061462e60a088016145bf565b90509295509295509295565b80151581146135bd575f5ffd5b5f5f60408385031215614658575f5ffd5b82356146638161429f565b915060208301356146738161463a565b809150509250929050565b604081525f61469060408301856144a0565b82810360208401528084518083526020830191506020860192505f5b818110156146d35783516001600160401b03168352602093840193909201916001016146ac565b50909695505050505050565b5f602082840312156146ef575f5ffd5b81356116648161463a565b5f5f5f6040848603121561470c575f5ffd5b83356001600160401b03811115614721575f5ffd5b61472d8682870161438f565b90945092505060208401356147418161463a565b809150509250925092565b602080825282518282018190525f918401906040840190835b818110156147db578351805184526001600160401b0360208201511660208501526001600160401b0360408201511660408501526001600160401b03606082015116606085015260ff608082015116608085015260a081015160a08501525060c083019250602084019350600181019050614765565b509095945050505050565b5f602082840312156147f6575f5ffd5b611664826145bf565b5f5f60408385031215614810575f5ffd5b823561481b8161429f565b9150614829602084016145a9565b90509250929050565b5f5f5f5f60808587031215614845575f5ffd5b84356148508161429f565b935061485e602086016145a9565b925061486c604086016145bf565b9396929550929360600135925050565b5f5f5f5f5f60a08688031215614890575f5ffd5b853594506148a0602087016145a9565b93506148ae6040870161426e565b92506148bc606087016145bf565b915060808601356148cc8161463a565b809150509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611d9257611d926148da565b634e487b7160e01b5f52603260045260245ffd5b81810381811115611d9257611d926148da565b8082028115828204841417611d9257611d926148da565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215614963575f5ffd5b81516116648161429f565b5f6020828403121561497e575f5ffd5b5051919050565b610120810181835f5b60098110156149bb5763ffffffff6149a58361426e565b168352602092830192919091019060010161498e565b50505092915050565b604080825281018490525f8560608301825b87811015614a015763ffffffff6149ec8461426e565b168252602092830192909101906001016149d6565b5083810360208501528481526001600160fb1b03851115614a20575f5ffd5b8460051b915081866020830137016020019695505050505050565b5f60208284031215614a4b575f5ffd5b81516116648161463a565b5f60018201614a6757614a676148da565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b5f81614a9057614a906148da565b505f190190565b5f82614ab157634e487b7160e01b5f52601260045260245ffd5b50049056fe6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c76cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709a264697066735822122086df292adf49e3539134a9b0f3f3ed0423c94a683c1d164be5c48067cc662a9164736f6c63430008250033",
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

// PackCategoryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fbf137c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (assetTokenCold *AssetTokenCold) PackCategoryInvestors() []byte {
	enc, err := assetTokenCold.abi.Pack("categoryInvestors")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategoryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fbf137c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (assetTokenCold *AssetTokenCold) TryPackCategoryInvestors() ([]byte, error) {
	return assetTokenCold.abi.Pack("categoryInvestors")
}

// CategoryInvestorsOutput serves as a container for the return parameters of contract
// method CategoryInvestors.
type CategoryInvestorsOutput struct {
	Counts [9]*big.Int
	Caps   [9]*big.Int
}

// UnpackCategoryInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fbf137c.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (assetTokenCold *AssetTokenCold) UnpackCategoryInvestors(data []byte) (CategoryInvestorsOutput, error) {
	out, err := assetTokenCold.abi.Unpack("categoryInvestors", data)
	outstruct := new(CategoryInvestorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Counts = *abi.ConvertType(out[0], new([9]*big.Int)).(*[9]*big.Int)
	outstruct.Caps = *abi.ConvertType(out[1], new([9]*big.Int)).(*[9]*big.Int)
	return *outstruct, nil
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

// PackCountryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29499219.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countryInvestors(uint16 country) view returns(uint256 count, uint256 cap)
func (assetTokenCold *AssetTokenCold) PackCountryInvestors(country uint16) []byte {
	enc, err := assetTokenCold.abi.Pack("countryInvestors", country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29499219.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countryInvestors(uint16 country) view returns(uint256 count, uint256 cap)
func (assetTokenCold *AssetTokenCold) TryPackCountryInvestors(country uint16) ([]byte, error) {
	return assetTokenCold.abi.Pack("countryInvestors", country)
}

// CountryInvestorsOutput serves as a container for the return parameters of contract
// method CountryInvestors.
type CountryInvestorsOutput struct {
	Count *big.Int
	Cap   *big.Int
}

// UnpackCountryInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29499219.
//
// Solidity: function countryInvestors(uint16 country) view returns(uint256 count, uint256 cap)
func (assetTokenCold *AssetTokenCold) UnpackCountryInvestors(data []byte) (CountryInvestorsOutput, error) {
	out, err := assetTokenCold.abi.Unpack("countryInvestors", data)
	outstruct := new(CountryInvestorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Count = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Cap = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ef9dd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenCold *AssetTokenCold) PackExtendedRules() []byte {
	enc, err := assetTokenCold.abi.Pack("extendedRules")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ef9dd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenCold *AssetTokenCold) TryPackExtendedRules() ([]byte, error) {
	return assetTokenCold.abi.Pack("extendedRules")
}

// ExtendedRulesOutput serves as a container for the return parameters of contract
// method ExtendedRules.
type ExtendedRulesOutput struct {
	MinHolding        *big.Int
	FlowbackUntil     uint64
	InitialLockup     uint32
	LockupReason      uint8
	ForceFullTransfer bool
}

// UnpackExtendedRules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45ef9dd4.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenCold *AssetTokenCold) UnpackExtendedRules(data []byte) (ExtendedRulesOutput, error) {
	out, err := assetTokenCold.abi.Unpack("extendedRules", data)
	outstruct := new(ExtendedRulesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MinHolding = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FlowbackUntil = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.InitialLockup = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.LockupReason = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.ForceFullTransfer = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
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

// PackInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe159b5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCounting() view returns(bool)
func (assetTokenCold *AssetTokenCold) PackInvestorCounting() []byte {
	enc, err := assetTokenCold.abi.Pack("investorCounting")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe159b5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorCounting() view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackInvestorCounting() ([]byte, error) {
	return assetTokenCold.abi.Pack("investorCounting")
}

// UnpackInvestorCounting is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe159b5a.
//
// Solidity: function investorCounting() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackInvestorCounting(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("investorCounting", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackIsLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e2d117.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (assetTokenCold *AssetTokenCold) PackIsLiquidateOnly(wallet common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("isLiquidateOnly", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e2d117.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (assetTokenCold *AssetTokenCold) TryPackIsLiquidateOnly(wallet common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("isLiquidateOnly", wallet)
}

// UnpackIsLiquidateOnly is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e2d117.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsLiquidateOnly(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isLiquidateOnly", data)
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

// PackLocksOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f9ab58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (assetTokenCold *AssetTokenCold) PackLocksOf(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("locksOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocksOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f9ab58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (assetTokenCold *AssetTokenCold) TryPackLocksOf(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("locksOf", account)
}

// UnpackLocksOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f9ab58.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (assetTokenCold *AssetTokenCold) UnpackLocksOf(data []byte) ([]IAssetTokenColdLock, error) {
	out, err := assetTokenCold.abi.Unpack("locksOf", data)
	if err != nil {
		return *new([]IAssetTokenColdLock), err
	}
	out0 := *abi.ConvertType(out[0], new([]IAssetTokenColdLock)).(*[]IAssetTokenColdLock)
	return out0, nil
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

// PackMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9062c80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (assetTokenCold *AssetTokenCold) PackMaxCountryShare() []byte {
	enc, err := assetTokenCold.abi.Pack("maxCountryShare")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9062c80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (assetTokenCold *AssetTokenCold) TryPackMaxCountryShare() ([]byte, error) {
	return assetTokenCold.abi.Pack("maxCountryShare")
}

// UnpackMaxCountryShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9062c80.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (assetTokenCold *AssetTokenCold) UnpackMaxCountryShare(data []byte) (uint16, error) {
	out, err := assetTokenCold.abi.Unpack("maxCountryShare", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
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

// PackTransferAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac979746.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAllowance(address wallet) view returns(uint256[] remaining, uint64[] resets)
func (assetTokenCold *AssetTokenCold) PackTransferAllowance(wallet common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("transferAllowance", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac979746.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAllowance(address wallet) view returns(uint256[] remaining, uint64[] resets)
func (assetTokenCold *AssetTokenCold) TryPackTransferAllowance(wallet common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("transferAllowance", wallet)
}

// TransferAllowanceOutput serves as a container for the return parameters of contract
// method TransferAllowance.
type TransferAllowanceOutput struct {
	Remaining []*big.Int
	Resets    []uint64
}

// UnpackTransferAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac979746.
//
// Solidity: function transferAllowance(address wallet) view returns(uint256[] remaining, uint64[] resets)
func (assetTokenCold *AssetTokenCold) UnpackTransferAllowance(data []byte) (TransferAllowanceOutput, error) {
	out, err := assetTokenCold.abi.Unpack("transferAllowance", data)
	outstruct := new(TransferAllowanceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Remaining = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Resets = *abi.ConvertType(out[1], new([]uint64)).(*[]uint64)
	return *outstruct, nil
}

// PackTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fde61bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferLimits() view returns(uint32[] periods, uint256[] limits)
func (assetTokenCold *AssetTokenCold) PackTransferLimits() []byte {
	enc, err := assetTokenCold.abi.Pack("transferLimits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fde61bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferLimits() view returns(uint32[] periods, uint256[] limits)
func (assetTokenCold *AssetTokenCold) TryPackTransferLimits() ([]byte, error) {
	return assetTokenCold.abi.Pack("transferLimits")
}

// TransferLimitsOutput serves as a container for the return parameters of contract
// method TransferLimits.
type TransferLimitsOutput struct {
	Periods []uint32
	Limits  []*big.Int
}

// UnpackTransferLimits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fde61bc.
//
// Solidity: function transferLimits() view returns(uint32[] periods, uint256[] limits)
func (assetTokenCold *AssetTokenCold) UnpackTransferLimits(data []byte) (TransferLimitsOutput, error) {
	out, err := assetTokenCold.abi.Unpack("transferLimits", data)
	outstruct := new(TransferLimitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Periods = *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	outstruct.Limits = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
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

// AssetTokenColdCategoryCapsSet represents a CategoryCapsSet event raised by the AssetTokenCold contract.
type AssetTokenColdCategoryCapsSet struct {
	Caps [9]uint32
	Raw  *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCategoryCapsSetEventName = "CategoryCapsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCategoryCapsSet) ContractEventName() string {
	return AssetTokenColdCategoryCapsSetEventName
}

// UnpackCategoryCapsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCapsSet(uint32[9] caps)
func (assetTokenCold *AssetTokenCold) UnpackCategoryCapsSetEvent(log *types.Log) (*AssetTokenColdCategoryCapsSet, error) {
	event := "CategoryCapsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCategoryCapsSet)
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

// AssetTokenColdCountryCapSet represents a CountryCapSet event raised by the AssetTokenCold contract.
type AssetTokenColdCountryCapSet struct {
	Country uint16
	Cap     uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCountryCapSetEventName = "CountryCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCountryCapSet) ContractEventName() string {
	return AssetTokenColdCountryCapSetEventName
}

// UnpackCountryCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryCapSet(uint16 indexed country, uint32 cap)
func (assetTokenCold *AssetTokenCold) UnpackCountryCapSetEvent(log *types.Log) (*AssetTokenColdCountryCapSet, error) {
	event := "CountryCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCountryCapSet)
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

// AssetTokenColdExtendedRulesSet represents a ExtendedRulesSet event raised by the AssetTokenCold contract.
type AssetTokenColdExtendedRulesSet struct {
	MinHolding        *big.Int
	FlowbackUntil     uint64
	InitialLockup     uint32
	LockupReason      uint8
	ForceFullTransfer bool
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdExtendedRulesSetEventName = "ExtendedRulesSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdExtendedRulesSet) ContractEventName() string {
	return AssetTokenColdExtendedRulesSetEventName
}

// UnpackExtendedRulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtendedRulesSet(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenCold *AssetTokenCold) UnpackExtendedRulesSetEvent(log *types.Log) (*AssetTokenColdExtendedRulesSet, error) {
	event := "ExtendedRulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdExtendedRulesSet)
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

// AssetTokenColdInvestorCountingOn represents a InvestorCountingOn event raised by the AssetTokenCold contract.
type AssetTokenColdInvestorCountingOn struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdInvestorCountingOnEventName = "InvestorCountingOn"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdInvestorCountingOn) ContractEventName() string {
	return AssetTokenColdInvestorCountingOnEventName
}

// UnpackInvestorCountingOnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorCountingOn()
func (assetTokenCold *AssetTokenCold) UnpackInvestorCountingOnEvent(log *types.Log) (*AssetTokenColdInvestorCountingOn, error) {
	event := "InvestorCountingOn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdInvestorCountingOn)
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

// AssetTokenColdInvestorRecounted represents a InvestorRecounted event raised by the AssetTokenCold contract.
type AssetTokenColdInvestorRecounted struct {
	Anchor         common.Address
	FromCountry    uint16
	FromCategories uint8
	ToCountry      uint16
	ToCategories   uint8
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdInvestorRecountedEventName = "InvestorRecounted"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdInvestorRecounted) ContractEventName() string {
	return AssetTokenColdInvestorRecountedEventName
}

// UnpackInvestorRecountedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorRecounted(address indexed anchor, uint16 fromCountry, uint8 fromCategories, uint16 toCountry, uint8 toCategories)
func (assetTokenCold *AssetTokenCold) UnpackInvestorRecountedEvent(log *types.Log) (*AssetTokenColdInvestorRecounted, error) {
	event := "InvestorRecounted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdInvestorRecounted)
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

// AssetTokenColdLiquidateOnlySet represents a LiquidateOnlySet event raised by the AssetTokenCold contract.
type AssetTokenColdLiquidateOnlySet struct {
	Wallet     common.Address
	InvestorId [32]byte
	On         bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLiquidateOnlySetEventName = "LiquidateOnlySet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLiquidateOnlySet) ContractEventName() string {
	return AssetTokenColdLiquidateOnlySetEventName
}

// UnpackLiquidateOnlySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidateOnlySet(address indexed wallet, bytes32 indexed investorId, bool on)
func (assetTokenCold *AssetTokenCold) UnpackLiquidateOnlySetEvent(log *types.Log) (*AssetTokenColdLiquidateOnlySet, error) {
	event := "LiquidateOnlySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLiquidateOnlySet)
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

// AssetTokenColdLockAdded represents a LockAdded event raised by the AssetTokenCold contract.
type AssetTokenColdLockAdded struct {
	Account common.Address
	Amount  *big.Int
	Start   uint64
	Cliff   uint64
	End     uint64
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLockAddedEventName = "LockAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLockAdded) ContractEventName() string {
	return AssetTokenColdLockAddedEventName
}

// UnpackLockAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockAdded(address indexed account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 indexed reason)
func (assetTokenCold *AssetTokenCold) UnpackLockAddedEvent(log *types.Log) (*AssetTokenColdLockAdded, error) {
	event := "LockAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLockAdded)
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

// AssetTokenColdLockRemoved represents a LockRemoved event raised by the AssetTokenCold contract.
type AssetTokenColdLockRemoved struct {
	Account common.Address
	Index   *big.Int
	Amount  *big.Int
	Reason  uint8
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLockRemovedEventName = "LockRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLockRemoved) ContractEventName() string {
	return AssetTokenColdLockRemovedEventName
}

// UnpackLockRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockRemoved(address indexed account, uint256 index, uint256 amount, uint8 indexed reason, address indexed agent)
func (assetTokenCold *AssetTokenCold) UnpackLockRemovedEvent(log *types.Log) (*AssetTokenColdLockRemoved, error) {
	event := "LockRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLockRemoved)
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

// AssetTokenColdLockedUp represents a LockedUp event raised by the AssetTokenCold contract.
type AssetTokenColdLockedUp struct {
	Account     common.Address
	Amount      *big.Int
	LockedUntil uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLockedUpEventName = "LockedUp"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLockedUp) ContractEventName() string {
	return AssetTokenColdLockedUpEventName
}

// UnpackLockedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil)
func (assetTokenCold *AssetTokenCold) UnpackLockedUpEvent(log *types.Log) (*AssetTokenColdLockedUp, error) {
	event := "LockedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLockedUp)
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

// AssetTokenColdMaxCountryShareSet represents a MaxCountryShareSet event raised by the AssetTokenCold contract.
type AssetTokenColdMaxCountryShareSet struct {
	Bps uint16
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdMaxCountryShareSetEventName = "MaxCountryShareSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdMaxCountryShareSet) ContractEventName() string {
	return AssetTokenColdMaxCountryShareSetEventName
}

// UnpackMaxCountryShareSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxCountryShareSet(uint16 bps)
func (assetTokenCold *AssetTokenCold) UnpackMaxCountryShareSetEvent(log *types.Log) (*AssetTokenColdMaxCountryShareSet, error) {
	event := "MaxCountryShareSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdMaxCountryShareSet)
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

// AssetTokenColdTransferLimitsSet represents a TransferLimitsSet event raised by the AssetTokenCold contract.
type AssetTokenColdTransferLimitsSet struct {
	Periods []uint32
	Limits  []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTransferLimitsSetEventName = "TransferLimitsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTransferLimitsSet) ContractEventName() string {
	return AssetTokenColdTransferLimitsSetEventName
}

// UnpackTransferLimitsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferLimitsSet(uint32[] periods, uint256[] limits)
func (assetTokenCold *AssetTokenCold) UnpackTransferLimitsSetEvent(log *types.Log) (*AssetTokenColdTransferLimitsSet, error) {
	event := "TransferLimitsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTransferLimitsSet)
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
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["CountingOff"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackCountingOffError(raw[4:])
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
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["IdentityNotRegistered"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackIdentityNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidLock"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidLockup"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidLockupError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidReserveGuard"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidReserveGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidTransferLimit"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidTransferLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["LockExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackLockExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NoSuchLock"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNoSuchLockError(raw[4:])
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
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["TooManyLocks"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackTooManyLocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["TooManyWindows"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackTooManyWindowsError(raw[4:])
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

// AssetTokenColdCountingOff represents a CountingOff error raised by the AssetTokenCold contract.
type AssetTokenColdCountingOff struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountingOff()
func AssetTokenColdCountingOffErrorID() common.Hash {
	return common.HexToHash("0xd5178e9715674baea0f3e9650955d3a80d73ca91bb03478349d07c9800211d97")
}

// UnpackCountingOffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountingOff()
func (assetTokenCold *AssetTokenCold) UnpackCountingOffError(raw []byte) (*AssetTokenColdCountingOff, error) {
	out := new(AssetTokenColdCountingOff)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "CountingOff", raw); err != nil {
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

// AssetTokenColdIdentityNotRegistered represents a IdentityNotRegistered error raised by the AssetTokenCold contract.
type AssetTokenColdIdentityNotRegistered struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityNotRegistered(address wallet)
func AssetTokenColdIdentityNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xfa9b64eb64fc68a272709bb8e865cb0a60e3ab75b8fef7cec7b7e8e634dbe063")
}

// UnpackIdentityNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityNotRegistered(address wallet)
func (assetTokenCold *AssetTokenCold) UnpackIdentityNotRegisteredError(raw []byte) (*AssetTokenColdIdentityNotRegistered, error) {
	out := new(AssetTokenColdIdentityNotRegistered)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "IdentityNotRegistered", raw); err != nil {
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

// AssetTokenColdInvalidLock represents a InvalidLock error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidLock struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func AssetTokenColdInvalidLockErrorID() common.Hash {
	return common.HexToHash("0x11402dd1b3368bf7f94b8b521f69e74b4a6b37b11cc174f52463bfd55e758958")
}

// UnpackInvalidLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func (assetTokenCold *AssetTokenCold) UnpackInvalidLockError(raw []byte) (*AssetTokenColdInvalidLock, error) {
	out := new(AssetTokenColdInvalidLock)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidLockup represents a InvalidLockup error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidLockup struct {
	LockedUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func AssetTokenColdInvalidLockupErrorID() common.Hash {
	return common.HexToHash("0xf65609c5c052cc5369637f891b070f65e7d89faf48f129c3468a3c3a01ff5de4")
}

// UnpackInvalidLockupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func (assetTokenCold *AssetTokenCold) UnpackInvalidLockupError(raw []byte) (*AssetTokenColdInvalidLockup, error) {
	out := new(AssetTokenColdInvalidLockup)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidLockup", raw); err != nil {
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

// AssetTokenColdInvalidTransferLimit represents a InvalidTransferLimit error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidTransferLimit struct {
	Period uint32
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func AssetTokenColdInvalidTransferLimitErrorID() common.Hash {
	return common.HexToHash("0x093a012adf9ca649c36d3075fc0e36006a59854469938de6a00c650bd9277eb5")
}

// UnpackInvalidTransferLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func (assetTokenCold *AssetTokenCold) UnpackInvalidTransferLimitError(raw []byte) (*AssetTokenColdInvalidTransferLimit, error) {
	out := new(AssetTokenColdInvalidTransferLimit)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidTransferLimit", raw); err != nil {
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

// AssetTokenColdLockExceedsBalance represents a LockExceedsBalance error raised by the AssetTokenCold contract.
type AssetTokenColdLockExceedsBalance struct {
	Account common.Address
	Locked  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func AssetTokenColdLockExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0x97192e5900263cb64e1040d4e8b19fe52a2788f0894ecab56483003e5528c092")
}

// UnpackLockExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func (assetTokenCold *AssetTokenCold) UnpackLockExceedsBalanceError(raw []byte) (*AssetTokenColdLockExceedsBalance, error) {
	out := new(AssetTokenColdLockExceedsBalance)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "LockExceedsBalance", raw); err != nil {
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

// AssetTokenColdNoSuchLock represents a NoSuchLock error raised by the AssetTokenCold contract.
type AssetTokenColdNoSuchLock struct {
	Account common.Address
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchLock(address account, uint256 index)
func AssetTokenColdNoSuchLockErrorID() common.Hash {
	return common.HexToHash("0x174ff03d54b2c000328ea171a1536d0a915d43244ef0ad0def7480a4c25ffd4f")
}

// UnpackNoSuchLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchLock(address account, uint256 index)
func (assetTokenCold *AssetTokenCold) UnpackNoSuchLockError(raw []byte) (*AssetTokenColdNoSuchLock, error) {
	out := new(AssetTokenColdNoSuchLock)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "NoSuchLock", raw); err != nil {
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

// AssetTokenColdTooManyLocks represents a TooManyLocks error raised by the AssetTokenCold contract.
type AssetTokenColdTooManyLocks struct {
	Account common.Address
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func AssetTokenColdTooManyLocksErrorID() common.Hash {
	return common.HexToHash("0xacefc1d694c0aa4db91ea30e059057ae7af797718ba19d0c983211aeff59a056")
}

// UnpackTooManyLocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func (assetTokenCold *AssetTokenCold) UnpackTooManyLocksError(raw []byte) (*AssetTokenColdTooManyLocks, error) {
	out := new(AssetTokenColdTooManyLocks)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "TooManyLocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdTooManyWindows represents a TooManyWindows error raised by the AssetTokenCold contract.
type AssetTokenColdTooManyWindows struct {
	Windows *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func AssetTokenColdTooManyWindowsErrorID() common.Hash {
	return common.HexToHash("0x0ec209b696a826486ab346e5a99e710b396b1aa106f71793760c7359233b5947")
}

// UnpackTooManyWindowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func (assetTokenCold *AssetTokenCold) UnpackTooManyWindowsError(raw []byte) (*AssetTokenColdTooManyWindows, error) {
	out := new(AssetTokenColdTooManyWindows)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "TooManyWindows", raw); err != nil {
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
