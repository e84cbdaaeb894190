// SPDX-License-Identifier: CC0-1.0
pragma solidity 0.8.37;

/// @title ICompliance
/// @notice ERC-3643: the offering's compliance rules, bound to one token,
/// asked before and told after every transfer, mint and burn.
interface ICompliance {
    event TokenBound(address _token);
    event TokenUnbound(address _token);

    function bindToken(address _token) external;
    function unbindToken(address _token) external;
    function isTokenBound(address _token) external view returns (bool);
    function getTokenBound() external view returns (address);
    function canTransfer(address _from, address _to, uint256 _amount) external view returns (bool);
    function transferred(address _from, address _to, uint256 _amount) external;
    function created(address _to, uint256 _amount) external;
    function destroyed(address _from, uint256 _amount) external;
}
