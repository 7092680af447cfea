import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Soal = { id: string; jenis_jawaban: string; skema_penilaian: { key: string }[] | null };
type Tree = { soals?: Soal[]; children?: Tree[] };
/** A PortalRB answer: a list, a unit's answers, or an error. */
type Answer = {
  error?: boolean;
  code?: string;
  tahun?: number;
  units: { id: string; nama: string; kategori: string; afirmasi: boolean }[];
  unit_id?: string;
  nama_unit?: string;
  answers: {
    soal_id: number;
    jawaban_unit: string | null;
    jawaban_tpi: string | null;
    [field: string]: string | number | null;
  }[];
};

const masterList = async () =>
  JSON.parse(
    await readFile(
      new URL('../../../../shared/domain/portalrb-master-soal-2026.json', import.meta.url),
      'utf8',
    ),
  ) as { data: Tree[] };

/** Every soal of the master list, in tree order (the objects themselves). */
function soalsOf(list: { data: Tree[] }) {
  const soals: Soal[] = [];
  const walk = (node: Tree) => {
    soals.push(...(node.soals ?? []));
    for (const child of node.children ?? []) walk(child);
  };
  for (const node of list.data) walk(node);
  return soals;
}

describe('PortalRB’s pull API, played as PortalRB plays it', () => {
  let server: Server;
  let admin: Record<string, string>;
  let token: string;
  let kemenkeuId: number;
  const year = 2026;
  const proposed = ['KPP-BDG-CIBEUNYING', 'KPP-BDG-KAREES', 'KPPN-BDG1'];

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('admin@zi.go.id');
    const { prisma } = server.database;
    const kemenkeu = await prisma.agency.findUniqueOrThrow({ where: { code: 'KEMENKEU' } });
    kemenkeuId = kemenkeu.id;
    // 2026: three Kemenkeu units proposed (one for WBBM), one still building; each starts from its 2025 answers.
    for (const [index, code] of [...proposed, 'KPPBC-TANJUNG-PERAK'].entries()) {
      const unit = await prisma.unit.findFirstOrThrow({ where: { code, agencyId: kemenkeu.id } });
      const last = await prisma.evaluation.findFirst({ where: { unitId: unit.id, year: 2025 } });
      const created = await prisma.evaluation.create({
        data: {
          unitId: unit.id,
          year,
          instrumentId:
            last?.instrumentId ??
            (await prisma.instrument.findFirstOrThrow({ where: { code: 'PERMENPANRB-90-2021' } })).id,
          stage: index < 3 ? 'DIUSULKAN' : 'PEMBANGUNAN',
          targetPredicate: index === 2 ? 'WBBM' : 'WBK',
        },
      });
      if (last)
        await prisma.$executeRaw`
          INSERT INTO "Answer" ("evaluationId", "itemId", layer, option, inputs, score, note, evidence, "updatedAt")
          SELECT ${created.id}, "itemId", layer, option, inputs, score, note, evidence, now()
          FROM "Answer" WHERE "evaluationId" = ${last.id} AND layer IN ('UNIT', 'TPI')`;
    }
  });
  afterAll(() => server.stop());

  const portalrb = (path: string, bearer: string | null = token) =>
    fetch(new URL(`/portalrb/v1${path}`, server.url), {
      headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` },
    });
  const json = async (response: Response) => ({
    status: response.status,
    body: (await response.json()) as Answer,
  });

  it('takes the master list from an administrator only, and refuses one that does not map, naming the soal', async () => {
    const list = await masterList();
    const tpi = await server.signIn('tpi@kemenkeu.go.id');
    const load = (headers: Record<string, string>, value: unknown) =>
      server.graphql<{
        loadPortalrbMasterList: {
          year: number;
          soals: { soal: number; item: string; input: string | null }[];
        };
      }>(
        'mutation($list: JSON!) { loadPortalrbMasterList(list: $list) { year soals { soal item input } } }',
        { list: value },
        headers,
      );
    expect((await load(tpi, list)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const broken = structuredClone(list);
    const [first] = soalsOf(broken);
    if (first) first.jenis_jawaban = 'ABCDE';
    const refused = await load(admin, broken);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageId: 'portalrb.invalid',
    });
    expect(
      (refused.body.errors?.[0]?.extensions as { problems?: { field: string }[] } | undefined)?.problems?.map(
        (problem) => problem.field,
      ),
    ).toEqual(['file.soal[1]']);
    const { body } = await load(admin, list);
    expect(body.errors).toBeUndefined();
    expect(body.data?.loadPortalrbMasterList.soals).toHaveLength(127);
    expect(body.data?.loadPortalrbMasterList.soals[0]).toEqual({ soal: 1, item: 'P.1.i.a', input: null });
  });

  it('issues a token once, for one agency, stored hashed', async () => {
    const { body } = await server.graphql<{
      createPortalrbToken: { token: string; baseUrl: string; record: { id: number } };
    }>(
      `mutation { createPortalrbToken(agencyId: ${kemenkeuId}, name: "PortalRB 2026") { token baseUrl record { id name } } }`,
      {},
      admin,
    );
    expect(body.errors).toBeUndefined();
    token = body.data?.createPortalrbToken.token ?? '';
    expect(token).toMatch(/^zirb_[A-Za-z0-9_-]{43}$/);
    expect(body.data?.createPortalrbToken.baseUrl).toMatch(/\/portalrb\/v1$/);
    const stored = await server.database.prisma.portalrbToken.findUniqueOrThrow({
      where: { id: body.data?.createPortalrbToken.record.id },
    });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token.slice(5));
  });

  it('lists the proposed units for WBK and WBBM as the contract says', async () => {
    const wbk = await json(await portalrb(`/pengusulan/unit-wbk?tahun=${year}`));
    expect(wbk.status).toBe(200);
    expect(wbk.body.tahun).toBe(year);
    for (const unit of wbk.body.units) {
      expect(typeof unit.id).toBe('string');
      expect(typeof unit.nama).toBe('string');
      expect(['WBK', 'WBK-AFIRMASI']).toContain(unit.kategori);
      expect(typeof unit.afirmasi).toBe('boolean');
    }
    expect(wbk.body.units.map((unit: { id: string }) => unit.id).sort()).toEqual(proposed.slice(0, 2).sort());
    // No agency profile for 2026 yet: not eligible for WBBM, said in JSON.
    const refused = await json(await portalrb(`/pengusulan/unit-wbbm?tahun=${year}`));
    expect(refused).toMatchObject({ status: 403, body: { error: true, code: 'NOT_ELIGIBLE' } });
    await server.database.prisma.agencyProfile.create({
      data: {
        agencyId: kemenkeuId,
        year,
        bpkOpinion: 'WTP',
        sakipGrade: 'A',
        indeksRbGrade: 'A',
        spipLevel: 4,
      },
    });
    const wbbm = await json(await portalrb(`/pengusulan/unit-wbbm?tahun=${year}`));
    expect(wbbm.body).toEqual({
      tahun: year,
      units: [{ id: 'KPPN-BDG1', nama: 'KPPN Bandung I', kategori: 'WBBM', afirmasi: false }],
    });
  });

  it('serves each unit’s answers soal by soal, every answer allowed by its soal', async () => {
    const soals = new Map(soalsOf(await masterList()).map((soal) => [Number(soal.id), soal]));
    for (const code of proposed) {
      const { status, body } = await json(await portalrb(`/lke/jawaban-unit/${code}?tahun=${year}`));
      expect(status).toBe(200);
      expect(body.unit_id).toBe(code);
      expect(typeof body.nama_unit).toBe('string');
      expect(body.tahun).toBe(year);
      expect(body.answers.map((answer: { soal_id: number }) => answer.soal_id)).toEqual([...soals.keys()]);
      for (const answer of body.answers) {
        const soal = soals.get(answer.soal_id) as Soal;
        for (const field of [
          'jawaban_unit',
          'jawaban_tpi',
          'catatan_unit',
          'bukti_dukung_unit',
          'catatan_tpi',
        ])
          expect(
            answer[field] === null || typeof answer[field] === 'string',
            `${field} of ${answer.soal_id}`,
          ).toBe(true);
        for (const value of [answer.jawaban_unit, answer.jawaban_tpi]) {
          if (value === null) continue;
          const type = soal.jenis_jawaban.toLowerCase();
          if (type === 'jumlah') expect(value).toMatch(/^\d+(\.\d+)?$/);
          else if (type === '0-4') expect(Number(value)).toBeGreaterThanOrEqual(0);
          else expect((soal.skema_penilaian ?? []).map((option) => option.key)).toContain(value);
          if (type === '0-4') expect(Number(value)).toBeLessThanOrEqual(4);
        }
      }
      const answered = body.answers.filter(
        (answer: { jawaban_unit: string | null }) => answer.jawaban_unit !== null,
      );
      expect(answered.length).toBeGreaterThan(0);
    }
  });

  it('reads a unit’s answers in one statement, besides checking the token and logging the call', async () => {
    const path = `/lke/jawaban-unit/KPP-BDG-KAREES?tahun=${year}`;
    await portalrb(path);
    const statements = await server.queries.during(() => portalrb(path));
    expect(statements.map((statement) => statement.trim().split(/\s+/)[0])).toEqual([
      'UPDATE',
      'SELECT',
      'INSERT',
    ]);
  });

  it('sends a changed answer on the next fetch, and logs both fetches with the answers as sent', async () => {
    const first = await json(await portalrb(`/lke/jawaban-unit/KPP-BDG-CIBEUNYING?tahun=${year}`));
    const before = first.body.answers[0]?.jawaban_unit;
    const { prisma } = server.database;
    const evaluation = await prisma.evaluation.findFirstOrThrow({
      where: { year, unit: { code: 'KPP-BDG-CIBEUNYING' } },
    });
    const saved = await server.graphql(
      `mutation { saveAnswers(evaluationId: ${evaluation.id}, layer: UNIT, answers: [{ item: "P.1.i.a", option: "${before === 'Ya' ? 'Tidak' : 'Ya'}", evidence: ["https://drive.example.go.id/sk-tim"] }]) { layer } }`,
      {},
      admin,
    );
    expect(saved.body.errors).toBeUndefined();
    const second = await json(await portalrb(`/lke/jawaban-unit/KPP-BDG-CIBEUNYING?tahun=${year}`));
    expect(second.body.answers[0]?.jawaban_unit).toBe(before === 'Ya' ? 'Tidak' : 'Ya');
    expect(second.body.answers[0]?.bukti_dukung_unit).toBe('https://drive.example.go.id/sk-tim');
    const { body } = await server.graphql<{
      agency: { portalrbFetches: { endpoint: string; status: number; unitCode: string; body: unknown }[] };
    }>(
      `{ agency(id: ${kemenkeuId}) { portalrbFetches(unitCode: "KPP-BDG-CIBEUNYING", first: 2) { endpoint status unitCode bytes body } } }`,
      {},
      await server.signIn('tpi@kemenkeu.go.id'),
    );
    const [latest, earlier] = body.data?.agency.portalrbFetches ?? [];
    expect(latest).toMatchObject({ endpoint: 'jawaban-unit', status: 200, unitCode: 'KPP-BDG-CIBEUNYING' });
    expect(latest?.body).toEqual(second.body);
    expect(earlier?.body).toEqual(first.body);
  });

  it('previews the lists as PortalRB sees them, flags units changed since PortalRB took them, and gives the exact JSON', async () => {
    const tpi = await server.signIn('tpi@kemenkeu.go.id');
    type Preview = {
      agency: {
        portalrbWbbmEligible: boolean;
        portalrbNominations: {
          predicate: string;
          kategori: string;
          changedSinceFetch: boolean;
          lastFetchAt: string | null;
          evaluation: { id: number; unit: { code: string }; portalrbAnswers: unknown };
        }[];
      };
    };
    const preview = async () =>
      (
        await server.graphql<Preview>(
          `{ agency(id: ${kemenkeuId}) { portalrbWbbmEligible(year: ${year}) portalrbNominations(year: ${year}) {
            predicate kategori changedSinceFetch lastFetchAt evaluation { id unit { code } portalrbAnswers } } } }`,
          {},
          tpi,
        )
      ).body.data?.agency;
    const before = await preview();
    expect(before?.portalrbWbbmEligible).toBe(true);
    expect(
      before?.portalrbNominations.map((row) => [row.predicate, row.kategori, row.evaluation.unit.code]),
    ).toEqual([
      ['WBK', 'WBK', 'KPP-BDG-CIBEUNYING'],
      ['WBK', 'WBK', 'KPP-BDG-KAREES'],
      ['WBBM', 'WBBM', 'KPPN-BDG1'],
    ]);
    expect(before?.portalrbNominations.every((row) => row.lastFetchAt && !row.changedSinceFetch)).toBe(true);
    const karees = before?.portalrbNominations[1];
    const http = await json(await portalrb(`/lke/jawaban-unit/KPP-BDG-KAREES?tahun=${year}`));
    expect(karees?.evaluation.portalrbAnswers).toEqual(http.body);
    const changed = await server.graphql(
      `mutation { saveAnswers(evaluationId: ${karees?.evaluation.id}, layer: UNIT, answers: [{ item: "P.1.i.b", option: "C" }]) { layer } }`,
      {},
      admin,
    );
    expect(changed.body.errors).toBeUndefined();
    const after = await preview();
    expect(after?.portalrbNominations.map((row) => row.changedSinceFetch)).toEqual([false, true, false]);
    // Taken again, then a document uploaded: its link is part of what PortalRB takes, so changed again.
    await portalrb(`/lke/jawaban-unit/KPP-BDG-KAREES?tahun=${year}`);
    expect((await preview())?.portalrbNominations[1]?.changedSinceFetch).toBe(false);
    const uploaded = await fetch(
      new URL(
        `/files/evidence?evaluationId=${karees?.evaluation.id}&layer=UNIT&item=P.1.i.b&title=SK`,
        server.url,
      ),
      { method: 'POST', headers: admin, body: '%PDF-1.4\n% SK\n%%EOF\n' },
    );
    expect(uploaded.status).toBe(201);
    expect((await preview())?.portalrbNominations[1]?.changedSinceFetch).toBe(true);
  });

  it('writes the agency head’s nomination letter with its SPTJM from the same lists', async () => {
    const { body } = await server.graphql<{ portalrbNominationLetter: string }>(
      `{ portalrbNominationLetter(agencyId: ${kemenkeuId}, year: ${year}) }`,
      {},
      admin,
    );
    const html = body.data?.portalrbNominationLetter ?? '';
    const wbbmAt = html.indexOf('menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)');
    expect(html.slice(0, wbbmAt)).toContain('KPP Pratama Bandung Karees');
    expect(html.slice(wbbmAt)).toContain('KPPN Bandung I');
    expect(html).not.toContain('Tanjung Perak');
    expect(html).toContain('SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK');
    const pdf = await server.graphql<{ portalrbNominationLetterPdf: string }>(
      `{ portalrbNominationLetterPdf(agencyId: ${kemenkeuId}, year: ${year}) }`,
      {},
      admin,
    );
    expect(
      Buffer.from(pdf.body.data?.portalrbNominationLetterPdf ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('answers every failure in JSON with its status and code', async () => {
    const { prisma } = server.database;
    const cases: [string, string | null, number, string][] = [
      [`/pengusulan/unit-wbk?tahun=${year}`, null, 401, 'UNAUTHORIZED'],
      [`/pengusulan/unit-wbk?tahun=${year}`, 'zirb_tebakan', 401, 'UNAUTHORIZED'],
      [`/lke/jawaban-unit/TIDAK-ADA?tahun=${year}`, token, 404, 'DATA_NOT_FOUND'],
      [`/lke/jawaban-unit/KPPBC-TANJUNG-PERAK?tahun=${year}`, token, 404, 'NOT_PROPOSED'],
      [`/lke/jawaban-unit/DPMPTSP?tahun=${year}`, token, 403, 'FORBIDDEN'],
      ['/pengusulan/unit-wbk?tahun=20x6', token, 422, 'INVALID_REQUEST'],
      ['/pengusulan/semua', token, 404, 'DATA_NOT_FOUND'],
      [`/lke/jawaban-unit/%E0%A4%A?tahun=${year}`, token, 404, 'DATA_NOT_FOUND'],
    ];
    for (const [path, bearer, status, code] of cases) {
      const response = await portalrb(path, bearer);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(await json(response), `${path} with ${bearer}`).toMatchObject({
        status,
        body: { error: true, code },
      });
    }
    // Revoked, then expired: refused at once.
    const created = await prisma.portalrbToken.findFirstOrThrow({ where: { agencyId: kemenkeuId } });
    const revoked = await server.graphql(
      `mutation { revokePortalrbToken(id: ${created.id}) { revokedAt } }`,
      {},
      admin,
    );
    expect(revoked.body.errors).toBeUndefined();
    expect((await portalrb(`/pengusulan/unit-wbk?tahun=${year}`)).status).toBe(401);
    const { body } = await server.graphql<{ createPortalrbToken: { token: string; record: { id: number } } }>(
      `mutation { createPortalrbToken(agencyId: ${kemenkeuId}, name: "Sementara") { token record { id } } }`,
      {},
      admin,
    );
    const fresh = body.data?.createPortalrbToken.token ?? '';
    expect((await portalrb(`/pengusulan/unit-wbk?tahun=${year}`, fresh)).status).toBe(200);
    await prisma.portalrbToken.update({
      where: { id: body.data?.createPortalrbToken.record.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await portalrb(`/pengusulan/unit-wbk?tahun=${year}`, fresh)).status).toBe(401);
    token = fresh;
  });

  it('is no GraphQL session: a PortalRB token gets nothing from /graphql', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const { errors } = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the fetch log and the tokens to those the policy lets see them', async () => {
    const operator = await server.signIn('operator@kpp-cibeunying.go.id');
    const fetches = await server.graphql(
      `{ agency(id: ${kemenkeuId}) { portalrbFetches { id } } }`,
      {},
      operator,
    );
    expect(fetches.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tokens = await server.graphql(
      `{ agency(id: ${kemenkeuId}) { portalrbTokens { id } } }`,
      {},
      await server.signIn('tpi@kemenkeu.go.id'),
    );
    expect(tokens.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const logged = await server.database.prisma.portalrbFetch.groupBy({ by: ['status'], _count: true });
    expect(logged.map((entry) => entry.status).sort()).toEqual([200, 401, 403, 404, 422]);
  });
});

describe('PortalRB’s rate limit', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: [], trustProxy: false, portalrbPerMinute: 3 });
  });
  afterAll(() => server.stop());

  it('answers 429 with Retry-After once a token has used its calls for the minute', async () => {
    const admin = await server.signIn('admin@zi.go.id');
    const agency = await server.database.prisma.agency.findUniqueOrThrow({ where: { code: 'KEMENKEU' } });
    const { body } = await server.graphql<{ createPortalrbToken: { token: string } }>(
      `mutation { createPortalrbToken(agencyId: ${agency.id}, name: "PortalRB") { token } }`,
      {},
      admin,
    );
    const call = () =>
      fetch(new URL('/portalrb/v1/pengusulan/unit-wbk', server.url), {
        headers: { authorization: `Bearer ${body.data?.createPortalrbToken.token}` },
      });
    for (let index = 0; index < 3; index++) expect((await call()).status).toBe(200);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: true, code: 'RATE_LIMITED' });
  });
});
