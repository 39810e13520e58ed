/**
 * Every id Slack sees, defined once (PRODUCT.md §4). Views build with them and listeners listen on them;
 * in-flight messages and tests rely on them, so existing values never change.
 */

export const COMMAND = '/reverse-mentor';

export const CALLBACK = {
  join: 'join',
  reflection: 'reflection',
  cohortCreate: 'cohort_create',
  topicSuggest: 'topic_suggest',
  rematchRequest: 'rematch_request',
  /** Opened by the `topic_approve` button: the organizer settles the wording and writes the questions (private_metadata = topic id). */
  topicApprove: 'topic_approve',
  /** Opened by App Home's `home_summary`: which channel a cohort's summary goes to (private_metadata = cohort id). */
  summaryPost: 'summary_post',
  /** Book or move a meeting (PRODUCT.md §12.2); private_metadata = `pair:<id>` or `meeting:<id>`. */
  meetingBook: 'meeting_book',
} as const;

/** `join` modal: block_id = action_id. */
export const JOIN = {
  role: 'role',
  department: 'department',
  seniority: 'seniority',
  topics: 'topics',
  manager: 'manager',
  goals: 'goals',
  meeting: 'meeting',
  confidentiality: 'confidentiality',
} as const;

export const CONFIDENTIALITY_AGREE = 'agree';

export const REFLECTION = {
  met: 'met',
  rating: 'rating',
  topic: 'topic',
  learned: 'learned',
  nextStep: 'next_step',
  sharing: 'sharing',
} as const;

/** `topic_suggest` and `topic_approve` modals: block_id = action_id. */
export const TOPIC_FORM = {
  title: 'title',
  description: 'description',
  question1: 'question_1',
  question2: 'question_2',
  question3: 'question_3',
} as const;

/** `rematch_request` modal: block_id = action_id. `partner` appears only for someone with several partners. */
export const REMATCH = {
  partner: 'partner',
  reason: 'reason',
} as const;

/** `summary_post` modal: block_id = action_id. */
export const SUMMARY_POST = {
  channel: 'channel',
} as const;

/** `meeting_book` modal: block_id = action_id. */
export const MEETING_BOOK = {
  suggested: 'suggested',
  when: 'when',
  length: 'length',
  where: 'where',
} as const;

export const COHORT_CREATE = {
  name: 'name',
  startDate: 'start_date',
  weeks: 'weeks',
  cadence: 'cadence',
  nudgeDay: 'nudge_day',
  nudgeTime: 'nudge_time',
  timezone: 'timezone',
  summaryChannel: 'summary_channel',
  capacity: 'capacity',
} as const;

export const ACTION = {
  nudgeMet: 'nudge_met',
  nudgeSkip: 'nudge_skip',
  nudgeReflect: 'nudge_reflect',
  nudgeNewTopic: 'nudge_new_topic',
  matchConfirm: 'match_confirm',
  matchRerun: 'match_rerun',
  /**
   * Votes for the topic (value = topic id). A vote button says what it does, rendered from what the person saw:
   * `topic_vote` adds their vote and `topic_vote_withdraw` takes it back, so the same request sent again (a
   * replay, a double click) leaves the vote as it is instead of flipping it.
   */
  topicVote: 'topic_vote',
  /** Takes the person's vote on the topic back (value = topic id). */
  topicVoteWithdraw: 'topic_vote_withdraw',
  topicApprove: 'topic_approve',
  topicReject: 'topic_reject',
  /** Pages through `/reverse-mentor topics` (value = the page number). */
  topicPage: 'topic_page',
  homeJoin: 'home_join',
  homeReflect: 'home_reflect',
  homePause: 'home_pause',
  homeResume: 'home_resume',
  /** The organizer's App Home (value = the cohort id, unless said otherwise). */
  homeMatch: 'home_match',
  homeSummary: 'home_summary',
  homeExport: 'home_export',
  homeCohortClose: 'home_cohort_close',
  /** Value `new`. */
  homeCohortNew: 'home_cohort_new',
  /** Value `review`. */
  homeTopicsReview: 'home_topics_review',
  /** Value `all` or `recent`: every other cohort in one line each, or the newest few. */
  homeCohortsShow: 'home_cohorts_show',
  /** The confirmation step of `/reverse-mentor leave`. */
  leaveConfirm: 'leave_confirm',
  leaveCancel: 'leave_cancel',
  /** The confirmation step of `/reverse-mentor cohort close <id>` (value = the cohort id). */
  cohortCloseConfirm: 'cohort_close_confirm',
  cohortCloseCancel: 'cohort_close_cancel',
  /** The confirmation step of `/reverse-mentor forget-me`. */
  forgetMeConfirm: 'forget_me_confirm',
  forgetMeCancel: 'forget_me_cancel',
  /** Opens the `meeting_book` modal (value = the pair id): on the introduction, prompts, App Home, the silence DM. */
  meetingBook: 'meeting_book',
  /** On the rm_meeting message (value = the meeting id). */
  meetingReschedule: 'meeting_reschedule',
  meetingCancel: 'meeting_cancel',
  /** On "Did you meet?": values `yes`, `no`, `moved`; each button in a block `meeting_held:<meeting id>:<value>`. */
  meetingHeld: 'meeting_held',
  /** "Got it" on a preparation message (value = `<cohort id>:<part>`). */
  prepAck: 'prep_ack',
} as const;

export const METADATA_EVENT = {
  intro: 'rm_intro',
  nudge: 'rm_nudge',
  summary: 'rm_summary',
  /** The closing summary of a completed cohort (PRODUCT.md §12.5), once. */
  final: 'rm_final',
  meeting: 'rm_meeting',
} as const;
