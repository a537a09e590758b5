// Access to the API: every /api request but /api/health needs a token. The page asks for it once per browser
// session (sessionStorage: it dies with the tab and never reaches localStorage) and sends it on every fetch.
import { $ } from './dom.js';
import { t } from './i18n.js';

const TOKEN_KEY = 'candidates.token';

const el = {
  form: $('#signin'),
  input: $('#signin-token'),
  message: $('#signin-message'),
};

let messageKey = null;
let serverMessage = null;

export function sessionToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) ?? ''; } catch { return ''; }
}

function storeSessionToken(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: asked again on the next load */ }
}

function renderMessage() {
  el.message.textContent = messageKey ? t(messageKey) + (serverMessage ? ` ${serverMessage}` : '') : '';
}

/** Shows the sign-in form; reason: an i18n key saying why (no token yet, or the token was refused). */
export function askForToken(reason = 'signin.needed', detail = null) {
  messageKey = reason;
  serverMessage = detail;
  renderMessage();
  el.form.hidden = false;
  el.input.focus();
}

/** A read refused with 401/403: the session's token is gone or no longer valid, so ask again. */
export function tokenRefused(err) {
  storeSessionToken('');
  askForToken(err.status === 401 ? 'signin.needed' : 'signin.refused', err.serverMessage);
}

export function relabelAuth() {
  renderMessage();
}

/** Whether the page may start: true with a token; otherwise the form is shown and a reload follows sign-in. */
export function initAuth() {
  el.form.addEventListener('submit', (e) => {
    e.preventDefault();
    const token = el.input.value.trim();
    if (!token) {
      el.input.focus();
      return;
    }
    storeSessionToken(token);
    window.location.reload(); // every view loads again, now with the token
  });
  if (sessionToken()) return true;
  askForToken();
  return false;
}
