#!/usr/bin/env node
// Storage-layout check of Tessera's upgradeable contracts, with OpenZeppelin's
// upgrades-core (the library behind OpenZeppelin's Hardhat and Foundry
// upgrades plugins):
//
//   node contracts/layout.js               check (make check-layout)
//   node contracts/layout.js --accept      record the current layouts (release step)
//   node contracts/layout.js --pair A B    may a proxy of fixture A upgrade to B?
//
// The check recompiles out/solc-input.json, the exact build of contracts/out,
// in memory with the ASTs upgrades-core reads (out/ stays free of them), then,
// for every upgradeable contract of src/ (a concrete contract that inherits
// Initializable; UUPS when it has upgradeToAndCall):
//   - runs upgrades-core's validation: no constructor but the one that only
//     disables initializers, no selfdestruct or delegatecall, no linked
//     external library, initializers called once and in order, unless the
//     source allows one with `@custom:oz-upgrades-unsafe-allow`;
//   - compares its storage layout, ERC-7201 namespaces included, with the
//     reference layout/<Name>.json, the layout the last release deployed:
//     a change an upgrade cannot take (a field moved, retyped, removed, a
//     namespace dropped) fails with upgrades-core's explanation; a change it
//     can take (a field appended, a new namespace) fails too, until
//     `--accept` records it, so that a reference is always a layout proxies
//     on chain may hold.
// Contracts of the build that say `@custom:oz-upgrades-from <Name>` (test
// versions of a next release) must be safe upgrades from <Name>'s reference.
// And every storage pointer of our own sources that assembly points at a
// namespace must use the slot ERC-7201 gives it: upgrades-core reads the
// annotation, not the constant the code uses.
//
// --accept writes layout/<Name>.json for every upgradeable contract whose
// layout is a safe upgrade from its reference. It refuses an incompatible
// one: only when no proxy anywhere holds the old layout (it was never
// released) may its reference be deleted by hand and accepted anew.
//
// --pair A B compiles the fixtures under test/layout (which compile.js leaves
// out of contracts/out and the bindings), validates A and B, and compares
// A's layout with B's; contracts/layout_test.go proves with it that the
// check fails on a reordered or retyped namespaced field and on a namespace
// constant off its ERC-7201 slot, and passes an appended field.
//
// References keep what a layout is (fields, types, slots, offsets, the
// contract and file that declare each field) and drop what moves with any
// edit (AST ids, line numbers), so they change only when storage does.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');
const core = require('@openzeppelin/upgrades-core');
const { unfoldStorageLayout } = require('@openzeppelin/upgrades-core/dist/validate/query');
const { keccak256 } = require('js-sha3');
const { SETTINGS, closure, sorted } = require('./compile.js');

const root = __dirname;
const REFERENCES = path.join(root, 'layout');
const FIXTURES = 'test/layout';
const SOLC_VERSION = solc.version().split('+')[0];

class CheckError extends Error {}

// compile runs solc on a standard-JSON input with the outputs upgrades-core
// validates: ASTs, storage layouts and the creation code (its hash names a
// version, its link references show linked libraries).
function compile(input) {
  const withAst = {
    ...input,
    settings: {
      ...input.settings,
      outputSelection: {
        '*': { '': ['ast'], '*': ['storageLayout', 'evm.bytecode.object', 'evm.bytecode.linkReferences'] },
      },
    },
  };
  return compileChecked(withAst);
}

function compileChecked(input) {
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  if (errors.length) {
    throw new CheckError('solc: ' + errors.map((e) => e.formattedMessage.trimEnd()).join('\n'));
  }
  return output;
}

