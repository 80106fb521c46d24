// CSV of a table as shown (RFC 4180: comma-separated, CRLF line ends, quotes doubled),
// with a byte order mark so that spreadsheet programs read the UTF-8 as UTF-8.

export type Cell = string | number | null | undefined;

/**
 * A cell as text. Text that a spreadsheet would run as a formula (=, +, -, @ at the
 * start) is prefixed with an apostrophe: exported names and titles are not code.
 */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Hands a text to the browser as a file to save. */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
