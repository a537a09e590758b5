// Small DOM helpers. Everything that comes from the API is inserted as text nodes: the only
// markup we ever interpret is the <em> marking of search highlights, and that is parsed by
// hand (highlightFragment) rather than handed to innerHTML.

export const $ = (selector, root = document) => root.querySelector(selector);

/**
 * Creates an element. String children become text nodes (never HTML); null/false children
 * and null/false props are skipped, `true` props become empty attributes, `style` takes an
 * object of properties (custom properties included).
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    // Through the CSSOM rather than a style attribute, so a strict CSP (no inline styles) holds.
    else if (key === 'style') for (const [name, v] of Object.entries(value)) el.style.setProperty(name, v);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false || child === '') continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of el (same rules as h). */
export const fill = (el, ...children) => {
  el.replaceChildren();
  return append(el, children);
};

const ENTITY = /&(?:(lt|gt|amp|quot|apos|nbsp)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML escaper produces (named basics and numeric references). */
export function decodeEntities(text) {
  return text.replace(ENTITY, (match, name, dec, hex) => {
    if (name) return NAMED[name.toLowerCase()];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/**
 * Turns a server highlight ("… built <em>Go</em> services &amp; …") into text nodes and <mark>
 * elements. Anything other than <em>/</em> stays literal text, so a fragment can never
 * create elements or attributes of its own.
 */
export function highlightFragment(fragment) {
  const out = document.createDocumentFragment();
  let marked = false;
  for (const part of String(fragment ?? '').split(/(<\/?em>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<em>') marked = true;
    else if (tag === '</em>') marked = false;
    else if (part) {
      const text = decodeEntities(part);
      out.append(marked ? h('mark', null, text) : document.createTextNode(text));
    }
  }
  return out;
}

export function debounce(fn, ms) {
  let timer;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
