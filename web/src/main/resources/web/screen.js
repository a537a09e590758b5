// What the page shows and holds between renders: its elements, the app state, the response caches, the error
// banner, the footer's count, the title, and where focus and scroll go after a render. The views (search-page.js,
// profile-page.js) read and write this state; app.js wires the events.
import * as api from './api.js';
import { $, fill, h } from './dom.js';
import { t } from './i18n.js';
import { errorText } from './format.js';
import { emptySearch } from './state.js';

const CACHE_SIZE = 30;

export const el = {
  q: $('#q'),
  searchForm: $('#search-form'),
  suggestions: $('#suggestions'),
  syntaxExamples: $('#syntax-examples'),
  langToggle: $('#lang-toggle'),
  error: $('#error'),
  searchView: $('#search-view'),
  filters: $('#filters'),
  filtersToggle: $('#filters-toggle'),
  filtersCount: $('#filters-count'),
  minYears: $('#min-years'),
  maxYears: $('#max-years'),
  skillMinForm: $('#skill-min-form'),
  skillMinName: $('#skill-min-name'),
  skillMinYears: $('#skill-min-years'),
  skillOptions: $('#skill-options'),
  facets: $('#facets'),
  resultsArea: $('#results-area'),
  count: $('#result-count'),
  sort: $('#sort'),
  chips: $('#chips'),
  notice: $('#notice'),
  didYouMean: $('#did-you-mean'),
  results: $('#results'),
  empty: $('#empty'),
  pager: $('#pager'),
  profile: $('#profile'),
  stats: $('#stats'),
};

export const app = {
  search: emptySearch(), // the search the URL describes (also kept while a profile is open)
  view: 'search',
  results: null, // { key, search, data } on display
  why: new Map(), // candidate id → "why this rank" panel state, for the page on display
  expandedFacets: new Set(),
  profile: null, // { id, loading | error | profile, similar, admin }
  typingEntry: false, // the current history entry was made by typing: more typing replaces it
  error: null, // { err, retry }
  stats: null,
  pendingScroll: null, // a y offset or 'results', applied once the view has rendered
  refocus: null, // () => element to focus when a re-render took the focus away
};

// Responses by search key, so back/forward and facet toggles are instant. Cleared whenever
// the index changes (add, delete, reindex).
export const cache = new Map();
export const explainCache = new Map(); // search key → Promise<Map<id, explanation>>

export function remember(key, data) {
  cache.delete(key);
  cache.set(key, data);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
}

export function indexChanged() {
  cache.clear();
  explainCache.clear();
  loadStats();
}

// ---------- messages and errors ----------

/** Only failures of the network or the server are worth retrying as they are. */
export const retryable = (err) => !(err instanceof api.ApiError) || err.status === 0 || err.status >= 500;

export function showError(err, retry = null) {
  app.error = { err, retry };
  renderError();
}

export function hideError() {
  if (!app.error) return;
  app.error = null;
  renderError();
}

export function renderError() {
  const e = app.error;
  el.error.hidden = !e;
  fill(el.error, e && [
    h('span', { class: 'error-message' }, errorText(e.err)),
    e.retry && h('button', { type: 'button', class: 'btn small', id: 'error-retry' }, t('error.retry')),
  ]);
}

// ---------- scroll, focus, title ----------

export function applyPendingScroll() {
  const target = app.pendingScroll;
  app.pendingScroll = null;
  if (target === 'results') {
    if (el.resultsArea.getBoundingClientRect().top < 0) el.resultsArea.scrollIntoView({ block: 'start' });
  } else if (typeof target === 'number') {
    window.scrollTo(0, target);
  }
}

/** Puts the focus back where the user was when a re-render removed the focused element. */
export function applyRefocus(done) {
  const active = document.activeElement;
  // An element in a view just hidden still counts as focused until the browser's next fix-up.
  const lost = !active || active === document.body || !active.isConnected || Boolean(active.closest('[hidden]'));
  if (app.refocus && lost) app.refocus()?.focus({ preventScroll: true });
  if (done) app.refocus = null;
}

export function updateTitle() {
  const base = t('app.title');
  if (app.view === 'profile') {
    const name = app.profile?.profile?.name;
    document.title = name ? `${name} · ${base}` : base;
  } else {
    document.title = app.search.q ? `${app.search.q} · ${base}` : base;
  }
}

// ---------- footer ----------

export async function loadStats() {
  try {
    const s = await api.stats();
    app.stats = [s?.profiles, s?.candidates, s?.documents, s?.count, s?.total].find(Number.isFinite) ?? null;
  } catch {
    app.stats = null; // the footer is decoration: no error for it
  }
  renderStats();
}

export function renderStats() {
  el.stats.textContent = app.stats == null ? '' : t('footer.stats', { n: app.stats.toLocaleString(), count: app.stats });
}
