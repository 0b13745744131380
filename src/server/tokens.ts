/**
 * Who may open which document on the sync server: a signed token (a JWT,
 * signed and checked with jose) that names the user and their rights.
 *
 * In production the organisation's login issues the tokens (a reverse proxy
 * or an OIDC client that signs them with the same secret, see the README);
 * for tests and small deployments `npm run server -- token` issues them.
 *
 * Rights, per assessment (by its id, or `*` for every assessment):
 * - author and co-author: read and write;
 * - reviewer: read, never write (the review itself, verdicts and comments,
 *   goes in the assessment's review document, `review/<id>`, which every role
 *   on the assessment may write);
 * and, for the organisation as a whole:
 * - register: read the register of every shared assessment;
 * - trainer: open workshop sessions (`workshop/<code>`) and read the groups'
 *   hand-ins.
 *
 * A workshop group has no login: its token is `group:<code>`, the session's
 * code (src/sync/workshop-code.ts), which lets it write its own hand-in,
 * `workshop/<code>/<groupId>`, and nothing else; never the trainer's
 * document nor the session of another code. Whether the session is still
 * open is the server's to check (server.ts), as it needs the document. A
 * hand-in's id is random (a UUID made on the group's device), so one group
 * cannot name another's; and the server empties a hand-in document once it
 * has taken the hand-in (workshop-hook.ts), so there is nothing to read.
 */
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { GROUP_TOKEN_PREFIX, WORKSHOP_CODE_PATTERN } from '../sync/workshop-code';

export const ROLES = ['author', 'co-author', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

const ISSUER = 'jamlikhetskollen';
const AUDIENCE = 'jamlikhetskollen-sync';
const ALGORITHM = 'HS256';

export const ZClaims = z.object({
  /** The user's stable id in the organisation's login. */
  sub: z.string().min(1),
  /** The name others see beside the user's edits (presence). */
  name: z.string().min(1).max(200),
  /** Rights per assessment id; `*` for every assessment. */
  assessments: z.record(z.string().min(1), z.enum(ROLES)).default({}),
  register: z.boolean().default(false),
  trainer: z.boolean().default(false),
});
export type Claims = z.infer<typeof ZClaims>;

/** The key the tokens are signed with: the deployment's secret, at least 32 characters. */
export function signingKey(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('The sync secret must be at least 32 characters long.');
  return new TextEncoder().encode(secret);
}

/** A token for `claims`, valid for `lifetime` (jose's notation: '8h', '30d'). */
export async function issueToken(claims: z.input<typeof ZClaims>, secret: string, lifetime = '8h'): Promise<string> {
  const { sub, ...rest } = ZClaims.parse(claims);
  return new SignJWT(rest)
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(signingKey(secret));
}

/** The claims of a valid token; throws for a token that is forged, expired, for another audience or malformed. */
export async function verifyToken(token: string, secret: string): Promise<Claims> {
  const { payload } = await jwtVerify(token, signingKey(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] });
  return ZClaims.parse(payload);
}

/** What a document's name says it is: an assessment, the register or a workshop session. */
export type DocumentRef =
  | { kind: 'assessment'; id: string }
  | { kind: 'review'; id: string }
  | { kind: 'register' }
  | { kind: 'workshop'; code: string }
  | { kind: 'hand-in'; code: string; groupId: string };

const WORKSHOP = new RegExp(`^workshop\\/(${WORKSHOP_CODE_PATTERN})$`);
// At least 16 characters: a hand-in's id is `g-` and a UUID, made on the group's device, too long to guess.
const HAND_IN = new RegExp(`^workshop\\/(${WORKSHOP_CODE_PATTERN})\\/([\\w-]{16,100})$`);
const GROUP_TOKEN = new RegExp(`^${GROUP_TOKEN_PREFIX}(${WORKSHOP_CODE_PATTERN})$`);

/**
 * Document names: `assessment/<id>`, `review/<id>`, `register`, `workshop/<code>` (a session, the trainer's)
 * and `workshop/<code>/<groupId>` (a group's hand-in); anything else is no document of ours.
 */
export function documentRef(name: string): DocumentRef | undefined {
  if (name === 'register') return { kind: 'register' };
  const assessment = /^assessment\/([\w-]{1,100})$/.exec(name);
  if (assessment) return { kind: 'assessment', id: assessment[1]! };
  const review = /^review\/([\w-]{1,100})$/.exec(name);
  if (review) return { kind: 'review', id: review[1]! };
  const workshop = WORKSHOP.exec(name);
  if (workshop) return { kind: 'workshop', code: workshop[1]! };
  const handIn = HAND_IN.exec(name);
  if (handIn) return { kind: 'hand-in', code: handIn[1]!, groupId: handIn[2]! };
  return undefined;
}

/** What `claims` allow on the document `name`: nothing, reading, or reading and writing. */
export function access(claims: Claims, name: string): 'none' | 'read' | 'write' {
  const ref = documentRef(name);
  if (!ref) return 'none';
  if (ref.kind === 'register') return claims.register ? 'read' : 'none';
  if (ref.kind === 'workshop') return claims.trainer ? 'write' : 'none';
  // A trainer reads a hand-in (the session's document holds a copy of each); only its group writes it.
  if (ref.kind === 'hand-in') return claims.trainer ? 'read' : 'none';
  const role = claims.assessments[ref.id] ?? claims.assessments['*'];
  if (!role) return 'none';
  // A reviewer writes the review, never the assessment's answers.
  if (ref.kind === 'review') return 'write';
  return role === 'reviewer' ? 'read' : 'write';
}

/** The session code of a group's token (`group:<code>`), or undefined when the token is not one. */
export function groupTokenCode(token: string): string | undefined {
  return GROUP_TOKEN.exec(token)?.[1];
}

/**
 * What a group's token for `code` allows on the document `name`: writing its
 * hand-in in that session, if the session is open (the caller checks), and
 * nothing else.
 */
export function groupAccess(code: string, name: string): 'none' | 'write' {
  const ref = documentRef(name);
  return ref?.kind === 'hand-in' && ref.code === code ? 'write' : 'none';
}
