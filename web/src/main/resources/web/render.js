// Builds the DOM for search results, filters and profiles from API data. Pure construction:
// app.js owns state and events (delegated via classes and data-* attributes).
import { h, highlightFragment } from './dom.js';
import { hasKey, locale, t } from './i18n.js';
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

// ---------- formatting ----------

/** 9 → "9", 9.46 → "9.5" in the interface locale. */
export const fmtYears = (n) =>
  Number(n).toLocaleString(locale(), { maximumFractionDigits: 1 });

const fmtScore = (n) => (Number.isFinite(n) ? n.toFixed(2) : '');

const isNum = (n) => typeof n === 'number' && Number.isFinite(n);

function fmtDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleDateString(locale(), { dateStyle: 'medium' });
}

/** "2019-03 – present"; openEnded says whether a missing end means "present". */
function fmtRange(start, end, openEnded = true) {
  if (!start && !end) return '';
  const to = end || (openEnded ? t('profile.present') : '');
  return to ? `${start || '?'} – ${to}` : start;
}

const resumeLangLabel = (value) =>
  ['en', 'zh', 'mixed'].includes(value) ? t(`resumeLang.${value}`) : String(value);

/** A dimension's label; one the interface has no words for yet shows the API's own name. */
const dimLabel = (dim) => (hasKey(`facet.${dim}`) ? t(`facet.${dim}`) : dim);

export function facetLabel(dim, value) {
  if (dim === 'years') return hasKey(`bucket.${value}`) ? t(`bucket.${value}`) : value;
  if (dim === 'language') return resumeLangLabel(value);
  // A dimension of fixed values (a field of the API's registry) has its words as facet.<dim>.<value>.
  return hasKey(`facet.${dim}.${value}`) ? t(`facet.${dim}.${value}`) : value;
}

const skillWithYears = (skill, years) =>
  isNum(years) && years > 0 ? `${skill} · ${t('hit.skillYears', { n: fmtYears(years) })}` : skill;

const section = (titleKey, ...content) =>
  h('section', { class: 'profile-section' }, h('h2', null, t(titleKey)), ...content);

// ---------- messages ----------

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

