import {describe, expect, it} from 'vitest';
import {highlightTerms, indexTerms, queryTermCover, queryTerms} from '../tokenize';

describe('indexTerms', () => {
  it('stores every character and every bigram of a Chinese run', () => {
    expect(indexTerms('状态后端')).toEqual(['状', '态', '后', '端', '状态', '态后', '后端']);
  });

  it('lower-cases Latin words and keeps camelCase and dotted parts', () => {
    const terms = indexTerms('EmbeddedRocksDBStateBackend state.backend.type');
    expect(terms).toEqual(
      expect.arrayContaining(['embeddedrocksdbstatebackend', 'rocks', 'db', 'state', 'backend', 'type']),
    );
  });

  it('splits mixed text without spaces into its runs', () => {
    expect(indexTerms('使用RocksDB状态后端')).toEqual(expect.arrayContaining(['使用', 'rocksdb', '状态', '后端']));
  });
});

describe('queryTerms', () => {
  it('looks a Chinese query up by its bigrams, with or without spaces', () => {
    expect(queryTerms('状态后端')).toEqual(['状态', '态后', '后端']);
    expect(queryTerms('状态 后端')).toEqual(['状态', '后端']);
  });

  it('keeps a single character only when that is the whole run', () => {
    expect(queryTerms('态')).toEqual(['态']);
  });

  it('folds case', () => {
    expect(queryTerms('RocksDB Checkpoint')).toEqual(['rocksdb', 'checkpoint']);
  });
});

describe('queryTermCover', () => {
  it('gives each bigram the two characters it stands for, and each word one place', () => {
    expect(Object.fromEntries(queryTermCover('屏障对齐 RocksDB'))).toEqual({
      屏障: [0, 1],
      障对: [1, 2],
      对齐: [2, 3],
      rocksdb: [4],
    });
  });

  it('collects the places of a term that occurs twice', () => {
    expect(queryTermCover('状态 状态')).toEqual(new Map([['状态', [0, 1, 2, 3]]]));
  });
});

describe('highlightTerms', () => {
  it('highlights each run as typed', () => {
    expect(highlightTerms('状态 后端 RocksDB')).toEqual(['状态', '后端', 'rocksdb']);
  });
});
