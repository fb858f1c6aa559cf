// A scripted editor session against `statusc lsp` through Microsoft's LSP
// client libraries (vscode-jsonrpc, vscode-languageserver-protocol, pinned in
// tools/package.json). Usage: node session.js STATUSC TOOLS_DIR SOURCE_DIR
// Every expected column is computed here from the text (JavaScript strings
// index UTF-16 code units; Buffer.byteLength gives UTF-8 bytes).
'use strict';
const assert = require('node:assert/strict');
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createRequire } = require('node:module');

const [statusc, toolsDir, sourceDir] = process.argv.slice(2).map((p) => path.resolve(p));
const toolsRequire = createRequire(path.join(path.resolve(toolsDir), 'package.json'));
const rpc = toolsRequire('vscode-jsonrpc/node');
const proto = toolsRequire('vscode-languageserver-protocol');

const specText = fs.readFileSync(path.join(sourceDir, 'tests/lsp/jobs.yaml'), 'utf8');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'statusc-lsp-'));
const TIMEOUT_MS = 10000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms: ${what}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// A client: the server process, the connection, and the diagnostics it published.
async function startServer(encodings, initializationOptions = {}, cwd = work, rootUri = null) {
  const proc = spawn(statusc, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'], cwd });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const published = new Map();
  const waiters = [];
  const shown = [];  // window/showMessage
  conn.onNotification(proto.PublishDiagnosticsNotification.method, (params) => {
    published.set(params.uri, params);
    for (const w of waiters.splice(0)) w();
  });
  conn.onNotification(proto.ShowMessageNotification.method, (params) => {
    shown.push(params);
    for (const w of waiters.splice(0)) w();
  });
  conn.listen();
  const capabilities = encodings ? { general: { positionEncodings: encodings } } : {};
  const init = await withTimeout(
    conn.sendRequest(proto.InitializeRequest.method, { processId: process.pid, rootUri, capabilities, initializationOptions }),
    'initialize');
  conn.sendNotification(proto.InitializedNotification.method, {});
  const client = {
    proc, conn, init, published, shown,
    request: (method, params) => withTimeout(conn.sendRequest(method, params), method),
    // Waits until `predicate` holds on what the server sent.
    async until(predicate, what) {
      const deadline = Date.now() + TIMEOUT_MS;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`never: ${what}`);
        await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
      }
    },
    // The diagnostics published for `uri` at `version`.
    async diagnostics(uri, version) {
      const deadline = Date.now() + TIMEOUT_MS;
      while (!(published.get(uri) && published.get(uri).version === version)) {
        if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} version ${version}`);
        await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
      }
      return published.get(uri).diagnostics;
    },
    open(uri, text, version = 1) {
      conn.sendNotification(proto.DidOpenTextDocumentNotification.method,
        { textDocument: { uri, languageId: 'yaml', version, text } });
    },
    change(uri, text, version) {
      conn.sendNotification(proto.DidChangeTextDocumentNotification.method,
        { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async stop() {
      await client.request(proto.ShutdownRequest.method, null);
      conn.sendNotification(proto.ExitNotification.method);
      const code = await new Promise((resolve) => proc.on('exit', resolve));
      conn.dispose();
      assert.equal(code, 0, 'exit after shutdown exits 0');
    },
  };
  return client;
}

// Position of the `nth` occurrence of `needle` on the line that contains `lineMarker`.
function find(text, lineMarker, needle, encoding, nth = 0) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(lineMarker));
  assert.ok(line >= 0, `no line with ${lineMarker}`);
  let index = -1;
  for (let i = 0; i <= nth; ++i) index = lines[line].indexOf(needle, index + 1);
  assert.ok(index >= 0, `no ${needle} on line ${line}`);
  const column = (i) => (encoding === 'utf-8' ? Buffer.byteLength(lines[line].slice(0, i), 'utf8') : i);
  return { line, character: column(index), end: column(index + needle.length) };
}
const rangeOf = (p) => ({ start: { line: p.line, character: p.character }, end: { line: p.line, character: p.end } });
const at = (p, offset = 1) => ({ line: p.line, character: p.character + offset });

// Applies a WorkspaceEdit's edits for `uri` to `text` (positions in `encoding`).
function applyEdits(text, edits, encoding) {
  const lines = text.split('\n');
  const offset = (pos) => {
    let o = 0;
    for (let i = 0; i < pos.line; ++i) o += lines[i].length + 1;
    const line = lines[pos.line] || '';
    if (encoding === 'utf-16') return o + pos.character;
    let bytes = 0, i = 0;
    while (i < line.length && bytes < pos.character) { bytes += Buffer.byteLength(String.fromCodePoint(line.codePointAt(i)), 'utf8'); i += line.codePointAt(i) > 0xffff ? 2 : 1; }
    return o + i;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

for (const encoding of ['utf-16', 'utf-8']) {
  test(`navigation with ${encoding} columns`, async () => {
    // utf-16: a client that offers nothing gets LSP's default.
    const client = await startServer(encoding === 'utf-8' ? ['utf-16', 'utf-8'] : undefined);
    assert.equal(client.init.capabilities.positionEncoding, encoding);
    const uri = `file://${work}/nav-${encoding}.yaml`;
    client.open(uri, specText);
    assert.deepEqual(await client.diagnostics(uri, 1), [], 'the spec is valid');

    // `to: running` after "🚀 ü" on the same line -> the state's declaration.
    const use = find(specText, 'Start 🚀', 'running', encoding);
    const decl = find(specText, 'running: {', 'running', encoding);
    const def = await client.request(proto.DefinitionRequest.method, { textDocument: { uri }, position: at(use) });
    assert.deepEqual(def, { uri, range: rangeOf(decl) });

    // The event `start` is on the same line, after the emoji.
    const start = find(specText, 'Start 🚀', 'start', encoding);
    const hoverEvent = await client.request(proto.HoverRequest.method, { textDocument: { uri }, position: at(start) });
    assert.match(hoverEvent.contents.value, /\*\*event\*\* `start`/);
    assert.deepEqual(hoverEvent.range, rangeOf(start));

    const refs = await client.request(proto.ReferencesRequest.method,
      { textDocument: { uri }, position: at(decl), context: { includeDeclaration: true } });
    const lines = specText.split('\n');
    const expected = lines.reduce((n, l) => n + (l.match(/\brunning\b/g) || []).length, 0);
    assert.equal(refs.length, expected, 'every `running` in the file is the state');

    // Hover on a state: description, number, wire and protobuf names, values, edges.
    const hover = await client.request(proto.HoverRequest.method, { textDocument: { uri }, position: at(decl) });
    const h = hover.contents.value;
    for (const part of ['**state** `running`', 'number 2', 'läuft 🚀', 'JOB_STATE_RUNNING', '| active | `true` |',
                        '`queued` → `running` on `start`', '`running` → `failed` on `crash`'])
      assert.ok(h.includes(part), `hover has ${part}:\n${h}`);
    // Hover on an attribute, an enum value in an invariant, a named invariant.
    const tone = find(specText, 'tone == danger', 'tone', encoding);
    const toneHover = await client.request(proto.HoverRequest.method, { textDocument: { uri }, position: at(tone) });
    assert.match(toneHover.contents.value, /\*\*attribute\*\* `tone`.*`enum` \(calm, danger\)/);
    assert.match(toneHover.contents.value, /\| failed \| `danger` \|/);
    const dangerUse = find(specText, 'tone == danger', 'danger', encoding, 1);
    const dangerDef = await client.request(proto.DefinitionRequest.method, { textDocument: { uri }, position: at(dangerUse) });
    assert.deepEqual(dangerDef.range, rangeOf(find(specText, 'values: [calm', 'danger', encoding)));
    const invariant = find(specText, 'danger_is_final', 'danger_is_final', encoding);
    const invHover = await client.request(proto.HoverRequest.method, { textDocument: { uri }, position: at(invariant) });
    assert.match(invHover.contents.value, /`failed`: holds/);

    // Rename a state: every use, and the old name stays readable.
    const edit = await client.request(proto.RenameRequest.method, { textDocument: { uri }, position: at(use), newName: 'working' });
    const renamed = applyEdits(specText, edit.changes[uri], encoding);
    assert.ok(!/\brunning\b(?!\])/.test(renamed.replace('renamed_from: [running]', '')), renamed);
    assert.match(renamed, /working: \{ renamed_from: \[running\], description: "läuft 🚀", active: true \}/);
    client.change(uri, renamed, 2);
    assert.deepEqual(await client.diagnostics(uri, 2), [], 'the renamed spec is valid');
    client.change(uri, specText, 3);
    await client.diagnostics(uri, 3);
    const bad = await client.request(proto.RenameRequest.method, { textDocument: { uri }, position: at(use), newName: 'two words' })
      .then(() => null, (e) => e);
    assert.ok(bad && /not a name/.test(bad.message), 'an invalid new name is refused');

    // Semantic tokens: decode the relative encoding; the state's declaration
    // after non-ASCII text is an enumMember with the declaration modifier.
    const legend = client.init.capabilities.semanticTokensProvider.legend;
    const { data } = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = [];
    for (let i = 0, line = 0, start = 0; i < data.length; i += 5) {
      start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
      line += data[i];
      tokens.push({ line, start, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], declaration: data[i + 4] === 1 });
    }
    assert.deepEqual(tokens.find((t) => t.line === use.line && t.start === use.character),
      { line: use.line, start: use.character, length: use.end - use.character, type: 'enumMember', declaration: false });
    assert.deepEqual(tokens.find((t) => t.line === start.line && t.start === start.character).type, 'event');
    assert.ok(tokens.some((t) => t.line === decl.line && t.start === decl.character && t.declaration));
    // Operators in invariants, between the names around them.
    const tokenAt = (p) => tokens.find((t) => t.line === p.line && t.start === p.character);
    for (const [marker, op] of [['tone == danger', '=='], ['tone == danger', '->'], ['active -> !terminal', '->'],
                                ['active -> !terminal', '!']]) {
      const p = find(specText, marker, op, encoding);
      assert.deepEqual(tokenAt(p), { line: p.line, start: p.character, length: op.length, type: 'operator', declaration: false }, `${op} in ${marker}`);
    }
    assert.equal(tokenAt(find(specText, 'active -> !terminal', 'active', encoding)).type, 'property');
    assert.equal(tokenAt(find(specText, 'tone == danger', 'danger', encoding, 1)).type, 'enum');

    // Document symbols: the machine with its states, attributes, transitions and invariants.
    const symbols = await client.request(proto.DocumentSymbolRequest.method, { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'JobState');
    const names = symbols[0].children.map((c) => c.name);
    for (const n of ['active', 'tone', 'queued', 'running', 'failed', 'done', 'queued -> running', 'danger_is_final', 'active -> !terminal'])
      assert.ok(names.includes(n), `symbol ${n} in ${names}`);
    await client.stop();
  });
}

