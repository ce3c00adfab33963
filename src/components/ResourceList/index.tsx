import ResourceCard from '@site/src/components/ResourceCard';
import type {Resource} from '@site/src/data/resources';

/**
 * Catalog entries as cards. In MDX write `<ResourceList group="blogs" />` or
 * `<ResourceList ids={['entry-id']} />`: plugins/remark-inline-resources
 * replaces either with the entries themselves at build time, so a page ships
 * only the entries it shows.
 */
export default function ResourceList({resources}: {resources: Resource[]}) {
  return (
    <div>
      {resources.map((resource) => (
        <ResourceCard key={resource.id} resource={resource} />
      ))}
    </div>
  );
}
