// Benchmark: one schema rule written two ways over the corpus. (a) a recursive `given` ($..[?(@.type)]) that
// Spectral evaluates with a full document walk per rule; (b) the same predicate over the model's schema walk
// (schemaRule, 'written'), which is built once per document and shared by every schema rule.
// Prints both times; nothing is asserted (machines here are noisy).
//
//   npm run build && node bench/given-vs-model.mjs [--limit N]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const api = require(join(root, 'dist/api.js'));
const { Spectral, Document, createRulesetFunction } = require('@stoplight/spectral-core');
const { Json } = require('@stoplight/spectral-parsers');
const { Resolver } = require('@stoplight/spectral-ref-resolver');

const corpus = join(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error('bench: ../shared/corpus is missing');
  process.exit(3);
}
const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1] || Infinity);
const files = [];
for (const kind of ['certified-connectors', 'independent-publisher-connectors']) {
  for (const dir of readdirSync(join(corpus, kind))) {
    const f = join(corpus, kind, dir, 'apiDefinition.swagger.json');
    if (existsSync(f)) files.push(f);
  }
}
const texts = files.slice(0, limit).map((f) => [f, readFileSync(f, 'utf8').replace(/^\uFEFF/, '')]);

// The predicate: a string schema without a description.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const undescribed = (schema) => isObject(schema) && schema.type === 'string' && typeof schema.description !== 'string';

const recursive = createRulesetFunction({ input: null, options: null }, function recursiveProbe(input) {
  return undescribed(input) ? [{ message: 'string schema without a description' }] : [];
});
const modelBased = api.schemaRule('modelProbe', 'written', (v) =>
  undescribed(v.schema) ? [{ message: 'string schema without a description', path: v.path }] : [],
);

async function time(label, rule, copies = 1) {
  const spectral = new Spectral({ resolver: new Resolver({ resolvers: {} }) });
  const rules = {};
  for (let i = 0; i < copies; i++)
    rules[i === 0 ? 'probe' : `probe${i}`] = { severity: 'warn', resolved: false, ...rule };
  spectral.setRuleset({ rules });
  let findings = 0;
  const start = process.hrtime.bigint();
  let failed = 0;
  for (const [file, text] of texts) {
    try {
      findings += (await spectral.run(new Document(text, Json, file))).filter((r) => r.code === 'probe').length;
    } catch {
      failed++; // e.g. a stack overflow in a recursive descent over a deep document
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${findings} findings${failed ? `, ${failed} documents failed` : ''}`,
  );
  return ms;
}

await time('warm-up (no-op given $.info)', {
  given: '$.info',
  then: { function: createRulesetFunction({ input: null, options: null }, () => []) },
});
const empty = await time('floor (no-op given $.info)', {
  given: '$.info',
  then: { function: createRulesetFunction({ input: null, options: null }, () => []) },
});
const a = await time('recursive given $..[?(@.type)]', { given: '$..[?(@.type)]', then: { function: recursive } });
const b = await time('model walk (schemaRule written)', { given: '$', then: { function: modelBased } });
// Five rules each way: five recursive walks against one shared model walk.
const a5 = await time('5 rules, recursive given', { given: '$..[?(@.type)]', then: { function: recursive } }, 5);
const b5 = await time('5 rules, model walk', { given: '$', then: { function: modelBased } }, 5);
console.log(
  `${texts.length} documents; over the floor: 1 rule: recursive ${(a - empty).toFixed(0)} ms, model ${(b - empty).toFixed(0)} ms; 5 rules: recursive ${(a5 - empty).toFixed(0)} ms, model ${(b5 - empty).toFixed(0)} ms`,
);
