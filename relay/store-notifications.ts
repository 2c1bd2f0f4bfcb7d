import pg from 'pg';
import type { Log } from './log.ts';

export interface ChannelListener {
  onPayload(payload: string): void;
  /** Notifications may have been missed (the connection dropped and came back). */
  onReconnected(): void;
}

/**
 * One dedicated PostgreSQL connection holding LISTEN on the channels of the rooms this relay holds.
 * It reconnects by itself (notifications sent meanwhile are lost, so each listener is then told).
 */
export class StoreNotifications {
  private readonly channels = new Map<string, Set<ChannelListener>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** LISTEN and UNLISTEN one after another: node-postgres wants one query at a time per connection. */
  private commands: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly log: Log,
    private readonly retryMs = 1000,
  ) {}

  /** Connects; rejects when the database cannot be reached at all. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Starts delivering the channel's payloads to `listener`; the returned function stops. */
  async listen(channel: string, listener: ChannelListener): Promise<() => Promise<void>> {
    let listeners = this.channels.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.channels.set(channel, listeners);
      // While disconnected, the reconnection LISTENs on every channel and asks for a resync.
      if (this.client) await this.command(this.client, `LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    listeners.add(listener);
    return async () => {
      const current = this.channels.get(channel);
      if (!current?.delete(listener) || current.size > 0) return;
      this.channels.delete(channel);
      if (this.client) await this.command(this.client, `UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.connecting?.catch(() => {});
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private connect(): Promise<void> {
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      for (const listener of this.channels.get(message.channel) ?? []) listener.onPayload(message.payload ?? '');
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of this.channels.keys()) await this.command(client, `LISTEN ${pg.escapeIdentifier(channel)}`);
    if (this.closed) {
      await client.end();
      return;
    }
    const reconnected = this.client === null && this.channels.size > 0;
    this.client = client;
    if (reconnected) for (const listeners of this.channels.values()) for (const listener of listeners) listener.onReconnected();
  }

  private command(client: pg.Client, sql: string): Promise<unknown> {
    const run = this.commands.then(() => client.query(sql));
    this.commands = run.catch(() => {});
    return run;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    if (this.closed) return;
    this.log({ event: 'store_notifications_lost', channels: this.channels.size });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().then(
        () => this.log({ event: 'store_notifications_restored', channels: this.channels.size }),
        () => this.scheduleReconnect(),
      );
    }, this.retryMs);
  }
}
