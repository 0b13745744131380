// The results page of an audit of a service words its criteria as the audit
// does (`criteria.<id>.label_service`) and frames what to do as an audit:
// every criterion label on the page is the audit's, none the proposal's.
import { render, screen } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/resources';
import { ResultsScreen } from '../../../src/ui/results/results-screen';
import { homeCareAudit } from '../assessment/decision-text-cases';

const audit = homeCareAudit();

describe.each(LANGUAGES)('the results page of an audit (%s)', (lang) => {
  const i18n = createI18n(lang, [initReactI18next]);
  const t = i18n.t.bind(i18n);
  const criteria = audit.result.recommendations.flatMap((r) => r.criteria.map((c) => c.id));
  // Criteria whose label reads differently in an audit.
  const worded = criteria.filter((id) => i18n.exists(`content:criteria.${id}.label_service`));

  it('shows each criterion with the audit’s wording, never the proposal’s', () => {
    expect(worded.length).toBeGreaterThan(10);
    render(
      <I18nextProvider i18n={i18n}>
        <ResultsScreen result={audit.result} file={audit.file} onFix={vi.fn<(stepId: string) => void>()} />
      </I18nextProvider>,
    );
    for (const id of worded) {
      expect(screen.getAllByText(t(`content:criteria.${id}.label_service`)).length).toBeGreaterThan(0);
      expect(screen.queryByText(t(`content:criteria.${id}.label`))).toBeNull();
    }
  });
});