// validation runs upgrades-core over a build. The namespaced compilation
// (upgrades-core's makeNamespacedInput: a state variable injected per
// ERC-7201 struct) is what gives the namespaces their storage layout.
function validation(input) {
  const output = compile(input);
  const namespaced = compileChecked(core.makeNamespacedInput(input, output));
  const decodeSrc = core.solcInputOutputDecoder(input, output);
  const run = core.validate(output, decodeSrc, SOLC_VERSION, input, namespaced);
  // `@custom:oz-upgrades-from <Name>` of each contract (upgrades-core's own
  // annotation for a next version), from the NatSpec in the AST.
  const from = {};
  for (const [source, { ast }] of Object.entries(output.sources)) {
    for (const node of ast.nodes.filter((n) => n.nodeType === 'ContractDefinition')) {
      const m = /@custom:oz-upgrades-from\s+(\w+)/.exec(node.documentation?.text || '');
      if (m) from[`${source}:${node.name}`] = m[1];
    }
  }
  return { run, from, wrongSlots: wrongSlots(output, decodeSrc) };
}

// erc7201 is the slot ERC-7201 gives namespace id:
// keccak256(abi.encode(uint256(keccak256(id)) - 1)) & ~bytes32(uint256(0xff)).
function erc7201(id) {
  const word = (BigInt('0x' + keccak256(id)) - 1n).toString(16).padStart(64, '0');
  return BigInt('0x' + keccak256(Buffer.from(word, 'hex'))) & ~0xffn;
}

// walk calls f on every object under node.
function walk(node, f) {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, f);
  } else if (node !== null && typeof node === 'object') {
    f(node);
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') walk(v, f);
  }
}

// wrongSlots checks every storage pointer of the build's own sources that
// assembly points at a namespace (`$.slot := STORAGE` where `$` is a struct
// annotated `@custom:storage-location erc7201:<id>`): STORAGE must be a
// constant holding the slot ERC-7201 gives <id>. upgrades-core trusts the
// annotation, and a constant copied wrong (the libraries keep their own copy
// of their contract's) would lay one namespace over another's words. It
// returns the pointers that miss, by source.
function wrongSlots(output, decodeSrc) {
  const byId = new Map();
  for (const { ast } of Object.values(output.sources)) {
    walk(ast, (n) => {
      if (typeof n.id === 'number' && n.nodeType) byId.set(n.id, n);
    });
  }
  const wrong = [];
  for (const [source, { ast }] of Object.entries(output.sources)) {
    if (source.startsWith('@')) continue;
    walk(ast, (asm) => {
      if (asm.nodeType !== 'InlineAssembly') return;
      const declarationAt = (src) => byId.get(asm.externalReferences.find((r) => r.src === src)?.declaration);
      walk(asm.AST, (y) => {
        if (y.nodeType !== 'YulAssignment' || y.variableNames.length !== 1 || !y.variableNames[0].name.endsWith('.slot')) return;
        const struct = byId.get(declarationAt(y.variableNames[0].src)?.typeName?.referencedDeclaration);
        const id = /@custom:storage-location\s+erc7201:(\S+)/.exec(struct?.documentation?.text || '')?.[1];
        if (!id) return;
        const constant = y.value.nodeType === 'YulIdentifier' ? declarationAt(y.value.src) : undefined;
        const value = constant?.constant && constant.value?.nodeType === 'Literal' ? constant.value.value : undefined;
        const want = erc7201(id);
        if (value !== undefined && BigInt(value) === want) return;
        wrong.push({
          source,
          message:
            `${decodeSrc(y)}: ${struct.name} (erc7201:${id}) is put at ` +
            (value !== undefined ? `${y.value.name} = ${value}` : 'a slot that is not a literal constant') +
            `, but ERC-7201 puts ${id} at 0x${want.toString(16).padStart(64, '0')}`,
        });
      });
    });
  }
  return wrong;
}

// upgradeable lists the concrete contracts of the build that sit behind
// proxies (they inherit Initializable), by fully qualified name, whose
// source passes keep.
function upgradeable(run, keep) {
  return Object.keys(run)
    .filter((fq) => keep(sourceOf(fq)) && run[fq].version !== undefined && core.inferInitializable(run[fq]))
    .sort();
}

