/**
 * What a reader did to the server-rendered self-check markup before its
 * code arrived: the options ticked, the text typed and the answers opened in
 * each question, which control had focus, and the last button pressed. The
 * island reads it from the static markup and hands it to the live component,
 * which replaces that markup, so an early click or keystroke is not lost.
 */
export interface QuestionDraft {
  chosen: number[];
  text: string;
  /** Whether 答案与解释 was opened (a <details> opens without JavaScript). */
  open: boolean;
}

/** A control by its question and its position among that question's controls: it survives the markup's replacement. */
export type ControlPosition = {question: string; index: number};

export interface SelfCheckDraft {
  /** By question id. */
  questions: Record<string, QuestionDraft>;
  /** The focused control. */
  focus: ControlPosition | null;
  /** The last button pressed in the static markup, whose press the live component repeats (e.g. 显示参考答案). */
  pressed: ControlPosition | null;
}

export const QUESTION_ATTRIBUTE = 'data-question';
const CONTROLS = 'input, textarea, button, summary';

export function readDraft(root: ParentNode, active: Element | null, pressed: Element | null): SelfCheckDraft {
  const draft: SelfCheckDraft = {questions: {}, focus: null, pressed: null};
  for (const fieldset of root.querySelectorAll<HTMLElement>(`[${QUESTION_ATTRIBUTE}]`)) {
    const question = fieldset.getAttribute(QUESTION_ATTRIBUTE)!;
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
    draft.questions[question] = {
      chosen: inputs.flatMap((input, i) => (input.checked ? [i] : [])),
      text: fieldset.querySelector('textarea')?.value ?? '',
      open: fieldset.querySelector('details')?.open ?? false,
    };
    const controls = [...fieldset.querySelectorAll(CONTROLS)];
    const focused = active ? controls.indexOf(active) : -1;
    if (focused >= 0) draft.focus = {question, index: focused};
    const press = pressed ? controls.indexOf(pressed) : -1;
    if (press >= 0) draft.pressed = {question, index: press};
  }
  return draft;
}

function controlAt(root: ParentNode, position: ControlPosition): HTMLElement | undefined {
  const fieldset = [...root.querySelectorAll<HTMLElement>(`[${QUESTION_ATTRIBUTE}]`)].find(
    (element) => element.getAttribute(QUESTION_ATTRIBUTE) === position.question,
  );
  return fieldset?.querySelectorAll<HTMLElement>(CONTROLS)[position.index];
}

export function restoreFocus(root: ParentNode, focus: SelfCheckDraft['focus']) {
  if (focus) controlAt(root, focus)?.focus({preventScroll: true});
}

/** Presses again, in the live markup, the button the reader pressed in the static one. */
export function repeatPress(root: ParentNode, pressed: SelfCheckDraft['pressed']) {
  const control = pressed && controlAt(root, pressed);
  if (control instanceof HTMLButtonElement && !control.disabled) control.click();
}
