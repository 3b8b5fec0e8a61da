/**
 * Markdown that reached a built page as text instead of markup: an admonition whose `:::` fence
 * was not understood (Docusaurus 3 wants `:::tip[Title]`; it shows `:::tip Title` as a
 * paragraph of text).
 */
const ADMONITION_FENCE = /(?:^|>)\s*(:::(?:note|tip|info|warning|danger|caution)\b[^<]{0,40})/gm;

/** The unrendered admonition fences in one page's HTML, as they read. */
export function unrenderedAdmonitions(html: string): string[] {
  // Code blocks may show a fence on purpose (a page about writing pages).
  const withoutCode = html.replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<code[\s\S]*?<\/code>/g, '');
  return [...withoutCode.matchAll(ADMONITION_FENCE)].map((match) => (match[1] ?? '').trim());
}
