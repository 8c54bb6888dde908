import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildSignalIndex, classifyWith, indexKindHints, type Diagnosis } from '../lib/classify/browser';
import type { DiagnoseData } from '../lib/diagnose-data';
import type { Lang } from '../lib/i18n';
import { countSecrets, redact } from '../lib/redact';
import { decodeShare, encodeShare } from '../lib/share-codec';
import { t } from '../lib/ui-text';
import { Evidence } from './Evidence';
import { readPageData } from './page-data';
import { MAX_FILE_BYTES, PasteBox } from './PasteBox';
import { Result } from './Result';

interface Props {
  lang: Lang;
  /** The home page's paste box: a short verdict and a link to the full diagnosis. */
  compact?: boolean;
  /** Where the full diagnose page lives, for the compact box's link. */
  fullUrl?: string;
}

const TYPING_DEBOUNCE_MS = 150;

/** Paste an error, get the verdict: classification runs here, in the browser, and nothing leaves the page. */
export default function Diagnose({ lang, compact = false, fullUrl = '' }: Props) {
  // The data block is read after hydration, so the server render and the first client render are identical.
  const [data, setData] = useState<DiagnoseData | null>(null);
  const index = useMemo(() => (data ? buildSignalIndex([...data.index, ...indexKindHints()]) : null), [data]);
  const [text, setText] = useState('');
  /** The text last handed to the classifier: set at once on paste, after a pause while typing. */
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const [fullHref, setFullHref] = useState(fullUrl);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const diagnosis: Diagnosis | null = useMemo(
    () => (index && query.trim() ? classifyWith(index, query.slice(0, MAX_FILE_BYTES)) : null),
    [index, query],
  );

  const onText = (value: string, immediate: boolean) => {
    setText(value);
    setNotice(value.length > MAX_FILE_BYTES ? t('pasteTruncated', lang).replace('{n}', (value.length / 1048576).toFixed(1)) : '');
    clearTimeout(timer.current);
    if (immediate) setQuery(value);
    else timer.current = setTimeout(() => setQuery(value), TYPING_DEBOUNCE_MS);
  };

  useEffect(() => {
    const pageData = readPageData();
    setData(pageData);
    setHydrated(true);
    if (!pageData) setNotice(t('dataMissing', lang));
    if (compact || !location.hash) return;
    decodeShare(location.hash)
      .then((shared) => {
        if (shared === null) return;
        onText(shared, true);
        setNotice(t('sharedLoaded', lang));
      })
      .catch(() => setNotice(t('sharedBroken', lang)));
  }, []);

  const redacted = useMemo(() => redact(query.slice(0, MAX_FILE_BYTES)), [query]);
  const secrets = useMemo(() => countSecrets(query.slice(0, MAX_FILE_BYTES)), [query]);

  useEffect(() => {
    if (!compact || !diagnosis) return;
    let current = true;
    encodeShare(redacted).then((fragment) => current && setFullHref(`${fullUrl}#${fragment}`));
    return () => (current = false);
  }, [diagnosis, compact]);

  const d = diagnosis;
  return (
    <div class={`dx ${compact ? 'dx-compact' : ''}`} data-hydrated={hydrated ? 'true' : 'false'}>
      <PasteBox lang={lang} text={text} rows={compact ? 6 : 12} examples={data?.examples ?? []} onText={onText} onNotice={setNotice} />
      {notice && <p class="dx-notice" role="status">{notice}</p>}
      <section
        class="dx-result"
        aria-live="polite"
        aria-label={t('resultHeading', lang)}
        data-kind={d?.kind ?? ''}
        data-status={d?.status ?? ''}
        data-entry={d?.entry ?? ''}
        data-retryable={d ? String(d.retryable) : ''}
      >
        {d && data && <Result lang={lang} data={data} diagnosis={d} compact={compact} />}
        {d && compact && <p><a class="dx-open-full" href={fullHref}>{t('openFull', lang)} →</a></p>}
      </section>
      {d && !compact && <Evidence lang={lang} diagnosis={d} redacted={redacted} secrets={secrets} />}
    </div>
  );
}
