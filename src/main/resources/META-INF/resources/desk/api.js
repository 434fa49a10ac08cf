// The desk's only way to the service: its public GraphQL API over HTTP (queries, mutations) and
// graphql-transport-ws (the live review queue), with the signed-in user's bearer token.

const KEY = 'nf-desk-session';

/** The signed-in user, kept for this browser tab only: { token, user, roles, expiresAt }. */
export const session = {
  get() {
    try {
      const s = JSON.parse(sessionStorage.getItem(KEY));
      return s && (!s.expiresAt || Date.parse(s.expiresAt) > Date.now()) ? s : null;
    } catch {
      return null;
    }
  },
  set(s) { sessionStorage.setItem(KEY, JSON.stringify(s)); },
  clear() { sessionStorage.removeItem(KEY); },
  isChief() { return (this.get()?.roles || []).includes('chief'); },
};

/** Thrown when the service no longer accepts the token: the desk asks the user to sign in again. */
export class SignedOut extends Error {}

/** Runs a GraphQL operation; resolves to { data, errors } as the service answered it. */
export async function gql(query, variables = {}) {
  const s = session.get();
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (s) headers.authorization = `Bearer ${s.token}`;
  let res;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    return { errors: [{ message: 'The service cannot be reached. Check the connection and try again.' }] };
  }
  if (res.status === 401) {
    session.clear();
    throw new SignedOut();
  }
  const body = await res.json().catch(() => ({ errors: [{ message: `The service answered ${res.status}.` }] }));
  if (s && (body.errors || []).some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    session.clear();
    throw new SignedOut();
  }
  return body;
}

/** Like gql, but fails with the first error's message. */
export async function data(query, variables) {
  const body = await gql(query, variables);
  if (body.errors?.length) throw Object.assign(new Error(body.errors[0].message), { errors: body.errors });
  return body.data;
}

/** A chief publishes a draft at the version shown (CONFLICT if it changed since). */
export function publishFact(id, version, at = null) {
  return gql('mutation Publish($id: ID!, $v: Int!, $at: DateTime) { publishFact(id: $id, expectedVersion: $v, at: $at) { id status embargo { state publishAt } } }',
    { id, v: version, at });
}

let client = null;

/**
 * Subscribes to factChanged with the token in connection_init (browsers cannot set WebSocket headers). onEvent
 * gets each change; onConnected runs on every (re)connection, so the page can catch up on what it missed.
 * Returns a function that ends the subscription.
 */
export function subscribe(query, onEvent, onConnected) {
  if (!window.graphqlWs) return () => {};
  if (!client) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    client = window.graphqlWs.createClient({
      url,
      connectionParams: () => (session.get() ? { Authorization: `Bearer ${session.get().token}` } : {}),
      retryAttempts: Infinity,
      shouldRetry: () => true,
      keepAlive: 20000,
    });
  }
  const off = client.on('connected', () => onConnected && onConnected());
  const end = client.subscribe({ query }, {
    next: (message) => message.data && onEvent(message.data),
    error: () => {},
    complete: () => {},
  });
  return () => { off(); end(); };
}

/** Closes the live connection (on sign-out: the next one carries the next user's token). */
export function disconnect() {
  if (client) client.dispose();
  client = null;
}

export function cancelEmbargo(id) {
  return gql('mutation CancelEmbargo($id: ID!) { cancelEmbargo(id: $id) { id status } }', { id });
}
