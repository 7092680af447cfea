import { describe, expect, it } from 'vitest';
import { passwordProblems, renderMessage } from '../src/index.ts';

const user = { email: 'budi.santoso@kemenkeu.go.id', name: 'Budi Santoso' };

describe('passwordProblems', () => {
  it.each([
    ['          ', /kosong atau hanya berisi spasi/],
    ['aaaaaaaaaa', /paling sedikit 12 karakter \(sekarang 10\)/],
    ['aaaaaaaaaaaaaaaa', /terlalu mudah ditebak/],
    ['1234567890', /paling sedikit 12 karakter/],
    ['123456789012', /terlalu mudah ditebak/],
    ['1234567890', /terlalu mudah ditebak/],
    ['password1234', /terlalu mudah ditebak/],
    ['Password1234!', /terlalu mudah ditebak/],
    ['qwertyuiopasdfgh', /terlalu mudah ditebak/],
    ['iloveyou12345', /terlalu mudah ditebak/],
    ['budi.santoso@kemenkeu.go.id', /tidak boleh memuat e-mail atau nama Anda/],
    ['BudiSantoso2025!', /tidak boleh memuat e-mail atau nama Anda/],
    ['kemenkeu-jaya-selalu', /tidak boleh memuat e-mail atau nama Anda/],
    ['x'.repeat(129), /paling panjang 128 karakter/],
  ])('refuses %j', (password, message) => {
    expect(passwordProblems(password, user).map((each) => renderMessage(each))).toContainEqual(
      expect.stringMatching(message),
    );
  });

  it.each([
    'kuda-merah-lompat-pagar-biru',
    'Sapi terbang di atas Monas jam tiga',
    'tulip 7 kereta senja Wamena',
    'ketoprak!Pelangi-berenang',
    // 128 characters, the most allowed
    'u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJ'.repeat(2),
  ])('accepts the passphrase %j, without composition rules', (password) => {
    expect(passwordProblems(password, user)).toEqual([]);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblems('ñandú-jaguar-ç', user)).toEqual([]);
    expect(passwordProblems('ñandú-jaguá', user)).toEqual([
      { id: 'password.tooShort', params: { min: 12, length: 11 } },
    ]);
  });
});
