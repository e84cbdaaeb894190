// Package chain is the Ethereum vocabulary every Tessera part shares: the
// record of deployed contracts and how to deploy them once per chain, and
// the records the indexer reads from the chain (transfers, mints,
// valuations, identities, distributions). It links no node: the dev chain
// and the anvil launcher live in chain/devnet, the indexer in chain/indexer.
package chain
