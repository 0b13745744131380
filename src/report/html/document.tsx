/**
 * The whole HTML report as one element, drawn from the report model: the
 * cover as the page's header (kicker, the title as the only h1, the
 * facts), the other sections in <main>, and the colophon as its footer.
 */
import type { ReportModel } from '../model/types';
import { Blocks, SectionView } from './blocks';

export function HtmlReport({ model }: { model: ReportModel }) {
  const cover = model.sections.find((s) => s.id === 'cover');
  return (
    <>
      {cover && (
        <header className="cover">
          {cover.kicker && <p className="kicker">{cover.kicker}</p>}
          <h1>{cover.title}</h1>
          <Blocks blocks={cover.blocks} level={1} />
        </header>
      )}
      <main>
        {model.sections
          .filter((s) => s.id !== 'cover')
          .map((section) => (
            <SectionView key={section.id} section={section} />
          ))}
      </main>
      <footer>
        {model.furniture.colophon.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </footer>
    </>
  );
}
