import ICAL from 'ical.js';
import { INVITATION_ORGANIZER, meetingInvitation, type InvitationData } from '../../src/views/meeting-invitation';

/** Parsed back with ical.js (Mozilla's RFC 5545 parser, independent of the library that wrote it). */
function parse(bytes: Buffer) {
  const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  const typed = new ICAL.Event(event);
  return { calendar, event, typed };
}

const base: InvitationData = {
  uid: '6f1c0b6e-2a4d-4c55-9a0e-1b2c3d4e5f60@reverse-mentor',
  sequence: 0,
  cancelled: false,
  startsAt: new Date('2026-03-09T13:00:00Z'),
  minutes: 45,
  summary: 'Omvänt mentorskap: Åsa Öberg och Sam; Lee, Jr.',
  description: 'Bokat i Slack med Reverse Mentor.\nDet ni pratar om stannar mellan er två.',
  place: 'https://meet.example.com/abc?x=1,2;3',
  writtenAt: new Date('2026-03-05T12:00:00Z'),
};

describe('the meeting invitation (.ics)', () => {
  it('parses back with the UID, SEQUENCE, METHOD:REQUEST, UTC times, the app as organizer and the text intact', () => {
    const file = meetingInvitation(base);
    expect(file.filename).toBe('meeting.ics');
    const text = file.bytes.toString('utf8');
    // RFC 5545: CRLF line endings, lines folded at 75 octets.
    expect(text).toContain('\r\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { calendar, event, typed } = parse(file.bytes);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(typed.uid).toBe(base.uid);
    expect(typed.sequence).toBe(0);
    expect(typed.startDate.zone?.tzid).toBe('UTC');
    expect(typed.startDate.toJSDate().toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(typed.endDate.toJSDate().toISOString()).toBe('2026-03-09T13:45:00.000Z');
    expect(typed.summary).toBe(base.summary);
    expect(typed.description).toBe(base.description);
    expect(typed.location).toBe(base.place);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const organizer = event.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe(INVITATION_ORGANIZER.name);
    expect(String(organizer?.getFirstValue())).toBe(`mailto:${INVITATION_ORGANIZER.email}`);
    expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-03-05T12:00:00.000Z');
  });

  it('a move keeps the UID and raises SEQUENCE; a cancellation is METHOD:CANCEL with STATUS:CANCELLED', () => {
    const moved = parse(meetingInvitation({ ...base, sequence: 2, startsAt: new Date('2026-03-10T14:00:00Z'), minutes: 60 }).bytes);
    expect(moved.typed.uid).toBe(base.uid);
    expect(moved.typed.sequence).toBe(2);
    expect(moved.typed.startDate.toJSDate().toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(moved.typed.endDate.toJSDate().toISOString()).toBe('2026-03-10T15:00:00.000Z');

    const cancelledFile = meetingInvitation({ ...base, sequence: 3, cancelled: true, place: null });
    expect(cancelledFile.filename).toBe('cancelled-meeting.ics');
    const cancelled = parse(cancelledFile.bytes);
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.typed.uid).toBe(base.uid);
    expect(cancelled.typed.sequence).toBe(3);
    expect(cancelled.event.getFirstPropertyValue('location')).toBeNull();
  });
});
