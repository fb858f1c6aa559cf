// The statusc extension: starts `statusc lsp` for spec files and hands the
// editor to it. Spec files are language `statusc` (YAML's grammar, see
// syntaxes/): files named *.status.yaml, and YAML files whose first lines
// declare `statusc: 1`, which this file switches over when they open.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { isSpec, LINES_SCANNED } = require('./spec-detect');

let client;

function settings() {
  const config = vscode.workspace.getConfiguration('statusc');
  return {
    path: config.get('path') || 'statusc',
    init: {
      outputDirectory: config.get('outputDirectory'),
      gitRevision: config.get('gitRevision'),
      breakingChanges: config.get('breakingChanges'),
      renameKeepsOldName: config.get('renameKeepsOldName'),
    },
  };
}

// A YAML document that is a spec becomes language `statusc`, which the
// client serves; other YAML is left alone.
async function adopt(document) {
  if (document.languageId !== 'yaml') return;
  const head = document.getText(new vscode.Range(0, 0, LINES_SCANNED, 0));
  if (isSpec(document.fileName, head)) await vscode.languages.setTextDocumentLanguage(document, 'statusc');
}

// Run from the command palette, a command has no argument: the spec in the
// active editor is meant. From a code lens, the server's argument stays.
function withDocument(args) {
  if (args && args.length > 0) return args;
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'statusc') throw new Error('statusc: open a spec file first');
  return [{ uri: editor.document.uri.toString() }];
}

// statusc.diagram answers with Markdown holding each machine's Mermaid
// diagram: shown beside the spec (a Markdown preview with Mermaid support
// draws it).
async function showDiagram(result) {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

async function start() {
  const { path, init } = settings();
  const run = { command: path, args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient('statusc', 'statusc', { run, debug: run }, {
    documentSelector: [{ language: 'statusc', scheme: 'file' }, { language: 'statusc', scheme: 'untitled' }],
    initializationOptions: init,
    // workspace/didChangeConfiguration with {"statusc": {...}}: a new
    // gitRevision or outputDirectory applies at once.
    synchronize: { configurationSection: 'statusc' },
    middleware: {
      async executeCommand(command, args, next) {
        const result = await next(command, withDocument(args));
        if (command === 'statusc.diagram' && result) await showDiagram(result);
        return result;
      },
    },
  });
  await client.start();
}

async function stop() {
  if (client) await client.stop();
  client = undefined;
}

async function activate(context) {
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adopt));
  for (const document of vscode.workspace.textDocuments) await adopt(document);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (!event.affectsConfiguration('statusc.path')) return;
    await stop();
    await start();
  }));
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
