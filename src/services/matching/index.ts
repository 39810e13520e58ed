/**
 * The matching engine (PRODUCT.md §5): who may be paired, how well, and the optimal pairs for a cohort.
 * Pure: no Slack, no database. The UI layer turns the structured reasons into words.
 */
export * from './types';
export { WEIGHTS, MAX_PAIR_SCORE, FIT_THRESHOLDS, fitLevel, forbiddenReason, scorePair, type FitLevel } from './scoring';
export { matchCohort, greedyMatch } from './assignment';
export { utcOffsetMinutes, workingHoursOverlapHours, WORKDAY_START_MINUTES, WORKDAY_END_MINUTES } from './workingHours';
