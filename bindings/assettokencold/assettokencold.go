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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountingOff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"InvalidLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"InvalidTransferLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"LockExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyWindows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"CategoryCapsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"CountryCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"ExtendedRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"InvestorCountingOn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"fromCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fromCategories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"toCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"toCategories\",\"type\":\"uint8\"}],\"name\":\"InvestorRecounted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"LiquidateOnlySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"LockRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"MaxCountryShareSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"TransferLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AssetTokenCold",
	Bin: "0x61483e610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610324575f3560e01c806399f644f6116101ba578063c2f1e6bd11610109578063e2e2d117116100a9578063e72d002911610084578063e72d002914610862578063ebe45cba14610881578063f652b755146108a0578063f9062c80146108a8575f5ffd5b8063e2e2d1171461081d578063e583983614610830578063e68da4b814610843575f5ffd5b8063d2e09b0a116100e4578063d2e09b0a146107a8578063d7e64c00146107c7578063d911800a146107cf578063db20a5b5146107fe575f5ffd5b8063c2f1e6bd14610761578063c3f9ab5814610769578063c69c09cf14610789575f5ffd5b8063b6a3f59a11610174578063bca0a23d1161014f578063bca0a23d14610707578063bd79c7ef1461071b578063bd8af8fd1461073a578063be159b5a14610759575f5ffd5b8063b6a3f59a146106d8578063b86b38fe146106f7578063bc99cc37146106ff575f5ffd5b806399f644f6146106285780639d51d9b71461063b578063ac3c4bcf1461065a578063ac97974614610679578063af1a8cb61461069a578063b586dc19146106b9575f5ffd5b80635b5ba2fd1161027657806382c8e52f116102305780638adf0af21161020b5780638adf0af2146105c35780638b4b3829146105e25780638f770ad01461060157806397809e0b14610609575f5ffd5b806382c8e52f1461058d5780638456cb59146105a757806386a82c94146105bb575f5ffd5b80635b5ba2fd146105025780635c975abb146105315780636290865d146105395780636da398b31461055357806373ad468a14610566578063826172ff1461056e575f5ffd5b8063204458f6116102e15780632fde61bc116102bc5780632fde61bc146104615780633f4ba83a1461047757806345ef9dd41461048b5780635a46d3b5146104d2575f5ffd5b8063204458f61461040457806329499219146104235780632fbf137c1461044b575f5ffd5b80630a6df89714610328578063125c4a3314610349578063150b7a0214610368578063158b1a57146103a55780631a7af379146103c65780631fe56f7d146103e5575b5f5ffd5b818015610333575f5ffd5b50610347610342366004613fe2565b6108c3565b005b818015610354575f5ffd5b5061034761036336600461400f565b610947565b818015610373575f5ffd5b50610387610382366004614039565b610a1c565b6040516001600160e01b031990911681526020015b60405180910390f35b6103b86103b33660046140d0565b610ad2565b60405190815260200161039c565b8180156103d1575f5ffd5b506103476103e0366004614132565b610b10565b8180156103f0575f5ffd5b506103476103ff36600461400f565b610bb1565b81801561040f575f5ffd5b5061034761041e366004614132565b610c49565b61043661043136600461419c565b610df0565b6040805192835260208301919091520161039c565b610453610e30565b60405161039c9291906141df565b610469610ece565b60405161039c929190614236565b818015610482575f5ffd5b50610347611015565b610493611087565b604080519586526001600160401b03909416602086015263ffffffff9092169284019290925260ff90911660608301521515608082015260a00161039c565b6104e56104e03660046140d0565b6110d1565b604080519283526001600160401b0390911660208301520161039c565b81801561050d575f5ffd5b5061052161051c366004614289565b611131565b604051901515815260200161039c565b61052161158d565b305b6040516001600160a01b03909116815260200161039c565b6105216105613660046142c7565b6115a1565b6103b86115c0565b818015610579575f5ffd5b506103476105883660046142de565b6115dc565b610595611715565b60405160ff909116815260200161039c565b8180156105b2575f5ffd5b50610347611728565b6103b8611793565b8180156105ce575f5ffd5b506103476105dd36600461432b565b6117a5565b8180156105ed575f5ffd5b506103476105fc36600461419c565b61198c565b6103b8611a2e565b818015610614575f5ffd5b506103476106233660046143a3565b611a44565b61052161063636600461419c565b611c72565b818015610646575f5ffd5b506103476106553660046142c7565b611cba565b818015610665575f5ffd5b5061034761067436600461400f565b611d52565b61068c6106873660046140d0565b611eec565b60405161039c9291906143da565b8180156106a5575f5ffd5b506103476106b4366004614132565b6121b2565b8180156106c4575f5ffd5b506103476106d33660046140d0565b61240f565b8180156106e3575f5ffd5b506103476106f23660046142c7565b612572565b610521612653565b6103b861265e565b818015610712575f5ffd5b5061034761266e565b818015610726575f5ffd5b5061034761073536600461443b565b6126fa565b818015610745575f5ffd5b50610347610754366004614456565b61276f565b610521612875565b61053b612880565b61077c6107773660046140d0565b61289b565b60405161039c91906144a8565b818015610794575f5ffd5b506103476107a33660046143a3565b6129fc565b8180156107b3575f5ffd5b506103476107c2366004614542565b612a20565b6103b8612a8a565b6107d7612a9a565b604080516001600160a01b0390931683526001600160401b0390911660208301520161039c565b818015610809575f5ffd5b5061034761081836600461455b565b612ad8565b61052161082b3660046140d0565b612b8c565b61052161083e3660046140d0565b612ca0565b81801561084e575f5ffd5b5061034761085d36600461458e565b612cde565b81801561086d575f5ffd5b5061034761087c3660046140d0565b612e2f565b81801561088c575f5ffd5b5061052161089b36600461400f565b6131f3565b610521613245565b6108b0613275565b60405161ffff909116815260200161039c565b6108d95f5160206147c95f395f51905f5261328f565b69ffffffff000000000000603082901b1669ffffffff000000000000196108fe61331c565b54161761090961331c565b5560405163ffffffff821681527f0de3b656191db95f0ae3b33d959531021110a9da5b819655d9d13a57496144ad906020015b60405180910390a150565b61095d5f5160206147e95f395f51905f5261328f565b5f6001600160801b0361096e61331c565b6001600160a01b0385165f908152600391909101602052604081205491909116915061099a8383614600565b90505f6001600160601b036109ad61331c565b6001600160a01b0387165f908152600291909101602052604090205416905080821115610a0b5760405163f0d8212b60e01b81526001600160a01b038616600482015260248101839052604481018290526064015b60405180910390fd5b610a158583613340565b5050505050565b5f5f610a2661331c565b600701546001600160a01b03169050801580610a4b5750336001600160a01b03821614155b80610a615750610a5961331c565b600801548514155b15610a885760405163853a50cb60e01b815233600482015260248101869052604401610a02565b6040516001600160a01b03871690869033907f65b9b6800269c1d914567df9d066fabc775c2ad11e29e2892d42fb99b98c58d0905f90a450630a85bd0160e11b9695505050505050565b5f6001600160801b03610ae361331c565b6003015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b610b265f5160206147e95f395f51905f5261328f565b828114610b49576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610a1557610ba9858583818110610b6857610b68614613565b9050602002016020810190610b7d91906140d0565b848484818110610b8f57610b8f614613565b9050602002016020810190610ba4919061443b565b6134f6565b600101610b4b565b610bc75f5160206147e95f395f51905f5261328f565b5f6001600160801b03610bd861331c565b6001600160a01b0385165f908152600391909101602052604090205416905080821115610c315760405163e0dfe97f60e01b81526001600160a01b03841660048201526024810182905260448101839052606401610a02565b610c4483610c3f8484614627565b613340565b505050565b610c5f5f5160206147c95f395f51905f5261328f565b610c67613592565b828114610c8a576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610a15575f610c9d61331c565b600e015f878785818110610cb357610cb3614613565b9050602002016020810190610cc8919061419c565b61ffff1681526020019081526020015f205490506020848484818110610cf057610cf0614613565b9050602002016020810190610d059190613fe2565b63ffffffff16901b63ffffffff821617610d1d61331c565b600e015f888886818110610d3357610d33614613565b9050602002016020810190610d48919061419c565b61ffff16815260208101919091526040015f2055858583818110610d6e57610d6e614613565b9050602002016020810190610d83919061419c565b61ffff167f0b7b5be1b5f5d3ca1408f2633cfc1f7e4b09791dd027abd6fb93b016a9139fbb858585818110610dba57610dba614613565b9050602002016020810190610dcf9190613fe2565b60405163ffffffff909116815260200160405180910390a250600101610c8c565b5f5f5f610dfb61331c565b600e015f8561ffff1681526020019081526020015f2054905063ffffffff811663ffffffff602083901c169250925050915091565b610e38613f8d565b610e40613f8d565b5f610e4961331c565b600f015490505f610e5861331c565b6010015490505f5b6009811015610ec757630fffffff610e7982601c61463a565b84901c16858260098110610e8f57610e8f614613565b6020020152630fffffff610ea482601c61463a565b83901c16848260098110610eba57610eba614613565b6020020152600101610e60565b5050509091565b6060805f60b4610edc61331c565b60090154901c6007169050806001600160401b03811115610eff57610eff614651565b604051908082528060200260200182016040528015610f28578160200160208202803683370190505b509250806001600160401b03811115610f4357610f43614651565b604051908082528060200260200182016040528015610f6c578160200160208202803683370190505b5091505f5b8181101561100f575f6001600160801b03610f9060018416608061463a565b610f9861331c565b600b01600185901c60028110610fb057610fb0614613565b0154901c16905080858381518110610fca57610fca614613565b602002602001019063ffffffff16908163ffffffff1681525050602081901c848381518110610ffb57610ffb614613565b602090810291909101015250600101610f71565b50509091565b61103e7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61328f565b60011961104961331c565b80549190911690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b5f5f5f5f5f5f61109561331c565b600901546001600160601b0381169764ffffffffff606083901c169750608882901c965060a882901c9550600160b01b90911615159350915050565b5f5f5f64ffffffffff60c06110e461331c565b6001600160a01b0387165f9081526002919091016020526040902054901c16905042811161111757505f93849350915050565b61112861112261331c565b856135bf565b94909350915050565b5f6111485f5160206147e95f395f51905f5261328f565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611185573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111a99190614665565b90505f6111b461331c565b9050846001600160a01b0316866001600160a01b0316036111e8576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0386165f908152600282016020526040812054906001600160601b03821690819003611239576040516386d9d03560e01b81526001600160a01b0389166004820152602401610a02565b8515806112af57506040516309b2c94960e41b81526001600160a01b038981166004830152879190861690639b2c949090602401602060405180830381865afa158015611288573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112ac9190614680565b14155b156112df57604051633419fc5160e21b81526001600160a01b038916600482015260248101879052604401610a02565b604051634dffeb6960e01b81526001600160a01b038881166004830152879190861690634dffeb6990602401602060405180830381865afa158015611326573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061134a9190614680565b1461137a57604051633419fc5160e21b81526001600160a01b038816600482015260248101879052604401610a02565b604051633465d6d560e01b81526001600160a01b0388811660048301525f9190861690633465d6d590602401602060405180830381865afa1580156113c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113e59190614680565b9050600160ff1b8116158061140757504260b082901c6001600160401b031611155b156114285760405163e18ca2b960e01b815260546004820152602401610a02565b6001600160a01b0388165f90815260028501602052604081205461145c908b908b908790611457908890614600565b613617565b9050600160e81b8416158015906114775750600160e81b8116155b156114bf57604051600160e81b919091179033906001906001600160a01b038c16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b03808b165f81815260028801602052604080822071050000000000ffffffffffffffffffffffff60601b89169055928c168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906115329087815260200190565b60405180910390a387896001600160a01b03168b6001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a4600196505050505050505b9392505050565b5f600161159861331c565b54161515919050565b5f6115aa61331c565b5f92835260050160205250604090205460ff1690565b5f6001600160601b0360506115d361331c565b54901c16919050565b6115f25f5160206147c95f395f51905f5261328f565b6115fa613592565b5f5f5b600981101561169a57630fffffff83826009811061161d5761161d614613565b6020020160208101906116309190613fe2565b63ffffffff1611156116555760405163162908e360e11b815260040160405180910390fd5b61166081601c61463a565b83826009811061167257611672614613565b6020020160208101906116859190613fe2565b63ffffffff16901b91909117906001016115fd565b50806116a461331c565b601001555f6116b161331c565b6009015490506116d982156116cc57600160b11b821761393f565b600160b11b19821661393f565b7f66399d7ba188664b067ebb564c5f04cdc11eda14dc5f2d8eba78b6a1194aed38836040516117089190614697565b60405180910390a1505050565b5f600861172061331c565b54901c919050565b6117517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61328f565b600161175b61331c565b80549190911790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2589060200161107d565b5f61179c61331c565b60080154905090565b6117bb5f5160206147e95f395f51905f5261328f565b8415806117ce57506001600160601b0385115b806117ea5750826001600160401b0316846001600160401b0316115b806118065750816001600160401b0316836001600160401b0316115b8061181a575042826001600160401b031611155b80611832575064ffffffffff826001600160401b0316115b15611872576040516311402dd160e01b8152600481018690526001600160401b038086166024830152808516604483015283166064820152608401610a02565b5f61187b61331c565b6001600160a01b0388165f90815260029190910160205260408120549150866118ab6118a561331c565b8a6135bf565b6118b59190614600565b90506001600160601b038216811115611902576040516397192e5960e01b81526001600160a01b0389166004820152602481018290526001600160601b0383166044820152606401610a02565b61195a61190d61331c565b898460d887901b60ff60d81b1667ffffffffffffffff60b01b60b08a901b1667ffffffffffffffff60881b60888c901b1667ffffffffffffffff60601b60608e901b168e1717171761397d565b61196261331c565b6001600160a01b039099165f90815260029990990160205260409098209790975550505050505050565b6119a25f5160206147c95f395f51905f5261328f565b6119aa613592565b6127108161ffff1611156119d15760405163162908e360e11b815260040160405180910390fd5b6119fa61ffff60b71b60b783901b16613fff60b71b196119ef61331c565b60090154161761393f565b60405161ffff821681527fcda19e61d3a20fdb7ef48963add4932a0c2583916d495815ec9ebb304e1bcc459060200161093c565b5f6080611a3961331c565b60010154901c905090565b611a5a5f5160206147e95f395f51905f5261328f565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611abb9190614665565b604051633465d6d560e01b81526001600160a01b0385811660048301529192505f91831690633465d6d590602401602060405180830381865afa158015611b04573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b289190614680565b90506001600160a01b038116611b5c5760405163fa9b64eb60e01b81526001600160a01b0385166004820152602401610a02565b5f611b6561331c565b6001600160a01b0383165f9081526002919091016020526040902054905083611b9557600160ea1b198116611b9d565b600160ea1b81175b611ba561331c565b6001600160a01b038481165f90815260029290920160205260409182902092909255516309b2c94960e41b8152868216600482015290841690639b2c949090602401602060405180830381865afa158015611c02573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c269190614680565b856001600160a01b03167fa4749aece38fe0dea9b814e4573e67539eb202572700c14d08e9316d1845547d86604051611c63911515815260200190565b60405180910390a35050505050565b5f6002611c7d61331c565b54161580611cb4575060ff8216611c9261331c565b60ff600885901c165f90815260049190910160205260409020546001911c1615155b92915050565b611cd05f5160206147c95f395f51905f5261328f565b6001600160601b03811115611cf85760405163162908e360e11b815260040160405180910390fd5b605081901b6bffffffffffffffffffffffff60501b19611d1661331c565b541617611d2161331c565b556040518181527f82f9980487703d8db41f1ba63b2665566f7fb449fbc840a9e0c6ca932bed582c9060200161093c565b611d685f5160206147e95f395f51905f5261328f565b5f611d7a611d7461331c565b84613afa565b905080518210611daf5760405163174ff03d60e01b81526001600160a01b038416600482015260248101839052604401610a02565b5f818381518110611dc257611dc2614613565b602002602001015190505f836001611dda9190614600565b90505b8251811015611e3157828181518110611df857611df8614613565b602002602001015183600183611e0e9190614627565b81518110611e1e57611e1e614613565b6020908102919091010152600101611ddd565b5060018251038252611e6f611e4461331c565b85611e4d61331c565b6001600160a01b0388165f908152600291909101602052604090205485613c96565b611e7761331c565b6001600160a01b0386165f818152600292909201602052604090912091909155339060ff60d884901c16907f0feb5a74a95732931236500a27b30b290adfbaf250fdeca1a70ea0579155179e86611ece8642613e63565b6040805192835260208301919091520160405180910390a450505050565b6060805f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f2c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f509190614665565b604051633465d6d560e01b81526001600160a01b0386811660048301529190911690633465d6d590602401602060405180830381865afa158015611f96573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fba9190614680565b90505f60b4611fc761331c565b60090154901c6007169050806001600160401b03811115611fea57611fea614651565b604051908082528060200260200182016040528015612013578160200160208202803683370190505b509350806001600160401b0381111561202e5761202e614651565b604051908082528060200260200182016040528015612057578160200160208202803683370190505b5092505f5b818110156121aa575f61207360018316608061463a565b90505f6001600160801b038261208761331c565b600b01600186901c6002811061209f5761209f614613565b0154901c1690505f6001600160801b03836120b861331c565b6001600160a01b0389165f908152600d9190910160205260409020600187901c600281106120e8576120e8614613565b0154901c1690505f61210463ffffffff8416606084901c614600565b90505f606083901c15806121185750814210155b61212b576001600160601b03831661212d565b5f5b905061213d81602086901c614627565b8a878151811061214f5761214f614613565b602090810291909101015280156121665781612168565b5f5b89878151811061217a5761217a614613565b60200260200101906001600160401b031690816001600160401b031681525050505050505080600101905061205c565b505050915091565b6121c85f5160206147c95f395f51905f5261328f565b828181146121ec576040516001621398b960e31b0319815260040160405180910390fd5b60048111156122175760405163076104db60e11b815260048181018390526024820152604401610a02565b61221f613fac565b5f5b828110156123945786868281811061223b5761223b614613565b90506020020160208101906122509190613fe2565b63ffffffff161580612279575084848281811061226f5761226f614613565b905060200201355f145b806122a257506001600160601b0385858381811061229957612299614613565b90506020020135115b15612310578686828181106122b9576122b9614613565b90506020020160208101906122ce9190613fe2565b8585838181106122e0576122e0614613565b60405163049d009560e11b815263ffffffff90941660048501526020029190910135602483015250604401610a02565b61231e60018216608061463a565b602086868481811061233257612332614613565b90506020020135901b88888481811061234d5761234d614613565b90506020020160208101906123629190613fe2565b63ffffffff1617901b82600183901c6002811061238157612381614613565b6020020180519091179052600101612221565b50805161239f61331c565b600b015560208101516123b061331c565b600c01556123ca60b483901b600760b41b196119ef61331c565b7f016d978be7bdc4416da82f56f1a8ea5ceb186a266a9dfb6dd22cdaf1bd19e2fe868686866040516123ff94939291906146d6565b60405180910390a1505050505050565b6124185f61328f565b5f61242161331c565b600701546001600160a01b031690505f61243961331c565b6008015490506001600160a01b0382166124665760405163c1ffbfc160e01b815260040160405180910390fd5b612471308383613eee565b61248e57604051635dbdcfb160e01b815260040160405180910390fd5b5f6001600160801b0361249f61331c565b6001015416905080156124c857604051630cddcbb560e31b815260048101829052602401610a02565b604051632142170760e11b81523060048201526001600160a01b038581166024830152604482018490528416906342842e0e906064015f604051808303815f87803b158015612515575f5ffd5b505af1158015612527573d5f5f3e3d5ffd5b50505050836001600160a01b031682846001600160a01b03167fe8383670d8496f6387cd90d87d2c260167c678257468a7230d4f233196f3d7e760405160405180910390a450505050565b61257b5f61328f565b5f61258461331c565b600101549050608081901c156125b357604051637c03277b60e11b8152608082901c6004820152602401610a02565b8115806125c657506001600160601b0382115b806125d957506001600160801b03811682105b156126095760405163051bc06760e11b8152600481018390526001600160801b0382166024820152604401610a02565b608082901b811761261861331c565b600101556040518281527fbc585eed6f54aa16ec292be93276937803d5a047ba4eded0c87779270bbfdfe69060200160405180910390a15050565b5f600261159861331c565b5f63ffffffff60306115d361331c565b6126845f5160206147c95f395f51905f5261328f565b5f6001600160801b0361269561331c565b6001015416905080156126be57604051630cddcbb560e31b815260048101829052602401610a02565b60086126c861331c565b805490911790556040517f405d90c9fe0268d1268a9a51fa97b8e6d16a65625786fdc65747b7fec484be53905f90a150565b6127105f5160206147c95f395f51905f5261328f565b806127275760021961272061331c565b5416612734565b600261273161331c565b54175b61273c61331c565b5560405181151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d9060200161093c565b6127855f5160206147c95f395f51905f5261328f565b5f5b8281101561286f575f8484838181106127a2576127a2614613565b90506020020160208101906127b7919061419c565b9050600160ff82161b5f6127c961331c565b60ff600885901c165f90815260049190910160205260409020549050846127f357811981166127f7565b8181175b6127ff61331c565b6004015f60088661ffff16901c61ffff1681526020019081526020015f20819055508261ffff167f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa86604051612859911515815260200190565b60405180910390a2505050806001019050612787565b50505050565b5f600861159861331c565b5f61288961331c565b600701546001600160a01b0316919050565b60605f6128a9611d7461331c565b905080516001600160401b038111156128c4576128c4614651565b60405190808252806020026020018201604052801561292257816020015b6040805160c0810182525f8082526020808301829052928201819052606082018190526080820181905260a082015282525f199092019101816128e25790505b5091505f5b81518110156129f5575f82828151811061294357612943614613565b602002602001015190506040518060c001604052806001600160601b038316815260200164ffffffffff606084901c166001600160401b0316815260200164ffffffffff608884901c166001600160401b0316815260200164ffffffffff60b084901c166001600160401b0316815260200160d883901c60ff1681526020016129cc8342613e63565b8152508483815181106129e1576129e1614613565b602090810291909101015250600101612927565b5050919050565b612a125f5160206147e95f395f51905f5261328f565b612a1c82826134f6565b5050565b612a365f5160206147c95f395f51905f5261328f565b61ff00600882901b1661ff0019612a4b61331c565b541617612a5661331c565b5560405160ff821681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b09060200161093c565b5f63ffffffff60106115d361331c565b5f5f612aa461331c565b600601546001600160a01b0316612ab961331c565b60060160149054906101000a90046001600160401b0316915091509091565b612aee5f5160206147c95f395f51905f5261328f565b81612af761331c565b60060180546001600160a01b0319166001600160a01b039290921691909117905580612b2161331c565b600601805467ffffffffffffffff60a01b1916600160a01b6001600160401b039384160217905560405190821681526001600160a01b038316907f0a44a61eac3383cba7c7b70ae3fe66e98e7e4873961640b819fba0ffab22215d9060200160405180910390a25050565b5f5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015612bca573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bee9190614665565b604051633465d6d560e01b81526001600160a01b0385811660048301529190911690633465d6d590602401602060405180830381865afa158015612c34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c589190614680565b90506001600160a01b038116158015906115865750600160ea1b612c7a61331c565b6001600160a01b0383165f90815260029190910160205260409020541615159392505050565b5f600160e81b612cae61331c565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054165f14159050919050565b612cf45f5160206147c95f395f51905f5261328f565b6001600160601b03851115612d1c5760405163162908e360e11b815260040160405180910390fd5b64ffffffffff846001600160401b03161180612d4157506312cc03008363ffffffff16115b15612d6a5760405163f65609c560e01b81526001600160401b0385166004820152602401610a02565b5f81612d76575f612d7c565b600160b01b5b67ffffffffffffffff60601b606087901b16871763ffffffff60881b608887901b161760ff60a81b60a886901b1617179050612dd081612dc16001600160b01b614627565b600160b01b17196119ef61331c565b604080518781526001600160401b038716602082015263ffffffff86169181019190915260ff8416606082015282151560808201527fc9cd424353ef53191de4e45ca8f9cbee753aadb23816146b5ad13a6df3ace2719060a0016123ff565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015612e6c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e909190614665565b604051633465d6d560e01b81526001600160a01b0384811660048301529190911690633465d6d590602401602060405180830381865afa158015612ed6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612efa9190614680565b90505f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015612f39573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f5d9190614665565b604051633465d6d560e01b81526001600160a01b0384811660048301529190911690633465d6d590602401602060405180830381865afa158015612fa3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fc79190614680565b90505f612fd261331c565b6001600160a01b0384165f90815260029190910160205260408120549150600160eb1b821690036130035750505050565b6203ffff60ec82901c1661ffff60a084901c1660ff60f085901c166203fc0060e686901c16821780840361303b575050505050505050565b600161304561331c565b600e015f866103ff1681526020019081526020015f205f8282546130699190614627565b909155506001905061307961331c565b600e015f8581526020019081526020015f205f8282546130999190614600565b909155505f90506130a861331c565b600f015490505f5b600981101561314357806008146130da576130cc81600a614600565b86901c6001165f14156130e1565b600a86901c155b15613102576130f181601c61463a565b6130ff906001901b83614627565b91505b8060081461311757600184821c16151561311a565b83155b1561313b5761312a81601c61463a565b613138906001901b83614600565b91505b6001016130b0565b508061314d61331c565b600f01556001620c000160ec1b03861660ec83901b1761316b61331c565b6001600160a01b038a165f81815260029290920160209081526040928390209390935581516103ff8916815260ff600a8a901c81169482019490945261ffff88169281019290925291851660608201527f358f9acf15b572761fd412d51fd56800ef0fe1c9370e4d0847e7800879ae0ea89060800160405180910390a2505050505050505050565b5f61320a5f5160206147e95f395f51905f5261328f565b6001600160801b038211156132325760405163162908e360e11b815260040160405180910390fd5b61323c8383613340565b50600192915050565b5f6132703061325261331c565b600701546001600160a01b031661326761331c565b60080154613eee565b905090565b5f60b761328061331c565b60090154901c613fff16905090565b604051632474521560e21b81526004810182905233602482015230906391d1485490604401602060405180830381865afa1580156132cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132f3919061474d565b6133195760405163e2517d3f60e01b815233600482015260248101829052604401610a02565b50565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b5f61334961331c565b6001600160a01b0384165f908152600391909101602052604090205490506001600160801b0381166001600160801b03198216831761338661331c565b6001600160a01b0386165f90815260039190910160205260408120919091556133ad61331c565b6001600160a01b0386165f9081526002919091016020526040902054905083156133dd57600160e91b81176133e6565b600160e91b1981165b6133ee61331c565b6001600160a01b0387165f90815260029190910160205260409020558184111561345d576001600160a01b0385167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a456134478487614627565b60405190815260200160405180910390a26134ac565b818410156134ac576001600160a01b0385167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d661349a8685614627565b60405190815260200160405180910390a25b846001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e7856040516134e791815260200190565b60405180910390a25050505050565b5f6134ff61331c565b6001600160a01b0384165f908152600291909101602052604090205490508161352f57600160e81b198116613537565b600160e81b81175b61353f61331c565b6001600160a01b0385165f818152600292909201602052604080832093909355915133928515159290917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a4505050565b600861359c61331c565b54165f036135bd5760405163d5178e9760e01b815260040160405180910390fd5b565b5f5f6135cb8484613afa565b90505f5b815181101561360f576135fb8282815181106135ed576135ed614613565b602002602001015142613e63565b6136059084614600565b92506001016135cf565b505092915050565b5f5f61362161331c565b6001600160a01b038088165f9081526003830160205260408082205492891682528120549293506001600160801b0391821692909161366291849116614600565b90506001600160801b0381111561367d57506001600160801b035b801561368d57600160e91b851794505b5f6136988489613afa565b90505f6136a5858b613afa565b90505f815183516136b69190614600565b6001600160401b038111156136cd576136cd614651565b6040519080825280602002602001820160405280156136f6578160200160208202803683370190505b5090505f5b83518110156137435783818151811061371657613716614613565b602002602001015182828151811061373057613730614613565b60209081029190910101526001016136fb565b505f5b825181101561379a5782818151811061376157613761614613565b6020026020010151828286516137779190614600565b8151811061378757613787614613565b6020908102919091010152600101613746565b506137a7868b8a84613c96565b975081515f146137e9576137e7868c8b5f6040519080825280602002602001820160405280156137e1578160200160208202803683370190505b50613c96565b505b6001600160a01b03808c165f908152600388016020526040808220829055918c1681522080546001600160801b031916851790558415613930578a6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d68660405161385e91815260200190565b60405180910390a28a6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e75f6040516138a191815260200190565b60405180910390a2896001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45866040516138e491815260200190565b60405180910390a2896001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e78560405161392791815260200190565b60405180910390a25b50959998505050505050505050565b8061394861331c565b60090155801561396357600461395c61331c565b5417613971565b60041961396e61331c565b54165b61397961331c565b5550565b5f5f6139898686613afa565b90505f8151600161399a9190614600565b6001600160401b038111156139b1576139b1614651565b6040519080825280602002602001820160405280156139da578160200160208202803683370190505b5090505f5b8251811015613a27578281815181106139fa576139fa614613565b6020026020010151828281518110613a1457613a14614613565b60209081029190910101526001016139df565b508381835181518110613a3c57613a3c614613565b60200260200101818152505060d884901c60ff16866001600160a01b03167f8c7000ceee23e6e779106e2ee34ab4ae114e2524a9c66a1f199cd5111901c2486001600160601b03871664ffffffffff606089901c1664ffffffffff60888a901c1664ffffffffff60b08b901c16604051613adb94939291909384526001600160401b039283166020850152908216604084015216606082015260800190565b60405180910390a3613aef87878784613c96565b979650505050505050565b6001600160a01b0381165f908152600a830160205260409020805460609190613b24816001614600565b6001600160401b03811115613b3b57613b3b614651565b604051908082528060200260200182016040528015613b64578160200160208202803683370190505b5092505f5f5f5b83811015613bef575f858281548110613b8657613b86614613565b905f5260205f20015490506001600160601b03811683613ba69190614600565b92504264ffffffffff60b083901c161115613be657808785613bc781614768565b965081518110613bd957613bd9614613565b6020026020010181815250505b50600101613b6b565b506001600160a01b0386165f90815260038801602090815260408083205460028b019092529091205460809190911c9060c01c64ffffffffff168282118015613c3757504281115b15613c8857613c5e613c498484614627565b606083901b17608883901b1760b083901b1790565b8785613c6981614768565b965081518110613c7b57613c7b614613565b6020026020010181815250505b505050835250909392505050565b80515f906008811115613cce57604051635677e0eb60e11b81526001600160a01b038616600482015260086024820152604401610a02565b6001600160a01b0385165f908152600a8701602052604081208054909180805b85811015613d8a575f888281518110613d0957613d09614613565b6020026020010151905084821015613d3e5780868381548110613d2e57613d2e614613565b5f91825260209091200155613d53565b85546001810187555f87815260209020018190555b613d666001600160601b03821685614600565b935060b081901c64ffffffffff1683811115613d80578093505b5050600101613cee565b50825b85811115613dc95784805480613da557613da5614780565b600190038181905f5260205f20015f9055905580613dc290614794565b9050613d8d565b506001600160a01b0389165f81815260038c0160205260409081902080546001600160801b0316608086901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e743390613e3a90859085909182526001600160401b0316602082015260400190565b60405180910390a264ffffffffff60c01b19881660c09190911b17945050505050949350505050565b5f60b083901c64ffffffffff16808310613e80575f915050611cb4565b6001600160601b038416608885901c64ffffffffff16841015613ea6579150611cb49050565b606085901c64ffffffffff16613ebc8184614627565b613ec68287614627565b613ed0908461463a565b613eda91906147a9565b613ee49083614627565b9695505050505050565b5f6001600160a01b038316613f0457505f611586565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa925050508015613f65575060408051601f3d908101601f19168201909252613f6291810190614665565b60015b613f7057505f611586565b846001600160a01b0316816001600160a01b031614915050611586565b6040518061012001604052806009906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b803563ffffffff81168114613fdd575f5ffd5b919050565b5f60208284031215613ff2575f5ffd5b61158682613fca565b6001600160a01b0381168114613319575f5ffd5b5f5f60408385031215614020575f5ffd5b823561402b81613ffb565b946020939093013593505050565b5f5f5f5f5f6080868803121561404d575f5ffd5b853561405881613ffb565b9450602086013561406881613ffb565b93506040860135925060608601356001600160401b03811115614089575f5ffd5b8601601f81018813614099575f5ffd5b80356001600160401b038111156140ae575f5ffd5b8860208284010111156140bf575f5ffd5b959894975092955050506020019190565b5f602082840312156140e0575f5ffd5b813561158681613ffb565b5f5f83601f8401126140fb575f5ffd5b5081356001600160401b03811115614111575f5ffd5b6020830191508360208260051b850101111561412b575f5ffd5b9250929050565b5f5f5f5f60408587031215614145575f5ffd5b84356001600160401b0381111561415a575f5ffd5b614166878288016140eb565b90955093505060208501356001600160401b03811115614184575f5ffd5b614190878288016140eb565b95989497509550505050565b5f602082840312156141ac575f5ffd5b813561ffff81168114611586575f5ffd5b805f5b600981101561286f5781518452602093840193909101906001016141c0565b61024081016141ee82856141bd565b6115866101208301846141bd565b5f8151808452602084019350602083015f5b8281101561422c57815186526020958601959091019060010161420e565b5093949350505050565b604080825283519082018190525f9060208501906060840190835b8181101561427557835163ffffffff16835260209384019390920191600101614251565b50508381036020850152613ee481866141fc565b5f5f5f6060848603121561429b575f5ffd5b83356142a681613ffb565b925060208401356142b681613ffb565b929592945050506040919091013590565b5f602082840312156142d7575f5ffd5b5035919050565b5f61012082840312156142ef575f5ffd5b82610120830111156142ff575f5ffd5b50919050565b80356001600160401b0381168114613fdd575f5ffd5b803560ff81168114613fdd575f5ffd5b5f5f5f5f5f5f60c08789031215614340575f5ffd5b863561434b81613ffb565b95506020870135945061436060408801614305565b935061436e60608801614305565b925061437c60808801614305565b915061438a60a0880161431b565b90509295509295509295565b8015158114613319575f5ffd5b5f5f604083850312156143b4575f5ffd5b82356143bf81613ffb565b915060208301356143cf81614396565b809150509250929050565b604081525f6143ec60408301856141fc565b82810360208401528084518083526020830191506020860192505f5b8181101561442f5783516001600160401b0316835260209384019390920191600101614408565b50909695505050505050565b5f6020828403121561444b575f5ffd5b813561158681614396565b5f5f5f60408486031215614468575f5ffd5b83356001600160401b0381111561447d575f5ffd5b614489868287016140eb565b909450925050602084013561449d81614396565b809150509250925092565b602080825282518282018190525f918401906040840190835b81811015614537578351805184526001600160401b0360208201511660208501526001600160401b0360408201511660408501526001600160401b03606082015116606085015260ff608082015116608085015260a081015160a08501525060c0830192506020840193506001810190506144c1565b509095945050505050565b5f60208284031215614552575f5ffd5b6115868261431b565b5f5f6040838503121561456c575f5ffd5b823561457781613ffb565b915061458560208401614305565b90509250929050565b5f5f5f5f5f60a086880312156145a2575f5ffd5b853594506145b260208701614305565b93506145c060408701613fca565b92506145ce6060870161431b565b915060808601356145de81614396565b809150509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611cb457611cb46145ec565b634e487b7160e01b5f52603260045260245ffd5b81810381811115611cb457611cb46145ec565b8082028115828204841417611cb457611cb46145ec565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215614675575f5ffd5b815161158681613ffb565b5f60208284031215614690575f5ffd5b5051919050565b610120810181835f5b60098110156146cd5763ffffffff6146b783613fca565b16835260209283019291909101906001016146a0565b50505092915050565b604080825281018490525f8560608301825b878110156147135763ffffffff6146fe84613fca565b168252602092830192909101906001016146e8565b5083810360208501528481526001600160fb1b03851115614732575f5ffd5b8460051b915081866020830137016020019695505050505050565b5f6020828403121561475d575f5ffd5b815161158681614396565b5f60018201614779576147796145ec565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b5f816147a2576147a26145ec565b505f190190565b5f826147c357634e487b7160e01b5f52601260045260245ffd5b50049056fe6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c76cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709a264697066735822122012b66690c14a448b8bbbfedc6a25cad9e2485166a95a8d3676f1cc8b01767db364736f6c63430008250033",
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
