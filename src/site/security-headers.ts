/**
 * Response headers a `<meta>` policy cannot set. The build writes them as `dist/_headers` (read by static hosts such
 * as Netlify and Cloudflare Pages) and `astro dev` / `astro preview` send them, so every way of serving the site
 * refuses to be framed by another origin (no clickjacking of the paste box or the copy buttons).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** The `_headers` file format: a path pattern, then indented `Name: value` lines. */
export function headersFile(): string {
  return ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
