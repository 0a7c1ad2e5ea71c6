import fc from 'fast-check';
import { CHECKLIST } from '@/utils/checklist';
import { siteFromInput } from '@/utils/domain';
import {
  type CheckEntry,
  LANGUAGES,
  type Settings,
  SITE_ORIGINS,
  SITE_STATUSES,
  type Site,
  type State,
  type Tracker,
} from '@/utils/model';
import { appSiteId } from '@/utils/site-id';

/**
 * Arbitraries shared by the reliability battery (tests/unit/reliability-*,
 * tests/component/reliability-*, tests/component/security*): one copy of what a stored entry
 * looks like, of the junk it turns into, and of hostile text.
 */

/** Any site record the schema accepts, optional fields included at random. */
export const siteArb: fc.Arbitrary<Site> = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 80 }),
    status: fc.constantFrom('rebind', 'rebound', 'abandon', 'not-needed'),
    via: fc.constantFrom('manual', 'detected', 'imported'),
    pending: fc.constant(true as const),
    appid: fc.stringMatching(/^wx[0-9a-f]{16}$/),
    note: fc.string({ maxLength: 500 }),
    first: fc.nat(),
    at: fc.nat(),
  },
  { requiredKeys: ['name', 'status', 'via', 'first', 'at'] },
);
export const domainArb = fc.stringMatching(/^[a-z0-9]{1,12}\.(com|cn|com\.cn|net)$/);

/** Every way a stored value has been seen to go wrong, or could. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(10_000)),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.anything(), { maxKeys: 4 }),
  // Half-written: a site with some fields missing or mistyped, in either layout.
  fc.record(
    { name: fc.oneof(fc.string(), fc.integer()), status: fc.string() },
    { requiredKeys: [] },
  ),
  fc.record(
    { n: fc.oneof(fc.string(), fc.integer()), s: fc.string(), t: fc.string(), at: fc.integer() },
    { requiredKeys: [] },
  ),
  fc.record({ state: fc.string(), at: fc.oneof(fc.string(), fc.integer({ min: -5, max: -1 })) }),
);

/** The ids of the real checklist, so that a stored entry shows up on a page. */
export const CHECK_IDS: readonly string[] = CHECKLIST.flatMap((section) =>
  section.items.map((item) => item.id),
);

/** Text a person could type, in the scripts this extension meets, edge characters included. */
export const textArb = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({
    maxLength,
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'abcxyz ABC019.-_') },
      { weight: 3, arbitrary: fc.constantFrom(...'知乎京东微信读书账号备注，。“”') },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '"',
          "'",
          ',',
          ';',
          '\t',
          '\r',
          '\n',
          '\r\n',
          '=',
          '+',
          '-',
          '@',
          '|',
          '\\',
          '<',
          '>',
          '&',
          '#',
          '\u00a0',
          // No U+FEFF or other hidden characters: stored text never holds them (utils/safe-text.ts).
          '\ufffd',
          'é',
          '😀',
        ),
      },
    ),
  });

/** A site name as the schema takes it and a person would keep it: not blank. */
const nameArb = textArb(80).filter((name) => name.trim().length > 0);

/**
 * Ids the extension itself makes: registrable domains (ASCII, Unicode and IP hosts as the add
 * form reads them) and apps (normalised names).
 */
const siteIdArb: fc.Arbitrary<string> = fc
  .oneof(
    domainArb,
    fc.constantFrom('例子.中国', 'bücher.de', 'www.zhihu.com', 'a.b.github.io', '192.168.1.20'),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}\.(co\.uk|org|io|com\.cn)$/),
  )
  .map((input) => {
    const site = siteFromInput(input);
    return site.ok ? site.id : 'example.com';
  })
  .chain((id) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(id) },
      {
        weight: 1,
        arbitrary: nameArb.map((name) => appSiteId(name) ?? 'app:x'),
      },
    ),
  );

const timeArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4_102_444_800_000 }));
const dayArb = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A valid site the way the extension writes one (a note is absent rather than blank). */
const validSiteArb: fc.Arbitrary<Site> = fc.record(
  {
    name: nameArb,
    status: fc.constantFrom(...SITE_STATUSES),
    via: fc.constantFrom(...SITE_ORIGINS),
    pending: fc.constant(true as const),
    appid: fc.stringMatching(/^wx[0-9a-f]{16}$/),
    note: textArb(500).filter((note) => note.trim().length > 0),
    first: timeArb,
    at: timeArb,
  },
  { requiredKeys: ['name', 'status', 'via', 'first', 'at'] },
);

const checkEntryArb: fc.Arbitrary<CheckEntry> = fc.oneof(
  fc.record(
    {
      state: fc.constantFrom('done' as const, 'na' as const),
      note: textArb(300).filter((note) => note.length > 0),
      at: timeArb,
    },
    { requiredKeys: ['state', 'at'] },
  ),
  fc.record({
    state: fc.constant('open' as const),
    note: textArb(300).filter((note) => note.length > 0),
    at: timeArb,
  }),
);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  detection: fc.boolean(),
  reminders: fc.boolean(),
  at: timeArb,
});
const trackerArb: fc.Arbitrary<Tracker> = fc.record(
  { appliedOn: dayArb, at: timeArb },
  { requiredKeys: ['at'] },
);

/** A whole valid state, as the store would decode it from what the extension wrote. */
export const validStateArb: fc.Arbitrary<State> = fc.record({
  settings: settingsArb,
  tracker: trackerArb,
  checklist: fc.dictionary(
    fc.oneof(fc.constantFrom(...CHECK_IDS), fc.stringMatching(/^[a-z][a-z-]{0,15}$/)),
    checkEntryArb,
    { maxKeys: 12 },
  ),
  sites: fc.dictionary(siteIdArb, validSiteArb, { maxKeys: 25 }),
  dismissed: fc.uniqueArray(siteIdArb, { maxLength: 5 }),
});

/** Markup, script URLs and spreadsheet formulas: what a hostile page or file may hand over. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<style>*{display:none}</style>',
  '&lt;b&gt;entity&lt;/b&gt;',
  '=HYPERLINK("https://evil.example","x")',
  '{{constructor.constructor("alert(1)")()}}',
] as const;

/** Hostile text, alone or inside ordinary text, cut to fit a field of `max` characters. */
export const hostileArb = (max: number): fc.Arbitrary<string> =>
  fc
    .tuple(textArb(10), fc.constantFrom(...HOSTILE), textArb(10))
    .map(([before, bad, after]) => `${before}${bad}${after}`.slice(0, max))
    .filter((text) => text.trim().length > 0);
