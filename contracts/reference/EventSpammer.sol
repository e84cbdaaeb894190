// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title EventSpammer
/// @notice Emits ERC-20 Transfer events in bulk without keeping balances, so
/// the indexer benchmark (bench/indexer_test.go) can seed a chain with a
/// hundred thousand events in a few dozen transactions. Holders are the
/// addresses `first`, `first + 1`, … It exists only for measurement.
contract EventSpammer {
    /// @notice The ERC-20 Transfer event, as a token emits it.
    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @notice Emits a mint of `amount` to each of `holders` holders.
    function mint(uint160 first, uint160 holders, uint256 amount) external {
        for (uint160 i; i < holders; ++i) {
            emit Transfer(address(0), address(first + i), amount);
        }
    }

    /// @notice Emits `n` transfers of one unit around the ring of `holders`
    /// holders, starting with holder `start` paying the next one.
    function spam(uint160 first, uint160 holders, uint160 start, uint256 n) external {
        uint160 k = start % holders;
        for (uint256 i; i < n; ++i) {
            uint160 next = k + 1 == holders ? 0 : k + 1;
            emit Transfer(address(first + k), address(first + next), 1);
            k = next;
        }
    }
}
