import { describe, expect, it } from 'vitest';
import { ApiError } from './graphql.ts';

describe('an error the API answered', () => {
  it('marks the form fields the API named and shows its message, under the console’s names for them', () => {
    const error = new ApiError({
      message: 'Data pengguna tidak valid.',
      extensions: {
        code: 'VALIDATION',
        problems: [
          { field: 'input.unitId', message: 'unit X bukan unit dari instansi yang dipilih' },
          { field: 'input.email', message: 'email tidak valid' },
        ],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.status]).toEqual(['VALIDATION', 400]);
    expect(error.body.errors).toEqual({
      root: { serverError: 'Data pengguna tidak valid.' },
      unit: { id: 'unit X bukan unit dari instansi yang dipilih' },
      email: 'email tidak valid',
    });
  });

  it('leaves a refusal without fields to the notification, in the API’s words, with its status', () => {
    const forbidden = new ApiError({ message: 'Anda tidak berwenang.', extensions: { code: 'FORBIDDEN' } });
    expect([forbidden.status, forbidden.message, forbidden.body.errors]).toEqual([
      403,
      'Anda tidak berwenang.',
      undefined,
    ]);
    const conflict = new ApiError({ message: 'x', extensions: { code: 'CONFLICT', conflicts: [1] } });
    expect(conflict.extensions.conflicts).toEqual([1]);
    expect(new ApiError({ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }).status).toBe(401);
  });
});
