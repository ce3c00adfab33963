import {describe, expect, it} from 'vitest';
import type {QuizQuestion} from '@site/plugins/notes/quiz';
import {holdsOn, isRightChoice, optionLetter, progressKey, questionAnchor, rightOptions} from '../questions';

const base = {explanation: '解释', source: 'https://github.com/apache/flink', versions: '2.0–2.3'};
const single: QuizQuestion = {
  ...base,
  id: 'one',
  kind: 'single',
  question: '单选题',
  options: [{text: 'A'}, {text: 'B', correct: true}, {text: 'C'}],
};
const multiple: QuizQuestion = {
  ...base,
  id: 'two',
  kind: 'multiple',
  question: '多选题',
  options: [{text: 'A', correct: true}, {text: 'B'}, {text: 'C', correct: true}],
};

describe('judging an answer', () => {
  it('is right only with exactly the right options', () => {
    expect(rightOptions(multiple)).toEqual([0, 2]);
    expect(isRightChoice(single, [1])).toBe(true);
    expect(isRightChoice(single, [0])).toBe(false);
    expect(isRightChoice(multiple, [2, 0])).toBe(true);
    expect(isRightChoice(multiple, [0])).toBe(false);
    expect(isRightChoice(multiple, [0, 1, 2])).toBe(false);
    expect(isRightChoice(multiple, [])).toBe(false);
  });

  it('names options by letter, as the answer shows them', () => {
    expect(rightOptions(multiple).map(optionLetter)).toEqual(['A', 'C']);
  });
});

describe('versions and the reader’s Flink version', () => {
  it('holds when no version is picked, and inside the range', () => {
    expect(holdsOn('2.0–2.3', null)).toBe(true);
    expect(holdsOn('2.0–2.3', '2.0')).toBe(true);
    expect(holdsOn('2.0–2.3', '2.3')).toBe(true);
    expect(holdsOn('2.3', '2.3')).toBe(true);
  });

  it('does not hold outside it, comparing versions as numbers (1.20 is before 2.0)', () => {
    expect(holdsOn('2.0–2.3', '1.20')).toBe(false);
    expect(holdsOn('1.17–1.20', '1.9')).toBe(false);
    expect(holdsOn('2.3', '2.2')).toBe(false);
  });
});

describe('where a question lives', () => {
  it('has an anchor on its note and a key in saved progress', () => {
    expect(questionAnchor('window-never-fires')).toBe('自测-window-never-fires');
    expect(progressKey('/docs/blogs/event-time-watermarks', 'window-never-fires')).toBe(
      '/docs/blogs/event-time-watermarks#window-never-fires',
    );
  });
});
