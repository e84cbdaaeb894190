#!/usr/bin/env node
// Compiles every contract under src/, reference/ and test/ (test/layout/
// holds storage-layout fixtures that only layout.js compiles), plus the
// Chainlink and OpenZeppelin contracts named in EXTERNAL, through solc's
// standard-JSON interface and writes out/<Name>.json = {contractName,
// sourceName, abi, bytecode, deployedBytecode, immutableReferences,
// storageLayout, metadata}. Settings are pinned here so the output is
// reproducible. immutableReferences ({astId: [{start, length}]}, byte
// offsets into deployedBytecode) say where the constructor writes
// immutables into the runtime code: the platform masks them to recognise
// its own contracts on chain (contracts/artifacts.go).
//
// Verifiable builds: the bytecode ends in the IPFS hash of solc's metadata,
// which commits to every source's keccak256, and out/solc-input.json is the
// exact standard-JSON input compiled here (every source, the settings), so
// a verifier recompiles any contract from it (Etherscan: standard JSON
// input; Sourcify: an artifact's metadata plus the sources it names).
//
// CONTRACTS_OUT names another output directory (default: contracts/out):
// `make check-generated` compiles into a temporary one and compares it
// with the tree, which it never writes.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');
const { keccak256 } = require('js-sha3');

const root = __dirname;
const CHAINLINK_DIR = process.env.CHAINLINK_DIR || path.join(root, 'lib', 'chainlink');
const OUT = path.resolve(process.env.CONTRACTS_OUT || path.join(root, 'out'));

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  viaIR: false,
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: {
    '*': {
      '*': [
        'abi',
        'evm.bytecode.object',
        'evm.bytecode.linkReferences',
        'evm.deployedBytecode.object',
        'evm.deployedBytecode.linkReferences',
        'evm.deployedBytecode.immutableReferences',
        'evm.methodIdentifiers',
        'metadata',
        'storageLayout',
      ],
    },
  },
};

// Sources compiled as-is from the pinned npm packages: Chainlink's feed
// interface that readers bind to and the mock our feed is measured against;
// OpenZeppelin's proxy every upgradeable contract sits behind and the
// timelock that alone may upgrade them.
const EXTERNAL = {
  '@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol': ['AggregatorV3Interface'],
  '@chainlink/contracts/src/v0.8/shared/mocks/MockV3Aggregator.sol': ['MockV3Aggregator'],
  '@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol': ['ERC1967Proxy'],
  '@openzeppelin/contracts/governance/TimelockController.sol': ['TimelockController'],
};

// The deterministic deployment proxy (github.com/Arachnid/deterministic-deployment-proxy):
// a contract created through it with salt 0 has an address that depends on
// its creation code alone. Tessera's libraries live there, so their
// addresses are linked into the contracts here, at compile time, and the
// bytecode is the same on every chain.
const DETERMINISTIC_DEPLOYER = '4e59b44847b379578588920ca78fbf26c0b4956c';

// create2Address returns the address the deterministic deployment proxy gives
// creation code `bytecode` (hex, no 0x) with salt 0.
function create2Address(bytecode) {
  const codeHash = keccak256(Buffer.from(bytecode, 'hex'));
  const preimage = Buffer.from('ff' + DETERMINISTIC_DEPLOYER + '00'.repeat(32) + codeHash, 'hex');
  return '0x' + keccak256(preimage).slice(24);
}

// Own sources: every .sol under these folders, except the skipped ones.
const OWN_DIRS = ['src', 'reference', 'test'];
const SKIP_DIRS = new Set(['test/layout']);

function listSol(dir) {
  if (!fs.existsSync(dir)) return [];
  if (SKIP_DIRS.has(path.relative(root, dir).split(path.sep).join('/'))) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listSol(p);
    return e.name.endsWith('.sol') ? [p] : [];
  });
}

// sorted returns a copy of v with every object's keys in order, so the
// JSON written is the same byte for byte on every run.
function sorted(v) {
  if (Array.isArray(v)) return v.map(sorted);
  if (v === null || typeof v !== 'object') return v;
  const o = {};
  for (const k of Object.keys(v).sort()) o[k] = sorted(v[k]);
  return o;
}

// closure returns input with every imported source added (read through
// resolveImport), so the input compiles without an import callback: it is
// then the whole build, as a verifier needs it.
function closure(input) {
  const probe = { ...input, settings: { ...input.settings, outputSelection: { '*': { '': ['ast'] } } } };
  const out = JSON.parse(solc.compile(JSON.stringify(probe), { import: resolveImport }));
  const errors = (out.errors || []).filter((e) => e.severity === 'error');
  if (errors.length) return { errors };
  const sources = {};
  for (const name of Object.keys(out.sources).sort()) {
    if (input.sources[name]) {
      sources[name] = input.sources[name];
      continue;
    }
    const r = resolveImport(name);
    if (r.error) return { errors: [{ severity: 'error', formattedMessage: r.error }] };
    sources[name] = { content: r.contents };
  }
  return { input: { ...input, sources } };
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

function compileOrExit(input) {
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === 'error') failed = true;
    console.error(e.formattedMessage.trimEnd());
  }
  if (failed) process.exit(1);
  return output;
}

