/**
 * The comparison of several groups' assessments of one case. Files are read
 * through the same checked import as on the start page, evaluated once
 * each, and kept only in this screen's memory: nothing here touches the
 * assessments saved in this browser. Loaded with React.lazy, and the PDF
 * code only on the download.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareAssessments, type CompareEntry } from '../assessment/comparison';
import { evaluate } from '../assessment/evaluate';
import { ensureLanguage } from '../i18n/load';
import { formatProblem } from '../i18n/problems';
import type { Language } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';
import type { Problem } from '../questionnaire/problems';
import { CompareScreen, type Rejected } from '../ui/compare/compare-screen';
import { readAssessmentFile } from './import-file';

/** Reads one picked file into an entry, or says why it was refused. */
async function readEntry(picked: File): Promise<CompareEntry | { problems: Problem[] }> {
  const parsed = await readAssessmentFile(picked);
  if (!parsed.ok) return { problems: parsed.problems };
  // readAssessmentFile refuses an assessment of a questionnaire this version does not ship.
  const file = questionnaires.find((q) => q.id === parsed.value.questionnaire.id)!;
  return { fileName: picked.name, file, assessment: parsed.value, result: evaluate(file, framework, parsed.value) };
}

export default function ComparePage() {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<CompareEntry[]>([]);
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [reading, setReading] = useState(false);
  const comparison = useMemo(() => (entries.length ? compareAssessments(entries, framework) : undefined), [entries]);

  useEffect(() => {
    document.title = `${t('compare.heading')} – ${t('app.name')}`;
  }, [t]);

  const read = async (files: File[]) => {
    setReading(true);
    const outcomes = await Promise.all(files.map(async (f) => ({ name: f.name, outcome: await readEntry(f) })));
    setEntries((before) => [...before, ...outcomes.flatMap((r) => ('problems' in r.outcome ? [] : [r.outcome]))]);
    setRejected(outcomes.flatMap((r) => ('problems' in r.outcome ? [{ fileName: r.name, messages: r.outcome.problems.map((p) => formatProblem(t, p)) }] : [])));
    setReading(false);
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
      onFiles={(files) => void read(files)}
      onRemove={(index) => setEntries((before) => before.filter((_, i) => i !== index))}
      onDownload={download}
    />
  );
}
