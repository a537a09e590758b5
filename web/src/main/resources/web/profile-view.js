// The profile page as DOM, from the stored profile: head, timeline, contact, skills, similar candidates and the
// original file. Profile data is only ever set as text (never markup, never mailto:/tel: links); the candidate's
// own http(s) addresses are the one kind of link built from it, opening apart without a referrer.
import { h } from './dom.js';
import { t } from './i18n.js';
import {
  facetLabel, fmtDate, fmtRange, fmtYears, isNum, msgText, occupationParts, resumeLangLabel, section,
} from './format.js';

/** Skills with years first (most years first), then the rest in résumé order. */
export function sortedSkills(p) {
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

/**
 * The candidate's links: an address that is http(s) (a bare "github.com/x" read as https) is a link that opens
 * apart, with no referrer and no access back to this page; anything else stays text.
 */
function linksView(p) {
  const links = (Array.isArray(p.links) ? p.links : []).map((l) => String(l ?? '').trim()).filter(Boolean);
  if (links.length === 0) return null;
  return section('profile.links', h('ul', { id: 'profile-links', class: 'links' }, links.map((l) => {
    const url = safeUrl(l);
    return h('li', null, url
      ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, l)
      : l);
  })));
}

function safeUrl(link) {
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link}`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
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
 * The profile page, with the role and level the server read (p.occupation). ctx: backHref, plus the file, similar
 * and admin slots that profile-page.js fills
 * separately (they arrive later or change on their own).
 */
export function profileView(p, ctx) {
  const meta = [
    ...occupationMeta(p.occupation),
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
      h('p', { class: 'meta' }, meta.map((m) => (m instanceof Node ? m : h('span', null, m))))),
    h('div', { class: 'profile-grid' },
      h('div', { class: 'profile-main' },
        p.summary && section('profile.summary', paragraph(p.summary)),
        p.experience?.length > 0 && section('profile.experience', timeline(p.experience, experienceItem)),
        p.projects?.length > 0 && section('profile.projects', timeline(p.projects, projectItem)),
        p.education?.length > 0 && section('profile.education', timeline(p.education, educationItem)),
        p.text && section('profile.text', h('pre', { id: 'profile-text', class: 'resume-text', tabindex: '0' }, p.text))),
      h('aside', { class: 'profile-side' },
        contactView(p),
        linksView(p),
        ctx.file,
        skillsView(p),
        languages.length > 0 && section('profile.languages', h('ul', { class: 'tags' }, languages.map((l) => h('li', { class: 'tag' }, l)))),
        ctx.similar,
        ctx.admin)),
  ];
}

/** The role family and level enrichment read (values of the facets of those names), in the page's words. */
const occupationMeta = (occupation) => occupationParts(occupation).map(([dim, label, value]) =>
  h('span', { id: `profile-${dim}`, 'data-value': value }, t(`profile.${dim}`, { value: label })));

/** Languages may be plain strings or objects such as { language, level }. */
function languageLabel(l) {
  if (l == null) return '';
  if (typeof l !== 'object') return String(l);
  return [l.language ?? l.name, l.level ?? l.proficiency].filter(Boolean).join(' · ');
}

