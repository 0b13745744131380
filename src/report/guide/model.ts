/**
 * The facilitator guide as worded data: a workshop plan as a timed agenda
 * (each part's start from 0:00 and its minutes), a short checklist for
 * before the workshop, then each part with what to do: an activity's guide
 * text, or, per step, its purpose and the notes' prompts and pitfalls. With
 * a case chosen, notes that speak of another case are left out
 * (`notesFor`).
 */
import type { Language } from '../../i18n/resources';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import { notesFor, partStarts, type Plan, type Workshop } from '../../questionnaire/workshop';
import type { Translate } from '../types';

export interface AgendaRow {
  /** "0:00", "1:05": when the part starts, from the start of the workshop. */
  start: string;
  minutes: number;
  label: string;
}

export interface GuideStep {
  id: string;
  title: string;
  purpose: string;
  prompts: string[];
  pitfalls: string[];
}

export interface GuidePart {
  agenda: AgendaRow;
  /** An activity's guide text, in paragraphs (empty for a slot of steps). */
  text: string[];
  steps: GuideStep[];
}

export interface Guide {
  title: string;
  questionnaireTitle: string;
  /** The case's title, when the guide is for a worked example. */
  caseTitle?: string;
  minutes: number;
  parts: GuidePart[];
  /** The checklist for before the workshop. */
  before: string[];
  lang: Language;
}

export interface GuideRequest {
  file: QuestionnaireFile;
  workshop: Workshop;
  plan: Plan;
  /** The worked example being run, if any (its id) and its title. */
  caseId?: string;
  caseTitle?: string;
  t: Translate;
  lang: Language;
}

/** "1:05" for 65 minutes. */
export const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

const BEFORE = ['guide.before.print', 'guide.before.groups', 'guide.before.screen', 'guide.before.devices', 'guide.before.collect'] as const;

const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

export function guideModel({ file, workshop, plan, caseId, caseTitle, t, lang }: GuideRequest): Guide {
  const starts = partStarts(plan);
  const stepIds = new Set(file.steps.map((s) => s.id));
  const parts = plan.parts.map((part, i): GuidePart => {
    const at = { start: clock(starts[i]!), minutes: part.minutes };
    if ('activity' in part) {
      // The activity's words are content, written with the plans (locales/<lang>/content/workshop.json).
      return {
        agenda: { ...at, label: t(`content:workshop.activities.${part.activity}.title`) },
        text: paragraphs(t(`content:workshop.activities.${part.activity}.guide`)),
        steps: [],
      };
    }
    const steps = part.steps.filter((id) => stepIds.has(id)).map((id): GuideStep => {
      const notes = notesFor(workshop, id, caseId);
      const note = (list: 'prompts' | 'pitfalls') => (notes?.[list] ?? []).map((n) => t(`content:workshop.${id}.${list}.${typeof n === 'string' ? n : n.id}`));
      return { id, title: t(`content:steps.${id}.title`), purpose: t(`content:steps.${id}.purpose`), prompts: note('prompts'), pitfalls: note('pitfalls') };
    });
    return { agenda: { ...at, label: steps.map((s) => s.title).join(' / ') }, text: [], steps };
  });
  return {
    title: t('guide.title'),
    questionnaireTitle: t(`content:questionnaires.${file.id}.title`),
    ...(caseTitle ? { caseTitle } : {}),
    minutes: plan.minutes,
    parts,
    before: BEFORE.map((key) => t(key)),
    lang,
  };
}
