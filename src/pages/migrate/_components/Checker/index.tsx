import clsx from 'clsx';
import {useRef, useState, type DragEvent, type FormEvent} from 'react';
import type {PageInput} from '@site/src/migrate/checkForPage';
import {FILE_KIND_LABELS, kindFromContent} from '@site/src/migrate/detectKind';
import {MAX_INPUT_BYTES, tooLargeMessage} from '@site/src/migrate/limits';
import type {FileKind, Severity} from '@site/src/migrate/types';
import {useMyFlinkVersion} from '@site/src/hooks/useMyFlinkVersion';
import {useQueryString} from '@site/src/utils/useQueryString';
import {createChecker, type Checker as Engine} from '../../_checker';
import {effectiveFrom, FROM_ALL, parseFromParam, SEVERITIES, summarize, summarySentence, withFrom} from '../../_utils';
import FromVersion from '../FromVersion';
import Results, {type Slot} from '../Results';
import styles from './styles.module.css';

/** The name the engine gives pasted text (checkInput knows it is not a file name). */
const PASTED = '粘贴的内容';
// A UTF-8 file of more than three bytes per character of the limit cannot
// fit: it is refused without being read into memory.
const READ_LIMIT = 3 * MAX_INPUT_BYTES;
const KINDS = Object.keys(FILE_KIND_LABELS) as FileKind[];
const ACCEPT = '.java,.scala,.sc,.py,.sql,.yaml,.yml,.xml,.pom,.gradle,.kts';

type Run =
  | {phase: 'idle'}
  | {phase: 'preparing' | 'running' | 'done' | 'cancelled'; slots: Slot[]}
  | {phase: 'failed'; message: string};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The checker's form and report. Nothing the reader gives it leaves the
 * browser: files are read with File.text(), and the engine runs in a worker
 * started from a Blob URL (see _checker.ts). The version in ?from= wins over
 * the stored "my Flink version", so a shared link shows the same report.
 */
