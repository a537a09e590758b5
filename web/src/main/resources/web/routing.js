// The URL is the state (state.js): navigating writes a history entry, and route() shows what the URL describes,
// a search or a profile. Typing in the search box shares one history entry per burst.
import { debounce } from './dom.js';
import { app, el } from './screen.js';
import { copySearch, readLocation, searchUrl } from './state.js';

const TYPING_DELAY_MS = 250;

let views = { showSearch() {}, showProfile() {} };

/** The two views route() chooses between (app.js passes them, so the views may navigate without a cycle). */
export function initRouting(showViews) {
  views = showViews;
}

export function go(url, { replace = false, state = {} } = {}) {
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

export function route() {
  const { search, candidateId } = readLocation();
  app.search = search;
  if (candidateId) views.showProfile(candidateId);
  else views.showSearch();
}

/** Applies mutate to a copy of the current search and navigates to it (a new history entry). */
export function navigateSearch(mutate, { refocus = null, scroll = null } = {}) {
  const next = copySearch(app.search);
  mutate(next);
  app.refocus = refocus;
  app.pendingScroll = scroll;
  app.typingEntry = false;
  go(searchUrl(next));
}

/** Runs the query typed in the box. A burst of typing shares one history entry. */
export function commitQuery(typing) {
  const q = el.q.value.trim();
  if (typing && q === app.search.q && app.view === 'search') return;
  const next = copySearch(app.search);
  if (q !== next.q) next.page = 1;
  next.q = q;
  const replace = app.typingEntry && app.view === 'search';
  app.typingEntry = typing;
  go(searchUrl(next), { replace });
}

export const typingSearch = debounce(() => commitQuery(true), TYPING_DELAY_MS);

export function setQuery(q) {
  typingSearch.cancel();
  el.q.value = q;
  navigateSearch((s) => { s.q = q; s.page = 1; });
}
