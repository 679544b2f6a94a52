/**
 * Reading a PDF back with poppler-utils (Debian's `poppler-utils`): page count, text per page,
 * words with their positions, and a page as a grey-scale image for pixel checks and as PNG files
 * for people to look at.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

/** The text of each page, in reading order as the page draws it. */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every word of every page with its box in points (pdftotext -bbox). */
export function pageWords(pdf: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return xml.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5] ?? ''),
    })));
}

export interface GreyImage {
  width: number;
  height: number;
  /** 0 black .. 255 white, row by row. */
  pixels: Uint8Array;
}

/** One page as an 8-bit grey image (pdftoppm -gray writes a binary PGM). */
export function greyPage(pdf: string, page: number, dpi: number, outStem: string): GreyImage {
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outStem]);
  const data = readFileSync(`${outStem}.pgm`);
  // P5 <width> <height> <maxval>\n<bytes>
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[offset] ?? 32))) offset++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[offset] ?? 32))) field += String.fromCharCode(data[offset++] ?? 32);
    fields.push(field);
  }
  offset++;
  const [magic, width, height, max] = fields;
  if (magic !== 'P5' || max !== '255') throw new Error(`unexpected image header ${fields.join(' ')}`);
  return { width: Number(width), height: Number(height), pixels: data.subarray(offset, offset + Number(width) * Number(height)) };
}

/** PNG files of some pages, for people to look at (pdftoppm -png). */
export function pngPages(pdf: string, first: number, last: number, dpi: number, outStem: string): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, outStem]);
}
