/**
 * What the /migrate page asks of the engine, one file at a time, and the
 * messages it exchanges with the worker that runs it (worker.ts). The same
 * function runs on the page's main thread when no worker can start, so both
 * paths give the same answers.
 */
import {checkInput, type InputResult} from './checkInput';
import {convertLegacyConfig, type ConvertedConfig} from './convertConfig';
import type {FileKind} from './types';

export interface PageInput {
  name: string;
  text: string;
  /** The kind the reader chose for pasted text; files are known by their name. */
  kind?: FileKind;
}

/** A file's report, with the converted config.yaml when the file is a flink-conf.yaml. */
export type PageResult =
  (Extract<InputResult, {ok: true}> & {conversion?: ConvertedConfig}) | Extract<InputResult, {ok: false}>;

/** Never throws: a bug the reader's input runs into becomes a message on that file, not a dead page. */
export function checkForPage(input: PageInput): PageResult {
  try {
    const result = checkInput(input);
    if (!result.ok || result.report.kind !== 'flink-conf') return result;
    return {...result, conversion: convertLegacyConfig(input.text)};
  } catch (error) {
    return {
      ok: false,
      name: input.name,
      message: `检查这个文件时检查器自己出错了（${error instanceof Error ? error.message : String(error)}）。这是本站的问题：欢迎把去掉敏感信息的文件附在 issue 里告诉我们。`,
    };
  }
}

/** Page → worker: check these files; the answers carry the same id. */
export interface CheckRequest {
  id: number;
  inputs: PageInput[];
}

/** Worker → page: `ready` once it has started, then one `result` per file in order, then `done`. */
export type CheckMessage =
  {type: 'ready'} | {type: 'result'; id: number; index: number; result: PageResult} | {type: 'done'; id: number};
