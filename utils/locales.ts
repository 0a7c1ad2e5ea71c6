/** The languages the extension speaks; zh_CN is the default (the manifest's default_locale). */
export const LOCALES = ['zh_CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