export default function Checker() {
  const {search, replace} = useQueryString();
  const param = parseFromParam(search ?? '');
  const {version: stored} = useMyFlinkVersion();
  const from = effectiveFrom(param, stored);

  const paste = useRef<HTMLTextAreaElement>(null);
  const [pasteKind, setPasteKind] = useState<FileKind | 'auto'>('auto');
  const [detected, setDetected] = useState<FileKind | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [run, setRun] = useState<Run>({phase: 'idle'});
  const [fallback, setFallback] = useState<string>();
  const [showHidden, setShowHidden] = useState(false);
  const [severities, setSeverities] = useState<Severity[]>([...SEVERITIES]);
  const engine = useRef<Promise<Engine> | null>(null);
  const running = useRef<Engine | null>(null);
  // Each check's number: a check that the reader cleared or replaced stops writing to the page.
  const runId = useRef(0);

  const busy = run.phase === 'preparing' || run.phase === 'running';

  function addFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    const added = [...list];
    setFiles((current) => [...current, ...added.filter((file) => !current.some((other) => sameFile(file, other)))]);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  function setFrom(version: string | null) {
    // "Show everything" must say so in the address when a stored version would otherwise apply.
    const value = version ?? (stored ? FROM_ALL : null);
    replace(withFrom(search ?? '', value));
  }

  async function readInputs(): Promise<{slots: Slot[]; jobs: {slot: number; input: PageInput}[]}> {
    const text = paste.current?.value ?? '';
    const slots: Slot[] = [];
    const jobs: {slot: number; input: PageInput}[] = [];
    // Empty text with no files still goes to the engine, which says what to do.
    if (text.trim() !== '' || files.length === 0) {
      jobs.push({slot: 0, input: {name: PASTED, text, kind: pasteKind === 'auto' ? undefined : pasteKind}});
      slots.push({name: PASTED});
    }
    for (const file of files) {
      const slot = slots.length;
      if (file.size > READ_LIMIT) {
        slots.push({name: file.name, result: {ok: false, name: file.name, message: tooLargeMessage(file.size)}});
        continue;
      }
      try {
        jobs.push({slot, input: {name: file.name, text: await file.text()}});
        slots.push({name: file.name});
      } catch (error) {
        const message = `读不了这个文件（${messageOf(error)}）：它可能已被移动或删除，请重新选择。`;
        slots.push({name: file.name, result: {ok: false, name: file.name, message}});
      }
    }
    return {slots, jobs};
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const id = ++runId.current;
    setRun({phase: 'preparing', slots: []});
    const {slots, jobs} = await readInputs();
    let checker: Engine;
    try {
      engine.current ??= createChecker();
      checker = await engine.current;
    } catch (error) {
      engine.current = null;
      if (id === runId.current) {
        setRun({phase: 'failed', message: `检查器没能加载（${messageOf(error)}）。请检查网络后再点一次「检查」。`});
      }
      return;
    }
    if (id !== runId.current) return;
    setFallback(checker.fallbackReason);
    running.current = checker;
    setRun({phase: 'running', slots});
    const update = (slot: number, patch: Partial<Slot>) =>
      setRun((current) =>
        id === runId.current && 'slots' in current
          ? {...current, slots: current.slots.map((s, i) => (i === slot ? {...s, ...patch} : s))}
          : current,
      );
    const outcome = await checker.check(
      jobs.map((job) => job.input),
      (index, result) => update(jobs[index].slot, {result}),
    );
    running.current = null;
    if (id === runId.current) setRun((current) => ('slots' in current ? {...current, phase: outcome} : current));
  }

  function stop() {
    running.current?.cancel();
    if (run.phase === 'preparing') {
      runId.current++;
      setRun({phase: 'idle'});
    }
  }

  function clear() {
    stop();
    runId.current++;
    if (paste.current) paste.current.value = '';
    setDetected(null);
    setFiles([]);
    setRun({phase: 'idle'});
  }

  const slots = 'slots' in run ? run.slots : [];
  const answered = slots.filter((slot) => slot.result).length;
  let status = '';
  if (run.phase === 'preparing') status = '正在读取文件、载入检查器……';
  else if (run.phase === 'running') status = `正在检查 ${slots.length} 个文件……`;
  else if (run.phase === 'done') {
    const shownFrom = showHidden ? null : from;
    status = summarySentence(
      summarize(
        slots.flatMap(({result}) => (result ? [result] : [])),
        shownFrom,
      ),
      shownFrom,
    );
  } else if (run.phase === 'cancelled') status = '已停止检查。已经检查完的文件见下方。';
  else if (run.phase === 'failed') status = run.message;

  return (
    <div className={styles.checker}>
      <noscript>
        <p className={styles.noscript}>检查在浏览器里运行，需要 JavaScript。本页其余的说明不需要。</p>
      </noscript>
      <form className={styles.form} onSubmit={check} aria-label="要检查的内容">
        <div className={styles.paste}>
          <label htmlFor="migrate-paste" className={styles.label}>
            粘贴代码或配置
          </label>
          <textarea
            id="migrate-paste"
            ref={paste}
            className={styles.textarea}
            rows={10}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            placeholder={'例如：\nenv.setStateBackend(new FsStateBackend("hdfs:///checkpoints"));'}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setDetected(value.trim() ? kindFromContent(value) : null);
            }}
          />
          <label htmlFor="migrate-kind" className={styles.label}>
            粘贴内容的类型
          </label>
          <select
            id="migrate-kind"
            className={styles.select}
            value={pasteKind}
            onChange={(event) => setPasteKind(event.target.value as FileKind | 'auto')}>
            <option value="auto">自动识别{detected ? `（看起来是 ${FILE_KIND_LABELS[detected]}）` : ''}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {FILE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>

        <div
          className={clsx(styles.zone, dragging && styles.dragging)}
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
          }}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}>
          {/* The real file input covers the zone: a click anywhere, Tab then Enter or Space, and a drop all reach it. */}
          <input
            id="migrate-files"
            type="file"
            multiple
            accept={ACCEPT}
            className={styles.fileInput}
            aria-describedby="migrate-files-hint"
            onChange={(event) => {
              addFiles(event.target.files);
              event.target.value = '';
            }}
          />
          <label htmlFor="migrate-files" className={styles.zoneLabel}>
            选择文件，或把文件拖到这里
          </label>
          <span id="migrate-files-hint" className={styles.zoneHint}>
            可以一次选多个：.java、.scala、.py、.sql、flink-conf.yaml、config.yaml、pom.xml、build.gradle(.kts)；每个不超过
            5 MB
          </span>
        </div>

        {files.length > 0 && (
          <ul className={styles.files} aria-label="选中的文件">
            {files.map((file, index) => (
              <li key={`${file.name}-${file.size}-${file.lastModified}`}>
                <span className={styles.fileName}>{file.name}</span>
                <span className={styles.fileSize}>{size(file.size)}</span>
                <button
                  type="button"
                  className="button button--sm button--link"
                  aria-label={`移除 ${file.name}`}
                  onClick={() => setFiles(files.filter((_, i) => i !== index))}>
                  移除
                </button>
              </li>
            ))}
          </ul>
        )}

        <FromVersion param={param} stored={stored} from={from} onChange={setFrom} />

        <div className={styles.actions}>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            检查
          </button>
          {busy && (
            <button type="button" className="button button--secondary" onClick={stop}>
              停止
            </button>
          )}
          <button type="button" className="button button--outline button--secondary" onClick={clear}>
            清空
          </button>
        </div>
      </form>

      <p role="status" className={styles.status}>
        {status}
      </p>
      {run.phase === 'running' && slots.length > 1 && (
        <p className={styles.progress}>
          已检查 {answered} / {slots.length} 个文件
        </p>
      )}
      {fallback && (
        <p className={styles.fallback}>
          浏览器没能启动后台线程（{fallback}），检查改在页面上逐个文件进行：检查很大的文件时，页面可能会有几秒没有响应。
        </p>
      )}
      {slots.length > 0 && (
        <Results
          slots={slots}
          from={from}
          showHidden={showHidden}
          onShowHidden={setShowHidden}
          severities={severities}
          onSeverities={setSeverities}
          complete={run.phase === 'done'}
        />
      )}
    </div>
  );
}
