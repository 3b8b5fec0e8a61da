import type {ComposeRule} from '../rule.js';

/** Without parseable YAML no other compose rule can run, so say so plainly. */
export const composeValidYaml: ComposeRule = {
  kind: 'compose',
  id: 'compose-valid-yaml',
  description: 'The Compose file is valid YAML.',
  severity: 'error',
  check({yamlErrors}) {
    return yamlErrors.map(({line, message}) => ({
      line,
      message: `This is not valid YAML (${message}): check indentation (spaces, not tabs) and quoting`,
    }));
  },
};
