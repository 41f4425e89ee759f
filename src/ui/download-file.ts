/**
 * Hands a file to the browser to save (backup, CSV). A Blob URL keeps it on the device: nothing
 * is sent anywhere, and the CSP needs no exception. The URL is released after the click.
 */
export function downloadFile(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
