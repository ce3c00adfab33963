/**
 * Checks one URL the way a careful reader's browser would, and says what
 * the answer means for the catalog. Node's fetch (undici) does the HTTP;
 * this module decides HEAD or GET, follows redirects itself (to report
 * them), retries with back-off, and classifies the outcome.
 */
import type {LinkStatus} from '../../src/data/taxonomy';

export interface CheckOptions {
  timeoutMs: number;
  retries: number;
  /** First back-off delay; doubles at each retry (Retry-After wins when given). */
  backoffMs: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_OPTIONS: CheckOptions = {
  timeoutMs: 15_000,
  retries: 2,
  backoffMs: 2_000,
  maxRedirects: 5,
  userAgent: 'Mozilla/5.0 (compatible; flink-learning-hub-linkcheck/1.0; +https://github.com/flink-learning-hub)',
};

/**
 * Sites that answer robots with a login wall, a captcha or an error page
 * whatever the state of the article: their "no" says nothing about the link.
 */
const ANTI_BOT_HOSTS = [/(^|\.)mp\.weixin\.qq\.com$/, /(^|\.)csdn\.net$/, /(^|\.)jianshu\.com$/, /(^|\.)zhihu\.com$/];

export type Outcome =
  | {kind: 'response'; status: LinkStatus; httpStatus: number; finalUrl: string; redirects: string[]; note: string}
  | {kind: 'network-error'; status: 'cannot-tell'; error: string; note: string};

function isAntiBot(url: string): boolean {
  const host = new URL(url).hostname;
  return ANTI_BOT_HOSTS.some((re) => re.test(host));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function errorCode(error: unknown): string {
  const cause = (error as {cause?: {code?: string; message?: string}})?.cause;
  if ((error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError') return 'TIMEOUT';
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    headers: {'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8'},
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  // Only the status matters; free the connection.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** HEAD first (cheap); GET when the server does not do HEAD properly. */
async function headThenGet(url: string, options: CheckOptions): Promise<Response> {
  try {
    const head = await request(url, 'HEAD', options);
    if (![403, 405, 501].includes(head.status) && !(head.status >= 500)) return head;
  } catch {
    // Some servers drop HEAD requests; GET decides.
  }
  return request(url, 'GET', options);
}

export function classify(httpStatus: number, url: string, redirected: boolean): {status: LinkStatus; note: string} {
  if (httpStatus >= 200 && httpStatus < 300)
    return {status: redirected ? 'redirected' : 'ok', note: redirected ? '已跳转到新地址' : ''};
  if (isAntiBot(url)) return {status: 'cannot-tell', note: `该站点会拦截程序访问（HTTP ${httpStatus}），无法判断`};
  if (httpStatus === 404 || httpStatus === 410) return {status: 'dead', note: `HTTP ${httpStatus}`};
  if ([401, 403, 429, 451].includes(httpStatus))
    return {status: 'cannot-tell', note: `HTTP ${httpStatus}：需要登录或拒绝程序访问`};
  return {status: 'cannot-tell', note: `HTTP ${httpStatus}：服务器暂时出错`};
}

function retryable(httpStatus: number): boolean {
  return httpStatus === 429 || httpStatus >= 500;
}

/** Follows redirects (reporting each hop), retrying 429, 5xx, time-outs and resets. */
export async function checkUrl(url: string, options: CheckOptions = DEFAULT_OPTIONS): Promise<Outcome> {
  let lastError = '';
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await sleep(options.backoffMs * 2 ** (attempt - 1));
    try {
      const redirects: string[] = [];
      let current = url;
      let response = await headThenGet(current, options);
      while (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        if (redirects.length >= options.maxRedirects) break;
        current = new URL(response.headers.get('location')!, current).href;
        redirects.push(current);
        response = await headThenGet(current, options);
      }
      if (retryable(response.status) && attempt < options.retries) {
        const retryAfter = Number(response.headers.get('retry-after'));
        if (Number.isFinite(retryAfter) && retryAfter > 0) await sleep(Math.min(retryAfter * 1000, 60_000));
        continue;
      }
      const {status, note} = classify(response.status, current, redirects.length > 0);
      return {kind: 'response', status, httpStatus: response.status, finalUrl: current, redirects, note};
    } catch (error) {
      lastError = errorCode(error);
    }
  }
  return {kind: 'network-error', status: 'cannot-tell', error: lastError, note: `连接失败：${lastError}`};
}