test('diagnostics are statusc check\'s, with related notes and links', async () => {
  const client = await startServer(undefined);
  const broken = specText.replace('to: failed, on: crash }\n      - { from: queued', 'to: faild, on: crash }\n      - { from: queued')
    .replace('      done:\n        terminal: true\n        active: false\n', '      done:\n        terminal: true\n');
  const file = path.join(work, 'broken.yaml');
  fs.writeFileSync(file, broken);
  const uri = `file://${file}`;
  client.open(uri, broken);
  const diags = await client.diagnostics(uri, 1);
  // The same diagnostics as `statusc check` prints: code, line:col and message.
  let checkOutput = '';
  try {
    execFileSync(statusc, ['check', '--color', 'never', '--error-limit', '0', file], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    checkOutput = e.stderr;
  }
  const fromCheck = [...checkOutput.matchAll(/^.*?:(\d+):(\d+): (error|warning|note)\[([a-z-]+)\]: (.*)$/gm)]
    .map((m) => `${m[1]}:${m[2]} ${m[3]} ${m[4]} ${m[5]}`).sort();
  const severity = { 1: 'error', 2: 'warning', 3: 'note' };
  const lines = broken.split('\n');
  const fromLsp = diags.map((d) => {
    const bytes = Buffer.byteLength(lines[d.range.start.line].slice(0, d.range.start.character), 'utf8');
    return `${d.range.start.line + 1}:${bytes + 1} ${severity[d.severity]} ${d.code} ${d.message}`;
  }).sort();
  assert.ok(fromCheck.length >= 2, checkOutput);
  assert.deepEqual(fromLsp, fromCheck);
  const unknown = diags.find((d) => d.code === 'unknown-state');
  assert.deepEqual(unknown.range, rangeOf(find(broken, 'faild', 'faild', 'utf-16')));
  assert.match(unknown.codeDescription.href, /diagnostics\.md#unknown-state$/);
  const anchors = fs.readFileSync(path.join(sourceDir, 'docs/diagnostics.md'), 'utf8');
  for (const d of diags) assert.ok(anchors.includes(`\n## ${d.code}\n`), `docs/diagnostics.md has a section for ${d.code}`);
  const missing = diags.find((d) => d.code === 'missing-attribute');
  assert.equal(missing.relatedInformation[0].message, "'active' is declared here");
  assert.deepEqual(missing.relatedInformation[0].location.range, rangeOf(find(broken, '      active:', 'active', 'utf-16')));

  // Quick fixes: the did-you-mean, and the missing attribute.
  const actions = await client.request(proto.CodeActionRequest.method,
    { textDocument: { uri }, range: unknown.range, context: { diagnostics: diags } });
  const fixDidYouMean = actions.find((a) => a.title === "Change to 'failed'");
  const fixMissing = actions.find((a) => a.title.startsWith("Add 'active: false' to 'done'"));
  assert.ok(fixDidYouMean && fixMissing, JSON.stringify(actions.map((a) => a.title)));
  let fixed = applyEdits(broken, fixDidYouMean.edit.changes[uri], 'utf-16');
  client.change(uri, fixed, 2);
  let after = await client.diagnostics(uri, 2);
  assert.ok(!after.some((d) => d.code === 'unknown-state'));
  const again = await client.request(proto.CodeActionRequest.method,
    { textDocument: { uri }, range: after[0].range, context: { diagnostics: after } });
  fixed = applyEdits(fixed, again.find((a) => a.title.startsWith("Add 'active")).edit.changes[uri], 'utf-16');
  client.change(uri, fixed, 3);
  assert.deepEqual(await client.diagnostics(uri, 3), [], fixed);

  // terminal-exit: add `restore: true`.
  const leaving = fixed.replace('to: failed, on: crash }\n    invariants', 'to: failed, on: crash }\n      - { from: done, to: queued, on: retry }\n    invariants');
  client.change(uri, leaving, 4);
  const exitDiags = await client.diagnostics(uri, 4);
  const exit = exitDiags.find((d) => d.code === 'terminal-exit');
  assert.ok(exit, JSON.stringify(exitDiags));
  const restore = (await client.request(proto.CodeActionRequest.method,
    { textDocument: { uri }, range: exit.range, context: { diagnostics: [exit] } })).find((a) => /restore: true/.test(a.title));
  client.change(uri, applyEdits(leaving, restore.edit.changes[uri], 'utf-16'), 5);
  assert.ok(!(await client.diagnostics(uri, 5)).some((d) => d.code === 'terminal-exit'));
  await client.stop();
});

test('completion: keys, state names, attributes, enum values, types, targets', async () => {
  const client = await startServer(undefined);
  const uri = `file://${work}/complete.yaml`;
  const labels = async (text, marker) => {
    const index = text.indexOf(marker) + marker.length;
    const before = text.slice(0, index).split('\n');
    client.change(uri, text, ++version);
    await client.diagnostics(uri, version);
    const items = await client.request(proto.CompletionRequest.method,
      { textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1].length } });
    return (Array.isArray(items) ? items : items.items).map((i) => i.label);
  };
  let version = 1;
  client.open(uri, specText, 1);
  await client.diagnostics(uri, 1);
  const states = ['queued', 'running', 'failed', 'done'];
  const has = (list, wanted) => wanted.forEach((w) => assert.ok(list.includes(w), `${w} in ${list}`));
  has(await labels(specText.replace('to: done, on: finish', 'to: , on: finish'), 'from: running, to: '), states);
  has(await labels(specText.replace('initial: queued', 'initial: '), 'initial: '), states);
  has(await labels(specText.replace('active: true }', 'active: true, tone: }'), 'tone: '), ['calm', 'danger']);
  has(await labels(specText.replace('active: true }', 'active: true,  }'), 'active: true, '), ['tone', 'active', 'terminal', 'number']);
  has(await labels(specText.replace('      done:\n        terminal: true\n', '      done:\n        terminal: true\n        t\n'), 'terminal: true\n        t'), ['tone', 'description', 'renamed_from']);
  has(await labels(specText.replace('        type: enum', '        type: '), 'type: '), ['bool', 'enum', 'string', 'int']);
  has(await labels(specText.replace('package: acme.jobs\n', 'package: acme.jobs\ntargets:\n  \n'), 'targets:\n  '), ['cpp', 'proto', 'typescript']);
  has(await labels(specText.replace('    description: A job', '    \n    description: A job'), 'JobState:\n    '), ['states', 'transitions', 'invariants', 'removed']);
  await client.stop();
});

