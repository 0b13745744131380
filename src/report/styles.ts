/**
 * The report's look: A4, 11 pt body, one dark accent, and the results
 * page's colours for statuses and effects. Points throughout (react-pdf's
 * unit); 56 pt ≈ 20 mm side margins.
 */
import { StyleSheet } from '@react-pdf/renderer';
import { ACCENT, INK, LINE, MUTED } from './colours';
import { FONT_FAMILIES } from './fonts';

export { ACCENT, EFFECT_COLOUR, LINE, MUTED, PAPER_ALT, SEVERITY_COLOUR, STATUS_COLOUR, toneColour } from './colours';
const MARGIN = 56;

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILIES,
    fontSize: 11,
    color: INK,
    paddingTop: 70,
    paddingBottom: 64,
    paddingHorizontal: MARGIN,
  },
  // Line heights, the way react-pdf 4.9 gets them right:
  // - never on the Page: an inherited lineHeight is re-applied on every layout
  //   pass of a `render` text, so the page-number footer vanishes or a long
  //   report crashes with "unsupported number: -1e+21" (diegomura/react-pdf#3452);
  // - unitless only next to a fontSize in the same style: it is multiplied
  //   by that style's fontSize (or 18 if it has none), then inherited in points.
  body: { fontSize: 11, lineHeight: 1.4 },
  header: {
    position: 'absolute',
    top: 28,
    left: MARGIN,
    right: MARGIN,
    fontSize: 9,
    color: MUTED,
    paddingBottom: 4,
    borderBottomWidth: 0.5,
    borderBottomColor: MUTED,
  },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: MARGIN,
    right: MARGIN,
    fontSize: 9,
    color: MUTED,
    flexDirection: 'row',
    justifyContent: 'space-between',
  },
  kicker: { fontSize: 12, lineHeight: 1.4, color: ACCENT, fontWeight: 700, marginTop: 40, marginBottom: 8 },
  title: { fontSize: 26, fontWeight: 700, color: ACCENT, lineHeight: 1.2, marginBottom: 28 },
  coverRow: { flexDirection: 'row', paddingVertical: 5, borderTopWidth: 0.5, borderTopColor: LINE },
  coverLabel: { width: 150, fontWeight: 700, paddingRight: 8 },
  coverValue: { flex: 1 },
  provenance: { fontSize: 9, lineHeight: 1.45, color: MUTED, marginTop: 28, paddingTop: 8, borderTopWidth: 0.5, borderTopColor: MUTED },
  sectionTitle: {
    fontSize: 16,
    lineHeight: 1.25,
    fontWeight: 700,
    color: ACCENT,
    marginTop: 22,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: ACCENT,
  },
  stepTitle: { fontSize: 14, lineHeight: 1.3, fontWeight: 700, color: ACCENT, marginTop: 18, paddingBottom: 2, borderBottomWidth: 0.5, borderBottomColor: ACCENT },
  subheading: { fontSize: 13, lineHeight: 1.3, fontWeight: 700, color: ACCENT, marginTop: 14, marginBottom: 2 },
  minorHeading: { fontSize: 11, lineHeight: 1.35, fontWeight: 700, marginTop: 10, marginBottom: 2 },
  label: { fontWeight: 700, marginTop: 8 },
  paragraph: { marginTop: 4 },
  emphasis: { fontSize: 12, lineHeight: 1.35, fontWeight: 700, color: ACCENT },
  muted: { color: MUTED },
  small: { fontSize: 9, lineHeight: 1.4, color: MUTED },
  empty: { color: MUTED, marginTop: 6 },
  bullet: { flexDirection: 'row', marginTop: 3 },
  bulletMark: { width: 12 },
  bulletText: { flex: 1 },
  // Title and block share the left rule, so they read as one item.
  itemTitle: { fontSize: 12, lineHeight: 1.35, fontWeight: 700, marginTop: 12, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: ACCENT },
  item: { paddingLeft: 8, paddingBottom: 2, borderLeftWidth: 2, borderLeftColor: ACCENT },
});
