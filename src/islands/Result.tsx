import type { ProviderId, ToolId } from '../lib/catalog/ids';
import type { Diagnosis } from '../lib/classify';
import type { DiagnoseCode, DiagnoseData } from '../lib/diagnose-data';
import { fill, type Lang, type UiStrings } from '../lib/i18n';
import { retryVerdict } from '../lib/retry-verdict';
import { CopyButton } from './CopyButton';
import { FixTabs } from './FixTabs';
import { Inline } from './Inline';

interface Props {
  lang: Lang;
  ui: UiStrings;
  data: DiagnoseData;
  code: DiagnoseCode | 'loading' | 'failed';
  diagnosis: Diagnosis;
  compact: boolean;
}

/** The verdict: what happened, whether and when to retry, the request id, the fixes and the entry's page. */
export function Result({ lang, ui, data, code, diagnosis: d, compact }: Props) {
  const entry = d.entry ? data.entries[d.entry] : undefined;
  const verdict = retryVerdict(d, entry, { ui, lang, tools: data.facts.tools });
  const recognised = d.kind !== 'unknown';
  const title = entry?.title ?? (recognised ? data.names.kinds[d.kind] : ui.notRecognised);
  const fallback = d.evidence.find((e) => e.type === 'fallback');
  return (
    <div class="dx-result-body">
      <h2 class="dx-title">{title}</h2>
      <dl class="dx-facts">
        <dt>{ui.kind}</dt>
        <dd>{recognised ? <a href={data.kindUrls[d.kind]}><code>{d.kind}</code></a> : <code>{d.kind}</code>}</dd>
        <dt>{ui.status}</dt>
        <dd>{d.status ?? ui.noStatus}</dd>
        {d.provider && (<><dt>{ui.provider}</dt><dd>{data.names.providers[d.provider as ProviderId] ?? d.provider}</dd></>)}
        {d.client && (<><dt>{ui.client}</dt><dd>{data.names.tools[d.client as ToolId] ?? data.names.clients[d.client] ?? d.client}</dd></>)}
        <dt>{ui.confidence}</dt>
        <dd>{Math.round(d.confidence * 100)} %</dd>
      </dl>
      <p class={`dx-verdict dx-verdict-${verdict.tone}`}>
        <strong>{verdict.message}</strong>
        {verdict.alreadyRetried && <span> {verdict.alreadyRetried}</span>}
      </p>
      {d.errors.length > 1 && (
        <div class="dx-log-errors">
          <p>{fill(ui.logErrors, d.errors.length)}</p>
          <ol>
            {d.errors.map((e) => (
              <li>
                {data.entries[e.entry] ? <a href={data.entries[e.entry]!.url}>{data.entries[e.entry]!.title}</a> : e.entry}
                {' · '}
                {e.retryable ? ui.tableRetry : ui.tableFix}
              </li>
            ))}
          </ol>
        </div>
      )}
      {entry && <p class="dx-cause"><strong>{ui.cause}:</strong> <Inline text={entry.cause} /></p>}
      {entry && <p class="dx-advice"><Inline text={entry.advice} /></p>}
      {!entry && fallback && <p class="dx-note">{fill(ui.fallbackNote, fallback.text)}</p>}
      {!recognised && <p>{ui.notRecognisedHelp}</p>}
      {d.requestId && (
        <p class="dx-request-id">
          {ui.requestId}: <code>{d.requestId}</code>{' '}
          <CopyButton text={d.requestId} label={ui.copy} doneLabel={ui.copied} />
        </p>
      )}
      {entry && !compact && <FixTabs ui={ui} data={data} code={code} entry={entry} diagnosis={d} />}
      <p class="dx-links">
        {entry && <a href={entry.url}>{ui.entryLink} →</a>}
        {!entry && recognised && <a href={data.kindUrls[d.kind]}>{ui.kindLink} →</a>}
      </p>
      {d.alternatives.length > 0 && (d.confidence < 0.6 || !entry) && (
        <div class="dx-alternatives">
          <h3>{ui.alternatives}</h3>
          <ul>
            {d.alternatives.map((alt) => data.entries[alt.entry] && (
              <li><a href={data.entries[alt.entry]!.url}>{data.entries[alt.entry]!.title}</a> <code>{alt.kind}</code></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
