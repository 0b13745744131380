// @vitest-environment node
// Where the addendum's section ids could meet the report's: the ids it
// carries (some borrowed from the report, see ADDENDUM_SECTIONS), and the
// files, which must carry no anchor, bookmark or link made from a section
// id, so that no link can land in the wrong document's section. In the
// HTML page every id is unique and every reference to one resolves.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n';
import { followUpDocx, followUpHtml } from '../../../../src/report/follow-up/files';
import { ADDENDUM_SECTIONS, followUpModel, type FollowUpModel } from '../../../../src/report/follow-up/model';
import type { SectionId } from '../../../../src/report/model/types';
import { readDocx } from '../docx-xml';
import { assessmentWith, requestFor, spring } from './fixture';

/** Every id the report's model knows (src/report/model/types.ts), the addendum's among them. */
const REPORT_IDS: SectionId[] = [
  'cover', 'summary', 'decision', 'known-gaps', 'proposal', 'screening', 'groups', 'representation', 'resources', 'norms', 'barriers',
  'consequences', 'evidence', 'check', 'findings', 'measures', 'follow-up', 'conclusion', 'appendix',
];

function model(): { model: FollowUpModel; request: ReturnType<typeof requestFor> } {
  const request = requestFor(assessmentWith(), spring.id);
  const built = followUpModel(request, new Date('2027-04-20T10:00:00Z'));
  if (!built) throw new Error('no model');
  return { model: built, request };
}

describe('the addendum’s section ids', () => {
  it('are those of ADDENDUM_SECTIONS, each once, in the addendum’s order', () => {
    const ids = model().model.sections.map((s) => s.id);
    expect(ids).toEqual(Object.values(ADDENDUM_SECTIONS));
    expect(new Set(ids).size).toBe(ids.length);
    // The charts sit in the indicators' section.
    expect(new Set(model().model.charts.map((c) => c.section))).toEqual(new Set([ADDENDUM_SECTIONS.indicators]));
  });

  it('become no anchor in the HTML page, whose own ids are unique and all resolve', () => {
    const { model: built, request } = model();
    const html = followUpHtml(built, request);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => (REPORT_IDS as string[]).includes(id))).toEqual([]);
    const references = [...html.matchAll(/\saria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    const links = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]!);
    expect([...references, ...links].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('become no bookmark or internal link in the Word file', async () => {
    const { model: built } = model();
    const read = readDocx(await followUpDocx(built, createI18n('sv').t));
    const names = [...read.document.matchAll(/<w:bookmarkStart[^>]*w:name="([^"]+)"/g)].map((m) => m[1]!);
    const anchors = [...read.document.matchAll(/w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect([...names, ...anchors].filter((n) => (REPORT_IDS as string[]).includes(n))).toEqual([]);
  });
});
