import type zhCN from '@/locales/zh_CN';
import type { Locale } from './locales';

/**
 * The extension's own message layer. `browser.i18n.getMessage` always answers in the browser's
 * UI language, but the settings let people pick 中文 or English without restarting the browser,
 * so pages load the chosen locale's messages (lazily imported chunks, only the areas the page
 * shows) and look them up here. Only the manifest's name and description go through `_locales/`.
 */

export type { Locale } from './locales';
export type LanguagePreference = 'auto' | Locale;

/** A plural message picks a form with `Intl.PluralRules`; Chinese needs only `other`. */
type PluralMessage = { readonly one?: string; readonly other: string };
export type Message = string | PluralMessage;
export type MessageKey = keyof typeof zhCN;
export type Catalog = { readonly [K in MessageKey]: Message };
export type Params = Readonly<Record<string, string | number>>;

/**
 * The areas of the catalogue, one file each in locales/<locale>/ and one lazily loaded chunk
 * each. A page loads only the areas it shows: the popup has no use for the options page's 180
 * messages, and the checklist's longer texts (inside each item's "details") can follow its
 * first render. tests/unit/locales.test.ts checks that these areas make up the whole catalogue
 * and that each page's code uses only keys of its areas.
 */
export const AREAS = [
  'common',
  'access',
  'checklist',
  'checklist-details',
  'popup',
  'options',
  'options-tools',
  'history',
  'legacy',
  'background',
  'guard',
  'welcome',
] as const;
export type Area = (typeof AREAS)[number];
type Messages = { readonly [K in MessageKey]?: Message };

type Loaders = Readonly<Partial<Record<Area, () => Promise<{ default: Messages }>>>>;

/**
 * The background's messages: the toolbar badge and the reminders (tests/unit/locales.test.ts
 * checks its code uses no others). Its bundle is one file that holds every chunk it can load,
 * so the background build (import.meta.env.ENTRYPOINT, set by WXT) sees only this loader, and
 * the area holds nothing else: the guard page's texts are an area of their own.
 */
export const BACKGROUND_AREAS = ['background'] as const satisfies readonly Area[];

const loaders: Record<Locale, Loaders> =
  import.meta.env.ENTRYPOINT === 'background'
    ? {
        zh_CN: { background: () => import('@/locales/zh_CN/background') },
        en: { background: () => import('@/locales/en/background') },
      }
    : {
        zh_CN: {
          common: () => import('@/locales/zh_CN/common'),
          access: () => import('@/locales/zh_CN/access'),
          checklist: () => import('@/locales/zh_CN/checklist'),
          'checklist-details': () => import('@/locales/zh_CN/checklist-details'),
          popup: () => import('@/locales/zh_CN/popup'),
          options: () => import('@/locales/zh_CN/options'),
          'options-tools': () => import('@/locales/zh_CN/options-tools'),
          history: () => import('@/locales/zh_CN/history'),
          legacy: () => import('@/locales/zh_CN/legacy'),
          background: () => import('@/locales/zh_CN/background'),
          guard: () => import('@/locales/zh_CN/guard'),
          welcome: () => import('@/locales/zh_CN/welcome'),
        },
        en: {
          common: () => import('@/locales/en/common'),
          access: () => import('@/locales/en/access'),
          checklist: () => import('@/locales/en/checklist'),
          'checklist-details': () => import('@/locales/en/checklist-details'),
          popup: () => import('@/locales/en/popup'),
          options: () => import('@/locales/en/options'),
          'options-tools': () => import('@/locales/en/options-tools'),
          history: () => import('@/locales/en/history'),
          legacy: () => import('@/locales/en/legacy'),
          background: () => import('@/locales/en/background'),
          guard: () => import('@/locales/en/guard'),
          welcome: () => import('@/locales/en/welcome'),
        },
      };

type Active = {
  locale: Locale;
  catalog: Messages;
  areas: ReadonlySet<Area>;
};

let current: Active | undefined;
/** The areas this page uses (all it can load unless it said otherwise); a new locale loads these. */
let wanted: readonly Area[] =
  import.meta.env.ENTRYPOINT === 'background' ? BACKGROUND_AREAS : AREAS;
const loaded = new Map<string, Promise<Messages>>();
/** How many activations have started: only the latest may set `current`. */
let activations = 0;

/** The browser's own preference order decides `auto`; Chinese is the default for anything else. */
export function resolveLocale(
  preference: LanguagePreference,
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  if (preference !== 'auto') return preference;
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh_CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh_CN';
}

function loadArea(locale: Locale, area: Area): Promise<Messages> {
  const id = `${locale}/${area}`;
  let promise = loaded.get(id);
  if (!promise) {
    const load = loaders[locale][area];
    promise = load ? load().then((module) => module.default) : Promise.resolve({});
    loaded.set(id, promise);
    // A failed load (the extension was updated underneath the page) may be tried again.
    promise.catch(() => loaded.delete(id));
  }
  return promise;
}

