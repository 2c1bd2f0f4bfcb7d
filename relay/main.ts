import { existsSync } from 'node:fs';
import { ConfigError, readConfig, usage } from './config.ts';
import { lanUrls, venueAnnouncement } from './lan-urls.ts';
import { jsonLines } from './log.ts';
import { startRelay } from './server.ts';

// Entry point: configuration from flags and environment, JSON log lines on stdout, graceful stop on signals.
const log = jsonLines();
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n${usage}\n`);
  process.exit(2);
}
if (config === 'help') {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (config.staticDir && !existsSync(config.staticDir)) {
  log({ event: 'static_dir_missing', staticDir: config.staticDir, hint: 'run `npm run build`; only /sync, /healthz and /metrics are served' });
}

try {
  const relay = await startRelay({ ...config, log });
  // On stderr, so stdout stays one JSON object per line for log collectors.
  for (const line of venueAnnouncement(lanUrls(relay.port, config.host))) process.stderr.write(`${line}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log({ event: 'signal', signal });
    // A stalled disk must not keep a stopped relay alive forever.
    setTimeout(() => {
      log({ event: 'close_timed_out', afterMs: 30_000 });
      process.exit(1);
    }, 30_000).unref();
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log({ event: 'close_failed', error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  log({ event: 'start_failed', error: String(error) });
  process.exit(1);
}
