// The desk: the page shell, sign-in and the routes (#/queue, #/new, #/new/KIND, #/facts/ID, #/facts/ID/edit,
// #/story, #/search, #/drafts, #/mine).
// Every page is a client of the service's own GraphQL API (api.js); nothing here reaches the database another way.

import { disconnect, session, SignedOut } from './api.js';
import { loadSchema } from './schema.js';
import { render } from './page.js';
import { h } from './util.js';
import { queuePage } from './queue.js';
import { factPage } from './fact.js';
import { draftsPage, searchPage } from './lists.js';
import { editDraftPage, newFactPage } from './entry.js';
import { myCorrectionsPage } from './mine.js';
import { storyPage } from './story.js';

const who = document.getElementById('who');
let leave = null; // the current page's clean-up (its live subscription)

function shell() {
  const s = session.get();
  who.replaceChildren(...(s ? [
    h('span', {}, 'Signed in as ', h('strong', {}, s.user), ` (${s.roles.join(', ')})`),
    h('button', { type: 'button', class: 'quiet', onclick: signOut }, 'Sign out'),
  ] : []));
  for (const a of document.querySelectorAll('nav a')) {
    const here = location.hash.startsWith(a.getAttribute('href')) || (a.getAttribute('href') === '#/queue' && !location.hash);
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function signOut() {
  const wasProvider = session.get()?.provider;
  session.clear();
  disconnect();
  if (wasProvider) location.assign('/desk/logout');
  else route();
}

async function signInPage() {
  const options = await fetch('/desk/api/sign-in').then((r) => r.json());
  if (options.mode === 'identity-provider') {
    const res = await fetch('/desk/api/session', { headers: { 'X-Requested-With': 'JavaScript' } });
    if (res.ok) {
      session.set({ ...(await res.json()), provider: true });
      return route();
    }
    return render('Sign in', h('h1', {}, 'Sign in'),
      h('p', {}, 'Editors and chiefs sign in with their newsroom account.'),
      h('p', {}, h('a', { class: 'button', href: '/desk/login' }, "Sign in with the newsroom's account")));
  }
  if (options.mode !== 'sign-in-as') {
    return render('Sign in', h('h1', {}, 'Sign in'),
      h('p', {}, "Sign-in is not configured on this service. An administrator sets the newsroom's identity provider (see the README, \"The corrections desk\")."));
  }
  const error = h('p', { class: 'error', id: 'sign-in-error', role: 'alert', hidden: true });
  const form = h('form', { class: 'card', 'aria-describedby': 'sign-in-note' },
    h('p', { id: 'sign-in-note', class: 'hint' }, 'Development and test only: signs a token with the development key, as deploy/dev-token.sh does.'),
    h('div', { class: 'field' }, h('label', { for: 'sign-in-user' }, 'User name'),
      h('input', { id: 'sign-in-user', name: 'user', autocomplete: 'username', required: true, maxlength: 64 })),
    h('div', { class: 'field' }, h('label', { for: 'sign-in-role' }, 'Role'),
      h('select', { id: 'sign-in-role', name: 'role' }, options.roles.map((r) => h('option', { value: r }, r)))),
    error,
    h('button', { type: 'submit' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const res = await fetch('/desk/api/sign-in-as', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: form.user.value, role: form.role.value }),
    });
    const body = await res.json();
    if (!res.ok) {
      error.textContent = body.errors?.[0]?.message || 'Could not sign in.';
      error.hidden = false;
      form.querySelector(body.errors?.[0]?.field === 'role' ? '#sign-in-role' : '#sign-in-user').focus();
      return;
    }
    session.set(body);
    disconnect();
    route();
  });
  render('Sign in', h('h1', {}, 'Sign in as'), form);
}

// Navigations are numbered: a page that finishes loading after a newer one has been shown (a slow fact page left
// for "New fact") has replaced it on the screen, so the newer one is shown again; a page that finishes while a newer
// one is still loading is simply left behind.
let navigations = 0;
let shown = 0;

async function route() {
  const mine = ++navigations;
  if (leave) { leave(); leave = null; }
  shell();
  if (!session.get()) return signInPage();
  const [path, query] = (location.hash.slice(1) || '/queue').split('?');
  const params = new URLSearchParams(query || '');
  let left = null;
  try {
    await loadSchema();
    const fact = path.match(/^\/facts\/([0-9]+)$/);
    const edit = path.match(/^\/facts\/([0-9]+)\/edit$/);
    const entry = path.match(/^\/new(?:\/([a-z]+))?$/);
    if (fact) left = await factPage(fact[1]);
    else if (edit) left = await editDraftPage(edit[1]);
    else if (entry) left = await newFactPage(entry[1]);
    else if (path === '/mine') left = await myCorrectionsPage(params.get('after'));
    else if (path === '/story') left = await storyPage();
    else if (path === '/search') left = await searchPage(params.get('q') || '', params.get('after'));
    else if (path === '/drafts') left = await draftsPage(params.get('after'));
    else left = await queuePage();
  } catch (e) {
    if (e instanceof SignedOut) return signInPage();
    if (mine === navigations) render('Something went wrong', h('h1', {}, 'Something went wrong'), h('p', { role: 'alert' }, e.message));
  }
  if (mine !== navigations) {
    if (left) left();
    if (shown > mine) route(); // this late page covered the newer one: show that again
    return;
  }
  leave = left;
  shown = mine;
  shell();
}

window.addEventListener('hashchange', route);
route();
