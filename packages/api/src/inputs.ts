import { textLimits } from '@zi/schema';
import { z } from 'zod';

/**
 * Text inputs with their longest length stated in the schema and checked before any resolver runs:
 * spread into a field or argument, e.g. `name: t.string(text('name'))`.
 */
export function text(kind: keyof typeof textLimits, description?: string) {
  const limit = textLimits[kind];
  return {
    description: [description, `At most ${limit} characters.`].filter(Boolean).join(' '),
    validate: z.string().max(limit, `paling panjang ${limit} karakter`),
  };
}

/** A list of evidence links, each and their number within the limits (that each is a link is a rule checked with the rest). */
export function links(description: string) {
  return {
    description: `${description} At most ${textLimits.links} links of ${textLimits.link} characters each.`,
    validate: z
      .array(z.string().max(textLimits.link, `paling panjang ${textLimits.link} karakter`))
      .max(textLimits.links, `paling banyak ${textLimits.links} tautan`),
  };
}

/** A file sent as base64 text: at most `megabytes` once decoded. */
export function base64File(megabytes: number, description: string) {
  const limit = Math.ceil((megabytes * 1024 * 1024 * 4) / 3) + 4;
  return {
    description: `${description} At most ${megabytes} MB.`,
    validate: z.string().max(limit, `berkas paling besar ${megabytes} MB`),
  };
}
