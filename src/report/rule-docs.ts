import { apiProperties } from '../formats';
import { editsAsFragment } from '../examples';
import { severityIn } from '../profiles';
import { PROFILES, type AnyRule, type RuleExample } from '../types';

/** Long generated fragments (hundreds of operations) are cut: the first lines show the shape. */
const MAX_FRAGMENT_LINES = 40;

function clip(lines: string[]): string[] {
  return lines.length <= MAX_FRAGMENT_LINES
    ? lines
    : [...lines.slice(0, MAX_FRAGMENT_LINES), `… (${lines.length - MAX_FRAGMENT_LINES} more lines)`];
}

function renderExample(example: RuleExample): string {
  const parts = [`- ${example.description}`];
  if (example.edits && example.edits.length > 0) {
    const { fragment, removed } = editsAsFragment(example.edits);
    if (removed.length > 0) parts.push(`  Removed: ${removed.map((r) => `\`${r}\``).join(', ')}.`);
    if (example.edits.some((e) => e.op === 'set')) {
      parts.push('', '  ```json', ...clip(JSON.stringify(fragment, null, 4).split('\n')).map((l) => `  ${l}`), '  ```');
    }
  }
  if (example.files) {
    for (const [name, content] of Object.entries(example.files)) {
      if (content === null) {
        parts.push(`  Without \`${name}\`.`);
        continue;
      }
      if (typeof content === 'object' && 'base64' in content) {
        parts.push(`  \`${name}\`: binary, ${Buffer.from(content.base64, 'base64').length} bytes.`);
        continue;
      }
      const text = typeof content === 'string' ? content : JSON.stringify(content.json, null, 4);
      const shown = text.length > 600 ? `${text.slice(0, 600)}\n…` : text;
      parts.push('', `  \`${name}\`:`, '', '  ```', ...shown.split('\n').map((l) => `  ${l}`), '  ```');
    }
  }
  return parts.join('\n');
}

/** The Markdown page `docs/rules/<id>.md` for a rule, generated from its definition and metadata. */
/**
 * The code of a source (`L-SVR` of `L-SVR OperationIdSanitized`, `PR#n` of `PR#n`), as the anchor docs/sources.md has
 * for it.
 */
export function sourceKey(source: string): string {
  const code = source.split(/[\s(]/)[0] ?? source;
  return /^PR#\d+$/.test(code) ? 'PR#n' : /^IS#\d+$/.test(code) ? 'IS#n' : /^DOCIS#\d+$/.test(code) ? 'DOCIS#n' : code;
}

function sourceLink(source: string): string {
  const anchor = sourceKey(source)
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
  return `[${source}](../sources.md#${anchor})`;
}

export function renderRuleDoc(rule: AnyRule): string {
  const d = rule.definition;
  const meta = d['x-ppc'];
  const severities = PROFILES.map((p) => `| ${p} | ${severityIn(rule, p) || 'not included'} |`);
  const lines = [
    `# ${rule.id}`,
    '',
    d.description ?? '',
    '',
    `- Requirement: ${meta.requirements.map((r) => `\`${r}\``).join(', ')} (requirements catalog section ${meta.section}; level ${meta.specLevel})`,
    `- Sources: ${meta.sources.map(sourceLink).join(', ')} (see [sources](../sources.md))`,
    `- Checked by: ${rule.kind === 'folder' ? '`ppc-lint` only (folder-level rule)' : 'any Spectral runner and `ppc-lint`'}`,
  ];
  if (meta.validatorMessage) lines.push(`- Microsoft validator message: "${meta.validatorMessage}"`);
  if (rule.kind === 'spectral') {
    const given = Array.isArray(rule.definition.given) ? rule.definition.given : [rule.definition.given];
    lines.push(`- Applies to: ${given.map((g) => `\`${g}\``).join(', ')}`);
  }
  if (rule.kind === 'spectral' && typeof rule.definition.message === 'string') {
    lines.push(
      '',
      'Message (`{{error}}` is filled in with what was found, quoting the offending value):',
      '',
      `> ${rule.definition.message}`,
    );
  }
  lines.push('', '## Severity', '', '| profile | severity |', '|---|---|', ...severities);
  if (meta.calibration) {
    lines.push(
      '',
      `Calibration: ${meta.calibration.reason} (fires on up to ${(meta.calibration.allowedRecentCertifiedRate * 100).toFixed(1)}% of certified connectors changed since 2023).`,
    );
  }
  if (meta.fix) {
    const how =
      meta.fix.kind === 'safe'
        ? 'Safe: `ppc-lint fix` applies it.'
        : 'Suggestion: `ppc-lint fix --suggestions` applies it; review the result.';
    lines.push('', '## Automatic fix', '', `${meta.fix.description} ${how}`);
  }
  lines.push(
    '',
    '## Non-compliant',
    '',
    ...meta.examples.invalid.map(renderExample),
    '',
    '## Compliant',
    '',
    ...meta.examples.valid.map(renderExample),
  );
  lines.push(
    '',
    '## Turning it off',
    '',
    'In `.spectral.yaml`:',
    '',
    '```yaml',
    `rules:`,
    `  ${rule.id}: off`,
    '```',
    '',
  );
  return lines.join('\n');
}

/** Markdown table of all rules: id, severity per profile, description, doc link. */
export function renderRuleTable(rules: readonly AnyRule[], docsPrefix = 'docs/rules/'): string {
  const header = ['| rule | certified | independent-publisher | custom | what it checks |', '|---|---|---|---|---|'];
  const rows = rules.map((rule) => {
    const sev = PROFILES.map((p) => severityIn(rule, p) || '—');
    const text = (rule.definition.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return `| [${rule.id}](${docsPrefix}${rule.id}.md) | ${sev.join(' | ')} | ${text} |`;
  });
  return [...header, ...rows].join('\n');
}

/** Markdown table of the rules with an automatic fix: rule, kind, what the fix does. */
export function renderFixTable(rules: readonly AnyRule[], docsPrefix = 'docs/rules/'): string {
  const rows = rules
    .filter((rule) => rule.definition['x-ppc'].fix)
    .map((rule) => {
      const fix = rule.definition['x-ppc'].fix!;
      return `| [${rule.id}](${docsPrefix}${rule.id}.md) | ${fix.kind} | ${fix.description.replace(/\|/g, '\\|')} |`;
    });
  return ['| rule | kind | what the fix does |', '|---|---|---|', ...rows].join('\n');
}

/** The README's rule count sentence, so the number never drifts from the registry. */
export function renderRuleCounts(rules: readonly AnyRule[], diffRuleCount: number): string {
  const folder = rules.filter((r) => r.kind === 'folder').length;
  const properties = rules.filter(
    (r) => r.kind === 'spectral' && [...(r.definition.formats ?? [])].includes(apiProperties),
  ).length;
  const definition = rules.length - folder - properties;
  return `${rules.length} rules (${definition} Spectral rules for the definition, ${properties} for \`apiProperties.json\`, ${folder} folder-level rules; plus ${diffRuleCount} rules for \`ppc-lint diff\`)`;
}
