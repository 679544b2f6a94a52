/**
 * A strict JSON scanner that explains mistakes the way a person makes them (a missing comma, a
 * trailing comma, single quotes, a comment) with a line and column, and finds keys written twice
 * in one object, which JSON.parse silently resolves by dropping all but the last.
 */
import { childPath, jsonPath, quote } from './json-path';

/** Where a JSON text first breaks the syntax, and how, in plain words. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

/** A key written more than once in one object. */
export interface DuplicateKey {
  /** Path of the repeated key, e.g. `$.groups[3].pupils`. */
  path: string;
  key: string;
  /** Lines on which the key appears, in order. */
  lines: number[];
}

/** What a scan of JSON text found: the first syntax error, or else every repeated key. */
export interface JsonScan {
  error: JsonSyntaxError | null;
  duplicateKeys: DuplicateKey[];
}

// Deeper nesting than this is no school file; refusing it keeps the scanner's recursion bounded.
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[^\s{}[\]:,"]{1,40}/y;

class SyntaxFault {
  constructor(readonly offset: number, readonly message: string) {}
}

interface Opening {
  offset: number;
  bracket: '{' | '[';
}

/** Scans JSON text: its first syntax error (line and column from 1) or the keys it repeats. */
export function scanJson(text: string): JsonScan {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return { error: null, duplicateKeys: scanner.duplicates };
  } catch (fault) {
    if (!(fault instanceof SyntaxFault)) throw fault;
    const { line, column } = lineAndColumn(text, fault.offset);
    return { error: { line, column, message: fault.message }, duplicateKeys: [] };
  }
}

