/** Hands a file to the person as a download (the browser's, or in the desktop app, a Save dialog). */
export function download(fileName: string, mediaType: string, data: string | Uint8Array<ArrayBuffer>): void {
  const type = typeof data === 'string' ? `${mediaType};charset=utf-8` : mediaType;
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Elderwood Vale Academy", "staff" -> "elderwood-vale-academy-staff-2025-09-22.csv". */
export function listFileName(schoolName: string, list: string, today: Date = new Date()): string {
  const slug = schoolName.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'school';
  return `${slug}-${list}-${today.toISOString().slice(0, 10)}.csv`;
}
