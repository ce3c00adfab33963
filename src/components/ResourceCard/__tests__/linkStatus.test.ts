import {describe, expect, it} from 'vitest';
import {linkStatusNote} from '../linkStatus';

const ARCHIVE = 'https://web.archive.org/web/20200101000000/https://example.org/post';

describe('what a card says about its link', () => {
  it('says nothing for a link never checked, or one whose site blocks checkers', () => {
    expect(linkStatusNote({status: 'unknown', lastChecked: null})).toBeNull();
    expect(linkStatusNote({status: 'cannot-tell', lastChecked: '2026-11-23'})).toBeNull();
  });

  it('says when a working link was checked', () => {
    expect(linkStatusNote({status: 'ok', lastChecked: '2026-11-23'})?.text).toBe('2026-11-23 检查时可以访问');
  });

  it('says a link has moved', () => {
    expect(linkStatusNote({status: 'redirected', lastChecked: '2026-11-23'})?.text).toContain('已跳转');
  });

  it('gives a dead link its archived copy, or says there is none yet', () => {
    expect(linkStatusNote({status: 'dead', lastChecked: '2026-11-23', archiveUrl: ARCHIVE})).toEqual({
      text: '原链接已失效（2026-11-23 检查）',
      archiveUrl: ARCHIVE,
    });
    expect(linkStatusNote({status: 'dead', lastChecked: '2026-11-23'})?.text).toContain('还没有找到存档副本');
  });

  it('keeps an archived copy a contributor added before any check', () => {
    expect(linkStatusNote({status: 'unknown', lastChecked: null, archiveUrl: ARCHIVE})).toEqual({
      text: null,
      archiveUrl: ARCHIVE,
    });
  });
});
