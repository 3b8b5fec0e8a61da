/**
 * The run-time grammars (runtime.ts), loaded only when a block needs them: a command a component
 * renders, mounted by a client-side visit. A first visit keeps the server's coloured lines and
 * downloads no grammar at all.
 */
import type * as Runtime from './runtime';

let runtime: typeof Runtime | undefined;
let loading: Promise<typeof Runtime> | undefined;

export function loadRuntime(): Promise<typeof Runtime> {
  loading ??= import('./runtime').then(
    (module) => (runtime = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function loadedRuntime(): typeof Runtime | undefined {
  return runtime;
}
