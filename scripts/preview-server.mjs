// Starts `astro preview` for a script that needs the built site, and stops it afterwards.
// Throws, with the server's own output, when the server exits or does not answer within the wait.
import { spawn } from 'node:child_process';

const WAIT_MS = 30_000;
const POLL_MS = 200;

export async function startPreview(port) {
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--force'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  let exitCode;
  server.on('exit', (code, signal) => (exitCode = code ?? signal));

  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const failure = (why) => {
    stop();
    return new Error(`astro preview on port ${port} ${why}. Its output:\n${output.trim() || '(none)'}`);
  };

  for (let waited = 0; ; waited += POLL_MS) {
    if (exitCode !== undefined) throw failure(`exited (${exitCode}) before serving`);
    if (waited >= WAIT_MS) throw failure(`did not answer ${url}/ within ${WAIT_MS / 1000} s (is the site built? is the port free?)`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  // Drop the pipes once it serves, so a chatty server never blocks on a full buffer.
  for (const stream of [server.stdout, server.stderr]) {
    stream.removeAllListeners('data');
    stream.resume();
  }
  return { url, stop };
}
