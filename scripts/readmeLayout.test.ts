import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- layout:start -->';
const END = '<!-- layout:end -->';

/**
 * The folders the README's layout section lists: "`src/ui/`:" names a folder from the repository's
 * root, and each "`charts/`" after it (not followed by a colon) one of its subfolders.
 */
function listedFolders(readme: string): string[] {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} and ${END} markers`);
  const folders: string[] = [];
  let parent: string | null = null;
  for (const match of readme.slice(start, end).matchAll(/`([\w./-]+\/)`(:?)/g)) {
    const [, path = '', colon] = match;
    if (colon) parent = path;
    else if (parent === null) throw new Error(`\`${path}\` is listed before any folder it belongs to`);
    folders.push(colon ? path : `${parent}${path}`);
  }
  return folders;
}

const subfolders = (folder: string): string[] =>
  readdirSync(join(REPO_ROOT, folder), { withFileTypes: true })
    .filter((entry: Dirent) => entry.isDirectory())
    .map((entry) => `${folder}${entry.name}/`);

describe("the README's folder layout", () => {
  const listed = listedFolders(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));

  it('reads root folders and their subfolders', () => {
    const sample = `${START}\n- \`src/ui/\`: React: \`charts/\`, \`common/\`; \`test/\`: kits.\n${END}`;
    expect(listedFolders(sample)).toEqual(['src/ui/', 'src/ui/charts/', 'src/ui/common/', 'test/']);
  });

  it('lists only folders that exist', () => {
    const missing = listed.filter((folder) => {
      const path = join(REPO_ROOT, folder);
      return !existsSync(path) || !statSync(path).isDirectory();
    });
    expect(missing).toEqual([]);
  });

  it('lists every folder of src/ and src/*/, and test/ and bench/', () => {
    const areas = subfolders('src/');
    const expected = [...areas, ...areas.flatMap(subfolders), 'test/', 'bench/'];
    expect(expected.filter((folder) => !listed.includes(folder))).toEqual([]);
  });
});
