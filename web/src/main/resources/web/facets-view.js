// The facets panel and the chips of the active filters as DOM. Dimensions come in the API's order and carry the
// API's names; the words for them and their values come from i18n.js (format.js's dimLabel and facetLabel).
import { h } from './dom.js';
import { t } from './i18n.js';
import { dimLabel, facetLabel } from './format.js';

const FACET_LIMIT = 8;

/**
 * The facet dimensions in the order the API gives: its explicit order (`facetOrder`, names or { dim }) when the
 * response has one, else the order of the `facets` object's keys, which the API writes in display order.
 */
export function facetOrder(data) {
  const facets = data?.facets && typeof data.facets === 'object' ? data.facets : {};
  const declared = Array.isArray(data?.facetOrder)
    ? data.facetOrder.map((d) => (typeof d === 'string' ? d : d?.dim ?? d?.name)).filter((d) => typeof d === 'string')
    : [];
  return [...new Set([...declared, ...Object.keys(facets)])];
}

/**
 * Facet lists in the API's order; values that are filtered on stay visible even when the API omits them (a
 * dimension filtered on but not in the answer comes last, so the filter can still be undone here).
 */
export function facetsView(data, search, expandedDims) {
  const dims = [...new Set([...facetOrder(data), ...Object.keys(search.filters)])];
  return dims.map((dim) => {
    const active = new Set(search.filters[dim] ?? []);
    const listed = Array.isArray(data?.facets?.[dim]) ? data.facets[dim] : [];
    const values = listed.filter((v) => v && v.value != null && v.value !== '');
    for (const value of active) {
      if (!values.some((v) => v.value === value)) values.unshift({ value, count: 0 });
    }
    if (values.length === 0) return null;
    const expanded = expandedDims.has(dim);
    const shown = values.filter((v, i) => expanded || i < FACET_LIMIT || active.has(v.value));
    const titleId = `facet-title-${dim.replace(/[^\w-]/g, '_')}`;
    return h('section', { class: 'facet', 'data-dim': dim, 'aria-labelledby': titleId },
      h('h3', { id: titleId }, dimLabel(dim)),
      h('ul', null, shown.map((v) => h('li', null,
        h('button', {
          type: 'button',
          class: 'facet-item',
          'data-dim': dim,
          'data-value': v.value,
          'aria-pressed': String(active.has(v.value)),
          title: t('facet.count', { n: v.count, count: v.count }),
        },
        h('span', { class: 'facet-label' }, facetLabel(dim, v.value)),
        h('span', { class: 'facet-count' }, String(v.count ?? '')))))),
      values.length > FACET_LIMIT && h('button', {
        type: 'button', class: 'facet-more link', 'data-dim': dim, 'aria-expanded': String(expanded),
      }, expanded ? t('filters.less') : t('filters.more', { n: values.length })));
  });
}

/** Active filters as removable chips; each remove button carries what to remove. */
export function chipsView(search) {
  const chip = (label, dataset) => h('li', { class: 'chip' },
    h('span', { class: 'chip-label' }, label),
    h('button', { type: 'button', class: 'chip-remove', 'aria-label': t('filters.remove', { label }), ...dataset }, '×'));
  const chips = [];
  for (const [dim, values] of Object.entries(search.filters)) {
    for (const value of values) {
      chips.push(chip(`${dimLabel(dim)}: ${facetLabel(dim, value)}`, { 'data-dim': dim, 'data-value': value }));
    }
  }
  const { minYears: min, maxYears: max } = search;
  if (min !== '' && max !== '') chips.push(chip(t('chip.range', { min, max }), { 'data-dim': 'yearsRange' }));
  else if (min !== '') chips.push(chip(t('chip.minYears', { n: min }), { 'data-dim': 'yearsRange' }));
  else if (max !== '') chips.push(chip(t('chip.maxYears', { n: max }), { 'data-dim': 'yearsRange' }));
  if (chips.length > 1) {
    chips.push(h('li', { class: 'chip-clear' }, h('button', { type: 'button', class: 'link clear-filters' }, t('filters.clearAll'))));
  }
  return chips;
}

