// The profile view: loads the stored profile the URL names (newest request wins), then fills the slots that
// arrive later on their own: the original file, similar candidates and the admin tools (profile-admin.js).
import * as api from './api.js';
import { $, fill, h } from './dom.js';
import { t } from './i18n.js';
import { currentToken } from './admin.js';
import { errorText } from './format.js';
import { renderAdmin } from './profile-admin.js';
import { backLink, originalFileView, profileView, similarView } from './profile-view.js';
import {
  app, applyPendingScroll, el, hideError, retryable, showError, updateTitle,
} from './screen.js';
import { candidateUrl, searchUrl } from './state.js';

// Only the newest profile request may render; older ones are aborted.
let profileSeq = 0;
let profileAbort = null;

/** Stops a profile still loading when the search view takes the screen. */
export function leaveProfile() {
  profileAbort?.abort();
}

export async function showProfile(id) {
  const seq = ++profileSeq;
  app.view = 'profile';
  profileAbort?.abort();
  profileAbort = new AbortController();
  const { signal } = profileAbort;
  el.searchView.hidden = true;
  el.profile.hidden = false;
  hideError();
  app.profile = { id, loading: true };
  renderProfile();
  updateTitle();
  const similar = api.similar(id, signal).catch(() => null); // optional: never blocks the profile
  const file = api.hasOriginalFile(id, currentToken(), signal).catch(() => false);
  try {
    const profile = await api.candidate(id, signal);
    if (seq !== profileSeq) return;
    app.profile = { id, profile, similar: undefined, admin: {}, file: { available: false } };
    renderProfile();
    updateTitle();
    if (typeof app.pendingScroll === 'number') applyPendingScroll();
    else window.scrollTo(0, 0);
    app.pendingScroll = null;
    $('#profile-name')?.focus({ preventScroll: true });
  } catch (err) {
    if (err.name === 'AbortError' || seq !== profileSeq) return;
    app.profile = { id, error: err };
    renderProfile();
    showError(err, retryable(err) ? () => showProfile(id) : null);
    return;
  }
  const available = await file;
  if (seq !== profileSeq) return;
  app.profile.file = { available };
  renderFile();
  const hits = (await similar)?.hits;
  if (seq !== profileSeq) return;
  app.profile.similar = Array.isArray(hits) ? hits.filter((x) => String(x.id) !== id) : null;
  renderSimilar();
}

const backHref = () => searchUrl(app.search);

export function renderProfile() {
  const p = app.profile;
  if (!p) return;
  if (p.loading) {
    fill(el.profile, backLink(backHref()), h('p', { class: 'muted loading' }, t('profile.loading')));
  } else if (p.error) {
    fill(el.profile, backLink(backHref()),
      h('h1', { id: 'profile-name', tabindex: '-1' }, t(p.error.status === 404 ? 'profile.notFound' : 'error.unknown')));
  } else {
    fill(el.profile, profileView(p.profile, {
      backHref: backHref(),
      file: h('div', { id: 'file-slot' }),
      similar: h('div', { id: 'similar-slot' }),
      admin: h('div', { id: 'admin-slot' }),
    }));
    renderFile();
    renderSimilar();
    renderAdmin();
  }
}

function renderFile() {
  const slot = $('#file-slot');
  if (slot) fill(slot, originalFileView(app.profile.file));
}

/** The original file comes through fetch (it needs the token), then is handed to the browser as a download. */
export async function downloadOriginal() {
  const p = app.profile;
  p.file = { ...p.file, busy: true, message: null };
  renderFile();
  try {
    const { blob, fileName } = await api.originalFile(p.id, currentToken());
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: fileName || `resume-${p.id}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    p.file = { available: true, message: { key: 'profile.fileDownloaded', vars: { name: fileName || '' } } };
  } catch (err) {
    p.file = { available: true, message: { text: errorText(err) }, error: true };
  }
  if (app.profile === p) renderFile();
}

function renderSimilar() {
  const slot = $('#similar-slot');
  if (slot) fill(slot, similarView(app.profile.similar, (id) => candidateUrl(id, app.search)));
}
