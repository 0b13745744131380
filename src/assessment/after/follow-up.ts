/**
 * A follow-up of a decided assessment (format version 4): what happened, on
 * or after the follow-up date. For each indicator the figures before and now
 * by the same breakdown as its baseline (sex, age band, area or group), with
 * its source; for each measure whether it was carried out and what it cost;
 * and, where the figures do not allow a computation, the user's judgement of
 * whether the differences between groups narrowed, stayed or widened.
 * Several follow-ups over time are kept, in date order.
 */
import { z } from 'zod';
import { ZCalendarDate } from './review';

export const MEASURE_STATUSES = ['done', 'partly', 'not'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const GAP_TRENDS = ['narrowed', 'stayed', 'widened'] as const;
export type GapTrend = (typeof GAP_TRENDS)[number];

export const ZFigure = z.strictObject({
  breakdown: z
    .string()
    .describe('The breakdown the row belongs to: an option id of the questionnaire’s breakdown set (sex, age, area …) or `group` for an affected group.'),
  category: z.string().describe('The category within the breakdown, in the user’s words (Kvinnor, 65–79 år, Norra Backa).'),
  baseline: z.number().nullable().describe('The value before (the baseline); null where it is not known.'),
  now: z.number().nullable().describe('The value at this follow-up; null where it could not be measured.'),
});

export const ZIndicatorFollowUp = z.strictObject({
  itemId: z.string().describe('The indicator: its item id in the questionnaire’s indicator list.'),
  measured: z.boolean().describe('False when the indicator could not be measured at all this time.'),
  source: z.string().default('').describe('Where the figures come from.'),
  unit: z.string().default('').describe('The unit of the figures (%, per 1 000 invånare …).'),
  figures: z.array(ZFigure).default([]).describe('Before and now, one row per category.'),
  judged: z
    .enum(GAP_TRENDS)
    .optional()
    .describe('The user’s own judgement of the differences between groups: narrowed, stayed or widened.'),
  note: z.string().default('').describe('What the user adds.'),
});

export const ZMeasureFollowUp = z.strictObject({
  itemId: z.string().describe('The measure: its item id in the questionnaire’s list of measures.'),
  status: z.enum(MEASURE_STATUSES).optional().describe('Carried out, partly, or not; absent while not yet answered.'),
  cost: z.string().default('').describe('What it cost, in the user’s words.'),
  note: z.string().default('').describe('What the user adds.'),
});

export const ZFollowUp = z.strictObject({
  id: z.string().min(1).describe('A stable id of this follow-up.'),
  date: ZCalendarDate.describe('The date the follow-up describes (YYYY-MM-DD).'),
  createdAt: z.string(),
  updatedAt: z.string(),
  indicators: z.array(ZIndicatorFollowUp).default([]),
  measures: z.array(ZMeasureFollowUp).default([]),
  summary: z.string().default('').describe('The user’s summary of what happened.'),
});

export type Figure = z.infer<typeof ZFigure>;
export type IndicatorFollowUp = z.infer<typeof ZIndicatorFollowUp>;
export type MeasureFollowUp = z.infer<typeof ZMeasureFollowUp>;
export type FollowUp = z.infer<typeof ZFollowUp>;
