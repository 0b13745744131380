// Makes sure the system programs the tests need are present: Debian's
// Chromium (real-browser tests), poppler-utils (pdftotext, to read PDFs
// back), LibreOffice Writer without its GUI (soffice, to open the Word
// file and convert it to PDF, as a reader's office suite would) and
// PostgreSQL (initdb and pg_ctl: the sync server's persistence tests start a
// cluster of their own in a temporary folder). Installs
// them with apt-get when running as root; otherwise stops with a message
// saying what to install. Never lets the browser tests be
// skipped quietly.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** initdb on the PATH or in Debian's versioned folder (/usr/lib/postgresql/<version>/bin), as tests/integration/postgres.ts looks. */
const hasPostgres = () =>
  has('initdb') || (existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)));

export function ensureSystemDeps() {
  const missing = [];
  if (!has(CHROMIUM)) missing.push('chromium');
  if (!has('pdftotext')) missing.push('poppler-utils');
  if (!has('soffice')) missing.push('libreoffice-writer-nogui');
  if (!hasPostgres()) missing.push('postgresql');
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `\nThe browser and sync server tests need ${missing.join(' and ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed.\n` +
        `Install them (Debian/Ubuntu) and run the tests again:\n\n` +
        `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\n\n` +
        `(Or set CHROMIUM_PATH to another Chromium build.)\n`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(' and ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
