'use strict';
// Starts `newslint lsp --stdio` for Markdown and plain-text documents; everything else happens in the server.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

const windows = process.platform === 'win32';
let client;

/** The newslint executable: the setting, else the workspace's own install, else the one on the PATH. */
function newslintCommand() {
  const configured = vscode.workspace.getConfiguration('newslint').get('path');
  if (configured) return configured;
  const bin = windows ? 'newslint.cmd' : 'newslint';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (fs.existsSync(local)) return local;
  }
  return bin;
}

async function activate() {
  const languages = ['markdown', 'plaintext'];
  client = new LanguageClient(
    'newslint',
    'newslint',
    // npm's .cmd shims on Windows only start through a shell.
    { command: newslintCommand(), args: ['lsp', '--stdio'], options: { shell: windows } },
    { documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]) },
  );
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
