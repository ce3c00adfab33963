/**
 * Writes link-check results back into src/data/resources.ts by editing only
 * the `link` property of the entries concerned, located with the TypeScript
 * parser (so comments, formatting and every other field stay as written).
 */
import ts from 'typescript';
import type {LinkState} from '../../src/data/resources';

export interface LinkUpdate {
  id: string;
  link: LinkState;
}

function stringValue(node: ts.Expression): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

function render(link: LinkState): string {
  const parts = [
    `status: '${link.status}'`,
    `lastChecked: ${link.lastChecked === null ? 'null' : `'${link.lastChecked}'`}`,
  ];
  if (link.archiveUrl) parts.push(`archiveUrl: '${link.archiveUrl.replace(/'/g, "\\'")}'`);
  return `{${parts.join(', ')}}`;
}

/** The source with each entry's `link` replaced; throws if an id is not found. */
export function applyLinkUpdates(source: string, updates: LinkUpdate[]): string {
  const file = ts.createSourceFile('resources.ts', source, ts.ScriptTarget.Latest, true);
  const edits: {start: number; end: number; text: string}[] = [];
  const wanted = new Map(updates.map((update) => [update.id, update.link]));
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = node.properties.filter(ts.isPropertyAssignment);
      const idProp = props.find((p) => p.name.getText(file) === 'id');
      const id = idProp && stringValue(idProp.initializer);
      const linkProp = props.find((p) => p.name.getText(file) === 'link');
      if (id && linkProp && wanted.has(id)) {
        edits.push({
          start: linkProp.initializer.getStart(file),
          end: linkProp.initializer.getEnd(),
          text: render(wanted.get(id)!),
        });
        wanted.delete(id);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (wanted.size > 0) throw new Error(`resources.ts 中找不到这些条目：${[...wanted.keys()].join('、')}`);
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
}
