import {describe, expect, it} from 'vitest';
import {flinkVersionProblem, noteVersionRange} from '../flinkVersion';

describe('noteVersionRange: the releases a note’s version badge speaks of', () => {
  it.each([
    ['2.0–2.3', [2, 0], [2, 3]],
    ['原文为 1.x；提示按 2.0–2.3 写', [2, 0], [2, 3]],
    // The first range; a connector's version after it is not a Flink release.
    ['2.0–2.3；Kafka 连接器 4.0 起', [2, 0], [2, 3]],
    ['2.0–2.3（各方案适用的版本不同，见正文）；Flink CDC 3.6 支持 Flink 1.20 与 2.2', [2, 0], [2, 3]],
    ['1.10 起的内存模型，核对至 2.3', [1, 10], [2, 3]],
    ['2.3', [2, 3], [2, 3]],
  ])('reads %s', (text, from, to) => {
    expect(noteVersionRange(text)).toEqual({from, to});
  });

  it.each(['核对于 2.3，原文写于 1.15', '1.12.3', '2.x', ''])('reads no range from %j', (text) => {
    expect(noteVersionRange(text)).toBeUndefined();
  });

  it('is a docs rule: a flink_version it cannot read fails with the fix', () => {
    expect(flinkVersionProblem('核对于 2.3，原文写于 1.15', '2.3')).toMatch(/^读不出本页适用的版本范围/);
    expect(flinkVersionProblem('1.10 起的内存模型，核对至 2.3', '2.3')).toBeUndefined();
  });
});
