import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain Node script without type declarations
import { brokenLinks, headingAnchor } from './doc-links.mjs';

describe('links in README.md and docs/', () => {
  it('all lead to a file of the repository and to a heading that exists', () => {
    expect(brokenLinks()).toEqual([]);
  });

  it('finds a missing file, a link out of the repository and a missing heading', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-doc-links-'));
    const file = path.join(dir, 'page.md');
    fs.writeFileSync(file, '# Quick start\n[a](missing.md) [b](../../outside.md) [c](#quick-start) [d](#nowhere) [e](https://example.org/x)\n');
    const broken = brokenLinks([file], dir).map((b: string) => b.replace(/^.*?: /, ''));
    expect(broken).toEqual(['missing.md (no such file)', '../../outside.md (outside the repository)', '#nowhere (no such heading)']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('makes anchors as GitHub does', () => {
    expect(headingAnchor('Backup and restore')).toBe('backup-and-restore');
    expect(headingAnchor('`npm start`: the quick start')).toBe('npm-start-the-quick-start');
  });
});
