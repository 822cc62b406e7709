// Checks that one report file is valid for its format: SARIF against the 2.1.0 schema, JUnit as well-formed XML,
// Code Climate as a JSON array. Plain JavaScript, so the whole-corpus test can run it on a worker thread (worker
// threads run outside jest) and the unit tests can call it directly.
//
// As a worker: workerData { format, file, root }; posts { format, valid, errors, entries }.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { isMainThread, parentPort, workerData } = require('node:worker_threads');

/** The entries a report has (SARIF results, JUnit failures, Code Climate issues), and whether it is valid. */
function checkReport(format, file, root) {
  const fromRoot = (name) => require(require.resolve(name, { paths: [root] }));
  const text = readFileSync(file, 'utf8');
  if (format === 'sarif') {
    const AjvDraft04 = fromRoot('ajv-draft-04');
    const addFormats = fromRoot('ajv-formats');
    const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(fromRoot('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    const sarif = JSON.parse(text);
    const valid = validate(sarif) === true;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
    return { format, valid, errors, entries: sarif.runs?.[0]?.results?.length ?? -1 };
  }
  if (format === 'junit') {
    const { XMLValidator } = fromRoot('fast-xml-parser');
    const result = XMLValidator.validate(text);
    const valid = result === true;
    return {
      format,
      valid,
      errors: valid ? [] : [JSON.stringify(result.err)],
      entries: text.split('<failure').length - 1,
    };
  }
  if (format === 'code-climate') {
    const issues = JSON.parse(text);
    return { format, valid: Array.isArray(issues), errors: [], entries: Array.isArray(issues) ? issues.length : -1 };
  }
  throw new Error(`no check for ${format} (${path.basename(file)})`);
}

if (!isMainThread && parentPort && workerData?.format) {
  parentPort.postMessage(checkReport(workerData.format, workerData.file, workerData.root));
}

module.exports = { checkReport };
