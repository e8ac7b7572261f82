/** Offer text to the user as a file download, without leaving the page. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
