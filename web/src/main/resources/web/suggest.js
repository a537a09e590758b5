// Autocomplete for the search box (ARIA combobox + listbox). Suggests skills, titles and
// companies for the word at the caret and replaces that word when one is picked.
import * as api from './api.js';
import { debounce, h, fill } from './dom.js';
import { t } from './i18n.js';
import { quoteTerm } from './state.js';

const FIELD = /^([-(]*)((?:skill|title|company|location|name):)?"?(.*)$/i;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The word being typed: from the last space before the caret (or the opening quote of an
 * unfinished phrase) to the end of that word (a closing parenthesis is kept).
 * lead/field keep "-(" and "company:" prefixes.
 */
export function wordAt(value, caret) {
  const before = value.slice(0, caret);
  const lastSpace = (text) => Math.max(...[...text.matchAll(/\s/g)].map((m) => m.index), -1);
  const openQuote = (before.match(/"/g) ?? []).length % 2 === 1;
  const start = openQuote
    ? lastSpace(before.slice(0, before.lastIndexOf('"'))) + 1
    : lastSpace(before) + 1;
  let end = caret;
  while (end < value.length && !/[\s)]/.test(value[end])) end++;
  const [, lead, field = '', prefix] = FIELD.exec(before.slice(start));
  return { start, end, lead, field, prefix: prefix.replace(/"$/, '') };
}

/** Worth asking the server? Two letters, or one CJK character; not numbers or ranges. */
const worthSuggesting = (prefix) =>
  (prefix.length >= 2 || CJK.test(prefix)) && !/^[\d.<>=]+$/.test(prefix) && !/[<>=]|\.\./.test(prefix);

export class Autocomplete {
  /** onPick(newValue) is called after a suggestion replaced the word in the input. */
  constructor(input, list, { onPick }) {
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.items = [];
    this.active = -1;
    this.seq = 0;
    this.composing = false;
    this.fetchLater = debounce(() => this.fetch(), 150);

    input.addEventListener('input', () => { if (!this.composing) this.fetchLater(); });
    input.addEventListener('compositionstart', () => { this.composing = true; });
    input.addEventListener('compositionend', () => { this.composing = false; this.fetchLater(); });
    input.addEventListener('blur', () => this.close());
    // mousedown would blur the input (and close the list) before the click lands.
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const option = e.target.closest('[role="option"]');
      if (option) this.pick(Number(option.dataset.index));
    });
  }

  get isOpen() { return !this.list.hidden; }

  /**
   * Handles the keys the list owns. Returns true when the key was consumed, so the caller
   * must not also treat it (Enter → search, Esc → clear).
   */
  handleKey(e) {
    if (e.isComposing || e.keyCode === 229) return true; // IME is choosing characters
    if (!this.isOpen) {
      if (e.key !== 'ArrowDown') return false;
      e.preventDefault(); // ask now instead of waiting for the next keystroke
      this.fetchLater.cancel();
      this.fetch();
      return true;
    }
    switch (e.key) {
      case 'ArrowDown': this.move(this.active + 1, e); return true;
      case 'ArrowUp': this.move(this.active - 1, e); return true;
      case 'Enter':
        if (this.active < 0) { this.close(); return false; }
        e.preventDefault();
        this.pick(this.active);
        return true;
      case 'Escape': e.preventDefault(); this.close(); return true;
      case 'Tab': this.close(); return false;
      default: return false;
    }
  }

  async fetch() {
    const word = wordAt(this.input.value, this.input.selectionStart ?? this.input.value.length);
    const seq = ++this.seq;
    if (!worthSuggesting(word.prefix) || document.activeElement !== this.input) {
      this.close();
      return;
    }
    this.abort?.abort();
    this.abort = new AbortController();
    try {
      const data = await api.suggest(word.prefix, this.abort.signal);
      if (seq !== this.seq) return; // a newer keystroke owns the list
      this.items = (data?.suggestions ?? []).filter((s) => s?.text).slice(0, 10);
      this.render();
    } catch {
      if (seq === this.seq) this.close(); // suggestions are optional: fail quietly
    }
  }

  render() {
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (this.items.length === 0) { this.close(); return; }
    fill(this.list, this.items.map((s, i) => h('li', {
      id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false', 'data-index': i,
      'data-type': s.type,
    },
    h('span', { class: 'suggestion-text' }, s.text),
    s.type && h('span', { class: 'suggestion-type' }, ['skill', 'title', 'company'].includes(s.type) ? t(`suggest.type.${s.type}`) : s.type),
    Number.isFinite(s.count) && h('span', { class: 'suggestion-count' }, String(s.count)))));
    this.open();
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.fetchLater.cancel();
    this.seq++; // drop answers still in flight
    this.abort?.abort();
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  move(index, e) {
    e.preventDefault();
    const n = this.items.length;
    this.active = ((index % n) + n) % n;
    for (const el of this.list.children) {
      const selected = Number(el.dataset.index) === this.active;
      el.setAttribute('aria-selected', String(selected));
      if (selected) el.scrollIntoView({ block: 'nearest' });
    }
    this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
  }

  pick(index) {
    const suggestion = this.items[index];
    if (!suggestion) return;
    const { value } = this.input;
    const word = wordAt(value, this.input.selectionStart ?? value.length);
    const rest = value.slice(word.end).replace(/^\s+/, '');
    const space = rest.startsWith(')') ? '' : ' ';
    const inserted = `${word.lead}${word.field}${quoteTerm(suggestion.text)}${space}`;
    this.input.value = value.slice(0, word.start) + inserted + rest;
    const caret = word.start + inserted.length;
    this.input.setSelectionRange(caret, caret);
    this.close();
    this.onPick(this.input.value);
  }
}
