/**
 * The debrief of several workshop groups' assessments of one case. Files
 * are read through the same checked import as on the start page, evaluated
 * once each, and kept only in this screen's memory: nothing here touches
 * the assessments saved in this browser. The same assessment twice (a file
 * dropped again, or a re-save of it) is refused with the column it repeats.
 * The trainer's merges and splits of the affected groups are kept here as a
 * `Grouping`. Loaded with React.lazy, and the PDF code only on the download.
 * In a build with a sync server, a trainer can also add the groups' hand-ins
 * of a workshop session there (workshop-debrief.tsx), checked the same way.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareAssessments, duplicateOf, groupName, mergeRows, splitRow, type CompareEntry, type Grouping } from '../assessment/comparison';
import { evaluate } from '../assessment/evaluate';
import { ensureLanguage } from '../i18n/load';
import { formatProblem } from '../i18n/problems';
import type { Language } from '../i18n/resources';
import { framework } from '../questionnaire/catalogue';
import type { Problem } from '../questionnaire/problems';
import { CompareScreen, type Rejected } from '../ui/compare/compare-screen';
import { withoutColumn } from '../ui/compare/debrief-parts';
import { readAssessmentFile } from './saved-data';
import { questionnaireFor } from './questionnaire-for';
import { syncServerUrl } from './sync-config';
import { DebriefFromServer } from './workshop-debrief';

/** Reads one picked file into an entry, or says why it was refused. */
async function readEntry(picked: File): Promise<CompareEntry | { problems: Problem[] }> {
  const parsed = await readAssessmentFile(picked);
  if (!parsed.ok) return { problems: parsed.problems };
  // readAssessmentFile refuses an assessment of a questionnaire this version does not ship.
  const file = questionnaireFor(parsed.value)!;
  return { fileName: picked.name, file, assessment: parsed.value, result: evaluate(file, framework, parsed.value) };
}

export default function ComparePage() {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<CompareEntry[]>([]);
  const [grouping, setGrouping] = useState<Grouping | undefined>();
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [reading, setReading] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const comparison = useMemo(() => (entries.length ? compareAssessments(entries, framework, grouping) : undefined), [entries, grouping]);

  useEffect(() => {
    document.title = `${t('compare.heading')} – ${t('app.name')}`;
  }, [t]);

  /** Adds what was read (a file's entry, or why it was refused), refusing the same assessment twice. */
  const accept = (outcomes: { name: string; outcome: CompareEntry | { problems: Problem[] } }[]) => {
    const added: CompareEntry[] = [];
    const refused: Rejected[] = [];
    for (const { name, outcome } of outcomes) {
      if ('problems' in outcome) {
        refused.push({ fileName: name, messages: outcome.problems.map((p) => formatProblem(t, p)) });
        continue;
      }
      // Against the groups already compared and those added from the same drop.
      const known = [...entries, ...added];
      const same = duplicateOf(known, outcome);
      if (same >= 0) refused.push({ fileName: name, duplicateOf: groupName(known[same]!, framework) });
      else added.push(outcome);
    }
    setEntries((before) => [...before, ...added]);
    setRejected(refused);
    setAnnouncement(added.length ? t('compare.added', { count: added.length }) : '');
  };

  const read = async (files: File[]) => {
    setReading(true);
    accept(await Promise.all(files.map(async (f) => ({ name: f.name, outcome: await readEntry(f) }))));
    setReading(false);
  };

  const remove = (index: number) => {
    const name = comparison?.columns[index] ?? '';
    setEntries((before) => before.filter((_, i) => i !== index));
    setGrouping((before) => (before ? withoutColumn(before, index) : before));
    setAnnouncement(t('compare.removed', { name }));
  };

  const merge = (a: number, b: number) => {
    if (!comparison) return;
    const rows = comparison.parts.affected.rows;
    setGrouping(mergeRows(comparison.parts.affected.grouping, a, b));
    setAnnouncement(t('compare.merged', { name: rows[a]?.label ?? '', other: rows[b]?.label ?? '' }));
  };

  const split = (row: number) => {
    if (!comparison) return;
    setGrouping(splitRow(comparison.parts.affected.grouping, row));
    setAnnouncement(t('compare.splitDone', { name: comparison.parts.affected.rows[row]?.label ?? '' }));
  };

  const download = async (lang: Language) => {
    if (!comparison) return;
    // The PDF may be in the language not shown on screen: make sure its texts are here.
    const [{ downloadComparisonPdf }] = await Promise.all([import('../report/comparison/browser'), ensureLanguage(i18n, lang)]);
    await downloadComparisonPdf(comparison, i18n.getFixedT(lang), lang);
  };

  return (
    <CompareScreen
      comparison={comparison}
      rejected={rejected}
      reading={reading}
      announcement={announcement}
      onFiles={(files) => void read(files)}
      onRemove={remove}
      onMerge={merge}
      onSplit={split}
      onDownload={download}
      fromServer={syncServerUrl() ? <DebriefFromServer onAdd={(handIns) => accept(handIns.map((entry) => ({ name: entry.fileName, outcome: entry })))} /> : undefined}
    />
  );
}
