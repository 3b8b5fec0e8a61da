import type {RuleHit} from '../../types.js';
import {lineOf, runScript} from '../model.js';
import type {DockerfileRule} from '../rule.js';
import {aptInstalls} from './apt.js';

/**
 * Recommended packages often double an image's size. A warning, not an error:
 * occasionally a lab really wants them, and the image still works either way.
 */
export const aptNoInstallRecommends: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apt-no-install-recommends',
  description: 'apt-get install uses --no-install-recommends.',
  severity: 'warning',
  check({dockerfile}) {
    const hits: RuleHit[] = [];
    for (const instruction of dockerfile.getInstructions()) {
      if (instruction.getKeyword() !== 'RUN') continue;
      for (const install of aptInstalls(runScript(instruction, dockerfile.getEscapeCharacter()))) {
        const optedOut =
          install.words.includes('--no-install-recommends') || install.words.some((w) => /^APT::Install-Recommends=(false|0|no)$/i.test(w));
        if (optedOut) continue;
        hits.push({
          line: lineOf(instruction),
          message: `"${install.text}" also installs recommended packages: add --no-install-recommends`,
        });
      }
    }
    return hits;
  },
};
