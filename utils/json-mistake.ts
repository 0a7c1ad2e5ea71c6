/**
 * Where a JSON text first breaks the grammar (RFC 8259), and what is wrong there, in terms a person
 * editing the file by hand can act on. `JSON.parse` stays the judge of validity; its messages differ
 * between V8 and SpiderMonkey and between versions, so the position is found here instead.
 */

export type JsonProblem =
  /** The text ends while something is still open: `missing` is what would close it. */
  | 'cut-off'
  /** A comma with nothing after it (`[1, 2,]`) or a second comma in a row. */
  | 'extra-comma'
  /** A name and its colon with no value after them (`"a": }`). */
  | 'missing-value'
  | 'missing-comma'
  | 'missing-colon'
  | 'single-quote'
  /** A Chinese (full-width) punctuation mark or curly quote where `wanted` belongs. */
  | 'full-width'
  | 'comment'
  | 'unquoted-key'
  /** A bare word such as `undefined`, `True` or `NaN` where a value belongs. */
  | 'bad-word'
  | 'bad-number'
  /** A line break inside a string: an unclosed quote, or a break that should be `\n`. */
  | 'string-break'
  | 'control-char'
  | 'bad-escape'
  /** The JSON value is complete and more follows. */
  | 'extra-content'
  /** A `}` where `]` belongs, or the other way round. */
  | 'wrong-close'
  | 'unexpected';

export type JsonMistake = {
  readonly problem: JsonProblem;
  /** 1-based, as text editors count; a column counts characters, not UTF-16 units. */
  readonly line: number;
  readonly column: number;
  /** The character or word found there (empty at the end of the text). */
  readonly found: string;
  /** What belongs there instead, for `full-width`, `wrong-close` and `cut-off`. */
  readonly wanted?: string;
};

type Open = '{' | '[';
/** `item`: a value after a comma in an array; `value`: after a colon or at the start. */
type Expect = 'value' | 'item' | 'first-value' | 'first-key' | 'key' | 'colon' | 'next';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  '｛': '{',
  '｝': '}',
  '［': '[',
  '］': ']',
};
const WORD = /[\p{L}\p{N}_$]+/uy;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_RUN = /[-+.\w]+/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;
const VALUE_START = /["{[\-0-9\p{L}'“‘]/u;

/** The first mistake in `text`, or `undefined` when it is valid JSON. */
export function findJsonMistake(text: string): JsonMistake | undefined {
  const stack: Open[] = [];
  let expect: Expect = 'value';
  let lastComma = 0;
  let i = 0;
  const at = (offset: number, problem: JsonProblem, found: string, wanted?: string) =>
    mistake(text, offset, problem, found, wanted);
  const closers = () =>
    stack
      .map((open) => (open === '{' ? '}' : ']'))
      .reverse()
      .join('');
  const match = (pattern: RegExp, from: number): string | undefined => {
    pattern.lastIndex = from;
    return pattern.exec(text)?.[0];
  };
  /** What an out-of-place character most likely means. */
  const stray = (offset: number): JsonMistake => {
    const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
    if (char === "'") return at(offset, 'single-quote', char);
    if (char === '/') return at(offset, 'comment', char);
    const wanted = FULL_WIDTH[char];
    if (wanted) return at(offset, 'full-width', char, wanted);
    return at(offset, 'unexpected', char);
  };
  /** Reads a string starting at its quote; the offset after it, or the mistake inside. */
  const string = (start: number): number | JsonMistake => {
    let j = start + 1;
    while (j < text.length) {
      const code = text.charCodeAt(j);
      if (code === 0x22) return j + 1;
      if (code === 0x5c) {
        if (j + 1 >= text.length) break;
        const escaped = match(ESCAPE, j + 1);
        if (!escaped) return at(j, 'bad-escape', text.slice(j, j + 2));
        j += 1 + escaped.length;
        continue;
      }
      if (code === 0x0a || code === 0x0d) return at(j, 'string-break', '');
      if (code < 0x20) return at(j, 'control-char', text.charAt(j));
      j += 1;
    }
    return at(text.length, 'cut-off', '', `"${closers()}`);
  };

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
    if (i >= text.length) {
      if (expect === 'next' && stack.length === 0) return undefined;
      return at(i, 'cut-off', '', closers());
    }
    const char = text.charAt(i);
    const top = stack[stack.length - 1];
    switch (expect) {
      case 'value':
      case 'item':
      case 'first-value': {
        if (char === ']' && expect === 'first-value') {
          stack.pop();
          i += 1;
          expect = 'next';
          break;
        }
        if (expect === 'value' && (char === ',' || char === '}' || char === ']')) {
          return at(i, 'missing-value', char);
        }
        if (char === ']') return at(lastComma, 'extra-comma', ',');
        if (char === ',') return at(i, 'extra-comma', ',');
        if (char === '}') return at(i, 'wrong-close', char, ']');
        if (char === '{' || char === '[') {
          stack.push(char);
          i += 1;
          expect = char === '{' ? 'first-key' : 'first-value';
          break;
        }
        if (char === '"') {
          const end = string(i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'next';
          break;
        }
        if (/[-+.0-9]/.test(char)) {
          const number = match(NUMBER, i) ?? '';
          const run = match(NUMBER_RUN, i) ?? char;
          if (number.length === 0 || run.length > number.length) {
            return at(i, 'bad-number', run);
          }
          i += number.length;
          expect = 'next';
          break;
        }
        const word = match(WORD, i);
        if (word) {
          if (word !== 'true' && word !== 'false' && word !== 'null') {
            return at(i, 'bad-word', word);
          }
          i += word.length;
          expect = 'next';
          break;
        }
        return stray(i);
      }
      case 'first-key':
      case 'key': {
        if (char === '}') {
          if (expect === 'key') return at(lastComma, 'extra-comma', ',');
          stack.pop();
          i += 1;
          expect = 'next';
          break;
        }
        if (char === '"') {
          const end = string(i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'colon';
          break;
        }
        if (char === ',') return at(i, 'extra-comma', ',');
        const word = match(WORD, i);
        if (word) return at(i, 'unquoted-key', word);
        return stray(i);
      }
      case 'colon': {
        if (char !== ':') {
          return char === '：' ? stray(i) : at(i, 'missing-colon', char);
        }
        i += 1;
        expect = 'value';
        break;
      }
      default: {
        if (!top) return char === '/' ? stray(i) : at(i, 'extra-content', char);
        if (char === ',') {
          lastComma = i;
          i += 1;
          expect = top === '{' ? 'key' : 'item';
          break;
        }
        if (char === '}' || char === ']') {
          const close = top === '{' ? '}' : ']';
          if (char !== close) return at(i, 'wrong-close', char, close);
          stack.pop();
          i += 1;
          break;
        }
        if (char === "'" || char === '/' || FULL_WIDTH[char] === ',') return stray(i);
        if (VALUE_START.test(char)) return at(i, 'missing-comma', char);
        return stray(i);
      }
    }
  }
}

function mistake(
  text: string,
  offset: number,
  problem: JsonProblem,
  found: string,
  wanted?: string,
): JsonMistake {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    const code = text.charCodeAt(i);
    // CRLF, LF and a lone CR each end one line, as editors count them.
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const column = [...text.slice(lineStart, offset)].length + 1;
  const word = [...found].slice(0, 20).join('');
  return wanted === undefined
    ? { problem, line, column, found: word }
    : { problem, line, column, found: word, wanted };
}
