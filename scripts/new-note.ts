/**
 * npm run new:note -- <group> <file-name> [title]
 *
 * Writes docs/<group>/<file-name>.mdx from templates/note.mdx, placed last in
 * its group's sidebar. That file is the whole note: the sidebar, the group
 * page, search and the notes list all pick it up from the docs folder.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {LATEST_FLINK} from '../src/data/flinkReleases';
import {GROUP_INFO, GROUPS, type Group} from '../src/data/taxonomy';

const ROOT = path.join(__dirname, '..');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const [group, name, ...titleWords] = process.argv.slice(2);
if (!group || !name) {
  fail(
    `用法：npm run new:note -- <分组> <文件名> [标题]\n分组：${GROUPS.join(' / ')}；文件名用小写字母、数字和连字符，例如 kafka-offsets`,
  );
}
if (!GROUPS.includes(group as Group)) fail(`分组 "${group}" 不存在，可选：${GROUPS.join(' / ')}`);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) fail(`文件名 "${name}" 只能用小写字母、数字和连字符，例如 kafka-offsets`);

const dir = path.join(ROOT, 'docs', group);
const file = path.join(dir, `${name}.mdx`);
if (existsSync(file)) fail(`docs/${group}/${name}.mdx 已经存在，请换一个文件名`);

// Last in the group: ten after the largest sidebar_position of its notes.
const positions = readdirSync(dir)
  .filter((entry) => /\.mdx?$/.test(entry) && !/^index\.mdx?$/.test(entry))
  .map((entry) => Number(matter(readFileSync(path.join(dir, entry), 'utf8')).data.sidebar_position) || 0);
const position = Math.max(0, ...positions) + 10;

const title = titleWords.join(' ') || name;
const text = readFileSync(path.join(ROOT, 'templates', 'note.mdx'), 'utf8')
  .replaceAll('__TITLE__', title)
  .replaceAll('__LATEST__', LATEST_FLINK)
  .replaceAll('__POSITION__', String(position));
writeFileSync(file, text);
console.log(`已创建 docs/${group}/${name}.mdx（${GROUP_INFO[group as Group].label}，sidebar_position: ${position}）。
下一步：按文件开头注释的说明填好 description、sources 和正文，然后运行 npm run test:unit；
它会逐项指出还缺什么。npm start 可以预览。`);
