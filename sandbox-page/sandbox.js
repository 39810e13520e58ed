/*
 * The sandbox page: pick who you are, type /reverse-mentor commands, read your DMs, group DMs, channels and App
 * Home, click buttons, fill in modals, and move the simulated clock. Every action goes to the sandbox server,
 * which sends Slack's signed request to the real app. Everything is drawn with createElement and textContent:
 * nothing the app or a person wrote is ever parsed as HTML.
 */
(function () {
  'use strict';

  var md = window.RMMrkdwn;
  var COMMAND = '/reverse-mentor';
  var state = null;
  var me = window.localStorage.getItem('rm-sandbox-user');
  var openConversation = {};
  var seen = {};
  var pending = 0;
  var loading = null;
  var reloadAgain = false;
  var signatures = {};
  var modalErrors = {};

  function $(id) {
    return document.getElementById(id);
  }

  /** A DOM element: props.className, props.text, props.attrs, props.on; children are nodes or strings. */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    props = props || {};
    if (props.className) node.className = props.className;
    if (props.text != null) node.textContent = String(props.text);
    if (props.attrs) {
      Object.keys(props.attrs).forEach(function (name) {
        var value = props.attrs[name];
        if (value === false || value == null) return;
        node.setAttribute(name, value === true ? '' : String(value));
      });
    }
    if (props.on) {
      Object.keys(props.on).forEach(function (event) {
        node.addEventListener(event, props.on[event]);
      });
    }
    (children || []).forEach(function (child) {
      if (child == null || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // ---- server -------------------------------------------------------------------------------------------------

  function showToast(message, kind) {
    var toast = $('toast');
    toast.textContent = message;
    toast.className = 'toast' + (kind ? ' toast-' + kind : '');
    toast.hidden = false;
    clearTimeout(showToast.timer);
    showToast.timer = setTimeout(function () {
      toast.hidden = true;
    }, 3000);
  }

  function setBusy(delta) {
    pending += delta;
    $('progress').hidden = pending === 0;
    document.body.classList.toggle('is-busy', pending > 0);
  }

  function post(path, body) {
    setBusy(1);
    return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body || {}) })
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) throw new Error(json.error || 'HTTP ' + response.status);
          if (json.status && json.status !== 200) throw new Error('The app answered HTTP ' + json.status);
          return json;
        });
      })
      .catch(function (error) {
        showToast(error.message, 'error');
        throw error;
      })
      .finally(function () {
        setBusy(-1);
        load();
      });
  }

  function load() {
    if (!me) return Promise.resolve();
    if (loading) {
      reloadAgain = true;
      return loading;
    }
    document.body.classList.add('is-loading');
    loading = fetch('/api/state?user=' + encodeURIComponent(me))
      .then(function (response) {
        if (!response.ok) throw new Error('state: HTTP ' + response.status);
        return response.json();
      })
      .then(function (next) {
        state = next;
        render();
      })
      .catch(function (error) {
        showToast(error.message, 'error');
      })
      .finally(function () {
        loading = null;
        if (reloadAgain) {
          reloadAgain = false;
          load();
        } else document.body.classList.remove('is-loading');
      });
    return loading;
  }

  function listen() {
    var events = new EventSource('/api/events');
    events.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (!state || data.version !== state.version) load();
    };
  }

  // ---- people, names and times ------------------------------------------------------------------------------------

  function person(id) {
    if (!state) return null;
    for (var i = 0; i < state.people.length; i += 1) if (state.people[i].id === id) return state.people[i];
    return null;
  }

  function userName(id) {
    if (state && id === state.bot.id) return state.bot.name;
    var found = person(id);
    return found ? found.name : null;
  }

  function channelName(id) {
    if (!state) return null;
    for (var i = 0; i < state.channels.length; i += 1) if (state.channels[i].id === id) return state.channels[i].name;
    return null;
  }

  function mdContext() {
    return {
      document: document,
      userName: userName,
      channelName: channelName,
      tz: state.me.tz,
      locale: state.me.locale,
      now: Date.parse(state.now),
    };
  }

  function mrkdwn(text) {
    return md.render(md.parse(text), mdContext());
  }

  /** Plain text with :emoji: shortcodes shown as emoji, as Slack does when `emoji` is true. */
  function plainText(text, emoji) {
    var value = String(text == null ? '' : text);
    if (emoji === false) return value;
    return value.replace(/:([a-z0-9_+-]+):/g, function (whole, name) {
      return md.EMOJI[name] || whole;
    });
  }

  function textObject(object) {
    if (!object) return document.createTextNode('');
    if (object.type === 'mrkdwn') return mrkdwn(object.text);
    return document.createTextNode(plainText(object.text, object.emoji));
  }

  /** A time in the viewer's zone and language (`chrome`: the page's own English, in their zone). */
  function formatIn(ms, options, chrome) {
    return new Intl.DateTimeFormat(chrome ? 'en-GB' : state.me.locale, Object.assign({ timeZone: state.me.tz }, options)).format(new Date(ms));
  }

  function initials(name) {
    var parts = String(name || '?').split(/\s+/).filter(Boolean);
    return ((parts[0] || '?').charAt(0) + (parts.length > 1 ? parts[parts.length - 1].charAt(0) : '')).toUpperCase();
  }

  function avatar(id, name, small) {
    var hue = 0;
    for (var i = 0; i < id.length; i += 1) hue = (hue * 31 + id.charCodeAt(i)) % 360;
    var isBot = state && id === state.bot.id;
    var node = el('span', { className: 'avatar' + (small ? ' avatar-small' : '') + (isBot ? ' avatar-bot' : ''), text: isBot ? 'RM' : initials(name), attrs: { 'aria-hidden': 'true' } });
    if (!isBot) node.style.background = 'hsl(' + hue + ', 45%, 42%)';
    return node;
  }

  /**
   * The words Slack's own client puts around Block Kit (not the app's): in the viewer's Slack language, as Slack
   * shows them, so a Swedish modal reads Swedish throughout.
   */
  var CLIENT_WORDS = {
    en: { optional: ' (optional)', select: 'Select an item', pickPerson: 'Select a person', pickChannel: 'Select a channel' },
    sv: { optional: ' (valfritt)', select: 'Välj ett alternativ', pickPerson: 'Välj en person', pickChannel: 'Välj en kanal' },
  };

  function clientWord(key) {
    var locale = state && state.me && state.me.locale;
    return (CLIENT_WORDS[/^sv/i.test(locale || '') ? 'sv' : 'en'])[key];
  }

  function languageLabel(locale) {
    return /^sv/i.test(locale) ? 'Svenska' : 'English';
  }

  // ---- Block Kit --------------------------------------------------------------------------------------------------

  /** `surface`: { kind: message|ephemeral|home|modal, source (for actions), errors (modal), viewId }. */
  function renderBlocks(blocks, surface) {
    var container = el('div', { className: 'blocks' });
    (blocks || []).forEach(function (block) {
      var node = renderBlock(block, surface);
      if (node) container.appendChild(node);
    });
    return container;
  }

  function renderBlock(block, surface) {
    switch (block.type) {
      case 'header':
        return el('h3', { className: 'bk-header' }, [textObject(block.text)]);
      case 'section': {
        var body = el('div', { className: 'bk-section-body' });
        if (block.text) body.appendChild(el('div', { className: 'bk-text' }, [textObject(block.text)]));
        if (block.fields && block.fields.length) {
          body.appendChild(
            el(
              'div',
              { className: 'bk-fields' },
              block.fields.map(function (field) {
                return el('div', { className: 'bk-field' }, [textObject(field)]);
              }),
            ),
          );
        }
        var section = el('div', { className: 'bk-section' }, [body]);
        if (block.accessory) section.appendChild(el('div', { className: 'bk-accessory' }, [renderElement(block.accessory, block, surface)]));
        return section;
      }
      case 'context':
        return el(
          'div',
          { className: 'bk-context' },
          (block.elements || []).map(function (item) {
            if (item.type === 'image') return imageNode(item.image_url, item.alt_text, 'bk-context-image');
            return el('span', { className: 'bk-context-text' }, [textObject(item)]);
          }),
        );
      case 'divider':
        return el('hr', { className: 'bk-divider' });
      case 'actions':
        return el(
          'div',
          { className: 'bk-actions' },
          (block.elements || []).map(function (item) {
            return renderElement(item, block, surface);
          }),
        );
      case 'image':
        return el('figure', { className: 'bk-image' }, [
          block.title ? el('figcaption', {}, [textObject(block.title)]) : null,
          imageNode(block.image_url, block.alt_text, ''),
        ]);
      case 'input':
        return renderInput(block, surface);
      case 'rich_text':
        return renderRichText(block);
      case 'markdown':
        return el('div', { className: 'bk-text' }, [mrkdwn(block.text || '')]);
      default:
        return el('div', { className: 'bk-unknown', text: '[' + block.type + ' block]' });
    }
  }

  /** Images on loopback only: the sandbox never makes the browser fetch anything from the internet. */
  function imageNode(url, alt, className) {
    var src = String(url || '');
    var local = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:image\/)/i.test(src) || src.indexOf('/') === 0;
    if (!local) return el('span', { className: 'bk-image-placeholder ' + className, text: '🖼 ' + (alt || 'image') });
    return el('img', { className: className, attrs: { src: src, alt: alt || '', loading: 'lazy' } });
  }

  function renderRichText(block) {
    var out = el('div', { className: 'bk-text bk-rich' });
    (block.elements || []).forEach(function (part) {
      var node = el(part.type === 'rich_text_preformatted' ? 'pre' : part.type === 'rich_text_quote' ? 'blockquote' : 'div');
      var items = part.type === 'rich_text_list' ? part.elements : [part];
      items.forEach(function (item) {
        var line = el(part.type === 'rich_text_list' ? 'li' : 'span');
        (item.elements || []).forEach(function (leaf) {
          if (leaf.type === 'text') {
            var text = el(leaf.style && leaf.style.code ? 'code' : 'span', { text: leaf.text });
            if (leaf.style && leaf.style.bold) text.style.fontWeight = '700';
            if (leaf.style && leaf.style.italic) text.style.fontStyle = 'italic';
            line.appendChild(text);
          } else if (leaf.type === 'link') line.appendChild(md.render([{ t: 'link', href: leaf.url, label: leaf.text || null }], mdContext()));
          else if (leaf.type === 'user') line.appendChild(md.render([{ t: 'user', id: leaf.user_id }], mdContext()));
          else if (leaf.type === 'emoji') line.appendChild(document.createTextNode(md.EMOJI[leaf.name] || ':' + leaf.name + ':'));
        });
        node.appendChild(line);
      });
      out.appendChild(part.type === 'rich_text_list' ? el('ul', {}, [node]) : node);
    });
    return out;
  }

  function sendAction(surface, block, element, value, extra) {
    var body = { user: me, source: surface.source, actionId: element.action_id };
    if (block && block.block_id) body.blockId = block.block_id;
    if (value !== undefined) body.value = value;
    if (surface.kind === 'modal') body.form = collectForm($('modal-form'));
    return post('/api/action', Object.assign(body, extra || {}));
  }

  function withConfirm(confirm, go) {
    if (!confirm) return go();
    var layer = $('confirm-layer');
    clear(layer);
    function close() {
      layer.hidden = true;
      clear(layer);
    }
    layer.appendChild(
      el('div', { className: 'confirm', attrs: { role: 'dialog', 'aria-modal': 'true' } }, [
        el('h4', {}, [textObject(confirm.title || { type: 'plain_text', text: 'Are you sure?' })]),
        el('div', { className: 'confirm-text' }, [textObject(confirm.text)]),
        el('div', { className: 'confirm-buttons' }, [
          el('button', { className: 'bk-button', attrs: { type: 'button' }, on: { click: close } }, [textObject(confirm.deny || { type: 'plain_text', text: 'Cancel' })]),
          el('button', {
            className: 'bk-button ' + (confirm.style === 'danger' ? 'bk-danger' : 'bk-primary'),
            attrs: { type: 'button', 'data-testid': 'confirm-yes' },
            on: {
              click: function () {
                close();
                go();
              },
            },
          }, [textObject(confirm.confirm || { type: 'plain_text', text: 'Yes' })]),
        ]),
      ]),
    );
    layer.hidden = false;
  }

  function optionsOf(element) {
    var list = (element.options || []).slice();
    (element.option_groups || []).forEach(function (group) {
      list = list.concat(group.options || []);
    });
    return list;
  }

  /** An interactive element in a message, App Home, section accessory or modal actions block. */
  function renderElement(element, block, surface) {
    var fire = function (value) {
      sendAction(surface, block, element, value);
    };
    switch (element.type) {
      case 'button': {
        var button = el('button', {
          className: 'bk-button' + (element.style === 'primary' ? ' bk-primary' : element.style === 'danger' ? ' bk-danger' : ''),
          attrs: { type: 'button', 'data-action-id': element.action_id, 'data-value': element.value },
          on: {
            click: function () {
              withConfirm(element.confirm, function () {
                if (element.url && /^https?:/i.test(element.url)) window.open(element.url, '_blank', 'noopener,noreferrer');
                button.disabled = true;
                // The block id and the button's own value tell it from other buttons with the same action id.
                sendAction(surface, block, element, element.value)
                  .catch(function () {})
                  .finally(function () {
                    button.disabled = false;
                  });
              });
            },
          },
        }, [textObject(element.text)]);
        return button;
      }
      case 'image':
        return imageNode(element.image_url, element.alt_text, 'bk-accessory-image');
      case 'overflow': {
        var menu = el('select', { className: 'bk-select bk-overflow', attrs: { 'aria-label': 'More actions', 'data-action-id': element.action_id } }, [
          el('option', { text: '⋯', attrs: { value: '' } }),
        ].concat(
          optionsOf(element).map(function (option) {
            return el('option', { text: plainText(option.text && option.text.text), attrs: { value: option.value } });
          }),
        ));
        menu.addEventListener('change', function () {
          if (menu.value) withConfirm(element.confirm, function () { fire(menu.value); });
        });
        return menu;
      }
      default: {
        var control = formControl(element, block, surface);
        if (!control) return el('span', { className: 'bk-unknown', text: '[' + element.type + ']' });
        control.addEventListener('change', function () {
          withConfirm(element.confirm, function () {
            fire(controlValue(control));
          });
        });
        return control;
      }
    }
  }

  function optionNodes(options, selectedValues, placeholder) {
    var nodes = [el('option', { text: placeholder || clientWord('select'), attrs: { value: '' } })];
    options.forEach(function (option) {
      nodes.push(el('option', { text: option.label, attrs: { value: option.value, selected: selectedValues.indexOf(option.value) !== -1 } }));
    });
    return nodes;
  }

  function peopleOptions() {
    return state.people.map(function (p) {
      return { value: p.id, label: p.name };
    });
  }

  function channelOptions() {
    return state.channels.map(function (c) {
      return { value: c.id, label: '#' + c.name };
    });
  }

  function chips(kind, options, selected, attrs, max) {
    var box = el('div', { className: 'bk-chips', attrs: Object.assign({ 'data-kind': kind, role: 'group' }, attrs) });
    options.forEach(function (option) {
      var input = el('input', { attrs: { type: 'checkbox', value: option.value, checked: selected.indexOf(option.value) !== -1 } });
      input.addEventListener('change', function () {
        if (max && box.querySelectorAll('input:checked').length > max) input.checked = false;
      });
      box.appendChild(el('label', { className: 'bk-chip' }, [input, el('span', { text: option.label })]));
    });
    return box;
  }

  function choiceList(kind, element, selected) {
    var name = 'choice-' + Math.random().toString(36).slice(2);
    var box = el('div', { className: 'bk-choices', attrs: { 'data-kind': kind, role: kind === 'radio' ? 'radiogroup' : 'group' } });
    optionsOf(element).forEach(function (option) {
      var input = el('input', { attrs: { type: kind === 'radio' ? 'radio' : 'checkbox', name: name, value: option.value, checked: selected.indexOf(option.value) !== -1 } });
      box.appendChild(
        el('label', { className: 'bk-choice' }, [
          input,
          el('span', { className: 'bk-choice-text' }, [
            el('span', {}, [textObject(option.text)]),
            option.description ? el('span', { className: 'bk-choice-description' }, [textObject(option.description)]) : null,
          ]),
        ]),
      );
    });
    return box;
  }

  /** A form control for an input element, carrying data-element-type so its value can be read back. */
  function formControl(element, block, surface) {
    var placeholder = element.placeholder ? plainText(element.placeholder.text) : null;
    var attrs = { 'data-element-type': element.type, 'data-action-id': element.action_id, 'data-block-id': block.block_id || '' };
    var selectedOne = function (option) {
      return option ? [option.value] : [];
    };
    switch (element.type) {
      case 'plain_text_input': {
        var text = el(element.multiline ? 'textarea' : 'input', {
          className: 'bk-input',
          attrs: Object.assign({}, attrs, {
            type: element.multiline ? null : 'text',
            placeholder: placeholder,
            maxlength: element.max_length,
            rows: element.multiline ? 4 : null,
          }),
        });
        text.value = element.initial_value || '';
        return text;
      }
      case 'number_input':
      case 'email_text_input':
      case 'url_text_input': {
        var input = el('input', {
          className: 'bk-input',
          attrs: Object.assign({}, attrs, {
            type: element.type === 'number_input' ? 'number' : element.type === 'email_text_input' ? 'email' : 'url',
            placeholder: placeholder,
            min: element.min_value,
            max: element.max_value,
            step: element.type === 'number_input' ? (element.is_decimal_allowed ? 'any' : '1') : null,
          }),
        });
        input.value = element.initial_value || '';
        return input;
      }
      case 'static_select':
      case 'external_select': {
        var options = optionsOf(element).map(function (option) {
          return { value: option.value, label: plainText(option.text && option.text.text) };
        });
        return el('select', { className: 'bk-select', attrs: attrs }, optionNodes(options, selectedOne(element.initial_option), placeholder));
      }
      case 'multi_static_select':
      case 'multi_external_select': {
        var list = optionsOf(element).map(function (option) {
          return { value: option.value, label: plainText(option.text && option.text.text) };
        });
        return chips('multi', list, (element.initial_options || []).map(function (o) { return o.value; }), attrs, element.max_selected_items);
      }
      case 'users_select':
        return el('select', { className: 'bk-select', attrs: attrs }, optionNodes(peopleOptions(), element.initial_user ? [element.initial_user] : [], placeholder || clientWord('pickPerson')));
      case 'multi_users_select':
        return chips('multi', peopleOptions(), element.initial_users || [], attrs, element.max_selected_items);
      case 'conversations_select':
      case 'channels_select': {
        var initial = element.initial_conversation || element.initial_channel;
        if (!initial && element.default_to_current_conversation && openConversation[me]) initial = openConversation[me];
        return el('select', { className: 'bk-select', attrs: attrs }, optionNodes(channelOptions(), initial ? [initial] : [], placeholder || clientWord('pickChannel')));
      }
      case 'multi_conversations_select':
      case 'multi_channels_select':
        return chips('multi', channelOptions(), element.initial_conversations || element.initial_channels || [], attrs, element.max_selected_items);
      case 'radio_buttons':
        return addAttrs(choiceList('radio', element, selectedOne(element.initial_option)), attrs);
      case 'checkboxes':
        return addAttrs(choiceList('checkbox', element, (element.initial_options || []).map(function (o) { return o.value; })), attrs);
      case 'datepicker': {
        var date = el('input', { className: 'bk-input bk-narrow', attrs: Object.assign({}, attrs, { type: 'date' }) });
        date.value = element.initial_date || '';
        return date;
      }
      case 'timepicker': {
        var time = el('input', { className: 'bk-input bk-narrow', attrs: Object.assign({}, attrs, { type: 'time' }) });
        time.value = element.initial_time || '';
        return time;
      }
      case 'datetimepicker': {
        var stamp = el('input', { className: 'bk-input bk-narrow', attrs: Object.assign({}, attrs, { type: 'datetime-local' }) });
        if (element.initial_date_time) stamp.value = new Date(element.initial_date_time * 1000).toISOString().slice(0, 16);
        return stamp;
      }
      default:
        return null;
    }
  }

  function addAttrs(node, attrs) {
    Object.keys(attrs).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    return node;
  }

  /** The raw value of a control: a string, a list for chips and checkboxes, or null. */
  function controlValue(control) {
    var type = control.getAttribute('data-element-type');
    if (control.classList.contains('bk-chips') || type === 'checkboxes') {
      return Array.prototype.map.call(control.querySelectorAll('input:checked'), function (input) {
        return input.value;
      });
    }
    if (type === 'radio_buttons') {
      var chosen = control.querySelector('input:checked');
      return chosen ? chosen.value : null;
    }
    if (type === 'datetimepicker') return control.value ? String(Math.floor(Date.parse(control.value) / 1000)) : null;
    return control.value === '' ? null : control.value;
  }

  function collectForm(form) {
    var values = {};
    if (!form) return values;
    Array.prototype.forEach.call(form.querySelectorAll('[data-element-type]'), function (control) {
      var blockId = control.getAttribute('data-block-id');
      var actionId = control.getAttribute('data-action-id');
      if (!blockId || !actionId) return;
      values[blockId] = values[blockId] || {};
      values[blockId][actionId] = controlValue(control);
    });
    return values;
  }

  /** Puts values read with collectForm back into a freshly drawn form (Slack keeps what was typed). */
  function applyForm(form, values) {
    Array.prototype.forEach.call(form.querySelectorAll('[data-element-type]'), function (control) {
      var blockValues = values[control.getAttribute('data-block-id')];
      if (!blockValues || !Object.prototype.hasOwnProperty.call(blockValues, control.getAttribute('data-action-id'))) return;
      var value = blockValues[control.getAttribute('data-action-id')];
      var list = Array.isArray(value) ? value : value == null ? [] : [value];
      var inputs = control.querySelectorAll('input[type=checkbox], input[type=radio]');
      if (inputs.length) {
        Array.prototype.forEach.call(inputs, function (input) {
          input.checked = list.indexOf(input.value) !== -1;
        });
      } else if (control.getAttribute('data-element-type') !== 'datetimepicker') {
        control.value = list.length ? list[0] : '';
      }
    });
  }

  function renderInput(block, surface) {
    var element = block.element || {};
    var control = formControl(element, block, surface);
    var error = surface.errors && surface.errors[block.block_id];
    var id = 'input-' + (block.block_id || Math.random().toString(36).slice(2));
    if (control && control.tagName !== 'DIV') control.id = id;
    if (control && block.dispatch_action) {
      control.addEventListener('change', function () {
        sendAction(surface, block, element, controlValue(control));
      });
    }
    return el('div', { className: 'bk-input-block' + (error ? ' has-error' : ''), attrs: { 'data-block': block.block_id } }, [
      el('label', { className: 'bk-label', attrs: { for: control && control.tagName !== 'DIV' ? id : null } }, [
        textObject(block.label),
        block.optional ? el('span', { className: 'bk-optional', text: clientWord('optional') }) : null,
      ]),
      control || el('span', { className: 'bk-unknown', text: '[' + element.type + ']' }),
      block.hint ? el('div', { className: 'bk-hint' }, [textObject(block.hint)]) : null,
      error ? el('div', { className: 'bk-error', attrs: { 'data-testid': 'input-error', role: 'alert' }, text: error }) : null,
    ]);
  }

  // ---- regions ------------------------------------------------------------------------------------------------------

  function changed(region, value) {
    var signature = JSON.stringify(value);
    if (signatures[region] === signature) return false;
    signatures[region] = signature;
    return true;
  }

  function render() {
    if (!state) return;
    renderTopbar();
    renderWho();
    renderSidebar();
    renderMain();
    renderSide();
  }

  function renderTopbar() {
    var now = Date.parse(state.now);
    document.querySelector('[data-testid=clock-now]').textContent =
      formatIn(now, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, true) + ' · ' + formatIn(now, { hour: '2-digit', minute: '2-digit' }, true);
    document.querySelector('[data-testid=clock-next]').textContent =
      'Simulated time, shown in ' + state.me.tz.replace(/_/g, ' ') + ' · ' +
      (state.nextPromptAt
        ? 'next prompt ' + formatIn(Date.parse(state.nextPromptAt), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }, true)
        : 'no prompt scheduled');
  }

  function renderWho() {
    var select = $('who');
    if (!changed('who', [state.people, me])) return;
    clear(select);
    var groups = [
      ['Organizer', function (p) { return p.organizer; }],
      ['Mentors', function (p) { return !p.organizer && p.role === 'mentor'; }],
      ['Mentees', function (p) { return !p.organizer && p.role === 'mentee'; }],
      ['Not joined yet', function (p) { return !p.organizer && !p.role; }],
    ];
    groups.forEach(function (group) {
      var members = state.people.filter(group[1]);
      if (!members.length) return;
      select.appendChild(
        el('optgroup', { attrs: { label: group[0] } }, members.map(function (p) {
          return el('option', { text: p.name + ' — ' + languageLabel(p.locale) + ', ' + p.tz.split('/').pop().replace(/_/g, ' '), attrs: { value: p.id, selected: p.id === me } });
        })),
      );
    });
    var mine = person(me);
    var card = $('me-card');
    clear(card);
    if (mine) {
      card.appendChild(avatar(mine.id, mine.name));
      card.appendChild(
        el('div', { className: 'me-text' }, [
          el('div', { className: 'me-name', text: mine.name }),
          el('div', { className: 'me-meta', text: mine.title }),
          el('div', { className: 'me-meta', text: mine.tz.replace(/_/g, ' ') + ' · ' + languageLabel(mine.locale) + (mine.role ? ' · ' + mine.role : '') }),
        ]),
      );
    }
  }

  function conversationTitle(conv) {
    if (conv.kind === 'im') return 'Reverse Mentor';
    if (conv.kind === 'mpim') {
      return conv.members.filter(function (id) { return id !== me; }).map(function (id) { return userName(id) || id; }).join(', ');
    }
    return '#' + conv.name;
  }

  function lastTs(conv) {
    var list = conv.messages;
    return list.length ? list[list.length - 1].ts : '0';
  }

  function currentConversation() {
    var id = openConversation[me];
    var found = state.conversations.filter(function (conv) { return conv.id === id; })[0];
    if (!found) {
      found = state.conversations.filter(function (conv) { return conv.kind === 'im'; })[0] || state.conversations[0];
      if (found) openConversation[me] = found.id;
    }
    return found;
  }

  function unread(conv) {
    var key = me + ':' + conv.id;
    if (seen[key] === undefined) seen[key] = lastTs(conv);
    return conv.messages.filter(function (m) {
      return Number(m.ts) > Number(seen[key]) && m.from !== me;
    }).length;
  }

  function renderSidebar() {
    var current = currentConversation();
    if (current) seen[me + ':' + current.id] = lastTs(current);
    var groups = [
      ['Apps', state.conversations.filter(function (c) { return c.kind === 'im'; })],
      ['Channels', state.conversations.filter(function (c) { return c.kind === 'public_channel' || c.kind === 'private_channel'; })],
      ['Group DMs', state.conversations.filter(function (c) { return c.kind === 'mpim'; })],
    ];
    var view = groups.map(function (g) {
      return [g[0], g[1].map(function (c) { return [c.id, conversationTitle(c), unread(c), current && current.id === c.id]; })];
    });
    if (!changed('sidebar', [view, me])) return;
    var box = $('conversations');
    clear(box);
    view.forEach(function (group) {
      if (!group[1].length) return;
      box.appendChild(el('div', { className: 'conv-group', text: group[0] }));
      group[1].forEach(function (item) {
        var prefix = group[0] === 'Apps' ? '◆ ' : group[0] === 'Channels' ? '' : '● ';
        box.appendChild(
          el('button', {
            className: 'conv' + (item[3] ? ' is-active' : '') + (item[2] ? ' is-unread' : ''),
            attrs: { type: 'button', 'data-conv-id': item[0], 'data-conv-name': item[1] },
            on: {
              click: function () {
                openConversation[me] = item[0];
                render();
              },
            },
          }, [el('span', { className: 'conv-name', text: prefix + item[1] }), item[2] ? el('span', { className: 'badge', text: String(item[2]) }) : null]),
        );
      });
    });
  }

  function fileNode(file) {
    var isImage = /\.(png|jpe?g|gif)$/i.test(file.name);
    var size = file.size > 1024 ? Math.round(file.size / 1024) + ' KB' : file.size + ' B';
    return el('div', { className: 'file' }, [
      isImage
        ? el('a', { attrs: { href: file.url, target: '_blank', rel: 'noopener noreferrer' } }, [
            el('img', { className: 'file-image', attrs: { src: file.url, alt: file.altText || file.title, 'data-testid': 'file-image' } }),
          ])
        : null,
      el('div', { className: 'file-card' }, [
        el('span', { className: 'file-icon', text: isImage ? '🖼' : /\.csv$/i.test(file.name) ? '📊' : /\.ics$/i.test(file.name) ? '📅' : '📄' }),
        el('span', { className: 'file-text' }, [el('strong', { text: file.title || file.name }), el('span', { className: 'file-meta', text: file.name + ' · ' + size })]),
        el('a', { className: 'file-link', text: 'Open', attrs: { href: file.url + (isImage ? '' : '?view=1'), target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'file-open' } }),
        el('a', { className: 'file-link', text: 'Download', attrs: { href: file.url, download: file.name } }),
      ]),
    ]);
  }

  function messageNode(message, conv) {
    var from = message.from;
    var isMine = from === me;
    var name = userName(from) || from;
    var at = message.at || 0;
    var surface = message.kind === 'ephemeral' ? { kind: 'ephemeral', source: { type: 'ephemeral', id: message.ephemeralId } } : { kind: 'message', source: { type: 'message', channel: conv.id, ts: message.ts } };
    var body = isMine && message.kind === 'ephemeral'
      ? el('div', { className: 'msg-command' }, [el('code', { text: message.text })])
      : message.blocks && message.blocks.length
        ? renderBlocks(message.blocks, surface)
        : el('div', { className: 'bk-text' }, [mrkdwn(message.text)]);
    return el('div', { className: 'msg' + (message.kind === 'ephemeral' ? ' msg-ephemeral' : ''), attrs: { 'data-ts': message.ts, 'data-testid': 'message' } }, [
      avatar(from, name),
      el('div', { className: 'msg-main' }, [
        el('div', { className: 'msg-head' }, [
          el('span', { className: 'msg-name', text: name }),
          from === state.bot.id ? el('span', { className: 'app-badge', text: 'APP' }) : null,
          el('span', { className: 'msg-time', text: at ? formatIn(at, { hour: '2-digit', minute: '2-digit' }) : '' }),
          message.edited ? el('span', { className: 'msg-edited', text: '(edited)' }) : null,
        ]),
        body,
        message.files.length ? el('div', { className: 'files' }, message.files.map(fileNode)) : null,
        message.kind === 'ephemeral' ? el('div', { className: 'only-you', text: '👁 Only visible to you' }) : null,
      ]),
    ]);
  }

  function renderMain() {
    var conv = currentConversation();
    var header = $('conv-header');
    var list = $('messages');
    if (!conv) return;
    if (changed('conv-header', [conv.id, conv.members, state.people.length])) {
      clear(header);
      header.appendChild(el('div', { className: 'conv-title', text: conversationTitle(conv), attrs: { 'data-testid': 'conv-title' } }));
      var who = conv.kind === 'im'
        ? 'Your direct messages with the app (the Messages tab of its App Home)'
        : conv.members.length + ' members: ' + conv.members.map(function (id) { return userName(id) || id; }).join(', ');
      header.appendChild(el('div', { className: 'conv-sub', text: who }));
    }
    if (changed('messages', [conv.id, conv.messages, state.me.tz, state.people.map(function (p) { return p.name; })])) {
      var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
      var previousConv = list.getAttribute('data-conv');
      clear(list);
      list.setAttribute('data-conv', conv.id);
      if (!conv.messages.length) {
        list.appendChild(el('div', { className: 'empty', text: conv.kind === 'im' ? 'Nothing here yet. Try /reverse-mentor help below.' : 'No messages yet.' }));
      }
      var lastDay = null;
      conv.messages.forEach(function (message) {
        if (message.at) {
          var day = formatIn(message.at, { weekday: 'long', day: 'numeric', month: 'long' });
          if (day !== lastDay) {
            list.appendChild(el('div', { className: 'day' }, [el('span', { text: day })]));
            lastDay = day;
          }
        }
        list.appendChild(messageNode(message, conv));
      });
      if (atBottom || previousConv !== conv.id) list.scrollTop = list.scrollHeight;
    }
    renderQuick();
  }

  function renderQuick() {
    var organizer = state.me.organizer;
    var commands = ['help', 'join', 'status', 'reflect', 'topics', 'suggest', 'pause', 'resume'];
    if (organizer) commands = ['help', 'cohort new', 'cohort list', 'match', 'summary', 'export', 'topics review', 'organizers list'];
    if (!changed('quick', [commands])) return;
    var box = $('quick');
    clear(box);
    commands.forEach(function (command) {
      box.appendChild(
        el('button', {
          className: 'chip',
          text: command,
          attrs: { type: 'button', 'data-command': command },
          on: {
            click: function () {
              runCommand(COMMAND + ' ' + command);
            },
          },
        }),
      );
    });
  }

  function renderSide() {
    var home = $('home');
    var homeView = state.home;
    if (changed('home', [homeView && homeView.hash, homeView && homeView.blocks, state.people.map(function (p) { return p.name; })])) {
      clear(home);
      if (!homeView) {
        home.appendChild(el('div', { className: 'empty', text: 'Opening the App Home…' }));
      } else {
        home.appendChild(el('div', { className: 'home-head' }, [avatar(state.bot.id, state.bot.name), el('strong', { text: 'Reverse Mentor' })]));
        home.appendChild(renderBlocks(homeView.blocks, { kind: 'home', source: { type: 'home' } }));
      }
    }
    var layer = $('modal-layer');
    var top = state.modals.length ? state.modals[state.modals.length - 1] : null;
    if (!changed('modal', [top && top.id, top && top.hash, top && modalErrors[top.id], state.modals.length])) return;
    var previous = $('modal-form');
    var typed = previous && top && previous.getAttribute('data-view-id') === top.id ? collectForm(previous) : null;
    clear(layer);
    layer.hidden = !top;
    if (!top) return;
    var errors = modalErrors[top.id] || {};
    var form = el('form', { className: 'modal-body', attrs: { id: 'modal-form', novalidate: true, 'data-view-id': top.id } }, [
      renderBlocks(top.blocks, { kind: 'modal', source: { type: 'modal', viewId: top.id }, errors: errors, viewId: top.id }),
    ]);
    if (typed) applyForm(form, typed);
    var submitButton = top.submit
      ? el('button', { className: 'bk-button bk-primary', attrs: { type: 'submit', form: 'modal-form', 'data-testid': 'modal-submit' } }, [textObject(top.submit)])
      : null;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (submitButton) submitButton.disabled = true;
      post('/api/submit', { user: me, viewId: top.id, values: collectForm(form) })
        .then(function (result) {
          modalErrors[top.id] = result.errors || null;
          if (result.errors) {
            signatures.modal = null;
            showToast('Some answers need another look.', 'warn');
          } else $('toast').hidden = true;
        })
        .catch(function () {})
        .finally(function () {
          if (submitButton) submitButton.disabled = false;
          load();
        });
    });
    var close = function () {
      post('/api/close', { user: me, viewId: top.id });
    };
    layer.appendChild(
      el('div', { className: 'modal', attrs: { role: 'dialog', 'aria-modal': 'true', 'data-testid': 'modal', 'data-callback-id': top.callback_id } }, [
        el('div', { className: 'modal-head' }, [
          state.modals.length > 1 ? el('button', { className: 'icon-button', text: '←', attrs: { type: 'button', 'aria-label': 'Back' }, on: { click: close } }) : null,
          el('h2', { className: 'modal-title' }, [textObject(top.title)]),
          el('button', { className: 'icon-button', text: '✕', attrs: { type: 'button', 'aria-label': 'Close' }, on: { click: close } }),
        ]),
        form,
        el('div', { className: 'modal-foot' }, [
          el('button', { className: 'bk-button', attrs: { type: 'button', 'data-testid': 'modal-close' }, on: { click: close } }, [textObject(top.close || { type: 'plain_text', text: 'Cancel' })]),
          submitButton,
        ]),
      ]),
    );
  }

  // ---- what the person does -----------------------------------------------------------------------------------------------

  function runCommand(line) {
    var conv = currentConversation();
    var text = line.trim();
    if (!text) return Promise.resolve();
    if (text.charAt(0) !== '/') text = COMMAND + ' ' + text;
    while (text.indexOf(COMMAND + ' ' + COMMAND) === 0) text = text.slice(COMMAND.length + 1);
    return post('/api/command', { user: me, text: text, channel: conv ? conv.id : undefined }).catch(function () {});
  }

  function choose(userId) {
    me = userId;
    window.localStorage.setItem('rm-sandbox-user', me);
    signatures = {};
    state = null;
    post('/api/home', { user: me }).catch(function () {});
    return load();
  }

  function wire() {
    $('who').addEventListener('change', function (event) {
      choose(event.target.value);
    });
    $('composer-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var input = $('composer');
      var line = input.value;
      input.value = '';
      runCommand(line);
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-clock]'), function (button) {
      button.addEventListener('click', function () {
        var kind = button.getAttribute('data-clock');
        var body =
          kind === 'next' ? { nextPrompt: true } : kind === 'hour' ? { hours: 1 } : { days: kind === 'n' ? Number($('advance-days').value) || 0 : 1 };
        post('/api/clock', body)
          .then(function (report) {
            showToast(report.note || 'Moved to ' + formatIn(Date.parse(report.to), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }, true) + ' · ' + report.sent + ' message(s) sent', report.note ? 'warn' : '');
          })
          .catch(function () {});
      });
    });
    $('join-everyone').addEventListener('click', function () {
      post('/api/join-everyone', {})
        .then(function (result) {
          showToast(result.joined.length + ' people joined.');
        })
        .catch(function () {});
    });
    $('reset').addEventListener('click', function () {
      withConfirm(
        {
          title: { type: 'plain_text', text: 'Reset the sandbox?' },
          text: { type: 'plain_text', text: 'Everything — cohorts, pairs, messages — is wiped and the workspace is seeded again.' },
          confirm: { type: 'plain_text', text: 'Reset' },
          style: 'danger',
        },
        function () {
          modalErrors = {};
          seen = {};
          openConversation = {};
          signatures = {};
          post('/api/reset', {})
            .then(function () {
              return choose(me);
            })
            .catch(function () {});
        },
      );
    });
    $('refresh-home').addEventListener('click', function () {
      post('/api/home', { user: me }).catch(function () {});
    });
  }

  function start() {
    wire();
    listen();
    fetch('/api/state?user=U0SBORG001')
      .then(function (response) {
        return response.json();
      })
      .then(function (first) {
        var known = first.people.some(function (p) {
          return p.id === me;
        });
        choose(known ? me : first.me.id);
      })
      .catch(function (error) {
        showToast(error.message, 'error');
      });
  }

  document.addEventListener('DOMContentLoaded', start);
})();
