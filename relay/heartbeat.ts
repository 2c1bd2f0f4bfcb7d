import type { WebSocket } from 'ws';

/** The ws README idiom: ping every interval; a socket that sent nothing since the last ping is dead. */
export class Heartbeat {
  private readonly sockets = new Map<WebSocket, { alive: boolean; onDead: () => void }>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
  }

  track(socket: WebSocket, onDead: () => void): void {
    const entry = { alive: true, onDead };
    this.sockets.set(socket, entry);
    socket.on('pong', () => {
      entry.alive = true;
    });
  }

  /** Any message is as good as a pong. */
  markAlive(socket: WebSocket): void {
    const entry = this.sockets.get(socket);
    if (entry) entry.alive = true;
  }

  untrack(socket: WebSocket): void {
    this.sockets.delete(socket);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private beat(): void {
    for (const [socket, entry] of this.sockets) {
      if (!entry.alive) {
        this.sockets.delete(socket);
        entry.onDead();
        continue;
      }
      entry.alive = false;
      try {
        socket.ping();
      } catch {
        // A socket that cannot be pinged is closing; its 'close' event untracks it.
      }
    }
  }
}
