import { type Message, message } from './messages/index.ts';

/** The longest text each kind of field takes, in characters; `links` is the most links in one list. */
export const textLimits = {
  code: 40,
  name: 200,
  title: 500,
  note: 2000,
  text: 10_000,
  link: 2000,
  email: 254,
  password: 128,
  links: 50,
} as const;

/** What is wrong with `value` as a text of at most `limit` characters, or null when it fits. */
export function textProblem(value: string, limit: number): Message | null {
  return value.length > limit ? message('value.tooLong', { max: limit, length: value.length }) : null;
}
