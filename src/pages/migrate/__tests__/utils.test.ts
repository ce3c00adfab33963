import {describe, expect, it} from 'vitest';
import type {PageResult} from '@site/src/migrate/checkForPage';
import type {Finding} from '@site/src/migrate/types';
import {
  affectedVersions,
  effectiveFrom,
  groupFindings,
  parseFromParam,
  position,
  splitByVersion,
  summarize,
  summarySentence,
  withFrom,
} from '../_utils';

// Fixture findings: the page's logic never depends on the real rules.
const finding = (rule: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'breaks',
  line,
  column: 1,
  length: 4,
  excerpt: {before: '', text: 'old', after: '()'},
  title: rule,
  status: '',
  replacement: 'new',
  source: {title: 's', url: 'https://example.org'},
  ...extra,
});

describe('the version the reader upgrades from', () => {
  it('reads ?from= as a release, "all", nothing, or something it does not know', () => {
    expect(parseFromParam('?from=1.17')).toEqual({kind: 'version', version: '1.17'});
    expect(parseFromParam('?x=1&from=all')).toEqual({kind: 'all'});
    expect(parseFromParam('')).toEqual({kind: 'none'});
    expect(parseFromParam('?from=1.7')).toEqual({kind: 'invalid', value: '1.7'});
    expect(parseFromParam('?from=1.20.1')).toEqual({kind: 'invalid', value: '1.20.1'});
  });

  it('lets the address win over the stored version, and "all" show everything', () => {
    expect(effectiveFrom({kind: 'version', version: '1.18'}, '1.20')).toBe('1.18');
    expect(effectiveFrom({kind: 'all'}, '1.20')).toBeNull();
    expect(effectiveFrom({kind: 'none'}, '1.20')).toBe('1.20');
    expect(effectiveFrom({kind: 'invalid', value: 'x'}, '1.20')).toBe('1.20');
    expect(effectiveFrom({kind: 'none'}, null)).toBeNull();
  });

  it('writes from into the query string and keeps the rest', () => {
    expect(withFrom('?a=1', '1.19')).toBe('?a=1&from=1.19');
    expect(withFrom('?from=1.17&a=1', null)).toBe('?a=1');
    expect(withFrom('?from=1.17', null)).toBe('');
    expect(withFrom('', 'all')).toBe('?from=all');
  });

  it('hides what changed at or before that version', () => {
    const removed20 = finding('a', 1, {removedIn: '2.0', deprecatedIn: '1.14'});
    const deprecated118 = finding('b', 2, {severity: 'warning', deprecatedIn: '1.18'});
    const noRelease = finding('c', 3, {severity: 'info'});
    expect(splitByVersion([removed20, deprecated118, noRelease], '1.18')).toEqual({
      shown: [removed20, noRelease],
      hidden: [deprecated118],
    });
    expect(splitByVersion([removed20, deprecated118], null).hidden).toEqual([]);
  });
});

describe('grouping and wording', () => {
  it('groups a file’s findings by rule: what breaks first, then by where each first occurs', () => {
    const groups = groupFindings([
      finding('w', 1, {severity: 'warning'}),
      finding('b2', 9),
      finding('i', 2, {severity: 'info'}),
      finding('b1', 5),
      finding('b2', 3),
      finding('b1', 7),
    ]);
    expect(groups.map((g) => [g.rule, g.occurrences.map((f) => f.line)])).toEqual([
      ['b1', [5, 7]],
      ['b2', [9, 3]],
      ['w', [1]],
      ['i', [2]],
    ]);
  });

  it('says which releases a finding affects', () => {
    expect(affectedVersions(finding('x', 1, {removedIn: '2.0'}))).toBe('2.0–2.3 上都不能用');
    expect(affectedVersions(finding('x', 1, {removedIn: '1.17'}))).toBe('1.17–2.3 上都不能用');
    expect(affectedVersions(finding('x', 1))).toBe('2.3 上不能用');
    expect(affectedVersions(finding('x', 1, {severity: 'warning', deprecatedIn: '1.20'}))).toBe('2.3 上仍可用');
    expect(affectedVersions(finding('x', 1, {severity: 'info'}))).toBeUndefined();
  });

  it('names a finding about the file itself as the whole file', () => {
    expect(position(finding('x', 1, {length: 0}))).toBe('整个文件');
    expect(position(finding('x', 12, {column: 5}))).toBe('第 12 行第 5 列');
  });
});

describe('the summary a screen reader hears', () => {
  const ok = (findings: Finding[]): PageResult => ({
    ok: true,
    report: {name: 'Job.java', kind: 'java', findings, problems: []},
  });
  const results: PageResult[] = [
    ok([finding('a', 1, {removedIn: '2.0'}), finding('b', 2, {severity: 'warning', deprecatedIn: '1.17'})]),
    {ok: false, name: 'x.bin', message: '二进制'},
  ];

  it('counts by severity over all files, and says what it hid and could not read', () => {
    const summary = summarize(results, '1.17');
    expect(summary).toEqual({files: 2, refused: 1, counts: {breaks: 1, warning: 0, info: 0}, hidden: 1});
    expect(summarySentence(summary, '1.17')).toBe(
      '检查完成：2 个文件，会出错 1 处，已弃用 0 处，提示 0 处。1 个文件没能检查，原因见下方。另有 1 处在 1.17 或更早就已变化，已隐藏。',
    );
    expect(summarySentence(summarize(results, null), null)).toBe(
      '检查完成：2 个文件，会出错 1 处，已弃用 1 处，提示 0 处。1 个文件没能检查，原因见下方。',
    );
  });
});
