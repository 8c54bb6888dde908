import { LANGS, type Lang } from './catalog/ids';
import type { Localized } from './catalog/schema-common';
import type uiEnglish from '../../content/catalog/ui/en.json';

export { LANGS, type Lang, type Localized };

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The keys of the UI strings (`content/catalog/ui/<lang>.json`); the loader checks that every locale has all of them. */
export type UiKey = keyof typeof uiEnglish;
/** The UI strings of one locale. */
export type UiStrings = Record<UiKey, string>;

/** A UI string with `{n}` filled in. */
export function fill(template: string, n: number | string): string {
  return template.replace('{n}', String(n));
}

/** The colon after a label: full-width in Chinese (`来源：`), `: ` in English. */
export function colon(lang: Lang): string {
  return lang === 'zh-cn' ? '：' : ': ';
}

/** The space between a phrase and the link after it: one in English, none between Chinese characters. */
export function wordSpace(lang: Lang): string {
  return lang === 'zh-cn' ? '' : ' ';
}

/** The separator between items of an inline list: `、` in Chinese, `, ` in English. */
export function listSeparator(lang: Lang): string {
  return lang === 'zh-cn' ? '、' : ', ';
}

/** A note in parentheses: full-width `（…）` in Chinese, `(…)` in English. */
export function inParens(text: string, lang: Lang): string {
  return lang === 'zh-cn' ? `（${text}）` : `(${text})`;
}

/** How sure a match is, in words: "certain match", "likely match", "best guess". */
export function certaintyWord(ui: Pick<UiStrings, 'matchCertain' | 'matchLikely' | 'matchGuess'>, confidence: number): string {
  return confidence >= 0.85 ? ui.matchCertain : confidence >= 0.6 ? ui.matchLikely : ui.matchGuess;
}
