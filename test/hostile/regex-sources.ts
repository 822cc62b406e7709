import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** A regular expression written in the package source. */
export interface SourceRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The static value of a string expression: literals, templates and `+` of them, and identifiers bound to a
 * top-level `const` of the same file. Undefined when it depends on anything else.
 */
function staticString(node: ts.Expression, consts: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 10) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return staticString(node.expression, consts, depth + 1);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const value = staticString(span.expression, consts, depth + 1);
      if (value === undefined) return undefined;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = staticString(node.left, consts, depth + 1);
    const b = staticString(node.right, consts, depth + 1);
    return a === undefined || b === undefined ? undefined : a + b;
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? staticString(init, consts, depth + 1) : undefined;
  }
  return undefined;
}

/** Every regex literal and `new RegExp(...)` under `root`; `dynamic` lists constructions whose text is not static. */
export function collectRegexes(root: string): {
  regexes: SourceRegex[];
  dynamic: Array<{ file: string; line: number; text: string }>;
} {
  const regexes: SourceRegex[] = [];
  const dynamic: Array<{ file: string; line: number; text: string }> = [];
  for (const file of tsFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const consts = new Map<string, ts.Expression>();
    for (const st of sf.statements) {
      const list = ts.isVariableStatement(st) ? st.declarationList : undefined;
      if (!list || !(list.flags & ts.NodeFlags.Const)) continue;
      for (const d of list.declarations)
        if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    }
    const rel = path.relative(root, file);
    const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        regexes.push({ file: rel, line: lineOf(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [arg, flagsArg] = node.arguments ?? [];
        const source = arg ? staticString(arg, consts) : undefined;
        const flags = flagsArg ? staticString(flagsArg, consts) : '';
        if (source === undefined || flags === undefined)
          dynamic.push({ file: rel, line: lineOf(node), text: node.getText().slice(0, 120) });
        else regexes.push({ file: rel, line: lineOf(node), source, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { regexes, dynamic };
}
