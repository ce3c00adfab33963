import {copyFileSync, existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The offline copy as scripts/package-offline.ts writes it. */
export const OFFLINE_ZIP_NAME = 'flink-learning-hub-offline.zip';
export const OFFLINE_ZIP_FILE = path.join('dist', OFFLINE_ZIP_NAME);
/** Where the hosted site serves it: the footer and the guide link here. */
export const OFFLINE_ZIP_PATH = `/downloads/${OFFLINE_ZIP_NAME}`;

/**
 * Puts the offline zip into the hosted build, so the site's 下载离线版 links
 * never answer 404. `npm run build` packs the offline copy first; a hosted
 * build without the zip fails here with what to run, rather than publishing
 * a dead link. The offline copy (hash router) links no download: it is one.
 */
export default function offlineDownload(context: LoadContext): Plugin {
  return {
    name: 'offline-download',
    async postBuild({outDir}) {
      if (context.siteConfig.future.experimental_router === 'hash') return;
      const zip = path.join(context.siteDir, OFFLINE_ZIP_FILE);
      if (!existsSync(zip)) {
        throw new Error(
          `offline-download：没有找到 ${OFFLINE_ZIP_FILE}，站点的「下载离线版」链接会指向不存在的文件。请用 npm run build 构建（它先生成并打包离线版），或先运行 npm run build:offline。`,
        );
      }
      const target = path.join(outDir, OFFLINE_ZIP_PATH);
      mkdirSync(path.dirname(target), {recursive: true});
      copyFileSync(zip, target);
    },
  };
}
