import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildSignalIndex, classifyWith, type Diagnosis } from '../lib/classify';
import type { DiagnoseCode, DiagnoseData, DiagnoseExample } from '../lib/diagnose-data';
import { fill, type Lang, type UiStrings } from '../lib/i18n';
import { previewOf } from '../lib/paste-preview';
import { shownPaste } from '../lib/shown-paste';
import { decodeShare, encodeShare, MAX_SHARED_BYTES, ShareError } from '../lib/share-codec';
import { Evidence } from './Evidence';
import { fetchText, loadJson, parseLater } from './load-data';
import { MAX_FILE_BYTES, PasteBox } from './PasteBox';
import { Result } from './Result';

interface Props {
  lang: Lang;
  /** The "Try an example" chips, given with the page so they show before the data file is fetched. */
  examples: DiagnoseExample[];
  /** The UI strings of the page's language. */
  ui: UiStrings;
  /** The island's data file (same origin, content-hashed). */
  dataUrl: string;
  /** The home page's paste box: a short verdict and a link to the full diagnosis. */
  compact?: boolean;
  /** Where the full diagnose page lives, for the compact box's link. */
  fullUrl?: string;
}

const TYPING_DEBOUNCE_MS = 150;

/** Paste an error, get the verdict: classification runs here, in the browser, and nothing leaves the page. */
export default function Diagnose({ lang, ui, examples, dataUrl, compact = false, fullUrl = '' }: Props) {
  // The data file is fetched when the reader first reaches for the box (or opens a shared link), not with the page.
  const [data, setData] = useState<DiagnoseData | null>(null);
  const [loading, setLoading] = useState<'idle' | 'loading' | 'done'>('idle');
  const [code, setCode] = useState<DiagnoseCode | 'loading' | 'failed'>('loading');
  const [text, setText] = useState('');
  /** The text last handed to the classifier: set at once on paste, after a pause while typing. */
  const [query, setQuery] = useState('');
  // Built on the first paste, not on load, so the page stays responsive while it loads; kept from then on.
  const pasted = useRef(false);
  if (query.trim()) pasted.current = true;
  const index = useMemo(() => (data && pasted.current ? buildSignalIndex(data.classifier) : null), [data, pasted.current]);
  const [notice, setNotice] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const [fullHref, setFullHref] = useState(fullUrl);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  /** The fix code file: downloaded with the page's data (never after a paste), parsed when the first fix shows. */
  const codeFile = useRef<(() => Promise<DiagnoseCode | null>) | null>(null);

  const diagnosis: Diagnosis | null = useMemo(
    () => (index && query.trim() ? classifyWith(index, query.slice(0, MAX_FILE_BYTES)) : null),
    [index, query],
  );

  const load = () => {
    if (loading !== 'idle') return;
    setLoading('loading');
    loadJson<DiagnoseData>(dataUrl).then((loaded) => {
      if (loaded && !compact) codeFile.current = parseLater<DiagnoseCode>(fetchText(loaded.codeUrl));
      setData(loaded);
      setLoading('done');
      if (!loaded) setNotice(ui.dataMissing);
    });
  };

  const onText = (value: string, immediate: boolean) => {
    load();
    setText(value);
    setNotice(value.length > MAX_FILE_BYTES ? fill(ui.pasteTruncated, (value.length / 1048576).toFixed(1)) : '');
    clearTimeout(timer.current);
    if (immediate) setQuery(value);
    else timer.current = setTimeout(() => setQuery(value), TYPING_DEBOUNCE_MS);
  };

  /** Reads the shared paste in the fragment: on load, and again when another share link opens in this tab. */
  const openShared = () => {
    if (!location.hash) return;
    decodeShare(location.hash)
      .then((shared) => {
        if (shared === null) return;
        onText(shared, true);
        setNotice(ui.sharedLoaded);
      })
      .catch((error) =>
        setNotice(error instanceof ShareError && error.problem === 'too-large' ? fill(ui.sharedTooLarge, MAX_SHARED_BYTES / 1024) : ui.sharedBroken),
      );
  };

  useEffect(() => {
    setHydrated(true);
    if (compact) return;
    openShared();
    addEventListener('hashchange', openShared);
    return () => removeEventListener('hashchange', openShared);
  }, []);

  const needsCode = !compact && diagnosis?.entry != null;
  useEffect(() => {
    if (needsCode && codeFile.current && code === 'loading') codeFile.current().then((c) => setCode(c ?? 'failed'));
  }, [needsCode, data]);

  // Redacted once per paste, as far as anything shows or shares it: the echo, the share link and the "what was
  // removed" line all come from this.
  const { text: redacted, removed } = useMemo(
    () => shownPaste(query.slice(0, MAX_FILE_BYTES), diagnosis?.evidence.map((e) => e.text)),
    [query, diagnosis],
  );

  useEffect(() => {
    if (!compact || !diagnosis) return;
    let current = true;
    encodeShare(redacted).then((fragment) => current && setFullHref(`${fullUrl}#${fragment}`));
    return () => (current = false);
  }, [diagnosis, compact]);

  const preview = useMemo(() => previewOf(text), [text]);
  const size = text.length >= 1048576 ? `${(text.length / 1048576).toFixed(1)} MB` : `${Math.ceil(text.length / 1024)} KB`;

  const d = diagnosis;
  return (
    <div
      class={`dx ${compact ? 'dx-compact' : ''}`}
      data-hydrated={hydrated ? 'true' : 'false'}
      data-ready={data ? 'true' : 'false'}
      onFocusCapture={load}
      onPointerDownCapture={load}
    >
      <PasteBox ui={ui} text={text} preview={preview} rows={compact ? 6 : 12} examples={examples} onText={onText} onNotice={setNotice} />
      {preview !== null && <p class="dx-note dx-shortened">{fill(ui.pasteShortened, size)}</p>}
      {notice && <p class="dx-notice" role="status">{notice}</p>}
      {!notice && query.trim() && loading === 'loading' && <p class="dx-notice" role="status">{ui.dataLoading}</p>}
      <section
        class="dx-result"
        aria-live="polite"
        aria-label={ui.resultHeading}
        data-kind={d?.kind ?? ''}
        data-status={d?.status ?? ''}
        data-entry={d?.entry ?? ''}
        data-retryable={d ? String(d.retryable) : ''}
      >
        {d && data && <Result lang={lang} ui={ui} data={data} code={code} diagnosis={d} compact={compact} />}
        {d && compact && <p><a class="dx-open-full" href={fullHref}>{ui.openFull} →</a></p>}
      </section>
      {d && !compact && <Evidence ui={ui} lang={lang} diagnosis={d} redacted={redacted} removed={removed} />}
    </div>
  );
}
