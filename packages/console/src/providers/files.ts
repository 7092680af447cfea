/** A file's bytes as base64, for the API's file arguments. */
export async function fileToBase64(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** Saves base64 content the API returned under `filename`. */
export function downloadBase64(
  content: string,
  filename: string,
  type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
) {
  const bytes = Uint8Array.from(atob(content), (char) => char.charCodeAt(0));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}
