/**
 * Help for a paste the catalogue does not know: Starlight's search opened on its most telling line, and a prefilled
 * GitHub issue the reader may choose to submit. Fetched when the reader asks for either (Result.tsx), so it imports
 * nothing from the page's own chunk.
 */

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

/**
 * A new-issue URL with the telling line (`tellingLine`) as the title and the redacted paste (cut to keep the URL short)
 * as the body.
 */
export function reportUrl(redacted: string, telling: string, page: string): string {
  const paste = redacted.length > 3000 ? `${redacted.slice(0, 3000)}\n…` : redacted;
  const title = `Not recognised: ${telling || 'a paste'}`;
  const body = `Pasted on ${page} (keys removed by the page):\n\n\`\`\`\n${paste.replace(/```/g, "'''")}\n\`\`\`\n`;
  return `${REPORT_URL}?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
