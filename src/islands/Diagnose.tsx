import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildSignalIndex, classifyWith, type Diagnosis } from '../lib/classify';
import { expandDiagnoseData, type DiagnoseCode, type DiagnoseData, type DiagnoseDataWire, type DiagnoseDetails, type DiagnoseExample } from '../lib/diagnose-data';
import { fill, type Lang, type UiStrings } from '../lib/i18n';
import { previewOf } from '../lib/paste-preview';
import { retryVerdict } from '../lib/retry-verdict';
import { isRequestIdShape } from '../lib/classify/extract-meta';
import { guessRetryable } from '../lib/classify/types';
import { SHARED_LIMIT, shownPaste } from '../lib/shown-paste';
import { Evidence } from './Evidence';
import { fetchText, loadJson, parseLater } from './load-data';
import { loadShareCodec, loadShareVerdict } from './load-share-codec';
import { MAX_FILE_BYTES, PasteBox } from './PasteBox';
import { Result } from './Result';

/** The verdict-link module, once a `#v=…` link has fetched it. */
type ShareVerdict = Awaited<ReturnType<typeof loadShareVerdict>>;

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

/** What a screen reader hears when a verdict appears: the retry verdict, then the title. */
function announce(ui: UiStrings, lang: Lang, data: DiagnoseData, d: Diagnosis): string {
  const entry = d.entry ? data.entries[d.entry] : undefined;
  const title = entry?.title ?? (d.kind !== 'unknown' ? data.names.kinds[d.kind] : ui.notRecognised);
  return `${retryVerdict(d, entry, { ui, lang, tools: data.facts.tools }).message}. ${title}`;
}

