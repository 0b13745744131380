/**
 * The worked examples in questionnaires/examples/: the three workshop cases
 * (library opening hours, merging two health centres, digital-first income
 * support), each a complete assessment in Swedish and in English.
 */

/** The examples in the order they are offered. */
export const EXAMPLE_IDS = ['library', 'primary-care', 'digital-first'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];
