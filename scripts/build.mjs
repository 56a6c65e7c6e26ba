#!/usr/bin/env node
/* global URL */
// `npm run build`: the app bundled by esbuild into dist/bundle/ (main.js, a shared chunk, and the
// demo data as a chunk loaded only when the demo is seeded), so `npm start` reads a handful of
// files instead of ~1 500 at start (issue 17: start to ready). Type checking is `npm run check`'s
// job (tsc --noEmit); the bundle is plain JavaScript from esbuild.
// Libraries loaded on first use (platform/lazy-libs.ts) and native modules stay in node_modules.
// Files that code finds with `new URL('./x', import.meta.url)` are copied beside every output
// file that may hold that code (the entry and the chunks).
//   --if-stale  build only when a file in src/ (or the build config) is newer than the last build
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'bundle');
const stamp = join(out, '.built');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const config = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];
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
  outdir: out,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  jsx: 'automatic',
  jsxImportSource: '@kitajs/html',
  external: EXTERNAL,
  logLevel: 'warning',
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __bredvidRequire } from 'node:module'; const require = __bredvidRequire(import.meta.url);" },
});
for (const dir of [out, join(out, 'chunks')]) {
  for (const f of FOUND_BY_URL) {
    mkdirSync(join(dir, f.to), { recursive: true });
    cpSync(join(root, f.from), join(dir, f.to), { recursive: true });
  }
}
writeFileSync(stamp, new Date().toISOString() + '\n');
