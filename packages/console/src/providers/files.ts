import { i18nProvider } from '../i18n/index.ts';
import { ApiError, type GraphQLErrorShape } from './graphql.ts';

/** A file's bytes as base64, for the API's file arguments. */
export async function fileToBase64(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes as a file the browser downloads. */
export function downloadBytes(bytes: Uint8Array, filename: string, type = xlsx) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Saves base64 content the API returned under `filename`. */
export const downloadBase64 = (content: string, filename: string, type = xlsx) =>
  downloadBytes(
    Uint8Array.from(atob(content), (char) => char.charCodeAt(0)),
    filename,
    type,
  );

/** A download's name as users file it: what it is, the unit's code, the year and, for a worksheet, the layer. */
export const evaluationFileName = (
  kind: string,
  evaluation: { year: number; unit: { code: string } },
  extension: string,
  layer?: string,
) => `${[kind, evaluation.unit.code, evaluation.year, layer].filter(Boolean).join('_')}.${extension}`;

/**
 * Uploads one evidence file to an item of a layer as the next revision of the document `title`: the file
 * is the request's body, streamed as it is read. A refusal throws the API's error.
 */
export async function uploadEvidence(
  target: { evaluationId: number; layer: string; item: string; title: string },
  file: File,
) {
  const query = new URLSearchParams({
    ...target,
    evaluationId: String(target.evaluationId),
    fileName: file.name,
  });
  const response = await fetch(`/files/evidence?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'accept-language': i18nProvider.getLocale() },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: { evidenceFile: { id: number; revision: number } };
    errors?: GraphQLErrorShape[];
  };
  const [error] = body.errors ?? [];
  if (error || !body.data)
    throw new ApiError(error ?? { message: `${response.status} ${response.statusText}` });
  return body.data.evidenceFile;
}
