/**
 * A small reader of the PDFs a browser prints: how many pages, how big each is, and its text.
 *
 * It reads what Chromium's printer (Skia) writes: plain indirect objects, Flate-compressed content
 * streams, and fonts whose `/ToUnicode` maps turn glyph codes back into characters. It is not a
 * general PDF parser (no object streams, no encryption, no other filters): a PDF it cannot read
 * makes it throw, rather than answer wrongly.
 */
import {inflateSync} from 'node:zlib';

interface PdfName {
  readonly kind: 'name';
  readonly name: string;
}
interface PdfString {
  readonly kind: 'string';
  readonly bytes: Buffer;
}
interface PdfRef {
  readonly kind: 'ref';
  readonly num: number;
}
interface PdfOperator {
  readonly kind: 'op';
  readonly op: string;
}
interface PdfDict {
  readonly kind: 'dict';
  readonly entries: Map<string, PdfValue>;
  /** The bytes of a stream object, as stored (decoded when read: images, say, are never decoded). */
  raw?: Buffer;
}
type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfDict | PdfValue[];
type Token = PdfValue | PdfOperator;

export interface PdfPage {
  /** Width and height in points (1/72 inch), from the page's MediaBox. */
  readonly width: number;
  readonly height: number;
  /** The text the page shows, in the order it is drawn; each run of text on its own line. */
  readonly text: string;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Reads PDF tokens (objects, and operators in content streams) from `data`, starting at `pos`. */
class Lexer {
  constructor(
    private readonly data: Buffer,
    public pos = 0,
  ) {}

  private skipSpace(): void {
    const {data} = this;
    while (this.pos < data.length) {
      const c = data[this.pos]!;
      if (WHITESPACE.has(c)) this.pos += 1;
      else if (c === 0x25 /* % */) {
        while (this.pos < data.length && data[this.pos] !== 0x0a && data[this.pos] !== 0x0d) this.pos += 1;
      } else break;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.data.length;
  }

  private peekText(length: number): string {
    return this.data.toString('latin1', this.pos, this.pos + length);
  }

  /** A run of regular characters (a name's body, a number or a keyword). */
  private regular(): string {
    const start = this.pos;
    while (this.pos < this.data.length && !WHITESPACE.has(this.data[this.pos]!) && !DELIMITERS.has(this.data[this.pos]!)) this.pos += 1;
    return this.data.toString('latin1', start, this.pos);
  }

  next(): Token | undefined {
    this.skipSpace();
    const {data} = this;
    if (this.pos >= data.length) return undefined;
    const c = String.fromCharCode(data[this.pos]!);
    if (this.peekText(2) === '<<') return this.dict();
    if (c === '<') return this.hexString();
    if (c === '(') return this.literalString();
    if (c === '[') return this.array();
    if (c === '/') {
      this.pos += 1;
      return {kind: 'name', name: this.regular().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))};
    }
    if (c === ']' || c === '>' || c === ')' || c === '{' || c === '}') {
      this.pos += c === '>' && this.peekText(2) === '>>' ? 2 : 1;
      return {kind: 'op', op: c === '>' ? '>>' : c};
    }
    const word = this.regular();
    if (word === '') throw new Error(`PDF: unexpected byte ${data[this.pos]} at ${this.pos}`);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      const value = Number(word);
      // `12 0 R` is a reference to object 12.
      if (/^\d+$/.test(word)) {
        const save = this.pos;
        this.skipSpace();
        const generation = this.regular();
        this.skipSpace();
        if (/^\d+$/.test(generation) && this.regular() === 'R') return {kind: 'ref', num: value};
        this.pos = save;
      }
      return value;
    }
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return {kind: 'op', op: word};
  }

  /** The next token, which must be a value (not an operator). */
  value(): PdfValue {
    const token = this.next();
    if (token === undefined || isOperator(token)) throw new Error(`PDF: expected a value at ${this.pos}`);
    return token;
  }

  private dict(): PdfDict {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      const key = this.next();
      if (key === undefined) throw new Error('PDF: unterminated dictionary');
      if (isOperator(key) && key.op === '>>') return {kind: 'dict', entries};
      if (!isName(key)) throw new Error(`PDF: a dictionary key must be a name (at ${this.pos})`);
      entries.set(key.name, this.value());
    }
  }

  private array(): PdfValue[] {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      const item = this.next();
      if (item === undefined) throw new Error('PDF: unterminated array');
      if (isOperator(item)) {
        if (item.op === ']') return items;
        throw new Error(`PDF: unexpected ${item.op} in an array`);
      }
      items.push(item);
    }
  }

  private hexString(): PdfString {
    const end = this.data.indexOf(0x3e /* > */, this.pos);
    if (end < 0) throw new Error('PDF: unterminated hex string');
    let hex = this.data.toString('latin1', this.pos + 1, end).replace(/\s+/g, '');
    if (hex.length % 2 === 1) hex += '0';
    this.pos = end + 1;
    return {kind: 'string', bytes: Buffer.from(hex, 'hex')};
  }

  private literalString(): PdfString {
    const {data} = this;
    const out: number[] = [];
    let depth = 0;
    this.pos += 1;
    while (this.pos < data.length) {
      const c = data[this.pos++]!;
      if (c === 0x5c /* \ */) {
        const e = data[this.pos++]!;
        const escapes: Record<number, number> = {0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c};
        if (escapes[e] !== undefined) out.push(escapes[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let octal = String.fromCharCode(e);
          while (octal.length < 3 && data[this.pos]! >= 0x30 && data[this.pos]! <= 0x37) octal += String.fromCharCode(data[this.pos++]!);
          out.push(parseInt(octal, 8) & 0xff);
        } else if (e === 0x0d) {
          if (data[this.pos] === 0x0a) this.pos += 1;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28 /* ( */) {
        depth += 1;
        out.push(c);
      } else if (c === 0x29 /* ) */) {
        if (depth === 0) return {kind: 'string', bytes: Buffer.from(out)};
        depth -= 1;
        out.push(c);
      } else out.push(c);
    }
    throw new Error('PDF: unterminated string');
  }
}

function isOperator(token: Token): token is PdfOperator {
  return typeof token === 'object' && token !== null && !Array.isArray(token) && token.kind === 'op';
}
function isName(value: Token | undefined): value is PdfName {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'name';
}
function isDict(value: PdfValue | undefined): value is PdfDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'dict';
}
function isString(value: PdfValue | undefined): value is PdfString {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'string';
}

