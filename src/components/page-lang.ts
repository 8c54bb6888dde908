import { isLang, type Lang, type UiStrings } from '../lib/i18n';
import { loadCatalog } from '../loader/load-catalog';

/** The language of the Starlight page a component renders in (root locale = English). */
export function pageLang(locals: App.Locals): Lang {
  const locale = locals.starlightRoute?.locale;
  return isLang(locale) ? locale : 'en';
}

/** The UI strings of the page's language. */
export function pageUi(locals: App.Locals): UiStrings {
  return loadCatalog().ui[pageLang(locals)] as UiStrings;
}
