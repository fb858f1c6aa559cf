// Validates SARIF files against the SARIF 2.1.0 JSON Schema with ajv.
//
// The schema is the one Microsoft's SARIF SDK ships in the npm package
// @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json, pinned in
// tools/package.json): SARIF 2.1.0's final schema (rtm.5), JSON Schema
// draft-04, hence ajv-draft-04. ajv-formats checks "uri", "date-time", ...
//
//   node validate_sarif.js FILE...   exit 0 when every file is valid
'use strict';
const fs = require('fs');
const path = require('path');

const tools = path.join(__dirname, '..', '..', 'tools', 'node_modules');
const Ajv = require(path.join(tools, 'ajv-draft-04'));
const addFormats = require(path.join(tools, 'ajv-formats'));
const schema = require(path.join(tools, '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'));

// The schema's `language` pattern has a stray ']', an error only in the
// unicode mode that ajv uses by default.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0 (${log.runs[0].results.length} results)`);
  } else {
    failed += 1;
    console.log(`${file}: INVALID`);
    for (const e of validate.errors) console.log(`  ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
