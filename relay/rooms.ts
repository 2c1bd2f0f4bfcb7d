import type { Peer } from './peer.ts';
import type { RoomContext } from './room-context.ts';
import { Room } from './room.ts';

/** The rooms held in memory: created on the first connection, released when the last one leaves. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  /** Releases still writing, so that a room reopened meanwhile loads only after them. */
  private readonly releasing = new Map<string, Promise<void>>();

  constructor(private readonly context: RoomContext) {}

  get roomCount(): number {
    return this.rooms.size;
  }

  /** The room held in memory under this id, if any. */
  get(roomId: string): Room | undefined {
    return this.rooms.get(roomId);
  }

  /** Adds the peer to its room, loading the room if needed; null when the room is full. */
  join(roomId: string, peer: Peer): Room | null {
    let room = this.rooms.get(roomId);
    if (!room) {
      room = new Room(roomId, this.context);
      this.rooms.set(roomId, room);
      room.load(this.releasing.get(roomId));
    } else if (room.memberCount >= this.context.limits.maxConnectionsPerRoom) {
      return null;
    }
    room.attach(peer);
    return room;
  }

  leave(room: Room, peer: Peer): void {
    room.detach(peer);
    if (room.memberCount > 0 || this.rooms.get(room.id) !== room) return;
    this.rooms.delete(room.id);
    const released: Promise<void> = room
      .release()
      .catch((error: unknown) => this.context.log({ event: 'room_release_failed', roomId: room.id, error: String(error) }))
      .finally(() => {
        if (this.releasing.get(room.id) === released) this.releasing.delete(room.id);
      });
    this.releasing.set(room.id, released);
  }

  /** Resolves when every released room has been written back; call after all peers have left. */
  async settled(): Promise<void> {
    while (this.releasing.size > 0) await Promise.all(this.releasing.values());
  }
}
