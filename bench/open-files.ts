// The limit on open files (every socket is one) for processes this bench starts: ours is inherited, and a
// child's soft limit can be raised up to the hard one by the shell's `ulimit -n` before it starts.
import { readFileSync } from 'node:fs';

export interface OpenFilesLimit {
  soft: number;
  hard: number;
}

/** This process's limit, from /proc (Linux); Infinity for "unlimited". */
export function openFilesLimit(): OpenFilesLimit {
  const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
  const [soft, hard] = (line?.slice('Max open files'.length).trim().split(/\s+/) ?? []).map((v) => (v === 'unlimited' ? Infinity : Number(v)));
  if (soft === undefined || hard === undefined) throw new Error('no "Max open files" in /proc/self/limits');
  return { soft, hard };
}

/**
 * What a child needing `needed` open files must be started with: null when the inherited soft limit suffices,
 * else the number to raise it to. Throws when even the hard limit is too low (only root could raise that).
 */
export function raiseFor(needed: number, limit: OpenFilesLimit = openFilesLimit()): number | null {
  if (limit.soft >= needed) return null;
  if (limit.hard < needed) throw new Error(`needs ${needed} open files, the hard limit is ${limit.hard}: raise it (ulimit -Hn) and run again`);
  return needed;
}

/** `command args` run through the shell with the soft limit raised first, when `raiseTo` says so. */
export function withOpenFiles(raiseTo: number | null, command: string, args: string[]): [string, string[]] {
  return raiseTo === null ? [command, args] : ['/bin/sh', ['-c', `ulimit -n ${raiseTo} && exec "$0" "$@"`, command, ...args]];
}
