#!/usr/bin/env node
/* global URL */
// `npm run build`: TypeScript in src/ compiled by tsc to dist/src/ (incremental), and every
// other file in src/ (stylesheet, icon, demo CSV) copied beside it, so code that finds files
// with import.meta.url finds them in dist/ too.
//   --if-stale  build only when a file in src/ (or the build config) is newer than the last build
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.built');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const sources = Math.max(newest(join(root, 'src')), ...['package.json', 'tsconfig.json', 'tsconfig.build.json'].map((f) => statSync(join(root, f)).mtimeMs));
  if (statSync(stamp).mtimeMs >= sources) process.exit(0);
}

const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

function copyAssets(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) copyAssets(p);
    else if (!/\.(ts|tsx)$/.test(e.name)) {
      const to = join(root, 'dist', p.slice(root.length));
      mkdirSync(join(to, '..'), { recursive: true });
      cpSync(p, to);
    }
  }
}
copyAssets(join(root, 'src'));
writeFileSync(stamp, new Date().toISOString() + '\n');
