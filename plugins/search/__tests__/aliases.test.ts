import {describe, expect, it} from 'vitest';
import type {GlossaryTerm} from '../../../src/data/glossary';
import {buildAliasTable} from '../aliases';

const term = (fields: Partial<GlossaryTerm>): GlossaryTerm => ({
  id: 'backpressure',
  zh: '反压',
  en: 'Backpressure',
  definition: '下游处理不过来时，上游被迫放慢发送速度。',
  note: '/docs/source-analysis/metrics',
  ...fields,
});

describe('buildAliasTable', () => {
  it("maps a term's aliases to its Chinese and English names, and its English name to the Chinese", () => {
    expect(buildAliasTable([term({aliases: ['背压']})])).toEqual({
      背压: ['反压', 'Backpressure'],
      backpressure: ['反压'],
    });
  });

  it('splits names written with a slash or in brackets, and also files multi-word variants without spaces', () => {
    const table = buildAliasTable([term({id: 'job-graph', zh: '作业图（逻辑图）', en: 'JobGraph / Logical Graph'})]);
    expect(table).toEqual({
      jobgraph: ['作业图', '逻辑图'],
      'logical graph': ['作业图', '逻辑图'],
      logicalgraph: ['作业图', '逻辑图'],
    });
  });

  it('adds the extra pairs and merges a variant that stands for several terms', () => {
    const table = buildAliasTable(
      [],
      [
        {variant: 'FsStateBackend', canonical: 'HashMapStateBackend'},
        {variant: 'FsStateBackend', canonical: 'FileSystemCheckpointStorage'},
      ],
    );
    expect(table.fsstatebackend).toEqual(['HashMapStateBackend', 'FileSystemCheckpointStorage']);
  });

  it("files a term's variants like its aliases, and skips a term's own name listed as an alias", () => {
    expect(buildAliasTable([term({aliases: ['Backpressure', 'back pressure'], variants: ['背压']})])).toEqual({
      backpressure: ['反压'],
      'back pressure': ['反压'],
      背压: ['反压', 'Backpressure'],
    });
  });

  it('rejects an alias with nothing to search for', () => {
    expect(() => buildAliasTable([term({aliases: [' 、']})])).toThrow(
      /条目 "backpressure" › aliases：别名「 、」没有可搜索的文字/,
    );
  });
});
