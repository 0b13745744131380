/**
 * An organisation's profile: what a deployment of the app says about the
 * municipality or region that runs it. Its name, the committees an
 * assessment can be written for, who to contact about the tool, and the
 * question packs (pack.ts) every assessment there is answered with. It lives
 * in a folder beside the built app (`org/organisation.json`), so one build
 * serves any organisation and the organisation changes it without a build.
 *
 * Every name is given in every language of the app, as the model's own texts
 * are: an English report names the committee in English.
 */
import { z } from 'zod';
import { inEveryLanguage } from './pack';
import { fromZodIssues, type Problem } from './problems';
import type { Parsed } from './load';

/** The profile format version this code reads. */
export const ORGANISATION_SCHEMA_VERSION = 1;

const Name = z.string().trim().min(1).max(200);

/** A name in every language of the app. */
const ZNames = inEveryLanguage(Name);

export const ZOrganisation = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('organisation'),
    schemaVersion: z.literal(ORGANISATION_SCHEMA_VERSION),
    /** The municipality or region: `Norrby kommun` / `Norrby Municipality`. */
    name: ZNames,
    /** The committees (nämnder) and boards an assessment can be written for, offered when one is named. */
    committees: z.array(ZNames).default([]),
    /** Who answers questions about the tool and its packs in the organisation. */
    contact: z
      .strictObject({
        name: Name.optional(),
        email: z.email().optional(),
        phone: Name.optional(),
        url: z.url({ protocol: /^https?$/ }).optional(),
      })
      .optional(),
    /** The organisation's question packs, as paths relative to this file: `packs/goals.json`. */
    packs: z
      .array(
        z
          .string()
          .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[\w./-]+\.json$/, 'a pack is named by a path to a .json file inside the folder, without ".." or a leading "/"'),
      )
      .default([]),
  })
  .describe('The profile of an organisation running Jämlikhetskollen: its name, committees, contact and question packs.');

export type Organisation = z.infer<typeof ZOrganisation>;

/** Parses a profile; problems carry JSON paths into the file. */
export function parseOrganisation(raw: unknown): Parsed<Organisation> {
  const result = ZOrganisation.safeParse(raw);
  if (!result.success) return { ok: false, problems: fromZodIssues(result.error.issues, raw) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  result.data.packs.forEach((path, i) => {
    if (seen.has(path)) problems.push({ code: 'id.duplicate', path: `$.packs[${i}]`, params: { id: path } });
    seen.add(path);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}