test('a spec typed character by character: every request is answered', async () => {
  const client = await startServer(['utf-8']);
  const uri = `file://${work}/typing.yaml`;
  client.open(uri, '', 1);
  await client.diagnostics(uri, 1);
  let answered = 0;
  // By code point: a cut inside a surrogate pair is not text an editor sends.
  const characters = Array.from(specText);
  for (let i = 1; i <= characters.length; ++i) {
    const text = characters.slice(0, i).join('');
    client.change(uri, text, i + 1);
    const lines = text.split('\n');
    const position = { line: lines.length - 1, character: Buffer.byteLength(lines[lines.length - 1], 'utf8') };
    const params = { textDocument: { uri }, position };
    await Promise.all([
      client.request(proto.HoverRequest.method, params),
      client.request(proto.DefinitionRequest.method, params),
      client.request(proto.CompletionRequest.method, params),
      client.request(proto.DocumentSymbolRequest.method, { textDocument: { uri } }),
      client.request(proto.ReferencesRequest.method, { ...params, context: { includeDeclaration: true } }),
      client.diagnostics(uri, i + 1),
    ]);
    answered += 5;
  }
  // The last good analysis serves navigation while the text is broken.
  const broken = specText.replace('      done:\n', '      done: [\n');
  client.change(uri, broken, characters.length + 2);
  const diags = await client.diagnostics(uri, characters.length + 2);
  assert.ok(diags.some((d) => d.code === 'yaml-syntax'), JSON.stringify(diags));
  const use = find(broken, 'Start 🚀', 'running', 'utf-8');
  const def = await client.request(proto.DefinitionRequest.method, { textDocument: { uri }, position: at(use) });
  assert.deepEqual(def.range, rangeOf(find(broken, 'running: {', 'running', 'utf-8')));
  assert.ok(answered > 5 * 500);
  await client.stop();
});

