import type { MeetingPreference, SeniorityBand } from '../domain';

/**
 * The sandbox's small workspace: an organizer and a dozen people on several continents, in English and Swedish,
 * with the answers each would give in the join modal (the "Everyone joins" button types them in for them).
 */

export interface SandboxPerson {
  id: string;
  name: string;
  realName: string;
  /** IANA zone, as Slack's users.info reports it. */
  tz: string;
  /** Slack locale: en-US or sv-SE. */
  locale: 'en-US' | 'sv-SE';
  title: string;
}

export interface JoinAnswers {
  role: 'mentor' | 'mentee';
  department: string;
  seniority: SeniorityBand;
  topics: string[];
  meeting: MeetingPreference;
  goals?: string;
}

export interface SandboxParticipant extends SandboxPerson {
  join: JoinAnswers;
}

export const SANDBOX_ORGANIZER: SandboxPerson = {
  id: 'U0SBORG001',
  name: 'grace',
  realName: 'Grace Okafor',
  tz: 'Europe/London',
  locale: 'en-US',
  title: 'People & Culture lead (organizer)',
};

export const SANDBOX_PEOPLE: readonly SandboxParticipant[] = [
  {
    id: 'U0SBLEO001',
    name: 'leo',
    realName: 'Leo Andersson',
    tz: 'Europe/Stockholm',
    locale: 'sv-SE',
    title: 'Junior developer',
    join: { role: 'mentor', department: 'Engineering', seniority: '0-2', topics: ['ai-at-work', 'digital-tools'], meeting: 'either' },
  },
  {
    id: 'U0SBAIS001',
    name: 'aisha',
    realName: 'Aisha Khan',
    tz: 'Asia/Kolkata',
    locale: 'en-US',
    title: 'Social media specialist',
    join: { role: 'mentor', department: 'Marketing', seniority: '3-5', topics: ['social-media', 'next-generation'], meeting: 'video' },
  },
  {
    id: 'U0SBTOM001',
    name: 'tomas',
    realName: 'Tomás Rivera',
    tz: 'America/Mexico_City',
    locale: 'en-US',
    title: 'Sales associate',
    join: { role: 'mentor', department: 'Sales', seniority: '0-2', topics: ['customers-of-tomorrow', 'digital-tools'], meeting: 'video' },
  },
  {
    id: 'U0SBELI001',
    name: 'elin',
    realName: 'Elin Berg',
    tz: 'Europe/Stockholm',
    locale: 'sv-SE',
    title: 'UX designer',
    join: { role: 'mentor', department: 'Design', seniority: '0-2', topics: ['sustainability', 'hybrid-work'], meeting: 'in_person' },
  },
  {
    id: 'U0SBKWA001',
    name: 'kwame',
    realName: 'Kwame Mensah',
    tz: 'Africa/Lagos',
    locale: 'en-US',
    title: 'Data analyst',
    join: { role: 'mentor', department: 'Data', seniority: '3-5', topics: ['ai-at-work', 'diversity-inclusion'], meeting: 'video' },
  },
  {
    id: 'U0SBMEI001',
    name: 'mei',
    realName: 'Mei Tanaka',
    tz: 'Asia/Tokyo',
    locale: 'en-US',
    title: 'Customer success associate',
    join: { role: 'mentor', department: 'Customer Success', seniority: '0-2', topics: ['wellbeing-and-balance', 'hybrid-work'], meeting: 'video' },
  },
  {
    id: 'U0SBKAR001',
    name: 'karin',
    realName: 'Karin Holm',
    tz: 'Europe/Stockholm',
    locale: 'sv-SE',
    title: 'Chief Financial Officer',
    join: {
      role: 'mentee',
      department: 'Finance',
      seniority: '20+',
      topics: ['ai-at-work', 'digital-tools', 'leadership-feedback'],
      meeting: 'in_person',
      goals: 'Förstå hur AI förändrar vår ekonomifunktion',
    },
  },
  {
    id: 'U0SBROB001',
    name: 'robert',
    realName: 'Robert Chen',
    tz: 'America/New_York',
    locale: 'en-US',
    title: 'VP Operations',
    join: { role: 'mentee', department: 'Operations', seniority: '20+', topics: ['social-media', 'attracting-talent'], meeting: 'video' },
  },
  {
    id: 'U0SBSOF001',
    name: 'sofia',
    realName: 'Sofia Lind',
    tz: 'Europe/Stockholm',
    locale: 'sv-SE',
    title: 'General Counsel',
    join: { role: 'mentee', department: 'Legal', seniority: '11-20', topics: ['sustainability', 'diversity-inclusion'], meeting: 'either' },
  },
  {
    id: 'U0SBJAM001',
    name: 'james',
    realName: "James O'Neill",
    tz: 'Europe/Dublin',
    locale: 'en-US',
    title: 'Head of Sales',
    join: { role: 'mentee', department: 'Sales leadership', seniority: '20+', topics: ['customers-of-tomorrow', 'next-generation'], meeting: 'video' },
  },
  {
    id: 'U0SBPRI001',
    name: 'priya',
    realName: 'Priya Raman',
    tz: 'Australia/Sydney',
    locale: 'en-US',
    title: 'Engineering director',
    join: { role: 'mentee', department: 'Engineering leadership', seniority: '11-20', topics: ['ai-at-work', 'hybrid-work'], meeting: 'video' },
  },
  {
    id: 'U0SBAND001',
    name: 'anders',
    realName: 'Anders Nilsson',
    tz: 'Europe/Stockholm',
    locale: 'sv-SE',
    title: 'Chief Executive Officer',
    join: { role: 'mentee', department: 'Executive office', seniority: '20+', topics: ['leadership-feedback', 'challenging-assumptions'], meeting: 'in_person' },
  },
];

export const SANDBOX_CHANNELS = [
  { id: 'C0SBSUMMARY', name: 'reverse-mentoring' },
  { id: 'C0SBGENERAL', name: 'general' },
] as const;

/** Everyone a person can be on the sandbox page, the organizer first. */
export function sandboxPeople(): SandboxPerson[] {
  return [SANDBOX_ORGANIZER, ...SANDBOX_PEOPLE];
}
