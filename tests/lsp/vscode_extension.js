// The packaged extension.js under node, with stand-ins for VS Code's API and
// for vscode-languageclient's LanguageClient that record what the extension
// asks of them (VS Code itself cannot run here). Checks which documents it
// takes as specs, how it starts `statusc lsp`, and its command middleware.
// Usage: node vscode_extension.js UNPACKED_EXTENSION_DIR SOURCE_DIR
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const [extDir, sourceDir] = process.argv.slice(2).map((p) => path.resolve(p));

// The real client library is bundled and resolves from the extension.
const bundled = require.resolve('vscode-languageclient/node', { paths: [extDir] });
assert.ok(bundled.startsWith(path.join(extDir, 'node_modules')), bundled);

const config = { path: '/opt/statusc/bin/statusc', outputDirectory: 'generated', gitRevision: 'main',
                 breakingChanges: true, renameKeepsOldName: false };
const opened = [], shown = [], clients = [];
const listeners = { open: [], config: [] };
const subscription = { dispose() {} };

function document(fileName, text, languageId = 'yaml') {
  return {
    fileName, languageId,
    uri: { scheme: 'file', toString: () => `file://${fileName}` },
    getText: (range) => (range ? text.split('\n').slice(0, range.end.line).join('\n') : text),
  };
}
const read = (relative) => fs.readFileSync(path.join(sourceDir, relative), 'utf8');
const docs = {
  spec: document('/w/spec/session_policy.yaml', read('spec/session_policy.yaml')),
  commented: document('/w/jobs.yaml', read('tests/lsp/jobs.yaml')),       // comments before `statusc: 1`
  named: document('/w/empty.status.yaml', ''),
  workflow: document('/w/ci.yaml', 'name: build\non: push\njobs: {}\n'),
  version12: document('/w/other.yaml', 'statusc: 12\n'),
  markdown: document('/w/README.md', 'statusc: 1\n', 'markdown'),
};

const vscode = {
  Range: class { constructor(a, b, c, d) { this.start = { line: a, character: b }; this.end = { line: c, character: d }; } },
  ViewColumn: { Beside: -2 },
  workspace: {
    textDocuments: [docs.spec, docs.commented, docs.named, docs.workflow, docs.version12, docs.markdown],
    getConfiguration: (section) => {
      assert.equal(section, 'statusc');
      return { get: (key) => config[key] };
    },
    onDidOpenTextDocument: (f) => { listeners.open.push(f); return subscription; },
    onDidChangeConfiguration: (f) => { listeners.config.push(f); return subscription; },
    openTextDocument: async (options) => { opened.push(options); return { uri: 'untitled:Untitled-1' }; },
  },
  languages: {
    setTextDocumentLanguage: async (d, id) => { d.languageId = id; return d; },
  },
  window: {
    activeTextEditor: undefined,
    showTextDocument: async (d, options) => { shown.push({ d, options }); },
  },
};
class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions, running: false });
    clients.push(this);
  }
  async start() { this.running = true; }
  async stop() { this.running = false; }
}
const stubs = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0, ipc: 1 } } };
const load = Module._load;
Module._load = function (request, ...rest) {
  return Object.prototype.hasOwnProperty.call(stubs, request) ? stubs[request] : load.call(this, request, ...rest);
};

(async () => {
  const extension = require(path.join(extDir, 'extension.js'));
  const context = { subscriptions: [] };
  await extension.activate(context);

  // Spec files become language `statusc`; other YAML stays YAML.
  assert.equal(docs.spec.languageId, 'statusc');
  assert.equal(docs.commented.languageId, 'statusc');
  assert.equal(docs.named.languageId, 'statusc');
  assert.equal(docs.workflow.languageId, 'yaml');
  assert.equal(docs.version12.languageId, 'yaml');
  assert.equal(docs.markdown.languageId, 'markdown');
  const later = document('/w/later.yaml', '# a spec opened later\nstatusc: 1 # version\n');
  await listeners.open[0](later);
  assert.equal(later.languageId, 'statusc');

  // One client: `<statusc.path> lsp` over stdio, for statusc documents only,
  // with the settings as initializationOptions and kept in sync.
  assert.equal(clients.length, 1);
  const client = clients[0];
  assert.ok(client.running);
  assert.deepEqual(client.serverOptions.run, { command: config.path, args: ['lsp'], transport: 0 });
  assert.ok(client.clientOptions.documentSelector.every((s) => s.language === 'statusc'));
  const { path: _, ...init } = config;
  assert.deepEqual(client.clientOptions.initializationOptions, init);
  assert.equal(client.clientOptions.synchronize.configurationSection, 'statusc');

  // Commands: from a code lens the server's argument is kept; from the
  // palette the active spec is meant; the diagram's Markdown opens beside.
  const executeCommand = client.clientOptions.middleware.executeCommand;
  const sent = [];
  const next = async (command, args) => {
    sent.push({ command, args });
    return command === 'statusc.diagram' ? { machines: [], markdown: '## JobState\n\n```mermaid\nstateDiagram-v2\n```\n' }
                                         : { written: [] };
  };
  const lensArgs = [{ uri: 'file:///w/jobs.yaml', machine: 'JobState' }];
  await executeCommand('statusc.diagram', lensArgs, next);
  assert.deepEqual(sent.pop(), { command: 'statusc.diagram', args: lensArgs });
  assert.deepEqual(opened.pop(), { language: 'markdown', content: '## JobState\n\n```mermaid\nstateDiagram-v2\n```\n' });
  assert.equal(shown.pop().options.viewColumn, vscode.ViewColumn.Beside);
  await assert.rejects(executeCommand('statusc.generate', [], next), /open a spec file first/);
  vscode.window.activeTextEditor = { document: docs.spec };
  await executeCommand('statusc.generate', [], next);
  assert.deepEqual(sent.pop(), { command: 'statusc.generate', args: [{ uri: 'file:///w/spec/session_policy.yaml' }] });
  assert.equal(opened.length, 0, 'generate opens nothing');

  // A new statusc.path restarts the server with it; other settings do not.
  config.path = '/usr/local/bin/statusc';
  await listeners.config[0]({ affectsConfiguration: (s) => s === 'statusc.gitRevision' });
  assert.equal(clients.length, 1);
  await listeners.config[0]({ affectsConfiguration: (s) => s === 'statusc.path' || s === 'statusc' });
  assert.equal(clients.length, 2);
  assert.ok(!client.running && clients[1].running);
  assert.equal(clients[1].serverOptions.run.command, '/usr/local/bin/statusc');
  await extension.deactivate();
  assert.ok(!clients[1].running);
  console.log('extension.js: specs detected, statusc lsp started and restarted, commands routed: ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
