import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/**
 * The iCalendar invitation uploaded with a booked meeting (PRODUCT.md §12.2), written by ical-generator (RFC 5545
 * folding, escaping and line endings done right; never by hand). One UID per meeting for its whole life and a
 * SEQUENCE raised on every change, so a calendar that imported the first file replaces the event when it opens the
 * next one, and removes it on METHOD:CANCEL. Times are in UTC (each calendar shows them in its own zone). Pure:
 * data in, text out.
 */

/** Who the invitation says it is from: the app, at an address that can never receive mail. */
export const INVITATION_ORGANIZER = { name: 'Reverse Mentor', email: 'no-reply@reverse-mentor.invalid' } as const;

export interface InvitationData {
  uid: string;
  sequence: number;
  cancelled: boolean;
  startsAt: Date;
  minutes: number;
  summary: string;
  description: string;
  /** Plain text (a link or a place), as typed. */
  place: string | null;
  /** DTSTAMP: when this version was written. */
  writtenAt: Date;
}

export interface InvitationFile {
  bytes: Buffer;
  filename: string;
}

export function meetingInvitation(data: InvitationData): InvitationFile {
  const calendar = ical({
    prodId: { company: 'Reverse Mentor', product: 'Reverse Mentor', language: 'EN' },
    method: data.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: data.uid,
    sequence: data.sequence,
    stamp: data.writtenAt,
    start: data.startsAt,
    end: new Date(data.startsAt.getTime() + data.minutes * 60_000),
    summary: data.summary,
    description: data.description,
    ...(data.place ? { location: data.place } : {}),
    organizer: { ...INVITATION_ORGANIZER },
    status: data.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { bytes: Buffer.from(calendar.toString(), 'utf8'), filename: data.cancelled ? 'cancelled-meeting.ics' : 'meeting.ics' };
}