function main() {
  const sources = {};
  const own = OWN_DIRS.flatMap((d) => listSol(path.join(root, d)))
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

  const full = closure({ language: 'Solidity', sources, settings: SETTINGS });
  if (full.errors) {
    for (const e of full.errors) console.error(e.formattedMessage.trimEnd());
    process.exit(1);
  }
  const input = sorted(full.input);
  const output = compileOrExit(input);
  checkFallbacks(output);

  // Libraries sit at the deterministic deployment proxy's address for
  // their creation code, so the artifacts are written linked: the same
  // bytes on every chain, with the linked ranges and addresses recorded
  // (solc-input.json stays the unlinked compilation a verifier repeats).
  const libraries = {};
  for (const contracts of Object.values(output.contracts)) {
    for (const c of Object.values(contracts)) {
      for (const [source, libs] of Object.entries(c.evm.bytecode.linkReferences || {})) {
        for (const lib of Object.keys(libs)) {
          const l = output.contracts[source][lib];
          if (Object.keys(l.evm.bytecode.linkReferences || {}).length) {
            console.error(`compile: library ${lib} links other libraries: it cannot have a deterministic address`);
            process.exit(1);
          }
          libraries[`${source}:${lib}`] = create2Address(l.evm.bytecode.object);
        }
      }
    }
  }
  const link = (object, refs) => {
    let code = object;
    for (const [source, libs] of Object.entries(refs || {})) {
      for (const [lib, spans] of Object.entries(libs)) {
        const addr = libraries[`${source}:${lib}`].slice(2);
        for (const { start, length } of spans) {
          code = code.slice(0, 2 * start) + addr + code.slice(2 * (start + length));
        }
      }
    }
    return code;
  };
  const linkedLibraries = (refs) => {
    const out = {};
    for (const [source, libs] of Object.entries(refs || {})) {
      for (const lib of Object.keys(libs)) out[`${source}:${lib}`] = libraries[`${source}:${lib}`];
    }
    return sorted(out);
  };

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
        bytecode: '0x' + link(c.evm.bytecode.object, c.evm.bytecode.linkReferences),
        deployedBytecode: '0x' + link(c.evm.deployedBytecode.object, c.evm.deployedBytecode.linkReferences),
        libraries: linkedLibraries(c.evm.bytecode.linkReferences),
        immutableReferences: c.evm.deployedBytecode.immutableReferences || {},
        storageLayout: c.storageLayout,
        metadata: c.metadata,
      };
      fs.writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    }
  }
  fs.writeFileSync(path.join(OUT, 'solc-input.json'), JSON.stringify(input) + '\n');
  console.log(`compiled ${seen.size} contracts with solc ${solc.version()} into ${path.relative(process.cwd(), OUT) || '.'}`);
}

// Contracts whose fallback delegates every other selector to a library's
// code, with the interface that declares those selectors for callers
// (solc leaves a library's state-changing functions out of its ABI).
const FALLBACKS = [
  { contract: 'src/AssetToken.sol:AssetToken', library: 'src/AssetTokenCold.sol:AssetTokenCold', iface: 'src/interfaces/IAssetTokenCold.sol:IAssetTokenCold' },
];

// checkFallbacks fails the build when an interface of FALLBACKS and its
// library differ by one selector, or when the contract answers one of them
// itself (its own function would run instead of the library's).
function checkFallbacks(output) {
  const ids = (name) => {
    const [source, contract] = name.split(':');
    const c = output.contracts[source] && output.contracts[source][contract];
    if (!c) {
      console.error(`compile: ${name} is not in the build`);
      process.exit(1);
    }
    return c.evm.methodIdentifiers;
  };
  for (const f of FALLBACKS) {
    const lib = new Set(Object.values(ids(f.library)));
    const iface = ids(f.iface);
    const own = new Set(Object.values(ids(f.contract)));
    const problems = [];
    for (const [sig, id] of Object.entries(iface)) {
      if (!lib.has(id)) problems.push(`${f.iface} declares ${sig}, which ${f.library} lacks`);
      if (own.has(id)) problems.push(`${f.contract} answers ${sig} itself, which ${f.iface} sends to ${f.library}`);
    }
    const declared = new Set(Object.values(iface));
    for (const [sig, id] of Object.entries(ids(f.library))) {
      if (!declared.has(id)) problems.push(`${f.library} has ${sig}, which ${f.iface} does not declare`);
    }
    if (problems.length) {
      for (const p of problems) console.error(`compile: ${p}`);
      process.exit(1);
    }
  }
}

// layout.js compiles the same build (or the layout fixtures) again, in
// memory, with the ASTs upgrades-core reads.
module.exports = { SETTINGS, closure, sorted };

if (require.main === module) main();