test('breaking changes against git HEAD, and the removed: fix', async () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'statusc-lsp-git-'));
  const git = (...args) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' });
  git('init', '-q');
  fs.writeFileSync(path.join(repo, 'jobs.yaml'), specText);
  git('add', 'jobs.yaml');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'spec');
  const client = await startServer(undefined, {}, repo);
  const uri = `file://${repo}/jobs.yaml`;
  // `done` deleted: stored 4s would stop reading.
  const deleted = specText.replace('      done:\n        terminal: true\n        active: false\n', '').replace(/.*to: done.*\n/g, '');
  client.open(uri, deleted);
  const diags = await client.diagnostics(uri, 1);
  const removed = diags.find((d) => d.code === 'state-removed');
  assert.ok(removed, JSON.stringify(diags));
  assert.equal(removed.severity, proto.DiagnosticSeverity.Error);
  assert.equal(removed.source, 'statusc diff');
  const fix = (await client.request(proto.CodeActionRequest.method,
    { textDocument: { uri }, range: removed.range, context: { diagnostics: [removed] } })).find((a) => /removed:/.test(a.title));
  assert.ok(fix, 'a quick fix adds the removed: entry');
  const fixed = applyEdits(deleted, fix.edit.changes[uri], 'utf-16');
  assert.match(fixed, /    removed:\n      done: \{number: 4\}\n$/);
  client.change(uri, fixed, 2);
  const after = await client.diagnostics(uri, 2);
  assert.ok(!after.some((d) => d.severity === proto.DiagnosticSeverity.Error), JSON.stringify(after));
  await client.stop();
});

