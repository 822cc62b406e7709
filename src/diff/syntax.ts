import type { IRange } from '@stoplight/types';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser-2';
import { positionAt } from '../connector/text';
import { describeParserMessage } from '../rules/files/json-valid';

/** Where a JSON text stops being readable, and what the parser expected there. */
export interface SyntaxProblem {
  range: IRange;
  /** 1-based, for messages. */
  line: number;
  column: number;
  /** The parser's words, with a hint: `Close brace expected`, `Comma expected (a missing comma between …?)`. */
  message: string;
}

/**
 * The first syntax error that can cost data, or undefined when every value was read. Comments and trailing commas
 * are read completely (ppc-json-valid still reports them); any other error leaves a value out or cut short.
 */
export function firstLossySyntaxError(text: string): SyntaxProblem | undefined {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (!first) return undefined;
  const start = positionAt(text, first.offset);
  const end = positionAt(text, first.offset + Math.max(first.length, 0));
  const words = printParseErrorCode(first.error).replace(
    /([a-z])([A-Z])/g,
    (_, a: string, b: string) => `${a} ${b.toLowerCase()}`,
  );
  return {
    range: { start, end },
    line: start.line + 1,
    column: start.character + 1,
    message: describeParserMessage(words),
  };
}
