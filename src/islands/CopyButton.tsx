import { useState } from 'preact/hooks';

interface Props {
  text: string;
  label: string;
  doneLabel: string;
  failedLabel?: string;
}

/** A button that copies `text` and says so for a moment. */
export function CopyButton({ text, label, doneLabel, failedLabel = '✕' }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('done');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button type="button" class="dx-copy" onClick={copy} aria-live="polite">
      {state === 'done' ? doneLabel : state === 'failed' ? failedLabel : label}
    </button>
  );
}
