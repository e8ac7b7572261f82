import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// Built from pieces so that this file does not name the folder it forbids.
const SHARED = ['..', 'shared'].join('/');

/** Every file git tracks, or would track (untracked but not ignored). */
function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter(Boolean);
}

describe('the repository stands alone', () => {
  it('has no file that refers to the design folder beside the repo', () => {
    const offenders = repoFiles().filter((file) => {
      if (file.endsWith('package-lock.json')) return false;
      let text: string;
      try {
        text = readFileSync(resolve(ROOT, file), 'utf8');
      } catch {
        return false; // deleted in the work tree but still in the index
      }
      return text.includes(SHARED);
    });
    expect(offenders, `these files refer to ${SHARED}, which a user's clone does not have`).toEqual([]);
  });

  it('keeps the contracts a user reads in docs/, linked from the README and the trainer guide', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const guide = readFileSync(resolve(ROOT, 'stories/README.md'), 'utf8');
    for (const doc of ['cli.md', 'ink-conventions.md', 'rubrics.md', 'sources.md']) {
      expect(readFileSync(resolve(ROOT, 'docs', doc), 'utf8').length, doc).toBeGreaterThan(500);
      expect(readme, `README links docs/${doc}`).toContain(`docs/${doc}`);
      expect(guide, `trainer guide links docs/${doc}`).toContain(`docs/${doc}`);
    }
  });
});
