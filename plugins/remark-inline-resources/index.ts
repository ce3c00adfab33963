import path from 'node:path';
import {valueToEstree} from 'estree-util-value-to-estree';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {resolveResourceList, type ResourceListElement} from './resolveResourceList';

/**
 * Turns `<ResourceList group="blogs" />` and `<ResourceList ids={['a', 'b']} />`
 * in a doc into `<ResourceList resources={[…the entries…]} />` at build time.
 *
 * Why: if the component imported src/data/resources.ts, the whole catalog
 * would ship in a chunk loaded by every doc page; inlined, each page carries
 * only the entries it shows. The page is still rendered from the catalog, and
 * a wrong id or group fails the build with the file and the fix.
 */
export default function remarkInlineResources() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as ResourceListElement;
      if (element.name !== 'ResourceList') return;
      const shown = resolveResourceList(element);
      if ('problem' in shown)
        throw new Error(`${path.relative(file.cwd, file.path)} › <ResourceList>：${shown.problem}`);
      element.attributes = [
        {
          type: 'mdxJsxAttribute',
          name: 'resources',
          value: {
            type: 'mdxJsxAttributeValueExpression',
            value: JSON.stringify(shown),
            data: {
              estree: {
                type: 'Program',
                sourceType: 'module',
                body: [{type: 'ExpressionStatement', expression: valueToEstree(shown)}],
              },
            },
          },
        },
      ];
    });
  };
}
