// How a desk page takes the screen: its title, its content, the focus on its heading, and polite announcements.

const main = () => document.getElementById('main');

/** Says something to screen-reader users without moving their focus. */
export function announce(text) {
  const live = document.getElementById('live');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

/** Puts a page in place: its title, its content, and the focus on its heading. */
export function render(title, ...content) {
  document.title = `${title} — Newsroom Facts desk`;
  main().replaceChildren(...content.flat().filter((c) => c !== null && c !== undefined && c !== false));
  const heading = main().querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}
