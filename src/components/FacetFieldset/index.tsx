import styles from './styles.module.css';

interface Props {
  name: string;
  legend: string;
  options: readonly string[];
  label: (value: string) => string;
  selected: string[];
  counts: Record<string, number>;
  onToggle: (value: string) => void;
}

/** One filter group of the explorer and the review page: real checkboxes with labels and the count each would show. */
export default function FacetFieldset({name, legend, options, label, selected, counts, onToggle}: Props) {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <ul className={styles.options}>
        {options.map((option) => {
          const id = `filter-${name}-${option}`;
          const checked = selected.includes(option);
          return (
            <li key={option}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option}
                checked={checked}
                onChange={() => onToggle(option)}
              />
              <label htmlFor={id} className={counts[option] === 0 && !checked ? styles.empty : undefined}>
                {label(option)} <span className={styles.count}>({counts[option]})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
