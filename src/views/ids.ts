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
  /** The member's own part of the kickoff agreement (PRODUCT.md §12.1); private_metadata = the pair id. */
  kickoff: 'kickoff',
  /** The midpoint check-in (PRODUCT.md §12.3); private_metadata = the pair id. */
  checkin: 'checkin',
  /** The final evaluation (PRODUCT.md §12.4); private_metadata = the pair id. */
  final: 'final',
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

/** `kickoff` modal: block_id = action_id. The mentee has `goals`, the mentor `hopes`; both `cadence` and `norms`. */
export const KICKOFF = {
  goals: 'goals',
  hopes: 'hopes',
  cadence: 'cadence',
  norms: 'norms',
} as const;

/** `checkin` modal: block_id = action_id. */
export const CHECKIN = {
  relationship: 'relationship',
  progress: 'progress',
  organizers: 'organizers',
} as const;

/** `final` modal: block_id = action_id. */
export const FINAL = {
  goalsMet: 'goals_met',
  changed: 'changed',
  sharing: 'sharing',
  recommend: 'recommend',
  again: 'again',
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
  /** The `met` radio buttons of the reflection modal (dispatch_action): choosing redraws it, with the rating when they met. */
  reflectionMet: REFLECTION.met,
  /** Opens the `meeting_book` modal (value = the pair id): on the introduction, prompts, App Home, the silence DM. */
  meetingBook: 'meeting_book',
  /** On the rm_meeting message (value = the meeting id). */
  meetingReschedule: 'meeting_reschedule',
  meetingCancel: 'meeting_cancel',
  /** On "Did you meet?": values `yes`, `no`, `moved`; each button in a block `meeting_held:<meeting id>:<value>`. */
  meetingHeld: 'meeting_held',
  /** "Got it" on a preparation message (value = `<cohort id>:<part>`). */
  prepAck: 'prep_ack',
  /** Opens the `kickoff` modal (value = the pair id): on the introduction, prompts until both parts are in, the agreement, App Home. */
  kickoffOpen: 'kickoff_open',
  /** Opens the `checkin` modal (value = the pair id), on the check-in's direct message. */
  checkinOpen: 'checkin_open',
  /** Opens the `final` modal (value = the pair id), on the final evaluation's direct message. */
  finalOpen: 'final_open',
  /** The 30-day follow-up's answers (value = the final evaluation's id). */
  followupDone: 'followup_done',
  followupPartly: 'followup_partly',
  followupNotYet: 'followup_not_yet',
} as const;

export const METADATA_EVENT = {
  intro: 'rm_intro',
  nudge: 'rm_nudge',
  summary: 'rm_summary',
  /** The closing summary of a completed cohort (PRODUCT.md §12.5), once. */
  final: 'rm_final',
  meeting: 'rm_meeting',
  /** The pair's kickoff agreement in its group message (PRODUCT.md §12.1), once, then updated in place. */
  agreement: 'rm_agreement',
  /** The final report's addendum thirty days on (PRODUCT.md §12.5), once. */
  finalAddendum: 'rm_final_addendum',
} as const;
