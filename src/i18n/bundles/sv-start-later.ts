/**
 * The Swedish texts of the start page's parts that wait until it answers
 * input (src/app/later.tsx): the worked examples, reading in a file (and what differs in it), the
 * workshop tools, and the folded step lists and recommendations. Loaded
 * then, so neither the first load nor the first seconds carry the whole
 * language (./sv.ts, which every other screen waits for). Picked from the
 * locale files at build time (scripts/vite/pick-json.ts);
 * tests/unit/app/start-texts.test.tsx renders those parts from these texts
 * and the start bundle alone.
 */
import ui from 'pick:compare.link,dueList,examples,importDiff,importFile,langNames,problems,worksheet:../../../locales/sv/ui.json';
import common from 'pick:steps:../../../locales/sv/content/common.json';
import framework from 'pick:frameworks,recommendations:../../../locales/sv/content/framework.json';
import proposal from 'pick:steps:../../../locales/sv/content/proposal.json';
import serviceAudit from 'pick:steps:../../../locales/sv/content/service-audit.json';
import { textsFromFiles } from './from-files';

export default textsFromFiles({ ui: ui as object }, { common: common as object, framework: framework as object, proposal: proposal as object, 'service-audit': serviceAudit as object });
