import type { ToolId } from './catalog/ids';
import type { IndexedEntry } from './classify/signal-index';
import type { Lang } from './i18n';
import type { KindId } from './taxonomy';

/**
 * What the diagnose page hands to its island, in the page's language: the signal index (to classify) and the
 * few strings shown for each entry and recipe. Built at build time, read in the browser from a JSON data block.
 */
export interface DiagnoseEntryView {
  id: string;
  kind: KindId;
  title: string;
  cause: string;
  advice: string;
  retryable: boolean;
  sdkRetries: boolean;
  waitSeconds: number | null;
  recipes: string[];
  url: string;
}

export interface DiagnoseRecipeView {
  id: string;
  title: string;
  tools: ToolId[];
}

export interface DiagnoseExample {
  label: string;
  text: string;
}

export interface DiagnoseData {
  lang: Lang;
  index: IndexedEntry[];
  entries: Record<string, DiagnoseEntryView>;
  recipes: Record<string, DiagnoseRecipeView>;
  kindUrls: Record<string, string>;
  examples: DiagnoseExample[];
}

export const DIAGNOSE_DATA_ID = 'diagnose-data';
