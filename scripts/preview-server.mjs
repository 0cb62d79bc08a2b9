// Starts `astro preview` for a script that needs the built site, and stops it afterwards.
import { spawn } from 'node:child_process';

export async function startPreview(port) {
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--force'], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop() {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
