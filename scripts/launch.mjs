/* global URL, Buffer, setImmediate */
// dist/bundle/main.js (copied here by scripts/build.mjs): starts the bundled app (app.cjs)
// with V8's code cache, because Node 20 has no module.enableCompileCache. Without a cache V8
// parses the 7.7 MB bundle and compiles every function the start calls; with one it reads the
// compiled code back (issue 17: start to ready, docs/performance.md).
// The cache (app.cjs.<options>.cache) is written once the app is ready (process event
// 'bredvid:ready' from main.ts), so it holds every function the start compiled, not only the
// top level. It is used only when its header matches the bundle's SHA-256, the V8 version and
// the architecture; V8 itself also refuses data made under other V8 flags. A refused, stale or
// unreadable cache costs nothing but the compile it would have saved, and is rewritten after
// ready. BREDVID_CODE_CACHE=off starts without reading or writing a cache.
// With --enable-source-maps the bundle is loaded by Node's own require instead (Node 20 maps
// stack traces only for modules it loads itself), without a cache.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const file = fileURLToPath(new URL('./app.cjs', import.meta.url));

/** The cached data after the header, or undefined when there is none for this bundle and V8. */
function readCache(cacheFile, header) {
  try {
    const data = readFileSync(cacheFile);
    return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(cacheFile, header, script) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([header, script.createCachedData()]));
    renameSync(tmp, cacheFile);
  } catch (err) {
    rmSync(tmp, { force: true });
    process.stderr.write(`Bredvid: the code cache could not be written (${err.message}); the next start compiles the bundle again.\n`);
  }
}

function startWithCodeCache(enabled) {
  const bytes = readFileSync(file);
  const header = Buffer.from(`bredvid-code-cache 1 ${process.arch} v8-${process.versions.v8} ${createHash('sha256').update(bytes).digest('hex')}\n`);
  // V8 refuses a cache made under other heap flags (--max-old-space-size, …): one cache per set
  // of Node options, so starts with different options do not overwrite each other's.
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  const cacheFile = `${file}.${createHash('sha256').update(options).digest('hex').slice(0, 12)}.cache`;
  const cachedData = enabled ? readCache(cacheFile, header) : undefined;
  // The CommonJS wrapper on the bundle's first line, so its line numbers stay those of app.cjs.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`, {
    filename: file,
    cachedData,
  });
  if (enabled && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('bredvid:ready', () => setImmediate(() => writeCache(cacheFile, header, script)));
  }
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
}

if (process.sourceMapsEnabled) createRequire(import.meta.url)(file);
else startWithCodeCache(process.env.BREDVID_CODE_CACHE !== 'off');
