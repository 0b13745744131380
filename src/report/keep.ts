/**
 * "Keep with next", in points: the `minPresenceAhead` of titles, headings
 * and labels. react-pdf 4.9 (its default pagination) moves such an element
 * to the next page when less than this much of what follows it would fit
 * below it. It works only between siblings, which is why titles and labels
 * are emitted as siblings of their content (see rows.tsx).
 */

/** A section title keeps about five lines of its content with it. */
export const KEEP_TITLE = 90;
/** A heading (about three lines) keeps its first question and answer with it. */
export const KEEP_HEADING = 48;
/** A label keeps about two lines of its answer with it. */
export const KEEP_LABEL = 32;
