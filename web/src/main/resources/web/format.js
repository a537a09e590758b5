// Words and numbers shared by the views: years, dates, labels of facet values, messages and error texts.
import { h } from './dom.js';
import { hasKey, locale, t } from './i18n.js';

/** 9 → "9", 9.46 → "9.5" in the interface locale. */
export const fmtYears = (n) =>
  Number(n).toLocaleString(locale(), { maximumFractionDigits: 1 });

export const fmtScore = (n) => (Number.isFinite(n) ? n.toFixed(2) : '');

export const isNum = (n) => typeof n === 'number' && Number.isFinite(n);

export function fmtDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleDateString(locale(), { dateStyle: 'medium' });
}

/** "2019-03 – present"; openEnded says whether a missing end means "present". */
export function fmtRange(start, end, openEnded = true) {
  if (!start && !end) return '';
  const to = end || (openEnded ? t('profile.present') : '');
  return to ? `${start || '?'} – ${to}` : start;
}

export const resumeLangLabel = (value) =>
  ['en', 'zh', 'mixed'].includes(value) ? t(`resumeLang.${value}`) : String(value);

/** A dimension's label; one the interface has no words for yet shows the API's own name. */
export const dimLabel = (dim) => (hasKey(`facet.${dim}`) ? t(`facet.${dim}`) : dim);

export function facetLabel(dim, value) {
  if (dim === 'years') return hasKey(`bucket.${value}`) ? t(`bucket.${value}`) : value;
  if (dim === 'language') return resumeLangLabel(value);
  // A dimension of fixed values (a field of the API's registry) has its words as facet.<dim>.<value>.
  return hasKey(`facet.${dim}.${value}`) ? t(`facet.${dim}.${value}`) : value;
}

/**
 * The parts of an occupation the API gives ({ role, level }: each key a facet dimension, each value one of its
 * values) as [dimension, label in the page's words, value], in the API's order.
 */
export const occupationParts = (occupation) => Object.entries(occupation ?? {})
  .filter(([, value]) => typeof value === 'string' && value)
  .map(([dim, value]) => [dim, facetLabel(dim, value), value]);

/** "SRE · Senior"; '' when the API gives no occupation. */
export const occupationLabel = (occupation) => occupationParts(occupation).map(([, label]) => label).join(' · ');

export const skillWithYears = (skill, years) =>
  isNum(years) && years > 0 ? `${skill} · ${t('hit.skillYears', { n: fmtYears(years) })}` : skill;

/** A titled section of the profile page (and of the views built like it). */
export const section = (titleKey, ...content) =>
  h('section', { class: 'profile-section' }, h('h2', null, t(titleKey)), ...content);

/** A message is { key, vars } (re-translated on language switch) or { text } (from the server). */
export const msgText = (m) => m.text ?? t(m.key, m.vars);

/** Words for a failure: ours for auth and transport problems, else the API's own message. */
export function errorText(err) {
  if (err?.name !== 'ApiError') return err?.message || t('error.unknown');
  if (err.status === 401) return t('error.401');
  if (err.status === 403) return err.serverMessage ? `${t('error.403')} ${err.serverMessage}` : t('error.403');
  if (err.serverMessage) return err.serverMessage;
  if (err.status === 0) return t('error.network');
  if (err.code === 'bad_response') return t('error.bad_response');
  return t('error.http', { status: err.status });
}
