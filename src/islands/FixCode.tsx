import { unpackLine, type PackedLine } from '../lib/code-lines';
import type { UiStrings } from '../lib/i18n';
import { CopyButton } from './CopyButton';

interface Props {
  /** The file's packed lines, or where the fix code file is. */
  lines: PackedLine[] | 'loading' | 'failed' | undefined;
  classes: readonly string[];
  title: string;
  ui: UiStrings;
}

/** A recipe file highlighted at build time: tokens carry the classes the page's <CodeColors> stylesheet colours. */
export function FixCode({ lines, classes, title, ui }: Props) {
  if (lines === 'loading') return <p class="dx-note">{ui.codeLoading}</p>;
  if (lines === 'failed' || !lines) return <p class="dx-note">{ui.codeMissing}</p>;
  const text = lines.map(([line]) => line).join('\n');
  return (
    <figure class="code-block">
      <figcaption>
        <span>{title}</span>
        <CopyButton text={text} label={ui.copy} doneLabel={ui.copied} />
      </figcaption>
      <pre class="shiki" tabIndex={0}>
        <code>
          {lines.map((line, i) => (
            <>
              {i > 0 && '\n'}
              {unpackLine(line, classes).map(([c, t]) => (c ? <span class={c}>{t}</span> : t))}
            </>
          ))}
        </code>
      </pre>
    </figure>
  );
}
