import {describe, expect, it} from 'vitest';
import {anchorId, repairEscapes, repairFragment} from '../percentEscapes';

describe('repairEscapes', () => {
  it('keeps escapes that decode, Chinese included', () => {
    const heading = encodeURIComponent('常用调优参数');
    expect(repairEscapes(heading)).toBe(heading);
    expect(repairEscapes('a%20b')).toBe('a%20b');
  });

  it('escapes a lone %, and a % not followed by two hex digits', () => {
    expect(repairEscapes('%')).toBe('%25');
    expect(repairEscapes('50%off')).toBe('50%25off');
  });

  it('keeps the whole characters of an escape cut off in the middle, and escapes the rest', () => {
    expect(repairEscapes('%E4%BB%8A%E5%A4%A9%E7')).toBe('%E4%BB%8A%E5%A4%A9%25E7');
    expect(decodeURIComponent(repairEscapes('%E4%BB%8A%E5%A4%A9%E7'))).toBe('今天%E7');
  });

  it('escapes bytes that are not UTF-8 at all', () => {
    expect(decodeURIComponent(repairEscapes('%FF%FE'))).toBe('%FF%FE');
  });
});

describe('repairFragment', () => {
  it('leaves a fragment without % alone', () => {
    expect(repairFragment('#/docs/intro#heading', 'hash')).toBe('#/docs/intro#heading');
    expect(repairFragment('', 'browser')).toBe('');
  });

  it('makes a hash-router route that Docusaurus decodes twice survive both decodes', () => {
    for (const hash of ['#/docs/%', '#/docs/%25', '#/docs/%E4%BB']) {
      const route = repairFragment(hash, 'hash').slice(1);
      expect(() => decodeURI(decodeURI(route)), hash).not.toThrow();
    }
  });

  it('repairs the anchor of a hash-router link, keeping its route', () => {
    expect(repairFragment('#/docs/intro#%', 'hash')).toBe('#/docs/intro#%25');
    expect(repairFragment('#/docs/blogs/state-backends#%E4%BB%8A%E7', 'hash')).toBe(
      '#/docs/blogs/state-backends#%E4%BB%8A%25E7',
    );
  });

  it('with the browser router, the whole fragment is the anchor', () => {
    expect(repairFragment('#%E5%B8%B8%E7', 'browser')).toBe('#%E5%B8%B8%25E7');
  });
});

describe('anchorId', () => {
  it('decodes a good anchor and never throws on a bad one', () => {
    expect(anchorId(`#${encodeURIComponent('常用调优参数')}`)).toBe('常用调优参数');
    expect(anchorId('#%')).toBe('%');
  });
});
