// The review step of an upload: the fields the server read from a résumé, editable, beside the text they were read
// from, and the extraction warnings. Saving sends the corrected profile with the original file. Everything from the
// résumé is set as text or as input values, never as markup.
import { fill, h } from './dom.js';
import { t } from './i18n.js';
import { warningsView } from './upload-view.js';
import { DATE_KEYS, FIELDS, ROWS, correctedProfile, draftOf, emptyLink, emptyRow } from './draft.js';

/** The review view, owned by admin.js: show(parsed, original), close(), relabel(). */
export class Review {
  /**
   * root: the element to render into; onSave(profile, original, warnings) → Promise (rejects with an error to show);
   * onBack(): return to the upload form; describeError(err): words for a failure.
   */
  constructor(root, { onSave, onBack, describeError }) {
    this.root = root;
    this.onSave = onSave;
    this.onBack = onBack;
    this.describeError = describeError;
    this.draft = null;
    this.status = null; // { key } | { text, error }
    this.busy = false;
    root.addEventListener('input', (e) => this.edit(e.target));
    root.addEventListener('click', (e) => this.click(e));
    root.addEventListener('keydown', (e) => this.key(e));
    root.addEventListener('submit', (e) => { e.preventDefault(); this.save(); });
  }

  get open() {
    return this.draft !== null;
  }

  show(parsed, original) {
    this.draft = draftOf(parsed, original);
    this.status = null;
    this.busy = false;
    this.render();
    this.root.querySelector('#review-title')?.focus();
  }

  close() {
    this.draft = null;
    fill(this.root);
  }

  relabel() {
    if (this.draft) this.render();
  }

  // ---------- events ----------

  /** Typing goes into the draft without re-rendering, so the caret stays where it is. */
  edit(target) {
    const d = this.draft;
    const bind = target.dataset?.bind;
    if (!d || !bind) return;
    const [part, key, column] = bind.split('.');
    if (part === 'fields') d.fields[key] = target.value;
    else if (part === 'links') d.links.find((l) => String(l.key) === key).value = target.value;
    else if (ROWS[part]) {
      d[part].find((row) => String(row.key) === key)[column] = target.value;
      target.classList.toggle('missing', ROWS[part].expected.includes(column) && !target.value.trim());
      if (d.invalid.delete(bind)) {
        target.removeAttribute('aria-invalid');
        if (d.invalid.size === 0 && this.status?.key === 'review.badDates') this.setStatus(null);
      }
    }
  }

  click(e) {
    const button = e.target.closest?.('button');
    if (!button || !this.draft || !this.root.contains(button)) return;
    const { action, list, key } = button.dataset;
    const d = this.draft;
    if (action === 'add-row') {
      const row = emptyRow(list);
      d[list].push(row);
      this.render();
      this.focus(`[data-bind="${list}.${row.key}.${ROWS[list].columns[0][0]}"]`);
    } else if (action === 'remove-row') {
      const index = d[list].findIndex((row) => String(row.key) === key);
      d[list].splice(index, 1);
      this.render();
      const next = d[list][index] ?? d[list][index - 1];
      this.focus(next ? `[data-action="remove-row"][data-key="${next.key}"]` : `[data-action="add-row"][data-list="${list}"]`);
    } else if (action === 'add-link') {
      const link = emptyLink();
      d.links.push(link);
      this.render();
      this.focus(`[data-bind="links.${link.key}"]`);
    } else if (action === 'remove-link') {
      d.links = d.links.filter((l) => String(l.key) !== key);
      this.render();
      this.focus('[data-action="add-link"]');
    } else if (action === 'remove-skill') {
      const index = d.skills.indexOf(button.dataset.skill);
      d.skills.splice(index, 1);
      this.render();
      const rest = this.root.querySelectorAll('[data-action="remove-skill"]');
      (rest[index] ?? rest[index - 1] ?? this.root.querySelector('#review-skill')).focus();
    } else if (action === 'add-skill') {
      this.addSkills();
    } else if (action === 'back') {
      this.onBack();
    }
  }

