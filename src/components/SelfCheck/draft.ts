/**
 * What a reader did to the server-rendered self-check markup before its
 * code arrived: the options ticked and the text typed in each question, and
 * which control had focus. The island reads it from the static markup and
 * hands it to the live component, which replaces that markup, so an early
 * click or keystroke is not lost.
 */
export interface QuestionDraft {
  chosen: number[];
  text: string;
}

export interface SelfCheckDraft {
  /** By question id. */
  questions: Record<string, QuestionDraft>;
  /** The focused control: its question and its position among that question's controls. */
  focus: {question: string; index: number} | null;
}

export const QUESTION_ATTRIBUTE = 'data-question';
const CONTROLS = 'input, textarea, button, summary';

export function readDraft(root: ParentNode, active: Element | null): SelfCheckDraft {
  const draft: SelfCheckDraft = {questions: {}, focus: null};
  for (const fieldset of root.querySelectorAll<HTMLElement>(`[${QUESTION_ATTRIBUTE}]`)) {
    const question = fieldset.getAttribute(QUESTION_ATTRIBUTE)!;
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
    draft.questions[question] = {
      chosen: inputs.flatMap((input, i) => (input.checked ? [i] : [])),
      text: fieldset.querySelector('textarea')?.value ?? '',
    };
    const index = active ? [...fieldset.querySelectorAll(CONTROLS)].indexOf(active) : -1;
    if (index >= 0) draft.focus = {question, index};
  }
  return draft;
}

export function restoreFocus(root: ParentNode, focus: SelfCheckDraft['focus']) {
  if (!focus) return;
  const fieldset = [...root.querySelectorAll<HTMLElement>(`[${QUESTION_ATTRIBUTE}]`)].find(
    (element) => element.getAttribute(QUESTION_ATTRIBUTE) === focus.question,
  );
  fieldset?.querySelectorAll<HTMLElement>(CONTROLS)[focus.index]?.focus({preventScroll: true});
}
