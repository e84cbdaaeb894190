#!/usr/bin/env node
// Compiles every contract under src/ and reference/ (plus the Chainlink
// contracts named in EXTERNAL) through solc's standard-JSON interface and
// writes out/<Name>.json = {contractName, sourceName, abi, bytecode,
// deployedBytecode, immutableReferences}. Settings are pinned here so the
// output is reproducible. immutableReferences ({astId: [{start, length}]},
// byte offsets into deployedBytecode) say where the constructor writes
// immutables into the runtime code: the platform masks them to recognise
// its own contracts on chain (contracts/artifacts.go).
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const CHAINLINK_DIR = process.env.CHAINLINK_DIR || path.join(root, 'lib', 'chainlink');
const OUT = path.join(root, 'out');

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  viaIR: false,
  metadata: { bytecodeHash: 'none' },
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.deployedBytecode.immutableReferences'] },
  },
};

// Chainlink sources compiled as-is from the pinned npm tarball: the feed
// interface that readers bind to and the mock our feed is measured against.
const EXTERNAL = {
  '@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol': ['AggregatorV3Interface'],
  '@chainlink/contracts/src/v0.8/shared/mocks/MockV3Aggregator.sol': ['MockV3Aggregator'],
};

function listSol(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listSol(p);
    return e.name.endsWith('.sol') ? [p] : [];
  });
}

function resolveImport(name) {
  const candidates = [];
  if (name.startsWith('@chainlink/contracts/')) {
    candidates.push(path.join(CHAINLINK_DIR, name.slice('@chainlink/contracts/'.length)));
  } else if (name.startsWith('@')) {
    candidates.push(path.join(root, 'node_modules', name));
  } else {
    candidates.push(path.join(root, name));
  }
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${name} (run make contracts to install the toolchain)` };
}

function main() {
  const sources = {};
  const own = [...listSol(path.join(root, 'src')), ...listSol(path.join(root, 'reference'))]
    .map((p) => path.relative(root, p).split(path.sep).join('/'))
    .sort();
  if (own.length === 0) {
    console.error('compile: no .sol files under contracts/src');
    process.exit(1);
  }
  for (const rel of own) sources[rel] = { content: fs.readFileSync(path.join(root, rel), 'utf8') };
  for (const ext of Object.keys(EXTERNAL)) {
    const r = resolveImport(ext);
    if (r.error) {
      console.error(`compile: ${r.error}`);
      process.exit(1);
    }
    sources[ext] = { content: r.contents };
  }

  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: resolveImport }));

  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === 'error') failed = true;
    console.error(e.formattedMessage.trimEnd());
  }
  if (failed) process.exit(1);

  const wanted = new Set(own);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const seen = new Map();
  for (const [sourceName, contracts] of Object.entries(output.contracts)) {
    for (const [name, c] of Object.entries(contracts)) {
      const external = EXTERNAL[sourceName] && EXTERNAL[sourceName].includes(name);
      if (!wanted.has(sourceName) && !external) continue;
      if (seen.has(name)) {
        console.error(`compile: contract name ${name} is defined in ${seen.get(name)} and ${sourceName}`);
        process.exit(1);
      }
      seen.set(name, sourceName);
      const artifact = {
        contractName: name,
        sourceName,
        compiler: `solc ${solc.version()}`,
        settings: { optimizer: SETTINGS.optimizer, evmVersion: SETTINGS.evmVersion },
        abi: c.abi,
        bytecode: '0x' + c.evm.bytecode.object,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
        immutableReferences: c.evm.deployedBytecode.immutableReferences || {},
      };
      fs.writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    }
  }
  console.log(`compiled ${seen.size} contracts with solc ${solc.version()} into contracts/out`);
}

main();
