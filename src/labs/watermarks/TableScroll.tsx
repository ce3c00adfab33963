import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A table that scrolls sideways on narrow screens. The scrolling box takes
 * focus so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export default function TableScroll({label, children}: {label: string; children: ReactNode}) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
