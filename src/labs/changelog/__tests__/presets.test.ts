import {describe, expect, it} from 'vitest';
import {formatChange} from '../model';
import {presets} from '../presets';
import {parseScenario, serializeScenario} from '../scenario';
import {simulate} from '../simulate';

// The preset table is what notes render without JavaScript; it must say
// exactly what the simulation does.
describe.each(presets)('preset $id', (preset) => {
  const {scenario, problems} = parseScenario(preset.query);
  const timeline = simulate(scenario);

  it('is a well-formed, canonical query string', () => {
    expect(problems, `src/labs/changelog/presets.ts › "${preset.id}"：query 有问题`).toEqual([]);
    expect(serializeScenario(scenario), `src/labs/changelog/presets.ts › "${preset.id}"：query 请写成规范形式`).toBe(
      preset.query,
    );
    expect(timeline.problems).toEqual([]);
  });

  it('lists the steps the simulation produces', () => {
    expect(
      timeline.steps.map((step) => ({input: step.label, output: step.out.map(formatChange)})),
      `src/labs/changelog/presets.ts › "${preset.id}" › steps：与模拟结果不一致，请按模拟结果改写`,
    ).toEqual(preset.steps);
  });

  it('says rightly whether an insert-only sink accepts it', () => {
    expect(timeline.sinks.find((sink) => sink.sink === 'append')?.accepted).toBe(preset.appendSinkAccepts);
  });
});

it('preset ids are unique', () => {
  expect(new Set(presets.map((preset) => preset.id)).size).toBe(presets.length);
});
