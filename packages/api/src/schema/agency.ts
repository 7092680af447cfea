import { AgencyKind } from '@zi/db/client';
import { builder } from '../builder.ts';

builder.enumType(AgencyKind, { name: 'AgencyKind' });

builder.prismaObject('Agency', {
  description: 'An instansi: ministry, agency, province or regency/city.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    kind: t.expose('kind', { type: AgencyKind }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    region: t.exposeString('region', { nullable: true }),
    units: t.relation('units', { query: { orderBy: [{ eselon: 'asc' }, { code: 'asc' }] } }),
  }),
});

builder.queryField('agencies', (t) =>
  t.prismaField({
    type: ['Agency'],
    resolve: (query, _root, _args, { prisma }) =>
      prisma.agency.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);
