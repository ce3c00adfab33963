import Heading from '@theme/Heading';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import Question from '@site/src/components/SelfCheck/Question';
import type {ReviewItem} from '../../_utils';
import styles from './styles.module.css';

interface Props {
  /** In the order to ask them. */
  items: ReviewItem[];
  from: (item: ReviewItem) => ReactNode;
  onReshuffle: () => void;
}

/**
 * One question at a time. Moving on puts the keyboard focus on the new
 * card's heading, so a screen reader reads where the reader is.
 */
export default function Cards({items, from, onReshuffle}: Props) {
  const [position, setPosition] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const item = items[position];

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [position]);

  function go(next: number) {
    moved.current = true;
    setPosition(next);
  }

  if (!item) return null;
  return (
    <div className={styles.card}>
      <Heading as="h2" ref={heading} tabIndex={-1} className={styles.heading}>
        第 {position + 1} / {items.length} 题
      </Heading>
      <Question
        key={item.key}
        question={item.question}
        notePath={item.note.path}
        sourceTitle={item.question.sourceTitle}
        label={`第 ${position + 1} 题`}
        from={from(item)}
      />
      <div className={styles.nav}>
        <button
          type="button"
          className="button button--secondary"
          disabled={position === 0}
          onClick={() => go(position - 1)}>
          上一题
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={position === items.length - 1}
          onClick={() => go(position + 1)}>
          下一题
        </button>
        <button type="button" className="button button--link" onClick={onReshuffle}>
          换一种随机顺序
        </button>
      </div>
    </div>
  );
}
