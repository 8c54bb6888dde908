export const LANGS = ['en', 'zh-cn'] as const;
export type Lang = (typeof LANGS)[number];

/** A user-facing string in every language the site speaks; `zh-cn` falls back to English until written. */
export interface Localized {
  en: string;
  'zh-cn'?: string | undefined;
}

export function localize(text: Localized, lang: Lang): string {
  return (lang === 'zh-cn' ? text['zh-cn'] : undefined) ?? text.en;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
