/**
 * The worked examples in questionnaires/examples/: the three workshop cases
 * (library opening hours, merging two health centres, digital-first income
 * support) and a self-audit of an existing service (home care for people
 * over 65), each complete in Swedish and in English. Each example's own
 * file names the questionnaire it answers, so nothing here depends on which.
 */

/** The examples in the order they are offered. */
export const EXAMPLE_IDS = ['library', 'primary-care', 'digital-first', 'home-care'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];
