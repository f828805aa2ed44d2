/** Hands a file to the browser's downloads, as a link with `download` would. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
