import type {StepView} from './simulate';
import styles from './styles.module.css';

export const stepName = (step: StepView) =>
  step.endTime === step.time ? `第 ${step.time} 步` : `第 ${step.time}–${step.endTime} 步`;

interface Props {
  steps: StepView[];
  current: number;
  onJump: (index: number) => void;
}

/** Every step of the run, as a table a screen reader can walk; each row jumps the lab to its step. */
export default function TimelineTable({steps, current, onJump}: Props) {
  return (
    <details className={styles.timeline}>
      <summary>整个过程的逐步记录（表格）</summary>
      <div className={styles.scroll} role="region" aria-label="逐步记录（表格，可横向滚动）" tabIndex={0}>
        <table>
          <caption>检查点 n 的每一步</caption>
          <thead>
            <tr>
              <th scope="col">步</th>
              <th scope="col">发生了什么</th>
              <th scope="col">被阻塞的通道</th>
              <th scope="col">算子状态</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, index) => {
              const blocked = step.channels.filter((channel) => channel.blocked).map((channel) => channel.name);
              return (
                <tr key={step.time} aria-current={index === current ? 'step' : undefined}>
                  <th scope="row">
                    <button type="button" className={styles.linkButton} onClick={() => onJump(index)}>
                      {stepName(step)}
                    </button>
                  </th>
                  <td>
                    <ul className={styles.eventCell}>
                      {step.events.map((event, i) => (
                        <li key={i}>{event.text}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{blocked.length > 0 ? blocked.join('、') : '无'}</td>
                  <td>{step.state.length} 条</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
