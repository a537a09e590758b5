// What the add panel shows about an upload: the extraction warnings and the summary of a saved profile.
import { h } from './dom.js';
import { getLang, hasKey, t } from './i18n.js';
import { fmtYears, isNum, skillWithYears } from './format.js';
import { sortedSkills } from './profile-view.js';

/**
 * The extraction warnings as a list (nothing when there are none). In English each is the server's sentence; in
 * another language, the label of its structured form (`warningDetails`: code and values beside the sentence).
 */
export function warningsView(warnings, id, details = []) {
  if (!warnings?.length) return null;
  return h('div', { id, class: 'warnings', role: 'note' },
    h('p', { class: 'warnings-title' }, t('add.warnings', { count: warnings.length })),
    h('ul', null, warnings.map((w, i) => h('li', { 'data-code': details?.[i]?.code ?? null }, localized(w, details?.[i])))));
}

function localized(sentence, detail) {
  const key = detail?.code && `warning.${detail.code}`;
  if (getLang() === 'en' || !key || !hasKey(key) || detail.message !== sentence) return sentence;
  const vars = Object.fromEntries(Object.entries(detail.params ?? {})
    .map(([k, v]) => [k, /^\d+$/.test(String(v)) ? Number(v) : String(v)]));
  return t(key, vars);
}

/** Summary of a freshly added profile, with what the extraction warned about. */
export function addResultView(res, href) {
  const p = res.profile ?? {};
  const skills = sortedSkills(p).slice(0, 15);
  return [
    h('p', { class: 'add-done' },
      h('strong', null, t('add.done', { name: p.name || t('add.noName') })),
      ' ', h('span', { class: 'muted' }, t('add.id', { id: res.id }))),
    p.headline && h('p', null, p.headline),
    isNum(p.totalYears) && h('p', null, t('profile.totalYears', { n: fmtYears(p.totalYears), count: p.totalYears })),
    skills.length > 0
      ? h('ul', { class: 'tags' }, skills.map((s) => h('li', { class: 'tag' }, skillWithYears(s.name, s.years))))
      : h('p', { class: 'muted' }, t('add.noSkills')),
    warningsView(res.warnings, 'add-warnings', res.warningDetails),
    h('a', { href: href(String(res.id)), 'data-route': '', class: 'btn open-profile', id: 'add-open-profile' }, t('add.openProfile')),
  ];
}
