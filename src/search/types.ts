/** One searchable unit: a section of a page (by heading), a catalog entry, a glossary term, a row of the 2.x changes table or of the config-keys table, a self-check question, a lab, or a tool page. */
export interface SearchRecord {
  id: number;
  /**
   * Site path to open, with the section's anchor, without the base URL:
   * /docs/blogs/state-backends#常用调优参数. Open it with <Link> or useNavigateTo,
   * which add the base URL the site is hosted under.
   */
  url: string;
  /** Title of the page, or of the catalog entry. */
  page: string;
  /** Heading of the section; empty for the text before the first heading. */
  section: string;
  text: string;
  /** For catalog entries: topics, site and type, so filters' words find them. */
  tags: string;
  kind: 'doc' | 'resource' | 'glossary' | 'change' | 'config' | 'question' | 'lab' | 'tool';
}
