import { isLang, type Lang } from '../lib/i18n';

/** The language of the Starlight page a component renders in (root locale = English). */
export function pageLang(locals: App.Locals): Lang {
  const locale = locals.starlightRoute?.locale;
  return isLang(locale) ? locale : 'en';
}
