import { parseArgs } from 'node:util';
import type { RelayLimits } from './limits.ts';
import { UpstreamUrlError, upstreamSyncUrl } from './upstream-url.ts';

export interface MainConfig {
  port: number;
  host: string | undefined;
  dataDir: string;
  /** PostgreSQL shared by several relays; null for the embedded LevelDB in dataDir. */
  databaseUrl: string | null;
  staticDir: string | null;
  limits: Partial<RelayLimits>;
  /** A venue relay's central server, as its sync endpoint base (ws(s)://host/sync); null for a central relay. */
  upstream: string | null;
}

export class ConfigError extends Error {}

// Each limit: its flag and environment variable.
const limitSources: [keyof RelayLimits, string, string][] = [
  ['maxMessageBytes', 'max-message-bytes', 'MAX_MESSAGE_BYTES'],
  ['maxRoomBytes', 'max-room-bytes', 'MAX_ROOM_BYTES'],
  ['maxConnectionsPerRoom', 'max-connections-per-room', 'MAX_CONNECTIONS_PER_ROOM'],
  ['maxMessagesPerSecond', 'max-messages-per-second', 'MAX_MESSAGES_PER_SECOND'],
  ['heartbeatMs', 'heartbeat-ms', 'HEARTBEAT_MS'],
  ['maxPresenceStateBytes', 'max-presence-state-bytes', 'MAX_PRESENCE_STATE_BYTES'],
  ['maxPresenceClientsPerViewer', 'max-presence-clients-per-viewer', 'MAX_PRESENCE_CLIENTS_PER_VIEWER'],
  ['maxPresenceClientsPerWriter', 'max-presence-clients-per-writer', 'MAX_PRESENCE_CLIENTS_PER_WRITER'],
  ['maxPresenceBytesPerRoom', 'max-presence-bytes-per-room', 'MAX_PRESENCE_BYTES_PER_ROOM'],
];

export const usage = `Usage: relay [options]   (flags win over environment variables)
  --port <n>                      PORT       default 8080 (0 = any free port)
  --host <addr>                   HOST       default all interfaces
  --data-dir <dir>                DATA_DIR   default ./data
  --database-url <url>            DATABASE_URL  PostgreSQL shared by several relays
                                             (postgres://user@host:5432/db) instead of LevelDB
  --static-dir <dir>              STATIC_DIR default ./dist ('' serves no files)
  --max-message-bytes <n>         MAX_MESSAGE_BYTES        default 1048576
  --max-room-bytes <n>            MAX_ROOM_BYTES           default 67108864
  --max-connections-per-room <n>  MAX_CONNECTIONS_PER_ROOM default 2000
  --max-messages-per-second <n>   MAX_MESSAGES_PER_SECOND  default 100
  --heartbeat-ms <n>              HEARTBEAT_MS             default 30000
  --max-presence-state-bytes <n>  MAX_PRESENCE_STATE_BYTES default 1024
  --max-presence-clients-per-viewer <n>  MAX_PRESENCE_CLIENTS_PER_VIEWER  default 4
  --max-presence-clients-per-writer <n>  MAX_PRESENCE_CLIENTS_PER_WRITER  default 64
  --max-presence-bytes-per-room <n>      MAX_PRESENCE_BYTES_PER_ROOM      default 65536
  --upstream <url>                UPSTREAM   a venue relay: mirror every room to this central server
                                             (its base URL, e.g. https://workshop.example.org)
  --help`;

/** Flags first, then environment, then defaults; throws ConfigError on anything it cannot use. */
export function readConfig(argv: string[], env: Record<string, string | undefined>): MainConfig | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        'static-dir': { type: 'string' },
        upstream: { type: 'string' },
        help: { type: 'boolean' },
        ...Object.fromEntries(limitSources.map(([, flag]) => [flag, { type: 'string' as const }])),
      },
    }).values;
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (values.help) return 'help';
  const pick = (flag: string, variable: string): string | undefined => {
    const fromFlag = values[flag];
    return typeof fromFlag === 'string' ? fromFlag : env[variable];
  };
  const port = integer(pick('port', 'PORT') ?? '8080', 'port');
  if (port > 65535) throw new ConfigError(`port must be at most 65535, got ${port}`);
  const limits: Partial<RelayLimits> = {};
  for (const [name, flag, variable] of limitSources) {
    const raw = pick(flag, variable);
    if (raw === undefined) continue;
    const value = integer(raw, flag);
    if (value === 0) throw new ConfigError(`${flag} must be positive`);
    limits[name] = value;
  }
  const staticDir = pick('static-dir', 'STATIC_DIR') ?? 'dist';
  const upstream = pick('upstream', 'UPSTREAM')?.trim() || null;
  const databaseUrl = pick('database-url', 'DATABASE_URL')?.trim() || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('--database-url / DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port,
    host: pick('host', 'HOST') || undefined,
    dataDir: pick('data-dir', 'DATA_DIR') || './data',
    databaseUrl,
    staticDir: staticDir === '' ? null : staticDir,
    limits,
    upstream: upstream === null ? null : syncUrl(upstream),
  };
}

function syncUrl(base: string): string {
  try {
    return upstreamSyncUrl(base);
  } catch (error) {
    if (error instanceof UpstreamUrlError) throw new ConfigError(`--upstream / UPSTREAM: ${error.message}`);
    throw error;
  }
}

function integer(raw: string, name: string): number {
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw))) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}
