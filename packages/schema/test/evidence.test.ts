import { describe, expect, it } from 'vitest';
import {
  cleanFileName,
  defaultEvidenceLimits,
  evidenceLimitsProblems,
  evidenceQuotaProblem,
  evidenceSizeProblem,
  evidenceTitleProblem,
  isEvidenceType,
} from '../src/index.ts';

describe('evidence rules', () => {
  const limits = { maxFileBytes: 1000, quotaBytes: 5000 };

  it('refuses an empty file and one over the limit; the limit itself fits', () => {
    expect(evidenceSizeProblem(0, limits)?.id).toBe('evidence.empty');
    expect(evidenceSizeProblem(1000, limits)).toBeNull();
    expect(evidenceSizeProblem(1001, limits)).toMatchObject({
      id: 'evidence.tooLarge',
      params: { megabytes: 0 },
    });
    expect(evidenceSizeProblem(defaultEvidenceLimits.maxFileBytes, defaultEvidenceLimits)).toBeNull();
  });

  it('counts the quota with what is stored already', () => {
    expect(evidenceQuotaProblem(4000, 1000, limits)).toBeNull();
    expect(evidenceQuotaProblem(4001, 1000, limits)?.id).toBe('evidence.quota');
  });

  it('wants a title, and a limit above zero', () => {
    expect(evidenceTitleProblem('  ')?.id).toBe('evidence.titleRequired');
    expect(evidenceTitleProblem('SK Tim')).toBeNull();
    expect(
      evidenceLimitsProblems({ maxFileMegabytes: 0, quotaMegabytes: 500 }).map((each) => each.field),
    ).toEqual(['maxFileMegabytes']);
  });

  it('keeps a file name’s last part without control characters', () => {
    expect(cleanFileName('C:\\Users\\ops\\SK Tim\u0000.pdf')).toBe('SK Tim.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('\u0007')).toBe('berkas');
  });

  it('takes the document kinds the units send, by content type', () => {
    expect(isEvidenceType('application/pdf')).toBe(true);
    expect(isEvidenceType('application/x-msdownload')).toBe(false);
    expect(isEvidenceType('toString')).toBe(false);
  });
});
