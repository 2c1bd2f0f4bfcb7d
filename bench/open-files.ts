// The limit on open files (every socket is one) for the processes a bench starts. Node raises its own soft limit
// to the hard one as it starts, so the hard limit is what counts; the shell's `ulimit -n` raises both before a
// child starts, which only root may do beyond the hard limit.
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

/** What a Node child needing `needed` open files must be started with: null when the hard limit suffices, else the limit to set. */
export function raiseFor(needed: number, limit: OpenFilesLimit = openFilesLimit()): number | null {
  return limit.hard >= needed ? null : needed;
}

/** `command args` run through the shell with the limit raised first, when `raiseTo` says so (it fails there unless root). */
export function withOpenFiles(raiseTo: number | null, command: string, args: string[]): [string, string[]] {
  return raiseTo === null ? [command, args] : ['/bin/sh', ['-c', `ulimit -n ${raiseTo} && exec "$0" "$@"`, command, ...args]];
}
