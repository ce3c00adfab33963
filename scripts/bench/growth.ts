/**
 * A copy of the hub with its catalog and notes multiplied, to see how build
 * cost and search grow with content. The copies are real pages and entries
 * (each note's text under a new slug, each entry under a new id and URL), so
 * the build does the same work per page as for the real ones.
 */
import {cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';

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

/** Builds a copy of the hub at `factor` times today's notes and catalog; returns its directory and its note and entry counts. */
export function makeGrownCopy(
  hubDir: string,
  targetDir: string,
  factor: number,
): {dir: string; pages: number; resources: number} {
  mkdirSync(targetDir, {recursive: true});
  for (const entry of COPIED) cpSync(path.join(hubDir, entry), path.join(targetDir, entry), {recursive: true});
  symlinkSync(path.join(hubDir, 'node_modules'), path.join(targetDir, 'node_modules'), 'dir');

  // Notes: factor-1 more copies of every note, in a folder outside the sidebar.
  const notes = noteFiles(path.join(hubDir, 'docs'));
  const synthetic = path.join(targetDir, 'docs', 'synthetic');
  mkdirSync(synthetic, {recursive: true});
  let copies = 0;
  for (let copy = 1; copy < factor; copy++) {
    for (const note of notes) {
      const source = readFileSync(path.join(hubDir, 'docs', note), 'utf8')
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
    `${text}
// Synthetic entries for the growth benchmark.
const originals = [...resources];
for (let copy = 1; copy < ${factor}; copy++) {
  for (const entry of originals) {
    resources.push({
      ...entry,
      id: \`\${entry.id}-copy-\${copy}\`,
      url: \`\${entry.url.replace(/\\/+$/, '')}/copy-\${copy}\`,
      parts: entry.parts?.map((part) => ({...part, url: \`\${part.url}/copy-\${copy}\`})),
    });
  }
}
`,
  );
  const resources = (text.match(/^\s{4}id: '/gm) ?? []).length * factor;
  return {dir: targetDir, pages: notes.length + copies, resources};
}
