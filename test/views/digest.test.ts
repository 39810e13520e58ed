import { messagesFor } from '../../src/i18n';
import type { Digest } from '../../src/services/digest';
import type { DigestPair } from '../../src/services/digest-sections';
import { DIGEST_LIST_MAX, digestMessage } from '../../src/views/digest';
import { SLACK_LIMITS } from '../../src/views/mrkdwn';

const en = messagesFor('en');
const sv = messagesFor('sv');
const HOSTILE = '<!channel> & <https://evil.example|win>';

const pair = (n: number, overrides: Partial<DigestPair> = {}): DigestPair => ({
  pairId: n,
  mentorId: `U0MEN${String(n).padStart(5, '0')}`,
  menteeId: `U0MEE${String(n).padStart(5, '0')}`,
  reasons: [{ reason: 'not_met', cycle: 3 }],
  ...overrides,
});

const digest = (sections: Digest['sections']): Digest => ({ cohortId: 1, cohortName: HOSTILE, cycle: 3, cycles: 8, sections });

describe('the digest message', () => {
  it('names each pair and every reason in the organizer’s language, newly and still at risk apart', () => {
    const content = digest([
      {
        kind: 'at_risk',
        newly: [pair(1, { reasons: [{ reason: 'low_rating', cycle: 3 }, { reason: 'rematch', cycle: 3 }] })],
        still: [pair(2), pair(3, { menteeId: 'former:4' })],
      },
    ]);
    const english = JSON.stringify(digestMessage(en, content).blocks);
    expect(english).toContain('session 3 of 8');
    expect(english).toContain('*A pair may need a hand*\\n• <@U0MEN00001> (mentor) and <@U0MEE00001> (mentee): one of them rated session 3 1 or 2 out of 5; one of them has asked for a new partner');
    expect(english).toContain('*Still at risk: 2 pairs* (you heard about them before)');
    expect(english).toContain('a former participant (mentee)');
    expect(english).not.toContain('former:4');
    const swedish = JSON.stringify(digestMessage(sv, content).blocks);
    expect(swedish).toContain('träff 3 av 8');
    expect(swedish).toContain('Ett par kan behöva stöd');
    expect(swedish).toContain('(mentor) och <@U0MEE00001> (adept): en av dem gav träff 3 betyget 1 eller 2 av 5');
    expect(swedish).toContain('Behöver fortfarande stöd: 2 par');
  });

  it('says a pair has had no first meeting ten days after the introduction, in both languages', () => {
    const content = digest([{ kind: 'at_risk', newly: [pair(5, { reasons: [{ reason: 'no_first_meeting', cycle: 1 }, { reason: 'low_rating', cycle: 1 }] })], still: [] }]);
    expect(JSON.stringify(digestMessage(en, content).blocks)).toContain(
      '<@U0MEN00005> (mentor) and <@U0MEE00005> (mentee): ten days after their introduction, no first meeting and none booked; one of them rated session 1',
    );
    expect(JSON.stringify(digestMessage(sv, content).blocks)).toContain(
      '<@U0MEN00005> (mentor) och <@U0MEE00005> (adept): tio dagar efter presentationen har de varken träffats eller bokat något möte; en av dem gav träff 1',
    );
  });

  it('escapes the cohort name wherever it is mrkdwn, and says a summary channel the app cannot post in', () => {
    const message = digestMessage(en, digest([{ kind: 'channel', failure: { deliveryId: 9, channelId: 'C0SUM', problem: 'not_in_channel', at: new Date() } }]));
    expect(message.text).toContain('&lt;!channel&gt;');
    expect(message.text).not.toContain('<!channel>');
    expect(JSON.stringify(message.blocks)).toContain("could not be posted in <#C0SUM>: Reverse Mentor isn't in that channel");
    expect(JSON.stringify(message.blocks)).toContain('/invite @Reverse Mentor');
    expect(JSON.stringify(digestMessage(sv, digest([{ kind: 'channel', failure: { deliveryId: 9, channelId: 'C0SUM', problem: 'is_archived', at: new Date() } }])).blocks)).toContain(
      'kanalen är arkiverad',
    );
  });

  it('stays within Slack’s limits with hundreds of pairs, and says how many more there are', () => {
    const many = Array.from({ length: 300 }, (_, i) => pair(i + 1));
    const message = digestMessage(en, digest([{ kind: 'at_risk', newly: many, still: many }, { kind: 'rematch', requests: [] }]));
    expect(message.blocks!.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    for (const block of message.blocks!) {
      const text = (block as { text?: { text: string } }).text?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    expect(JSON.stringify(message.blocks)).toContain(`…and ${300 - DIGEST_LIST_MAX} more: see the Home tab.`);
    expect(JSON.stringify(message.blocks)).toContain('300 pairs may need a hand');
  });
});
