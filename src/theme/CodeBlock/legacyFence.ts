/**
 * Whether a fence is marked as showing the old way (```java title="…" legacy):
 * the word legacy on the fence line, outside the title string. Such a block may
 * use removed APIs (the docs rules let it) and is labelled for readers.
 */
export function isLegacyFence(metastring: string | undefined): boolean {
  return /(^|\s)legacy(\s|$)/.test((metastring ?? '').replace(/"[^"]*"/g, ''));
}
