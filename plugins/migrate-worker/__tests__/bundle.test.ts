import path from 'node:path';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import type {CheckMessage, CheckRequest} from '../../../src/migrate/checkForPage';
import {bundleWorker} from '..';

const SITE_DIR = path.join(__dirname, '..', '..', '..');

/**
 * Runs the bundled worker script in an empty context that has only what a
 * worker's global scope offers it here (self, postMessage): a bundle that
 * still imports a module, or reaches for the page (window, document), fails.
 */
function startWorker(source: string) {
  const messages: CheckMessage[] = [];
  const self: {onmessage?: (event: {data: CheckRequest}) => void; postMessage: (m: CheckMessage) => void} = {
    postMessage: (message) => messages.push(structuredClone(message)),
  };
  runInNewContext(source, {self, postMessage: self.postMessage});
  return {messages, send: (request: CheckRequest) => self.onmessage!({data: request})};
}

describe('the checker worker as the page starts it', () => {
  it('is one self-contained script that says it is ready, then answers each file in order', async () => {
    const worker = startWorker(await bundleWorker(SITE_DIR));
    expect(worker.messages).toEqual([{type: 'ready'}]);
    worker.send({
      id: 7,
      inputs: [
        {name: 'Job.java', text: 'env.setStateBackend(new FsStateBackend("hdfs:///cp"));'},
        {name: 'flink-conf.yaml', text: 'state.checkpoints.dir: hdfs:///cp\n'},
        {name: 'empty.sql', text: ' '},
      ],
    });
    const [java, conf, empty, done] = worker.messages.slice(1);
    expect(java).toMatchObject({type: 'result', id: 7, index: 0, result: {ok: true, report: {kind: 'java'}}});
    expect(conf).toMatchObject({
      type: 'result',
      index: 1,
      result: {ok: true, conversion: {values: {'execution.checkpointing.dir': 'hdfs:///cp'}}},
    });
    expect(empty).toMatchObject({index: 2, result: {ok: false, message: expect.stringMatching(/内容是空的/)}});
    expect(done).toEqual({type: 'done', id: 7});
  });
});
