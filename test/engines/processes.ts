import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** A helper process the test owns: stopped by its own id, never by name. */
export interface OwnedProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

export function own(child: ChildProcess): OwnedProcess {
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Xvfb picks a free display itself (-displayfd) and tells it on fd 3, so parallel runs never collide. */
export async function startXvfb(xvfb: string): Promise<OwnedProcess & { display: string }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before naming its display`)));
  });
  return { ...own(child), display: `:${number}` };
}

/** A loopback port free right now (WebKitWebDriver wants a number, it cannot pick one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}
