// The filter controls of the search view: facet values toggled, chips removed, all cleared, the years range and
// a per-skill minimum. Each change is a navigation (a new history entry); the facets panel's "more" is not.
import { applyRefocus, app, el } from './screen.js';
import { navigateSearch, setQuery } from './routing.js';
import { renderResults } from './search-page.js';
import { filterValues, quoteTerm, yearsBound } from './state.js';

export function toggleFacet(dim, value) {
  const find = () => [...el.facets.querySelectorAll('.facet-item')]
    .find((b) => b.dataset.dim === dim && b.dataset.value === value);
  navigateSearch((s) => {
    const list = filterValues(s, dim);
    s.filters[dim] = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    if (s.filters[dim].length === 0) delete s.filters[dim];
    s.page = 1;
  }, { refocus: find });
}

export function toggleFacetMore(dim) {
  if (app.expandedFacets.has(dim)) app.expandedFacets.delete(dim);
  else app.expandedFacets.add(dim);
  app.refocus = () => el.facets.querySelector(`.facet-more[data-dim="${dim}"]`);
  renderResults();
  applyRefocus(true);
}

export function removeChip(button) {
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

export function clearFilters() {
  navigateSearch((s) => {
    s.filters = {};
    s.minYears = '';
    s.maxYears = '';
    s.page = 1;
  }, { refocus: () => el.q });
}

export function applyYears() {
  const min = yearsBound(el.minYears.value);
  const max = yearsBound(el.maxYears.value);
  if (min === app.search.minYears && max === app.search.maxYears) return;
  navigateSearch((s) => { s.minYears = min; s.maxYears = max; s.page = 1; });
}

export function addSkillMinimum(e) {
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
