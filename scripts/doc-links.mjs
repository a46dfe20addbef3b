// Checks the links in README.md, docs/**/*.md and the features' READMEs (src/features/*/README.md): every relative link must name a file or folder
// of this repository (not one outside it, such as ../shared, which a clone does not have), and
// every #anchor a heading of the Markdown file it points at. Web links are not fetched.
// `node scripts/doc-links.mjs` prints the broken ones and exits 1 if there are any.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function markdownFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export const headingAnchor = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => headingAnchor(m[1])));
}

const featureReadmes = () =>
  fs
    .readdirSync(path.join(root, 'src', 'features'))
    .map((f) => path.join(root, 'src', 'features', f, 'README.md'))
    .filter((f) => fs.existsSync(f));

/** The broken links of the given Markdown files (default: README.md, docs/ and the features' READMEs), as "file: link (why)". */
export function brokenLinks(files = [path.join(root, 'README.md'), ...markdownFiles(path.join(root, 'docs')), ...featureReadmes()], repository = root) {
  const broken = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [ref, anchor] = target.split('#');
      const resolved = ref ? path.resolve(path.dirname(file), decodeURIComponent(ref)) : file;
      const where = `${path.relative(repository, file)}: ${target}`;
      if (path.relative(repository, resolved).startsWith('..')) broken.push(`${where} (outside the repository)`);
      else if (!fs.existsSync(resolved)) broken.push(`${where} (no such file)`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) broken.push(`${where} (no such heading)`);
    }
  }
  return broken;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const broken = brokenLinks();
  for (const b of broken) process.stderr.write(`broken link: ${b}\n`);
  process.stdout.write(`doc links: ${broken.length} broken\n`);
  process.exit(broken.length ? 1 : 0);
}
