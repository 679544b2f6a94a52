/**
 * Bytes of a file to text, as Excel and the MIS write them: UTF-8 with or without a byte-order
 * mark, UTF-16 with its mark ("Unicode text"), else Windows-1252 ("CSV (Comma delimited)" on an
 * English Windows). A file that is not valid UTF-8 is read as Windows-1252 rather than with
 * replacement characters: that is what a Windows-1252 file is, and "Zoë" then reads as "Zoë".
 * Windows-1252 has five unused bytes; they decode to control characters, which the row checks
 * reject, so random bytes never pass as names.
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

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}
