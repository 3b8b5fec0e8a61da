/** Parsing image references (`registry:5000/name:tag@sha256:…`) and judging whether they are pinned. */

export interface ImageRef {
  /** Everything before the tag, registry included. */
  name: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(reference: string): ImageRef {
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : undefined;
  const rest = at >= 0 ? reference.slice(0, at) : reference;
  // A colon before the last slash belongs to a registry port, not a tag.
  const colon = rest.lastIndexOf(':');
  const tagged = colon > rest.lastIndexOf('/');
  return {
    name: tagged ? rest.slice(0, colon) : rest,
    ...(tagged ? {tag: rest.slice(colon + 1)} : {}),
    ...(digest !== undefined ? {digest} : {}),
  };
}

export type PinProblem = 'untagged' | 'latest' | 'empty-tag';

/** Why the reference is not pinned, or undefined when it is (a digest always pins). */
export function pinProblem(reference: string): PinProblem | undefined {
  const ref = parseImageRef(reference);
  if (ref.digest) return undefined;
  if (ref.tag === undefined) return 'untagged';
  if (ref.tag === '') return 'empty-tag';
  if (ref.tag === 'latest') return 'latest';
  return undefined;
}

// Examples in messages use the tags the course's conventions favour.
const EXAMPLE_TAGS: Record<string, string> = {
  python: '3.13-slim-trixie',
  debian: 'trixie-slim',
  postgres: '17-trixie',
  nginx: '1.30-trixie',
};

export function pinnedExample(name: string): string {
  const shortName = name.replace(/^(docker\.io\/)?(library\/)?/, '');
  return `${name}:${EXAMPLE_TAGS[shortName] ?? '<version>'}`;
}

/**
 * The sentence a student reads for an unpinned reference; `shown` is how the file
 * writes it (e.g. with ${VARS}) when that differs from the resolved `reference`.
 */
export function describePinProblem(keyword: string, reference: string, problem: PinProblem, shown = reference): string {
  const {name} = parseImageRef(reference);
  const fix = `pin a version, e.g. ${keyword} ${pinnedExample(name)}`;
  switch (problem) {
    case 'untagged':
      return `${keyword} ${shown} uses no tag: ${fix}`;
    case 'latest':
      return `${keyword} ${shown} uses \`latest\`, which changes under you: ${fix}`;
    case 'empty-tag':
      return `${keyword} ${shown} has an empty tag: ${fix}`;
  }
}
