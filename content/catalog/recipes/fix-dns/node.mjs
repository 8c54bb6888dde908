// Resolve the API hosts this machine is set up to call, with the resolver fetch uses (getaddrinfo).
import { lookup } from 'node:dns/promises';
import { BlockList } from 'node:net';

const NAMES = ['OPENAI_BASE_URL', 'ANTHROPIC_BASE_URL', 'GOOGLE_GEMINI_BASE_URL', 'AZURE_OPENAI_ENDPOINT', 'HTTPS_PROXY'];
const args = process.argv.slice(2);
const fromEnv = NAMES.map((n) => process.env[n]).filter(Boolean);
const urls = args.length ? args : fromEnv.length ? fromEnv : ['https://api.openai.com'];

const privateNets = new BlockList();
for (const [net, bits] of [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16]]) privateNets.addSubnet(net, bits);
privateNets.addSubnet('fc00::', 7, 'ipv6');

let failed = 0;
for (const url of urls) {
  const host = new URL(url.includes('://') ? url : `https://${url}`).hostname.replace(/^\[|\]$/g, '');
  try {
    const found = await lookup(host, { all: true });
    const isPrivate = found.some((a) => privateNets.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'));
    console.log(`${host} -> ${found.map((a) => a.address).join(', ')}${isPrivate ? '  (private addresses: reachable only inside that network or VPN)' : ''}`);
  } catch (err) {
    failed++;
    const hint = err.code === 'EAI_AGAIN' ? "the resolver did not answer; check this machine's or container's DNS server" : 'no such name; check the spelling, or connect the VPN that serves it';
    console.log(`${host}: ${err.code} - ${hint}`);
  }
}
process.exitCode = failed ? 1 : 0;