/** The line and column (both from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

class Scanner {
  private pos = 0;
  private readonly open: Opening[] = [];
  private readonly path: (string | number)[] = [];
  readonly duplicates: DuplicateKey[] = [];

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.skipSpace();
    if (this.pos < this.text.length) {
      this.fail('there is more text after the end of the JSON document (a stray bracket or a second document?)');
    }
  }

  private value(): void {
    this.skipSpace();
    const c = this.text.charAt(this.pos);
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') {
      this.string();
      return;
    }
    if (c === '-' || c === '+' || c === '.' || (c >= '0' && c <= '9')) return this.number();
    if (this.pos >= this.text.length) this.failAtEnd();
    if (c === "'") this.fail("text must be in double quotes \"...\", not single quotes '...'");
    if (c === '/') this.fail('comments are not allowed in JSON');
    if (c === '}' || c === ']') this.fail(`a value is missing before "${c}"`);
    if (c === ',') this.fail('a value is missing before this comma');
    if (c === ':') this.fail('a key is missing before this colon');
    const word = this.word();
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return;
    }
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null') {
      this.fail(`${quote(word)} must be written in small letters: ${lower}`);
    }
    this.fail(`${quote(word)} is not a JSON value: text must be in double quotes`);
  }

  private object(): void {
    this.enter('{');
    const keys = new Map<string, number[]>();
    this.skipSpace();
    if (this.text.charAt(this.pos) === '}') return this.leave();
    let comma = -1;
    for (;;) {
      this.skipSpace();
      const c = this.text.charAt(this.pos);
      if (c === '}' && comma >= 0) this.fail('there is a comma before "}" that must be removed', comma);
      if (this.pos >= this.text.length) this.failAtEnd();
      if (c === "'") this.fail("keys must be in double quotes \"...\", not single quotes '...'");
      if (c === '/') this.fail('comments are not allowed in JSON');
      if (c !== '"') this.fail(`expected a key in double quotes, found ${quote(this.word() || c)}`);
      const keyOffset = this.pos;
      const key = this.string();
      this.noteKey(keys, key, keyOffset);
      this.skipSpace();
      if (this.text.charAt(this.pos) !== ':') {
        if (this.pos >= this.text.length) this.failAtEnd();
        this.fail(`a colon ":" is missing after the key ${quote(key)}`);
      }
      this.pos++;
      this.path.push(key);
      this.value();
      this.path.pop();
      this.skipSpace();
      const next = this.text.charAt(this.pos);
      if (next === '}') return this.closeObject(keys);
      if (next === ',') {
        comma = this.pos++;
        continue;
      }
      if (this.pos >= this.text.length) this.failAtEnd();
      if (next === '"') this.fail('a comma "," is missing before this key');
      if (next === '/') this.fail('comments are not allowed in JSON');
      this.fail(`expected a comma "," or "}" after the value, found ${quote(this.word() || next)}`);
    }
  }

  private array(): void {
    this.enter('[');
    this.skipSpace();
    if (this.text.charAt(this.pos) === ']') return this.leave();
    let comma = -1;
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.text.charAt(this.pos) === ']' && comma >= 0) {
        this.fail('there is a comma before "]" that must be removed', comma);
      }
      this.path.push(index);
      this.value();
      this.path.pop();
      this.skipSpace();
      const next = this.text.charAt(this.pos);
      if (next === ']') return this.leave();
      if (next === ',') {
        comma = this.pos++;
        continue;
      }
      if (this.pos >= this.text.length) this.failAtEnd();
      if (next === '/') this.fail('comments are not allowed in JSON');
      if (next === '}') this.fail('this "}" closes a list: use "]"');
      this.fail(`a comma "," is missing before this item, or a "]" to close the list`);
    }
  }

  /** Reads a string at the current position and returns its value. */
  private string(): string {
    const start = this.pos;
    const text = this.text;
    let escaped = false;
    let i = start + 1;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 34) break;
      if (code === 92) {
        escaped = true;
        const e = text.charAt(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) this.fail('"\\u" must be followed by 4 hex digits', i);
          i += 5;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') {
          i++;
        } else {
          this.fail(`"\\${e}" is not a JSON escape: write a backslash as "\\\\"`, i);
        }
      } else if (code < 32) {
        this.fail(
          code === 10 || code === 13
            ? 'this text in quotes is not closed before the end of the line: a closing " is missing'
            : 'text in quotes contains a control character (a tab must be written "\\t")',
          code === 10 || code === 13 ? start : i,
        );
      }
    }
    if (i >= text.length) this.fail('this text in quotes is never closed: a closing " is missing', start);
    this.pos = i + 1;
    return escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    const token = this.word();
    if (match === null || match[0].length !== token.length) {
      this.fail(`${quote(token)} is not a number JSON allows (no leading zeros, "+" or bare ".")`);
    }
    this.pos += token.length;
  }

  private word(): string {
    WORD.lastIndex = this.pos;
    return WORD.exec(this.text)?.[0] ?? '';
  }

  private noteKey(keys: Map<string, number[]>, key: string, offset: number): void {
    const seen = keys.get(key);
    if (seen === undefined) keys.set(key, [offset]);
    else seen.push(offset);
  }

  private closeObject(keys: Map<string, number[]>): void {
    for (const [key, offsets] of keys) {
      if (offsets.length < 2) continue;
      this.duplicates.push({
        path: childPath(jsonPath(this.path), key),
        key,
        lines: offsets.map((o) => lineAndColumn(this.text, o).line),
      });
    }
    this.leave();
  }

  private enter(bracket: '{' | '['): void {
    if (this.open.length >= MAX_DEPTH) this.fail('the file nests brackets too deeply to be a school file');
    this.open.push({ offset: this.pos, bracket });
    this.pos++;
  }

  private leave(): void {
    this.open.pop();
    this.pos++;
  }

  private skipSpace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const code = text.charCodeAt(pos);
      if (code === 32 || code === 10 || code === 13 || code === 9) pos++;
      else break;
    }
    this.pos = pos;
  }

  private failAtEnd(): never {
    const innermost = this.open[this.open.length - 1];
    if (innermost === undefined) this.fail('the file ends where a value was expected');
    const { line, column } = lineAndColumn(this.text, innermost.offset);
    const closer = innermost.bracket === '{' ? '}' : ']';
    this.fail(`the file ends too early: the "${innermost.bracket}" at line ${line}, column ${column} is never closed with "${closer}"`);
  }

  private fail(message: string, offset = this.pos): never {
    throw new SyntaxFault(offset, message);
  }
}