/** Every indirect object of the file, by number. */
function readObjects(data: Buffer): Map<number, PdfValue> {
  const objects = new Map<number, PdfValue>();
  const text = data.toString('latin1');
  const header = /(\d+)\s+\d+\s+obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const lexer = new Lexer(data, match.index + match[0].length);
    const value = lexer.value();
    const after = /^\s*stream\r?\n/.exec(text.slice(lexer.pos, lexer.pos + 12));
    if (after && isDict(value)) {
      const start = lexer.pos + after[0].length;
      const length = value.entries.get('Length');
      const end = typeof length === 'number' ? start + length : text.indexOf('endstream', start);
      if (end < start) throw new Error(`PDF: object ${match[1]} has a stream without an end`);
      value.raw = data.subarray(start, end);
      header.lastIndex = end;
    } else header.lastIndex = lexer.pos;
    objects.set(Number(match[1]), value);
  }
  return objects;
}

const decoded = new WeakMap<PdfDict, Buffer>();

/** The decoded bytes of a stream (content, CMap, form), or undefined for an object that is no stream. */
function streamOf(dict: PdfDict | undefined): Buffer | undefined {
  if (!dict?.raw) return undefined;
  const known = decoded.get(dict);
  if (known) return known;
  const filter = dict.entries.get('Filter');
  const filters = filter === undefined ? [] : Array.isArray(filter) ? filter : [filter];
  let bytes = dict.raw;
  for (const f of filters) {
    if (!isName(f) || f.name !== 'FlateDecode') throw new Error(`PDF: a stream the text is in uses ${isName(f) ? f.name : 'a filter'}, which this reader does not decode`);
    bytes = inflateSync(bytes, {finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a stream cut short by its Length */});
  }
  decoded.set(dict, bytes);
  return bytes;
}