const sourceOf = (fq) => fq.slice(0, fq.lastIndexOf(':'));
const nameOf = (fq) => fq.slice(fq.lastIndexOf(':') + 1);

// unsafe returns upgrades-core's explanation of what makes fq unsafe to put
// behind a proxy, or '' when nothing does.
function unsafe(run, fq) {
  const version = run[fq].version;
  const kind = core.inferProxyKind(run, version);
  const errors = core.getErrors(run, version, core.withValidationDefaults({ kind }));
  if (errors.length === 0) return '';
  return `${nameOf(fq)} (${kind}) is not upgrade safe:\n` + indent(new core.UpgradeableContractErrorReport(errors).explain(false));
}

// normalize returns layout with AST ids taken out of its type ids and, unless
// lines is set, line numbers out of its sources: the form references are
// stored in. Both sides of a comparison are normalized alike.
function normalize(layout, { lines }) {
  const stable = (t) => core.stabilizeTypeIdentifier(t);
  const field = (f) => {
    const out = { contract: f.contract, label: f.label, type: stable(f.type), src: lines ? f.src : f.src.replace(/:\d+$/, '') };
    for (const k of ['slot', 'offset', 'retypedFrom', 'renamedFrom']) if (f[k] !== undefined) out[k] = f[k];
    return out;
  };
  const types = {};
  for (const [id, t] of Object.entries(layout.types)) {
    const item = { label: t.label };
    if (t.numberOfBytes !== undefined) item.numberOfBytes = t.numberOfBytes;
    if (t.underlying !== undefined) item.underlying = stable(t.underlying);
    if (t.members !== undefined) {
      item.members = t.members.map((m) => (typeof m === 'string' ? m : {
        label: m.label, type: stable(m.type),
        ...(m.slot !== undefined && { slot: m.slot }), ...(m.offset !== undefined && { offset: m.offset }),
      }));
    }
    const key = stable(id);
    if (types[key] && JSON.stringify(types[key]) !== JSON.stringify(item)) {
      // Two types of the same name (structs in different contracts): without
      // AST ids they would be one. Rename one of them.
      throw new CheckError(`two different types are both ${key}: give one of them another name`);
    }
    types[key] = item;
  }
  const namespaces = {};
  for (const [id, fields] of Object.entries(layout.namespaces || {})) namespaces[id] = fields.map(field);
  return { storage: layout.storage.map(field), namespaces, types };
}

function render(ref) {
  return JSON.stringify(sorted(ref), null, 2) + '\n';
}

// incompatible returns upgrades-core's explanation of why a proxy holding
// layout `from` cannot upgrade to layout `to`, or '' when it can.
function incompatible(from, to) {
  const report = core.getStorageUpgradeReport(from, to, core.withValidationDefaults({}));
  if (report.ok) return '';
  // The explanation names the file and line of each field; say which
  // contract declares it and in which namespace as well.
  const where = new Map();
  for (const [ns, fields] of [['', to.storage], ...Object.entries(to.namespaces || {})]) {
    for (const f of fields) where.set(f.src, `${f.contract}${ns ? ` (${ns})` : ''}`);
  }
  return report
    .explain(false)
    .split('\n')
    .map((line) => {
      const m = /^(\S+:\d+): /.exec(line);
      return m && where.has(m[1]) ? `${line}\n  in ${where.get(m[1])}` : line;
    })
    .join('\n');
}

