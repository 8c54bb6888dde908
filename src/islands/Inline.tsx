import { parseInline } from '../lib/inline-markdown';

/** A catalogue string with its inline Markdown (code, bold, links) rendered as elements, never as HTML. */
export function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((t) => (t.type === 'code' ? <code>{t.text}</code> : t.type === 'strong' ? <strong>{t.text}</strong> : t.type === 'link' ? <a href={t.href}>{t.text}</a> : t.text))}
    </>
  );
}
