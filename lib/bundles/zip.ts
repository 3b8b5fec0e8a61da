/**
 * A deterministic zip writer: the same files give the same bytes on every machine and every day.
 * Entries are written in the order given (callers sort them), with one fixed timestamp, Unix
 * permissions the caller chooses, and DEFLATE at a fixed level. No extra fields, no comments.
 */
import {crc32, deflateRawSync} from 'node:zlib';

export interface ZipEntry {
  /** Path inside the zip, with `/` separators; a folder ends with `/`. */
  readonly name: string;
  /** The file's bytes; absent for a folder. */
  readonly data?: Buffer;
  /** Unix permission bits, such as 0o644 or 0o755. */
  readonly mode: number;
}

/** 1 January 2000, 00:00, in MS-DOS form: zip's own timestamp field has no time zone. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}
function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const names = new Set<string>();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`zip: ${entry.name} is in the list twice`);
    names.add(entry.name);
    const isFolder = entry.name.endsWith('/');
    if (isFolder !== (entry.data === undefined)) throw new Error(`zip: ${entry.name}: a folder ends with / and has no data`);
    const name = Buffer.from(entry.name, 'utf8');
    const raw = entry.data ?? Buffer.alloc(0);
    const deflated = isFolder ? raw : deflateRawSync(raw, {level: 9});
    // Stored when deflating would not make it smaller (tiny or already compressed files).
    const method = !isFolder && deflated.length < raw.length ? 8 : 0;
    const body = method === 8 ? deflated : raw;
    const crc = crc32(raw);
    const common = [
      u16(20),
      u16(UTF8_NAMES),
      u16(method),
      u16(DOS_TIME),
      u16(DOS_DATE),
      u32(crc),
      u32(body.length),
      u32(raw.length),
      u16(name.length),
      u16(0),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, body]);
    const external = (((isFolder ? S_IFDIR : S_IFREG) | entry.mode) << 16) | (isFolder ? 0x10 : 0);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(MADE_BY_UNIX), ...common, u16(0), u16(0), u16(0), u32(external), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}
