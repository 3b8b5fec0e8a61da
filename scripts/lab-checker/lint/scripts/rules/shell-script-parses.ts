import {spawn} from 'node:child_process';
import type {RuleHit} from '../../types.js';
import {isShellScriptName, type ScriptRule} from '../rule.js';

/** `bash -n` reads the whole script without running it and reports syntax errors with a line. */
function bashNoExec(file: string): Promise<{code: number; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-n', file], {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({code: code ?? 1, stderr}));
  });
}

export async function bashSyntaxErrors(file: string): Promise<RuleHit[]> {
  const {code, stderr} = await bashNoExec(file);
  if (code === 0) return [];
  const first = stderr.split('\n').find((line) => /line \d+:/.test(line)) ?? stderr.trim();
  const line = Number(/line (\d+):/.exec(first)?.[1] ?? 1);
  const said = first.replace(/^.*?line \d+:\s*/, '');
  return [
    {
      line,
      message: `bash cannot read this script: ${said || 'syntax error'}. Check the quotes and the if/fi, do/done and case/esac pairs around this line.`,
    },
  ];
}

export const shellScriptParses: ScriptRule = {
  kind: 'script',
  id: 'shell-script-parses',
  description: 'Every .sh script passes `bash -n` (no syntax errors).',
  severity: 'error',
  appliesTo: isShellScriptName,
  check: (file) => bashSyntaxErrors(file),
};
