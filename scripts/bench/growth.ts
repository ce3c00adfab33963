/**
 * A copy of the hub with its catalog and notes multiplied, to see how build
 * cost and search grow with content. The copies are real pages and entries
 * (each note's text under a new slug, each entry under a new id and URL), so
 * the build does the same work per page as for the real ones; their words
 * are varied per copy (see vary.ts), so the vocabulary grows as a real hub's
 * would and gzip is not flattered by repetition.
 */
import {cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type {Nodes} from 'mdast';
import {visit} from 'unist-util-visit';
import {mdxParser} from '../../plugins/search/extractSections';
import {permuteLatin, shiftHan, variesLatin} from './vary';

const COPIED = [
  'docs',
  'src',
  'static',
  'plugins',
  'config',
  // The offline zip the hosted build copies in (plugins/offline-download).
  'dist',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
  // Imported by the grown catalog (varyText).
  'scripts/bench/vary.ts',
];

function noteFiles(docsDir: string): string[] {
  return readdirSync(docsDir, {withFileTypes: true}).flatMap((group) =>
    group.isDirectory()
      ? readdirSync(path.join(docsDir, group.name))
          .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
          .map((f) => path.join(group.name, f))
      : [],
  );
}

/**
 * A note as copy number `copy`. Han characters are shifted everywhere but in
 * links to other pages (their anchors name the original's headings); in
 * every other copy, Latin letters are permuted where a reader sees them:
 * prose, inline code and code blocks, never in frontmatter keys, imports,
 * components or URLs, which the build needs intact. Headings change with
 * their text, and so do their anchors, consistently.
 */
function varyNote(source: string, copy: number): string {
  const shifted = source
    .split(/(\]\([^)]*\))/)
    .map((piece, i) => (i % 2 === 1 && !piece.startsWith('](#') ? piece : shiftHan(piece, copy)))
    .join('');
  if (!variesLatin(copy)) return shifted;
  const body = matter(shifted).content;
  const offset = shifted.length - body.length;
  const spans: [number, number][] = [];
  visit(mdxParser.parse(body), (node: Nodes) => {
    const {start, end} = {start: node.position?.start.offset, end: node.position?.end.offset};
    if (start === undefined || end === undefined) return;
    if (node.type === 'text' || node.type === 'inlineCode') spans.push([start, end]);
    if (node.type === 'code') {
      // The code between the fences: the language and the title= of the fence stay as written.
      const close = body.lastIndexOf('\n', end - 1);
      spans.push([body.indexOf('\n', start) + 1, close > start ? close : end]);
    }
  });
  let varied = body;
  for (const [start, end] of spans) {
    varied = varied.slice(0, start) + permuteLatin(varied.slice(start, end), copy) + varied.slice(end);
  }
  return shifted.slice(0, offset) + varied;
}

/** A copy of the hub that builds like the original, sharing its node_modules. */
export function copyHub(hubDir: string, targetDir: string): void {
  mkdirSync(targetDir, {recursive: true});
  for (const entry of COPIED) cpSync(path.join(hubDir, entry), path.join(targetDir, entry), {recursive: true});
  symlinkSync(path.join(hubDir, 'node_modules'), path.join(targetDir, 'node_modules'), 'dir');
}

/** Builds a copy of the hub at `factor` times today's notes and catalog; returns its directory and its note and entry counts. */
export function makeGrownCopy(
  hubDir: string,
  targetDir: string,
  factor: number,
): {dir: string; pages: number; resources: number} {
  copyHub(hubDir, targetDir);

  // Notes: factor-1 more copies of every note, in a folder outside the sidebar.
  const notes = noteFiles(path.join(hubDir, 'docs'));
  const synthetic = path.join(targetDir, 'docs', 'synthetic');
  mkdirSync(synthetic, {recursive: true});
  let copies = 0;
  for (let copy = 1; copy < factor; copy++) {
    for (const note of notes) {
      const source = varyNote(readFileSync(path.join(hubDir, 'docs', note), 'utf8'), copy)
        .replace(/^title: (.*)$/m, `title: $1（副本 ${copy}）`)
        // Relative imports of diagrams point back at the real folder.
        .replace(/from '\.\/img\//g, `from '../${path.dirname(note)}/img/`);
      // Suffix, not prefix: Docusaurus strips a leading number from file names.
      writeFileSync(path.join(synthetic, `${note.replace('/', '-').replace(/\.mdx$/, '')}-copy-${copy}.mdx`), source);
      copies += 1;
    }
  }

  // Catalog: factor-1 more copies of every entry, new ids and URLs.
  const resourcesFile = path.join(targetDir, 'src', 'data', 'resources.ts');
  const text = readFileSync(resourcesFile, 'utf8');
  writeFileSync(
    resourcesFile,
    `import {varyText} from '../../scripts/bench/vary';
${text}
// Synthetic entries for the growth benchmark, their words varied per copy.
const originals = [...resources];
for (let copy = 1; copy < ${factor}; copy++) {
  for (const entry of originals) {
    const vary = (text: string) => varyText(text, copy);
    resources.push({
      ...entry,
      id: \`\${entry.id}-copy-\${copy}\`,
      url: \`\${entry.url.replace(/\\/+$/, '')}/copy-\${copy}\`,
      title: vary(entry.title),
      summary: vary(entry.summary),
      changes: entry.changes && vary(entry.changes),
      accessNote: entry.accessNote && vary(entry.accessNote),
      parts: entry.parts?.map((part) => ({title: vary(part.title), url: \`\${part.url}/copy-\${copy}\`})),
    });
  }
}
`,
  );
  const resources = (text.match(/^\s{4}id: '/gm) ?? []).length * factor;
  return {dir: targetDir, pages: notes.length + copies, resources};
}
