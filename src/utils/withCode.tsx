import type {ReactNode} from 'react';

/** `code` in the data's plain strings (the changes table, self-check questions), shown as code. */
export function withCode(text: string): ReactNode {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
