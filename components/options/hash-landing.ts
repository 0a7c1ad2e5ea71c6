import { loadTools } from './load-tools';

/**
 * Brings the section named in the URL hash into view and moves focus to its heading. The
 * browser's own jump happens before the page has rendered its content (it renders after one
 * storage read), so the popup's link to `options.html#sites` would otherwise land at the top.
 */
export function landOnHash(doc: Document = document): void {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  if (!id) return;
  const target = doc.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  const heading = target.querySelector<HTMLElement>('[data-landing]') ?? target;
  heading.focus({ preventScroll: true });
}

/**
 * Lands on the hash once the first render is in, again once the tools are (they move what is
 * below them, and the history scan replaces its placeholder) unless the reader has moved on
 * meanwhile, and on every later change of the hash.
 */
export function followHash(): void {
  landOnHash();
  const focused = document.activeElement;
  const scrolled = scrollY;
  const reland = () => {
    if (document.activeElement === focused && scrollY === scrolled) landOnHash();
  };
  requestAnimationFrame(() =>
    setTimeout(() =>
      loadTools().then(
        () => requestAnimationFrame(reland),
        () => undefined,
      ),
    ),
  );
  addEventListener('hashchange', () => landOnHash());
}
