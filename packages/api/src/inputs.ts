import { type Message, message, textLimits } from '@zi/schema';
import { z } from 'zod';

/** Zod takes a message as text: ours travel through it as JSON, and come back out with `issueMessage`. */
const encoded = (message: Message) => JSON.stringify(message);

/** The message of a failed check: ours as they were written, any other as the validator worded it. */
export function issueMessage(text: string): Message {
  try {
    const parsed = JSON.parse(text) as Message;
    if (typeof parsed?.id === 'string') return parsed;
  } catch {}
  return message('request.invalidValue', { detail: text });
}

/**
 * Text inputs with their longest length stated in the schema and checked before any resolver runs:
 * spread into a field or argument, e.g. `name: t.string(text('name'))`.
 */
export function text(kind: keyof typeof textLimits, description?: string) {
  const limit = textLimits[kind];
  return {
    description: [description, `At most ${limit} characters.`].filter(Boolean).join(' '),
    validate: z.string().max(limit, encoded(message('value.tooLong', { max: limit }))),
  };
}

/** A list of evidence links, each and their number within the limits (that each is a link is a rule checked with the rest). */
export function links(description: string) {
  return {
    description: `${description} At most ${textLimits.links} links of ${textLimits.link} characters each.`,
    validate: z
      .array(z.string().max(textLimits.link, encoded(message('value.tooLong', { max: textLimits.link }))))
      .max(textLimits.links, encoded(message('value.tooManyLinks', { max: textLimits.links }))),
  };
}

/** A file sent as base64 text: at most `megabytes` once decoded. */
export function base64File(megabytes: number, description: string) {
  const limit = Math.ceil((megabytes * 1024 * 1024 * 4) / 3) + 4;
  return {
    description: `${description} At most ${megabytes} MB.`,
    validate: z.string().max(limit, encoded(message('file.tooLarge', { megabytes }))),
  };
}

/** More than any instrument has items: the most item codes one argument takes. */
export const maxItemCodes = 500;

/** A list of item codes (e.g. P.1.i.a), each and their number within the limits: spread into a list argument. */
export const itemCodes = (description: string) => ({
  description: `${description} At most ${maxItemCodes}.`,
  validate: z.array(z.string().max(textLimits.code)).max(maxItemCodes),
});
