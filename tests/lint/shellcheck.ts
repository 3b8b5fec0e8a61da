/**
 * Whether ShellCheck runs here, for the tests of `script-shellcheck`. Where it is missing those
 * tests skip, with the reason; with REQUIRE_SHELLCHECK=1 (set by `.ci/run`) a missing ShellCheck
 * fails the test file instead, so CI can never pass by skipping them.
 */
import {spawnSync} from 'node:child_process';

const probe = spawnSync('shellcheck', ['--version'], {encoding: 'utf8'});

/** Why ShellCheck cannot run here, or undefined when it can. */
export const noShellcheck: string | undefined =
  probe.status === 0
    ? undefined
    : `\`shellcheck --version\` fails here (${(probe.error?.message ?? probe.stderr ?? '').trim().split('\n')[0] || `exit ${String(probe.status)}`}): install Debian's shellcheck package to run these tests`;

if (noShellcheck !== undefined && process.env.REQUIRE_SHELLCHECK === '1') throw new Error(`REQUIRE_SHELLCHECK=1, but ${noShellcheck}`);

/** The version ShellCheck reports, e.g. "0.9.0", or undefined where it is missing. */
export const shellcheckVersion: string | undefined = /^version:\s*(\S+)/m.exec(probe.stdout ?? '')?.[1];
