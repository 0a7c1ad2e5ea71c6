import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonMistake } from '@/utils/json-mistake';
import { SEED } from '../helpers/reliability';

const BACKUP = `{
  "format": "wechat-exit-planner",
  "version": 1,
  "sites": {
    "zhihu.com": { "name": "知乎", "status": "rebound" }
  }
}
`;

describe('finding the first mistake in hand-edited JSON', () => {
  it.each([
    [
      'a stray comma before a closing brace',
      BACKUP.replace('"rebound" }', '"rebound", }'),
      'extra-comma',
      5,
      53,
      ',',
    ],
    ['a comma after the last site', BACKUP.replace('}\n  }', '},\n  }'), 'extra-comma', 5, 55, ','],
    [
      'two commas in a row',
      BACKUP.replace('"version": 1,', '"version": 1,,'),
      'extra-comma',
      3,
      16,
      ',',
    ],
    [
      'a missing comma between two entries',
      BACKUP.replace('"version": 1,', '"version": 1'),
      'missing-comma',
      4,
      3,
      '"',
    ],
    ['Chinese curly quotes', BACKUP.replace('"知乎"', '“知乎”'), 'full-width', 5, 28, '“'],
    [
      'a Chinese comma',
      BACKUP.replace('"version": 1,', '"version": 1，'),
      'full-width',
      3,
      15,
      '，',
    ],
    ['single quotes', BACKUP.replace('"format"', "'format'"), 'single-quote', 2, 3, "'"],
    ['a comment', BACKUP.replace('{\n', '{\n  // mine\n'), 'comment', 2, 3, '/'],
    ['an unquoted name', BACKUP.replace('"version"', 'version'), 'unquoted-key', 3, 3, 'version'],
    ['a missing colon', BACKUP.replace('"version":', '"version"'), 'missing-colon', 3, 13, '1'],
    ['undefined as a value', BACKUP.replace('1,', 'undefined,'), 'bad-word', 3, 14, 'undefined'],
    ['a number with a leading zero', BACKUP.replace('1,', '01,'), 'bad-number', 3, 14, '01'],
    ['a line break inside a name', BACKUP.replace('"知乎"', '"知\n乎"'), 'string-break', 5, 30, ''],
    ['a tab inside a name', BACKUP.replace('"知乎"', '"知\t乎"'), 'control-char', 5, 30, '\t'],
    ['a stray backslash', BACKUP.replace('"知乎"', '"知\\乎"'), 'bad-escape', 5, 30, '\\乎'],
    ['a brace too many at the end', `${BACKUP}}`, 'extra-content', 8, 1, '}'],
    [
      'a bracket for a brace',
      BACKUP.replace('"rebound" }', '"rebound" ]'),
      'wrong-close',
      5,
      54,
      ']',
    ],
    ['a name with no value', BACKUP.replace('1,', ','), 'missing-value', 3, 14, ','],
  ])('%s', (_what, text, problem, line, column, found) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonMistake(text)).toMatchObject({ problem, line, column, found });
  });

  it('says what would close a file that was cut off', () => {
    expect(findJsonMistake(BACKUP.slice(0, 80))).toEqual({
      problem: 'cut-off',
      line: 5,
      column: 15,
      found: '',
      wanted: '"}}',
    });
    expect(findJsonMistake('{"a": [1, 2')).toMatchObject({ problem: 'cut-off', wanted: ']}' });
  });

  it('counts CRLF and lone CR line ends as editors do, and columns in characters', () => {
    const crlf = BACKUP.replaceAll('\n', '\r\n').replace('"rebound" }', '"rebound", }');
    expect(findJsonMistake(crlf)).toMatchObject({ line: 5, column: 53 });
    const cr = BACKUP.replaceAll('\n', '\r').replace('"rebound" }', '"rebound", }');
    expect(findJsonMistake(cr)).toMatchObject({ line: 5, column: 53 });
    // 😀 is two UTF-16 units but one character on screen.
    expect(findJsonMistake('{"😀": 1,}')).toMatchObject({ line: 1, column: 8 });
  });

  it('agrees with JSON.parse on every text: a mistake exactly when parsing fails', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc
        .tuple(
          fc.json(),
          fc.nat(),
          fc.constantFrom(',', '}', ']', '"', ':', ' ', '/', "'", '\n', '\\', '0', 'x', '，'),
        )
        .map(([json, at, insert]) => {
          const where = at % (json.length + 1);
          return json.slice(0, where) + insert + json.slice(where);
        }),
      fc.tuple(fc.json(), fc.nat()).map(([json, at]) => json.slice(0, at % (json.length + 1))),
      fc.string({
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '"',
          '1',
          '-',
          '.',
          'e',
          'n',
          'u',
          'l',
          ' ',
          '\\',
          'a',
        ),
      }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const found = findJsonMistake(text);
        expect(found === undefined).toBe(valid);
        if (found) {
          expect(found.line).toBeGreaterThanOrEqual(1);
          expect(found.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });

  it('reads a very deep file without running out of stack', () => {
    expect(findJsonMistake(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined();
    expect(findJsonMistake('['.repeat(200_000))).toMatchObject({ problem: 'cut-off' });
  });
});
