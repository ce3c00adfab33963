import {describe, expect, it} from 'vitest';
import {expandAliases} from '../aliases';

const table = {
  背压: ['反压', 'Backpressure'],
  backpressure: ['反压'],
  水印: ['水位线', 'Watermark'],
  fsstatebackend: ['HashMapStateBackend'],
  'state backend': ['状态后端'],
  statebackend: ['状态后端'],
  fs: ['文件系统'],
};

describe('expandAliases', () => {
  it('leaves a query without variants as typed', () => {
    expect(expandAliases('检查点 超时', table)).toEqual(['检查点 超时']);
  });

  it('adds the query with the variant replaced by each term it stands for', () => {
    expect(expandAliases('背压', table)).toEqual(['背压', '反压', 'Backpressure']);
  });

  it('finds a Han variant inside a longer run and keeps the rest as typed', () => {
    expect(expandAliases('背压调优', table)).toEqual(['背压调优', '反压调优', 'Backpressure调优']);
  });

  it('matches Latin variants in any case, but only as whole words', () => {
    expect(expandAliases('FsStateBackend 配置', table)).toEqual(['FsStateBackend 配置', 'HashMapStateBackend 配置']);
    expect(expandAliases('HdfsStateBackend', table)).toEqual(['HdfsStateBackend']);
  });

  it('prefers the longer of two overlapping variants', () => {
    expect(expandAliases('state backend', table)).toEqual(['state backend', '状态后端']);
  });

  it('combines several variants in one query', () => {
    expect(expandAliases('背压 水印', table)).toEqual([
      '背压 水印',
      '背压 水位线',
      '背压 Watermark',
      '反压 水印',
      '反压 水位线',
      '反压 Watermark',
      'Backpressure 水印',
      'Backpressure 水位线',
    ]);
  });

  it('keeps Latin words apart when a replacement would join them', () => {
    expect(expandAliases('水印strategy', table)).toContain('Watermark strategy');
  });
});
