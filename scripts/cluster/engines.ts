// Finds Debian's PostgreSQL and HAProxy binaries; the cluster script and the cluster tests need both.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Engines {
  /** Folder holding initdb and postgres, e.g. /usr/lib/postgresql/15/bin. */
  postgresBin: string;
  haproxy: string;
}

export const installHint = 'PostgreSQL and HAProxy are needed: apt-get install -y postgresql haproxy';

/** The newest PostgreSQL under /usr/lib/postgresql and haproxy on the usual paths; null if either is missing. */
export function findEngines(): Engines | null {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const haproxy = ['/usr/sbin/haproxy', '/usr/bin/haproxy', '/usr/local/sbin/haproxy'].find((path) => existsSync(path));
  if (versions.length === 0 || !haproxy) return null;
  return { postgresBin: join(root, versions[0]!, 'bin'), haproxy };
}