/** Paste an error, get the verdict: classification runs here, in the browser, and nothing leaves the page. */
export default function Diagnose({ lang, ui, examples, dataUrl, compact = false, fullUrl = '' }: Props) {
  // The data file is fetched when the reader first reaches for the box (or opens a shared link), not with the page.
  const [data, setData] = useState<DiagnoseData | null>(null);
  const [loading, setLoading] = useState<'idle' | 'loading' | 'done'>('idle');
  const [code, setCode] = useState<DiagnoseCode | 'loading' | 'failed'>('loading');
  const [details, setDetails] = useState<DiagnoseDetails | 'loading' | 'failed'>('loading');
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
  /** Set by a paste, a drop, an example or a shared link: the verdict that follows is scrolled into view. */
  const reveal = useRef(false);
  const resultRef = useRef<HTMLElement>(null);
  /** The fix code file: downloaded with the page's data (never after a paste), parsed when the first fix shows. */
  const codeFile = useRef<(() => Promise<DiagnoseCode | null>) | null>(null);
  /**
   * The entries' full cause and advice and the fixes' explanations: downloaded with the page's data too, parsed when
   * the first fix shows.
   */
  const detailsFile = useRef<(() => Promise<DiagnoseDetails | null>) | null>(null);

  /**
   * The fragment of a shared verdict link (`#v=…`), shown until the reader pastes something of their own, with the
   * module that reads it (fetched only when such a link is opened).
   */
  const [verdictLink, setVerdictLink] = useState<{ fragment: string; codec: ShareVerdict } | null>(null);

  const diagnosis: Diagnosis | null = useMemo(() => {
    if (index && query.trim()) return classifyWith(index, query.slice(0, MAX_FILE_BYTES));
    if (!verdictLink || !data || query.trim()) return null;
    const { decodeVerdict, diagnosisOfVerdict } = verdictLink.codec;
    const shared = decodeVerdict(verdictLink.fragment, { entries: data.entries, kinds: Object.keys(data.kindUrls), isRequestId: isRequestIdShape });
    if (!shared) return null;
    const entry = shared.entry ? data.entries[shared.entry] : undefined;
    const retryable = entry?.retryable ?? data.classifier.kindRetryable[shared.kind] ?? null;
    return diagnosisOfVerdict(shared, { retryable, provider: entry?.providers[0] ?? null, guessRetryable });
  }, [index, query, verdictLink, data]);
  const verdictBroken = verdictLink !== null && data !== null && diagnosis === null && !query.trim();

  const load = () => {
    if (loading !== 'idle') return;
    setLoading('loading');
    loadJson<DiagnoseDataWire>(dataUrl).then((wire) => {
      const loaded = wire && expandDiagnoseData(wire);
      if (loaded && !compact) {
        codeFile.current = parseLater<DiagnoseCode>(fetchText(loaded.codeUrl));
        detailsFile.current = parseLater<DiagnoseDetails>(fetchText(loaded.detailsUrl));
      }
      setData(loaded);
      setLoading('done');
      if (!loaded) setNotice(ui.dataMissing);
    });
  };

  const onText = (value: string, immediate: boolean) => {
    load();
    setText(value);
    setVerdictLink(null);
    setNotice(value.length > MAX_FILE_BYTES ? fill(ui.pasteTruncated, (value.length / 1048576).toFixed(1)) : '');
    clearTimeout(timer.current);
    reveal.current = immediate;
    if (immediate) setQuery(value);
    else timer.current = setTimeout(() => setQuery(value), TYPING_DEBOUNCE_MS);
  };

  /** Reads the shared verdict or paste in the fragment: on load, and again when another share link opens in this tab. */
  const openShared = () => {
    const fragment = location.hash;
    if (!fragment) return;
    loadShareVerdict()
      .then((codec) => {
        if (codec.isVerdictFragment(fragment)) {
          load();
          setText('');
          setQuery('');
          setVerdictLink({ fragment, codec });
          reveal.current = true;
          setNotice(ui.sharedVerdict);
          return;
        }
        return loadShareCodec().then(({ decodeShare, MAX_SHARED_BYTES, ShareError }) =>
          decodeShare(fragment).then(
            (shared) => {
              if (shared === null) return;
              onText(shared, true);
              setNotice(ui.sharedLoaded);
            },
            (error) => setNotice(error instanceof ShareError && error.problem === 'too-large' ? fill(ui.sharedTooLarge, MAX_SHARED_BYTES / 1024) : ui.sharedBroken),
          ),
        );
      })
      // A codec itself could not be fetched (the connection dropped after the page loaded).
      .catch(() => setNotice(ui.sharedBroken));
  };

  useEffect(() => {
    setHydrated(true);
    if (compact) return;
    openShared();
    addEventListener('hashchange', openShared);
    return () => removeEventListener('hashchange', openShared);
  }, []);

  // Fixes show for an entry and for a kind-only verdict alike.
  const needsCode = !compact && diagnosis != null && (diagnosis.entry != null || diagnosis.kind !== 'unknown');
  useEffect(() => {
    if (needsCode && codeFile.current && code === 'loading') codeFile.current().then((c) => setCode(c ?? 'failed'));
    if (needsCode && detailsFile.current && details === 'loading') detailsFile.current().then((c) => setDetails(c ?? 'failed'));
  }, [needsCode, data]);

  // Redacted once per paste, as far as anything shows or shares it: the echo, the share link and the "what was
  // removed" line all come from this.
  const { text: redacted, removed } = useMemo(
    () => shownPaste(query.slice(0, MAX_FILE_BYTES), diagnosis?.evidence.map((e) => e.text)),
    [query, diagnosis],
  );
  // What a "with the paste" link carries: the same, trimmed harder to the lines that matter.
  const shared = useMemo(
    () => shownPaste(query.slice(0, MAX_FILE_BYTES), diagnosis?.evidence.map((e) => e.text), SHARED_LIMIT),
    [query, diagnosis],
  );

  useEffect(() => {
    if (!compact || !diagnosis) return;
    let current = true;
    loadShareCodec()
      .then(({ encodeShare }) => encodeShare(redacted))
      .then((fragment) => current && setFullHref(`${fullUrl}#${fragment}`))
      .catch(() => undefined);
    return () => (current = false);
  }, [diagnosis, compact]);

  // A verdict that came from a paste, a drop, an example or a shared link is brought into the first screen (its top
  // edge under the header); one typed character at a time never moves the page.
  useEffect(() => {
    if (!reveal.current || !diagnosis || !data) return;
    reveal.current = false;
    requestAnimationFrame(() => {
      const box = resultRef.current?.getBoundingClientRect();
      if (box && (box.top < 0 || box.top > innerHeight - 200)) resultRef.current!.scrollIntoView({ block: 'start' });
    });
  }, [diagnosis, data]);
  const announcement = diagnosis && data ? announce(ui, lang, data, diagnosis) : '';

  const preview = useMemo(() => previewOf(text), [text]);
  const size = text.length >= 1048576 ? `${(text.length / 1048576).toFixed(1)} MB` : `${Math.ceil(text.length / 1024)} KB`;

  const d = diagnosis;
  return (
    <div
      class={`dx ${compact ? 'dx-compact' : ''}`}
      data-hydrated={hydrated ? 'true' : 'false'}
      data-has-text={text.trim() ? 'true' : 'false'}
      data-ready={data ? 'true' : 'false'}
      onFocusCapture={load}
      onPointerDownCapture={load}
    >
      <PasteBox ui={ui} lang={lang} text={text} preview={preview} rows={compact ? 6 : 12} examples={examples} onText={onText} onNotice={setNotice} />
      {preview !== null && <p class="dx-note dx-shortened">{fill(ui.pasteShortened, size)}</p>}
      {(notice || verdictBroken) && <p class="dx-notice" role="status">{verdictBroken ? ui.sharedBroken : notice}</p>}
      {!notice && query.trim() && loading === 'loading' && <p class="dx-notice" role="status">{ui.dataLoading}</p>}
      <p class="sr-only" role="status">
        {announcement}
      </p>
      <section
        class="dx-result"
        ref={resultRef}
        aria-label={ui.resultHeading}
        data-kind={d?.kind ?? ''}
        data-status={d?.status ?? ''}
        data-entry={d?.entry ?? ''}
        data-retryable={d ? String(d.retryable) : ''}
      >
        {d && data && <Result lang={lang} ui={ui} data={data} code={code} details={details} diagnosis={d} redacted={redacted} compact={compact} />}
        {d && compact && <p><a class="dx-open-full" href={fullHref}>{ui.openFull} →</a></p>}
      </section>
      {d && !compact && query.trim() && <Evidence ui={ui} lang={lang} diagnosis={d} redacted={redacted} removed={removed} shared={shared} />}
    </div>
  );
}
