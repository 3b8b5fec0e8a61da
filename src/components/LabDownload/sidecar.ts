/**
 * Reads a SHA-256 sidecar file (`<64 hex digits>  <file name>`, as `sha256sum` writes it): the hash
 * of the file named, or undefined when the text is not such a line for that file.
 */
export function sha256FromSidecar(text: string, fileName: string): string | undefined {
  const line = /^([0-9a-f]{64}) [ *](.+)\n?$/.exec(text);
  return line && line[2] === fileName ? line[1] : undefined;
}
