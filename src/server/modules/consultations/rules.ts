import type { Item } from '../../../shared/documents.js';
import { paragraphs } from '../../../shared/consultations.js';
import type { FieldError } from '../../platform/errors.js';

/** Rules of a remiss, pure: when answers are taken, and what a comment may be tied to. */

/** Answers are taken up to and including the last answer date. */
export const answerWindowOpen = (lastAnswerOn: string, today: string) => today <= lastAnswerOn;

/** Every item id of a sent text, at any depth. */
export function itemIds(items: Item[]): Set<string> {
  const ids = new Set<string>();
  const walk = (list: Item[]) => list.forEach((i) => (ids.add(i.id), walk(i.children)));
  walk(items);
  return ids;
}

export const paragraphCount = (body: string) => paragraphs(body).length;

/**
 * A comment is tied to an item of the text as sent, or a paragraph of its body, or (neither) the
 * whole; "inget att erinra" has no comments.
 */
export function answerProblems(input: { noObjection: boolean; comments: { itemId: string | null; paragraph: number | null }[] }, items: Set<string>, paragraphCount: number): FieldError[] {
  const errors: FieldError[] = [];
  if (input.noObjection && input.comments.length > 0) errors.push({ field: 'comments', key: 'consultation_no_objection_with_comments' });
  input.comments.forEach((c, i) => {
    if (c.itemId !== null && c.paragraph !== null) errors.push({ field: `comments.${i}.paragraph`, key: 'consultation_one_target' });
    if (c.itemId !== null && !items.has(c.itemId)) errors.push({ field: `comments.${i}.itemId`, key: 'consultation_unknown_item' });
    if (c.paragraph !== null && c.paragraph > paragraphCount) errors.push({ field: `comments.${i}.paragraph`, key: 'consultation_unknown_paragraph' });
  });
  return errors;
}
