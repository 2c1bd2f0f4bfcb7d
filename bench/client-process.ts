// One forked process of the action bench and the share of the room's clients it plays.
import { fileURLToPath } from 'node:url';
import type { FromClients, Role, ToClients } from './action-protocol.ts';
import { ForkedProcess } from './forked-process.ts';

const entry = fileURLToPath(new URL('./action-clients.ts', import.meta.url));

export class ClientProcess extends ForkedProcess<ToClients, FromClients> {
  constructor(
    label: string,
    readonly role: Role,
    readonly count: number,
    readonly firstIndex: number,
  ) {
    super(entry, label);
  }

  close(): Promise<void> {
    return this.stop({ type: 'close' });
  }
}
