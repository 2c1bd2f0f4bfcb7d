// The coordinator's handle on one forked client process of the action bench: one request at a time, answered
// by the message type it names; a failure or an exit in the child rejects it.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromClients, Role, ToClients } from './action-protocol.ts';

const entry = fileURLToPath(new URL('./action-clients.ts', import.meta.url));

type Answer<T extends FromClients['type']> = Extract<FromClients, { type: T }>;

export class ClientProcess {
  private waiting: { type: FromClients['type']; resolve: (message: FromClients) => void; reject: (error: Error) => void } | null = null;
  private readonly child: ChildProcess;

  constructor(
    readonly label: string,
    readonly role: Role,
    readonly count: number,
    readonly firstIndex: number,
  ) {
    // The child's stdout goes to our stderr: our stdout is the bench's JSON.
    this.child = fork(entry, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', process.stderr, 'inherit', 'ipc'] });
    this.child.on('message', (message: FromClients) => {
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

  request<T extends FromClients['type']>(message: ToClients, answer: T): Promise<Answer<T>> {
    if (this.waiting) return Promise.reject(new Error(`${this.label}: a request is already waiting`));
    return new Promise((resolve, reject) => {
      this.waiting = { type: answer, resolve: resolve as (message: FromClients) => void, reject };
      this.child.send(message);
    });
  }

  /** Asks it to close its clients and exit; kills it if it has not within 10 s. */
  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      this.child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      if (this.child.connected) this.child.send({ type: 'close' } satisfies ToClients);
      else this.child.kill('SIGTERM');
    });
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