test('quick fix: quote a value that YAML split, escaping " and \\', async () => {
  const client = await startServer(undefined);
  const uri = `file://${work}/split.yaml`;
  // Three slips: ': ' in a block value that goes on over the next line,
  // ',' in a flow mapping after non-ASCII text, '!' at the start of an assert.
  let text = specText
    .replace('      done:\n        terminal: true\n', '      done:\n        description: Done: "all" \\ well\n          and truly\n        terminal: true\n')
    .replace('{ description: "wartet — ü", active: false }', '{ description: wartet, ü 🚀, active: false }')
    .replace('- assert: active -> !terminal', '- assert: !active || !terminal');
  let version = 1;
  client.open(uri, text, version);
  const titles = [];
  for (let round = 0; round < 5; ++round) {
    const diags = await client.diagnostics(uri, version);
    const split = diags.find((d) => d.code === 'yaml-unquoted-text');
    if (!split) break;
    const actions = await client.request(proto.CodeActionRequest.method,
      { textDocument: { uri }, range: split.range, context: { diagnostics: [split] } });
    const quote = actions.find((a) => a.title.startsWith('Quote as '));
    assert.ok(quote, `a quote fix for ${split.message}: ${JSON.stringify(actions)}`);
    titles.push(quote.title);
    text = applyEdits(text, quote.edit.changes[uri], 'utf-16');
    client.change(uri, text, ++version);
  }
  assert.deepEqual(titles.sort(), ['Quote as "!active || !terminal"', 'Quote as "Done: \\"all\\" \\\\ well and truly"',
                                   'Quote as "wartet, ü 🚀"']);
  assert.deepEqual(await client.diagnostics(uri, version), [], text);
  assert.match(text, /description: "Done: \\"all\\" \\\\ well and truly"\n        terminal/);
  // What statusc reads back is the text as meant.
  const hoverOf = async (name) => (await client.request(proto.HoverRequest.method,
    { textDocument: { uri }, position: at(find(text, `      ${name}:`, name, 'utf-16')) })).contents.value;
  assert.ok((await hoverOf('done')).includes('Done: "all" \\ well and truly'), await hoverOf('done'));
  assert.ok((await hoverOf('queued')).includes('wartet, ü 🚀'), await hoverOf('queued'));
  const symbols = await client.request(proto.DocumentSymbolRequest.method, { textDocument: { uri } });
  assert.ok(symbols[0].children.some((c) => c.name === '!active || !terminal'));
  await client.stop();
});

