/**
 * Pieces the comparison document (comparison/document.tsx) draws with: a
 * section title, a subheading, the one line of an empty section, answers,
 * bullets. The assessment report draws its model instead (pdf/blocks.tsx).
 * Titles and labels are emitted as siblings of what follows them, so that
 * `minPresenceAhead` keeps them with it.
 */
import { Text, View } from '@react-pdf/renderer';
import { KEEP_HEADING, KEEP_LABEL, KEEP_TITLE } from '../keep';
import { styles } from '../styles';
import type { Answer, Translate } from '../types';

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

/** The footer on every page of the workshop documents: the tool's name and "Page 2 of 5". */
export function PageFooter({ t }: { t: Translate }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{t('app.name')}</Text>
      <Text render={({ pageNumber, totalPages }) => t('report.pageOf', { page: pageNumber, total: totalPages })} />
    </View>
  );
}
