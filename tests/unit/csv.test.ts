import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, neutralise, parseCsv, quote, toCsv, unneutralise } from '@/utils/csv';

describe('writing CSV', () => {
  it('starts with a byte-order mark so spreadsheets read UTF-8 Chinese', () => {
    expect(toCsv([['知乎']])).toBe(`${BOM}知乎`);
  });

  it('ends records with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${BOM}a,b\r\nc,d`);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('quotes %j as %j', (cell, expected) => {
    expect(quote(cell)).toBe(expected);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-5 积分', "'-5 积分"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'quoted", "''quoted"],
    ['知乎 =1', '知乎 =1'],
    ['a-b', 'a-b'],
  ])('neutralises a formula start: %j → %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
    expect(unneutralise(neutralise(cell))).toBe(cell);
  });

  it.each([
    ["x;=cmd|' /C calc'!A0;y", "x;'=cmd|' /C calc'!A0;y"],
    ['a; =1', "a;' =1"],
    ['a;"=1', 'a;\'"=1'],
    ['a;+1;@b;-c', "a;'+1;'@b;'-c"],
    ["a;'b", "a;''b"],
    ['a\n=1', "a\n'=1"],
    ['=a;=b', "'=a;'=b"],
    ['a;b c;d', 'a;b c;d'],
  ])('neutralises each part a semicolon or line break starts: %j → %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
    expect(unneutralise(neutralise(cell))).toBe(cell);
  });

  it('reads back exactly what it wrote, and leaves no part a formula, for any mix of signs', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(';', '\n', '\r', '=', '+', '-', '@', "'", '"', ' ', '\t', 'a'),
        }),
        (cell) => {
          const safe = neutralise(cell);
          expect(unneutralise(safe)).toBe(cell);
          expect(safe).not.toMatch(/^[=+\-@\t\r]/);
          for (const part of safe.split(/;|\r\n|\r|\n/).slice(1)) {
            expect(part).not.toMatch(/^["\s]*[=+\-@]/);
          }
        },
      ),
      { seed: 20_261_127, numRuns: 2000 },
    );
  });

  it('leaves an apostrophe typed by hand before ordinary text alone when reading', () => {
    expect(unneutralise("'hello")).toBe("'hello");
  });

  it('quotes a neutralised cell that also needs quoting', () => {
    expect(toCsv([['=HYPERLINK("x")']])).toBe(`${BOM}"'=HYPERLINK(""x"")"`);
  });
});

describe('reading CSV', () => {
  it.each([
    [
      'LF',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'lone CR',
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a BOM', `${BOM}a,b`, [['a', 'b']]],
    ['a quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    [
      'a quoted line break',
      '"two\r\nlines",x\r\ny,z',
      [
        ['two\r\nlines', 'x'],
        ['y', 'z'],
      ],
    ],
    ['empty cells', ',,\n', [['', '', '']]],
    ['a quote inside an unquoted cell', 'a"b,c', [['a"b', 'c']]],
    ['a blank line', 'a\n\nb', [['a'], [''], ['b']]],
  ] as const)('reads %s', (_what, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it.each([
    ['semicolons', ';', '知乎;zhihu.com;"a; b";1,5\r\n', ['知乎', 'zhihu.com', 'a; b', '1,5']],
    ['tabs', '\t', '知乎\tzhihu.com\t"a\tb"\t1,5\r\n', ['知乎', 'zhihu.com', 'a\tb', '1,5']],
  ] as const)(
    'reads cells separated by %s, where a comma is only text',
    (_what, delimiter, text, row) => {
      expect(parseCsv(text, delimiter)).toEqual({ ok: true, rows: [row] });
    },
  );

  it('reports an unterminated quote with the row it opened on', () => {
    expect(parseCsv('a,b\n"open,c\nd')).toEqual({
      ok: false,
      error: 'unterminated-quote',
      row: 2,
    });
  });

  it('reads back exactly what it wrote, however awkward the cells', () => {
    const rows = [
      ['名称', 'note'],
      ['知乎', '=cmd|" /C calc"!A0'],
      ['a,b', 'line one\r\nline two'],
      ['"quoted"', "'already"],
      ['-', '@'],
    ];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.ok && parsed.rows.map((row) => row.map(unneutralise))).toEqual(rows);
  });
});
