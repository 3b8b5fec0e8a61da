import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deflateSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import cheatsheetPdfPlugin from '../../src/plugins/cheatsheet-pdf';
import {normalisePdf} from '../../src/plugins/cheatsheet-pdf/normalise';
import {readPdf, withoutSpace} from '../../src/plugins/cheatsheet-pdf/pdf';
import {CHEATSHEET_PDFS, type CheatsheetPdfGlobalData} from '../../src/plugins/cheatsheet-pdf/types';
import {cheatsheetCode, printedCode} from './cheatsheet-source';

/** A PDF file of the given objects (object n is `objects[n - 1]`), with a cross-reference table. */
function pdfOf(objects: readonly (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)];
  parts.push(
    Buffer.from(`${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer | string, compress: boolean): Buffer {
  const bytes = compress ? deflateSync(Buffer.from(data)) : Buffer.from(data);
  const filter = compress ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([Buffer.from(`<< ${dict}${filter} /Length ${bytes.length} >>\nstream\n`), bytes, Buffer.from('\nendstream')]);
}

const samplePdf = pdfOf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  // The first page inherits its size (A4) from the page tree.
  '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 595.28 841.89] >>',
  '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F2 5 0 R >> >> /Contents 6 0 R >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F2 5 0 R >> >> /Contents [7 0 R 8 0 R] >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  stream('', 'BT /F2 8 Tf 10 30 Td (Hello \\(world\\)) Tj ET', true),
  stream('', 'BT /F2 8 Tf 10 10 Td (docker) Tj ET', false),
  stream('', 'BT /F2 8 Tf 40 10 Td [(p) 20 (s)] TJ ET', true),
]);

describe('readPdf', () => {
  it('counts the pages of the page tree, with their sizes, inherited or their own', async () => {
    const pages = await readPdf(samplePdf);
    expect(pages.map((p) => [p.width, p.height])).toEqual([
      [595.28, 841.89],
      [612, 792],
    ]);
  });

  it("reads each page's own text, compressed or not", async () => {
    const [first, second] = await readPdf(samplePdf);
    expect(first?.text).toContain('Hello (world)');
    // Two content streams make one page.
    expect(withoutSpace(second?.text ?? '')).toBe('dockerps');
    expect(second?.text).not.toContain('Hello');
  });

  it('refuses a file that is not a PDF instead of answering', async () => {
    await expect(readPdf(Buffer.from('not a pdf'))).rejects.toThrow();
    await expect(readPdf(pdfOf(['<< /Type /Pages /Kids [] /Count 0 >>']))).rejects.toThrow();
  });
});

describe('normalisePdf', () => {
  /** A PDF as a browser prints it at `time` (a PDF date's digits) with identifier `id`: only those vary. */
  const printedAt = (time: string, id: string, page = 'A4'): Buffer => {
    const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description
 xmp:MetadataDate="${time.slice(0, 4)}-${time.slice(4, 6)}-${time.slice(6, 8)}T${time.slice(8, 10)}:${time.slice(10, 12)}Z"><xmp:CreateDate>${time.slice(0, 4)}-${time.slice(4, 6)}-${time.slice(6, 8)}T${time.slice(8, 10)}:${time.slice(10, 12)}:${time.slice(12, 14)}+01:00</xmp:CreateDate>
<xmp:ModifyDate>${time.slice(0, 4)}-${time.slice(4, 6)}-${time.slice(6, 8)}T${time.slice(8, 10)}:${time.slice(10, 12)}:${time.slice(12, 14)}.25-05:00</xmp:ModifyDate>
<xmpMM:DocumentID>uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}</xmpMM:DocumentID>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
    return pdfOf(
      [
        '<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595.28 841.89] >>',
        '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F2 5 0 R >> >> /Contents 4 0 R >>',
        stream('', `BT /F2 8 Tf 10 10 Td (docker run ${page}) Tj ET`, true),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        stream('/Type /Metadata /Subtype /XML', xmp, false),
        `<< /Title (Docker cheatsheet) /CreationDate (D:${time}+00'00') /ModDate (D:${time}-05'00') >>`,
      ],
      ` /Info 7 0 R /ID [<${id}> <${id}>]`,
    );
  };
  const first = printedAt('20261201150250', '0123456789abcdef0123456789abcdef');
  const second = printedAt('20270315093107', 'fedcba9876543210fedcba9876543210');

  it('gives two prints of one page the same bytes, of the same length, where the prints differ', () => {
    expect(first.equals(second)).toBe(false);
    const [a, b] = [normalisePdf(first), normalisePdf(second)];
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBe(first.length);
    const text = a.toString('latin1');
    expect(text).toContain("/CreationDate (D:20000101000000+00'00')");
    expect(text).toContain("/ModDate (D:20000101000000+00'00')");
    expect(text).toContain('<xmp:CreateDate>2000-01-01T00:00:00+00:00</xmp:CreateDate>');
    expect(text).toContain('<xmp:ModifyDate>2000-01-01T00:00:00.00+00:00</xmp:ModifyDate>');
    expect(text).toContain('xmp:MetadataDate="2000-01-01T00:00Z"');
    expect(text).not.toContain('2026');
    expect(text).not.toContain('0123456789abcdef');
    expect(text).toMatch(/uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}</);
    expect(text).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });

  it('keeps the file readable, offsets and all, and changes nothing twice', async () => {
    const normalised = normalisePdf(first);
    expect(await readPdf(normalised)).toEqual(await readPdf(first));
    expect((await readPdf(normalised))[0]?.text).toContain('docker run A4');
    // Each object still starts where the cross-reference table says it does.
    const text = normalised.toString('latin1');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBe(7);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
    expect(normalisePdf(normalised).equals(normalised)).toBe(true);
  });

  it('gives different PDFs different identifiers', () => {
    const letter = normalisePdf(printedAt('20261201150250', '0123456789abcdef0123456789abcdef', 'Letter'));
    const idOf = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(idOf(letter)).toBeDefined();
    expect(idOf(letter)).not.toBe(idOf(normalisePdf(first)));
  });
});

describe('the cheatsheet PDF plugin', () => {
  const plugin = cheatsheetPdfPlugin({} as LoadContext) as Plugin<unknown> & {
    loadContent: () => Promise<unknown>;
    contentLoaded: (args: {content: unknown; actions: {setGlobalData: (data: unknown) => void}}) => void;
    postBuild: (args: {content: unknown; outDir: string; baseUrl: string}) => Promise<void>;
  };
  const globalDataOf = (content: unknown): CheatsheetPdfGlobalData => {
    let data: unknown;
    plugin.contentLoaded({content, actions: {setGlobalData: (d) => (data = d)}});
    return data as CheatsheetPdfGlobalData;
  };

  it('outside a production build (docusaurus start), looks for no browser and links to no PDF', async () => {
    expect(process.env.NODE_ENV).not.toBe('production');
    const content = await plugin.loadContent();
    expect(content).toEqual({});
    expect(globalDataOf(content).pdfs).toEqual([]);
    // The course zip holds the PDFs: no PDFs, no course zip, and no link to one.
    expect(globalDataOf(content).courseBundle).toBe(false);
  });

  it('links to every paper format, and to the course zip, when the build has a browser to print with', () => {
    expect(globalDataOf({executablePath: '/usr/bin/chromium'}).pdfs).toEqual(CHEATSHEET_PDFS);
    expect(globalDataOf({executablePath: '/usr/bin/chromium'}).courseBundle).toBe(true);
  });

  it('writes nothing after a build without a browser', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'cheatsheet-out-'));
    try {
      await plugin.postBuild({content: {}, outDir, baseUrl: '/'});
      expect(existsSync(path.join(outDir, 'downloads'))).toBe(false);
    } finally {
      rmSync(outDir, {recursive: true, force: true});
    }
  });

  it('names one PDF per paper format, each in downloads/', () => {
    expect(new Set(CHEATSHEET_PDFS.map((p) => p.format)).size).toBe(CHEATSHEET_PDFS.length);
    for (const pdf of CHEATSHEET_PDFS) expect(pdf.file).toMatch(/^downloads\/[a-z0-9-]+\.pdf$/);
  });
});

describe('the cheatsheet source', () => {
  const code = cheatsheetCode();

  it('has the code the print tests look for', () => {
    expect(code.inline.length).toBeGreaterThan(100);
    expect(code.blocks.map((b) => b.lang)).toEqual(expect.arrayContaining(['bash', 'powershell', 'yaml']));
    expect(printedCode(code)).toContain('docker image prune -a');
  });

  it('publishes every port in its examples on 127.0.0.1 only', () => {
    const lines = printedCode(code);
    const published = lines.flatMap((line) =>
      [...line.matchAll(/(?:-p|--publish)[ =](\S+)|ports:\s*\[?"?([^\]"]+)/g)].map((m) => m[1] ?? m[2] ?? ''),
    );
    expect(published.length).toBeGreaterThan(2);
    for (const spec of published) expect(spec, `port ${spec}`).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('gives PowerShell its own form of the current folder wherever a command mounts it', () => {
    const blocks = code.blocks.filter((b) => b.text.includes('$(pwd)'));
    expect(blocks.length).toBeGreaterThan(0);
    const powershell = code.blocks.filter((b) => b.lang === 'powershell');
    expect(powershell.length).toBeGreaterThan(0);
    for (const block of powershell) {
      expect(block.text).not.toContain('$(pwd)');
      expect(block.text).toContain('${PWD}');
    }
  });
});
