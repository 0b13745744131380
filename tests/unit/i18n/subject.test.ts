// Per-questionnaire wording through i18next's context: a text key is looked
// up as `<key>_service` for an audit of a service and falls back to `<key>`
// when no variant exists (https://www.i18next.com/translation-function/context),
// plurals included; a proposal never sees a variant.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { subjectContext, withSubject } from '../../../src/i18n/subject';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import sv from '../../../locales/sv/ui.json';
import svAudit from '../../../locales/sv/content/service-audit.json';

const i18n = createI18n('sv');
const { t } = i18n;
const audit = questionnaires.find((q) => q.subject === 'service')!;
const proposal = questionnaires.find((q) => q.subject === 'proposal')!;

describe('subjectContext', () => {
  it('is "service" for an audit of a service and none for a proposal or no questionnaire', () => {
    expect(subjectContext(audit)).toBe('service');
    expect(subjectContext(proposal)).toBeUndefined();
    expect(subjectContext(undefined)).toBeUndefined();
  });
});

describe('i18next context lookup', () => {
  it('reads the variant where there is one', () => {
    expect(sv.report.kicker_service).toBeTruthy();
    expect(t('report.kicker', { context: 'service' })).toBe(sv.report.kicker_service);
    expect(t('report.kicker', { context: 'service' })).not.toBe(t('report.kicker'));
  });

  it('falls back to the base key where there is none', () => {
    expect(Object.keys(sv.report.cover)).not.toContain('date_service');
    expect(t('report.cover.date', { context: 'service' })).toBe(sv.report.cover.date);
  });

  it('picks the plural form of the variant, and of the base key when the variant has none', () => {
    expect(t('decisionText.knowledge-gaps', { context: 'service', count: 2, countText: 'två' })).toBe('I granskningen finns två frågor som ännu inte kan besvaras.');
    expect(t('decisionText.short-under', { context: 'service', count: 1, groups: 'Nyanlända' })).toBe('En grupp är underrepresenterad bland användarna: Nyanlända.');
  });

  it('words a criterion for an audit from the content namespace, falling back to the proposal’s wording', () => {
    const r1 = (svAudit as { criteria: Record<string, Record<string, Record<string, string>>> }).criteria.r1!;
    const [id, texts] = Object.entries(r1).find(([, v]) => v.label_service)!;
    expect(t(`content:criteria.r1.${id}.label`, { context: 'service' })).toBe(texts.label_service);
    expect(t(`content:criteria.r1.${id}.label`)).not.toBe(texts.label_service);
    // A criterion whose hint has no audit variant: the proposal's hint is shown.
    const [plain] = Object.entries(r1).find(([k, v]) => !v.hint_service && i18n.exists(`content:criteria.r1.${k}.hint`)) ?? [];
    expect(plain).toBeDefined();
    expect(t(`content:criteria.r1.${plain}.hint`, { context: 'service' })).toBe(t(`content:criteria.r1.${plain}.hint`));
  });
});

describe('withSubject', () => {
  it('gives every key the audit’s context, and leaves a proposal’s translation function as it is', () => {
    const asAudit = withSubject(t, subjectContext(audit));
    expect(asAudit('report.kicker')).toBe(sv.report.kicker_service);
    expect(asAudit('report.cover.date')).toBe(sv.report.cover.date);
    expect(withSubject(t, subjectContext(proposal))).toBe(t);
  });

  it('lets a context given with a call win', () => {
    const asAudit = withSubject(t, 'service');
    expect(asAudit('report.kicker', { context: undefined })).toBe(sv.report.kicker);
  });
});