/** Maps a font's codes to text: its `/ToUnicode` CMap, or Latin-1 for a simple font without one. */
interface FontDecoder {
  readonly bytesPerCode: number;
  readonly toUnicode: Map<number, string>;
}

function utf16(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
  return out;
}

function code(bytes: Buffer): number {
  return bytes.reduce((sum, b) => sum * 256 + b, 0);
}

function parseToUnicode(cmap: Buffer): FontDecoder {
  const lexer = new Lexer(cmap);
  const operands: PdfValue[] = [];
  const toUnicode = new Map<number, string>();
  let bytesPerCode = 0;
  let section = '';
  while (!lexer.atEnd()) {
    const token = lexer.next()!;
    if (!isOperator(token)) {
      operands.push(token);
      continue;
    }
    if (/^begin(codespacerange|bfchar|bfrange)$/.test(token.op)) {
      section = token.op.slice(5);
      operands.length = 0;
    } else if (token.op === `end${section}`) {
      const args = operands.splice(0);
      if (section === 'codespacerange') {
        const first = args[0];
        if (isString(first)) bytesPerCode = first.bytes.length;
      } else if (section === 'bfchar') {
        for (let i = 0; i + 1 < args.length; i += 2) {
          const [src, dst] = [args[i], args[i + 1]];
          if (isString(src) && isString(dst)) toUnicode.set(code(src.bytes), utf16(dst.bytes));
        }
      } else if (section === 'bfrange') {
        for (let i = 0; i + 2 < args.length; i += 3) {
          const [lo, hi, dst] = [args[i], args[i + 1], args[i + 2]];
          if (!isString(lo) || !isString(hi)) continue;
          for (let c = code(lo.bytes); c <= code(hi.bytes); c += 1) {
            const offset = c - code(lo.bytes);
            if (Array.isArray(dst)) {
              const item = dst[offset];
              if (isString(item)) toUnicode.set(c, utf16(item.bytes));
            } else if (isString(dst)) {
              const base = utf16(dst.bytes);
              toUnicode.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + offset));
            }
          }
        }
      }
      section = '';
    } else operands.length = 0;
  }
  return {bytesPerCode: bytesPerCode || 2, toUnicode};
}

