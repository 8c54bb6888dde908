import { useState } from 'preact/hooks';
import { guessedFromWords } from '../lib/classify/types';
import type { Diagnosis, EvidenceType } from '../lib/classify';
import { markSegments } from '../lib/evidence-marks';
import { fill, type Lang, type UiStrings } from '../lib/i18n';
import { SECRET_TYPES, type SecretType } from '../lib/redact';
import { drawControls } from '../lib/paste-preview';
import { loadShareCodec, loadShareVerdict } from './load-share-codec';
import type { ShownPaste } from '../lib/shown-paste';

const ECHO_LIMIT = 20_000;
const ECHO_LINES = 400;

/**
 * The part of the redacted paste the page echoes: bounded in characters and lines, runs of blank lines folded to
 * `⋯ N ⋯`, control characters in caret notation (a browser lays out thousands of raw escapes slowly).
 */
function echoOf(redacted: string): string {
  const folded = drawControls(redacted).replace(/\n{4,}/g, (run) => `\n\n⋯ ${run.length - 1} ⋯\n\n`);
  const head = folded.length > ECHO_LIMIT ? folded.slice(0, ECHO_LIMIT) : folded;
  let end = -1;
  for (let i = 0; i < ECHO_LINES && (end = head.indexOf('\n', end + 1)) !== -1; i++);
  const truncated = folded.length > ECHO_LIMIT || (end !== -1 && end < head.length - 1);
  return truncated ? `${end === -1 ? head : head.slice(0, end)}\n…` : head;
}

interface Props {
  ui: UiStrings;
  lang: Lang;
  diagnosis: Diagnosis;
  /** The part of the paste that may be shown or shared, redacted (see shownPaste). */
  redacted: string;
  /** What the redaction replaced, by type. */
  removed: Partial<Record<SecretType, number>>;
  /** What a link "with the paste" carries: the paste trimmed to the lines that matter, redacted. */
  shared: ShownPaste;
}

/** "2 × API key, 1 × cookie": what was removed, in the reader's language, before anything is shown or shared. */
function removedSummary(ui: UiStrings, lang: Lang, removed: Partial<Record<SecretType, number>>): string {
  const label: Record<SecretType, string> = {
    api_key: ui.secretApiKey,
    token: ui.secretToken,
    password: ui.secretPassword,
    cookie: ui.secretCookie,
    private_key: ui.secretPrivateKey,
    url_credentials: ui.secretUrlCredentials,
    cloud_key: ui.secretCloudKey,
    email: ui.secretEmail,
    host: ui.secretHost,
    ip: ui.secretIp,
    account_id: ui.secretAccountId,
  };
  const parts = SECRET_TYPES.filter((type) => removed[type]).map((type) => `${removed[type]} × ${label[type]}`);
  return parts.length > 0 ? fill(ui.keysRemoved, parts.join(lang === 'zh-cn' ? '、' : ', ')) : ui.noKeys;
}

/** An evidence type in the reader's words ("Exit code", "退出码"), not its id. */
function evidenceLabel(ui: UiStrings, type: EvidenceType): string {
  const labels: Record<EvidenceType, string> = {
    status: ui.evidenceStatus,
    signal: ui.evidenceSignal,
    exception: ui.evidenceException,
    'exit-code': ui.evidenceExitCode,
    header: ui.evidenceHeader,
    'request-id': ui.evidenceRequestId,
    provider: ui.evidenceProvider,
    client: ui.evidenceClient,
    sdk: ui.evidenceSdk,
    fuzzy: ui.evidenceFuzzy,
    hint: ui.evidenceHint,
    fallback: ui.evidenceFallback,
    words: ui.evidenceWords,
  };
  return labels[type] ?? type;
}

/** What gave the verdict away, marked in the echoed (redacted) paste, and the share link built from it. */
export function Evidence({ ui, lang, diagnosis, redacted, removed, shared }: Props) {
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const fragments = diagnosis.evidence.filter((e) => ['signal', 'fuzzy', 'hint', 'status', 'exception', 'exit-code', 'header', 'request-id'].includes(e.type)).map((e) => e.text);
  const shown = echoOf(redacted);
  const share = async (fragment: Promise<string>) => {
    try {
      const url = `${location.origin}${location.pathname}#${await fragment}`;
      setLink(url);
      await navigator.clipboard.writeText(url);
      setStatus(ui.shareCopied);
    } catch {
      setStatus(ui.shareFailed);
    }
  };
  return (
    <section class="dx-evidence" aria-labelledby="dx-evidence-title">
      <h3 id="dx-evidence-title">{ui.evidence}</h3>
      <ul class="dx-evidence-list">
        {diagnosis.evidence.map((e) => (
          <li>
            <span class="dx-evidence-type">{evidenceLabel(ui, e.type)}</span> <code>{e.text}</code>
          </li>
        ))}
      </ul>
      <h4>
        {ui.echoTitle} · <span class="dx-secrets">{removedSummary(ui, lang, removed)}</span>
      </h4>
      <pre class="dx-echo" tabIndex={0}>
        {markSegments(shown, fragments).map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}
      </pre>
      <p class="dx-share-options">
        <button type="button" class="dx-share-verdict" onClick={() => share(loadShareVerdict().then(({ encodeVerdict }) => encodeVerdict(diagnosis, guessedFromWords(diagnosis))))}>{ui.shareVerdict}</button>{' '}
        <button type="button" class="dx-share" onClick={() => share(loadShareCodec().then(({ encodeShare }) => encodeShare(shared.text)))}>{ui.shareWithPaste}</button>{' '}
        <span role="status">{status}</span>
      </p>
      <p class="dx-note">
        {ui.shareVerdictNote} {ui.shareNote} <span class="dx-shared-secrets">{removedSummary(ui, lang, shared.removed)}</span>
      </p>
      {link && <input class="dx-share-link" readOnly value={link} aria-label={ui.share} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />}
    </section>
  );
}
