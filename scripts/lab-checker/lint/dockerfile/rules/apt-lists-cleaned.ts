import type {RuleHit} from '../../types.js';
import {splitCommands} from '../../shared/shell.js';
import {cacheMountTargets, lineOf, runScript} from '../model.js';
import type {DockerfileRule} from '../rule.js';
import {isAptInstall, removesAptLists} from './apt.js';

/**
 * The package lists (~20–40 MB) only leave the image if they are deleted in the same
 * RUN (same layer) after the install. A BuildKit cache mount on /var/lib/apt/lists
 * keeps them out of the layer too.
 */
export const aptListsCleaned: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apt-lists-cleaned',
  description: 'A RUN with apt-get install ends with rm -rf /var/lib/apt/lists/* in the same RUN.',
  severity: 'error',
  check({dockerfile}) {
    const hits: RuleHit[] = [];
    for (const instruction of dockerfile.getInstructions()) {
      if (instruction.getKeyword() !== 'RUN') continue;
      if (cacheMountTargets(instruction).includes('/var/lib/apt/lists')) continue;
      const commands = splitCommands(runScript(instruction, dockerfile.getEscapeCharacter()));
      const lastInstall = commands.map(isAptInstall).lastIndexOf(true);
      if (lastInstall < 0) continue;
      if (commands.slice(lastInstall + 1).some(removesAptLists)) continue;
      hits.push({
        line: lineOf(instruction),
        message:
          'This RUN installs apt packages but leaves the package lists in the image: end the same RUN with && rm -rf /var/lib/apt/lists/*',
      });
    }
    return hits;
  },
};
