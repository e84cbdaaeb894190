// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";

import {IdentityRegistry} from "./IdentityRegistry.sol";

/// @title IdentityRegistryProxy
/// @notice The ERC-1967 proxy the platform's {IdentityRegistry} sits behind:
/// OpenZeppelin's ERC1967Proxy (UUPS upgrades through the implementation,
/// initialize in the constructor) that answers the two reads every token
/// transfer makes, {IdentityRegistry.record} and {IdentityRegistry.records},
/// from its own storage instead of delegating them. A delegated read costs
/// the caller the implementation slot and the implementation's account, both
/// cold (4,700 gas), on every compliant transfer of every token.
///
/// The answer is the implementation's: the records mapping is the first
/// field of the registry's ERC-7201 namespace (tessera.storage.IdentityRegistry)
/// and every implementation must keep it there, with the record layout
/// {IdentityRegistry} documents. Only well-formed calls take this path (no value, exact
/// calldata length, clean addresses); anything else is delegated, so an
/// ill-formed call reverts as the implementation's ABI decoder makes it.
contract IdentityRegistryProxy is ERC1967Proxy {
    // {IdentityRegistry}'s namespace, whose first field is the records mapping:
    // keccak256(abi.encode(uint256(keccak256("tessera.storage.IdentityRegistry")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE = 0x94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df800;

    constructor(address implementation, bytes memory data) payable ERC1967Proxy(implementation, data) {}

    function _fallback() internal override {
        if (msg.value == 0) {
            if (msg.sig == IdentityRegistry.records.selector && msg.data.length == 68) {
                assembly {
                    let from := calldataload(4)
                    let to := calldataload(36)
                    if iszero(shr(160, or(from, to))) {
                        mstore(0x00, from)
                        mstore(0x20, STORAGE)
                        let fromRecord := sload(keccak256(0x00, 0x40))
                        mstore(0x00, to)
                        mstore(0x20, sload(keccak256(0x00, 0x40)))
                        mstore(0x00, fromRecord)
                        return(0x00, 0x40)
                    }
                }
            } else if (msg.sig == IdentityRegistry.record.selector && msg.data.length == 36) {
                assembly {
                    let wallet := calldataload(4)
                    if iszero(shr(160, wallet)) {
                        mstore(0x00, wallet)
                        mstore(0x20, STORAGE)
                        mstore(0x00, sload(keccak256(0x00, 0x40)))
                        return(0x00, 0x20)
                    }
                }
            }
        }
        super._fallback();
    }
}
