import type { Log } from './log.ts';
import { openLevelStorage } from './level-storage.ts';
import { openPostgresStorage } from './postgres-storage.ts';
import type { RelayStorage } from './storage.ts';

export interface StorageChoice {
  /** LevelDB directory of the embedded store. */
  dataDir: string;
  /** PostgreSQL shared by several relays (postgres://…); wins over dataDir. */
  databaseUrl?: string | null;
  /** A venue relay's ledger holds write keys. */
  holdsSecrets: boolean;
  log: Log;
}

/** The embedded LevelDB unless a database URL is given. */
export function openStorage(choice: StorageChoice): Promise<RelayStorage> {
  if (choice.databaseUrl) return openPostgresStorage(choice.databaseUrl, choice.log);
  return openLevelStorage(choice.dataDir, { holdsSecrets: choice.holdsSecrets });
}
