/** A short, readable name for a source URL: `owner/repo#123` for GitHub threads, host and path otherwise. */
export function sourceLabel(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const github = /^\/([^/]+)\/([^/]+)\/(?:issues|pull|discussions)\/(\d+)/.exec(parsed.pathname);
  if (parsed.hostname === 'github.com' && github) return `${github[1]}/${github[2]}#${github[3]}`;
  const path = parsed.pathname.replace(/\/$/, '');
  return `${parsed.hostname.replace(/^www\./, '')}${path.length > 48 ? `${path.slice(0, 45)}…` : path}`;
}