  /**
   * Enter or a comma in the skill box adds what was typed. Enter in another field does not save: a review is
   * finished with the save button, not by a key pressed on the way.
   */
  key(e) {
    if (e.isComposing) return;
    if (e.target.id === 'review-skill' && (e.key === 'Enter' || e.key === ',' || e.key === '，')) {
      e.preventDefault();
      this.addSkills();
    } else if (e.key === 'Enter' && e.target.tagName === 'INPUT') {
      e.preventDefault();
    }
  }

  addSkills() {
    const box = this.root.querySelector('#review-skill');
    const typed = box.value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
    const d = this.draft;
    for (const skill of typed) {
      if (!d.skills.some((s) => s.toLowerCase() === skill.toLowerCase())) d.skills.push(skill);
    }
    box.value = '';
    this.render();
    this.focus('#review-skill');
  }

  async save() {
    const d = this.draft;
    if (!d || this.busy) return;
    const result = correctedProfile(d);
    if (result.invalid) {
      d.invalid = result.invalid;
      this.setStatus({ key: 'review.badDates' });
      this.render();
      this.focus('[aria-invalid="true"]');
      return;
    }
    this.busy = true;
    this.setStatus({ key: 'review.saving' });
    this.render();
    try {
      await this.onSave(result.profile, d.original, d.warnings, d.warningDetails);
    } catch (err) {
      if (this.draft !== d) return;
      this.busy = false;
      this.setStatus({ text: this.describeError(err), error: true });
      this.render();
      this.focus('#review-save');
    }
  }

  setStatus(status) {
    this.status = status;
    const el = this.root.querySelector('#review-status');
    if (el) this.renderStatus(el);
  }

  renderStatus(el) {
    const s = this.status;
    el.className = `review-status${s?.error || s?.key === 'review.badDates' ? ' error-text' : ''}`;
    el.textContent = s ? s.text ?? t(s.key) : '';
  }

  focus(selector) {
    this.root.querySelector(selector)?.focus();
  }

  // ---------- rendering ----------

  render() {
    const d = this.draft;
    if (!d) return;
    const status = h('p', { id: 'review-status', role: 'status' });
    this.renderStatus(status);
    fill(this.root,
      h('div', { class: 'review-head' },
        h('div', null,
          h('h3', { id: 'review-title', tabindex: '-1' }, t('review.title')),
          h('p', { class: 'hint' }, t('review.hint'))),
        d.original?.fileName && h('p', { class: 'review-file' },
          h('span', { class: 'muted' }, t('review.file')), ' ', h('span', { id: 'review-file-name' }, d.original.fileName))),
      warningsView(d.warnings, 'review-warnings', d.warningDetails),
      h('form', { id: 'review-form', class: 'review-grid', novalidate: true, 'aria-labelledby': 'review-title' },
        h('div', { class: 'review-fields' },
          h('fieldset', { class: 'review-group' },
            h('legend', null, t('review.candidate')),
            h('div', { class: 'review-pairs' }, FIELDS.filter((f) => !f.multiline).map((f) => this.fieldView(f)))),
          d.links && this.linksView(),
          ...Object.keys(ROWS).map((name) => this.rowsView(name)),
          this.skillsView(),
          h('fieldset', { class: 'review-group' },
            h('legend', null, t('review.more')),
            FIELDS.filter((f) => f.multiline).map((f) => this.fieldView(f))),
          h('div', { class: 'form-actions review-actions' },
            h('button', { id: 'review-save', type: 'submit', class: 'btn primary', disabled: this.busy }, t('review.save')),
            h('button', { id: 'review-back', type: 'button', class: 'btn', 'data-action': 'back', disabled: this.busy },
              t('review.back')),
            status)),
        h('section', { class: 'review-source', 'aria-labelledby': 'review-source-title' },
          h('h4', { id: 'review-source-title' }, t('review.original')),
          d.text
            ? h('pre', { id: 'review-text', class: 'resume-text', tabindex: '0' }, d.text)
            : h('p', { class: 'muted' }, t('review.noText')))));
  }

