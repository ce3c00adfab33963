/**
 * The checker's Web Worker: runs the engine off the page's main thread, so a
 * 5 MB file does not freeze the page. plugins/migrate-worker bundles this
 * file with everything it imports into one script, which the page starts
 * from a Blob URL: a worker loaded from a file: URL is refused by browsers,
 * and the offline build is read from disk.
 */
import {checkForPage, type CheckMessage, type CheckRequest} from './checkForPage';

const scope = self as unknown as {
  postMessage(message: CheckMessage): void;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
};

scope.onmessage = ({data: {id, inputs}}) => {
  inputs.forEach((input, index) => scope.postMessage({type: 'result', id, index, result: checkForPage(input)}));
  scope.postMessage({type: 'done', id});
};

scope.postMessage({type: 'ready'});
