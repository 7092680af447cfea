import { builder } from '../builder.ts';

/** Who wrote something, as everyone who may read the write sees them: a name, no e-mail or scope. */
export const Person = builder.prismaObject('User', {
  variant: 'Person',
  description: 'The author of a write (an answer, a stage move, a follow-up step, a change-log entry).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
  }),
});
