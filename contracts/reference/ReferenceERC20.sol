// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReferenceERC20
/// @notice A plain OpenZeppelin ERC-20, the yardstick of the gas benchmark
/// (bench/gas_test.go): the compliant AssetToken transfer is measured against
/// this one's. Anyone may mint; it exists only for measurement.
contract ReferenceERC20 is ERC20 {
    constructor() ERC20("Reference", "REF") {}

    /// @notice Mints `amount` to `to` (benchmark setup).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
