import type { DiagnoseExample } from '../lib/diagnose-data';
import { colon, fill, type Lang, type UiStrings } from '../lib/i18n';
import { previewOf } from '../lib/paste-preview';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface Props {
  ui: UiStrings;
  lang: Lang;
  /** The whole paste. */
  text: string;
  /** What the box shows instead of a paste too large for a textarea (see previewOf), or null. */
  preview: string | null;
  rows: number;
  examples: DiagnoseExample[];
  onText: (text: string, immediate: boolean) => void;
  onNotice: (notice: string) => void;
}

/** The labelled paste area: typing, pasting, dropping a log file, or picking an example. */
export function PasteBox({ ui, lang, text, preview, rows, examples, onText, onNotice }: Props) {
  // A paste the box would take seconds to lay out goes to the page instead, which shows its start (previewOf).
  const onPaste = (event: ClipboardEvent) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const area = event.currentTarget as HTMLTextAreaElement;
    const whole = area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd);
    if (previewOf(whole) === null) return;
    event.preventDefault();
    onText(whole, true);
  };
  const onInput = (event: Event) => {
    const input = event as InputEvent;
    const value = (event.currentTarget as HTMLTextAreaElement).value;
    const bulk = input.inputType === 'insertFromPaste' || input.inputType === 'insertFromDrop' || Math.abs(value.length - text.length) > 20;
    onText(value, bulk);
  };
  const onDrop = async (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    try {
      const content = await file.slice(0, MAX_FILE_BYTES).text();
      onNotice(file.size > MAX_FILE_BYTES ? fill(ui.fileTooLarge, (file.size / 1048576).toFixed(1)) : '');
      onText(content, true);
    } catch {
      onNotice(ui.fileUnreadable);
    }
  };
  return (
    <div class="dx-paste">
      <label for="dx-input" class="dx-label">{ui.pasteLabel}</label>
      <textarea
        id="dx-input"
        rows={rows}
        spellcheck={false}
        autocomplete="off"
        placeholder={ui.pastePlaceholder}
        value={preview ?? text}
        onInput={onInput}
        onPaste={onPaste}
        onDrop={onDrop}
        onDragOver={(e) => e.preventDefault()}
        aria-describedby="dx-privacy"
      />
      <p id="dx-privacy" class="dx-note">{ui.privacyNote}</p>
      {examples.length > 0 && (
        <div class="dx-chips" role="group" aria-label={ui.examples}>
          <span class="dx-chips-label">{ui.examples}{colon(lang)}</span>
          {examples.map((example) => (
            <button type="button" class="dx-chip" onClick={() => onText(example.text, true)}>
              {example.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
