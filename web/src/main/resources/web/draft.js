// The editable copy of a profile read from a résumé (the review step's model) and the corrected profile made from
// it. No DOM here: review.js renders and edits it.

/** Single-value fields, in the order the form shows them; `multiline` ones get a text area. */
export const FIELDS = [
  { key: 'name', label: 'review.name', autocomplete: 'off' },
  { key: 'headline', label: 'review.headline' },
  { key: 'location', label: 'review.location' },
  { key: 'email', label: 'review.email', type: 'email' },
  { key: 'phone', label: 'review.phone', type: 'tel' },
  { key: 'summary', label: 'review.summary', multiline: true },
];

/**
 * Editable rows: jobs and schools, with the columns the recruiter corrects ([key, label, width]); other keys of an
 * entry are kept as they were. openEnd: a blank end means "until now". expected: the columns whose absence the
 * extraction warnings point at; left blank, they stand out.
 */
export const ROWS = {
  experience: {
    columns: [['company', 'review.company'], ['title', 'review.jobTitle'], ['start', 'review.start'],
      ['end', 'review.end']],
    add: 'review.addJob', remove: 'review.removeJob', legend: 'review.jobs', empty: 'review.noJobs', openEnd: true,
    expected: ['company', 'start'],
  },
  education: {
    columns: [['school', 'review.school'], ['degree', 'review.degree', 'short'], ['major', 'review.major', 'short'],
      ['start', 'review.start'], ['end', 'review.end']],
    add: 'review.addSchool', remove: 'review.removeSchool', legend: 'review.schools', empty: 'review.noSchools',
    openEnd: false, expected: ['school'],
  },
};

/** Computed by the server from the rest: never sent back. */
const COMPUTED = ['totalYears', 'skillYears', 'resumeLanguage', 'updated'];

export const DATE_KEYS = new Set(['start', 'end']);

/**
 * A month as the profile model writes it ("YYYY-MM"), from the ways people type one ("2019.3", "2019/03",
 * "2019年3月"); '' for an empty field, null for anything else.
 */
export function normalizeMonth(value) {
  const text = String(value ?? '').trim();
  if (!text) return '';
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}`;
}

const str = (v) => (v == null ? '' : String(v));
let nextKey = 1; // row identities, so that focus and edits find their row after a re-render

/** A blank job or school row. */
export const emptyRow = (list) =>
  ({ key: nextKey++, source: {}, ...Object.fromEntries(ROWS[list].columns.map(([k]) => [k, ''])) });

export const emptyLink = () => ({ key: nextKey++, value: '' });

/** The editable copy of a parsed profile. `links` is null when the server's profiles have no links field. */
export function draftOf(parsed, original) {
  const p = parsed?.profile && typeof parsed.profile === 'object' ? parsed.profile : {};
  const rows = (name) => (Array.isArray(p[name]) ? p[name] : []).filter((x) => x && typeof x === 'object')
    .map((x) => ({ key: nextKey++, source: x, ...Object.fromEntries(ROWS[name].columns.map(([k]) => [k, str(x[k])])) }));
  return {
    profile: p,
    warnings: (Array.isArray(parsed?.warnings) ? parsed.warnings : []).map(str).filter(Boolean),
    warningDetails: Array.isArray(parsed?.warningDetails) ? parsed.warningDetails : [],
    text: str(parsed?.text ?? p.text),
    original,
    fields: Object.fromEntries(FIELDS.map(({ key }) => [key, str(p[key])])),
    // a link is a URL, or an object with one (kept, with its other keys)
    links: Array.isArray(p.links)
      ? p.links.filter((l) => l != null).map((l) => ({ key: nextKey++, source: l, value: str(typeof l === 'object' ? l.url : l) }))
      : null,
    experience: rows('experience'),
    education: rows('education'),
    skills: [...new Set((Array.isArray(p.skills) ? p.skills : []).map(str).map((s) => s.trim()).filter(Boolean))],
    invalid: new Set(), // "experience.<key>.start" of the date fields that are not months
  };
}

/**
 * The profile to index: the parsed one with the recruiter's corrections; rows left blank are dropped and computed
 * fields are left for the server. Returns { profile } or { invalid } (the date fields that are not months).
 */
export function correctedProfile(draft) {
  const p = { ...draft.profile };
  for (const key of COMPUTED) delete p[key];
  for (const { key } of FIELDS) {
    const value = draft.fields[key].trim();
    p[key] = value || null;
  }
  if (draft.links) {
    p.links = draft.links.filter((l) => l.value.trim())
      .map((l) => (l.source && typeof l.source === 'object' ? { ...l.source, url: l.value.trim() } : l.value.trim()));
  }
  const invalid = new Set();
  for (const [name, spec] of Object.entries(ROWS)) {
    p[name] = draft[name]
      .filter((row) => spec.columns.some(([k]) => row[k].trim()))
      .map((row) => {
        const out = { ...row.source };
        for (const [k] of spec.columns) {
          const value = DATE_KEYS.has(k) ? normalizeMonth(row[k]) : row[k].trim();
          if (value === null) invalid.add(`${name}.${row.key}.${k}`);
          out[k] = value || null;
        }
        return out;
      });
  }
  p.skills = [...draft.skills];
  return invalid.size > 0 ? { invalid } : { profile: p };
}
