import type { id } from './id.ts';

/** The languages the product speaks: Bahasa Indonesia by default, English on request. */
export type Locale = 'id' | 'en';

/** Records a not-found message can name. */
export type Entity =
  | 'agency'
  | 'agencyProfile'
  | 'unit'
  | 'evaluation'
  | 'audit'
  | 'finding'
  | 'recommendation'
  | 'user'
  | 'instrument'
  | 'surveyResult'
  | 'evidenceFile'
  | 'portalrbToken';

/** What can still hang on a record someone wants to delete. */
export type Linked = 'units' | 'audits' | 'findings' | 'users' | 'evaluations' | 'children';

/** The messages by id, each a function of its parameters; every locale has the same ids and parameters. */
export type Catalog = typeof id;
export type MessageId = keyof Catalog;
export type MessageParams<Id extends MessageId> = Parameters<Catalog[Id]>[0];

/**
 * A message as data: its id and parameters, rendered in the reader's language only where it is shown,
 * so one answer speaks one language and clients can act on the id.
 */
export type Message = {
  [Id in MessageId]: MessageParams<Id> extends undefined
    ? { id: Id; params?: undefined }
    : { id: Id; params: MessageParams<Id> };
}[MessageId];

/**
 * A message inside another's parameters (the reason a file was refused, a stage's blockers). Typed loosely
 * because the catalog's own types cannot refer to themselves; every Message is one.
 */
export interface NestedMessage {
  id: string;
  params?: unknown;
}

/** Renders a nested message in the language of the one around it. */
export type Render = (message: NestedMessage) => string;
