import type { Role, Stage } from '../stages.ts';
import { en, roleNamesEn, stageNamesEn } from './en.ts';
import { id, roleNamesId, stageNamesId } from './id.ts';
import type { Catalog, Locale, Message, MessageId, MessageParams, NestedMessage, Render } from './types.ts';

export type { Catalog, Entity, Linked, Locale, Message, MessageId, MessageParams } from './types.ts';

export const locales: readonly Locale[] = ['id', 'en'];
const catalogs: Record<Locale, Catalog> = { id, en };

/** Each stage's name in each language, as messages, reports and the console show it. */
export const stageNames: Record<Locale, Record<Stage, string>> = { id: stageNamesId, en: stageNamesEn };
/** Each role's name in each language. */
export const roleNames: Record<Locale, Record<Role, string>> = { id: roleNamesId, en: roleNamesEn };

/** A message from its id and parameters, checked against the catalog: `message('value.tooLong', { max: 200 })`. */
export function message<Id extends MessageId>(
  id: Id,
  ...params: MessageParams<Id> extends undefined ? [] : [MessageParams<Id>]
): Message {
  return (params[0] === undefined ? { id } : { id, params: params[0] }) as Message;
}

/** `message` in `locale`'s words. */
export function renderMessage(message: Message, locale: Locale = 'id'): string {
  const render = (each: NestedMessage): string => {
    const text = catalogs[locale][each.id as MessageId] as (params: unknown, render: Render) => string;
    return text(each.params, render);
  };
  return render(message);
}

/** The product's language an `Accept-Language` header prefers: English when it ranks English above Indonesian. */
export function localeOf(acceptLanguage: string | null | undefined): Locale {
  let best: { locale: Locale; quality: number } = { locale: 'id', quality: 0 };
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [range = '', ...rest] = part.trim().toLowerCase().split(';');
    const quality = Number(
      rest
        .find((each) => each.trim().startsWith('q='))
        ?.trim()
        .slice(2) ?? 1,
    );
    const locale = locales.find((each) => range === each || range.startsWith(`${each}-`));
    if (locale && Number.isFinite(quality) && quality > best.quality) best = { locale, quality };
  }
  return best.locale;
}
