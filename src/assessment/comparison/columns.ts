/**
 * A column per workshop group. Every group's copy of a case has the case's
 * title and often the same file name, so the title is the last resort: a
 * group's name (the assessment's name, or who made it) labels the column.
 */
import { displayName } from '../assessment';
import { createContext } from '../context';
import type { Framework } from '../../questionnaire/schema';
import type { ColumnSource, CompareEntry } from './types';

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The group's own name for an entry: its name, else who made it, else its title, else its file name. */
export function groupName(entry: CompareEntry, framework: Framework): string {
  const own = oneLine(entry.assessment.name);
  if (own) return own;
  const assessors = createContext(entry.file, framework, entry.assessment.answers).first('meta-assessors')?.value;
  if (typeof assessors === 'string' && assessors.trim()) return oneLine(assessors);
  return oneLine(displayName(entry.file, entry.assessment)) || entry.fileName;
}

/** Column labels: each group's name, numbered "(1)", "(2)" … only where two are still the same. */
export function columnLabels(entries: CompareEntry[], framework: Framework): string[] {
  const names = entries.map((e) => groupName(e, framework));
  const key = (name: string) => name.toLocaleLowerCase('sv');
  return names.map((name, i) => {
    const same = names.filter((n) => key(n) === key(name));
    if (same.length < 2) return name;
    return `${name} (${names.slice(0, i).filter((n) => key(n) === key(name)).length + 1})`;
  });
}

export function columnSources(entries: CompareEntry[]): ColumnSource[] {
  return entries.map((e) => ({
    fileName: e.fileName,
    assessmentId: e.assessment.id,
    questionnaireId: e.file.id,
    depth: e.result.depth,
  }));
}

/**
 * The index of an entry that is the same assessment as `candidate` (the same
 * file loaded twice, or a re-save of it), or -1. The screen refuses such a
 * file with a message instead of adding a second column for the same group.
 */
export function duplicateOf(entries: readonly Pick<CompareEntry, 'assessment'>[], candidate: Pick<CompareEntry, 'assessment'>): number {
  return entries.findIndex((e) => e.assessment.id === candidate.assessment.id);
}
