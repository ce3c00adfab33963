// Written at build time by plugins/search (createData).
declare module '@generated/hub-search/default/search-index.js' {
  import type {SearchIndexHead} from '@site/src/search/indexFormat';

  const head: SearchIndexHead;
  export default head;
}

// Webpack's (and Rspack's) public path, resolved at run time: the base URL
// in the hosted build, the folder of index.html in the copy read from disk.
declare const __webpack_public_path__: string;
