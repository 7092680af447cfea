import { type Message, message } from './messages/index.ts';
import { textLimits, textProblem } from './text-limits.ts';

/** Whether `text` is an http(s) address, as evidence links must be. */
export const isLink = (text: string) => /^https?:\/\/\S+$/i.test(text);

/** Evidence links as typed or pasted into one cell: separated by spaces, commas or new lines. */
export const parseLinks = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The first of `links` that is not an http(s) address, if any. */
export const firstNonLink = (links: readonly string[]) => links.find((link) => !isLink(link));

/** What is wrong with a list of evidence links (too many, one too long, one not an http(s) address), or null. */
export function linksProblem(links: readonly string[]): Message | null {
  if (links.length > textLimits.links) return message('value.tooManyLinks', { max: textLimits.links });
  const tooLong = links.find((link) => textProblem(link, textLimits.link));
  if (tooLong !== undefined) return message('value.tooLong', { max: textLimits.link });
  const notALink = firstNonLink(links);
  return notALink === undefined ? null : message('value.notALink', { got: notALink });
}
