import type {LinkState} from '@site/src/data/resources';

export interface LinkStatusNote {
  /** What the last check found, with its date; null when that tells the reader nothing. */
  text: string | null;
  archiveUrl?: string;
}

/**
 * What a card says about its link. Only what helps a reader: a dead link
 * (with its archived copy when there is one), a moved one, or a link checked
 * and found working on a given date. "Never checked" and "the site blocks
 * checkers" say nothing about the page, so the card stays quiet about them;
 * the explorer still filters on every status.
 */
export function linkStatusNote(link: LinkState): LinkStatusNote | null {
  const text = (() => {
    switch (link.status) {
      case 'ok':
        return `${link.lastChecked} 检查时可以访问`;
      case 'redirected':
        return `${link.lastChecked} 检查时原地址已跳转到别处，内容可能已搬迁`;
      case 'dead':
        // With an archived copy, the card links it right after this text.
        return link.archiveUrl
          ? `原链接已失效（${link.lastChecked} 检查）`
          : `原链接已失效（${link.lastChecked} 检查），还没有找到存档副本`;
      default:
        return null;
    }
  })();
  if (!text && !link.archiveUrl) return null;
  return {text, archiveUrl: link.archiveUrl};
}