/** Reads `data` as a PDF: its pages in order, each with its size and text. */
export function readPdf(data: Buffer): PdfPage[] {
  if (data.toString('latin1', 0, 5) !== '%PDF-') throw new Error('PDF: the file does not start with %PDF-');
  const objects = readObjects(data);
  const resolve = (value: PdfValue | undefined): PdfValue | undefined => {
    let v = value;
    for (let hops = 0; typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'ref'; hops += 1) {
      if (hops > 32) throw new Error('PDF: a loop of references');
      v = objects.get(v.num);
    }
    return v;
  };
  const dictOf = (value: PdfValue | undefined): PdfDict | undefined => {
    const v = resolve(value);
    return isDict(v) ? v : undefined;
  };
  const typeOf = (dict: PdfDict): string | undefined => {
    const type = dict.entries.get('Type');
    return isName(type) ? type.name : undefined;
  };

  const catalog = [...objects.values()].find((v): v is PdfDict => isDict(v) && typeOf(v) === 'Catalog');
  const root = dictOf(catalog?.entries.get('Pages'));
  if (!root) throw new Error('PDF: no page tree found (a PDF with object streams is beyond this reader)');

  const decoders = new Map<PdfDict, FontDecoder>();
  const decoderOf = (font: PdfDict): FontDecoder => {
    let decoder = decoders.get(font);
    if (!decoder) {
      const cmap = dictOf(font.entries.get('ToUnicode'));
      const subtype = font.entries.get('Subtype');
      const cmapBytes = streamOf(cmap);
      decoder = cmapBytes
        ? parseToUnicode(cmapBytes)
        : {bytesPerCode: isName(subtype) && subtype.name === 'Type0' ? 2 : 1, toUnicode: new Map()};
      decoders.set(font, decoder);
    }
    return decoder;
  };
  const decode = (bytes: Buffer, font: PdfDict | undefined): string => {
    const decoder = font ? decoderOf(font) : {bytesPerCode: 1, toUnicode: new Map<number, string>()};
    let out = '';
    for (let i = 0; i + decoder.bytesPerCode <= bytes.length; i += decoder.bytesPerCode) {
      const c = code(bytes.subarray(i, i + decoder.bytesPerCode));
      out += decoder.toUnicode.get(c) ?? (decoder.bytesPerCode === 1 ? String.fromCharCode(c) : '\ufffd');
    }
    return out;
  };

  /** The text a content stream draws, with the form XObjects it paints, in drawing order. */
  const textOf = (content: Buffer, resources: PdfDict | undefined, depth: number): string => {
    if (depth > 16) throw new Error('PDF: forms nested too deep');
    const fonts = dictOf(resources?.entries.get('Font'));
    const xobjects = dictOf(resources?.entries.get('XObject'));
    const lexer = new Lexer(content);
    const operands: PdfValue[] = [];
    let font: PdfDict | undefined;
    let out = '';
    while (!lexer.atEnd()) {
      const token = lexer.next()!;
      if (!isOperator(token)) {
        operands.push(token);
        continue;
      }
      const {op} = token;
      if (op === 'Tf' && isName(operands[0])) font = dictOf(fonts?.entries.get(operands[0].name));
      else if (op === 'Tj' || op === "'" || op === '"') {
        const s = operands[operands.length - 1];
        if (isString(s)) out += (op === 'Tj' ? '' : '\n') + decode(s.bytes, font);
      } else if (op === 'TJ' && Array.isArray(operands[0])) {
        for (const item of operands[0]) {
          if (isString(item)) out += decode(item.bytes, font);
          // A wide gap moves the pen as far as a space would.
          else if (typeof item === 'number' && item < -250) out += ' ';
        }
      } else if (op === 'BT' || op === 'ET' || op === 'Td' || op === 'TD' || op === 'Tm' || op === 'T*') {
        if (!out.endsWith('\n')) out += '\n';
      } else if (op === 'Do' && isName(operands[0])) {
        const form = dictOf(xobjects?.entries.get(operands[0].name));
        const subtype = form?.entries.get('Subtype');
        const formBytes = isName(subtype) && subtype.name === 'Form' ? streamOf(form) : undefined;
        if (form && formBytes) out += '\n' + textOf(formBytes, dictOf(form.entries.get('Resources')) ?? resources, depth + 1) + '\n';
      } else if (op === 'BI') {
        // An inline image: skip its data, up to `EI`.
        const end = content.indexOf('EI', lexer.pos, 'latin1');
        lexer.pos = end < 0 ? content.length : end + 2;
      }
      operands.length = 0;
    }
    return out;
  };

  const pages: PdfPage[] = [];
  const walk = (node: PdfDict, inherited: {resources?: PdfDict; mediaBox?: PdfValue}, depth: number): void => {
    if (depth > 64) throw new Error('PDF: page tree too deep');
    const resources = dictOf(node.entries.get('Resources')) ?? inherited.resources;
    const mediaBox = resolve(node.entries.get('MediaBox')) ?? inherited.mediaBox;
    if (typeOf(node) === 'Pages') {
      const kids = resolve(node.entries.get('Kids'));
      for (const kid of Array.isArray(kids) ? kids : []) {
        const child = dictOf(kid);
        if (child) walk(child, {resources, mediaBox}, depth + 1);
      }
      return;
    }
    const box = Array.isArray(mediaBox) ? mediaBox.map((n) => resolve(n)) : [];
    if (box.length !== 4 || !box.every((n): n is number => typeof n === 'number')) throw new Error('PDF: a page without a MediaBox');
    const contents = resolve(node.entries.get('Contents'));
    const streams = (Array.isArray(contents) ? contents : [contents]).map((c) => streamOf(dictOf(c))).filter((s): s is Buffer => !!s);
    const [x0, y0, x1, y1] = box as [number, number, number, number];
    pages.push({width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), text: textOf(Buffer.concat(streams.flatMap((s) => [s, Buffer.from('\n')])), resources, 0)});
  };
  walk(root, {}, 0);
  return pages;
}

/** Text with every run of white space removed: compares text whatever the line breaks and spacing of a layout. */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
