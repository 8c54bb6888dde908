import { spawn } from 'node:child_process';

/** Serves the built site with `astro preview` on a local port until stop() is called. */
export async function startPreview(port: number): Promise<{ origin: string; stop: () => void }> {
  const server = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => server.kill() };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`the preview server did not answer at ${origin}`);
}
