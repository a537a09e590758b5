// The recruiter's page: wires the URL, the API and the views together.
import * as api from './api.js';
import { $, debounce, fill, h } from './dom.js';
import { applyI18n, getLang, initLang, setLang, t } from './i18n.js';
import * as view from './render.js';
import { Autocomplete } from './suggest.js';
import { currentToken, initAdmin, relabelAdmin, storeToken } from './admin.js';
import { initAuth, relabelAuth, tokenRefused } from './auth.js';
import {
  apiSearchParams, candidateUrl, copySearch, emptySearch, filterCount, filterValues, hasFilters, quoteTerm,
  readLocation, searchKey, searchUrl, yearsBound,
} from './state.js';

const TYPING_DELAY_MS = 250;
const CACHE_SIZE = 30;

const el = {
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

const app = {
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
const cache = new Map();
const explainCache = new Map(); // search key → Promise<Map<id, explanation>>

function remember(key, data) {
  cache.delete(key);
  cache.set(key, data);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
}

function indexChanged() {
  cache.clear();
  explainCache.clear();
  loadStats();
}

// ---------- messages and errors ----------

/** Only failures of the network or the server are worth retrying as they are. */
const retryable = (err) => !(err instanceof api.ApiError) || err.status === 0 || err.status >= 500;

function showError(err, retry = null) {
  app.error = { err, retry };
  renderError();
}

function hideError() {
  if (!app.error) return;
  app.error = null;
  renderError();
}

function renderError() {
  const e = app.error;
  el.error.hidden = !e;
  fill(el.error, e && [
    h('span', { class: 'error-message' }, view.errorText(e.err)),
    e.retry && h('button', { type: 'button', class: 'btn small', id: 'error-retry' }, t('error.retry')),
  ]);
}

// ---------- navigation ----------

function go(url, { replace = false, state = {} } = {}) {
  const target = new URL(url, window.location.href);
  if (target.href !== window.location.href) {
    if (!replace) rememberScroll();
    history[replace ? 'replaceState' : 'pushState']({ ...state }, '', target);
  }
  route();
}

/** Stores the scroll offset in the entry we are leaving, for back/forward. */
function rememberScroll() {
  history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
}

function route() {
  const { search, candidateId } = readLocation();
  app.search = search;
  if (candidateId) showProfile(candidateId);
  else showSearch();
}

/** Applies mutate to a copy of the current search and navigates to it (a new history entry). */
function navigateSearch(mutate, { refocus = null, scroll = null } = {}) {
  const next = copySearch(app.search);
  mutate(next);
  app.refocus = refocus;
  app.pendingScroll = scroll;
  app.typingEntry = false;
  go(searchUrl(next));
}

/** Runs the query typed in the box. A burst of typing shares one history entry. */
function commitQuery(typing) {
  const q = el.q.value.trim();
  if (typing && q === app.search.q && app.view === 'search') return;
  const next = copySearch(app.search);
  if (q !== next.q) next.page = 1;
  next.q = q;
  const replace = app.typingEntry && app.view === 'search';
  app.typingEntry = typing;
  go(searchUrl(next), { replace });
}

const typingSearch = debounce(() => commitQuery(true), TYPING_DELAY_MS);

function setQuery(q) {
  typingSearch.cancel();
  el.q.value = q;
  navigateSearch((s) => { s.q = q; s.page = 1; });
}

function applyPendingScroll() {
  const target = app.pendingScroll;
  app.pendingScroll = null;
  if (target === 'results') {
    if (el.resultsArea.getBoundingClientRect().top < 0) el.resultsArea.scrollIntoView({ block: 'start' });
  } else if (typeof target === 'number') {
    window.scrollTo(0, target);
  }
}

/** Puts the focus back where the user was when a re-render removed the focused element. */
function applyRefocus(done) {
  const active = document.activeElement;
  // An element in a view just hidden still counts as focused until the browser's next fix-up.
  const lost = !active || active === document.body || !active.isConnected || Boolean(active.closest('[hidden]'));
  if (app.refocus && lost) app.refocus()?.focus({ preventScroll: true });
  if (done) app.refocus = null;
}

function updateTitle() {
  const base = t('app.title');
  if (app.view === 'profile') {
    const name = app.profile?.profile?.name;
    document.title = name ? `${name} · ${base}` : base;
  } else {
    document.title = app.search.q ? `${app.search.q} · ${base}` : base;
  }
}

// ---------- search view ----------

// Only the newest request of each kind may render; older ones are aborted.
let searchSeq = 0;
let searchAbort = null;
let profileSeq = 0;
let profileAbort = null;

function showSearch() {
  if (app.view === 'profile' && app.profile) {
    // Coming back from a profile: focus that candidate's card instead of losing focus.
    const id = app.profile.id;
    app.refocus ??= () => [...el.results.children].find((c) => c.dataset.id === id)?.querySelector('a');
  }
  app.view = 'search';
  profileAbort?.abort();
  el.profile.hidden = true;
  el.searchView.hidden = false;
  syncControls();
  updateTitle();
  runSearch(app.search);
}

/** Makes the form controls say what the URL says (after back/forward or a link). */
function syncControls() {
  const s = app.search;
  if (el.q.value.trim() !== s.q) el.q.value = s.q;
  el.sort.value = s.sort;
  if (document.activeElement !== el.minYears) el.minYears.value = s.minYears;
  if (document.activeElement !== el.maxYears) el.maxYears.value = s.maxYears;
  renderChips();
  applyRefocus(false);
}

async function runSearch(search) {
  const key = searchKey(search);
  const seq = ++searchSeq;
  searchAbort?.abort();
  if (cache.has(key)) {
    setBusy(false);
    showResults(key, search, cache.get(key));
    return;
  }
  searchAbort = new AbortController();
  setBusy(true);
  try {
    const data = await api.search(apiSearchParams(search), searchAbort.signal);
    remember(key, data);
    // A profile opened meanwhile owns the screen; the answer waits in the cache.
    if (seq === searchSeq && app.view === 'search') showResults(key, search, data);
  } catch (err) {
    if (err.name === 'AbortError' || seq !== searchSeq || app.view !== 'search') return;
    app.results = null;
    renderResults();
    showError(err, retryable(err) ? () => runSearch(app.search) : null);
  } finally {
    if (seq === searchSeq) setBusy(false);
  }
}

function setBusy(busy) {
  el.resultsArea.setAttribute('aria-busy', String(busy));
  if (busy && !app.results) setCount(t('results.loading'));
}

function showResults(key, search, data) {
  hideError();
  if (app.results?.key !== key) app.why = new Map();
  app.results = { key, search, data };
  renderResults();
  applyPendingScroll();
  applyRefocus(true);
}

function setCount(text) {
  // Rewriting identical text would make screen readers announce it again.
  if (el.count.textContent !== text) el.count.textContent = text;
}

function renderResults() {
  const r = app.results;
  if (!r) {
    setCount('');
    for (const part of [el.results, el.empty, el.pager, el.notice, el.didYouMean]) fill(part);
    el.empty.hidden = el.pager.hidden = el.notice.hidden = el.didYouMean.hidden = true;
    return;
  }
  const { data, search } = r;
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const total = Number.isFinite(data.total) ? data.total : hits.length;
  setCount(view.countLine({ ...data, total }, search));

  el.notice.hidden = !data.partial;
  fill(el.notice, data.partial && t('notice.partial'));

  el.didYouMean.hidden = !data.didYouMean;
  fill(el.didYouMean, data.didYouMean && [
    t('dym.prefix'), ' ',
    h('button', { type: 'button', class: 'link dym', 'data-query': data.didYouMean }, data.didYouMean),
  ]);

  const ctx = { href: (id) => candidateUrl(id, search), why: (id) => app.why.get(id) ?? null };
  fill(el.results, hits.map((hit, i) => view.hitCard(hit, i, ctx)));
  el.empty.hidden = hits.length > 0;
  fill(el.empty, hits.length === 0 && view.emptyView(search, { ...data, total }, hasFilters(search)));

  const pager = view.pagerView(search.page, total);
  el.pager.hidden = pager.length === 0;
  fill(el.pager, pager);

  fill(el.facets, view.facetsView(data, search, app.expandedFacets));
  fill(el.skillOptions, (data.facets?.skills ?? []).map((v) => h('option', { value: v.value })));
}

function renderChips() {
  const chips = view.chipsView(app.search);
  el.chips.hidden = chips.length === 0;
  fill(el.chips, chips);
  const active = filterCount(app.search)
    + (app.search.minYears !== '' || app.search.maxYears !== '' ? 1 : 0);
  el.filtersCount.textContent = active ? `(${active})` : '';
}

function toggleFacet(dim, value) {
  const find = () => [...el.facets.querySelectorAll('.facet-item')]
    .find((b) => b.dataset.dim === dim && b.dataset.value === value);
  navigateSearch((s) => {
    const list = filterValues(s, dim);
    s.filters[dim] = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    if (s.filters[dim].length === 0) delete s.filters[dim];
    s.page = 1;
  }, { refocus: find });
}

function removeChip(button) {
  const { dim, value } = button.dataset;
  const index = [...el.chips.querySelectorAll('.chip-remove')].indexOf(button);
  // Focus moves to the chip that takes this one's place, else the search box.
  const next = () => {
    const buttons = el.chips.querySelectorAll('.chip-remove');
    return buttons[index] ?? buttons[index - 1] ?? el.q;
  };
  navigateSearch((s) => {
    if (dim === 'yearsRange') {
      s.minYears = '';
      s.maxYears = '';
    } else {
      s.filters[dim] = filterValues(s, dim).filter((v) => v !== value);
      if (s.filters[dim].length === 0) delete s.filters[dim];
    }
    s.page = 1;
  }, { refocus: next });
}

function clearFilters() {
  navigateSearch((s) => {
    s.filters = {};
    s.minYears = '';
    s.maxYears = '';
    s.page = 1;
  }, { refocus: () => el.q });
}

function goToPage(page) {
  navigateSearch((s) => { s.page = page; }, {
    scroll: 'results',
    refocus: () => el.pager.querySelector('[aria-current="page"]'),
  });
}

function applyYears() {
  const min = yearsBound(el.minYears.value);
  const max = yearsBound(el.maxYears.value);
  if (min === app.search.minYears && max === app.search.maxYears) return;
  navigateSearch((s) => { s.minYears = min; s.maxYears = max; s.page = 1; });
}

function addSkillMinimum(e) {
  e.preventDefault();
  const name = el.skillMinName.value.trim();
  const years = yearsBound(el.skillMinYears.value);
  if (!name || years === '') return;
  const term = `skill:${quoteTerm(name)}>=${years}`;
  const q = [app.search.q, term].filter(Boolean).join(' ');
  el.skillMinName.value = '';
  el.skillMinYears.value = '';
  setQuery(q);
}

// ---------- "why this rank" ----------

/** One explain=true request per result page, shared by all of its cards. */
function explanations(key, search) {
  let pending = explainCache.get(key);
  if (!pending) {
    pending = api.search(apiSearchParams(search, true))
      .then((data) => new Map((data?.hits ?? []).map((hit) => [String(hit.id), hit.explanation ?? null])));
    explainCache.set(key, pending);
    pending.catch(() => explainCache.delete(key));
  }
  return pending;
}

async function toggleWhy(card) {
  const id = card.dataset.id;
  if (app.why.has(id)) {
    app.why.delete(id);
    updateWhy(id);
    return;
  }
  const { key, search, data } = app.results;
  const hit = (data.hits ?? []).find((x) => String(x.id) === id);
  if (hit?.explanation) {
    app.why.set(id, { status: 'ready', explanation: hit.explanation });
    updateWhy(id);
    return;
  }
  app.why.set(id, { status: 'loading' });
  updateWhy(id);
  let entry;
  try {
    const map = await explanations(key, search);
    entry = { status: 'ready', explanation: map.get(id) ?? null };
  } catch (err) {
    entry = { status: 'error', message: view.errorText(err) };
  }
  // The user may have closed the panel or moved to another page meanwhile.
  if (app.results?.key !== key || !app.why.has(id)) return;
  app.why.set(id, entry);
  updateWhy(id);
}

/** Updates a card's button and panel in place, so keyboard focus stays on the button. */
function updateWhy(id) {
  const card = [...el.results.children].find((c) => c.dataset.id === id);
  if (!card) return;
  const why = app.why.get(id) ?? null;
  const button = card.querySelector('.why');
  const panel = card.querySelector('.explanation');
  button.setAttribute('aria-expanded', String(Boolean(why)));
  button.textContent = t(why ? 'hit.whyHide' : 'hit.why');
  panel.hidden = !why;
  fill(panel, why && view.explanationView(why));
}

// ---------- profile view ----------

async function showProfile(id) {
  const seq = ++profileSeq;
  app.view = 'profile';
  profileAbort?.abort();
  profileAbort = new AbortController();
  const { signal } = profileAbort;
  el.searchView.hidden = true;
  el.profile.hidden = false;
  hideError();
  app.profile = { id, loading: true };
  renderProfile();
  updateTitle();
  const similar = api.similar(id, signal).catch(() => null); // optional: never blocks the profile
  const file = api.hasOriginalFile(id, currentToken(), signal).catch(() => false);
  try {
    const profile = await api.candidate(id, signal);
    if (seq !== profileSeq) return;
    app.profile = { id, profile, similar: undefined, admin: {}, file: { available: false } };
    renderProfile();
    updateTitle();
    if (typeof app.pendingScroll === 'number') applyPendingScroll();
    else window.scrollTo(0, 0);
    app.pendingScroll = null;
    $('#profile-name')?.focus({ preventScroll: true });
  } catch (err) {
    if (err.name === 'AbortError' || seq !== profileSeq) return;
    app.profile = { id, error: err };
    renderProfile();
    showError(err, retryable(err) ? () => showProfile(id) : null);
    return;
  }
  const available = await file;
  if (seq !== profileSeq) return;
  app.profile.file = { available };
  renderFile();
  const hits = (await similar)?.hits;
  if (seq !== profileSeq) return;
  app.profile.similar = Array.isArray(hits) ? hits.filter((x) => String(x.id) !== id) : null;
  renderSimilar();
}

const backHref = () => searchUrl(app.search);

function renderProfile() {
  const p = app.profile;
  if (!p) return;
  if (p.loading) {
    fill(el.profile, view.backLink(backHref()), h('p', { class: 'muted loading' }, t('profile.loading')));
  } else if (p.error) {
    fill(el.profile, view.backLink(backHref()),
      h('h1', { id: 'profile-name', tabindex: '-1' }, t(p.error.status === 404 ? 'profile.notFound' : 'error.unknown')));
  } else {
    // How the ranking read this candidate ("SRE · senior"), when the profile was opened from a result.
    const rankedAs = app.results?.data?.hits?.find((x) => String(x.id) === String(p.profile.id))?.rankedAs;
    fill(el.profile, view.profileView(p.profile, {
      backHref: backHref(),
      rankedAs,
      file: h('div', { id: 'file-slot' }),
      similar: h('div', { id: 'similar-slot' }),
      admin: h('div', { id: 'admin-slot' }),
    }));
    renderFile();
    renderSimilar();
    renderAdmin();
  }
}

function renderFile() {
  const slot = $('#file-slot');
  if (slot) fill(slot, view.originalFileView(app.profile.file));
}

/** The original file comes through fetch (it needs the token), then is handed to the browser as a download. */
async function downloadOriginal() {
  const p = app.profile;
  p.file = { ...p.file, busy: true, message: null };
  renderFile();
  try {
    const { blob, fileName } = await api.originalFile(p.id, currentToken());
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: fileName || `resume-${p.id}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    p.file = { available: true, message: { key: 'profile.fileDownloaded', vars: { name: fileName || '' } } };
  } catch (err) {
    p.file = { available: true, message: { text: view.errorText(err) }, error: true };
  }
  if (app.profile === p) renderFile();
}

function renderSimilar() {
  const slot = $('#similar-slot');
  if (slot) fill(slot, view.similarView(app.profile.similar, (id) => candidateUrl(id, app.search)));
}

function renderAdmin() {
  const slot = $('#admin-slot');
  if (!slot) return;
  const a = app.profile.admin;
  const needToken = !currentToken();
  fill(slot, h('section', { class: 'profile-section admin' },
    h('h2', null, t('profile.admin')),
    needToken && h('div', { class: 'field' },
      h('label', { for: 'delete-token' }, t('add.token')),
      h('input', { id: 'delete-token', class: 'input', type: 'password', autocomplete: 'off' })),
    h('div', { class: 'admin-actions' },
      h('button', { type: 'button', id: 'delete-btn', class: 'btn danger', disabled: a.busy || a.deleted }, t('profile.delete')),
      a.deleted && h('button', { type: 'button', id: 'undo-delete', class: 'btn', disabled: a.busy }, t('profile.undo'))),
    h('p', { id: 'delete-status', role: 'status', class: a.error ? 'error-text' : 'muted' }, a.message && view.msgText(a.message))));
}

async function deleteCurrent() {
  const p = app.profile;
  const token = currentToken();
  if (!token) {
    p.admin = { message: { key: 'token.missing' }, error: true };
    renderAdmin();
    $('#delete-token')?.focus();
    return;
  }
  p.admin = { busy: true, message: { key: 'profile.deleting' } };
  renderAdmin();
  try {
    await api.deleteCandidate(p.id, token);
    indexChanged();
    p.admin = { deleted: true, message: { key: 'profile.deleted', vars: { name: p.profile.name || p.id } } };
  } catch (err) {
    p.admin = { message: { text: view.errorText(err) }, error: true };
  }
  if (app.profile !== p) return;
  renderAdmin();
  $(p.admin.deleted ? '#undo-delete' : '#delete-btn')?.focus();
}

/** Undo re-adds the profile we still hold, as JSON. */
async function undoDelete() {
  const p = app.profile;
  p.admin = { ...p.admin, busy: true, message: { key: 'profile.restoring' }, error: false };
  renderAdmin();
  try {
    const res = await api.addCandidate(JSON.stringify(p.profile), 'json', currentToken());
    indexChanged();
    if (app.profile !== p) return;
    if (res?.id != null && String(res.id) !== p.id) {
      go(candidateUrl(String(res.id), app.search), { replace: true });
      return;
    }
    p.admin = { message: { key: 'profile.restored' } };
  } catch (err) {
    p.admin = { deleted: true, message: { text: view.errorText(err) }, error: true };
  }
  if (app.profile !== p) return;
  renderAdmin();
  $('#delete-btn')?.focus();
}

async function loadStats() {
  try {
    const s = await api.stats();
    app.stats = [s?.profiles, s?.candidates, s?.documents, s?.count, s?.total].find(Number.isFinite) ?? null;
  } catch {
    app.stats = null; // the footer is decoration: no error for it
  }
  renderStats();
}

function renderStats() {
  el.stats.textContent = app.stats == null ? '' : t('footer.stats', { n: app.stats.toLocaleString(), count: app.stats });
}

// ---------- language ----------

function renderExamples() {
  fill(el.syntaxExamples, view.QUERY_EXAMPLES.map(([query, key]) => h('li', null,
    h('button', { type: 'button', class: 'example', 'data-query': query }, h('code', null, query)),
    h('span', null, t(key)))));
}

/** Re-labels everything in place from the data we hold: no request is repeated. */
function relabel() {
  applyI18n();
  el.langToggle.lang = getLang() === 'zh' ? 'en' : 'zh-CN'; // the button names the other language
  renderExamples();
  renderChips();
  if (app.results) renderResults();
  if (app.view === 'profile') renderProfile();
  renderError();
  relabelAuth();
  relabelAdmin();
  renderStats();
  updateTitle();
}

// ---------- events ----------

function isEditable(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function bindEvents() {
  window.addEventListener('popstate', () => {
    app.typingEntry = false;
    app.refocus = null;
    app.pendingScroll = history.state?.scrollY ?? null;
    route();
  });

  // The skip link moves focus without adding "#results-area" to the URL and the history.
  $('.skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    (app.view === 'profile' ? $('#profile-name') : el.resultsArea)?.focus();
  });

  // Internal links: plain clicks stay in the page; modified clicks open tabs as usual.
  document.addEventListener('click', (e) => {
    const link = e.target.closest?.('a[data-route], a[data-back]');
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (link.hasAttribute('data-back') && history.state?.from === 'search') {
      history.back(); // returns to the exact entry, scroll position included
      return;
    }
    app.typingEntry = false;
    go(link.getAttribute('href'), { state: { from: app.view } });
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !isEditable(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      el.q.focus();
      el.q.select();
    }
  });

  // Search box: results as you type, Enter at once, Esc clears.
  let composing = false;
  const autocomplete = new Autocomplete(el.q, el.suggestions, {
    onPick: () => { typingSearch.cancel(); commitQuery(false); },
  });
  el.q.addEventListener('compositionstart', () => { composing = true; });
  el.q.addEventListener('compositionend', () => { composing = false; typingSearch(); });
  el.q.addEventListener('input', () => { if (!composing) typingSearch(); });
  el.q.addEventListener('keydown', (e) => {
    if (autocomplete.handleKey(e)) return;
    if (e.key === 'Escape') {
      e.preventDefault(); // also stops the browser's own clearing, which fires no search
      if (el.q.value) {
        el.q.value = '';
        typingSearch.cancel();
        commitQuery(false);
      }
    }
  });
  el.searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    typingSearch.cancel();
    autocomplete.close();
    commitQuery(false);
  });

  // Everything clickable that is re-rendered is handled by delegation.
  document.addEventListener('click', (e) => {
    const target = e.target.closest?.('button');
    if (!target) return;
    if (target.dataset.query) setQuery(target.dataset.query);
    else if (target.classList.contains('facet-item')) toggleFacet(target.dataset.dim, target.dataset.value);
    else if (target.classList.contains('facet-more')) toggleFacetMore(target.dataset.dim);
    else if (target.classList.contains('chip-remove')) removeChip(target);
    else if (target.classList.contains('clear-filters')) clearFilters();
    else if (target.dataset.page) goToPage(Number(target.dataset.page));
    else if (target.dataset.pageJump) goToPage(Number(target.dataset.pageJump));
    else if (target.classList.contains('why')) toggleWhy(target.closest('.hit'));
    else if (target.id === 'error-retry') { const retry = app.error?.retry; hideError(); retry?.(); }
    else if (target.id === 'delete-btn') deleteCurrent();
    else if (target.id === 'download-original') downloadOriginal();
    else if (target.id === 'undo-delete') undoDelete();
  });

  el.sort.addEventListener('change', () => navigateSearch((s) => { s.sort = el.sort.value; s.page = 1; }));
  const yearsLater = debounce(applyYears, 600);
  for (const input of [el.minYears, el.maxYears]) {
    input.addEventListener('input', yearsLater);
    input.addEventListener('change', () => { yearsLater.cancel(); applyYears(); });
  }
  el.skillMinForm.addEventListener('submit', addSkillMinimum);

  el.filtersToggle.addEventListener('click', () => {
    const open = !el.filters.classList.contains('open');
    el.filters.classList.toggle('open', open);
    el.filtersToggle.setAttribute('aria-expanded', String(open));
  });

  el.langToggle.addEventListener('click', () => {
    setLang(getLang() === 'zh' ? 'en' : 'zh');
    relabel();
  });

  el.profile.addEventListener('input', (e) => {
    if (e.target.id === 'delete-token') storeToken(e.target.value.trim());
  });
}

function toggleFacetMore(dim) {
  if (app.expandedFacets.has(dim)) app.expandedFacets.delete(dim);
  else app.expandedFacets.add(dim);
  app.refocus = () => el.facets.querySelector(`.facet-more[data-dim="${dim}"]`);
  renderResults();
  applyRefocus(true);
}

function init() {
  initLang();
  applyI18n();
  el.langToggle.lang = getLang() === 'zh' ? 'en' : 'zh-CN';
  renderExamples();
  history.scrollRestoration = 'manual'; // we restore it ourselves once results are drawn
  initAdmin({
    profileHref: (id) => candidateUrl(id, app.search),
    onIndexChanged() {
      indexChanged();
      if (app.view === 'search') runSearch(app.search);
    },
  });
  bindEvents();
  api.onTokenRefused(tokenRefused);
  if (!initAuth()) return; // nothing is read before the user gives a token
  loadStats();
  route();
}

init();
