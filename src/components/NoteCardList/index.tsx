import {useCurrentSidebarCategory} from '@docusaurus/plugin-content-docs/client';
import DocCardList from '@theme/DocCardList';
import descriptions from '@generated/hub-notes/default/doc-descriptions.js';

/**
 * A group page's list of its docs, as DocCardList shows them, with each
 * doc's description. The docs plugin ships the descriptions of every doc
 * to every doc page; plugins/notes drops that copy and gives the cards
 * theirs from here, so only the group pages carry them.
 */
export default function NoteCardList() {
  const category = useCurrentSidebarCategory();
  const items = category.items.map((item) =>
    item.type === 'link' && item.docId && descriptions[item.docId]
      ? {...item, description: descriptions[item.docId]}
      : item,
  );
  return <DocCardList items={items} />;
}
