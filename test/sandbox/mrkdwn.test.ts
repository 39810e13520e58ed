/** The sandbox page's mrkdwn reader (sandbox-page/mrkdwn.js), run in Node: what it makes of Slack's text. */

type Node = { t: string; v?: string; c?: Node[]; id?: string; label?: string | null; href?: string; ts?: number; format?: string; fallback?: string };
interface Mrkdwn {
  parse(text: string): Node[];
  formatDate(seconds: number, format: string, options: { tz: string; locale: string; now: number }): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const md = require('../../sandbox-page/mrkdwn.js') as Mrkdwn;

/** The text a reader would see, with mentions and dates as placeholders. */
function flat(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.t === 'text' || node.t === 'code' || node.t === 'pre' || node.t === 'emoji') return node.v;
      if (node.t === 'br') return '\n';
      if (node.c) return `[${node.t}:${flat(node.c)}]`;
      if (node.t === 'link') return `[link ${node.href}|${node.label ?? ''}]`;
      if (node.t === 'user') return `[@${node.id}]`;
      if (node.t === 'date') return `[date ${node.ts} ${node.format}]`;
      return `[${node.t}]`;
    })
    .join('');
}

describe('sandbox mrkdwn', () => {
  it('reads bold, italics, strike, code, quotes and emoji', () => {
    expect(flat(md.parse('*Week 1* of _12_: ~old~ `code` :tada:'))).toBe('[b:Week 1] of [i:12]: [s:old] code 🎉');
    expect(flat(md.parse('*bold _and italic_*'))).toBe('[b:bold [i:and italic]]');
    expect(flat(md.parse('> first\n> second\nafter'))).toBe('[quote:first\nsecond]after');
    expect(flat(md.parse('```\n*not bold*\n```'))).toBe('*not bold*\n');
    // Markers inside words or with spaces inside are text, as in Slack.
    expect(flat(md.parse('snake_case_name and 2*3*4 and * spaced *'))).toBe('snake_case_name and 2*3*4 and * spaced *');
    expect(flat(md.parse(':not_an_emoji_we_know:'))).toBe(':not_an_emoji_we_know:');
  });

  it('turns entities back into the characters a person typed, as text', () => {
    const nodes = md.parse('Department: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(nodes).toEqual([{ t: 'text', v: 'Department: <script>alert(1)</script> & <img src=x onerror=alert(1)>' }]);
  });

  it('reads mentions, channels, specials and links; only http(s) and mailto links are links', () => {
    expect(md.parse('<@U0SBLEO001> in <#C0SBSUMMARY|reverse-mentoring> <!here>')).toEqual([
      { t: 'user', id: 'U0SBLEO001', label: null },
      { t: 'text', v: ' in ' },
      { t: 'channel', id: 'C0SBSUMMARY', label: 'reverse-mentoring' },
      { t: 'text', v: ' ' },
      { t: 'special', v: '@here' },
    ]);
    expect(md.parse('<https://example.com/a?b=1&amp;c=2|the guide>')).toEqual([{ t: 'link', href: 'https://example.com/a?b=1&c=2', label: 'the guide' }]);
    expect(md.parse('<javascript:alert(1)|click me>')).toEqual([{ t: 'text', v: 'click me' }]);
    expect(md.parse('<data:text/html,hi>')).toEqual([{ t: 'text', v: 'data:text/html,hi' }]);
  });

  it("formats <!date^…> in the reader's zone and language, relative to the simulated now", () => {
    const at = Date.UTC(2027, 0, 4, 8, 0) / 1000; // Monday 4 January 2027, 09:00 in Stockholm
    const [date] = md.parse(`<!date^${at}^{date_long} {time}|2027-01-04 08:00 UTC>`);
    expect(date).toMatchObject({ t: 'date', ts: at, format: '{date_long} {time}', fallback: '2027-01-04 08:00 UTC' });
    const now = Date.UTC(2027, 0, 1, 12, 0);
    expect(md.formatDate(at, '{date_long} {time}', { tz: 'Europe/Stockholm', locale: 'sv-SE', now })).toBe('måndag 4 januari 2027 09:00');
    expect(md.formatDate(at, '{date_long} at {time}', { tz: 'America/New_York', locale: 'en-US', now })).toBe('Monday, January 4th, 2027 at 3:00 AM');
    expect(md.formatDate(at, '{date_num} {date_short}', { tz: 'Asia/Tokyo', locale: 'en-US', now })).toBe('2027-01-04 Jan 4, 2027');
    expect(md.formatDate(at, '{date_pretty}', { tz: 'Europe/Stockholm', locale: 'en-US', now: at * 1000 })).toBe('Today');
    expect(md.formatDate(at, '{date_short_pretty}', { tz: 'Europe/Stockholm', locale: 'sv-SE', now: at * 1000 - 86_400_000 })).toBe('Imorgon');
    // Capitalised only where the format starts with it, as Slack does.
    expect(md.formatDate(at, '{time} {date_pretty}', { tz: 'Europe/Stockholm', locale: 'en-US', now: at * 1000 })).toBe('9:00 AM today');
    expect(md.formatDate(at, '{ago}', { tz: 'UTC', locale: 'en-US', now: at * 1000 + 3 * 86_400_000 })).toBe('3 days ago');
  });
});
