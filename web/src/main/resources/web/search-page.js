// The search view: runs the search the URL describes (newest request wins, answers cached by search key) and
// renders the count, notices, result cards, pager, facets and chips from the answer.
import * as api from './api.js';
import { fill, h } from './dom.js';
import { t } from './i18n.js';
import { chipsView, facetsView } from './facets-view.js';
import { countLine, emptyView, hitCard, pagerView } from './results-view.js';
import { leaveProfile } from './profile-page.js';
import { navigateSearch } from './routing.js';
import {
  app, applyPendingScroll, applyRefocus, cache, el, hideError, remember, retryable, showError, updateTitle,
} from './screen.js';
import { apiSearchParams, candidateUrl, filterCount, hasFilters, searchKey } from './state.js';

// Only the newest search may render; older ones are aborted.
let searchSeq = 0;
let searchAbort = null;

export function showSearch() {
  if (app.view === 'profile' && app.profile) {
    // Coming back from a profile: focus that candidate's card instead of losing focus.
    const id = app.profile.id;
    app.refocus ??= () => [...el.results.children].find((c) => c.dataset.id === id)?.querySelector('a');
  }
  app.view = 'search';
  leaveProfile();
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

export async function runSearch(search) {
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

export function renderResults() {
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
  setCount(countLine({ ...data, total }, search));

  el.notice.hidden = !data.partial;
  fill(el.notice, data.partial && t('notice.partial'));

  el.didYouMean.hidden = !data.didYouMean;
  fill(el.didYouMean, data.didYouMean && [
    t('dym.prefix'), ' ',
    h('button', { type: 'button', class: 'link dym', 'data-query': data.didYouMean }, data.didYouMean),
  ]);

  const ctx = { href: (id) => candidateUrl(id, search), why: (id) => app.why.get(id) ?? null };
  fill(el.results, hits.map((hit, i) => hitCard(hit, i, ctx)));
  el.empty.hidden = hits.length > 0;
  fill(el.empty, hits.length === 0 && emptyView(search, { ...data, total }, hasFilters(search)));

  const pager = pagerView(search.page, total);
  el.pager.hidden = pager.length === 0;
  fill(el.pager, pager);

  fill(el.facets, facetsView(data, search, app.expandedFacets));
  fill(el.skillOptions, (data.facets?.skills ?? []).map((v) => h('option', { value: v.value })));
}

export function renderChips() {
  const chips = chipsView(app.search);
  el.chips.hidden = chips.length === 0;
  fill(el.chips, chips);
  const active = filterCount(app.search)
    + (app.search.minYears !== '' || app.search.maxYears !== '' ? 1 : 0);
  el.filtersCount.textContent = active ? `(${active})` : '';
}

export function goToPage(page) {
  navigateSearch((s) => { s.page = page; }, {
    scroll: 'results',
    refocus: () => el.pager.querySelector('[aria-current="page"]'),
  });
}
