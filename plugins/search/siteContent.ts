import {configKeyTable} from '../../src/components/ConfigKeysTable/rows';
import {apiChanges} from '../../src/data/apiChanges';
import {glossary} from '../../src/data/glossary';
import {resources} from '../../src/data/resources';
import {labs} from '../../src/labs/catalog';
import {MIGRATE_TOOL_RECORDS} from '../../src/migrate/page';
import {buildRecords, type HubContent, type SearchContent} from './buildRecords';

/**
 * The hub's search records: the pages and the notes' questions, which the
 * caller reads (the build from Docusaurus, the search-quality tests from the
 * sources), with every data file the hub indexes. One list of those files,
 * so the index and the tests that measure it cannot drift apart.
 */
export function siteSearchContent({pages, questions}: Pick<HubContent, 'pages' | 'questions'>): SearchContent {
  return buildRecords({
    pages,
    resources,
    glossary,
    apiChanges,
    configRows: configKeyTable().rows,
    questions,
    labs,
    tools: MIGRATE_TOOL_RECORDS,
  });
}
