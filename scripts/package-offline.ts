/**
 * Packs the offline build (build-offline/, made by `DOCUSAURUS_ROUTER=hash
 * docusaurus build`) into a zip a reader can download, unpack anywhere and
 * open from disk. The hosted build takes it from dist/ into its downloads/
 * (plugins/offline-download), where the site's 下载离线版 links point.
 */
import {createWriteStream, existsSync, mkdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {ZipArchive} from 'archiver';
import {OFFLINE_ZIP_FILE} from '../plugins/offline-download';

const root = path.join(__dirname, '..');
const source = path.join(root, 'build-offline');
const distZip = path.join(root, OFFLINE_ZIP_FILE);

const README = `Flink 学习导航 · 离线版

解压后用浏览器打开 flink-learning-hub/index.html 即可阅读，无需联网，也无需安装任何软件。
搜索、目录、页内跳转都可离线使用；文中指向外部文章的链接仍需联网访问。
`;

async function main(): Promise<void> {
  if (!existsSync(path.join(source, 'index.html'))) {
    throw new Error(
      'build-offline/index.html 不存在：请先运行 DOCUSAURUS_ROUTER=hash docusaurus build --out-dir build-offline',
    );
  }
  mkdirSync(path.dirname(distZip), {recursive: true});
  const output = createWriteStream(distZip);
  const archive = new ZipArchive({zlib: {level: 9}});
  const done = new Promise<void>((resolve, reject) => {
    output.on('close', resolve);
    archive.on('error', reject);
  });
  archive.pipe(output);
  archive.directory(source, 'flink-learning-hub');
  archive.append(README, {name: '使用说明.txt'});
  await archive.finalize();
  await done;
  console.log(`离线包：${path.relative(root, distZip)}（${(statSync(distZip).size / 1024).toFixed(0)} KB）`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
