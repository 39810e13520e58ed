import { parseSingleUserMention, parseUserMentions } from '../../../src/listeners/commands/mentions';

describe('user mentions in slash command text', () => {
  it('reads escaped mentions with and without a name, in order', () => {
    expect(parseUserMentions('<@U0MENTOR1|ada> <@U0MENTEE1>')).toEqual({ userIds: ['U0MENTOR1', 'U0MENTEE1'], rest: '' });
    expect(parseUserMentions('add <@W0ENTERPR1|Ada Lovelace>')).toEqual({ userIds: ['W0ENTERPR1'], rest: 'add' });
  });

  it('finds mentions that are not separated by spaces and keeps a repeated one', () => {
    expect(parseUserMentions('<@U0AAA|a><@U0AAA|a>').userIds).toEqual(['U0AAA', 'U0AAA']);
  });

  it('ignores what only looks like a mention: plain @names, channels, special mentions, lower case ids', () => {
    expect(parseUserMentions('@ada <#C0GENERAL|general> <!channel> <@u0lower> <@C0CHANNEL>')).toEqual({
      userIds: [],
      rest: '@ada <#C0GENERAL|general> <!channel> <@u0lower> <@C0CHANNEL>',
    });
  });

  it('takes exactly one mention and nothing else', () => {
    expect(parseSingleUserMention(' <@U0ADA|ada> ')).toBe('U0ADA');
    expect(parseSingleUserMention('<@U0ADA|ada> please')).toBeUndefined();
    expect(parseSingleUserMention('<@U0ADA|ada> <@U0BEA|bea>')).toBeUndefined();
    expect(parseSingleUserMention('@ada')).toBeUndefined();
    expect(parseSingleUserMention('')).toBeUndefined();
  });
});
