import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../import/decode';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(utf8('Zoë'))).toEqual({ text: 'Zoë', encoding: 'utf-8' });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Seán')))).toEqual({ text: 'Seán', encoding: 'utf-8 with BOM' });
  });

  it('reads UTF-16 with its mark, little- and big-endian', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00))).toEqual({ text: 'Zë', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x5a, 0x00, 0xeb))).toEqual({ text: 'Zë', encoding: 'utf-16be' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, as Excel saves "CSV (Comma delimited)"', () => {
    // "Zoë" and "Seán" as cp1252 bytes; 0x80 is the euro sign there, 0x92 a curly apostrophe.
    expect(decodeBytes(bytes(0x5a, 0x6f, 0xeb, 0x2c, 0x53, 0x65, 0xe1, 0x6e, 0x2c, 0x80, 0x2c, 0x4f, 0x92, 0x4e))).toEqual({
      text: 'Zoë,Seán,€,O’N',
      encoding: 'windows-1252',
    });
  });

  it('falls back to Windows-1252 when a UTF-8 mark sits on bytes that are not UTF-8', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xeb))).toEqual({ text: 'Zoë', encoding: 'windows-1252' });
  });

  it('turns the unused Windows-1252 bytes into control characters, which rows then reject', () => {
    const { text } = decodeBytes(bytes(0x41, 0x81, 0x8d));
    expect([...text].map((c) => c.charCodeAt(0))).toEqual([0x41, 0x81, 0x8d]);
  });
});
