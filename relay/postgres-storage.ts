import { randomUUID } from 'node:crypto';
import pg from 'pg';
import * as Y from 'yjs';
import type { Log } from './log.ts';
import { migrate } from './migrations.ts';
import { StorageError, type RelayStorage, type StoredUpdateListener } from './storage.ts';
import { StoreNotifications } from './store-notifications.ts';
import { sanitizedOrNull } from './stored-updates.ts';

// First number of the per-room advisory lock compaction takes (the second is the room id's hash).
const COMPACTION_LOCK = 0x776b7369;

/**
 * PostgreSQL shared by several relays (`--database-url`). Each append is one row, committed before it
 * is acknowledged, and announced with NOTIFY on the room's channel (payload: the row id and the
 * storing relay), so that another relay holding the same room reads the row and passes it on.
 */
export async function openPostgresStorage(databaseUrl: string, log: Log): Promise<RelayStorage> {
  const config: pg.PoolConfig = { connectionString: databaseUrl, max: 8, connectionTimeoutMillis: 10_000 };
  const pool = new pg.Pool(config);
  // An idle pooled connection that breaks must not crash the relay; the next query reconnects.
  pool.on('error', (error) => log({ event: 'storage_connection_error', error: String(error) }));
  const notifications = new StoreNotifications(config, log);
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) log({ event: 'storage_migrated', applied });
    await notifications.start();
  } catch (error) {
    await notifications.close();
    await pool.end();
    throw new StorageError(`cannot open PostgreSQL: ${String(error)}`);
  }
  // Tells this relay's own notifications from the others'.
  const relayId = randomUUID();

  const query = async <R extends pg.QueryResultRow>(what: string, text: string, values: unknown[]): Promise<pg.QueryResult<R>> => {
    try {
      return await pool.query<R>(text, values);
    } catch (error) {
      throw new StorageError(`cannot ${what}: ${String(error)}`);
    }
  };
  const rowsOf = async (roomId: string): Promise<Uint8Array[]> =>
    (await query<{ payload: Buffer }>(`load room ${roomId}`, 'SELECT payload FROM room_updates WHERE room_id = $1 ORDER BY id', [roomId])).rows.map(
      (row) => new Uint8Array(row.payload),
    );

  return {
    load: rowsOf,
    async append(roomId, update) {
      await query(
        `store update for ${roomId}`,
        `WITH stored AS (INSERT INTO room_updates (room_id, payload) VALUES ($1, $2) RETURNING id)
         SELECT pg_notify($3, id::text || ' ' || $4) FROM stored`,
        [roomId, Buffer.from(update.buffer, update.byteOffset, update.byteLength), channelOf(roomId), relayId],
      );
    },
    // The room's own state is not used: rows another relay stored moments ago may be missing from it.
    async compact(roomId, _state) {
      try {
        await compactRows(pool, roomId);
      } catch (error) {
        throw new StorageError(`cannot compact room ${roomId}: ${String(error)}`);
      }
    },
    async watch(roomId, listener) {
      const onPayload = (payload: string): void => {
        const [rowId, storedBy] = payload.split(' ');
        if (storedBy === relayId || !rowId || !/^\d+$/.test(rowId)) return;
        void deliverRow(roomId, rowId, listener);
      };
      try {
        return await notifications.listen(channelOf(roomId), { onPayload, onReconnected: () => listener.onResync() });
      } catch (error) {
        throw new StorageError(`cannot watch room ${roomId}: ${String(error)}`);
      }
    },
    async close() {
      await notifications.close();
      await pool.end();
    },
    mirrors: {
      async list() {
        const { rows } = await query<{ room_id: string; write_key: string }>('read the upstream mirror ledger', 'SELECT room_id, write_key FROM upstream_mirrors', []);
        return new Map(rows.map((row) => [row.room_id, row.write_key]));
      },
      async remember(roomId, writeKey) {
        await query(
          `record mirror of ${roomId}`,
          'INSERT INTO upstream_mirrors (room_id, write_key) VALUES ($1, $2) ON CONFLICT (room_id) DO UPDATE SET write_key = EXCLUDED.write_key',
          [roomId, writeKey],
        );
      },
      async forget(roomId) {
        await query(`forget mirror of ${roomId}`, 'DELETE FROM upstream_mirrors WHERE room_id = $1', [roomId]);
      },
    },
  };

  async function deliverRow(roomId: string, rowId: string, listener: StoredUpdateListener): Promise<void> {
    try {
      const { rows } = await pool.query<{ payload: Buffer }>('SELECT payload FROM room_updates WHERE id = $1 AND room_id = $2', [rowId, roomId]);
      // Gone: a compaction merged it already, into a row this relay may not have seen either.
      if (rows[0]) listener.onStored(new Uint8Array(rows[0].payload));
      else listener.onResync();
    } catch (error) {
      log({ event: 'storage_error', operation: 'read_notified', roomId, error: String(error) });
      listener.onResync();
    }
  }
}

/** NOTIFY channel of a room; room ids are base64url, so the name needs no escaping beyond quoting. */
function channelOf(roomId: string): string {
  return `room:${roomId}`;
}

/**
 * Merges the room's rows up to the newest one read and deletes exactly those, in one transaction.
 * Rows appended meanwhile stay as they are; a relay that finds another compacting the room leaves it.
 */
async function compactRows(pool: pg.Pool, roomId: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: locked } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok', [COMPACTION_LOCK, roomId]);
    const { rows } = locked[0]?.ok
      ? await client.query<{ id: string; payload: Buffer }>('SELECT id, payload FROM room_updates WHERE room_id = $1 ORDER BY id', [roomId])
      : { rows: [] };
    if (rows.length < 2) {
      await client.query('COMMIT');
      return;
    }
    // Sanitized like a load, so content stored before the relay checked update shapes does not outlive compaction.
    const merged = Y.mergeUpdates(rows.map((row) => sanitizedOrNull(new Uint8Array(row.payload)) ?? new Uint8Array([0, 0])));
    const deleted = await client.query('DELETE FROM room_updates WHERE room_id = $1 AND id = ANY($2::bigint[])', [roomId, rows.map((row) => row.id)]);
    if (deleted.rowCount !== rows.length) throw new Error(`expected to merge ${rows.length} rows, found ${deleted.rowCount}`);
    await client.query('INSERT INTO room_updates (room_id, payload) VALUES ($1, $2)', [roomId, Buffer.from(merged)]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
