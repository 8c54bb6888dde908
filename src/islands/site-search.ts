/**
 * Help for a paste the catalogue does not know: its most telling line, Starlight's search opened on it, and a
 * prefilled GitHub issue the reader may choose to submit.
 */

/** The line of a (redacted) paste most worth searching for: the last that reads like an error, else the last line. */
export function tellingLine(redacted: string): string {
  const lines = redacted.split('\n').map((l) => l.trim()).filter((l) => /\p{L}{3}/u.test(l));
  const line = [...lines].reverse().find((l) => /error|exception|fail|denied|invalid|refused|timed? ?out|错误|失败|异常|无效|拒绝|超时/i.test(l)) ?? lines[lines.length - 1] ?? '';
  return line.replace(/[{}[\]"']/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}

/** Opens the site's search dialog (Starlight's Pagefind UI) with `query` typed in. */
export function openSiteSearch(query: string): void {
  const open = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  if (!open) return;
  open.click();
  let tries = 0;
  const fill = () => {
    const input = document.querySelector<HTMLInputElement>('site-search .pagefind-ui__search-input');
    if (input) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
    } else if (tries++ < 40) setTimeout(fill, 50);
  };
  fill();
}

/** Where the project takes reports: its repository's new-issue form. */
export const REPORT_URL = 'https://github.com/ai-api-errors/ai-api-errors/issues/new';

/** A new-issue URL with the telling line as the title and the redacted paste (cut to keep the URL short) as the body. */
export function reportUrl(redacted: string, page: string): string {
  const paste = redacted.length > 3000 ? `${redacted.slice(0, 3000)}\n…` : redacted;
  const title = `Not recognised: ${tellingLine(redacted) || 'a paste'}`;
  const body = `Pasted on ${page} (keys removed by the page):\n\n\`\`\`\n${paste.replace(/```/g, "'''")}\n\`\`\`\n`;
  return `${REPORT_URL}?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
