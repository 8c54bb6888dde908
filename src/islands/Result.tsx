import { PROVIDER_NAMES, TOOL_NAMES, type ProviderId, type ToolId } from '../lib/catalog/ids';
import type { Diagnosis } from '../lib/classify/browser';
import type { DiagnoseData } from '../lib/diagnose-data';
import { localize, type Lang } from '../lib/i18n';
import { retryVerdict } from '../lib/retry-verdict';
import { getKind } from '../lib/taxonomy';
import { t } from '../lib/ui-text';
import { CopyButton } from './CopyButton';
import { FixTabs } from './FixTabs';

interface Props {
  lang: Lang;
  data: DiagnoseData;
  diagnosis: Diagnosis;
  compact: boolean;
}

/** The verdict: what happened, whether and when to retry, the request id, the fixes and the entry's page. */
export function Result({ lang, data, diagnosis: d, compact }: Props) {
  const entry = d.entry ? data.entries[d.entry] : undefined;
  const verdict = retryVerdict(d, entry, lang);
  const recognised = d.kind !== 'unknown';
  const title = entry?.title ?? (recognised ? localize(getKind(d.kind).meaning, lang) : t('notRecognised', lang));
  const fallback = d.evidence.find((e) => e.type === 'fallback');
  return (
    <div class="dx-result-body">
      <h2 class="dx-title">{title}</h2>
      <dl class="dx-facts">
        <dt>{t('kind', lang)}</dt>
        <dd>{recognised ? <a href={data.kindUrls[d.kind]}><code>{d.kind}</code></a> : <code>{d.kind}</code>}</dd>
        <dt>{t('status', lang)}</dt>
        <dd>{d.status ?? t('noStatus', lang)}</dd>
        {d.provider && (<><dt>{t('provider', lang)}</dt><dd>{PROVIDER_NAMES[d.provider as ProviderId] ?? d.provider}</dd></>)}
        {d.client && (<><dt>{t('client', lang)}</dt><dd>{TOOL_NAMES[d.client as ToolId] ?? d.client}</dd></>)}
        <dt>{t('confidence', lang)}</dt>
        <dd>{Math.round(d.confidence * 100)} %</dd>
      </dl>
      <p class={`dx-verdict dx-verdict-${verdict.tone}`}>
        <strong>{verdict.message}</strong>
        {verdict.alreadyRetried && <span> {verdict.alreadyRetried}</span>}
      </p>
      {entry && <p class="dx-cause"><strong>{t('cause', lang)}:</strong> {entry.cause}</p>}
      {entry && <p class="dx-advice">{entry.advice}</p>}
      {!entry && fallback && <p class="dx-note">{t('fallbackNote', lang).replace('{n}', fallback.text)}</p>}
      {!recognised && <p>{t('notRecognisedHelp', lang)}</p>}
      {d.requestId && (
        <p class="dx-request-id">
          {t('requestId', lang)}: <code>{d.requestId}</code>{' '}
          <CopyButton text={d.requestId} label={t('copy', lang)} doneLabel={t('copied', lang)} />
        </p>
      )}
      {entry && !compact && <FixTabs lang={lang} recipes={entry.recipes.map((id) => data.recipes[id]!).filter(Boolean)} preferred={d.client} />}
      <p class="dx-links">
        {entry && <a href={entry.url}>{t('entryLink', lang)} →</a>}
        {!entry && recognised && <a href={data.kindUrls[d.kind]}>{t('kindLink', lang)} →</a>}
      </p>
      {d.alternatives.length > 0 && (d.confidence < 0.6 || !entry) && (
        <div class="dx-alternatives">
          <h3>{t('alternatives', lang)}</h3>
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
