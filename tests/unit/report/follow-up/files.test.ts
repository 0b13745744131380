// @vitest-environment node
// The follow-up addendum as files, made through the report worker's handler
// as the page posts the job: the PDF read back with pdftotext (title, the
// decision on record, the table's figures, the chart's labels, the findings)
// and carrying the assessment; the HTML page with its headings, captions
// and data block; the Word file with its headings and tables. Each file is
// named after the assessment with the follow-up's date.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentFromHtml } from '../../../../src/assessment/html-embed';
import { assessmentFromPdf } from '../../../../src/assessment/pdf-embed';
import { loadLanguage } from '../../../../src/i18n/load';
import type { Language } from '../../../../src/i18n/languages';
import { registerNodeFonts } from '../../../../src/report/node-fonts';
import { handleMessage } from '../../../../src/report/worker/handler';
import { STAGES, type FollowUpJob, type ReportKind, type WorkerReply } from '../../../../src/report/worker/protocol';
import { readDocx, styled } from '../docx-xml';
import { normalise, OUT } from '../render';
import { assessmentWith, proposal, spring } from './fixture';

registerNodeFonts();

async function jobOf(kind: ReportKind, lang: Language = 'sv', interfaceLang: Language = lang, followUpId = spring.id, assessment = assessmentWith()): Promise<FollowUpJob> {
  return { document: 'follow-up', kind, request: { file: proposal, assessment, followUpId, lang }, texts: await loadLanguage(lang), interfaceLang };
}

/** Posts `job` as postMessage would (a structured clone) and collects the replies. */
async function post(job: FollowUpJob): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = [];
  await handleMessage(structuredClone({ type: 'render' as const, id: 3, job }), (reply, transfer) => replies.push(structuredClone(reply, { transfer })));
  return replies;
}

async function made(job: FollowUpJob) {
  const replies = await post(job);
  const done = replies.at(-1)!;
  if (done.type !== 'done') throw new Error(JSON.stringify(done));
  return { file: done.file, stages: replies.flatMap((r) => (r.type === 'progress' ? [r.stage] : [])) };
}

describe('the follow-up addendum as files', () => {
  it('makes the PDF in the report’s four stages, reading back what the model says, with the assessment attached', async () => {
    const { file, stages } = await made(await jobOf('pdf'));
    expect(stages).toEqual(STAGES.pdf);
    expect(file.name).toBe('kortare-oppettider-pa-norrby-bibliotek-uppfoljning-2027-04-15.pdf');
    if (typeof file.content === 'string') throw new Error('not bytes');
    const path = join(OUT, 'follow-up-sv.pdf');
    writeFileSync(path, file.content);
    const text = normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }));
    for (const said of [
      'Tillägg till konsekvensbedömning för jämlikhet',
      'Uppföljning av konsekvensbedömning för jämlikhet: Kortare öppettider på Norrby bibliotek',
      'Diarienummer KFN 2026/112',
      'Paragraf § 41',
      'Uppföljningens datum 15 april 2027',
      // The chart: its title, the legend and each bar's value in words.
      'Diagram: ”Besök av skolbarn” efter kön',
      'Före: 120',
      'Nu: 100',
      // The table after it.
      'Pojkar 80 100 +20',
      'Åtgärden ”Kampanj för digitala lånekort” är inte genomförd.',
      'Tidigare uppföljningar',
      'Sida 1 av',
    ]) {
      expect(text).toContain(said);
    }
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Uppföljning av konsekvensbedömning för jämlikhet: Kortare öppettider på Norrby bibliotek/);
    const carried = await assessmentFromPdf(file.content);
    expect(carried.ok && carried.value.followUps.map((f) => f.id)).toEqual(['f-2026-10', spring.id]);
  });

  it('makes the HTML page: one h1, the sections as h2, tables with captions and header cells, the assessment in its data block', async () => {
    const { file, stages } = await made(await jobOf('html', 'en', 'sv'));
    expect(stages).toEqual(STAGES.html);
    // An English file on a Swedish screen says its language in its name.
    expect(file.name).toBe('kortare-oppettider-pa-norrby-bibliotek-follow-up-2027-04-15.en.html');
    const html = String(file.content);
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h1>Follow-up of equity impact assessment: Kortare öppettider på Norrby bibliotek</h1>');
    expect([...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(['Summary', 'Indicators', 'Measures', 'Earlier follow-ups']);
    expect(html).toMatch(/<caption[^>]*>“Besök av skolbarn” by sex: before and now \(besök per vecka\)<\/caption>/);
    expect(html).toMatch(/<th scope="col"[^>]*>(<span[^>]*>)?Before/);
    expect(html).toMatch(/<th scope="row"[^>]*><span class="line">Pojkar<\/span><\/th>/);
    const carried = assessmentFromHtml(html);
    expect(carried.ok && carried.value.followUps).toHaveLength(2);
  });

  it('makes the Word file with the title, the sections as headings and the tables with header rows', async () => {
    const { file, stages } = await made(await jobOf('docx'));
    expect(stages).toEqual(STAGES.docx);
    expect(file.name).toBe('kortare-oppettider-pa-norrby-bibliotek-uppfoljning-2027-04-15.docx');
    if (typeof file.content === 'string') throw new Error('not bytes');
    const read = readDocx(file.content);
    expect(styled(read, 'Title')).toEqual(['Uppföljning av konsekvensbedömning för jämlikhet: Kortare öppettider på Norrby bibliotek']);
    expect(styled(read, 'Heading1')).toEqual(['Om uppföljningen', 'Sammanfattning', 'Indikatorer', 'Åtgärder', 'Tidigare uppföljningar', 'Om underlaget']);
    expect(read.tables.map((t) => [t.firstRow, t.headerRows])).toEqual([
      ['KönFöreNuFörändring', 1],
      ['ÅtgärdGenomfördKostnadKommentar', 1],
      ['UppföljningIndikatorSkillnaderna mellan grupperna', 1],
    ]);
    expect(read.languages).toEqual(new Set(['sv-SE']));
  });

  it('prints the user’s words the fonts cannot draw as ASCII or a visible mark in the PDF, and keeps them in the HTML', async () => {
    const summary = 'Besöken ökade → 20 % fler 📚';
    const assessment = assessmentWith({ followUps: [{ ...spring, summary }] });
    const pdf = await made(await jobOf('pdf', 'sv', 'sv', spring.id, assessment));
    if (typeof pdf.file.content === 'string') throw new Error('not bytes');
    const path = join(OUT, 'follow-up-printable.pdf');
    writeFileSync(path, pdf.file.content);
    expect(normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }))).toContain('Besöken ökade -> 20 % fler \uFFFD');
    const html = await made(await jobOf('html', 'sv', 'sv', spring.id, assessment));
    expect(String(html.file.content)).toContain(`<p>${summary}</p>`);
  });

  it('answers a follow-up the assessment does not hold with an error', async () => {
    const replies = await post(await jobOf('html', 'sv', 'sv', 'f-missing'));
    expect(replies.at(-1)?.type).toBe('error');
  });
});
