import {createSlugger} from '@docusaurus/utils';
import matter from 'gray-matter';
import type {Nodes, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

export interface Section {
  /** Heading text; empty for the text before the first heading. */
  heading: string;
  /** The heading's id on the page, as Docusaurus generates it. */
  anchor: string;
  text: string;
}

/**
 * The docs' Markdown parser: the same plugins as Docusaurus's MDX pipeline
 * for what matters to text (GFM tables, admonitions as directives, JSX).
 * Also used by tests/docsRules.ts.
 */
export const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMdx);

// Containers whose children are separate blocks (list items, table cells,
// paragraphs of a quote) get a space between them when flattened; the
// inline children of a paragraph or cell are joined as written.
const BLOCK_CONTAINERS = new Set(['list', 'listItem', 'table', 'tableRow', 'blockquote', 'containerDirective']);

/** Readable text of a node: what a reader sees, including code and diagram descriptions. */
function plainText(node: Nodes): string {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      // A <Figure> is described by its alt text and caption; other components
      // (resource lists) are indexed from the catalog itself.
      const described = node.attributes.flatMap((attr) =>
        attr.type === 'mdxJsxAttribute' &&
        (attr.name === 'alt' || attr.name === 'caption') &&
        typeof attr.value === 'string'
          ? [attr.value]
          : [],
      );
      return [...described, ...node.children.map(plainText)].join(' ');
    }
    case 'code':
    case 'inlineCode':
    case 'text':
      return node.value;
    default:
      if ('children' in node) {
        return (node.children as Nodes[]).map(plainText).join(BLOCK_CONTAINERS.has(node.type) ? ' ' : '');
      }
      return '';
  }
}

/**
 * Splits a Markdown/MDX page into sections at its h2 and h3 headings, with
 * the anchors Docusaurus gives those headings, so a search result can open
 * the exact section.
 */
export function extractSections(source: string): Section[] {
  const tree = mdxParser.parse(matter(source).content) as Root;
  const slugger = createSlugger();
  const sections: Section[] = [{heading: '', anchor: '', text: ''}];
  const texts: string[][] = [[]];
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && node.depth <= 3) {
      const heading = toString(node);
      sections.push({heading, anchor: slugger.slug(heading), text: ''});
      texts.push([]);
    } else {
      texts[texts.length - 1].push(plainText(node));
    }
  }
  return (
    sections
      .map((section, i) => ({...section, text: texts[i].join(' ').replace(/\s+/g, ' ').trim()}))
      // A heading over nothing but a component (延伸阅读 over a resource list)
      // has no words of its own to find; the catalog entries are indexed apart.
      .filter((section) => section.text)
  );
}
