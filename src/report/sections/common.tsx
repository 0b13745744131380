/**
 * Pieces every section uses: its title, the one line that says why a
 * section has nothing to show, a list of answers, bullets. Titles and labels
 * are emitted as siblings of what follows them (see rows.tsx), so that
 * `minPresenceAhead` keeps them with it.
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { AssessmentResult } from '../../assessment/result';
import type { Language } from '../../i18n/resources';
import { KEEP_HEADING, KEEP_LABEL, KEEP_TITLE } from '../keep';
import type { Line } from '../table';
import { styles } from '../styles';
import type { Absence, Answer, Part, Translate } from '../types';
import type { Wording } from '../wording';

/** What a section needs besides its own data. */
export interface SectionCtx {
  t: Translate;
  lang: Language;
  w: Wording;
  depth: AssessmentResult['depth'];
}

export function SectionTitle({ title, newPage = false }: { title: string; newPage?: boolean }) {
  return (
    <Text style={styles.sectionTitle} minPresenceAhead={KEEP_TITLE} break={newPage}>
      {title}
    </Text>
  );
}

export function Subheading({ children }: { children: string }) {
  return (
    <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING}>
      {children}
    </Text>
  );
}

const DEPTH = { 'no-analysis': 'report.depth.noAnalysis', light: 'report.depth.light', full: 'report.depth.full' } as const;

/** The line printed instead of a section's content, saying why there is none. */
export function absenceText(ctx: SectionCtx, absence: Absence): string {
  if (absence === 'not-on-branch') {
    return ctx.depth ? ctx.t('report.empty.notOnBranch', { depth: ctx.t(DEPTH[ctx.depth]) }) : ctx.t('report.empty.notOnBranchPlain');
  }
  return ctx.t('report.empty.noAnswers');
}

/**
 * A section fed by a part of the answers: its title, then its content, or
 * one line saying why there is none. Left out entirely when the
 * questionnaire has no such questions at all.
 */
export function PartSection<T>({ ctx, title, part, children }: { ctx: SectionCtx; title: string; part: Part<T>; children: (value: T) => ReactNode }) {
  if (part.state === 'not-in-questionnaire') return null;
  return (
    <>
      <SectionTitle title={title} />
      {part.state === 'shown' ? children(part.value) : <Empty>{absenceText(ctx, part.state)}</Empty>}
    </>
  );
}

export function Empty({ children }: { children: string }) {
  return <Text style={styles.empty}>{children}</Text>;
}

/** Questions and answers: the label in bold, then the answer (one line per chosen option). */
export function Answers({ answers }: { answers: Answer[] }) {
  return (
    <>
      {answers.flatMap((a, i) => [
        <Text key={`l${i}`} style={styles.label} minPresenceAhead={KEEP_LABEL}>
          {a.label}
        </Text>,
        <Text key={`v${i}`}>{a.value.join(a.value.length > 2 ? '\n' : ', ')}</Text>,
      ])}
    </>
  );
}

/** Characters beyond which a bullet may break across pages (about a third of a page). */
const LONG_BULLET = 900;

export function Bullets({ items, mark = '•' }: { items: string[]; mark?: string }) {
  return (
    <>
      {items.map((item, i) => (
        // Whole, unless too long to move: a split row would leave its bullet alone at the foot of a page.
        <View key={i} style={styles.bullet} wrap={item.length > LONG_BULLET}>
          <Text style={styles.bulletMark}>{mark}</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </>
  );
}

/** An item's other answers as lines of a table cell: each label muted, then its answer. */
export function answerLines(answers: Answer[]): Line[] {
  return answers.flatMap((a): Line[] => [{ text: a.label, tone: 'muted' }, a.value.join(', ')]);
}
