import {valueToEstree} from 'estree-util-value-to-estree';
import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {resources, type Resource} from '../../src/data/resources';
import {GROUPS, type Group} from '../../src/data/taxonomy';

/**
 * Turns `<ResourceList group="blogs" />` and `<ResourceList ids={['a', 'b']} />`
 * in a doc into `<ResourceList resources={[…the entries…]} />` at build time.
 *
 * Why: if the component imported src/data/resources.ts, the whole catalog
 * would ship in a chunk loaded by every doc page; inlined, each page carries
 * only the entries it shows. The page is still rendered from the catalog, and
 * an unknown id or group fails the build with the file and the fix.
 */
export default function remarkInlineResources() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'ResourceList') return;
      const attr = (name: string) =>
        node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
      const where = `${file.path}：<ResourceList>`;
      let shown: Resource[];
      const group = attr('group')?.value;
      const ids = attr('ids')?.value;
      if (typeof group === 'string') {
        if (!GROUPS.includes(group as Group))
          throw new Error(`${where} 的 group="${group}" 不存在，可选 ${GROUPS.join(' / ')}`);
        shown = resources.filter((r) => r.group === group);
      } else if (ids && typeof ids === 'object') {
        // ids={['a', 'b']}: the string literals of the parsed array expression.
        const statement = ids.data?.estree?.body[0];
        const array = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
        if (
          array?.type !== 'ArrayExpression' ||
          !array.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string')
        ) {
          throw new Error(`${where} 的 ids 应是字符串数组，例如 ids={['ververica-state-best-practices']}`);
        }
        const list = array.elements.map((e) => (e as {value: string}).value);
        shown = list.map((id: string) => {
          const found = resources.find((r) => r.id === id);
          if (!found) throw new Error(`${where} 引用了不存在的资源 "${id}"：请改成 src/data/resources.ts 中已有的 id`);
          return found;
        });
      } else {
        throw new Error(`${where} 需要 group="分组" 或 ids={['资源 id']} 之一`);
      }
      node.attributes = [
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
