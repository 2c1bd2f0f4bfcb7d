// What each chunk of the app build is made of: `node scripts/bundle-report.mjs [chunk-name-part]`, gzip per module.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const only = process.argv[2];
const result = await build({ logLevel: 'silent', build: { write: false } });
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const gzip = (text) => gzipSync(text).length;
for (const chunk of outputs.filter((o) => o.type === 'chunk').sort((a, b) => gzip(b.code) - gzip(a.code))) {
  if (only && !chunk.fileName.includes(only)) continue;
  console.log(`\n${chunk.fileName}  ${gzip(chunk.code)} B gzip  imports: ${chunk.imports.join(' ')}`);
  const modules = Object.entries(chunk.modules)
    .map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.code ? gzip(m.code) : 0])
    .filter(([, size]) => size > 0)
    .sort((a, b) => b[1] - a[1]);
  for (const [id, size] of modules.slice(0, only ? 200 : 12)) console.log(`  ${String(size).padStart(6)}  ${id}`);
}