// ---------- search results ----------

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
  return h('li', { class: 'hit', 'data-id': id },
    h('div', { class: 'hit-head' },
      h('h3', { class: 'hit-name' },
        h('a', { href: ctx.href(id), 'data-route': '' }, hit.name || t('hit.noName'))),
      isNum(hit.score) && h('span', { class: 'hit-score', title: t('hit.scoreTitle') },
        t('hit.score', { score: fmtScore(hit.score) }))),
    hit.headline && h('p', { class: 'hit-headline' }, hit.headline),
    h('p', { class: 'meta' },
      hit.rankedAs && h('span', { class: 'ranked-as' }, t('hit.rankedAs', { as: hit.rankedAs })),
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

// ---------- profile ----------

/** Skills with years first (most years first), then the rest in résumé order. */
function sortedSkills(p) {
  const years = p.skillYears && typeof p.skillYears === 'object' ? p.skillYears : {};
  const names = [...new Set([...Object.keys(years), ...(p.skills ?? [])])].filter(Boolean);
  const rank = (name) => (isNum(years[name]) ? years[name] : -1);
  return names
    .map((name, order) => ({ name, years: years[name], order }))
    .sort((a, b) => rank(b.name) - rank(a.name) || a.order - b.order);
}

function skillsView(p) {
  const skills = sortedSkills(p);
  if (skills.length === 0) return null;
  const max = Math.max(...skills.map((s) => (isNum(s.years) ? s.years : 0)), 1);
  return section('profile.skills', h('ul', { class: 'skill-bars' }, skills.map((s) => h('li', null,
    h('span', { class: 'skill-name' }, s.name),
    isNum(s.years) && h('span', { class: 'skill-bar', style: { '--w': `${Math.round((s.years / max) * 100)}%` }, 'aria-hidden': 'true' }),
    isNum(s.years) && h('span', { class: 'skill-years' }, t('hit.skillYears', { n: fmtYears(s.years) }))))));
}

const paragraph = (text) => text && h('p', { class: 'prose' }, text);

function timeline(items, render) {
  const list = (items ?? []).filter(Boolean);
  if (list.length === 0) return null;
  // Newest first; entries without a start date keep their résumé order at the end.
  const ordered = list.map((item, i) => ({ item, i }))
    .sort((a, b) => String(b.item.start ?? '').localeCompare(String(a.item.start ?? '')) || a.i - b.i);
  return h('ol', { class: 'timeline' }, ordered.map(({ item }) => h('li', null, render(item))));
}

const experienceItem = (x) => [
  h('p', { class: 'when' }, fmtRange(x.start, x.end)),
  h('h3', null, [x.title, x.company].filter(Boolean).join(' · ')),
  paragraph(x.description),
];

const projectItem = (x) => [
  h('p', { class: 'when' }, fmtRange(x.start, x.end)),
  h('h3', null, [x.name, x.role].filter(Boolean).join(' · ')),
  paragraph(x.description),
];

const educationItem = (x) => [
  h('p', { class: 'when' }, fmtRange(x.start, x.end, false)),
  h('h3', null, x.school ?? ''),
  h('p', null, [x.degree, x.major].filter(Boolean).join(' · ')),
];

function contactView(p) {
  const rows = [
    ['profile.email', p.email],
    ['profile.phone', p.phone],
    ['profile.location', p.location],
  ].filter(([, value]) => value);
  if (rows.length === 0) return null;
  // Shown as text only: no mailto:/tel: links are ever built from profile data.
  return section('profile.contact', h('dl', { class: 'contact' },
    rows.map(([key, value]) => [h('dt', null, t(key)), h('dd', null, String(value))])));
}

export function similarView(hits, href) {
  if (!hits) return null;
  return section('profile.similar', hits.length === 0
    ? h('p', { class: 'muted' }, t('profile.noSimilar'))
    : h('ul', { id: 'similar', class: 'similar' }, hits.map((hit) => h('li', { class: 'similar-card', 'data-id': String(hit.id) },
      h('a', { href: href(String(hit.id)), 'data-route': '' }, hit.name || t('hit.noName')),
      hit.headline && h('p', { class: 'hit-headline' }, hit.headline),
      h('p', { class: 'meta' },
        hit.location && h('span', null, hit.location),
        isNum(hit.totalYears) && h('span', null, t('hit.years', { n: fmtYears(hit.totalYears), count: hit.totalYears })))))));
}

/** The download of the file the candidate was added from; nothing for a profile added as text or JSON. */
export function originalFileView(file) {
  if (!file?.available) return null;
  return section('profile.file',
    h('p', { class: 'hint' }, t('profile.fileHint')),
    h('button', { type: 'button', id: 'download-original', class: 'btn', disabled: file.busy }, t('profile.download')),
    file.message && h('p', { id: 'download-status', role: 'status', class: file.error ? 'error-text' : 'muted' },
      msgText(file.message)));
}

export const backLink = (href) =>
  h('a', { id: 'back-link', class: 'back', href, 'data-back': '' }, `← ${t('profile.back')}`);

/**
 * The profile page. ctx: backHref, plus the file, similar and admin slots that app.js fills
 * separately (they arrive later or change on their own).
 */
export function profileView(p, ctx) {
  const meta = [
    ctx.rankedAs && t('hit.rankedAs', { as: ctx.rankedAs }),
    p.location,
    isNum(p.totalYears) && t('profile.totalYears', { n: fmtYears(p.totalYears), count: p.totalYears }),
    p.resumeLanguage && t('profile.resumeLanguage', { lang: resumeLangLabel(p.resumeLanguage) }),
    p.highestDegree && t('profile.highestDegree', { degree: facetLabel('degree', p.highestDegree) }),
    p.updated && t('profile.updated', { date: fmtDate(p.updated) }),
  ].filter(Boolean);
  const languages = (p.languages ?? []).map(languageLabel).filter(Boolean);
  return [
    backLink(ctx.backHref),
    h('header', { class: 'profile-head' },
      h('h1', { id: 'profile-name', tabindex: '-1' }, p.name || t('hit.noName')),
      p.headline && h('p', { class: 'profile-headline' }, p.headline),
      h('p', { class: 'meta' }, meta.map((m) => h('span', null, m)))),
    h('div', { class: 'profile-grid' },
      h('div', { class: 'profile-main' },
        p.summary && section('profile.summary', paragraph(p.summary)),
        p.experience?.length > 0 && section('profile.experience', timeline(p.experience, experienceItem)),
        p.projects?.length > 0 && section('profile.projects', timeline(p.projects, projectItem)),
        p.education?.length > 0 && section('profile.education', timeline(p.education, educationItem)),
        p.text && section('profile.text', h('pre', { id: 'profile-text', class: 'resume-text', tabindex: '0' }, p.text))),
      h('aside', { class: 'profile-side' },
        contactView(p),
        ctx.file,
        skillsView(p),
        languages.length > 0 && section('profile.languages', h('ul', { class: 'tags' }, languages.map((l) => h('li', { class: 'tag' }, l)))),
        ctx.similar,
        ctx.admin)),
  ];
}

/** Languages may be plain strings or objects such as { language, level }. */
function languageLabel(l) {
  if (l == null) return '';
  if (typeof l !== 'object') return String(l);
  return [l.language ?? l.name, l.level ?? l.proficiency].filter(Boolean).join(' · ');
}

/** The extraction warnings as a list (nothing when there are none). */
export function warningsView(warnings, id) {
  if (!warnings?.length) return null;
  return h('div', { id, class: 'warnings', role: 'note' },
    h('p', { class: 'warnings-title' }, t('add.warnings', { count: warnings.length })),
    h('ul', null, warnings.map((w) => h('li', null, w))));
}

/** Summary of a freshly added profile, with what the extraction warned about. */
export function addResultView(res, href) {
  const p = res.profile ?? {};
  const skills = sortedSkills(p).slice(0, 15);
  return [
    h('p', { class: 'add-done' },
      h('strong', null, t('add.done', { name: p.name || t('add.noName') })),
      ' ', h('span', { class: 'muted' }, t('add.id', { id: res.id }))),
    p.headline && h('p', null, p.headline),
    isNum(p.totalYears) && h('p', null, t('profile.totalYears', { n: fmtYears(p.totalYears), count: p.totalYears })),
    skills.length > 0
      ? h('ul', { class: 'tags' }, skills.map((s) => h('li', { class: 'tag' }, skillWithYears(s.name, s.years))))
      : h('p', { class: 'muted' }, t('add.noSkills')),
    warningsView(res.warnings, 'add-warnings'),
    h('a', { href: href(String(res.id)), 'data-route': '', class: 'btn open-profile', id: 'add-open-profile' }, t('add.openProfile')),
  ];
}
