import type { ProviderId, ToolId } from '../lib/catalog/ids';
import type { Diagnosis } from '../lib/classify';
import type { DiagnoseCode, DiagnoseData, DiagnoseDetails } from '../lib/diagnose-data';
import { certaintyWord, colon, fill, type Lang, type UiStrings } from '../lib/i18n';
import { retryVerdict } from '../lib/retry-verdict';
import { CopyButton } from './CopyButton';
import { FixTabs, type FixesOf } from './FixTabs';
import { Inline } from './Inline';
import { tellingLine } from './telling-line';

/** The search and report helpers for an unrecognised paste, fetched when the reader asks for one. */
const siteSearch = () => import('./site-search');

interface Props {
  lang: Lang;
  ui: UiStrings;
  data: DiagnoseData;
  code: DiagnoseCode | 'loading' | 'failed';
  /** The entries' full cause and advice, for "More detail", and the fixes' explanations. */
  details: DiagnoseDetails | 'loading' | 'failed';
  diagnosis: Diagnosis;
  /** The part of the paste that may be shown, keys removed: searched for and reported when nothing matched. */
  redacted: string;
  compact: boolean;
}

/** The fixes of a kind, for a verdict that found the kind but no entry: what FixTabs reads of an entry. */
function kindFixes(data: DiagnoseData, d: Diagnosis): FixesOf | null {
  const recipes = data.kindRecipes[d.kind] ?? [];
  if (d.kind === 'unknown' || recipes.length === 0) return null;
  return { id: `kind-${d.kind}`, providers: d.provider ? [d.provider as ProviderId] : [], clients: [], recipes };
}

/** "More detail": the entry's full cause and advice, once their file is read (the entry's page is linked below either way). */
function Detail({ ui, lang, full }: { ui: UiStrings; lang: Lang; full: { cause: string; advice: string } }) {
  return (
    <details class="dx-detail">
      <summary>{ui.moreDetail}</summary>
      <p>
        <strong>{ui.cause}{colon(lang)}</strong><Inline text={full.cause} />
      </p>
      <p>
        <Inline text={full.advice} />
      </p>
    </details>
  );
}

/**
 * The verdict card: whether and when to retry as the headline, the entry's title and one sentence of cause, the
 * provider, tool, status and certainty in words, the request id, then the fix for the detected tool. Always
 * something to do: a kind-only verdict shows the kind's usual fixes, and an unrecognised paste offers a search and
 * a report.
 */
export function Result({ lang, ui, data, code, details, diagnosis: d, redacted, compact }: Props) {
  const entry = d.entry ? data.entries[d.entry] : undefined;
  const verdict = retryVerdict(d, entry, { ui, lang, tools: data.facts.tools });
  const recognised = d.kind !== 'unknown';
  const title = entry?.title ?? (recognised ? data.names.kinds[d.kind] : ui.notRecognised);
  const fallback = d.evidence.find((e) => e.type === 'fallback');
  const byKind = entry ? null : kindFixes(data, d);
  const fixes = entry ?? byKind;
  const isTrace = d.evidence.some((e) => e.type === 'request-id' && /cf-ray|ray id/i.test(e.text));
  // A program named on its own marker printed it; failing one, the runtime whose traceback or stack it is.
  const by = d.client ?? d.runtime;
  const printer = by ? (data.names.tools[by as ToolId] ?? data.names.clients[by] ?? by) : null;
  const meta = [
    d.provider ? (data.names.providers[d.provider as ProviderId] ?? d.provider) : null,
    printer ? `${d.client ? ui.client : ui.runtime}${colon(lang)}${printer}` : null,
    d.status ? fill(d.statusFrom === 'kind' ? ui.statusLineUsual : ui.statusLine, d.status) : null,
    recognised ? certaintyWord(ui, d.confidence) : null,
  ].filter(Boolean);
  const search = recognised ? '' : tellingLine(redacted);
  return (
    <div class="dx-result-body">
      <p class={`dx-verdict dx-verdict-${verdict.tone}`}>
        <strong>{verdict.message}</strong>
        {verdict.alreadyRetried && <span> {verdict.alreadyRetried}</span>}
      </p>
      <h2 class="dx-title" tabIndex={-1}>{title}</h2>
      {entry && (
        <p class="dx-cause">
          <Inline text={entry.lead} />
        </p>
      )}
      <p class="dx-meta">
        {recognised && <a href={data.kindUrls[d.kind]}>{data.names.kinds[d.kind]}</a>}
        {meta.map((m) => <span> · {m}</span>)}
      </p>
      {d.requestId && (
        <p class="dx-request-id">
          {isTrace ? ui.traceId : ui.requestId}{colon(lang)}<code>{d.requestId}</code> <CopyButton text={d.requestId} label={ui.copy} doneLabel={ui.copied} />
        </p>
      )}
      {d.errors.length > 1 && (
        <div class="dx-log-errors">
          <p>{fill(ui.logErrors, d.errors.length)}</p>
          <ol>
            {d.errors.map((e) => (
              <li>
                {data.entries[e.entry] ? <a href={data.entries[e.entry]!.url}>{data.entries[e.entry]!.title}</a> : e.entry}
                {' · '}
                {data.entries[e.entry]?.after === 'reset' ? ui.verdictReset : e.retryable ? ui.tableRetry : ui.tableFix}
              </li>
            ))}
          </ol>
        </div>
      )}
      {!entry && fallback && <p class="dx-note">{fill(ui.fallbackNote, fallback.text)}</p>}
      {byKind && !compact && <p class="dx-note">{ui.kindFixNote}</p>}
      {fixes && !compact && <FixTabs ui={ui} data={data} code={code} details={details} entry={fixes} diagnosis={d} />}
      {entry && !compact && typeof details === 'object' && details.entries[entry.id] && <Detail ui={ui} lang={lang} full={details.entries[entry.id]!} />}
      {!recognised && (
        <div class="dx-unknown">
          <p>{ui.notRecognisedHelp}</p>
          <p>
            {search && (
              <button type="button" class="dx-search" onClick={() => siteSearch().then((help) => help.openSiteSearch(search))}>
                {fill(ui.searchFor, search)}
              </button>
            )}{' '}
            <button type="button" class="dx-report" onClick={() => siteSearch().then((help) => window.open(help.reportUrl(redacted, search, location.pathname), '_blank', 'noopener'))}>
              {ui.reportMiss}
            </button>
          </p>
          <p class="dx-note">{ui.reportNote}</p>
        </div>
      )}
      <p class="dx-links">
        {entry && <a href={entry.url}>{ui.entryLink} →</a>}
        {!entry && recognised && <a href={data.kindUrls[d.kind]}>{ui.kindLink} →</a>}
      </p>
      {d.alternatives.length > 0 && (d.confidence < 0.6 || !entry) && (
        <div class="dx-alternatives">
          <h3>{ui.alternatives}</h3>
          <ul>
            {d.alternatives.slice(0, 3).map((alt) => data.entries[alt.entry] && (
              <li>
                <a href={data.entries[alt.entry]!.url}>{data.entries[alt.entry]!.title}</a> · {data.names.kinds[alt.kind]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
