/**
 * Makes a printed PDF the same bytes on every print. Chromium writes the time of printing into the
 * document information (`/CreationDate`, `/ModDate`) and, when it writes them, into the XMP
 * metadata and a trailer `/ID`; everything else depends only on the page. Each of those values is
 * overwritten in place by a fixed one of the same length, so every byte offset of the file (its
 * cross-reference table) stays valid and the PDF still reads as before.
 */
import {createHash} from 'node:crypto';

/** The fixed time: 1 January 2000, 00:00 UTC, the time the course's zips give their files too. */
const FIXED_DIGITS = '20000101000000';

/** A PDF date (`D:YYYYMMDDHHmmSS+HH'mm'`, any prefix of it) with the fixed time's digits, same length. */
function fixedPdfDate(date: string): string {
  let digit = 0;
  return date.replace(/[0-9+-]/g, (c) => {
    if (c === '+' || c === '-') {
      digit = FIXED_DIGITS.length;
      return '+';
    }
    return digit < FIXED_DIGITS.length ? FIXED_DIGITS[digit++]! : '0';
  });
}

/** An XMP date (`2026-12-01T15:02:50.123+01:00`) with the fixed time's digits, same length. */
function fixedXmpDate(date: string): string {
  let digit = 0;
  return date.replace(/[0-9]|[+-](?=\d\d:\d\d$)/g, (c) => {
    if (c === '+' || c === '-') {
      digit = FIXED_DIGITS.length;
      return '+';
    }
    return digit < FIXED_DIGITS.length ? FIXED_DIGITS[digit++]! : '0';
  });
}

/** `length` hex digits that depend on `seed` alone: identifiers that stay apart for different PDFs. */
function hexOf(seed: Buffer, length: number, salt: string): string {
  let out = '';
  for (let round = 0; out.length < length; round += 1)
    out += createHash('sha256').update(salt).update(String(round)).update(seed).digest('hex');
  return out.slice(0, length);
}

const INFO_DATE = /\/(?:CreationDate|ModDate)\s*\((D:[0-9+\-Z']*)\)/g;
const XMP_DATE = /<(xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)>([^<]*)<\/\1>/g;
const XMP_DATE_ATTRIBUTE = /\b(xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)="([^"]*)"/g;
const UUID = /uuid:([0-9a-fA-F-]+)/g;
const TRAILER_ID = /(\/ID\s*\[\s*<)([0-9a-fA-F]*)(>\s*<)([0-9a-fA-F]*)(>\s*\])/g;

const zeroes = (hex: string): string => hex.replace(/[0-9a-fA-F]/g, '0');

/** The PDF `pdf` with its print times and identifiers fixed; the same length, the same offsets. */
export function normalisePdf(pdf: Buffer): Buffer {
  // Latin-1 maps each byte to one character and back, so lengths and offsets carry over exactly.
  let text = pdf.toString('latin1');
  text = text.replace(INFO_DATE, (whole, date: string) => whole.replace(date, fixedPdfDate(date)));
  text = text.replace(XMP_DATE, (_whole, tag: string, date: string) => `<${tag}>${fixedXmpDate(date)}</${tag}>`);
  text = text.replace(XMP_DATE_ATTRIBUTE, (_whole, name: string, date: string) => `${name}="${fixedXmpDate(date)}"`);
  // Identifiers derive from the file with its times fixed and its identifiers blanked: two prints of
  // one page get the same ones, the A4 and the Letter PDF different ones.
  const blank = (pdfText: string): string =>
    pdfText
      .replace(UUID, (_whole, id: string) => `uuid:${zeroes(id)}`)
      .replace(
        TRAILER_ID,
        (_whole, open: string, a: string, mid: string, b: string, close: string) => open + zeroes(a) + mid + zeroes(b) + close,
      );
  const seed = Buffer.from(blank(text), 'latin1');
  text = text.replace(UUID, (_whole, id: string) => {
    const hex = hexOf(seed, id.length, 'uuid');
    return `uuid:${[...id].map((c, i) => (c === '-' ? '-' : hex[i])).join('')}`;
  });
  // Both halves alike, as for a file never changed since it was made.
  text = text.replace(
    TRAILER_ID,
    (_whole, open: string, a: string, mid: string, b: string, close: string) =>
      open + hexOf(seed, a.length, 'id') + mid + hexOf(seed, b.length, 'id') + close,
  );
  const out = Buffer.from(text, 'latin1');
  if (out.length !== pdf.length) throw new Error('normalisePdf: the PDF changed length, which would break its offsets');
  return out;
}
