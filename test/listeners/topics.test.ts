import { messagesFor } from '../../src/i18n';
import type { Subcommand } from '../../src/listeners/commands/subcommand';
import { helpLines } from '../../src/listeners/commands/subcommands/help';
import { plainCommandText, suggestSubcommand } from '../../src/listeners/commands/subcommands/suggest';
import { parseTopicPage, topicsSubcommand } from '../../src/listeners/commands/subcommands/topics';

const en = messagesFor('en');

describe('suggestion text from a slash command', () => {
  it('reads Slack escaping back into what the person typed', () => {
    expect(plainCommandText('Tools &amp; habits &lt;3')).toBe('Tools & habits <3');
    // Typed literally, `<!channel>` arrives escaped and is kept as text.
    expect(plainCommandText('&lt;!channel&gt; hi')).toBe('<!channel> hi');
  });

  it('turns mentions, channels and links into the words the person saw', () => {
    expect(plainCommandText('<!channel> hi')).toBe('@channel hi');
    expect(plainCommandText('Lunch with <@U0ADA00001|ada> in <#C0GENERAL|general>')).toBe('Lunch with @ada in #general');
    expect(plainCommandText('<!subteam^S0TEAM|@design> and <@U0BEA00001>')).toBe('@design and @U0BEA00001');
    expect(plainCommandText('Read <https://example.com|this> or <https://example.org>')).toBe('Read this or https://example.org');
  });
});

describe('topics subcommands', () => {
  it('parse a page number and nothing else', () => {
    expect(parseTopicPage('2')).toBe(2);
    expect(parseTopicPage('0')).toBeUndefined();
    expect(parseTopicPage('two')).toBeUndefined();
    expect(parseTopicPage(undefined)).toBeUndefined();
  });

  it('help lists suggest and topics for everyone, and topics review for organizers only', () => {
    const organizerOnly: Subcommand = { name: 'cohort', organizerOnly: true, helpKey: 'helpCohort', run: async () => undefined };
    const all = [suggestSubcommand, topicsSubcommand, organizerOnly];
    expect(helpLines(all, en, false)).toEqual({ participant: [en.helpSuggest, en.helpTopics], organizer: [] });
    expect(helpLines(all, en, true)).toEqual({ participant: [en.helpSuggest, en.helpTopics], organizer: [en.helpTopicsReview, en.helpCohort] });
  });
});
