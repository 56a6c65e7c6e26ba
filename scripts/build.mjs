#!/usr/bin/env node
/* global URL */
// `npm run build`: the app bundled by esbuild into dist/bundle/app.cjs (one CommonJS script;
// the demo data in it runs only when the demo is seeded) and the launcher dist/bundle/main.js
// (scripts/launch.mjs), which compiles app.cjs with V8's code cache. `npm start` reads a handful
// of files instead of ~1 500 at start (issue 17: start to ready). Type checking is `npm run
// check`'s job (tsc --noEmit); the bundle is plain JavaScript from esbuild.
// Libraries loaded on first use (platform/lazy-libs.ts) and native modules stay in node_modules.
// Files that code finds with `new URL('./x', import.meta.url)` are copied beside app.cjs.
//   --if-stale  build only when a file in src/ (or the build config) is newer than the last build
//   --out DIR   build into DIR instead of dist/bundle (the built-app test builds into a temporary folder)
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist', 'bundle');
const stamp = join(out, '.built');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const config = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/launch.mjs'];
if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const sources = Math.max(newest(join(root, 'src')), ...config.map((f) => statSync(join(root, f)).mtimeMs));
  if (statSync(stamp).mtimeMs >= sources) process.exit(0);
}

/** Loaded from node_modules at run time: native addons, optional drivers, and the lazy libraries. */
const EXTERNAL = [
  'better-sqlite3', '@node-rs/argon2', 'pg-native',
  'exceljs', 'pdfkit', 'qrcode', '@simplewebauthn/server', '@simplewebauthn/server/helpers',
  '@zxcvbn-ts/core', '@zxcvbn-ts/language-common', 'nodemailer',
];

/** Source folders whose files code opens relative to its own module (import.meta.url). */
const FOUND_BY_URL = [
  { from: 'src/platform/views/assets', to: 'assets' },
  { from: 'src/modules/plans/demo', to: 'demo' },
];

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/main.ts')],
  outfile: join(out, 'app.cjs'),
  bundle: true,
  platform: 'node',
  // One CommonJS script (not an ES module) so the launcher can compile it with vm.Script and
  // V8's code cache. The demo seed, imported with import(), is a lazily run part of it.
  format: 'cjs',
  target: 'node20',
  // import() of the libraries loaded on first use becomes require() in a promise: a script
  // compiled by vm.Script has no import() of its own without an experimental loader flag.
  supported: { 'dynamic-import': false },
  sourcemap: 'linked',
  jsx: 'automatic',
  jsxImportSource: '@kitajs/html',
  external: EXTERNAL,
  logLevel: 'warning',
  // import.meta.url is the bundle's own file URL, as it was for the module it came from.
  define: { 'import.meta.url': '__bredvidFileUrl' },
  banner: { js: "const __bredvidFileUrl = require('node:url').pathToFileURL(__filename).href;" },
});
cpSync(join(root, 'scripts', 'launch.mjs'), join(out, 'main.js'));
for (const f of FOUND_BY_URL) {
  mkdirSync(join(out, f.to), { recursive: true });
  cpSync(join(root, f.from), join(out, f.to), { recursive: true });
}
writeFileSync(stamp, new Date().toISOString() + '\n');