test('commands: generate writes what statusc generate writes; the diagram is statusc graph\'s', async () => {
  const dir = fs.mkdtempSync(path.join(work, 'commands-'));
  const file = path.join(dir, 'jobs.yaml');
  fs.writeFileSync(file, specText);
  const uri = `file://${file}`;
  const client = await startServer(undefined);
  assert.deepEqual(client.init.capabilities.executeCommandProvider.commands, ['statusc.generate', 'statusc.diagram']);
  client.open(uri, specText);
  await client.diagnostics(uri, 1);
  const lenses = await client.request(proto.CodeLensRequest.method, { textDocument: { uri } });
  const generateLens = lenses.find((l) => l.command.command === 'statusc.generate');
  const diagramLens = lenses.find((l) => l.command.command === 'statusc.diagram');
  assert.ok(generateLens && /^Generate /.test(generateLens.command.title), JSON.stringify(lenses));
  assert.equal(diagramLens.range.start.line, find(specText, 'JobState:', 'JobState', 'utf-16').line);

  // The lens's command as the client runs it; no outputDirectory: next to the spec.
  const run = (command, argument) => client.request(proto.ExecuteCommandRequest.method, { command, arguments: [argument] });
  const result = await run(generateLens.command.command, ...generateLens.command.arguments);
  assert.equal(result.outputDirectory, dir);
  assert.ok(result.written.length >= 4, JSON.stringify(result));
  await client.until(() => client.shown.some((m) => m.message.includes(`${result.written.length} written, 0 unchanged`)),
    'window/showMessage says what was written');
  // The same bytes as the command line writes for the same file.
  const cli = fs.mkdtempSync(path.join(work, 'cli-'));
  execFileSync(statusc, ['generate', file, '-o', cli, '--quiet']);
  const listed = (root) => fs.readdirSync(root, { recursive: true }).filter((f) => fs.statSync(path.join(root, f)).isFile()).sort();
  assert.deepEqual(listed(cli), result.written.map((w) => path.relative(dir, w)).sort());
  for (const f of listed(cli)) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), fs.readFileSync(path.join(cli, f), 'utf8'), f);
  const again = await run('statusc.generate', uri);
  assert.deepEqual([again.written.length, again.unchanged.length], [0, result.written.length], 'unchanged files are left alone');

  // The diagram: `statusc graph`'s Mermaid text, and Markdown that shows it.
  const diagram = await run(diagramLens.command.command, ...diagramLens.command.arguments);
  const graph = execFileSync(statusc, ['graph', file], { encoding: 'utf8' });
  assert.deepEqual(diagram.machines, [{ name: 'JobState', mermaid: graph }]);
  assert.ok(diagram.markdown.includes('```mermaid\n' + graph + '```'), diagram.markdown);
  const none = await run('statusc.diagram', { uri, machine: 'Nope' }).then(() => null, (e) => e);
  assert.equal(none && none.code, proto.ErrorCodes.InvalidParams);

  // A spec with errors: nothing is written, the request fails and says why.
  client.change(uri, specText.replace('to: done, on: finish', 'to: dnoe, on: finish'), 2);
  await client.diagnostics(uri, 2);
  const refused = await run('statusc.generate', { uri, outputDirectory: 'never' }).then(() => null, (e) => e);
  assert.ok(refused && /1 error; nothing is generated/.test(refused.message), String(refused && refused.message));
  assert.ok(!fs.existsSync(path.join(dir, 'never')));
  assert.deepEqual(await client.request(proto.CodeLensRequest.method, { textDocument: { uri } }), []);
  await client.stop();

  // A relative outputDirectory setting is taken from the workspace folder.
  const configured = await startServer(undefined, { outputDirectory: 'out/gen' }, work, `file://${dir}`);
  configured.open(uri, specText);
  await configured.diagnostics(uri, 1);
  const placed = await configured.request(proto.ExecuteCommandRequest.method, { command: 'statusc.generate', arguments: [uri] });
  assert.equal(placed.outputDirectory, path.join(dir, 'out/gen'));
  assert.deepEqual(listed(path.join(dir, 'out/gen')), listed(cli));
  await configured.stop();

  // Under a statusc.yaml, without an outputDirectory: each target's `out`,
  // and its target defaults, as `statusc generate` run there writes them.
  const ws = fs.mkdtempSync(path.join(work, 'workspace-'));
  fs.mkdirSync(path.join(ws, 'specs'));
  fs.writeFileSync(path.join(ws, 'statusc.yaml'),
    'version: 1\nspecs: [specs/*.yaml]\ntargets:\n  cpp: {out: gen/cpp}\n  proto: {enabled: false}\n  typescript: {out: gen/ts}\n  markdown: {out: gen/md}\n');
  const wsFile = path.join(ws, 'specs', 'jobs.yaml');
  fs.writeFileSync(wsFile, specText);
  const wsCli = fs.mkdtempSync(path.join(work, 'workspace-cli-'));
  fs.cpSync(ws, wsCli, { recursive: true });
  execFileSync(statusc, ['generate', '--quiet'], { cwd: wsCli });
  const inWorkspace = await startServer(undefined, {}, ws);
  inWorkspace.open(`file://${wsFile}`, specText);
  await inWorkspace.diagnostics(`file://${wsFile}`, 1);
  const wsResult = await inWorkspace.request(proto.ExecuteCommandRequest.method,
    { command: 'statusc.generate', arguments: [`file://${wsFile}`] });
  assert.match(wsResult.outputDirectory, /statusc\.yaml/);
  const generatedIn = (root) => listed(path.join(root, 'gen'));
  assert.ok(generatedIn(wsCli).length >= 3 && !generatedIn(wsCli).some((f) => f.endsWith('.proto')), generatedIn(wsCli).join());
  assert.deepEqual(generatedIn(ws), generatedIn(wsCli));
  for (const f of generatedIn(wsCli))
    assert.equal(fs.readFileSync(path.join(ws, 'gen', f), 'utf8'), fs.readFileSync(path.join(wsCli, 'gen', f), 'utf8'), f);
  await inWorkspace.stop();
});

