// The recruiter's page: wires the events, the URL and the views together. The views are search-page.js (with
// filters.js and why.js) and profile-page.js (with profile-admin.js); routing.js reads the URL, screen.js holds
// what is shown, admin.js the add panel.
import * as api from './api.js';
import { $, debounce, fill, h } from './dom.js';
import { applyI18n, getLang, initLang, setLang, t } from './i18n.js';
import { Autocomplete } from './suggest.js';
import { initAdmin, relabelAdmin, storeToken } from './admin.js';
import { initAuth, relabelAuth, tokenRefused } from './auth.js';
import { addSkillMinimum, applyYears, clearFilters, removeChip, toggleFacet, toggleFacetMore } from './filters.js';
import { deleteCurrent, undoDelete } from './profile-admin.js';
import { downloadOriginal, renderProfile, showProfile } from './profile-page.js';
import { QUERY_EXAMPLES } from './results-view.js';
import { commitQuery, go, initRouting, navigateSearch, route, setQuery, typingSearch } from './routing.js';
import {
  app, el, hideError, indexChanged, loadStats, renderError, renderStats, updateTitle,
} from './screen.js';
import { goToPage, renderChips, renderResults, runSearch, showSearch } from './search-page.js';
import { candidateUrl } from './state.js';
import { toggleWhy } from './why.js';

// ---------- language ----------

function renderExamples() {
  fill(el.syntaxExamples, QUERY_EXAMPLES.map(([query, key]) => h('li', null,
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
  initRouting({ showSearch, showProfile });
  bindEvents();
  api.onTokenRefused(tokenRefused);
  if (!initAuth()) return; // nothing is read before the user gives a token
  loadStats();
  route();
}

init();
