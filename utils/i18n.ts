import type zhCN from '@/locales/zh_CN';

/**
 * The extension's own message layer. `browser.i18n.getMessage` always answers in the browser's
 * UI language, but the settings let people pick 中文 or English without restarting the browser,
 * so pages load one locale's catalogue (a lazily imported chunk) and look messages up here.
 * Only the manifest's name and description go through `_locales/`.
 */

export const LOCALES = ['zh_CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type LanguagePreference = 'auto' | Locale;

/** A plural message picks a form with `Intl.PluralRules`; Chinese needs only `other`. */
export type PluralMessage = { readonly one?: string; readonly other: string };
export type Message = string | PluralMessage;
export type MessageKey = keyof typeof zhCN;
export type Catalog = { readonly [K in MessageKey]: Message };
export type Params = Readonly<Record<string, string | number>>;

const loaders: Record<Locale, () => Promise<{ default: Catalog }>> = {
  zh_CN: () => import('@/locales/zh_CN'),
  en: () => import('@/locales/en'),
};

let current: { locale: Locale; catalog: Catalog; plural: Intl.PluralRules } | undefined;
const loaded = new Map<Locale, Promise<Catalog>>();

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

export function loadCatalog(locale: Locale): Promise<Catalog> {
  let promise = loaded.get(locale);
  if (!promise) {
    promise = loaders[locale]().then((module) => module.default);
    loaded.set(locale, promise);
  }
  return promise;
}

/** Loads and activates a locale; resolves to the locale that is now in use. */
export async function activateLocale(preference: LanguagePreference): Promise<Locale> {
  const locale = resolveLocale(preference);
  const catalog = await loadCatalog(locale);
  current = { locale, catalog, plural: new Intl.PluralRules(bcp47(locale)) };
  if (globalThis.document) globalThis.document.documentElement.lang = bcp47(locale);
  return locale;
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
  const { catalog, plural } = requireCurrent();
  const message = catalog[key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params?.count ?? 0);
    const form = plural.select(count);
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
