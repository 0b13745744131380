/**
 * Turning the files on hand into the packs in use: the deployment's profile
 * and the packs it names, checked against the shipped questionnaires, then
 * the packs imported on this device, then every clash settled in that order
 * (src/questionnaire/pack-set.ts), so an imported pack never displaces the
 * organisation's. What cannot be used is left out, never fatal: the
 * deployment's problems go to the console for whoever maintains it, the
 * imported packs' show in the list of packs.
 *
 * Loaded only when there is something to assemble: it brings the parsed
 * model and zod.
 */
import { framework, questionnaires } from '../../questionnaire/catalogue';
import { parseOrganisation, type Organisation } from '../../questionnaire/organisation';
import { parsePack, type ContentPack } from '../../questionnaire/pack';
import { combinePacks } from '../../questionnaire/pack-set';
import type { Problem } from '../../questionnaire/problems';
import { fetchJson, type FetchedJson } from './fetch-json';
import type { StoredPack } from './imported';
import type { ListedPack, PackSetup } from './registry';

/** What the deployment ships, checked. */
export interface Deployment {
  organisation: Organisation | undefined;
  packs: ContentPack[];
}

export type Warn = (message: string) => void;

const listProblems = (problems: readonly Problem[]) => problems.map((p) => `${p.code} at ${p.path}`).join('; ');

/** The problems of a file that could not be read as JSON. */
const notJson = (detail: string): Problem[] => [{ code: 'json.syntax', path: '$', params: { detail } }];

/** The deployment's profile (fetched at `profileUrl`) and the packs it names, each fetched beside it. */
export async function loadDeployment(profile: FetchedJson, profileUrl: URL, origin: string, fetchImpl: typeof fetch, warn: Warn): Promise<Deployment> {
  if (profile.state === 'absent') return { organisation: undefined, packs: [] };
  const parsed = profile.state === 'ok' ? parseOrganisation(profile.value) : { ok: false as const, problems: notJson(profile.detail) };
  if (!parsed.ok) {
    warn(`The organisation profile ${profileUrl.pathname} is not used: ${listProblems(parsed.problems)}`);
    return { organisation: undefined, packs: [] };
  }
  const organisation = parsed.value;
  const files = await Promise.all(organisation.packs.map(async (path) => ({ path, file: await fetchJson(new URL(path, profileUrl), origin, fetchImpl) })));
  const packs = files.flatMap(({ path, file }) => {
    const result =
      file.state === 'ok'
        ? parsePack(file.value, questionnaires, framework)
        : { ok: false as const, problems: file.state === 'invalid' ? notJson(file.detail) : [{ code: 'file.unreadable' as const, path: '$', params: { detail: 'not found' } }] };
    if (result.ok) return [result.value];
    warn(`The question pack ${path} named by the organisation profile is not used: ${listProblems(result.problems)}`);
    return [];
  });
  return { organisation, packs };
}

/** The version a stored file says it is, for the list even when it cannot be used. */
const versionOf = (raw: unknown): string => (raw && typeof raw === 'object' && typeof (raw as { version?: unknown }).version === 'string' ? (raw as { version: string }).version : '');

/** The setup from the deployment and the imported packs (in the order imported). */
export function assemble(deployment: Deployment, imported: readonly StoredPack[], warn: Warn): PackSetup {
  const readable = imported.map((stored) => ({ stored, parsed: parsePack(stored.raw, questionnaires, framework) }));
  const usable = readable.flatMap((r) => (r.parsed.ok ? [r.parsed.value] : []));
  const { packs, leftOut } = combinePacks([...deployment.packs, ...usable]);
  const clashOf = (pack: ContentPack) => leftOut.find((c) => c.pack === pack);
  const listedOf = (pack: ContentPack, source: ListedPack['source']): ListedPack => {
    const clash = clashOf(pack);
    return { id: pack.id, version: pack.version, source, questionnaires: pack.questionnaires, ...(clash ? { clashesWith: clash.clashesWith.id } : {}) };
  };
  for (const clash of leftOut) {
    if (deployment.packs.includes(clash.pack)) warn(`The question pack ${clash.pack.id} ${clash.pack.version} is not used: ${clash.code} with ${clash.clashesWith.id}`);
  }
  const listed: ListedPack[] = [
    ...deployment.packs.map((pack) => listedOf(pack, 'organisation')),
    ...readable.map(({ stored, parsed }) =>
      parsed.ok ? listedOf(parsed.value, 'imported') : ({ id: stored.id, version: versionOf(stored.raw), source: 'imported', questionnaires: [], unreadable: true } satisfies ListedPack),
    ),
  ];
  return { organisation: deployment.organisation, packs, listed };
}
