import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InstrumentDefinition, permenpanrb90of2021 } from '@zi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdministrator, hasAdministrator } from '../src/admin.ts';
import { installInstruments, shippedInstruments } from '../src/instruments.ts';
import { verifyPassword } from '../src/passwords.ts';
import { openTestDatabase, type TestDatabase, testServerUrl } from '../src/testing.ts';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;
const strong = 'Sawah-Terasering-Ubud-2026';

/** The 2021 definition with one weight changed: a correction that must not slip under the same code. */
const corrected = (): InstrumentDefinition => {
  const copy = structuredClone(permenpanrb90of2021);
  const [first] = copy.components;
  const area = first?.children?.[0];
  if (area) area.name = `${area.name} (revisi)`;
  return copy;
};

describe('instruments as reference data', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.dispose());

  it('are installed by every start and left alone when unchanged', async () => {
    const installed = await installInstruments(database.prisma);
    expect(installed.map((each) => [each.code, each.outcome])).toEqual(
      shippedInstruments.map((definition) => [definition.code, 'unchanged']),
    );
    expect(await database.prisma.instrumentItem.count()).toBeGreaterThan(200);
  });

  it('refuse an ill-formed definition, naming what is wrong, and write nothing', async () => {
    const broken = structuredClone(permenpanrb90of2021);
    broken.code = 'LKE-RUSAK';
    const [first] = broken.components;
    if (first) first.weight = -5;
    await expect(installInstruments(database.prisma, [broken])).rejects.toThrow(/^instrument LKE-RUSAK: /);
    expect(await database.prisma.instrument.count({ where: { code: 'LKE-RUSAK' } })).toBe(0);
  });

  it('replace a changed definition that no evaluation uses yet', async () => {
    const [outcome] = await installInstruments(database.prisma, [corrected()]);
    expect(outcome?.outcome).toBe('replaced');
    const stored = await database.prisma.instrument.findUniqueOrThrow({
      where: { code: permenpanrb90of2021.code },
    });
    expect(JSON.stringify(stored.definition)).toContain('(revisi)');
    expect((await installInstruments(database.prisma))[0]?.outcome).toBe('replaced');
  });

  it('never change in place a definition evaluations were scored on: the refusal says to use a new code', async () => {
    const instrument = await database.prisma.instrument.findUniqueOrThrow({
      where: { code: permenpanrb90of2021.code },
    });
    const agency = await database.prisma.agency.create({
      data: { kind: 'KOTA', code: 'KOTA-UJI', name: 'Kota Uji', region: 'Jawa' },
    });
    const unit = await database.prisma.unit.create({
      data: { agencyId: agency.id, code: 'DINAS-UJI', name: 'Dinas Uji', eselon: 'II' },
    });
    await database.prisma.evaluation.create({
      data: { unitId: unit.id, year: 2026, instrumentId: instrument.id },
    });
    await expect(installInstruments(database.prisma, [corrected()])).rejects.toThrow(
      /differs from the one in the database, which 1 evaluation\(s\) were scored on: a changed definition needs a new code/,
    );
    const after = await database.prisma.instrument.findUniqueOrThrow({ where: { code: instrument.code } });
    expect(after.id).toBe(instrument.id);
    expect(after.definition).toEqual(instrument.definition);
  });
});

describe('the first administrator of a production database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.dispose());

  it('is created with a strong password, and missed until then', async () => {
    expect(await hasAdministrator(database.prisma)).toBe(false);
    expect(
      await ensureAdministrator(database.prisma, { email: ' Kepala.TI@Kota.go.id ', password: strong }),
    ).toBe('created');
    const admin = await database.prisma.user.findUniqueOrThrow({ where: { email: 'kepala.ti@kota.go.id' } });
    expect([admin.role, admin.active, admin.name]).toEqual(['ADMIN', true, 'Administrator']);
    expect(await verifyPassword(strong, admin.passwordHash)).toBe(true);
    expect(await hasAdministrator(database.prisma)).toBe(true);
  });

  it('is reset: new password, ADMIN and active again, every session closed', async () => {
    const { id } = await database.prisma.user.update({
      where: { email: 'kepala.ti@kota.go.id' },
      data: { active: false, role: 'ANALYST' },
    });
    await database.prisma.session.create({
      data: { id: 'sesi-lama', userId: id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const renewed = 'Candi-Prambanan-Senja-1991';
    expect(
      await ensureAdministrator(database.prisma, {
        email: 'kepala.ti@kota.go.id',
        name: 'Kepala TI',
        password: renewed,
      }),
    ).toBe('reset');
    const admin = await database.prisma.user.findUniqueOrThrow({ where: { id } });
    expect([admin.role, admin.active, admin.name]).toEqual(['ADMIN', true, 'Kepala TI']);
    expect(await verifyPassword(renewed, admin.passwordHash)).toBe(true);
    expect(await database.prisma.session.count({ where: { userId: id } })).toBe(0);
  });

  it.each([
    ['a weak password', 'kepala.ti@kota.go.id', 'admin-demo', /the password is refused: .*at least 12/],
    [
      'a password made of the e-mail',
      'kepala.ti@kota.go.id',
      'kepala.ti@kota.go.id',
      /the password is refused/,
    ],
    ['an e-mail that is not one', 'kepala-ti', strong, /"kepala-ti" is not an e-mail address/],
  ])('refuses %s and changes nothing', async (_case, email, password, reason) => {
    const before = await database.prisma.user.findMany({ orderBy: { id: 'asc' } });
    await expect(ensureAdministrator(database.prisma, { email, password })).rejects.toThrow(reason);
    expect(await database.prisma.user.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});

describe.skipIf(testServerUrl)('pnpm db:admin on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zi-admin-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const run = (args: string[], password: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, 'admin', ...args], {
      env: { ...process.env, ZI_DATA_DIR: dataDir, ZI_ADMIN_PASSWORD: password, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('creates the administrator, never printing the password, and refuses a weak one in one line', () => {
    const made = run(['--email', 'admin@pemkot.go.id', '--name', 'Admin Pemkot'], strong);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^created the administrator admin@pemkot\.go\.id on the pglite database/m);
    expect(made.stdout).not.toContain(strong);
    const weak = run(['--email', 'admin@pemkot.go.id'], 'rahasia');
    expect(weak.status).toBe(1);
    expect(weak.stderr.trim()).toMatch(/^error: the password is refused: /);
    expect(weak.stderr.trim().split('\n')).toHaveLength(1);
  });
});
