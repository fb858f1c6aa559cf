// Which YAML documents are statusc specs, without VS Code's API (so the
// test suite runs it under plain node): files named *.status.yaml or
// *.status.yml, and YAML whose first lines declare `statusc: 1`.
'use strict';

// How far down `statusc: 1` may be: past a header comment, not into the body.
const LINES_SCANNED = 30;

function namedAsSpec(fileName) {
  return /\.status\.ya?ml$/i.test(fileName);
}

// `statusc: 1` as a top-level key in the first lines (comments, blank lines
// and a `---` may come before it); a quoted key or a trailing comment counts.
function declaresStatusc(text) {
  const lines = text.split(/\r?\n/, LINES_SCANNED);
  return lines.some((line) => /^(statusc|"statusc"|'statusc')\s*:\s*1\s*(#.*)?$/.test(line));
}

function isSpec(fileName, text) {
  return namedAsSpec(fileName) || declaresStatusc(text);
}

module.exports = { isSpec, namedAsSpec, declaresStatusc, LINES_SCANNED };