/**
 * Messages a page's entry imported statically, so that they load beside its code instead of
 * after it: later requests for these areas find them in.
 */
export function provideMessages(
  locale: Locale,
  areas: Readonly<Partial<Record<Area, Messages>>>,
): void {
  for (const [area, messages] of Object.entries(areas)) {
    loaded.set(`${locale}/${area}`, Promise.resolve(messages));
  }
}

/** Starts loading a locale's messages (the page's areas unless told which); resolves when in. */
export async function loadCatalog(
  locale: Locale,
  areas: readonly Area[] = wanted,
): Promise<Messages> {
  const parts = await Promise.all(areas.map((area) => loadArea(locale, area)));
  return Object.assign({}, ...parts) as Messages;
}

/**
 * Loads and activates a locale; resolves to the locale that is now in use. `areas` names the
 * parts of the catalogue the page needs; after that, a change of language loads the same ones.
 */
export async function activateLocale(
  preference: LanguagePreference,
  areas?: readonly Area[],
): Promise<Locale> {
  if (areas) wanted = areas;
  activations += 1;
  const activation = activations;
  const locale = resolveLocale(preference);
  let using = wanted;
  let catalog = await loadCatalog(locale, using);
  // Areas a part of the page added while these loaded (addAreas) are the page's too: the
  // catalogue set below replaces the one they joined.
  while (wanted.some((area) => !using.includes(area))) {
    using = wanted;
    catalog = await loadCatalog(locale, using);
  }
  // Two activations overlapping (a language switch while the page was still starting): the
  // later one decides, whichever finishes last.
  if (activation !== activations) return locale;
  current = { locale, catalog, areas: new Set(using) };
  if (globalThis.document) globalThis.document.documentElement.lang = bcp47(locale);
  return locale;
}

/** Whether an area's messages are in, e.g. to show a part of the page that needs them. */
export function hasArea(area: Area): boolean {
  return current?.areas.has(area) === true;
}

/** Adds areas to the page's messages, e.g. those only needed after its first render. */
export async function addAreas(areas: readonly Area[]): Promise<void> {
  wanted = [...new Set([...wanted, ...areas])];
  const active = requireCurrent();
  const more = await loadCatalog(active.locale, areas);
  // The language may have changed meanwhile: then that activation brought these areas too.
  if (current?.locale !== active.locale) return;
  current = {
    ...current,
    catalog: { ...current.catalog, ...more },
    areas: new Set([...current.areas, ...areas]),
  };
}

export function activeLocale(): Locale {
  return requireCurrent().locale;
}

export function bcp47(locale: Locale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

/**
 * Looks a message up and fills `{name}` placeholders. A plural message chooses its form by the
 * `count` parameter.
 */
export function t(key: MessageKey, params?: Params): string {
  const { catalog, locale } = requireCurrent();
  const message = catalog[key];
  let text: string;
  if (message === undefined) {
    // A page that shows a key outside its areas: say so, and show the key rather than break.
    console.error(`i18n: "${key}" is not loaded; add its area to the page (utils/i18n.ts)`);
    return key;
  }
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params?.count ?? 0);
    const form = pluralRules(locale).select(count);
    text = (form === 'one' ? message.one : undefined) ?? message.other;
  }
  return params ? fill(text, params) : text;
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

const pluralForms = new Map<Locale, Intl.PluralRules>();

/** Built on first use: most messages are not plural, and building one costs a few ms. */
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralForms.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(bcp47(locale));
    pluralForms.set(locale, rules);
  }
  return rules;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number): string {
  const locale = activeLocale();
  let format = numberFormats.get(locale);
  if (!format) {
    // Building a formatter costs far more than using one, and every count in a message uses one.
    format = new Intl.NumberFormat(bcp47(locale));
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** Formats a calendar day (`YYYY-MM-DD`, the user's local calendar) in the active locale. */
export function formatDay(day: string, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return new Intl.DateTimeFormat(bcp47(activeLocale()), {
    dateStyle: style === 'long' ? 'long' : 'medium',
  }).format(date);
}

const instantFormats = new Map<Locale, Intl.DateTimeFormat>();

/** Formats an instant (milliseconds since the epoch) as a date and time in the active locale. */
export function formatInstant(ms: number): string {
  const locale = activeLocale();
  let format = instantFormats.get(locale);
  if (!format) {
    // A list of 500 sites formats 500 instants: build the formatter once per locale.
    format = new Intl.DateTimeFormat(bcp47(locale), { dateStyle: 'medium', timeStyle: 'short' });
    instantFormats.set(locale, format);
  }
  return format.format(new Date(ms));
}

function requireCurrent() {
  if (!current) throw new Error('i18n: call activateLocale() before t()');
  return current;
}
