import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * The four groups of the seed document, in its order. Each group opens on its
 * resource list (rendered from src/data/resources.ts); the notes sit in the
 * group whose resource they grew out of. Groups start collapsed (Docusaurus
 * opens the one holding the current page): every doc page renders and
 * hydrates its sidebar, on phones too, where it is hidden behind the menu.
 */
const group = (label: string, dir: string, items: string[]) => ({
  type: 'category' as const,
  label,
  link: {type: 'doc' as const, id: `${dir}/index`},
  items: items.map((item) => `${dir}/${item}`),
});

const sidebars: SidebarsConfig = {
  hub: [
    'intro',
    'learning-path',
    'glossary',
    group('学习网站', 'learning-sites', ['flink-2-changes']),
    group('推荐博客', 'blogs', [
      'state-keyed-vs-operator',
      'state-backends',
      'state-practices',
      'job-execution',
      'memory-management',
      'canal-to-hive',
    ]),
    group('源码解析', 'source-analysis', ['managed-vs-raw-state', 'checkpoint-principles', 'metrics']),
    group('大厂实践', 'practice', ['oppo', 'youzan', 'qutoutiao', 'hive-file-sink', 'clickhouse', 'beike']),
  ],
};

export default sidebars;
