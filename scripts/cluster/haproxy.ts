// HAProxy in front of several relays: /sync/<roomId> by a consistent hash of the path (one relay per
// room while it is up), everything else round robin, each relay checked on /healthz.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';

export interface Backend {
  name: string;
  port: number;
}

export interface HaproxyTiming {
  /** Health check interval; a relay is out after `fall` failed checks and back after `rise` good ones. */
  checkMs: number;
  fall: number;
  rise: number;
}

export const defaultTiming: HaproxyTiming = { checkMs: 1000, fall: 2, rise: 2 };

/** The configuration deploy/haproxy.cfg explains, for relays on 127.0.0.1. */
export function haproxyConfig(bind: string, relays: Backend[], timing: HaproxyTiming = defaultTiming): string {
  const servers = (track: boolean): string =>
    relays
      .map(({ name, port }) => `  server ${name} 127.0.0.1:${port} ${track ? `track app/${name}` : `check inter ${timing.checkMs} fall ${timing.fall} rise ${timing.rise}`}`)
      .join('\n');
  // No global maxconn: HAProxy derives it from the open-file limit it is given.
  return `defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  timeout http-request 10s
  option redispatch
  retries 2

frontend workshop
  bind ${bind}
  use_backend sync if { path_beg /sync/ }
  default_backend app

backend sync
  balance uri path-only
  hash-type consistent
${servers(true)}

backend app
  balance roundrobin
  option httpchk GET /healthz
  http-check expect status 200
${servers(false)}
`;
}

export interface LocalHaproxy {
  port: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs haproxy in the foreground with a generated configuration in `folder`; resolves once it answers /healthz through a relay. */
export async function startHaproxy(options: {
  haproxy: string;
  folder: string;
  port: number;
  /** Address to listen on; default 127.0.0.1:port. */
  bind?: string;
  relays: Backend[];
  timing?: HaproxyTiming;
}): Promise<LocalHaproxy> {
  const file = join(options.folder, 'haproxy.cfg');
  await writeFile(file, haproxyConfig(options.bind ?? `127.0.0.1:${options.port}`, options.relays, options.timing));
  const child = spawn(options.haproxy, ['-f', file, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 20_000;
  while ((await status(`${url}/healthz`)) !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`haproxy did not come up: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port: options.port, url, child, stop };
}

export function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}
