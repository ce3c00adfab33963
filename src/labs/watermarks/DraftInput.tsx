import {useEffect, useState, type InputHTMLAttributes} from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Called with the text whenever it is acceptable; the scenario then normalizes it. */
  onCommit: (text: string) => void;
  isValid: (text: string) => boolean;
}

/**
 * A text field that keeps what the reader is typing (an empty field, a lone
 * "-") while it is not yet a value, commits each acceptable text at once,
 * and shows the scenario's value again when it loses focus.
 */
export default function DraftInput({value, onCommit, isValid, onBlur, ...rest}: Props) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  return (
    <input
      {...rest}
      value={focused ? draft : value}
      aria-invalid={focused && !isValid(draft) ? true : undefined}
      onFocus={() => {
        setDraft(value);
        setFocused(true);
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        if (isValid(event.target.value)) onCommit(event.target.value.trim());
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
    />
  );
}
