/**
 * Several assessments of the same case side by side, as a workshop trainer
 * compares what each group arrived at: the five statuses per assessment
 * (read from each `evaluate()` result, never recomputed), the affected
 * groups each one found (the union, and who found which), and the measures
 * each one proposed. Pure: the comparison screen and its PDF word it in
 * their own language.
 */
import { displayName, type Assessment } from './assessment';
import { createContext } from './context';
import type { AssessmentResult, RecommendationId, Status } from './result';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';

/** One imported assessment, with the result `evaluate()` gave for it. */
export interface CompareEntry {
  /** The name of the file it was read from (names a column when titles clash). */
  fileName: string;
  file: QuestionnaireFile;
  assessment: Assessment;
  result: AssessmentResult;
}

export interface ComparedMeasure {
  id: string;
  what: string;
  /** Names of the affected groups the measure is for. */
  addresses: string[];
}

export interface Comparison {
  /** One per entry, in order: the assessment's name, else its title, else the file name. */
  columns: string[];
  /** The file each column was read from. */
  fileNames: string[];
  /** The five recommendations, each with one status per column. */
  recommendations: Array<{ id: RecommendationId; statuses: Status[] }>;
  /** Every affected group named by any column, in order of first appearance, with who named it. */
  groups: Array<{ name: string; foundBy: boolean[] }>;
  /** The measures of each column. */
  measures: ComparedMeasure[][];
  /** Whether the entries answer different questionnaires (a note for the reader). */
  mixedQuestionnaires: boolean;
}

/** Group names match when they differ only in case and spacing ("Äldre  i Norrby" = "äldre i norrby"). */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Column names: the assessment's own name where it is unique, otherwise its file name (numbered if that clashes too). */
function columnNames(entries: CompareEntry[]): string[] {
  const names = entries.map((e) => displayName(e.file, e.assessment));
  const clash = (name: string) => !name || names.filter((n) => n === name).length > 1;
  const chosen = names.map((name, i) => (clash(name) ? entries[i]!.fileName : name));
  return chosen.map((name, i) => {
    const same = chosen.filter((n, j) => n === name && j < i).length;
    return chosen.filter((n) => n === name).length > 1 ? `${name} (${same + 1})` : name;
  });
}

function measuresOf(entry: CompareEntry, framework: Framework): ComparedMeasure[] {
  const ctx = createContext(entry.file, framework, entry.assessment.answers);
  const groupTitle = new Map(entry.result.heatmap.groups.map((g) => [g.id, g.title]));
  return ctx.items('measures').map((item) => {
    const addresses = ctx.field(item, 'measure-addresses');
    const ids = Array.isArray(addresses) ? addresses : typeof addresses === 'string' && addresses ? [addresses] : [];
    return { id: item.id, what: item.title, addresses: ids.map((id) => groupTitle.get(id) ?? id) };
  });
}

/** Builds the comparison of `entries` (at least one), all evaluated against `framework`. */
export function compareAssessments(entries: CompareEntry[], framework: Framework): Comparison {
  const groups: Comparison['groups'] = [];
  const byKey = new Map<string, Comparison['groups'][number]>();
  entries.forEach((entry, column) => {
    for (const g of entry.result.heatmap.groups) {
      const key = nameKey(g.title);
      let row = byKey.get(key);
      if (!row) {
        row = { name: g.title.trim(), foundBy: entries.map(() => false) };
        byKey.set(key, row);
        groups.push(row);
      }
      row.foundBy[column] = true;
    }
  });
  return {
    columns: columnNames(entries),
    fileNames: entries.map((e) => e.fileName),
    recommendations: framework.recommendations.map((r) => ({
      id: r.id,
      statuses: entries.map((e) => e.result.recommendations.find((x) => x.id === r.id)?.status ?? 'not-answered'),
    })),
    groups,
    measures: entries.map((e) => measuresOf(e, framework)),
    mixedQuestionnaires: new Set(entries.map((e) => e.file.id)).size > 1,
  };
}
