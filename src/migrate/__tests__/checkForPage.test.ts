import {afterEach, describe, expect, it, vi} from 'vitest';
import * as convertConfig from '../convertConfig';
import {checkForPage} from '../checkForPage';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the /migrate page gets for one file', () => {
  it('a flink-conf.yaml comes with its converted config.yaml', () => {
    const result = checkForPage({name: 'flink-conf.yaml', text: 'state.checkpoints.dir: hdfs:///cp\n'});
    expect(result.ok && result.report.kind).toBe('flink-conf');
    expect(result.ok && result.conversion?.values).toEqual({'execution.checkpointing.dir': 'hdfs:///cp'});
  });

  it('other files, and pasted config.yaml, come without one', () => {
    const code = checkForPage({name: 'Job.java', text: 'env.setStateBackend(x);'});
    const yaml = checkForPage({name: '粘贴的内容', text: 'execution:\n  checkpointing:\n    dir: x\n'});
    expect(code.ok && code.conversion).toBeUndefined();
    expect(yaml.ok && [yaml.report.kind, yaml.conversion]).toEqual(['config-yaml', undefined]);
  });

  it('pasted text of a kind the reader chose is checked as that kind', () => {
    const result = checkForPage({name: '粘贴的内容', text: 'web.port: 8081', kind: 'config-yaml'});
    expect(result.ok && result.report.kind).toBe('config-yaml');
  });

  it('passes on the engine’s refusals', () => {
    expect(checkForPage({name: 'a.jar', text: 'PK\u0003\u0004\u0000'})).toMatchObject({ok: false, name: 'a.jar'});
  });

  it('turns an engine bug into a message on that file instead of throwing', () => {
    vi.spyOn(convertConfig, 'convertLegacyConfig').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(checkForPage({name: 'flink-conf.yaml', text: 'a.b: 1\n'})).toEqual({
      ok: false,
      name: 'flink-conf.yaml',
      message: expect.stringMatching(/^检查这个文件时检查器自己出错了（boom）/),
    });
  });
});
