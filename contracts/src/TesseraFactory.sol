// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Create2} from "@openzeppelin/contracts/utils/Create2.sol";

/// @title TesseraFactory
/// @notice Deploys contracts with CREATE2 at addresses that depend only on the
/// deployer, its salt and the init code, so the platform can predict (and
/// resume) every deployment, on every chain. The factory itself has no
/// constructor arguments and is deployed through the deterministic deployment
/// proxy (0x4e59b44847b379578588920ca78fbf26c0b4956c) with salt 0, so it too
/// has one address everywhere.
///
/// The effective salt is keccak256(abi.encode(msg.sender, salt)): nobody can
/// take an address another deployer will use, and {deployerOf} tells who
/// deployed an instance, which is how the platform recognises its own proxies.
/// Tessera's proxies are ERC1967Proxy(implementation, initializeCalldata), so an
/// instance is initialized in the same transaction that creates it.
contract TesseraFactory {
    /// @notice Who deployed each instance (zero for addresses this factory did not create).
    mapping(address instance => address deployer) public deployerOf;

    /// @notice `deployer` created `instance` with its `salt` and init code of hash `initCodeHash`.
    event Deployed(address indexed instance, address indexed deployer, bytes32 indexed salt, bytes32 initCodeHash);

    /// @notice The address the deployment would create already holds code.
    error InstanceExists(address instance);

    /// @notice Creates `initCode` at {predict}(msg.sender, salt, keccak256(initCode)).
    /// Reverts if that address holds code or the creation fails (the init
    /// code's revert is passed on).
    function deploy(bytes32 salt, bytes calldata initCode) external returns (address instance) {
        bytes32 initCodeHash = keccak256(initCode);
        bytes32 effective = _salt(msg.sender, salt);
        address predicted = Create2.computeAddress(effective, initCodeHash);
        if (predicted.code.length != 0) revert InstanceExists(predicted);
        instance = Create2.deploy(0, effective, initCode);
        deployerOf[instance] = msg.sender;
        emit Deployed(instance, msg.sender, salt, initCodeHash);
    }

    /// @notice The address `deployer` gets from {deploy} with `salt` and init code of hash `initCodeHash`.
    function predict(address deployer, bytes32 salt, bytes32 initCodeHash) external view returns (address) {
        return Create2.computeAddress(_salt(deployer, salt), initCodeHash);
    }

    function _salt(address deployer, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(deployer, salt));
    }
}
