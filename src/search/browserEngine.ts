import {createSearchEngine, type LoadPart, type SearchEngine} from './engine';
import {PARTS_GLOBAL, partPath, type SearchIndexHead} from './indexFormat';

type PartsGlobal = Record<string, unknown>;

/**
 * Loads a shard or store of the index as a classic script, the way webpack
 * loads chunks, so it also works from file://. The script files its data
 * under the global PARTS_GLOBAL; it is taken from there once the script has run.
 */
function loadPartScript(version: string): LoadPart {
  return (name) =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = __webpack_public_path__ + partPath(version, name);
      script.onload = () => {
        script.remove();
        const parts = (window as unknown as Record<string, PartsGlobal | undefined>)[PARTS_GLOBAL];
        const data = parts?.[name];
        if (parts) delete parts[name];
        if (data === undefined) reject(new Error(`搜索索引 ${script.src} 没有数据`));
        else resolve(data);
      };
      script.onerror = () => {
        script.remove();
        reject(new Error(`搜索索引 ${script.src} 加载失败`));
      };
      document.head.appendChild(script);
    });
}

/** The engine as the browser runs it: shards and stores loaded as scripts of this build. */
export function createBrowserEngine(head: SearchIndexHead): SearchEngine {
  return createSearchEngine(head, loadPartScript(head.version));
}
