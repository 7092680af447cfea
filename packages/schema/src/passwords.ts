import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { type Message, message } from './messages/index.ts';
import { textLimits } from './text-limits.ts';

/** OWASP ASVS 2.1: length over composition, at least 12 characters, up to 128 allowed. */
const passwordLength = { min: 12, max: textLimits.password } as const;

/** zxcvbn's score (0–4) a password needs: 3 is "safely unguessable" against online attacks. */
const minimumStrength = 3;

let estimator: ZxcvbnFactory | undefined;
// Built on first use: ranking the dictionaries takes a moment that screens never checking a password skip.
const strengthOf = (password: string, userInputs: string[]) => {
  // Levenshtein matching stays off: it costs up to 300 ms a check and adds nothing the score misses here.
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, userInputs).score;
};

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The user's own words a password must not contain: the e-mail, the name and each of their parts. */
function personalWords({ email, name }: { email?: string | null; name?: string | null }) {
  const whole = [email ?? '', name ?? ''];
  const parts = whole.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u));
  return [...new Set([...whole, ...parts].map(squash))].filter((word) => word.length >= 4);
}

/**
 * What is wrong with `password` for the user with this e-mail and name; empty when it
 * is acceptable. No composition rules (ASVS 2.1.9): long, not common, not a sequence or repetition, not
 * built from the e-mail or name, judged by zxcvbn's estimate of the guesses needed.
 */
export function passwordProblems(
  password: string,
  user: { email?: string | null; name?: string | null } = {},
): Message[] {
  if (password.trim() === '') return [message('password.blank')];
  const length = [...password].length;
  if (length > passwordLength.max) return [message('password.tooLong', { max: passwordLength.max })];
  const problems: Message[] = [];
  if (length < passwordLength.min)
    problems.push(message('password.tooShort', { min: passwordLength.min, length }));
  const words = personalWords(user);
  if (words.some((word) => squash(password).includes(word))) problems.push(message('password.personal'));
  else if (strengthOf(password, words) < minimumStrength) problems.push(message('password.guessable'));
  return problems;
}
