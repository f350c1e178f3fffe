import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown(
      '## What happened\n\nThe **UK** recognised the *USSR*.\n\n- one\n- two',
    );
    expect(html).toContain('<h2>What happened</h2>');
    expect(html).toContain('<strong>UK</strong>');
    expect(html).toContain('<em>USSR</em>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
  });

  it('returns an empty string for blank input', () => {
    expect(renderMarkdown('   \n ')).toBe('');
  });

  it('strips <script> elements and their content', () => {
    const html = renderMarkdown(
      'Hello <script>alert("x")</script> world\n\n<script src="https://evil.example/x.js"></script>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert');
    expect(html).toContain('Hello');
  });

  it('strips on* event-handler attributes', () => {
    const html = renderMarkdown(
      '<p onclick="steal()">Click</p>\n\n<a href="https://example.org" onmouseover="steal()">x</a>',
    );
    expect(html).not.toMatch(/onclick|onmouseover|steal/i);
    expect(html).toContain('Click');
  });

  it('drops javascript: and data: URLs from links', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">b</a> [c](data:text/html;base64,PHNjcmlwdD4=)',
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).toContain('>a</a>');
  });

  it('removes raw iframes, objects and images', () => {
    const html = renderMarkdown(
      'Before\n\n<iframe src="https://evil.example"></iframe>\n\n<object data="x.swf"></object>\n\n![pic](https://example.org/p.png)',
    );
    expect(html).not.toMatch(/<iframe|<object|<img/i);
    expect(html).not.toContain('evil.example');
    expect(html).toContain('Before');
  });

  it('gives every link rel="nofollow noopener", overriding any rel supplied', () => {
    const html = renderMarkdown(
      '[Wikipedia](https://en.wikipedia.org/wiki/1924) and <a href="https://example.org" rel="me" target="_blank">x</a>',
    );
    expect(html).toContain(
      '<a href="https://en.wikipedia.org/wiki/1924" rel="nofollow noopener">Wikipedia</a>',
    );
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener">x</a>');
    expect(html).not.toContain('target=');
  });

  it('demotes h1 so the page keeps a single h1', () => {
    expect(renderMarkdown('# Title')).toBe('<h2>Title</h2>');
  });

  it('strips style attributes and <style> blocks', () => {
    const html = renderMarkdown('<style>body{display:none}</style><p style="color:red">Text</p>');
    expect(html).toBe('<p>Text</p>');
  });
});
