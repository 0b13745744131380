/**
 * The first page: what was assessed, for which committee, by whom and when,
 * where the assessment stands (its overall judgement), which questionnaire
 * and content versions the answers follow, and where the model comes from
 * (so nobody mistakes it for the official handbook).
 */
import { Text, View } from '@react-pdf/renderer';
import { styles } from '../styles';
import type { ReportMeta, Translate } from '../types';

function CoverRow({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <View style={styles.coverRow} wrap={false}>
      <Text style={styles.coverLabel}>{label}</Text>
      <Text style={styles.coverValue}>{value}</Text>
    </View>
  );
}

export function Cover({ title, meta, t }: { title: string; meta: ReportMeta; t: Translate }) {
  return (
    <View>
      <Text style={styles.kicker}>{t('report.kicker')}</Text>
      <Text style={styles.title}>{title}</Text>
      <CoverRow label={t('report.cover.organisation')} value={meta.organisation} />
      <CoverRow label={t('report.cover.committee')} value={meta.committee} />
      <CoverRow label={t('report.cover.decisionType')} value={meta.decisionType} />
      <CoverRow label={t('report.cover.date')} value={meta.date} />
      <CoverRow label={t('report.cover.assessors')} value={meta.assessors} />
      {meta.judgementAsked && <CoverRow label={t('report.cover.status')} value={meta.judgement ?? t('report.cover.noJudgement')} />}
      <CoverRow label={t('report.cover.depth')} value={meta.depth} />
      <CoverRow label={t('report.cover.questionnaire')} value={t('report.cover.versioned', { title: meta.questionnaireTitle, version: meta.contentVersion })} />
      <CoverRow label={t('report.cover.framework')} value={t('report.cover.versioned', { title: meta.frameworkTitle, version: meta.frameworkVersion })} />
      <Text style={styles.provenance}>{t('report.cover.provenance')}</Text>
    </View>
  );
}
