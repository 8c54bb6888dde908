// Check that each configured base URL and proxy uses the scheme its port really speaks.
import net from 'node:net';
import tls from 'node:tls';

const NAMES = ['OPENAI_BASE_URL', 'ANTHROPIC_BASE_URL', 'GOOGLE_GEMINI_BASE_URL', 'AZURE_OPENAI_ENDPOINT', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
const args = process.argv.slice(2);
const targets = args.length ? args.map((u) => [u, u]) : NAMES.filter((n) => process.env[n]).map((n) => [`${n}=${process.env[n]}`, process.env[n]]);

// 'tls' or 'plain'; rejects when nothing answers on the port.
const probe = (host, port) =>
  new Promise((resolve, reject) => {
    const tcp = net.connect({ host, port, timeout: 5000 }, () => {
      tcp.destroy();
      const servername = net.isIP(host) ? undefined : host;
      const s = tls.connect({ host, port, servername, rejectUnauthorized: false, timeout: 5000 }, () => (s.destroy(), resolve('tls')));
      s.on('error', () => resolve('plain')).on('timeout', () => (s.destroy(), resolve('plain')));
    });
    tcp.on('error', reject).on('timeout', () => (tcp.destroy(), reject(new Error('timed out'))));
  });

let wrong = 0;
for (const [label, url] of targets) {
  const u = new URL(url.includes('://') ? url : `http://${url}`);
  const port = Number(u.port) || (u.protocol === 'https:' ? 443 : 80);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  try {
    const speaks = await probe(host, port);
    const ok = (speaks === 'tls') === (u.protocol === 'https:');
    if (!ok) wrong++;
    console.log(`${label}: ${ok ? 'ok' : `port ${port} speaks ${speaks === 'tls' ? 'TLS: use https://' : 'plain HTTP: use http://'}`}`);
  } catch (err) {
    console.log(`${label}: cannot connect to port ${port} (${err.code ?? err.message})`);
  }
}
if (!targets.length) console.log('No base URL or proxy variable is set; pass URLs as arguments: node node.mjs https://host:port');
process.exitCode = wrong ? 1 : 0;