// changes lists, field by field, how layout `to` differs from `from`, for a
// change an upgrade can take that has not been accepted.
function changes(from, to) {
  const out = [];
  const sections = (l) => ({ '(plain storage)': l.storage, ...l.namespaces });
  const a = sections(from);
  const b = sections(to);
  for (const ns of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = a[ns] || [];
    const after = b[ns] || [];
    if (!a[ns]) out.push(`new namespace ${ns}`);
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const x = before[i] && JSON.stringify({ ...before[i], src: undefined });
      const y = after[i] && JSON.stringify({ ...after[i], src: undefined });
      if (x === y) continue;
      if (!x) out.push(`${ns}: added \`${after[i].label}\` (${after[i].contract})`);
      else if (!y) out.push(`${ns}: removed \`${before[i].label}\` (${before[i].contract})`);
      else out.push(`${ns}: changed \`${after[i].label}\` (${after[i].contract})`);
    }
  }
  for (const id of new Set([...Object.keys(from.types), ...Object.keys(to.types)])) {
    const x = JSON.stringify(from.types[id]);
    const y = JSON.stringify(to.types[id]);
    if (x !== y && from.types[id] && to.types[id]) out.push(`type ${to.types[id].label} changed`);
  }
  if (out.length === 0) out.push('the file differs from what --accept writes');
  return out;
}

function readReference(dir, name) {
  const p = path.join(dir, `${name}.json`);
  if (!fs.existsSync(p)) return undefined;
  return { path: p, text: fs.readFileSync(p, 'utf8'), layout: JSON.parse(fs.readFileSync(p, 'utf8')) };
}

const indent = (s) => s.split('\n').map((l) => (l ? '  ' + l : l)).join('\n');
// rel names a file from the repository's root, as the messages' commands do.
const rel = (p) => path.relative(path.dirname(root), p);

// check validates the build of contracts/out and compares it with the
// references, or (accept) records it. It returns the failures.
function check(accept, references) {
  const inputPath = path.join(root, 'out', 'solc-input.json');
  if (!fs.existsSync(inputPath)) throw new CheckError(`${rel(inputPath)} is missing: run make contracts`);
  const { run, from: upgradesFrom, wrongSlots } = validation(JSON.parse(fs.readFileSync(inputPath, 'utf8')));
  const contracts = upgradeable(run, (src) => src.startsWith('src/'));
  if (contracts.length === 0) throw new CheckError('no upgradeable contract under src/');
  const failures = wrongSlots.map((w) => w.message);
  for (const fq of contracts) {
    const name = nameOf(fq);
    const problem = unsafe(run, fq);
    if (problem) {
      failures.push(problem);
      continue;
    }
    const layout = unfoldStorageLayout(run, fq);
    const current = render(normalize(layout, { lines: false }));
    const ref = readReference(references, name);
    if (ref) {
      const why = incompatible(ref.layout, normalize(layout, { lines: true }));
      if (why) {
        failures.push(
          `${name}: its storage layout is incompatible with ${rel(ref.path)}, the layout deployed proxies hold:\n` +
            indent(why) +
            (accept
              ? `\n  Not accepted. Only if no proxy anywhere holds the old layout (${name} was never released) may ` +
                `${rel(ref.path)} be deleted and the new layout accepted.`
              : ''),
        );
        continue;
      }
      if (ref.text === current) continue;
      if (!accept) {
        failures.push(
          `${name}: its storage layout changed in a way an upgrade can take, but ${rel(ref.path)} does not record it:\n` +
            indent(changes(ref.layout, JSON.parse(current)).join('\n')) +
            '\n  Run `node contracts/layout.js --accept` when releasing it.',
        );
        continue;
      }
    } else if (!accept) {
      failures.push(`${name}: no reference layout ${rel(path.join(references, name + '.json'))}: run \`node contracts/layout.js --accept\``);
      continue;
    }
    fs.mkdirSync(references, { recursive: true });
    fs.writeFileSync(path.join(references, `${name}.json`), current);
    console.log(`layout: accepted ${name}`);
  }
  // A reference without its contract: a contract renamed or retired.
  if (fs.existsSync(references)) {
    for (const f of fs.readdirSync(references).filter((f) => f.endsWith('.json')).sort()) {
      const name = f.slice(0, -'.json'.length);
      if (!contracts.some((fq) => nameOf(fq) === name)) {
        failures.push(`${rel(path.join(references, f))}: no upgradeable contract ${name} under src/ (delete the file if ${name} was retired)`);
      }
    }
  }
  // Next versions (the test-only V2s) against the release they upgrade.
  const next = upgradeable(run, (src) => !src.startsWith('src/')).filter((fq) => upgradesFrom[fq]);
  for (const fq of next) {
    const from = upgradesFrom[fq];
    const problem = unsafe(run, fq);
    if (problem) {
      failures.push(problem);
      continue;
    }
    const ref = readReference(references, from);
    if (!ref) {
      failures.push(`${nameOf(fq)} upgrades from ${from}, which has no reference layout`);
      continue;
    }
    const why = incompatible(ref.layout, normalize(unfoldStorageLayout(run, fq), { lines: true }));
    if (why) failures.push(`${nameOf(fq)} cannot upgrade a proxy of ${from}:\n` + indent(why));
  }
  if (failures.length === 0) {
    console.log(`layout: ${contracts.map(nameOf).join(', ')}: upgrade safe, layouts as recorded in ${rel(references)}`);
    for (const fq of next) console.log(`layout: ${nameOf(fq)} can upgrade a proxy of ${upgradesFrom[fq]}`);
  }
  return failures;
}

