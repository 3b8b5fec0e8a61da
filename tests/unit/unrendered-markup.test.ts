import {describe, expect, it} from 'vitest';
import {unrenderedAdmonitions} from '../../scripts/lib/unrendered-markup';

describe('unrenderedAdmonitions', () => {
  it('finds an admonition fence shown as a paragraph', () => {
    expect(unrenderedAdmonitions('<p>:::info In 20 minutes\nDo <strong>workflow 1</strong></p>')).toEqual([':::info In 20 minutes\nDo']);
    expect(unrenderedAdmonitions('<div>\n:::tip[Names]</div>')).toHaveLength(1);
  });
  it('leaves rendered boxes and fences shown in code alone', () => {
    expect(unrenderedAdmonitions('<div class="theme-admonition theme-admonition-info"><p>Do workflow 1</p></div>')).toEqual([]);
    expect(unrenderedAdmonitions('<pre><code>:::tip Title\n:::</code></pre><p>Write <code>:::tip[Title]</code>.</p>')).toEqual([]);
  });
});
