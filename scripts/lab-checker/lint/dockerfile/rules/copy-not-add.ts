import type {RuleHit} from '../../types.js';
import {isExecForm} from './exec-form-cmd.js';
import {flagValues, lineOf} from '../model.js';
import type {DockerfileRule} from '../rule.js';

const URL = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
const LOCAL_ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;

/**
 * ADD does magic COPY does not: it unpacks local tar archives and downloads URLs.
 * Decision: a local tar archive is a legitimate ADD (COPY cannot unpack it); a URL
 * is allowed only with --checksum, so the build fails instead of silently changing
 * when the download does; every other ADD should be COPY.
 */
export const copyNotAdd: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-not-add',
  description: 'Use COPY for local files; ADD only to unpack a local tar archive or to fetch a URL with --checksum.',
  severity: 'error',
  check({dockerfile}) {
    const hits: RuleHit[] = [];
    for (const instruction of dockerfile.getInstructions()) {
      if (instruction.getKeyword() !== 'ADD') continue;
      const sources = addSources(
        instruction.getArgumentsContent() ?? '',
        instruction.getArguments().map((a) => a.getValue()),
      );
      const hasChecksum = flagValues(instruction, 'checksum').some((value) => value !== '');
      const line = lineOf(instruction);
      for (const source of sources) {
        if (URL.test(source)) {
          if (!hasChecksum) {
            hits.push({
              line,
              message: `ADD ${source} downloads without verifying it: add --checksum=sha256:<hash>, or download in a RUN and check the hash there`,
            });
          }
        } else if (!LOCAL_ARCHIVE.test(source)) {
          const args = (instruction.getArgumentsContent() ?? '').trim();
          hits.push({line, message: `ADD ${args} copies a local file: use COPY ${args} (ADD would also unpack archives and fetch URLs)`});
          break;
        }
      }
    }
    return hits;
  },
};

function addSources(argumentsContent: string, words: string[]): string[] {
  const trimmed = argumentsContent.trim();
  if (isExecForm(trimmed)) {
    const parsed = JSON.parse(trimmed) as string[];
    return parsed.slice(0, -1);
  }
  // getArguments() has already dropped flags such as --chown.
  return words.slice(0, -1);
}
