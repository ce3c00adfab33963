/**
 * The checker's front door: turns whatever the reader dropped or pasted
 * into a report, or a clear reason why not. Never throws for input: an
 * empty, binary or huge file gets a message, not a crash.
 */
import {checkText} from './checkFiles';
import {FILE_KIND_LABELS, kindFromContent, kindFromName} from './detectKind';
import {MAX_INPUT_BYTES, tooLargeMessage} from './limits';
import type {FileKind, FileReport} from './types';

export {MAX_INPUT_BYTES};

export type InputResult = {ok: true; report: FileReport} | {ok: false; name: string; message: string};

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (code < 9 || (code > 13 && code < 32) || char === '\ufffd') control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function checkInput(input: {name: string; text: string; kind?: FileKind}): InputResult {
  const {name, text} = input;
  if (text.trim().length === 0) return {ok: false, name, message: '内容是空的：请粘贴代码或配置，或选择文件。'};
  if (text.length > MAX_INPUT_BYTES) return {ok: false, name, message: tooLargeMessage(text.length)};
  if (looksBinary(text)) {
    return {
      ok: false,
      name,
      message: '这看起来是二进制文件（如 jar、图片或压缩包），检查器只读文本：请放入源码、配置或构建文件。',
    };
  }
  const kind = input.kind ?? kindFromName(name);
  if (!kind && /\.[\w]+$/.test(name) && name !== '粘贴的内容') {
    const known = Object.values(FILE_KIND_LABELS).join('、');
    return {
      ok: false,
      name,
      message: `不认识这种文件（${name}）。能检查的有：${known}。也可以把内容粘贴进来并选择类型。`,
    };
  }
  return {ok: true, report: checkText(name, text, kind ?? kindFromContent(text))};
}
