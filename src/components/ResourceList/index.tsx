import ResourceCard from '@site/src/components/ResourceCard';
import {resources} from '@site/src/data/resources';
import type {Group} from '@site/src/data/taxonomy';

type Props = {group: Group; ids?: never} | {ids: string[]; group?: never};

/**
 * Catalog entries rendered from src/data/resources.ts: a whole group on its
 * page, or a few chosen entries under a note's "延伸阅读". Unknown ids throw
 * so that a typo fails the build instead of silently showing nothing.
 */
export default function ResourceList({group, ids}: Props) {
  const shown = group
    ? resources.filter((resource) => resource.group === group)
    : ids.map((id) => {
        const found = resources.find((resource) => resource.id === id);
        if (!found) throw new Error(`ResourceList: 资源目录中没有 id 为 "${id}" 的条目（见 src/data/resources.ts）`);
        return found;
      });
  return (
    <div>
      {shown.map((resource) => (
        <ResourceCard key={resource.id} resource={resource} />
      ))}
    </div>
  );
}
