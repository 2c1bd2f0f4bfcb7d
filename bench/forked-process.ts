// A bench coordinator's handle on one forked Node process (TypeScript through tsx) that answers requests over
// the IPC channel: one request at a time, answered by the message type it names; a `failed` answer or an exit
// rejects it.
import { fork, type ChildProcess } from 'node:child_process';

interface Message {
  type: string;
}

type Answer<From, T> = Extract<From, { type: T }>;

export class ForkedProcess<To extends Message, From extends Message> {
  private waiting: { type: string; resolve: (message: From) => void; reject: (error: Error) => void } | null = null;
  private readonly child: ChildProcess;

  /** `openFiles`: raise the child's soft limit on open files to this first (through the shell's ulimit). */
  constructor(
    entry: string,
    readonly label: string,
    openFiles: number | null = null,
  ) {
    // The child's stdout goes to our stderr: our stdout is the bench's JSON.
    const stdio = ['ignore', process.stderr, 'inherit', 'ipc'] as const;
    const execArgv = ['--import', 'tsx'];
    this.child =
      openFiles === null
        ? fork(entry, [], { execArgv, stdio: [...stdio] })
        : fork(entry, [], { execPath: '/bin/sh', execArgv: ['-c', `ulimit -n ${openFiles} && exec "$0" "$@"`, process.execPath, ...execArgv], stdio: [...stdio] });
    this.child.on('message', (message: From & { error?: string }) => {
      const waiting = this.waiting;
      if (!waiting) return;
      if (message.type === 'failed') {
        this.waiting = null;
        waiting.reject(new Error(`${label}: ${message.error}`));
      } else if (message.type === waiting.type) {
        this.waiting = null;
        waiting.resolve(message);
      }
    });
    this.child.on('exit', (code) => {
      this.waiting?.reject(new Error(`${label} exited with ${code}`));
      this.waiting = null;
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  request<T extends From['type']>(message: To, answer: T): Promise<Answer<From, T>> {
    if (this.waiting) return Promise.reject(new Error(`${this.label}: a request is already waiting`));
    return new Promise((resolve, reject) => {
      this.waiting = { type: answer, resolve: resolve as (message: From) => void, reject };
      this.child.send(message);
    });
  }

  /** Sends `close` (the child closes what it holds and exits); kills it if it has not exited within 10 s. */
  stop(close: To): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      this.child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      if (this.child.connected) this.child.send(close);
      else this.child.kill('SIGTERM');
    });
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