  fieldView({ key, label, type, multiline, autocomplete }) {
    const id = `review-${key}`;
    const value = this.draft.fields[key];
    return h('div', { class: `field${multiline ? ' wide' : ''}` },
      h('label', { for: id }, t(label)),
      multiline
        ? h('textarea', { id, class: 'input', rows: '4', 'data-bind': `fields.${key}` }, value)
        : h('input', { id, class: 'input', type: type ?? 'text', value, 'data-bind': `fields.${key}`,
          autocomplete: autocomplete ?? 'off', spellcheck: 'false' }));
  }

  linksView() {
    const links = this.draft.links;
    return h('fieldset', { class: 'review-group' },
      h('legend', null, t('review.links')),
      links.length === 0 && h('p', { class: 'muted' }, t('review.noLinks')),
      h('ul', { class: 'review-list' }, links.map((l, i) => h('li', { class: 'review-link' },
        h('label', { class: 'visually-hidden', for: `review-link-${l.key}` }, t('review.link', { n: i + 1 })),
        h('input', { id: `review-link-${l.key}`, class: 'input', type: 'url', value: l.value, 'data-bind': `links.${l.key}`,
          spellcheck: 'false' }),
        h('button', { type: 'button', class: 'btn ghost icon remove', 'data-action': 'remove-link', 'data-key': l.key,
          'aria-label': t('review.removeLink', { n: i + 1 }) }, '×')))),
      h('button', { type: 'button', class: 'btn small', 'data-action': 'add-link' }, `+ ${t('review.addLink')}`));
  }

  rowsView(name) {
    const spec = ROWS[name];
    const rows = this.draft[name];
    const invalid = this.draft.invalid;
    return h('fieldset', { class: 'review-group', id: `review-${name}` },
      h('legend', null, t(spec.legend)),
      rows.length === 0 && h('p', { class: 'muted' }, t(spec.empty)),
      h('ol', { class: `review-rows review-${name}` }, rows.map((row, i) => h('li', {
        class: 'review-row', 'data-key': row.key,
      },
      spec.columns.map(([k, label, size]) => {
        const id = `review-${name}-${row.key}-${k}`;
        const bind = `${name}.${row.key}.${k}`;
        const date = DATE_KEYS.has(k);
        return h('div', { class: `field${date ? ' date' : size ? ` ${size}` : ''}` },
          h('label', { for: id }, t(label)),
          h('input', {
            id, class: `input${spec.expected.includes(k) && !row[k].trim() ? ' missing' : ''}`,
            type: 'text', value: row[k], 'data-bind': bind, 'data-col': k, spellcheck: 'false',
            inputmode: date ? 'numeric' : null,
            // A current job has no end: the empty field says "now".
            placeholder: date ? t(k === 'end' && spec.openEnd ? 'review.now' : 'review.monthPlaceholder') : null,
            'aria-invalid': invalid.has(bind) ? 'true' : null,
          }));
      }),
      h('button', {
        type: 'button', class: 'btn ghost icon remove', 'data-action': 'remove-row', 'data-list': name, 'data-key': row.key,
        'aria-label': t(spec.remove, { n: i + 1 }), title: t(spec.remove, { n: i + 1 }),
      }, '×')))),
      h('button', { type: 'button', class: 'btn small', 'data-action': 'add-row', 'data-list': name }, `+ ${t(spec.add)}`));
  }

  skillsView() {
    const skills = this.draft.skills;
    return h('fieldset', { class: 'review-group' },
      h('legend', null, t('review.skills')),
      skills.length === 0 && h('p', { class: 'muted' }, t('review.noSkills')),
      h('ul', { id: 'review-skills', class: 'tags' }, skills.map((skill) => h('li', { class: 'tag tag-edit' },
        h('span', null, skill),
        h('button', { type: 'button', class: 'tag-remove', 'data-action': 'remove-skill', 'data-skill': skill,
          'aria-label': t('review.removeSkill', { skill }) }, '×')))),
      h('div', { class: 'skill-add' },
        h('label', { for: 'review-skill', class: 'visually-hidden' }, t('review.addSkill')),
        h('input', { id: 'review-skill', class: 'input', type: 'text', autocomplete: 'off',
          placeholder: t('review.skillPlaceholder') }),
        h('button', { type: 'button', class: 'btn small', 'data-action': 'add-skill' }, t('review.addSkill'))));
  }
}
