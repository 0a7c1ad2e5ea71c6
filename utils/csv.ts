/**
 * CSV the way spreadsheet programs read and write it (RFC 4180), for the site list export.
 *
 * - UTF-8 with a byte-order mark: without it Excel reads the file as the system code page and
 *   shows Chinese names as mojibake.
 * - CRLF between records; a cell is quoted when it holds a comma, quote, CR or LF.
 * - A cell that begins with = + - @ (or a tab or CR) would be run as a formula by Excel, LibreOffice
 *   and Google Sheets ("CSV injection"); it gets a leading apostrophe, which spreadsheets show as
 *   plain text. A cell that already begins with an apostrophe gets one more, so that reading the
 *   file back (`unneutralise`) gives exactly the text that was written.
 * - Spreadsheets in locales with a decimal comma split lines on `;` instead and honour quotes only
 *   at the start of a cell: every part of a cell after a `;` or a line break starts a cell there,
 *   so it is neutralised the same way (also when quotes or spaces come before the formula sign).
 */

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r']/;
/** After a `;` or line break, quotes and spaces before the sign may be dropped by the reader. */
const PART_START = /^["\s]*[=+\-@\t\r']/;

/** Where a reader in another locale may start a new cell: `;`, and a line break it does not
 * see as quoted (quotes count only at the start of a cell there). Kept by `split`. */
const PART_BREAK = /(;|\r\n|\r|\n)/;

export function neutralise(cell: string): string {
  const parts = cell.split(PART_BREAK);
  // The cell's own start: its first character, even when that is a line break.
  const head = FORMULA_START.test(cell) ? "'" : '';
  return (
    head +
    parts
      .map((part, i) => (i % 2 === 0 && i > 0 && PART_START.test(part) ? `'${part}` : part))
      .join('')
  );
}

/** Undoes `neutralise`; an apostrophe typed by hand before ordinary text is kept. */
export function unneutralise(cell: string): string {
  const body = cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  return body
    .split(PART_BREAK)
    .map((part, i) =>
      i % 2 === 0 && i > 0 && part.startsWith("'") && PART_START.test(part.slice(1))
        ? part.slice(1)
        : part,
    )
    .join('');
}

export function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells → the text of a CSV file, BOM first, every cell made safe to open. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map((cell) => quote(neutralise(cell))).join(',')).join('\r\n');
}

export type CsvResult =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; readonly error: 'unterminated-quote'; readonly row: number };

/**
 * What separates cells: a comma, or a semicolon where the decimal mark is a comma (Excel in most
 * of Europe), or a tab (Excel's "Unicode text", files named .tsv).
 */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Reads CSV text into rows of raw cells (apostrophes are left to the caller). Accepts CRLF, LF
 * and lone CR line ends, a BOM, quoted cells with delimiters, quotes and line breaks inside, and
 * a last line with or without a line end. `row` in an error is 1-based, as spreadsheets count.
 */
export function parseCsv(text: string, delimiter: Delimiter = ','): CsvResult {
  const source = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteRow = 0;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && cell.length === 0) {
      quoted = true;
      quoteRow = rows.length + 1;
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && source[i + 1] === '\n') i += 1;
    } else {
      // A quote inside an unquoted cell is taken literally, as spreadsheet programs do.
      cell += char;
    }
    i += 1;
  }
  if (quoted) return { ok: false, error: 'unterminated-quote', row: quoteRow };
  if (cell.length > 0 || row.length > 0) endRow();
  return { ok: true, rows };
}
