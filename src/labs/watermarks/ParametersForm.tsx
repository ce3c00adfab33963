import {useId} from 'react';
import DraftInput from './DraftInput';
import {WINDOW_KINDS, WINDOW_LABELS, type Scenario, type WindowKind} from './scenario';
import styles from './styles.module.css';

type NumberField = 'bound' | 'idle' | 'splits' | 'size' | 'slide' | 'gap' | 'lateness';

const isWhole = (text: string) => /^\s*[-+]?\d+\s*$/.test(text);

function NumberInput({
  label,
  hint,
  field,
  scenario,
  onChange,
}: {
  label: string;
  hint: string;
  field: NumberField;
  scenario: Scenario;
  onChange: (next: Scenario) => void;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <DraftInput
        id={id}
        inputMode="numeric"
        aria-describedby={`${id}-hint`}
        value={String(scenario[field])}
        isValid={isWhole}
        onCommit={(text) => onChange({...scenario, [field]: Number(text)})}
      />
      <small id={`${id}-hint`}>{hint}</small>
    </div>
  );
}

/** The WatermarkStrategy and window parameters, as real form controls. */
export default function ParametersForm({scenario, onChange}: {scenario: Scenario; onChange: (next: Scenario) => void}) {
  const name = useId();
  const common = {scenario, onChange};
  return (
    <div className={styles.parameters}>
      <fieldset className={styles.fieldset}>
        <legend>水位线策略（WatermarkStrategy）</legend>
        <NumberInput label="乱序上界" hint="forBoundedOutOfOrderness，毫秒" field="bound" {...common} />
        <NumberInput label="空闲超时" hint="withIdleness，整秒；0 = 不检测空闲" field="idle" {...common} />
        <NumberInput label="分片数" hint="Source 读取的分片（分区），1–8" field="splits" {...common} />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>窗口</legend>
        <fieldset className={styles.radios}>
          <legend>窗口分配器</legend>
          {WINDOW_KINDS.map((kind: WindowKind) => (
            <label key={kind}>
              <input
                type="radio"
                name={name}
                value={kind}
                checked={scenario.window === kind}
                onChange={() => onChange({...scenario, window: kind})}
              />{' '}
              {WINDOW_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        {scenario.window !== 'session' && <NumberInput label="窗口大小" hint="size，毫秒" field="size" {...common} />}
        {scenario.window === 'sliding' && <NumberInput label="滑动步长" hint="slide，毫秒" field="slide" {...common} />}
        {scenario.window === 'session' && <NumberInput label="会话间隙" hint="withGap，毫秒" field="gap" {...common} />}
        <NumberInput label="允许迟到时间" hint="allowedLateness，毫秒" field="lateness" {...common} />
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={scenario.sideOutput}
            onChange={(event) => onChange({...scenario, sideOutput: event.target.checked})}
          />{' '}
          迟到数据发往旁路输出（sideOutputLateData）
        </label>
      </fieldset>
    </div>
  );
}
