// The admin tools on a profile: delete it (with the token when the session has none) and undo the delete by
// re-adding the profile still held.
import * as api from './api.js';
import { $, fill, h } from './dom.js';
import { t } from './i18n.js';
import { currentToken } from './admin.js';
import { errorText, msgText } from './format.js';
import { go } from './routing.js';
import { app, indexChanged } from './screen.js';
import { candidateUrl } from './state.js';

export function renderAdmin() {
  const slot = $('#admin-slot');
  if (!slot) return;
  const a = app.profile.admin;
  const needToken = !currentToken();
  fill(slot, h('section', { class: 'profile-section admin' },
    h('h2', null, t('profile.admin')),
    needToken && h('div', { class: 'field' },
      h('label', { for: 'delete-token' }, t('add.token')),
      h('input', { id: 'delete-token', class: 'input', type: 'password', autocomplete: 'off' })),
    h('div', { class: 'admin-actions' },
      h('button', { type: 'button', id: 'delete-btn', class: 'btn danger', disabled: a.busy || a.deleted }, t('profile.delete')),
      a.deleted && h('button', { type: 'button', id: 'undo-delete', class: 'btn', disabled: a.busy }, t('profile.undo'))),
    h('p', { id: 'delete-status', role: 'status', class: a.error ? 'error-text' : 'muted' }, a.message && msgText(a.message))));
}

export async function deleteCurrent() {
  const p = app.profile;
  const token = currentToken();
  if (!token) {
    p.admin = { message: { key: 'token.missing' }, error: true };
    renderAdmin();
    $('#delete-token')?.focus();
    return;
  }
  p.admin = { busy: true, message: { key: 'profile.deleting' } };
  renderAdmin();
  try {
    await api.deleteCandidate(p.id, token);
    indexChanged();
    p.admin = { deleted: true, message: { key: 'profile.deleted', vars: { name: p.profile.name || p.id } } };
  } catch (err) {
    p.admin = { message: { text: errorText(err) }, error: true };
  }
  if (app.profile !== p) return;
  renderAdmin();
  $(p.admin.deleted ? '#undo-delete' : '#delete-btn')?.focus();
}

/**
 * Undo re-adds the profile we still hold, as JSON, without what the server computed beside the profile's own fields
 * (the occupation: a profile sent in may not name it, and it is read again).
 */
export async function undoDelete() {
  const p = app.profile;
  p.admin = { ...p.admin, busy: true, message: { key: 'profile.restoring' }, error: false };
  renderAdmin();
  try {
    const { occupation, ...profile } = p.profile;
    const res = await api.addCandidate(JSON.stringify(profile), 'json', currentToken());
    indexChanged();
    if (app.profile !== p) return;
    if (res?.id != null && String(res.id) !== p.id) {
      go(candidateUrl(String(res.id), app.search), { replace: true });
      return;
    }
    p.admin = { message: { key: 'profile.restored' } };
  } catch (err) {
    p.admin = { deleted: true, message: { text: errorText(err) }, error: true };
  }
  if (app.profile !== p) return;
  renderAdmin();
  $('#delete-btn')?.focus();
}
