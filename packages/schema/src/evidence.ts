import { type Message, message } from './messages/index.ts';
import { textLimits } from './text-limits.ts';

/** The kinds of file a bukti dukung may be, judged by what its content is, never by its name. */
export const evidenceTypes = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  // Word, Excel and PowerPoint 97–2003 share one container format.
  'application/x-cfb': 'Office 97–2003',
} as const;

export type EvidenceType = keyof typeof evidenceTypes;

export const isEvidenceType = (contentType: string): contentType is EvidenceType =>
  Object.hasOwn(evidenceTypes, contentType);

/** What the console's file picker offers; the server still judges each file by its content. */
export const evidencePickerAccept = '.pdf,.jpg,.jpeg,.png,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

/** The largest file and the most bytes one evaluation's documents may hold (settings). */
export interface EvidenceLimits {
  maxFileBytes: number;
  quotaBytes: number;
}

export const defaultEvidenceLimits: EvidenceLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  quotaBytes: 500 * 1024 * 1024,
};

/** The most megabytes either limit may be set to. */
const maxLimitMegabytes = 100_000;

/** What is wrong with limits given in megabytes, by field. */
export function evidenceLimitsProblems(limits: { maxFileMegabytes: number; quotaMegabytes: number }) {
  return Object.entries(limits).flatMap(([field, value]) =>
    value > 0 && value <= maxLimitMegabytes
      ? []
      : [{ field, message: message('evidence.limitRange', { max: maxLimitMegabytes }) }],
  );
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Why a file of `size` bytes may not be stored (empty or over the limit), or null. */
export function evidenceSizeProblem(size: number, limits: EvidenceLimits): Message | null {
  if (size === 0) return message('evidence.empty');
  if (size > limits.maxFileBytes)
    return message('evidence.tooLarge', { megabytes: megabytes(limits.maxFileBytes) });
  return null;
}

/** Why `adding` bytes would overrun the evaluation's quota with `used` bytes stored, or null. */
export function evidenceQuotaProblem(used: number, adding: number, limits: EvidenceLimits): Message | null {
  return used + adding > limits.quotaBytes
    ? message('evidence.quota', {
        megabytes: megabytes(limits.quotaBytes),
        usedMegabytes: megabytes(used),
      })
    : null;
}

/** Why `title` cannot name a document (blank or too long), or null. */
export function evidenceTitleProblem(title: string): Message | null {
  if (!title.trim()) return message('evidence.titleRequired');
  if (title.length > textLimits.name)
    return message('value.tooLong', { max: textLimits.name, length: title.length });
  return null;
}

/** A file's name as it is stored and offered on download: its last path part, without control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => char >= ' ' && char !== '\u007f')
    .join('')
    .trim()
    .slice(0, textLimits.name);
  return cleaned || 'berkas';
}
