// The URL is the state: `?q=go+kafka&page=2&sort=years&skills=Go` describes a search and
// `#/candidate/<id>` on top of it opens a profile, so "back to results" keeps the search.
// `?view=candidate&id=<id>` is accepted as well.

// Facet dimensions are not listed here: every other parameter of the page URL is a filter on the dimension it
// names (the API rejects an unknown one with a did-you-mean), and the API's answer says which facets to show in
// which order (see facetOrder in render.js).
/** The page's own parameters and the API's search options: never facet filters. */
const NOT_FILTERS = new Set(['q', 'page', 'sort', 'minYears', 'maxYears', 'view', 'id', 'size', 'explain',
  'facets', 'highlight']);
export const SORTS = ['relevance', 'years', 'updated'];
export const PAGE_SIZE = 20;

export function emptySearch() {
  return {
    q: '',
    page: 1,
    sort: 'relevance',
    filters: {}, // dimension → values, in the order they were chosen
    minYears: '',
    maxYears: '',
  };
}

export const copySearch = (s) => ({
  ...s,
  filters: Object.fromEntries(Object.entries(s.filters).map(([dim, values]) => [dim, [...values]])),
});

const positiveInt = (v) => (/^\d+$/.test(v ?? '') && Number(v) > 0 ? Number(v) : null);

/** A years bound as a normalised string ('' when absent or not a non-negative number). */
export function yearsBound(v) {
  const text = String(v ?? '').trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return '';
  return String(Number(text));
}

function safeDecode(text) {
  try { return decodeURIComponent(text); } catch { return text; }
}

/** Reads { search, candidateId } from a location (default: the current one). */
export function readLocation(loc = window.location) {
  const p = new URLSearchParams(loc.search);
  const search = emptySearch();
  search.q = (p.get('q') ?? '').trim();
  search.page = positiveInt(p.get('page')) ?? 1;
  search.sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  for (const dim of new Set(p.keys())) {
    if (NOT_FILTERS.has(dim)) continue;
    const values = [...new Set(p.getAll(dim).filter(Boolean))];
    if (values.length > 0) search.filters[dim] = values;
  }
  search.minYears = yearsBound(p.get('minYears'));
  search.maxYears = yearsBound(p.get('maxYears'));
  const match = /^#\/candidate\/(.+)$/.exec(loc.hash);
  const candidateId = match ? safeDecode(match[1]) : p.get('view') === 'candidate' ? p.get('id') : null;
  return { search, candidateId: candidateId || null };
}

/** Query parameters shared by the page URL and the API call; defaults are left out. */
function params(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  for (const [dim, values] of Object.entries(s.filters)) for (const value of values) p.append(dim, value);
  if (s.minYears !== '') p.set('minYears', s.minYears);
  if (s.maxYears !== '') p.set('maxYears', s.maxYears);
  return p;
}

export function searchUrl(s) {
  const query = params(s).toString();
  return query ? `?${query}` : window.location.pathname;
}

export function candidateUrl(id, s) {
  const query = params(s).toString();
  return `${query ? `?${query}` : window.location.pathname}#/candidate/${encodeURIComponent(id)}`;
}

export function apiSearchParams(s, explain = false) {
  const p = params(s);
  p.set('page', String(s.page));
  p.set('size', String(PAGE_SIZE));
  p.set('sort', s.sort);
  p.set('explain', String(explain));
  return p;
}

/** Identity of a result page (for caches): everything but the explain flag. */
/** The values filtered on in one dimension (none when the dimension is not filtered). */
export const filterValues = (s, dim) => s.filters[dim] ?? [];

/** How many facet values are filtered on. */
export const filterCount = (s) => Object.values(s.filters).reduce((n, values) => n + values.length, 0);

export const searchKey = (s) => apiSearchParams(s).toString();

export const hasFilters = (s) =>
  Object.values(s.filters).some((values) => values.length > 0) || s.minYears !== '' || s.maxYears !== '';

/** Quotes a term for the query language when it contains spaces or quotes. */
export const quoteTerm = (text) => (/[\s"()]/.test(text) ? `"${text.replace(/"/g, '')}"` : text);
