// Written at build time by plugins/search (createData).
declare module '@generated/hub-search/default/search-index.json' {
  import type {SearchRecord} from '@site/src/search/types';

  const records: SearchRecord[];
  export default records;
}