// The server without a client library: raw bytes in, parsed messages out.
function rawServer() {
  const proc = spawn(statusc, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = Buffer.alloc(0);
  const messages = [];
  const waiters = [];
  proc.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) break;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, end).toString())[1]);
      if (buffer.length < end + 4 + length) break;
      messages.push(JSON.parse(buffer.slice(end + 4, end + 4 + length).toString()));
      buffer = buffer.slice(end + 4 + length);
      for (const w of waiters.splice(0)) w();
    }
  });
  const next = async () => {
    const deadline = Date.now() + TIMEOUT_MS;
    while (messages.length === 0) {
      if (Date.now() > deadline) throw new Error('no reply');
      await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 100); });
    }
    return messages.shift();
  };
  const frame = (body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  return { proc, next, frame };
}

// Debounce: edits that arrive together (here in one write) are checked
// once, after the last; a request among them answers on the text as it is
// then. The count of publishes depends on how the server's reads split
// the bytes, so the test asserts only what holds for any split but the
// worst (one read per message, as no debounce at all would behave).
test('a burst of edits is checked and published once it is read', async () => {
  const { proc, next, frame } = rawServer();
  const uri = `file://${work}/burst.yaml`;
  const message = (m) => frame(JSON.stringify({ jsonrpc: '2.0', ...m }));
  const lines = specText.split('\n');
  const burst = [
    message({ id: 1, method: 'initialize', params: { capabilities: {} } }),
    message({ method: 'initialized', params: {} }),
    message({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: '' } } })];
  // The spec typed line by line, each version a didChange.
  for (let i = 1; i <= lines.length; ++i)
    burst.push(message({ method: 'textDocument/didChange',
      params: { textDocument: { uri, version: i + 1 }, contentChanges: [{ text: lines.slice(0, i).join('\n') }] } }));
  const last = lines.length + 1;
  const use = find(specText, 'Start 🚀', 'running', 'utf-16');
  burst.push(message({ id: 2, method: 'textDocument/definition', params: { textDocument: { uri }, position: at(use) } }));
  proc.stdin.write(burst.join(''));
  const published = [];
  let definition = null;
  while (!published.some((p) => p.version === last) || !definition) {
    const m = await next();
    if (m.method === 'textDocument/publishDiagnostics') published.push(m.params);
    if (m.id === 2) definition = m;
  }
  assert.deepEqual(definition.result.range, rangeOf(find(specText, 'running: {', 'running', 'utf-16')));
  assert.deepEqual(published[published.length - 1].diagnostics, []);
  assert.ok(published.length < last, `${published.length} publishes for ${last} versions`);
  proc.stdin.write(message({ id: 3, method: 'shutdown' }) + message({ method: 'exit' }));
  assert.equal(await new Promise((resolve) => proc.on('exit', resolve)), 0);
});

