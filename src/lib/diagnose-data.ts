import type { KindId } from './taxonomy';
import type { Lang, ProviderId, SdkId, ToolId } from './catalog/ids';
import type { Tool } from './catalog/schema';
import type { VariantFacts } from './catalog/pick-variant';
import type { ClassifierData } from './classify/data';
import type { PackedLine } from './code-lines';
import { localePath } from './urls';

/**
 * The diagnose island's data, one file per language (`/data/diagnose-<lang>-<hash>.json`), built from the validated
 * catalogue at build time and fetched when the page loads: what to classify with and what to show for each entry.
 */
export interface DiagnoseEntryView {
  id: string;
  kind: KindId;
  title: string;
  /** The cause's first sentence: all the card shows before "More detail" is opened (the rest: `DiagnoseDetails`). */
  lead: string;
  retryable: boolean;
  sdkRetries: boolean;
  waitSeconds: number | null;
  /** `reset`: a cap or a session window, not retried before it resets; `change`: change the request before retrying (see entry-verdict.ts). */
  after: 'reset' | 'change' | null;
  providers: ProviderId[];
  clients: ToolId[];
  recipes: string[];
  url: string;
}

export interface DiagnoseVariantView {
  key: string;
  tool: ToolId;
  sdk: SdkId | null;
  unsupported: boolean;
  /** The variant's file: its name, and its key in the fix code file (`DiagnoseCode.files`). */
  file: { name: string; key: string } | null;
}

export interface DiagnoseRecipeView {
  id: string;
  title: string;
  url: string;
  variants: DiagnoseVariantView[];
}

export interface DiagnoseExample {
  label: string;
  text: string;
}

export interface DiagnoseData {
  lang: Lang;
  classifier: ClassifierData;
  entries: Record<string, DiagnoseEntryView>;
  recipes: Record<string, DiagnoseRecipeView>;
  facts: VariantFacts & { tools: Record<ToolId, Pick<Tool, 'sdks' | 'retries'>> };
  /** Display names; `clients` are the printers of clients.json (LiteLLM, Roo Code…), which have no fixes of their own. */
  names: { providers: Record<ProviderId, string>; tools: Record<ToolId, string>; clients: Record<string, string>; sdks: Record<SdkId, string>; kinds: Record<KindId, string> };
  kindUrls: Record<KindId, string>;
  /** The fixes shown when only the kind is known (see kindRecipesOf). */
  kindRecipes: Record<KindId, string[]>;
  /** The fix code file, shared by every language. */
  codeUrl: string;
  /** The entries' full cause and advice and the fixes' explanations in this language (`DiagnoseDetails`). */
  detailsUrl: string;
}

/**
 * The words the verdict does not wait for, in one language (`/data/details-<lang>-<hash>.json`): what "More detail"
 * shows for each entry, and the sentences that explain each fix above its code. A file of its own, fetched with the
 * data (never after a paste), so the data the first verdict waits for stays small. Until it is read, or if it cannot
 * be, the card has no "More detail" and each fix shows its title, code and link; the entry's page is linked.
 */
export interface DiagnoseDetails {
  entries: Record<string, { cause: string; advice: string }>;
  /** Each variant's explanation, by `<recipe>/<variant key>` (`fixTextKey`). */
  fixes: Record<string, string>;
}

/** What an entry's retry fields are when the data file leaves them out (most entries: about 1 KB of its gzip bytes). */
export const ENTRY_DEFAULTS = { retryable: false, sdkRetries: false, waitSeconds: null, after: null } as const;
type Defaulted = keyof typeof ENTRY_DEFAULTS;

/** The fields an entry's classifier data (`IndexedEntry`, in the same file) carries already, with the same values. */
type FromClassifier = 'kind' | 'providers' | 'clients' | 'retryable';

/**
 * An entry as the data file carries it: its id is its key, `home` is its section's page without slashes
 * (`status/429`, `failures/timeout`), a retry field equal to `ENTRY_DEFAULTS` is left out, and so are the fields its
 * classifier entry carries (`FromClassifier`; a deprecated entry, which the classifier leaves out, keeps them).
 * Spelling out each id and URL again would cost the file about 4 KB (gzip), the fields the classifier carries 2.5 KB.
 */
export type DiagnoseEntryWire = Omit<DiagnoseEntryView, 'id' | 'url' | Defaulted | FromClassifier> &
  Partial<Pick<DiagnoseEntryView, Defaulted | FromClassifier>> & { home: string };
export type DiagnoseDataWire = Omit<DiagnoseData, 'entries'> & { entries: Record<string, DiagnoseEntryWire> };

/**
 * The data file as the island uses it: each entry given its id, the URL of its section, its default fields and the
 * fields of its classifier entry again (which brings that entry's other fields along, unused).
 */
export function expandDiagnoseData(wire: DiagnoseDataWire): DiagnoseData {
  for (const [id, e] of Object.entries(wire.entries)) Object.assign(e, { ...ENTRY_DEFAULTS, ...e, id, url: `${localePath(`/${e.home}/`, wire.lang)}#${id}` });
  for (const c of wire.classifier.entries) Object.assign(wire.entries[c.id] ?? {}, c);
  return wire as unknown as DiagnoseData;
}

/** The key of a variant's explanation in `DiagnoseDetails.fixes`. */
export const fixTextKey = (recipe: string, variant: string) => `${recipe}/${variant}`;

/**
 * Every recipe file highlighted, in one language-neutral file (`/data/fixes-<hash>.json`) that the island fetches
 * right after its data: the code is most of the bytes and the same in every language.
 */
export interface DiagnoseCode {
  /** Token classes, indexed by the packed lines' runs. */
  classes: string[];
  /** Packed lines by `<recipe>/<file name>`. */
  files: Record<string, PackedLine[]>;
}
