/**
 * The languages the site highlights. Code blocks in docs and decks are tokenised at build time in
 * any of them; code that components render from lab manifests at run time (commands) is only ever
 * bash or PowerShell, so only those two grammars are sent to the browser.
 */
export const BUILD_LANGUAGES = ['bash', 'docker', 'ini', 'json', 'nginx', 'powershell', 'python', 'sql', 'yaml'] as const;

export const RUNTIME_LANGUAGES = ['bash', 'powershell'] as const;

/** Shown as they are, without highlighting. */
export const PLAIN_LANGUAGES: readonly string[] = ['text', 'txt', 'plain', 'console', 'output'];