// Malformed JSON-RPC, written byte by byte: every request gets its error,
// the server stays up.
test('malformed input gets JSON-RPC errors, the server keeps going', async () => {
  const { proc, next, frame } = rawServer();
  const send = (body) => proc.stdin.write(frame(body));
  const expectError = async (body, code, id = null) => {
    send(body);
    const reply = await next();
    assert.equal(reply.error && reply.error.code, code, `${body} -> ${JSON.stringify(reply)}`);
    assert.deepEqual(reply.id, id);
  };
  await expectError('{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}', proto.ErrorCodes.ServerNotInitialized, 1);
  send('{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}}');
  assert.ok((await next()).result.capabilities);
  await expectError('{"jsonrpc":"2.0","id":3,', proto.ErrorCodes.ParseError);
  await expectError('[1,2]', proto.ErrorCodes.InvalidRequest);
  await expectError('"just a string"', proto.ErrorCodes.InvalidRequest);
  await expectError('{"jsonrpc":"2.0","id":{"x":1},"method":"shutdown"}', proto.ErrorCodes.InvalidRequest);
  await expectError('{"jsonrpc":"2.0","id":4,"method":"no/such/method"}', proto.ErrorCodes.MethodNotFound, 4);
  await expectError('{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nope.yaml"},"position":{"line":0,"character":0}}}', proto.ErrorCodes.InvalidParams, 5);
  await expectError('{"jsonrpc":"2.0","id":6,"method":"textDocument/definition","params":{"textDocument":{"uri":7}}}', proto.ErrorCodes.InvalidParams, 6);
  await expectError('{"jsonrpc":"2.0","id":7,"method":"initialize","params":{}}', proto.ErrorCodes.InvalidRequest, 7);
  // A header block without Content-Length, then invalid UTF-8 in a body.
  proc.stdin.write('Content-Type: application/vscode-jsonrpc\r\n\r\n');
  assert.equal((await next()).error.code, proto.ErrorCodes.ParseError);
  proc.stdin.write(Buffer.concat([Buffer.from('Content-Length: 3\r\n\r\n'), Buffer.from([0x22, 0xff, 0x22])]));
  assert.equal((await next()).error.code, proto.ErrorCodes.ParseError);
  // A notification with bad params is dropped silently; a document with
  // invalid UTF-8 and NUL bytes still gets its diagnostics.
  send('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":5}}}');
  send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen',
    params: { textDocument: { uri: 'file:///x.yaml', languageId: 'yaml', version: 1, text: 'statusc: 1\n\u0000machines: {\n' } } }));
  const published = await next();
  assert.equal(published.method, 'textDocument/publishDiagnostics');
  assert.ok(published.params.diagnostics.length > 0);
  send('{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.yaml"},"position":{"line":99,"character":-4}}}');
  assert.equal((await next()).error.code, proto.ErrorCodes.InvalidParams);
  send('{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.yaml"},"position":{"line":99,"character":99}}}');
  assert.deepEqual((await next()).result, null);
  send('{"jsonrpc":"2.0","id":10,"method":"shutdown"}');
  assert.deepEqual((await next()).result, null);
  await expectError('{"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{}}', proto.ErrorCodes.InvalidRequest, 11);
  send('{"jsonrpc":"2.0","method":"exit"}');
  assert.equal(await new Promise((resolve) => proc.on('exit', resolve)), 0);
});

test('# statusc:ignore comments silence warnings in the editor too', async () => {
  const client = await startServer(['utf-8']);
  const uri = `file://${work}/suppress.yaml`;
  const transition = '      - {from: queued, to: done, on: finish, restore: true}';
  const spec = (comment) => ['statusc: 1', 'package: acme.jobs', 'machines:', '  Job:', '    initial: queued',
    '    states:', '      queued: {}', '      done: {terminal: true}', '    transitions:', transition + comment, ''].join('\n');
  client.open(uri, spec(''));
  let diags = await client.diagnostics(uri, 1);
  assert.deepEqual(diags.map((d) => d.code), ['useless-restore']);
  client.change(uri, spec('  # statusc:ignore useless-restore -- old clients'), 2);
  assert.deepEqual(await client.diagnostics(uri, 2), [], 'silenced');
  const typo = spec('  # statusc:ignore useless-restor');
  client.change(uri, typo, 3);
  diags = await client.diagnostics(uri, 3);
  assert.deepEqual(diags.map((d) => d.code).sort(), ['invalid-suppression', 'useless-restore']);
  const invalid = diags.find((d) => d.code === 'invalid-suppression');
  assert.deepEqual(invalid.range, rangeOf(find(typo, 'statusc:ignore', 'useless-restor', 'utf-8')));
  await client.stop();
});

(async () => {
  let failed = 0;
  for (const t of tests) {
    try {
      await t.fn();
      console.log(`ok - ${t.name}`);
    } catch (e) {
      failed += 1;
      console.log(`not ok - ${t.name}\n${e.stack}`);
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`${tests.length - failed}/${tests.length} passed`);
  process.exit(failed ? 1 : 0);
})();
