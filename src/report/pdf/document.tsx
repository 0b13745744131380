/**
 * The report model drawn as a react-pdf document: the cover and the summary
 * a page each, the body, then the appendix. A running header (the title)
 * and footer (page x of y) repeat on every page. Fonts are registered by
 * the entry that renders it (`browser.ts`, `node.ts`), not here.
 *
 * Why several `<Page>`s: react-pdf 4.9 lays out all the rest of a `<Page>`
 * again at every page break (the page-number footer makes it re-render), so
 * the time grows with the square of a `<Page>`'s length. The body's
 * chapters and the appendix's steps are grouped into `<Page>`s of about ten
 * pages (runs.ts), each starting on a new page, which keeps a long report
 * linear and a short one compact.
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import type { Furniture, ReportModel, ReportSection } from '../model/types';
import { styles } from '../styles';
import { Blocks, SectionView } from './blocks';
import { appendixRuns, bodyPages } from './runs';

/** An A4 page (or run of pages) with the running header and footer. */
function ReportPage({ furniture, children }: { furniture: Furniture; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.header} fixed>
        {furniture.header}
      </Text>
      <View style={styles.body}>{children}</View>
      <View style={styles.footer} fixed>
        <Text>{furniture.footer}</Text>
        <Text render={({ pageNumber, totalPages }) => furniture.pageOf(pageNumber, totalPages)} />
      </View>
    </Page>
  );
}

function Cover({ section }: { section: ReportSection }) {
  return (
    <View>
      {section.kicker && <Text style={styles.kicker}>{section.kicker}</Text>}
      <Text style={styles.title}>{section.title}</Text>
      <Blocks blocks={section.blocks} ctx={{ section: section.id }} />
    </View>
  );
}

/** The check is long and read on its own: it starts on a new sheet, unless it is one line or opens its <Page>. */
const startsSheet = (section: ReportSection, first: boolean) => section.id === 'check' && !first && section.blocks.length > 1;

export function AssessmentDocument({ model }: { model: ReportModel }) {
  const { furniture, properties } = model;
  const front = model.sections.filter((s) => s.part === 'front');
  const body = model.sections.filter((s) => s.part === 'body');
  const appendix = model.sections.find((s) => s.part === 'appendix');
  return (
    <Document
      title={model.title}
      author={properties.author}
      subject={properties.subject}
      keywords={properties.keywords}
      language={model.lang}
      creator={properties.creator}
      producer={properties.creator}
      creationDate={properties.createdAt}
    >
      {front.map((section) => (
        <ReportPage key={section.id} furniture={furniture}>
          {section.id === 'cover' ? <Cover section={section} /> : <SectionView section={section} />}
        </ReportPage>
      ))}
      {bodyPages(body).map((chunk) => (
        <ReportPage key={chunk[0]!.id} furniture={furniture}>
          {chunk.map((section, i) => (
            <Fragment key={section.id}>
              <SectionView section={section} newPage={startsSheet(section, i === 0)} />
            </Fragment>
          ))}
        </ReportPage>
      ))}
      {appendix &&
        appendixRuns(appendix.blocks, furniture.continued).map((run, i) => (
          <ReportPage key={`appendix-${i}`} furniture={furniture}>
            {run.first ? <SectionView section={{ ...appendix, blocks: run.blocks }} /> : <Blocks blocks={run.blocks} ctx={{ section: 'appendix' }} />}
          </ReportPage>
        ))}
    </Document>
  );
}

/**
 * The document as an element for `pdf()` / `renderToBuffer()`. Built in a
 * .tsx file so the entries need no cast (a `createElement` result is not
 * typed as a `<Document>` element).
 */
export function reportDocument(model: ReportModel): ReactElement<DocumentProps> {
  return <AssessmentDocument model={model} />;
}
