// @vitest-environment node
// A report without repetition: by default the appendix lists only the
// answers the body does not print, and "with all answers" lists every
// answer of the branch taken. Checked on the model (each section names the
// answers it prints) against the answer list, and on the PDF's text.
import { describe, expect, it } from 'vitest';
import { answerList } from '../../../src/assessment/answer-list';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { refKey } from '../../../src/report/model/appendix';
import type { ReportModel } from '../../../src/report/model/types';
import { answerRefs } from '../../../src/report/report-parts';
import { renderAssessmentPdf } from '../../../src/report/node';
import { audit, COMPLETE, light, noAnalysis, stress, type Fixture } from './fixtures';
import { modelOf, requestOf } from './model';
import { pageCount } from './render';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const keys = (model: ReportModel, part: 'body' | 'appendix') => new Set(model.sections.filter((s) => (part === 'body' ? s.part !== 'appendix' : s.part === 'appendix')).flatMap((s) => s.shows ?? []).map(refKey));

/** Every answer of the branch taken, as the answer list gives them. */
function branchAnswers(fixture: Fixture): Set<string> {
  const file = questionnaires.find((q) => q.id === fixture.assessment.questionnaire.id)!;
  return new Set(answerList(file, framework, fixture.assessment.answers).flatMap((s) => answerRefs(s.rows)).map(refKey));
}

const FIXTURES: Fixture[] = [...COMPLETE, light(), noAnalysis(), audit(), stress()];

describe.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const unique = modelOf(fixture, 'unique');
  const all = modelOf(fixture, 'all');
  const branch = branchAnswers(fixture);

  it('unique: the appendix holds no answer the body shows, and every other answer of the branch', () => {
    const body = keys(unique, 'body');
    const appendix = keys(unique, 'appendix');
    expect(body.size).toBeGreaterThan(0);
    expect([...appendix].filter((k) => body.has(k))).toEqual([]);
    // Nothing is lost: what the body does not show, the appendix does.
    expect([...branch].filter((k) => !body.has(k) && !appendix.has(k))).toEqual([]);
  });

  it('all: the appendix holds every answer of the branch, and is longer than the unique one', () => {
    const appendix = keys(all, 'appendix');
    expect([...branch].filter((k) => !appendix.has(k))).toEqual([]);
    expect(appendix.size).toBeGreaterThan(keys(unique, 'appendix').size);
  });
});

describe('on paper', () => {
  it('the PDF with all answers is longer, and only its appendix repeats what the body shows', async () => {
    const fixture = COMPLETE.find((f) => f.name === 'digital-first')!;
    const dir = mkdtempSync(join(tmpdir(), 'appendix-'));
    const read = async (mode: 'unique' | 'all') => {
      const path = join(dir, `${mode}.pdf`);
      writeFileSync(path, await renderAssessmentPdf(requestOf(fixture, 'sv', mode)));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      const title = modelOf(fixture, mode).sections.find((s) => s.id === 'appendix')!.title;
      return { pages: pageCount(info), appendix: text.slice(text.lastIndexOf(title)) };
    };
    const unique = await read('unique');
    const all = await read('all');
    expect(all.pages).toBeGreaterThan(unique.pages);
    // The cover and the proposal section print these answers: only the full appendix repeats them.
    for (const id of ['basics.organisation', 'proposal.what']) {
      const answer = String(fixture.assessment.answers[id]).replace(/\s+/g, ' ');
      expect(all.appendix).toContain(answer);
      expect(unique.appendix).not.toContain(answer);
    }
  }, 120_000);
});
