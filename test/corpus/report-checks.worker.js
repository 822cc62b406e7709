// Checks that one large report file is valid, on a worker thread, so the whole-corpus test checks its reports two at
// a time (each takes seconds for the corpus's 167,000 findings). Plain JavaScript: worker threads run outside jest.
// workerData: { format, file, root }. Posts { format, valid, errors, entries }.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');

const { format, file, root } = workerData;
const fromRoot = (name) => require(require.resolve(name, { paths: [root] }));

function check() {
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
    return { valid, errors, entries: sarif.runs?.[0]?.results?.length ?? -1 };
  }
  if (format === 'junit') {
    const { XMLValidator } = fromRoot('fast-xml-parser');
    const result = XMLValidator.validate(text);
    const valid = result === true;
    return { valid, errors: valid ? [] : [JSON.stringify(result.err)], entries: text.split('<failure').length - 1 };
  }
  if (format === 'code-climate') {
    const issues = JSON.parse(text);
    return { valid: Array.isArray(issues), errors: [], entries: Array.isArray(issues) ? issues.length : -1 };
  }
  throw new Error(`no check for ${format} (${path.basename(file)})`);
}

parentPort.postMessage({ format, ...check() });
