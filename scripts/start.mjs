// `npm start`: builds the app when there is no build or the sources are
// newer than it, then serves the static build on localhost and prints the
// address. PORT and HOST may be set in the environment.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';

const SOURCES = ['src', 'locales', 'questionnaires', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
  console.log('Building the app …');
  const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = await preview({
  preview: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? '(unknown address)';
console.log(`\nJämlikhetskollen is running at ${url}\nStop it with Ctrl+C.\n`);
