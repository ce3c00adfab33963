import LabIsland from '@site/src/components/LabIsland';
import {labPath} from '../catalog';
import {presetById, presets} from './presets';

interface Props {
  /** A preset id from src/labs/changelog/presets.ts. */
  preset: string;
}

/**
 * The SQL changelog lab in a note: `<ChangelogLab preset="left-join" />`.
 * The server renders the preset's text equivalent (what it sets up, what to
 * watch, and the changelog step by step); the lab's code loads only when
 * the reader reaches the island or presses its start button. This file
 * imports the preset table and the island, nothing of the simulation.
 */
export default function ChangelogLab({preset: id}: Props) {
  const preset = presetById(id);
  if (!preset) {
    throw new Error(
      `<ChangelogLab preset="${id}">：src/labs/changelog/presets.ts 中没有这个预设，请改用其中之一：${presets.map((p) => p.id).join('、')}`,
    );
  }
  return (
    <LabIsland
      title={`动手试试：${preset.title}`}
      href={`${labPath('changelog')}?${preset.query}`}
      load={() => import(/* webpackChunkName: "lab-changelog" */ './Lab')}
      labProps={{query: preset.query}}>
      <p>{preset.setup}</p>
      <p>看什么：{preset.watch}</p>
      <table>
        <caption>逐行输入后，结果的 changelog（retract 编码，带 -U）</caption>
        <thead>
          <tr>
            <th scope="col">步</th>
            <th scope="col">输入</th>
            <th scope="col">结果输出</th>
          </tr>
        </thead>
        <tbody>
          {preset.steps.map((step, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
              <td>
                <code>{step.input}</code>
              </td>
              <td>
                {step.output.length === 0 ? '（没有输出）' : step.output.map((row) => <code key={row}>{row} </code>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        只接受插入的结果表
        {preset.appendSinkAccepts ? '可以接收这个查询的结果。' : '拒绝这个查询：规划器在提交作业时报错。'}
      </p>
    </LabIsland>
  );
}
