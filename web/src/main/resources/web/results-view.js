// The result list as DOM, from the API's search answer: the count line, result cards, their "why this rank" panels,
// the pager and the empty page. Pure construction: search-page.js owns state and events (delegated via classes and
// data-* attributes).
import { h, highlightFragment } from './dom.js';
import { t } from './i18n.js';
import { fmtScore, fmtYears, isNum, occupationLabel, skillWithYears } from './format.js';
import { PAGE_SIZE } from './state.js';

export const QUERY_EXAMPLES = [
  ['Go Kafka 5 years', 'help.ex.skillsYears'],
  ['分布式系统 调度', 'help.ex.chinese'],
  ['"tech lead" company:腾讯', 'help.ex.phraseCompany'],
  ['skill:go>=5 years:3..8', 'help.ex.skillYears'],
  ['Java -JavaScript', 'help.ex.exclude'],
  ['(Kafka OR RabbitMQ) 微服务', 'help.ex.or'],
  ['title:"backend engineer"', 'help.ex.title'],
];

export function countLine(data, search) {
  const parts = [t('results.count', { count: data.total })];
  const pages = Math.ceil(data.total / PAGE_SIZE);
  if (pages > 1) parts.push(t('results.page', { page: search.page, pages }));
  if (isNum(data.tookMs)) parts.push(t('results.took', { ms: data.tookMs }));
  return parts.join(' · ');
}

/**
 * One result card. ctx.href(id) gives the profile link, ctx.why(id) the state of the
 * "why this rank" panel: null (closed) or { status: 'loading'|'ready'|'error', ... }.
 */
export function hitCard(hit, index, ctx) {
  const id = String(hit.id);
  const panelId = `why-${index}`;
  const why = ctx.why(id);
  const matched = (hit.matchedSkills ?? []).filter((m) => m?.skill);
  const highlights = (hit.highlights ?? []).filter((x) => x?.fragment);
  // The role and level in the page's words when the API gives them as facet values, else its own words.
  const rankedAs = occupationLabel(hit.occupation) || hit.rankedAs;
  return h('li', { class: 'hit', 'data-id': id },
    h('div', { class: 'hit-head' },
      h('h3', { class: 'hit-name' },
        h('a', { href: ctx.href(id), 'data-route': '' }, hit.name || t('hit.noName'))),
      isNum(hit.score) && h('span', { class: 'hit-score', title: t('hit.scoreTitle') },
        t('hit.score', { score: fmtScore(hit.score) }))),
    hit.headline && h('p', { class: 'hit-headline' }, hit.headline),
    h('p', { class: 'meta' },
      rankedAs && h('span', { class: 'ranked-as' }, t('hit.rankedAs', { as: rankedAs })),
      hit.location && h('span', null, hit.location),
      isNum(hit.totalYears) &&
        h('span', null, t('hit.years', { n: fmtYears(hit.totalYears), count: hit.totalYears }))),
    matched.length > 0 && h('ul', { class: 'tags', 'aria-label': t('hit.matched') },
      matched.map((m) => h('li', { class: 'tag tag-match' }, skillWithYears(m.skill, m.years)))),
    highlights.length > 0 && h('div', { class: 'snippets', 'aria-label': t('hit.snippets') },
      highlights.map((x) => h('p', { class: 'snippet', 'data-field': x.field }, highlightFragment(x.fragment)))),
    h('div', { class: 'hit-actions' },
      h('button', {
        type: 'button', class: 'why link', 'aria-expanded': String(Boolean(why)), 'aria-controls': panelId,
      }, t(why ? 'hit.whyHide' : 'hit.why'))),
    h('div', { class: 'explanation', id: panelId, hidden: !why }, why && explanationView(why)));
}

