import {useId} from 'react';
import styles from './styles.module.css';

interface Props<T extends string> {
  legend: string;
  options: readonly {value: T; label: string}[];
  value: T;
  onChange: (value: T) => void;
}

/** A fieldset of radio buttons: arrow keys move between options, as the browser does for a radio group. */
export default function RadioGroup<T extends string>({legend, options, value, onChange}: Props<T>) {
  const name = useId();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option.value} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
