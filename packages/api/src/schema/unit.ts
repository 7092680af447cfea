import { Eselon } from '@zi/db/client';
import { builder } from '../builder.ts';

builder.enumType(Eselon, { name: 'Eselon' });

builder.prismaObject('Unit', {
  description: 'A unit kerja nominated for Zona Integritas.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    eselon: t.expose('eselon', { type: Eselon }),
    coreService: t.exposeBoolean('coreService'),
    afirmasi: t.exposeBoolean('afirmasi'),
    agency: t.relation('agency'),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children'),
  }),
});
