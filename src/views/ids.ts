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
  topicVote: 'topic_vote',
  topicApprove: 'topic_approve',
  topicReject: 'topic_reject',
  /** Pages through `/reverse-mentor topics` (value = the page number). */
  topicPage: 'topic_page',
  homeJoin: 'home_join',
  homeReflect: 'home_reflect',
  homePause: 'home_pause',
  homeResume: 'home_resume',
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
  meeting: 'rm_meeting',
} as const;
