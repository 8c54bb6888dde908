import { DIAGNOSE_DATA_ID, type DiagnoseData } from '../lib/diagnose-data';

/** The diagnose data block the page rendered at build time, or null when the page has none. */
export function readPageData(): DiagnoseData | null {
  const element = typeof document === 'undefined' ? null : document.getElementById(DIAGNOSE_DATA_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as DiagnoseData;
  } catch {
    return null;
  }
}
