/** Reading apt-get commands in RUN scripts, shared by the two apt rules. */
import {basename, programIndex, splitCommands, type SimpleCommand} from '../../shared/shell.js';

export function isAptInstall({words}: SimpleCommand): boolean {
  const start = programIndex(words);
  const program = basename(words[start] ?? '');
  if (program !== 'apt-get' && program !== 'apt') return false;
  const rest = words.slice(start + 1);
  // Skip options, including `-o Key=Value` pairs.
  for (let i = 0; i < rest.length; i += 1) {
    const word = rest[i] ?? '';
    if (word === '-o') {
      i += 1;
      continue;
    }
    if (!word.startsWith('-')) return word === 'install';
  }
  return false;
}

export function aptInstalls(script: string): SimpleCommand[] {
  return splitCommands(script).filter(isAptInstall);
}

export function removesAptLists({words}: SimpleCommand): boolean {
  const start = programIndex(words);
  if (basename(words[start] ?? '') !== 'rm') return false;
  const args = words.slice(start + 1);
  const recursive = args.some((w) => /^-[a-zA-Z]*[rR]/.test(w) || w === '--recursive');
  return recursive && args.some((w) => /^\/var\/lib\/apt\/lists(\/|$)/.test(w));
}
