/**
 * Pieces the comparison document (comparison/document.tsx) draws with: a
 * section title, a subheading, the one line of an empty section, answers,
 * bullets. The assessment report draws its model instead (pdf/blocks.tsx).
 * Titles and labels are emitted as siblings of what follows them, so that
 * `minPresenceAhead` keeps them with it.
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { KEEP_HEADING, KEEP_LABEL, KEEP_TITLE } from '../keep';
import { absenceText, type SectionCtx } from '../section-data';
import { styles } from '../styles';
import type { Answer, Part } from '../types';

export { absenceText, type SectionCtx } from '../section-data';

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
