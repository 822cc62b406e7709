// Writes docs/rules/<id>.md, docs/rules.md and the README rule table from the rules' own metadata.
// Run with `npm run docs` after changing a rule; test/meta checks the files are up to date.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = createRequire(import.meta.url)(join(process.env.PPC_DIST ?? join(root, 'dist'), 'api.js'));
const docsDir = join(root, 'docs/rules');
mkdirSync(docsDir, { recursive: true });

const ids = new Set(api.allRules.map((r) => r.id));
for (const name of readdirSync(docsDir)) {
  if (name.endsWith('.md') && !ids.has(name.slice(0, -3))) rmSync(join(docsDir, name));
}
for (const rule of api.allRules) writeFileSync(join(docsDir, `${rule.id}.md`), api.renderRuleDoc(rule));

const index =
  readFileSync(join(root, 'docs/rules.header.md'), 'utf8') + api.renderRuleTable(api.allRules, 'rules/') + '\n';
writeFileSync(join(root, 'docs/rules.md'), index);

const readmePath = join(root, 'README.md');
if (existsSync(readmePath)) {
  const readme = readFileSync(readmePath, 'utf8');
  // Generated blocks between <!-- name:start --> and <!-- name:end --> markers.
  const blocks = {
    counts: api.renderRuleCounts(api.allRules, api.diffRules.length),
    rules: api.renderRuleTable(api.allRules),
    fixes: api.renderFixTable(api.allRules),
  };
  let next = readme;
  for (const [name, body] of Object.entries(blocks)) {
    const start = `<!-- ${name}:start -->`;
    const i = next.indexOf(start);
    const j = next.indexOf(`<!-- ${name}:end -->`);
    if (i >= 0 && j > i) next = `${next.slice(0, i + start.length)}\n${body}\n${next.slice(j)}`;
  }
  writeFileSync(readmePath, next);
}
console.log(`wrote ${api.allRules.length} rule pages`);

writeFileSync(join(root, 'docs/breaking-changes.md'), api.renderBreakingChangesDoc());
console.log(`wrote docs/breaking-changes.md`);
