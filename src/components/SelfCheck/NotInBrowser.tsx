/**
 * What the browser build gets for `@hub-notes/self-check-on-server` (see
 * plugins/notes): the island never renders it there, it loads the real
 * self-check section itself.
 */
export default function NotInBrowser(): null {
  return null;
}
