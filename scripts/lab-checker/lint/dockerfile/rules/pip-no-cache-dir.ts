import type {RuleHit} from '../../types.js';
import {basename, inlineAssignments, programIndex, splitCommands, type SimpleCommand} from '../../shared/shell.js';
import {cacheMountTargets, environmentAt, lineOf, runScript} from '../model.js';
import type {DockerfileRule} from '../rule.js';

/** pip's download cache is dead weight in an image layer (often hundreds of MB for the data stack). */
export const pipNoCacheDir: DockerfileRule = {
  kind: 'dockerfile',
  id: 'pip-no-cache-dir',
  description: 'Every `pip install` in a RUN uses --no-cache-dir (or PIP_NO_CACHE_DIR is set).',
  severity: 'error',
  check({stages, dockerfile}) {
    const hits: RuleHit[] = [];
    for (const stage of stages) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'RUN') continue;
        const line = lineOf(instruction);
        const cacheOffByEnv = disablesCache(environmentAt(stage, line).get('PIP_NO_CACHE_DIR'));
        // A BuildKit cache mount keeps pip's cache out of the layer (and speeds rebuilds).
        if (cacheMountTargets(instruction).some((target) => /\.cache(\/pip)?$/.test(target))) continue;
        for (const command of splitCommands(runScript(instruction, dockerfile.getEscapeCharacter()))) {
          if (!isPipInstall(command) || cacheOffByEnv || keepsNoCache(command)) continue;
          hits.push({
            line,
            message: `"${command.text}" keeps pip's download cache in the image: add --no-cache-dir, e.g. pip install --no-cache-dir -r requirements.txt`,
          });
        }
      }
    }
    return hits;
  },
};

/** Finds pip anywhere in the command, so `sh -c "pip install x"` counts too. */
function isPipInstall({words}: SimpleCommand): boolean {
  for (let i = programIndex(words); i < words.length; i += 1) {
    const program = basename(words[i] ?? '');
    // `uv pip install` is uv, which has its own cache rules.
    if (/^pip(\d+(\.\d+)?)?$/.test(program) && words[i - 1] !== 'uv' && firstSubcommand(words, i + 1) === 'install') return true;
    if (
      /^python(\d+(\.\d+)?)?$/.test(program) &&
      words[i + 1] === '-m' &&
      words[i + 2] === 'pip' &&
      firstSubcommand(words, i + 3) === 'install'
    ) {
      return true;
    }
  }
  return false;
}

function firstSubcommand(words: readonly string[], from: number): string | undefined {
  return words.slice(from).find((w) => !w.startsWith('-'));
}

function keepsNoCache(command: SimpleCommand): boolean {
  return command.words.includes('--no-cache-dir') || disablesCache(inlineAssignments(command.words).get('PIP_NO_CACHE_DIR'));
}

/**
 * pip disables its cache for ANY valid boolean in PIP_NO_CACHE_DIR, even "0"/"off"/"false"
 * (kept for backwards compatibility); an invalid value makes pip fail, so it does not count.
 */
export function disablesCache(value: string | undefined): boolean {
  return value !== undefined && /^(y|yes|t|true|on|1|n|no|f|false|off|0)$/i.test(value.trim());
}
