import type {DockerfileRule} from '../rule.js';

/**
 * Without .dockerignore, `docker build` sends everything (.git, data, venvs, secrets
 * in .env) to the daemon and a `COPY . .` bakes it into the image.
 */
export const dockerignorePresent: DockerfileRule = {
  kind: 'dockerfile',
  id: 'dockerignore-present',
  description: 'The build context has a .dockerignore (or <Dockerfile>.dockerignore next to the Dockerfile).',
  severity: 'error',
  check({hasDockerignore}) {
    if (hasDockerignore) return [];
    return [
      {
        line: 1,
        message:
          'The build context has no .dockerignore: add one next to this Dockerfile that excludes at least .git, .env, __pycache__/ and .ipynb_checkpoints/',
      },
    ];
  },
};
