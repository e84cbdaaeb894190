// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AssetToken} from "../src/AssetToken.sol";
import {AssetTokenBase} from "../src/AssetTokenBase.sol";
import {IAssetTokenCold} from "../src/interfaces/IAssetTokenCold.sol";

/// @title RulesCheck
/// @notice Test only: the regulated transfer rules checked at their
/// boundaries from Solidity, the way another contract meets them. This
/// contract is a verified investor of the token it is given and holds its
/// minter, agent and compliance-admin roles; each check sets one rule,
/// asserts the preview (detectTransferRestriction, canTransfer) and the real
/// transfer's outcome on both sides of the boundary, and resets the rule.
/// A failed assertion reverts with {CheckFailed}; contracts/solidity_test.go
/// deploys it and runs every check.
contract RulesCheck {
    error CheckFailed(string what, uint256 got, uint256 want);

    uint8 private constant OK = 0x00;
    uint8 private constant TOKENS_LOCKED = 0x58;
    uint8 private constant LIQUIDATE_ONLY = 0xA0;
    uint8 private constant BELOW_MIN_HOLDING = 0xA1;
    uint8 private constant PARTIAL_TRANSFER = 0xA2;
    uint8 private constant FLOWBACK = 0xA3;
    uint8 private constant COUNTRY_CAP = 0xA4;
    uint8 private constant CATEGORY_CAP = 0xA5;
    uint8 private constant COUNTRY_SHARE = 0xA6;
    uint8 private constant TRANSFER_LIMIT = 0xA7;

    uint256 private nonce;

    function _id() private returns (bytes32) {
        return keccak256(abi.encode(address(this), ++nonce));
    }

    /// Expects a transfer of `amount` from this contract to `to` to be refused
    /// with `code`, or to pass when `code` is 0 (and makes it).
    function _expect(AssetToken token, address to, uint256 amount, uint8 code, string memory what) private {
        uint8 got = token.detectTransferRestriction(address(this), to, amount);
        if (got != code) revert CheckFailed(string.concat(what, ": detectTransferRestriction"), got, code);
        if (token.canTransfer(address(this), to, amount) != (code == OK)) {
            revert CheckFailed(string.concat(what, ": canTransfer"), code, OK);
        }
        try token.transfer(to, amount) {
            if (code != OK) revert CheckFailed(string.concat(what, ": transfer passed"), OK, code);
        } catch (bytes memory reason) {
            if (code == OK) revert CheckFailed(string.concat(what, ": transfer refused"), reason.length, 0);
            if (bytes4(reason) != AssetTokenBase.TransferRestricted.selector) {
                revert CheckFailed(string.concat(what, ": revert is not TransferRestricted"), uint32(bytes4(reason)), code);
            }
            uint8 reverted = uint8(uint256(bytes32(_tail(reason))));
            if (reverted != code) revert CheckFailed(string.concat(what, ": revert code"), reverted, code);
        }
    }

    function _tail(bytes memory reason) private pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(reason, 36))
        }
    }

    function _expectMint(AssetToken token, address to, uint256 amount, uint8 code, string memory what) private {
        uint8 got = token.detectTransferRestriction(address(0), to, amount);
        if (got != code) revert CheckFailed(string.concat(what, ": mint preview"), got, code);
        if (code == OK) token.mint(to, amount, _id());
    }

    /// A vesting grant half vested (started 500 s ago, ends in 500 s, no
    /// cliff left) and a court-order lock: exactly the free units move.
    function checkLocks(AssetToken token, address to) external {
        IAssetTokenCold cold = IAssetTokenCold(address(token));
        uint256 t = block.timestamp;
        token.mintVesting(address(this), 1000, _id(), uint64(t - 500), uint64(t - 500), uint64(t + 500), 2);
        token.mint(address(this), 100, _id());
        cold.addLock(address(this), 100, uint64(t + 3600), uint64(t + 3600), uint64(t + 3600), 3);
        // 1,100 held; the grant locks 500 now, the court order 100: 500 free.
        _expect(token, to, 501, TOKENS_LOCKED, "locks: one unit over the free units");
        _expect(token, to, 500, OK, "locks: the free units");
        _expect(token, to, 1, TOKENS_LOCKED, "locks: nothing left free");
        IAssetTokenCold.Lock[] memory locks = cold.locksOf(address(this));
        if (locks.length != 2) revert CheckFailed("locks: locksOf length", locks.length, 2);
        cold.removeLock(address(this), 100, uint64(t + 3600), uint64(t + 3600), uint64(t + 3600), 3);
        _expect(token, to, 100, OK, "locks: the court order lifted");
    }

    /// Minimum holding, force full transfer and the Reg S flowback window.
    /// `to` is a verified holder in Europe, `us` a verified US person.
    function checkHoldingRules(AssetToken token, address to, address us) external {
        IAssetTokenCold cold = IAssetTokenCold(address(token));
        token.mint(address(this), 100, _id());
        uint256 held = token.balanceOf(address(this));
        cold.setExtendedRules(held - 30, 0, 0, 0, false);
        _expect(token, to, 31, BELOW_MIN_HOLDING, "min holding: keeping one unit below");
        _expect(token, to, 30, OK, "min holding: keeping exactly the minimum");
        cold.setExtendedRules(0, 0, 0, 0, true);
        held = token.balanceOf(address(this));
        _expect(token, to, held - 1, PARTIAL_TRANSFER, "force full: all but one unit");
        token.mint(address(this), 10, _id());
        cold.setExtendedRules(0, uint64(block.timestamp + 600), 0, 0, false);
        _expect(token, us, 1, FLOWBACK, "flowback: to a US person");
        _expect(token, to, 1, OK, "flowback: elsewhere");
        cold.setExtendedRules(0, 0, 0, 0, false);
        _expect(token, us, 1, OK, "flowback: off");
    }

    /// Liquidate-only: this investor may sell, nobody may send to it.
    function checkLiquidateOnly(AssetToken token, address to) external {
        IAssetTokenCold cold = IAssetTokenCold(address(token));
        token.mint(address(this), 10, _id());
        cold.setLiquidateOnly(address(this), true);
        _expectMint(token, address(this), 1, LIQUIDATE_ONLY, "liquidate-only: a mint to it");
        _expect(token, to, 5, OK, "liquidate-only: selling");
        cold.setLiquidateOnly(address(this), false);
        _expectMint(token, address(this), 1, OK, "liquidate-only: off");
    }

    /// A transfer window of 100 units an hour.
    function checkWindow(AssetToken token, address to) external {
        IAssetTokenCold cold = IAssetTokenCold(address(token));
        token.mint(address(this), 200, _id());
        uint32[] memory periods = new uint32[](1);
        uint256[] memory limits = new uint256[](1);
        periods[0] = 3600;
        limits[0] = 100;
        cold.setTransferLimits(periods, limits);
        _expect(token, to, 60, OK, "window: within the limit");
        _expect(token, to, 41, TRANSFER_LIMIT, "window: one unit over");
        _expect(token, to, 40, OK, "window: exactly the limit");
        (uint256[] memory remaining,) = cold.transferAllowance(address(this));
        if (remaining[0] != 0) revert CheckFailed("window: remaining", remaining[0], 0);
        cold.setTransferLimits(new uint32[](0), new uint256[](0));
    }

    /// Caps on a token that counts investors from its first unit: `fr1` and
    /// `fr2` are accredited investors in France, `us` a retail US investor.
    function checkCaps(AssetToken token, address fr1, address fr2, address us) external {
        IAssetTokenCold cold = IAssetTokenCold(address(token));
        cold.setInvestorCounting();
        uint16[] memory countries = new uint16[](1);
        uint32[] memory caps = new uint32[](1);
        countries[0] = 250;
        caps[0] = 1;
        cold.setCountryCaps(countries, caps);
        _expectMint(token, fr1, 10, OK, "country cap: the first French investor");
        _expectMint(token, fr2, 10, COUNTRY_CAP, "country cap: a second French investor");
        caps[0] = 0;
        cold.setCountryCaps(countries, caps);
        uint32[9] memory categories;
        categories[0] = 1; // one accredited investor
        cold.setCategoryCaps(categories);
        _expectMint(token, fr2, 10, CATEGORY_CAP, "category cap: a second accredited investor");
        cold.setCategoryCaps([uint32(0), 0, 0, 0, 0, 0, 0, 0, 0]);
        cold.setMaxCountryShare(5000);
        _expectMint(token, fr2, 10, COUNTRY_SHARE, "share: two French investors of two");
        _expectMint(token, us, 10, OK, "share: a US investor");
        (uint256 n,) = cold.countryInvestors(840);
        if (n != 1) revert CheckFailed("share: US investors counted", n, 1);
        cold.setMaxCountryShare(0);
    }
}
