/** Runs Roder as its own process for a bench (npm start, or the built server) and stops it again. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunningServer {
  baseUrl: string;
  /** Milliseconds from the spawn to the first page served. */
  msToFirstPage: number;
  /** Ends the server's process group and waits for it to exit (so its data folder is unlocked). */
  stop(): Promise<void>;
}

/** A port nothing on 127.0.0.1 listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Spawns `command` with PORT set and waits until it serves the web app's shell on that port. */
export async function startServer(command: string, args: string[], env: Record<string, string>, port: number, timeoutMs = 180_000): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore', detached: true });
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exited = code ?? -1;
      resolve();
    }),
  );
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([exit, new Promise((r) => setTimeout(r, 10_000))]);
    // npm start's own child, the server, may outlive npm by the time it takes to close the database.
    for (let waited = 0; groupAlive() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  };
  try {
    for (;;) {
      try {
        const res = await fetch(`${baseUrl}/`);
        if (res.ok && (await res.text()).includes('<div id="root">')) return { baseUrl, msToFirstPage: performance.now() - started, stop };
      } catch {
        // not listening yet
      }
      if (exited !== null) throw new Error(`${command} ${args.join(' ')} exited with ${exited} before serving a page`);
      if (performance.now() - started > timeoutMs) throw new Error(`no page within ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
