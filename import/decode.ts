/**
 * Bytes of a file to text, as Excel and the MIS write them: UTF-8 with or without a byte-order
 * mark, UTF-16 with its mark ("Unicode text"), else Windows-1252 ("CSV (Comma delimited)" on an
 * English Windows). A file that is not valid UTF-8 is read as Windows-1252 rather than with
 * replacement characters: that is what a Windows-1252 file is, and "Zoë" then reads as "Zoë".
 * Windows-1252 has five unused bytes; they decode to control characters, which the row checks
 * reject, so many random bytes never pass as names.
 */

export type Encoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/** The file's text and the encoding it was read in. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    const utf8 = tryUtf8(rest);
    // A UTF-8 mark over bytes that are not UTF-8: the mark is wrong, the bytes are what they are.
    return utf8 === null ? { text: windows1252(rest), encoding: 'windows-1252' } : { text: utf8, encoding: 'utf-8 with BOM' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf8 = tryUtf8(bytes);
  return utf8 === null ? { text: windows1252(bytes), encoding: 'windows-1252' } : { text: utf8, encoding: 'utf-8' };
}

/** Plain words for the encoding, for the preview. */
export function describeEncoding(encoding: Encoding): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-8 with BOM':
      return 'UTF-8 (with byte-order mark, as Excel saves "CSV UTF-8")';
    case 'utf-16le':
    case 'utf-16be':
      return 'UTF-16 (Excel "Unicode text")';
    case 'windows-1252':
      return 'Windows-1252 (Excel "CSV (Comma delimited)"): the file is not UTF-8';
  }
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252 by table rather than TextDecoder: Node's decoder reads 0x80-0x9F as Latin-1
 * control characters, which would turn "O’Neill" (0x92) and "€" (0x80) into damage.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x4000) {
    const codes = Array.from(bytes.subarray(start, start + 0x4000), (b) => (b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? b) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
