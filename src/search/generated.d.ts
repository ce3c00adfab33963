// Written at build time by plugins/search (createData).
declare module '@generated/hub-search/default/search-index.js' {
  import type {SearchRecord} from '@site/src/search/types';

  const records: SearchRecord[];
  export default records;
}
