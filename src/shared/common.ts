import { z } from 'zod';

/**
 * Building blocks every resource schema uses, so that hostile input is bounded the same way
 * everywhere (DECISIONS.md 15): capped lengths, no NUL characters, bounded numbers, real uuids.
 */

const noNul = (s: string) => !s.includes('\u0000');

/** A trimmed single- or multi-line text of at most `max` characters, never containing NUL. */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine(noNul, { message: 'nul_character' })
    .transform((s) => s.trim());

/** A required text: at least one visible character after trimming. */
export const requiredText = (max: number) =>
  z
    .string()
    .max(max)
    .refine(noNul, { message: 'nul_character' })
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: 'required' });

/**
 * A record's id. The generic description is a fallback for schemas that use the helper bare;
 * every field of the shared schemas says which record its id names.
 */
export const uuid = z.uuid().describe('An id (a uuid).');

/** An ISO calendar date, `YYYY-MM-DD`, that really exists (no 2026-02-30), between 1900 and 2199. */
export const isoDate = z.iso.date().refine((d) => d >= '1900-01-01' && d <= '2199-12-31', { message: 'date_out_of_range' });

/** Whole kronor; the bound keeps sums far inside PostgreSQL's bigint and JavaScript's safe range. */
export const kronor = z.number().int().min(0).max(100_000_000_000);

export const language = z.enum(['sv', 'en']);
export type Language = z.infer<typeof language>;

/** Query-string booleans arrive as text. */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('The page to return, counting from 1.'),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).describe('How many items a page holds (at most 200).'),
};

export const idParams = z.object({ id: uuid.describe('The id of the record the path names.') });

/** An RFC 9457 problem document as Roder sends it. */
export const problem = z.object({
  type: z.string().describe('A URI naming the kind of problem, ending in its code.'),
  title: z.string().describe("The HTTP status's standard phrase, e.g. `Precondition Failed`."),
  status: z.number().int().describe('The HTTP status code of the answer.'),
  /** A stable machine code, e.g. `precondition_failed`, `validation_failed`. */
  code: z.string().describe('A stable machine-readable code, e.g. `precondition_failed` or `validation_failed`.'),
  detail: z.string().optional().describe("What went wrong, in the reader's language."),
  /** One entry per bad field, with the field's path (`classification.k`) and a message. */
  errors: z
    .array(
      z.object({
        field: z.string().describe('The path of the bad field, e.g. `classification.k`.'),
        message: z.string().describe("What is wrong with the field, in the reader's language."),
      }),
    )
    .optional()
    .describe('One entry per invalid field of the request.'),
});
export type Problem = z.infer<typeof problem>;

/** A reference to another record by id and the name it shows. */
export const named = z.object({ id: uuid.describe("The record's id."), name: z.string().describe("The record's name.") });
