import type { DragEvent } from 'react';

/** The drag payload of a question dragged onto a construct (HTML5 drag and drop). */
export const QUESTION_MIME = 'application/x-touchpoint-question';

export function startQuestionDrag(e: DragEvent, code: string): void {
  e.dataTransfer.setData(QUESTION_MIME, code);
  e.dataTransfer.setData('text/plain', code);
  e.dataTransfer.effectAllowed = 'move';
}

/** The question code a drop carries, if any. */
export function droppedQuestion(e: DragEvent): string | null {
  return e.dataTransfer.getData(QUESTION_MIME) || e.dataTransfer.getData('text/plain') || null;
}
