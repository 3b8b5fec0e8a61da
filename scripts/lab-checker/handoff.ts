/**
 * Files one lab's check leaves for a later lab's check in the same run: the model lab 03's notebook
 * pickles is the model lab 04's API must load, as it is for students. Kept in one folder per run,
 * removed with the run's other leftovers.
 */
import {chmodSync, existsSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {removeFolder, type FolderEngine} from './remove-folder';

function runFolder(runId: string): string {
  return path.join(tmpdir(), `labcheck-handoff-${runId}`);
}

/** Where a lab's checks put what they hand over; created writable for the containers' users. */
export function handoffFolder(runId: string, labId: string): string {
  const folder = path.join(runFolder(runId), labId);
  mkdirSync(folder, {recursive: true});
  // A container writes here as its own user (uid 1000), whoever runs the checker.
  chmodSync(runFolder(runId), 0o755);
  chmodSync(folder, 0o777);
  return folder;
}

/** A path a lab handed over in this run, or undefined when that lab did not (not run, or failed). */
export function handedOver(runId: string, labId: string, relativePath: string): string | undefined {
  const found = path.join(runFolder(runId), labId, relativePath);
  return existsSync(found) ? found : undefined;
}

/** Removes the run's hand-over folder, with the files lab 03's container wrote there as uid 1000. */
export async function removeHandoffs(runId: string, engine: Omit<FolderEngine, 'runId'>): Promise<void> {
  const problem = await removeFolder(runFolder(runId), {...engine, runId});
  // A leftover in the temp folder must not turn a finished run into a failed one.
  if (problem) console.warn(problem);
}
