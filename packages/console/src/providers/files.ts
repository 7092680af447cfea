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
