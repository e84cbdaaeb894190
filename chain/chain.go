// Package chain holds the Ethereum access every Tessera domain shares: the
// record of deployed contracts, the in-process dev chain, the anvil launcher
// tests use, and (as they arrive) the transaction manager and indexer.
package chain
