import {describe, expect, it} from 'vitest';
import {readDocs} from '../../../../tests/docsFiles';
import {presets} from '../presets';

// Every <ChangelogLab preset="…" /> in the docs names a preset that exists;
// a wrong id is reported at the page and line, with the ids to choose from.
const EMBED = /<ChangelogLab\s+preset="([^"]*)"/g;

function embeds(source: string): {id: string; line: number}[] {
  return [...source.matchAll(EMBED)].map((match) => ({
    id: match[1],
    line: source.slice(0, match.index).split('\n').length,
  }));
}

const docs = await readDocs();

describe('changelog lab embeds in the docs', () => {
  const known = new Set(presets.map((preset) => preset.id));
  const pages = docs.filter((doc) => embeds(doc.source).length > 0);

  it('the SQL changelog note embeds at least two presets', () => {
    const note = pages.find((doc) => doc.file === 'docs/blogs/sql-changelog.mdx');
    expect(new Set(embeds(note?.source ?? '').map((embed) => embed.id)).size).toBeGreaterThanOrEqual(2);
  });

  it('names presets that exist', () => {
    const problems = pages.flatMap((doc) =>
      embeds(doc.source)
        .filter((embed) => !known.has(embed.id))
        .map(
          (embed) =>
            `${doc.file} › 第 ${embed.line} 行的 <ChangelogLab preset="${embed.id}">：src/labs/changelog/presets.ts 中没有这个预设，请改用其中之一：${[...known].join('、')}`,
        ),
    );
    expect(problems).toEqual([]);
  });

  it('finds a wrong id and says where', () => {
    expect(embeds('a\n\n<ChangelogLab preset="nope" />')).toEqual([{id: 'nope', line: 3}]);
  });
});
