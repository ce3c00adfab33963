import {describe, expect, it} from 'vitest';
import {canonicalUrl, trackingParams, urlIdentity} from '../canonicalUrl';

describe('canonicalUrl', () => {
  it('removes utm_* and share parameters but keeps the rest', () => {
    expect(
      canonicalUrl(
        'https://www.jianshu.com/p/59070e64eba1?utm_campaign=haruki&utm_source=weixin_timeline&from=timeline',
      ),
    ).toBe('https://www.jianshu.com/p/59070e64eba1');
    expect(canonicalUrl('https://example.com/a?id=3&utm_medium=x&page=2')).toBe('https://example.com/a?id=3&page=2');
  });

  it('keeps the parameters a WeChat link needs to open', () => {
    const wechat = 'https://mp.weixin.qq.com/s?src=11&timestamp=1593500391&ver=2431&signature=abc*def&new=1';
    expect(new URL(canonicalUrl(wechat)).searchParams.get('signature')).toBe('abc*def');
  });

  it('removes tracking parameters behind an HTML-escaped &amp;', () => {
    expect(canonicalUrl('https://example.com/a?id=3&amp;utm_source=feed&amp;page=2')).toBe(
      'https://example.com/a?id=3&page=2',
    );
    expect(trackingParams('https://example.com/a?id=3&amp;utm_source=feed')).toEqual(['utm_source']);
  });

  it('removes tracking parameters written in the fragment, and keeps an ordinary anchor', () => {
    expect(canonicalUrl('https://example.com/post#utm_source=feed&utm_medium=rss')).toBe('https://example.com/post');
    expect(canonicalUrl('https://example.com/post#utm_source=feed&section=2')).toBe(
      'https://example.com/post#section=2',
    );
    expect(trackingParams('https://example.com/post#utm_source=feed')).toEqual(['utm_source']);
    expect(canonicalUrl('https://example.com/post#summary')).toBe('https://example.com/post#summary');
  });

  it('trims the spaces a copied link carries', () => {
    expect(canonicalUrl('http://www.54tianzhisheng.cn/2018/10/13/flink-introduction/  ')).toBe(
      'http://www.54tianzhisheng.cn/2018/10/13/flink-introduction/',
    );
  });
});

describe('urlIdentity', () => {
  it('treats http/https, www. and a trailing slash as the same page', () => {
    expect(urlIdentity('http://www.example.com/post/')).toBe(urlIdentity('https://example.com/post'));
  });

  it('treats the mobile host m. as the same site', () => {
    expect(urlIdentity('https://m.example.com/post/1')).toBe(urlIdentity('https://www.example.com/post/1'));
    expect(urlIdentity('https://m.com/post')).not.toBe(urlIdentity('https://com/post'));
  });

  it('treats a folder and its /index.html as the same page', () => {
    expect(urlIdentity('https://example.com/docs/index.html')).toBe(urlIdentity('https://example.com/docs/'));
    expect(urlIdentity('https://example.com/INDEX.HTM')).toBe(urlIdentity('https://example.com'));
  });

  it('tells different pages apart', () => {
    expect(urlIdentity('https://example.com/a')).not.toBe(urlIdentity('https://example.com/b'));
  });
});
