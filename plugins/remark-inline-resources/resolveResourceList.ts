import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {resources, type Resource} from '../../src/data/resources';
import {GROUPS, type Group} from '../../src/data/taxonomy';

export type ResourceListElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * The catalog entries a `<ResourceList group="…" />` or
 * `<ResourceList ids={['…']} />` shows, or what is wrong with it (a
 * sentence naming the fix). Shared by the build (remark plugin) and the docs
 * rules of the unit tests, so both say the same thing.
 */
export function resolveResourceList(node: ResourceListElement): Resource[] | {problem: string} {
  // Cards are blocks: inside a sentence they would be a <div> in a <p>,
  // which browsers repair and React then fails to hydrate.
  if (node.type === 'mdxJsxTextElement') {
    return {problem: '要单独成段：把它放在单独的一行，前后各空一行，不要写在句子中间'};
  }
  const attr = (name: string) =>
    node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  const group = attr('group')?.value;
  const ids = attr('ids')?.value;
  if (group !== undefined && ids !== undefined) {
    return {problem: 'group 和 ids 只能写一个：列出整组用 group="blogs"，挑几条用 ids={[\'资源 id\']}'};
  }
  if (typeof group === 'string') {
    if (!GROUPS.includes(group as Group)) return {problem: `group="${group}" 不存在，可选 ${GROUPS.join(' / ')}`};
    return resources.filter((r) => r.group === group);
  }
  if (ids && typeof ids === 'object') {
    // ids={['a', 'b']}: the string literals of the expression MDX has parsed.
    const statement = ids.data?.estree?.body[0];
    const array = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
    if (
      array?.type !== 'ArrayExpression' ||
      !array.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string')
    ) {
      return {problem: "ids 应是字符串数组，例如 ids={['ververica-state-best-practices']}"};
    }
    const list = array.elements.map((e) => (e as {value: string}).value);
    if (list.length === 0)
      return {problem: 'ids 是空数组，页面上什么也不会显示：请写上至少一个资源 id，或删掉这个组件'};
    const repeated = [...new Set(list.filter((id, i) => list.indexOf(id) !== i))];
    if (repeated.length > 0) {
      return {
        problem: `ids 里 ${repeated.map((id) => `"${id}"`).join('、')} 写了不止一次，同一张卡片会显示两遍：请删掉重复的 id`,
      };
    }
    const unknown = list.filter((id) => !resources.some((r) => r.id === id));
    if (unknown.length > 0) {
      return {
        problem: `引用了不存在的资源 ${unknown.map((id) => `"${id}"`).join('、')}：请改成 src/data/resources.ts 中已有的 id`,
      };
    }
    return list.map((id) => resources.find((r) => r.id === id)!);
  }
  return {problem: '需要 group="分组" 或 ids={[\'资源 id\']} 之一'};
}
