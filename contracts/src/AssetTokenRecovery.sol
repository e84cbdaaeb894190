// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {AssetTokenBase} from "./AssetTokenBase.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";
import {TransferRestrictions as R} from "./TransferRestrictions.sol";
import {IERC7943Fungible} from "./interfaces/IERC7943.sol";

/// @title AssetTokenRecovery
/// @notice AssetToken's ERC-3643 wallet recovery, run by DELEGATECALL in the
/// token's storage: cold code kept out of the token so it fits EIP-170.
/// Stateless and without selfdestruct; deployed once per chain through the
/// deterministic deployment proxy, so its address (linked into the token at
/// compile time) is the same everywhere. The caller checks AGENT_ROLE.
library AssetTokenRecovery {
    // The wallet word and registry record layouts of {AssetTokenBase}.
    uint256 private constant U40 = (1 << 40) - 1;
    uint256 private constant U96 = (1 << 96) - 1;
    uint256 private constant U128 = (1 << 128) - 1;
    uint256 private constant TOTAL_SHIFT = 96;
    uint256 private constant LOCK_SHIFT = 192;
    uint256 private constant W_FROZEN = 1 << 232;
    uint256 private constant W_HAS_FROZEN_TOKENS = 1 << 233;
    uint256 private constant REC_EXPIRY_SHIFT = 176;
    uint256 private constant REC_REGISTERED = 1 << 255;

    // keccak256(abi.encode(uint256(keccak256("tessera.storage.AssetToken")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0xd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a00;

    function _s() private pure returns (AssetTokenBase.AssetTokenStorage storage $) {
        assembly {
            $.slot := STORAGE
        }
    }

    /// @notice AssetToken.recoveryAddress, once the caller's role is checked;
    /// `registry` is the token's identity registry.
    function recover(IdentityRegistry registry, address lostWallet, address newWallet, bytes32 investorId) external {
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        if (lostWallet == newWallet) revert AssetTokenBase.SameWallet();
        uint256 wl = $.wallets[lostWallet];
        uint256 amount = wl & U96;
        if (amount == 0) revert AssetTokenBase.NothingToRecover(lostWallet);
        if (investorId == bytes32(0) || registry.boundInvestorOf(lostWallet) != investorId) {
            revert AssetTokenBase.RecoveryInvestorMismatch(lostWallet, investorId);
        }
        if (registry.investorOf(newWallet) != investorId) revert AssetTokenBase.RecoveryInvestorMismatch(newWallet, investorId);
        uint256 rec = registry.record(newWallet);
        if (rec & REC_REGISTERED == 0 || uint64(rec >> REC_EXPIRY_SHIFT) <= block.timestamp) revert AssetTokenBase.TransferRestricted(R.RECEIVER_NOT_VERIFIED);

        uint256 wn = _recoverEncumbrance(lostWallet, newWallet, wl, $.wallets[newWallet] + amount);
        if (wl & W_FROZEN != 0 && wn & W_FROZEN == 0) {
            wn |= W_FROZEN;
            emit AssetTokenBase.AddressFrozen(newWallet, true, msg.sender);
        }
        // The lost wallet keeps its investor-total bits: it may be the anchor.
        $.wallets[lostWallet] = wl & ((U96 << TOTAL_SHIFT) | W_FROZEN);
        $.wallets[newWallet] = wn;
        emit IERC20.Transfer(lostWallet, newWallet, amount);
        emit AssetTokenBase.RecoverySuccess(lostWallet, newWallet, investorId);
    }

    /// @dev Moves the lost wallet's frozen amount and running lock-up onto the
    /// new wallet's: frozen amounts add up, locked amounts add up and the later
    /// end wins. Returns the new wallet's word with its lock end and bits set.
    function _recoverEncumbrance(address lostWallet, address newWallet, uint256 wl, uint256 wn)
        private
        returns (uint256)
    {
        AssetTokenBase.AssetTokenStorage storage $ = _s();
        uint256 el = $.encumbrance[lostWallet];
        uint256 en = $.encumbrance[newWallet];
        uint256 frozenLost = el & U128;
        uint256 frozen = (en & U128) + frozenLost;
        if (frozen > U128) frozen = U128;
        if (frozen != 0) wn |= W_HAS_FROZEN_TOKENS;
        uint256 endNew = (wn >> LOCK_SHIFT) & U40;
        uint256 locked = endNew > block.timestamp ? en >> 128 : 0;
        uint256 endLost = (wl >> LOCK_SHIFT) & U40;
        if (endLost > block.timestamp) {
            locked += el >> 128;
            if (endLost > endNew) wn = (wn & ~(U40 << LOCK_SHIFT)) | (endLost << LOCK_SHIFT);
        }
        delete $.encumbrance[lostWallet];
        $.encumbrance[newWallet] = frozen | (locked << 128);
        if (frozenLost != 0) {
            emit AssetTokenBase.TokensUnfrozen(lostWallet, frozenLost);
            emit IERC7943Fungible.Frozen(lostWallet, 0);
            emit AssetTokenBase.TokensFrozen(newWallet, frozenLost);
            emit IERC7943Fungible.Frozen(newWallet, frozen);
        }
        return wn;
    }

}
