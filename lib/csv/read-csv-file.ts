import { AppError } from "@/lib/errors";

/** A whole 52-column Apollo export of 100,000 people is about 100 MB; the worker holds the text and the mapped cells only. */
export const MAX_CSV_BYTES = 200 * 1024 * 1024;

/**
 * Rows one upload reads: twice the people a batch holds, room for repeats and blank rows. A file of a million rows is
 * refused as soon as its 200,001st row is read, not after checking rows that could never be sent.
 */
export const MAX_CSV_ROWS = 200_000;

export function tooManyRows(): AppError {
  return new AppError(
    "payload_too_large",
    `This file has more than ${MAX_CSV_ROWS.toLocaleString("en")} rows, and one batch holds at most 100,000 people: split it into files of up to 100,000 rows and upload them one at a time.`,
  );
}

const SAVE_AS_UTF8 = `in Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, or in Google Sheets File › Download › CSV, and upload that file.`;

/** Throws unless the file fits the size limit, with a message the user can act on. */
export function assertCsvFileSize(size: number): void {
  if (size <= MAX_CSV_BYTES) return;
  const megabytes = (size / 1024 / 1024).toFixed(1);
  throw new AppError(
    "payload_too_large",
    `This file is ${megabytes} MB and the limit is ${MAX_CSV_BYTES / 1024 / 1024} MB: export only the columns you need (LinkedIn URL, name, company), or split the list into smaller files and upload them one at a time.`,
  );
}

/** Decodes an uploaded file as text, refusing workbooks, binary files and legacy encodings. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw unreadable("The file is empty: export the list again and upload the new file.");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw unreadable(`This is an Excel workbook, not a CSV file: ${SAVE_AS_UTF8}`);
  }
  // Excel's "Unicode Text" export is UTF-16 with a byte-order mark; the BOM makes it unambiguous.
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(`This file is not UTF-8 text (Excel's plain “CSV” format uses an older encoding that garbles accented names): ${SAVE_AS_UTF8}`);
  }
  if (text.includes("\u0000")) throw unreadable(`This file is not a text CSV file: ${SAVE_AS_UTF8}`);
  return text;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function unreadable(message: string): AppError {
  return new AppError("unprocessable", message);
}
