/**
 * The first block of the report: what was assessed, by whom and when, which
 * questionnaire and content version the answers follow, and where the model
 * comes from (so nobody mistakes it for the official handbook).
 */
import { Text, View } from '@react-pdf/renderer';
import { styles } from './styles';
import type { ReportMeta, Translate } from './types';

interface Props {
  title: string;
  meta: ReportMeta;
  t: Translate;
}

function CoverRow({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <View style={styles.coverRow}>
      <Text style={styles.coverLabel}>{label}</Text>
      <Text style={styles.coverValue}>{value}</Text>
    </View>
  );
}

export function Cover({ title, meta, t }: Props) {
  return (
    <View style={styles.cover}>
      <Text style={styles.kicker}>{t('report.kicker')}</Text>
      <Text style={styles.title}>{title}</Text>
      <CoverRow label={t('report.cover.questionnaire')} value={meta.questionnaireTitle} />
      <CoverRow label={t('report.cover.organisation')} value={meta.organisation} />
      <CoverRow label={t('report.cover.date')} value={meta.date} />
      <CoverRow label={t('report.cover.assessors')} value={meta.assessors} />
      <CoverRow label={t('report.cover.contentVersion')} value={meta.contentVersion} />
      <Text style={styles.provenance}>{t('report.cover.provenance')}</Text>
    </View>
  );
}
