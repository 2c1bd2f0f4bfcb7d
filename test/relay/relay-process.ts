// Runs relay/main.ts as a child process, as `npm start` would, and reads its bound port from the log.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { withTimeout } from './helpers.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const mainScript = fileURLToPath(new URL('../../relay/main.ts', import.meta.url));

export interface RelayProcess {
  child: ChildProcess;
  port: number;
  syncUrl: string;
  lines: Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function spawnRelay(args: string[]): Promise<RelayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript, '--port', '0', '--host', '127.0.0.1', '--static-dir', '', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const lines: Record<string, unknown>[] = [];
  const port = await withTimeout(
    new Promise<number>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (text) => {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        if (line.event === 'listening') resolve(line.port as number);
      });
      void exited.then(({ code }) => reject(new Error(`relay exited with ${code} before listening`)));
    }),
    20_000,
    'relay process did not start',
  );
  return { child, port, syncUrl: `ws://127.0.0.1:${port}/sync`, lines, exited };
}