/** The body of a "why this rank" panel. */
export function explanationView(why) {
  if (why.status === 'loading') return h('p', { class: 'muted' }, t('why.loading'));
  if (why.status === 'error') return h('p', { class: 'error-text' }, why.message);
  const expl = why.explanation;
  if (!expl) return h('p', { class: 'muted' }, t('why.unavailable'));
  const contributions = (expl.contributions ?? []).filter((c) => c && isNum(c.value));
  const matches = (expl.matches ?? []).filter(Boolean);
  const max = Math.max(...contributions.map((c) => Math.abs(c.value)), 0) || 1;
  return [
    expl.summary && h('p', { class: 'why-summary' }, expl.summary),
    contributions.length > 0 && h('table', { class: 'contrib' },
      h('caption', null, t('why.contributions')),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('why.feature')),
        h('th', { scope: 'col' }, t('why.value')),
        h('th', { scope: 'col' }, t('why.detail')))),
      h('tbody', null, contributions.map((c) => h('tr', { class: c.value < 0 ? 'negative' : null },
        h('th', { scope: 'row' }, c.feature ?? ''),
        h('td', { class: 'contrib-value' },
          h('span', { class: 'bar', style: { '--w': `${Math.round((Math.abs(c.value) / max) * 100)}%` }, 'aria-hidden': 'true' }),
          h('span', { class: 'num' }, c.value.toFixed(2))),
        h('td', { class: 'contrib-detail' }, c.detail ?? ''))))),
    matches.length > 0 && h('div', { class: 'why-matches' },
      h('h4', null, t('why.matches')),
      h('ul', null, matches.map((m) => h('li', null,
        h('span', { class: 'unit' }, m.unit ?? ''),
        m.via && h('span', { class: `via via-${String(m.via).replace(/[^a-z]/gi, '')}` },
          ['exact', 'taxonomy', 'broader'].includes(m.via) ? t(`via.${m.via}`) : m.via),
        m.detail && h('span', { class: 'via-detail' }, m.detail))))),
  ];
}

/** Page numbers around the current one, with gaps: [1, '…', 4, 5, 6, '…', 20]. */
function pageWindow(page, pages) {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(n - sorted[i - 1] === 2 ? n - 1 : '…');
    out.push(n);
  });
  return out;
}

export function pagerView(page, total) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1 && page <= 1) return [];
  const button = (n, label, extra = {}) => h('button', { type: 'button', class: 'page', 'data-page': n, ...extra }, label);
  return [
    button(page - 1, t('pager.prev'), { class: 'page page-prev', disabled: page <= 1, rel: 'prev' }),
    h('ol', { class: 'pages' }, pageWindow(page, pages).map((n) => h('li', null,
      typeof n === 'number'
        ? button(n, String(n), { 'aria-label': t('pager.page', { n }), 'aria-current': n === page ? 'page' : null })
        : h('span', { class: 'gap', 'aria-hidden': 'true' }, n)))),
    button(page + 1, t('pager.next'), { class: 'page page-next', disabled: page >= pages, rel: 'next' }),
  ];
}

/** What to show when a page has no hits: why, and what to try next. */
export function emptyView(search, data, filtered) {
  if (data.total > 0) {
    return [h('p', { class: 'empty-title' }, t('empty.pageOut')),
      h('button', { type: 'button', class: 'btn', 'data-page-jump': '1' }, t('empty.firstPage'))];
  }
  return [
    h('p', { class: 'empty-title' }, search.q ? t('empty.title', { q: search.q }) : t('empty.titleNoQuery')),
    h('ul', { class: 'tips' },
      search.q && h('li', null, t('empty.tipSpelling')),
      search.q && h('li', null, t('empty.tipFewer')),
      filtered && h('li', null, t('empty.tipFilters'), ' ',
        h('button', { type: 'button', class: 'link clear-filters' }, t('filters.clearAll'))),
      h('li', null, t('empty.tipTry'), ' ', QUERY_EXAMPLES.slice(0, 3).map(([example]) =>
        h('button', { type: 'button', class: 'example', 'data-query': example }, h('code', null, example))))),
  ];
}

