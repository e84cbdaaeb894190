package chain

import (
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/dealingcold"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/tesserafactory"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
)

// SuiteABIs are the ABIs of Tessera's contracts, whose custom errors (the
// compliance restriction code among them) revert reasons are decoded with.
func SuiteABIs() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{&assettoken.AssetTokenMetaData, &deedtoken.DeedTokenMetaData,
		&identityregistry.IdentityRegistryMetaData, &valuationfeed.ValuationFeedMetaData, &distributor.DistributorMetaData,
		&timelockcontroller.TimelockControllerMetaData, &tesserafactory.TesseraFactoryMetaData,
		&dealing.DealingMetaData, &dealingcold.DealingColdMetaData} {
		if a, err := md.ParseABI(); err == nil {
			out = append(out, a)
		}
	}
	return out
}