// pair compares fixture `from` with fixture `to` (contract names under
// test/layout).
function pair(from, to) {
  const dir = path.join(root, FIXTURES);
  const sources = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.sol')).sort()) {
    sources[`${FIXTURES}/${f}`] = { content: fs.readFileSync(path.join(dir, f), 'utf8') };
  }
  const full = closure({ language: 'Solidity', sources, settings: SETTINGS });
  if (full.errors) throw new CheckError('solc: ' + full.errors.map((e) => e.formattedMessage.trimEnd()).join('\n'));
  const { run, wrongSlots } = validation(full.input);
  const find = (name) => {
    const fq = upgradeable(run, (src) => src.startsWith(FIXTURES + '/')).find((fq) => nameOf(fq) === name);
    if (!fq) throw new CheckError(`no upgradeable contract ${name} under ${FIXTURES}`);
    return fq;
  };
  const a = find(from);
  const b = find(to);
  const failures = [unsafe(run, a), unsafe(run, b)].filter(Boolean);
  failures.push(...wrongSlots.filter((w) => [sourceOf(a), sourceOf(b)].includes(w.source)).map((w) => w.message));
  const why = incompatible(normalize(unfoldStorageLayout(run, a), { lines: true }), normalize(unfoldStorageLayout(run, b), { lines: true }));
  if (why) failures.push(`${to} cannot upgrade a proxy of ${from}:\n` + indent(why));
  if (failures.length === 0) console.log(`layout: ${to} can upgrade a proxy of ${from}`);
  return failures;
}

function main(args) {
  const usage = 'usage: node contracts/layout.js [--accept] [--references <dir>] | --pair <FixtureFrom> <FixtureTo>';
  let accept = false;
  let references = REFERENCES;
  let fixtures;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--accept') accept = true;
    else if (args[i] === '--references' && i + 1 < args.length) references = path.resolve(args[++i]);
    else if (args[i] === '--pair' && i + 2 < args.length) fixtures = [args[++i], args[++i]];
    else {
      console.error(usage);
      return 2;
    }
  }
  if (fixtures && (accept || references !== REFERENCES)) {
    console.error(usage);
    return 2;
  }
  const failures = fixtures ? pair(...fixtures) : check(accept, references);
  for (const f of failures) console.error(`layout: ${f}`);
  return failures.length ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof CheckError) && !(e instanceof core.UpgradesError)) throw e;
    console.error(`layout: ${e.message}${e instanceof core.UpgradesError ? '\n' + indent(e.details()) : ''}`);
    process.exitCode = 1;
  }
}
