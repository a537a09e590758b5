// "Why this rank": a card's panel opens with the explanation of its hit, fetched once per result page with
// explain=true and shared by all of that page's cards.
import * as api from './api.js';
import { fill } from './dom.js';
import { t } from './i18n.js';
import { errorText } from './format.js';
import { explanationView } from './results-view.js';
import { app, el, explainCache } from './screen.js';
import { apiSearchParams } from './state.js';

/** One explain=true request per result page, shared by all of its cards. */
function explanations(key, search) {
  let pending = explainCache.get(key);
  if (!pending) {
    pending = api.search(apiSearchParams(search, true))
      .then((data) => new Map((data?.hits ?? []).map((hit) => [String(hit.id), hit.explanation ?? null])));
    explainCache.set(key, pending);
    pending.catch(() => explainCache.delete(key));
  }
  return pending;
}

export async function toggleWhy(card) {
  const id = card.dataset.id;
  if (app.why.has(id)) {
    app.why.delete(id);
    updateWhy(id);
    return;
  }
  const { key, search, data } = app.results;
  const hit = (data.hits ?? []).find((x) => String(x.id) === id);
  if (hit?.explanation) {
    app.why.set(id, { status: 'ready', explanation: hit.explanation });
    updateWhy(id);
    return;
  }
  app.why.set(id, { status: 'loading' });
  updateWhy(id);
  let entry;
  try {
    const map = await explanations(key, search);
    entry = { status: 'ready', explanation: map.get(id) ?? null };
  } catch (err) {
    entry = { status: 'error', message: errorText(err) };
  }
  // The user may have closed the panel or moved to another page meanwhile.
  if (app.results?.key !== key || !app.why.has(id)) return;
  app.why.set(id, entry);
  updateWhy(id);
}

/** Updates a card's button and panel in place, so keyboard focus stays on the button. */
function updateWhy(id) {
  const card = [...el.results.children].find((c) => c.dataset.id === id);
  if (!card) return;
  const why = app.why.get(id) ?? null;
  const button = card.querySelector('.why');
  const panel = card.querySelector('.explanation');
  button.setAttribute('aria-expanded', String(Boolean(why)));
  button.textContent = t(why ? 'hit.whyHide' : 'hit.why');
  panel.hidden = !why;
  fill(panel, why && explanationView(why));
}
