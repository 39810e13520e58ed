/*
 * Slack mrkdwn for the sandbox page: `parse` turns text into a small tree (pure, tested in Node), `render` builds
 * DOM nodes from it with createElement and text nodes only — whatever the text holds is shown as text, never run.
 * https://api.slack.com/reference/surfaces/formatting
 */
(function (root) {
  'use strict';

  /** The emoji the app's catalog uses, and common ones people type. Unknown names stay as `:name:`. */
  var EMOJI = {
    tada: '🎉', wave: '👋', white_check_mark: '✅', heavy_check_mark: '✔️', sparkles: '✨', pray: '🙏', warning: '⚠️',
    calendar: '📆', date: '📅', spiral_calendar_pad: '🗓️', bulb: '💡', speech_balloon: '💬', memo: '📝', hourglass: '⌛',
    hourglass_flowing_sand: '⏳', star: '⭐', star2: '🌟', heart: '❤️', '+1': '👍', thumbsup: '👍', rocket: '🚀',
    chart_with_upwards_trend: '📈', bar_chart: '📊', busts_in_silhouette: '👥', bust_in_silhouette: '👤', handshake: '🤝',
    seedling: '🌱', clipboard: '📋', email: '📧', envelope: '✉️', bell: '🔔', x: '❌', eyes: '👀', raised_hands: '🙌',
    muscle: '💪', book: '📖', books: '📚', lock: '🔒', mag: '🔍', point_right: '👉', arrows_counterclockwise: '🔄',
    pause_button: '⏸️', arrow_forward: '▶️', fire: '🔥', trophy: '🏆', smile: '😄', slightly_smiling_face: '🙂',
    thinking_face: '🤔', information_source: 'ℹ️', question: '❓', exclamation: '❗', no_entry: '⛔', zzz: '💤',
    leaves: '🍃', earth_africa: '🌍', globe_with_meridians: '🌐', clap: '👏', mailbox: '📫', lock_with_ink_pen: '🔏',
    black_square_for_stop: '⏹️', leftwards_arrow_with_hook: '↩️', ok_hand: '👌', person_raising_hand: '🙋',
    writing_hand: '✍️', compass: '🧭', dart: '🎯', handshake_tone1: '🤝', wastebasket: '🗑️', gear: '⚙️', link: '🔗',
    page_facing_up: '📄', file_folder: '📁', hugging_face: '🤗', heart_eyes: '😍', blush: '😊', sunny: '☀️',
    coffee: '☕', tea: '🍵', mega: '📣', loudspeaker: '📢', pushpin: '📌', round_pushpin: '📍', stopwatch: '⏱️',
    alarm_clock: '⏰', clock9: '🕘', one: '1️⃣', two: '2️⃣', three: '3️⃣', four: '4️⃣', five: '5️⃣',
  };

  var ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

  function decode(text) {
    return text.replace(/&(amp|lt|gt);/g, function (entity) {
      return ENTITIES[entity];
    });
  }

  function isWordChar(ch) {
    return /[A-Za-z0-9\u00C0-\u024F]/.test(ch || '');
  }

  /** Where a `*`, `_` or `~` run opened at `open` closes on the same line, skipping over code and <…> tokens. */
  function findClose(text, open, marker) {
    if (/\s/.test(text.charAt(open + 1)) || text.charAt(open + 1) === marker || open + 1 >= text.length) return -1;
    for (var j = open + 1; j < text.length; j += 1) {
      var ch = text.charAt(j);
      if (ch === '\n') return -1;
      if (ch === '<') {
        var end = text.indexOf('>', j);
        if (end > j) {
          j = end;
          continue;
        }
      }
      if (ch === '`') {
        var close = text.indexOf('`', j + 1);
        if (close > j) {
          j = close;
          continue;
        }
      }
      if (ch === marker && !/\s/.test(text.charAt(j - 1)) && !isWordChar(text.charAt(j + 1))) return j;
    }
    return -1;
  }

  function angle(inner) {
    var bar = inner.indexOf('|');
    var target = bar === -1 ? inner : inner.slice(0, bar);
    var label = bar === -1 ? null : decode(inner.slice(bar + 1));
    if (target.charAt(0) === '@') return { t: 'user', id: target.slice(1), label: label };
    if (target.charAt(0) === '#') return { t: 'channel', id: target.slice(1), label: label };
    if (target.indexOf('!date^') === 0) {
      var parts = target.split('^');
      return { t: 'date', ts: Number(parts[1]), format: parts[2] || '{date}', link: parts[3] || null, fallback: label || '' };
    }
    if (target.indexOf('!subteam^') === 0) return { t: 'special', v: label || '@group' };
    if (target.charAt(0) === '!') return { t: 'special', v: '@' + (target.slice(1).split('^')[0] || 'here') };
    var href = decode(target);
    if (/^(https?:|mailto:)/i.test(href)) return { t: 'link', href: href, label: label };
    return { t: 'text', v: label || href };
  }

  /** Inline mrkdwn: code, <…> links / mentions / dates, *bold*, _italic_, ~strike~, :emoji:. */
  function parseInline(text) {
    var nodes = [];
    var buffer = '';
    var i = 0;
    function flush() {
      if (buffer) nodes.push({ t: 'text', v: decode(buffer) });
      buffer = '';
    }
    while (i < text.length) {
      var ch = text.charAt(i);
      if (ch === '`') {
        var close = text.indexOf('`', i + 1);
        if (close > i + 1 && text.slice(i + 1, close).indexOf('\n') === -1) {
          flush();
          nodes.push({ t: 'code', v: decode(text.slice(i + 1, close)) });
          i = close + 1;
          continue;
        }
      }
      if (ch === '<') {
        var end = text.indexOf('>', i + 1);
        var inner = end > i + 1 ? text.slice(i + 1, end) : '';
        if (inner && inner.indexOf('<') === -1 && inner.indexOf('\n') === -1) {
          flush();
          nodes.push(angle(inner));
          i = end + 1;
          continue;
        }
      }
      if ((ch === '*' || ch === '_' || ch === '~') && !isWordChar(text.charAt(i - 1))) {
        var stop = findClose(text, i, ch);
        if (stop > i + 1) {
          flush();
          nodes.push({ t: ch === '*' ? 'b' : ch === '_' ? 'i' : 's', c: parseInline(text.slice(i + 1, stop)) });
          i = stop + 1;
          continue;
        }
      }
      if (ch === ':') {
        var match = /^:([a-z0-9_+-]+):/.exec(text.slice(i));
        if (match && EMOJI[match[1]]) {
          flush();
          nodes.push({ t: 'emoji', name: match[1], v: EMOJI[match[1]] });
          i += match[0].length;
          continue;
        }
      }
      buffer += ch;
      i += 1;
    }
    flush();
    return nodes;
  }

  function parseLines(text) {
    var nodes = [];
    var lines = text.split('\n');
    var quote = null;
    lines.forEach(function (line, index) {
      var quoted = /^(>|&gt;) ?/.exec(line);
      if (quoted) {
        if (!quote) {
          quote = [];
          nodes.push({ t: 'quote', c: quote });
        } else quote.push({ t: 'br' });
        Array.prototype.push.apply(quote, parseInline(line.slice(quoted[0].length)));
        return;
      }
      quote = null;
      if (index > 0 && nodes.length > 0 && nodes[nodes.length - 1].t !== 'quote') nodes.push({ t: 'br' });
      Array.prototype.push.apply(nodes, parseInline(line));
    });
    return nodes;
  }

  /** The whole of a mrkdwn text as a tree. */
  function parse(text) {
    var nodes = [];
    var source = String(text == null ? '' : text);
    var fence = /```([\s\S]*?)```/g;
    var last = 0;
    var match;
    while ((match = fence.exec(source))) {
      if (match.index > last) Array.prototype.push.apply(nodes, parseLines(source.slice(last, match.index).replace(/\n$/, '')));
      nodes.push({ t: 'pre', v: decode(match[1].replace(/^\n/, '')) });
      last = match.index + match[0].length;
    }
    if (last < source.length) Array.prototype.push.apply(nodes, parseLines(last > 0 ? source.slice(last).replace(/^\n/, '') : source));
    return nodes;
  }

  // ---- dates ------------------------------------------------------------------------------------------------------

  function ordinal(day, locale) {
    if (!/^en/i.test(locale)) return String(day);
    var rest = day % 100;
    if (rest >= 11 && rest <= 13) return day + 'th';
    return day + ({ 1: 'st', 2: 'nd', 3: 'rd' }[day % 10] || 'th');
  }

  function partsOf(date, tz, locale, options) {
    var out = {};
    new Intl.DateTimeFormat(locale, Object.assign({ timeZone: tz }, options)).formatToParts(date).forEach(function (part) {
      out[part.type] = part.value;
    });
    return out;
  }

  function dayNumber(date, tz) {
    var p = partsOf(date, tz, 'en-US', { year: 'numeric', month: 'numeric', day: 'numeric' });
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / 86400000;
  }

  var RELATIVE = {
    en: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' },
    sv: { '-1': 'igår', 0: 'idag', 1: 'imorgon' },
  };

  /**
   * Slack's `<!date^…^{token}…>` in the reader's zone and language: {date_num} {date} {date_short} {date_long},
   * their _pretty forms (today / yesterday / tomorrow), {time} {time_secs} {ago}.
   */
  function formatDate(seconds, format, options) {
    var tz = options.tz || 'UTC';
    var locale = options.locale || 'en-US';
    var lang = /^sv/i.test(locale) ? 'sv' : 'en';
    var date = new Date(seconds * 1000);
    var now = new Date(options.now == null ? Date.now() : options.now);
    var p = partsOf(date, tz, locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
    var short = partsOf(date, tz, locale, { year: 'numeric', month: 'short', day: 'numeric' });
    var day = Number(p.day);
    var dateText = lang === 'en' ? p.month + ' ' + ordinal(day, locale) + ', ' + p.year : day + ' ' + p.month + ' ' + p.year;
    var shortText = lang === 'en' ? short.month + ' ' + day + ', ' + short.year : day + ' ' + short.month.replace(/\.$/, '') + ' ' + short.year;
    var longText = lang === 'en' ? p.weekday + ', ' + dateText : p.weekday + ' ' + dateText;
    var offset = dayNumber(date, tz) - dayNumber(now, tz);
    var relative = RELATIVE[lang][offset];
    // Slack writes "Today" only where the format starts with the token; mid-sentence it stays "today".
    function pretty(text, atStart) {
      if (relative === undefined) return text;
      return atStart ? relative.charAt(0).toUpperCase() + relative.slice(1) : relative;
    }
    // Swedes write 09:00, Americans 9:00 AM.
    var hour = lang === 'sv' ? '2-digit' : 'numeric';
    var iso = partsOf(date, tz, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
    var tokens = {
      date_num: iso.year + '-' + iso.month + '-' + iso.day,
      date: dateText,
      date_short: shortText,
      date_long: longText,
      date_pretty: function (atStart) {
        return pretty(dateText, atStart);
      },
      date_short_pretty: function (atStart) {
        return pretty(shortText, atStart);
      },
      date_long_pretty: function (atStart) {
        return pretty(longText, atStart);
      },
      time: new Intl.DateTimeFormat(locale, { timeZone: tz, hour: hour, minute: '2-digit' }).format(date),
      time_secs: new Intl.DateTimeFormat(locale, { timeZone: tz, hour: hour, minute: '2-digit', second: '2-digit' }).format(date),
      ago: agoText(date, now, locale),
    };
    return String(format).replace(/\{(\w+)\}/g, function (whole, name, offset) {
      if (!Object.prototype.hasOwnProperty.call(tokens, name)) return whole;
      var token = tokens[name];
      return typeof token === 'function' ? token(offset === 0) : token;
    });
  }

  function agoText(date, now, locale) {
    var seconds = Math.round((date.getTime() - now.getTime()) / 1000);
    var units = [
      ['year', 31536000],
      ['month', 2592000],
      ['week', 604800],
      ['day', 86400],
      ['hour', 3600],
      ['minute', 60],
    ];
    var rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (var k = 0; k < units.length; k += 1) {
      if (Math.abs(seconds) >= units[k][1]) return rtf.format(Math.round(seconds / units[k][1]), units[k][0]);
    }
    return rtf.format(seconds, 'second');
  }

  // ---- DOM ------------------------------------------------------------------------------------------------------

  /**
   * DOM nodes for a tree. `context`: document, userName(id), channelName(id), tz, locale, now (ms).
   */
  function render(nodes, context) {
    var doc = context.document;
    var fragment = doc.createDocumentFragment();
    nodes.forEach(function (node) {
      fragment.appendChild(renderNode(node, context, doc));
    });
    return fragment;
  }

  function element(doc, tag, className, text) {
    var el = doc.createElement(tag);
    if (className) el.className = className;
    if (text != null) el.textContent = text;
    return el;
  }

  function renderNode(node, context, doc) {
    switch (node.t) {
      case 'text':
        return doc.createTextNode(node.v);
      case 'br':
        return doc.createElement('br');
      case 'b':
      case 'i':
      case 's': {
        var el = doc.createElement(node.t === 'b' ? 'strong' : node.t === 'i' ? 'em' : 'del');
        el.appendChild(render(node.c, context));
        return el;
      }
      case 'code':
        return element(doc, 'code', 'md-code', node.v);
      case 'pre':
        return element(doc, 'pre', 'md-pre', node.v);
      case 'quote': {
        var quote = element(doc, 'blockquote', 'md-quote');
        quote.appendChild(render(node.c, context));
        return quote;
      }
      case 'emoji':
        return element(doc, 'span', 'md-emoji', node.v);
      case 'user': {
        var name = context.userName(node.id) || node.label || node.id;
        return element(doc, 'span', 'md-mention', '@' + name);
      }
      case 'channel': {
        var channel = node.label || context.channelName(node.id) || node.id;
        return element(doc, 'span', 'md-mention', '#' + channel);
      }
      case 'special':
        return element(doc, 'span', 'md-mention md-special', node.v);
      case 'date': {
        var text = Number.isFinite(node.ts) ? formatDate(node.ts, node.format, context) : node.fallback;
        var time = element(doc, 'time', 'md-date', text);
        if (Number.isFinite(node.ts)) time.setAttribute('datetime', new Date(node.ts * 1000).toISOString());
        time.setAttribute('title', node.fallback || '');
        return time;
      }
      case 'link': {
        var a = element(doc, 'a', 'md-link', node.label || node.href);
        a.setAttribute('href', node.href);
        a.setAttribute('target', '_blank');
        a.setAttribute('rel', 'noopener noreferrer');
        return a;
      }
      default:
        return doc.createTextNode('');
    }
  }

  var api = { parse: parse, parseInline: parseInline, render: render, formatDate: formatDate, decode: decode, EMOJI: EMOJI };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else root.RMMrkdwn = api;
})(typeof window !== 'undefined' ? window : this);
