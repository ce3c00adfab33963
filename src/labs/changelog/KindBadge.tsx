import type {RowKind} from './model';
import styles from './styles.module.css';

const KIND_NAMES: Record<RowKind | 'WM', string> = {
  '+I': '插入',
  '-U': '更新前的旧行',
  '+U': '更新后的新行',
  '-D': '删除',
  WM: '水位线',
};

const KIND_CLASSES: Record<RowKind | 'WM', string> = {
  '+I': styles.insert,
  '-U': styles.updateBefore,
  '+U': styles.updateAfter,
  '-D': styles.delete,
  WM: styles.watermark,
};

/** A row kind as Flink prints it, tinted, with its meaning for screen readers and on hover. */
export default function KindBadge({kind}: {kind: RowKind | 'WM'}) {
  return (
    <abbr className={`${styles.kind} ${KIND_CLASSES[kind]}`} title={KIND_NAMES[kind]}>
      {kind}
      <span className={styles.visuallyHidden}>（{KIND_NAMES[kind]}）</span>
    </abbr>
  );
}
