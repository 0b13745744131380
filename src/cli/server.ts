// npm run server: the sync server on this machine, for a first try or a deployment.
//   npm run server                   starts it (PORT, default 1234; HOST, default 127.0.0.1);
//                                     documents in memory, or in PostgreSQL with DATABASE_URL set
//   npm run server -- token …        prints a token for a user (see `usage` below)
// JK_SYNC_SECRET is the deployment's signing secret (at least 32 characters). Without it, the server
// makes a random one for this run and prints a token to try it with; such tokens end with the server.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startSyncServer } from '../server/server';
import { issueToken, type Role } from '../server/tokens';

const usage = `Usage:
  npm run server
  npm run server -- token --user <id> --name <name> [--author <assessment id|*>]... [--co-author <id|*>]...
                           [--reviewer <id|*>]... [--register] [--trainer] [--hours <n>]`;

const [command, ...rest] = process.argv.slice(2);

if (command === 'token') {
  const secret = process.env.JK_SYNC_SECRET;
  if (!secret) {
    console.error('Set JK_SYNC_SECRET to the server’s signing secret first.');
    process.exit(2);
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      user: { type: 'string' },
      name: { type: 'string' },
      author: { type: 'string', multiple: true, default: [] },
      'co-author': { type: 'string', multiple: true, default: [] },
      reviewer: { type: 'string', multiple: true, default: [] },
      register: { type: 'boolean', default: false },
      trainer: { type: 'boolean', default: false },
      hours: { type: 'string', default: '8' },
    },
  });
  if (!values.user || !values.name || !/^\d+$/.test(values.hours)) {
    console.error(usage);
    process.exit(2);
  }
  const assessments: Record<string, Role> = {};
  for (const role of ['reviewer', 'co-author', 'author'] as const) for (const id of values[role]) assessments[id] = role;
  console.log(await issueToken({ sub: values.user, name: values.name, assessments, register: values.register, trainer: values.trainer }, secret, `${values.hours}h`));
} else if (command === undefined) {
  const given = process.env.JK_SYNC_SECRET;
  const secret = given ?? randomBytes(32).toString('base64url');
  const port = Number(process.env.PORT ?? 1234);
  const server = await startSyncServer({ secret, port, host: process.env.HOST ?? '127.0.0.1', ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}) });
  console.log(`Sync server at ${server.url}, documents ${process.env.DATABASE_URL ? 'in PostgreSQL' : 'in memory (until it stops)'}.`);
  if (!given) {
    console.log('No JK_SYNC_SECRET set: a random one is used for this run. A token to try it with (every assessment, the register):');
    console.log(await issueToken({ sub: 'try', name: 'Testanvändare', assessments: { '*': 'author' }, register: true, trainer: true }, secret, '8h'));
  }
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} else {
  console.error(usage);
  process.exit(2);
}
