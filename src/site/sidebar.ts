import type { UiKey } from '../lib/i18n';
import { loadCatalog } from '../loader/load-catalog';

/**
 * The sidebar: groups list the pages of one folder under content/docs; the fixes have one index page
 * (`/fixes/`, built from the catalogue's recipes) rather than 29 links on every page.
 */
export function sidebar() {
  const { ui } = loadCatalog();
  const label = (key: UiKey) => ({ label: ui.en[key]!, translations: { 'zh-CN': ui['zh-cn'][key]! } });
  const group = (key: UiKey, directory: string, collapsed = false) => ({ ...label(key), collapsed, autogenerate: { directory } });
  return [
    { ...label('navDiagnose'), link: '/diagnose/' },
    group('navGuides', 'guides'),
    group('navStatus', 'status'),
    group('navFailures', 'failures'),
    { ...label('navFixes'), link: '/fixes/' },
    group('navKinds', 'kinds', true),
    group('navProviders', 'providers', true),
    group('navClients', 'clients', true),
  ];
}
