/**
 * The glossary page with the parsed glossary. Its own chunk: the parsing
 * (zod) and the page load only when someone opens the glossary.
 */
import { glossary } from '../questionnaire/catalogue';
import GlossaryPage from '../ui/glossary/glossary-page';

export default function GlossaryRoute({ term }: { term?: string }) {
  return <GlossaryPage glossary={glossary} term={term} />;
}
