import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, readConfig } from '../../relay/config.ts';
import { resolveLimits } from '../../relay/limits.ts';
import { TokenBucket } from '../../relay/rate-limiter.ts';

describe('readConfig', () => {
  it('defaults to port 8080, ./data and ./dist', () => {
    assert.deepEqual(readConfig([], {}), { port: 8080, host: undefined, dataDir: './data', databaseUrl: null, staticDir: 'dist', limits: {}, upstream: null });
  });

  it('reads the environment, and flags win over it', () => {
    const env = { PORT: '9000', HOST: '127.0.0.1', DATA_DIR: '/var/lib/relay', MAX_ROOM_BYTES: '1000', HEARTBEAT_MS: '5000' };
    assert.deepEqual(readConfig([], env), {
      port: 9000,
      host: '127.0.0.1',
      dataDir: '/var/lib/relay',
      databaseUrl: null,
      staticDir: 'dist',
      limits: { maxRoomBytes: 1000, heartbeatMs: 5000 },
      upstream: null,
    });
    const config = readConfig(['--port', '0', '--data-dir=/tmp/x', '--max-room-bytes', '2000', '--static-dir', ''], env);
    assert.ok(config !== 'help');
    assert.equal(config.port, 0);
    assert.equal(config.dataDir, '/tmp/x');
    assert.equal(config.staticDir, null);
    assert.deepEqual(config.limits, { maxRoomBytes: 2000, heartbeatMs: 5000 });
  });

  it('takes PostgreSQL from --database-url or DATABASE_URL, the flag first', () => {
    const env = { DATABASE_URL: 'postgres://workshop@db.internal/workshop' };
    const fromEnv = readConfig([], env);
    assert.ok(fromEnv !== 'help');
    assert.equal(fromEnv.databaseUrl, 'postgres://workshop@db.internal/workshop');
    const fromFlag = readConfig(['--database-url', 'postgresql://relay@127.0.0.1:5433/forum'], env);
    assert.ok(fromFlag !== 'help');
    assert.equal(fromFlag.databaseUrl, 'postgresql://relay@127.0.0.1:5433/forum');
    assert.throws(() => readConfig(['--database-url', 'mysql://x@y/z'], {}), ConfigError);
  });

  it('refuses unknown flags and values it cannot use', () => {
    for (const argv of [['--prot', '1'], ['--port', 'eighty'], ['--port', '70000'], ['--max-message-bytes', '0'], ['--heartbeat-ms', '-5'], ['extra']]) {
      assert.throws(() => readConfig(argv, {}), ConfigError, argv.join(' '));
    }
    assert.throws(() => readConfig([], { PORT: '1.5' }), ConfigError);
  });

  it('answers --help', () => {
    assert.equal(readConfig(['--help'], {}), 'help');
  });
});

describe('resolveLimits', () => {
  it('fills defaults and refuses non-positive limits', () => {
    assert.equal(resolveLimits().maxMessageBytes, 1024 * 1024);
    assert.equal(resolveLimits({ maxMessagesPerSecond: 5 }).maxMessagesPerSecond, 5);
    assert.throws(() => resolveLimits({ maxRoomBytes: 0 }), RangeError);
    assert.throws(() => resolveLimits({ heartbeatMs: Number.NaN }), RangeError);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 20, () => now);
    const allowed = (): number => Array.from({ length: 100 }, () => bucket.take()).filter(Boolean).length;
    assert.equal(allowed(), 20);
    now += 500;
    assert.equal(allowed(), 5);
    now += 10_000;
    assert.equal(allowed(), 20, 'credit is capped at the burst');
  });
});
