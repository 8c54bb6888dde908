import { classify } from '../../src/loader/classify';
import { readJsonl, readJsonlDir } from './jsonl';

/**
 * How far the text alone can take a verdict: the labels a careful reader gave real pastes from their text only
 * (`tests/fixtures/text-only-labels.jsonl`: no thread, no search), scored against the labels each paste's thread
 * established, beside the classifier's score on the same pastes. Prints totals only, nothing passes or fails.
 */

interface Labels {
  kind: string;
  retryable: boolean | null;
  status: number | null;
}
interface Paste {
  id: string;
  text: string;
  expected: Labels;
}
interface ReaderLabels extends Labels {
  id: string;
  sample: 'training' | 'first-contact';
  sure: 'high' | 'medium' | 'low';
}

const pct = (right: number, of: number) => (of === 0 ? '-' : `${((right / of) * 100).toFixed(1)} %`);

export function readerAgreement(): void {
  const heldOut = new Set(readJsonlDir<Paste>('tests/fixtures/held-out').map((p) => p.id));
  const byId = new Map([...readJsonlDir<Paste>('tests/fixtures/held-out'), ...readJsonlDir<Paste>('content/training')].map((p) => [p.id, p]));
  const labels = readJsonl<ReaderLabels>('tests/fixtures/text-only-labels.jsonl');
  const groups: [string, ReaderLabels[]][] = [
    ['training halves', labels.filter((l) => l.sample === 'training')],
    ['first contact, both halves', labels.filter((l) => l.sample === 'first-contact')],
    ['first contact, held-out half', labels.filter((l) => l.sample === 'first-contact' && heldOut.has(l.id))],
  ];
  console.log('text alone against the thread\'s labels (kind / retry / status where the thread states one):');
  for (const [name, group] of groups) {
    let readerKind = 0, readerRetry = 0, readerStatus = 0, ownKind = 0, ownRetry = 0, ownStatus = 0, stated = 0, readerOnly = 0, ownOnly = 0;
    for (const label of group) {
      const paste = byId.get(label.id);
      if (!paste) throw new Error(`text-only-labels.jsonl: no paste with id ${label.id}`);
      const d = classify(paste.text);
      const e = paste.expected;
      const rk = label.kind === e.kind, ok = d.kind === e.kind;
      readerKind += +rk; ownKind += +ok; readerOnly += +(rk && !ok); ownOnly += +(ok && !rk);
      readerRetry += +(label.retryable === e.retryable); ownRetry += +(d.retryable === e.retryable);
      if (e.status !== null) {
        stated++;
        readerStatus += +(label.status === e.status);
        ownStatus += +(d.status === e.status);
      }
    }
    const n = group.length;
    console.log(`  ${name} (${n}): reader ${pct(readerKind, n)} / ${pct(readerRetry, n)} / ${pct(readerStatus, stated)} of ${stated}; ` +
      `classifier now ${pct(ownKind, n)} / ${pct(ownRetry, n)} / ${pct(ownStatus, stated)}; kind right for the reader only ${readerOnly}, for the classifier only ${ownOnly}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) readerAgreement();
