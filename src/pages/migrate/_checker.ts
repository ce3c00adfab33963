/**
 * Runs the migration engine for the /migrate page, off the main thread when
 * the browser allows it.
 *
 * The worker's script (plugins/migrate-worker) is a chunk the page imports on
 * the first check, and the worker starts from a Blob URL of its text: that
 * works in the hosted build and in the offline build read from disk, where a
 * worker script given by its file: URL is refused. If the worker cannot
 * start (a policy that forbids workers or Blob URLs, an old browser), the
 * engine is loaded as an ordinary chunk and runs on the main thread, one
 * file at a time with a pause between files, and the page says so.
 */
import type {CheckMessage, PageInput, PageResult} from '@site/src/migrate/checkForPage';

export type Outcome = 'done' | 'cancelled';

export interface Checker {
  /** Set when the engine runs on the main thread: why the worker did not start. */
  fallbackReason?: string;
  /** Checks the inputs in order, reporting each file as soon as it is done. */
  check(inputs: PageInput[], onResult: (index: number, result: PageResult) => void): Promise<Outcome>;
  /** Stops the running check; its promise resolves with 'cancelled'. */
  cancel(): void;
}

const WORKER_START_TIMEOUT_MS = 15_000;

let workerUrl: Promise<string> | undefined;

function loadWorkerUrl(): Promise<string> {
  workerUrl ??= import(
    /* webpackChunkName: "migrate-worker" */ '@generated/migrate-worker/default/worker-source.js'
  ).then((module) => URL.createObjectURL(new Blob([module.default], {type: 'text/javascript'})));
  workerUrl.catch(() => {
    workerUrl = undefined;
  });
  return workerUrl;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A worker that has said it is ready, or the reason it could not start. */
function startWorker(url: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch (error) {
      reject(new Error(messageOf(error)));
      return;
    }
    const fail = (reason: string) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(reason));
    };
    const timer = setTimeout(() => fail('后台线程没有按时启动'), WORKER_START_TIMEOUT_MS);
    worker.onmessage = ({data}: MessageEvent<CheckMessage>) => {
      if (data.type !== 'ready') return;
      clearTimeout(timer);
      resolve(worker);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || '后台线程报错');
    };
  });
}

const failure = (input: PageInput, reason: string): PageResult => ({
  ok: false,
  name: input.name,
  message: `检查器在后台线程里出错了（${reason}），没能检查这个文件。请刷新页面后重试；文件很大时，可以拆小一些再试。`,
});

function workerChecker(url: string, first: Worker): Checker {
  let worker: Worker | undefined = first;
  let nextId = 1;
  let stop: (() => void) | undefined;
  return {
    async check(inputs, onResult) {
      worker ??= await startWorker(url);
      const running = worker;
      const id = nextId++;
      let reported = -1;
      return new Promise<Outcome>((resolve) => {
        const finish = (outcome: Outcome) => {
          stop = undefined;
          running.onmessage = null;
          running.onerror = null;
          resolve(outcome);
        };
        stop = () => {
          running.terminate();
          worker = undefined;
          finish('cancelled');
        };
        running.onmessage = ({data}: MessageEvent<CheckMessage>) => {
          if (data.type === 'result' && data.id === id) {
            reported = data.index;
            onResult(data.index, data.result);
          } else if (data.type === 'done' && data.id === id) {
            finish('done');
          }
        };
        // The worker died mid-check (out of memory, a bug): the files it did
        // not answer get a message, and the next check starts a new worker.
        running.onerror = (event) => {
          event.preventDefault();
          running.terminate();
          worker = undefined;
          for (let index = reported + 1; index < inputs.length; index++) {
            onResult(index, failure(inputs[index], event.message || '后台线程报错'));
          }
          finish('done');
        };
        running.postMessage({id, inputs});
      });
    },
    cancel: () => stop?.(),
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mainThreadChecker(fallbackReason: string): Promise<Checker> {
  const {checkForPage} = await import(/* webpackChunkName: "migrate-engine" */ '@site/src/migrate/checkForPage');
  let cancelled = false;
  return {
    fallbackReason,
    async check(inputs, onResult) {
      cancelled = false;
      for (const [index, input] of inputs.entries()) {
        // Lets the page paint and take clicks (the stop button) between files.
        await pause();
        if (cancelled) return 'cancelled';
        onResult(index, checkForPage(input));
      }
      return 'done';
    },
    cancel: () => {
      cancelled = true;
    },
  };
}

/**
 * The checker for this visit. Rejects only when its code cannot be loaded
 * (the network is gone in the hosted build): the page then offers to retry.
 */
export async function createChecker(): Promise<Checker> {
  const url = await loadWorkerUrl();
  let worker: Worker;
  try {
    worker = await startWorker(url);
  } catch (error) {
    return mainThreadChecker(messageOf(error));
  }
  return workerChecker(url, worker);
}
