import { useState } from 'preact/hooks';
import type { Diagnosis } from '../lib/classify/browser';
import { markSegments } from '../lib/evidence-marks';
import type { Lang } from '../lib/i18n';
import { encodeShare } from '../lib/share-codec';
import { t } from '../lib/ui-text';

const ECHO_LIMIT = 20_000;

interface Props {
  lang: Lang;
  diagnosis: Diagnosis;
  redacted: string;
  secrets: number;
}

/** What gave the verdict away, marked in the echoed (redacted) paste, and the share link built from it. */
export function Evidence({ lang, diagnosis, redacted, secrets }: Props) {
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const fragments = diagnosis.evidence.filter((e) => ['signal', 'fuzzy', 'hint', 'status', 'exception', 'exit-code', 'header', 'request-id'].includes(e.type)).map((e) => e.text);
  const shown = redacted.length > ECHO_LIMIT ? `${redacted.slice(0, ECHO_LIMIT)}\n…` : redacted;
  const share = async () => {
    const url = `${location.origin}${location.pathname}#${await encodeShare(redacted)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('shareCopied', lang));
    } catch {
      setStatus(t('shareFailed', lang));
    }
  };
  return (
    <section class="dx-evidence" aria-labelledby="dx-evidence-title">
      <h3 id="dx-evidence-title">{t('evidence', lang)}</h3>
      <ul class="dx-evidence-list">
        {diagnosis.evidence.map((e) => (
          <li>
            <span class="dx-evidence-type">{e.type}</span> <code>{e.text}</code>
          </li>
        ))}
      </ul>
      <h4>
        {t('echoTitle', lang)} · <span class="dx-secrets">{secrets > 0 ? t('keysRemoved', lang).replace('{n}', String(secrets)) : t('noKeys', lang)}</span>
      </h4>
      <pre class="dx-echo" tabIndex={0}>
        {markSegments(shown, fragments).map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}
      </pre>
      <p class="dx-note">{t('shareNote', lang)}</p>
      <button type="button" class="dx-share" onClick={share}>{t('share', lang)}</button>{' '}
      <span role="status">{status}</span>
      {link && <input class="dx-share-link" readOnly value={link} aria-label={t('share', lang)} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />}
    </section>
  );
}
