/** Saves a file made in the browser through a temporary object URL; nothing leaves the browser. */
export function downloadBlob(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadTextFile(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
