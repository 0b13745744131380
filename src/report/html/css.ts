/**
 * The HTML report's stylesheet, inlined in the page so the file needs
 * nothing else: the report's colours (colours.ts, each text ≥ 4.5:1), a
 * readable measure, text that reflows down to 320 px (wide tables scroll
 * in their own focusable region), a visible focus ring, and a print layout.
 */
import { ACCENT, EFFECT_COLOUR, INK, LINE, MUTED, PAPER_ALT, SEVERITY_COLOUR, STATUS_COLOUR } from '../colours';

const effects = Object.entries(EFFECT_COLOUR)
  .map(([effect, { background, color }]) => `.effect--${effect}{background:${background};color:${color}}`)
  .join('\n');
const statuses = Object.entries(STATUS_COLOUR)
  .map(([status, colour]) => `.status--${status}{color:${colour}}`)
  .join('\n');
const recommendations = Object.entries(STATUS_COLOUR)
  .map(([status, colour]) => `.recommendation--status--${status}{border-left-color:${colour}}`)
  .join('\n');
const severities = Object.entries(SEVERITY_COLOUR)
  .map(([severity, colour]) => `.severity--${severity}{color:${colour}}.finding--severity--${severity}{border-left-color:${colour}}`)
  .join('\n');

export const REPORT_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5;color:${INK};background:#fff}
body{margin:0 auto;max-width:48rem;padding:1rem;overflow-wrap:break-word}
h1,h2,h3,h4,h5,h6{line-height:1.25;color:${ACCENT}}
h1{font-size:2rem;margin:.5rem 0 1.5rem}
h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid ${ACCENT}}
h3{font-size:1.25rem;margin:1.5rem 0 .5rem}
h4{font-size:1.0625rem;margin:1.25rem 0 .25rem}
h5,h6{font-size:1rem;margin:1rem 0 .25rem}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.kicker{font-weight:700;color:${ACCENT};margin:1rem 0 .25rem}
.facts{margin:0}
.facts div{display:grid;grid-template-columns:minmax(0,12rem) minmax(0,1fr);gap:.25rem 1rem;padding:.375rem 0;border-top:1px solid ${LINE}}
.facts dt{font-weight:700}
.facts dd{margin:0}
.provenance,.muted,.line.muted{color:${MUTED}}
.provenance{font-size:.9375rem;border-top:1px solid ${MUTED};margin-top:1.5rem;padding-top:.5rem}
.verdict{background:${PAPER_ALT};border-left:4px solid ${ACCENT};padding:.5rem .75rem}
.verdict p{margin:0}
.verdict .muted{font-size:.875rem;font-weight:700}
.verdict .lead{font-size:1.25rem;color:${ACCENT}}
.lead{font-weight:700;font-size:1.0625rem}
.statuses{padding-left:1.25rem}
.decision p{margin:.25rem 0 1rem}
.empty{font-style:italic;color:${MUTED}}
.answers{margin:0 0 1rem}
.answers div{padding:.375rem 0;border-bottom:1px solid ${PAPER_ALT}}
.answers dt{font-weight:700}
.answers dd{margin:0}
.answers ul{margin:.25rem 0;padding-left:1.25rem}
.value{margin:0;white-space:pre-wrap}
/* The user's own line breaks (one assessor per line, a list typed as lines) are kept wherever an answer is printed. */
.facts dd,.answers li,.entries li,td,th,.decision p,.finding p,.item p{white-space:pre-line}
.emphasis,.bold{font-weight:700}
.item{border-left:3px solid ${PAPER_ALT};padding-left:.75rem;margin-bottom:1rem}
.recommendation{border-left:4px solid ${MUTED};padding-left:.75rem}
.more{font-size:.9375rem;color:${MUTED}}
.entries{padding-left:1.25rem}
.entries li{margin-bottom:.375rem}
.findings{list-style:none;padding:0}
.finding{border-left:4px solid ${MUTED};padding-left:.75rem;margin:1rem 0}
.finding p{margin:.125rem 0}
.severity,.status{font-weight:700}
.differences li{margin-bottom:.5rem}
.differences p{margin:.125rem 0}
.capped{font-weight:700}
blockquote{margin:.5rem 0 1rem;padding:.25rem .75rem;border-left:4px solid ${ACCENT};background:${PAPER_ALT};white-space:pre-wrap}
.recommendation{margin-bottom:2rem}
.table-scroll{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;min-width:100%;font-size:.9375rem}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{border:1px solid ${LINE};padding:.375rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:${PAPER_ALT}}
tbody th{font-weight:400}
tbody th.bold{font-weight:700}
.line{display:block;white-space:pre-wrap}
.line.muted{font-size:.875rem}
footer{margin-top:3rem;padding-top:.5rem;border-top:1px solid ${LINE};color:${MUTED};font-size:.9375rem}
${effects}
${statuses}
${recommendations}
${severities}
@media (max-width:30rem){.facts div{grid-template-columns:minmax(0,1fr)}}
@media print{body{max-width:none;padding:0}h2{break-after:avoid}h3,h4{break-after:avoid}tr{break-inside:avoid}.table-scroll{overflow:visible}}
`;
