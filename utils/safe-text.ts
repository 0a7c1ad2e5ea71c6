/**
 * Text from outside (a detected login, the add form, a paste, an import file) made safe to store
 * and show. Every way in ends in `patches.site` (utils/model.ts), which calls `cleanText` on
 * names and notes and refuses ids that `hasHiddenChars`, so no form has to remember to.
 */

/**
 * Characters that change how the text around them is shown without being seen: bidi embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E/F, U+061C), zero-width space,
 * joiners and word joiner (U+200B–200D, U+2060–2064), the byte-order mark (U+FEFF), soft hyphen
 * (U+00AD), Mongolian vowel separator (U+180E) and the C0/C1 controls apart from tab and line
 * breaks (notes may hold those).
 */
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it strips.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;

export function hasHiddenChars(text: string): boolean {
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(text);
  HIDDEN.lastIndex = 0;
  return found;
}

/** Removes the characters in HIDDEN; what is left reads the same and shows in its own order. */
export function stripHidden(text: string): string {
  return text.replace(HIDDEN, '');
}

/**
 * A name or note as it is stored: hidden characters gone. Emoji sequences lose their joiner
 * (👨‍👩‍👧 shows as three faces): a small price for text that always shows what it says.
 */
export function cleanText(text: string): string {
  return stripHidden(text);
}

/**
 * Object keys that are not plain data: as a site id or checklist id they would reach
 * Object.prototype (`sites.__proto__`, `'constructor' in sites`). Refused as ids everywhere.
 */
const RESERVED = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__definegetter__',
  '__definesetter__',
  '__lookupgetter__',
  '__lookupsetter__',
  'hasownproperty',
  'isprototypeof',
  'propertyisenumerable',
  'tolocalestring',
  'tostring',
  'valueof',
]);

export function isReservedName(id: string): boolean {
  return RESERVED.has(id.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Look-alike domains: a label is shown as Unicode only when it cannot pass for another one.

/** Scripts that mix with Latin in real names (Chinese, Japanese, Korean), as browsers allow. */
const CJK_MIXES: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Hangul'],
];

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Hangul',
  'Arabic',
  'Hebrew',
  'Thai',
  'Devanagari',
] as const;
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/**
 * Letters of other scripts that look like Latin ones. A label written only in these (Cyrillic
 * "аррӏе", Greek "ορο") passes for a Latin name although it mixes nothing.
 */
const LATIN_LOOKALIKES = new Set(
  [
    // Cyrillic
    'аbсdеһіјklmnорqrѕtuvwхуzԁԛԝӏɡ',
    'вкмнтьԍғ',
    // Greek
    'αβεικνορτυχωο',
    // Latin letters that pass for ASCII ones (dotless i, script g, Latin alpha…)
    'ıɑɡɩʀꞮ',
  ]
    .join('')
    .split('')
    .filter((char) => !/[a-z]/.test(char)),
);

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const char of label) {
    const script = SCRIPT_TESTS.find(([, test]) => test.test(char));
    if (script) found.add(script[0]);
    else if (!/[0-9-]/.test(char) && /\p{L}/u.test(char)) found.add('Other');
  }
  return found;
}

/**
 * Whether a decoded (Unicode) domain label could be mistaken for another: hidden characters,
 * scripts mixed in one label (Latin "zh" + Cyrillic "і" + Latin "hu"), or a label made only of
 * letters that look Latin but are not.
 */
export function isConfusableLabel(label: string): boolean {
  if (hasHiddenChars(label)) return true;
  // Plain ASCII is what it looks like.
  if (/^[\x20-\x7e]*$/.test(label)) return false;
  const scripts = scriptsOf(label);
  if (scripts.size > 1 && !CJK_MIXES.some((mix) => [...scripts].every((s) => mix.includes(s)))) {
    return true;
  }
  const letters = [...label].filter((char) => /\p{L}/u.test(char));
  return letters.length > 0 && letters.every((char) => LATIN_LOOKALIKES.has(char));
}
