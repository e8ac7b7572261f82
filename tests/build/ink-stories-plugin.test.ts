import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkStories } from '../../src/build/ink-stories-plugin.ts';
import { fixtureSource } from '../helpers/fixtures.ts';

function project(stories: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'frontline-plugin-'));
  mkdirSync(join(root, 'stories'));
  for (const [name, source] of Object.entries(stories)) writeFileSync(join(root, 'stories', name), source);
  writeFileSync(
    join(root, 'entry.js'),
    "import all from 'virtual:frontline/stories';\nimport tiny from './stories/tiny.ink';\nexport { all, tiny };\n",
  );
  return root;
}

async function bundle(root: string): Promise<string> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkStories()],
    build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'out' } },
  })) as Rollup.RollupOutput[];
  return output[0]!.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe('inkStories Vite plugin', () => {
  it('compiles every story to JSON with its header, and single .ink imports to JSON', async () => {
    const code = await bundle(project({ 'tiny.ink': fixtureSource('tiny.ink') }));
    expect(code).toMatch(/"?title"?:\s*"Tiny Call"/);
    expect(code).toContain('inkVersion');
    expect(code).not.toContain('VAR mood');
  });

  it('fails the build with the file and line of an ink compile error', async () => {
    const root = project({ 'tiny.ink': fixtureSource('tiny.ink'), 'broken.ink': '# title: B\nVAR mood = 0\nHello.\n-> nowhere\n' });
    await expect(bundle(root)).rejects.toThrow(/broken\.ink:4: .*nowhere/);
  });

  it('fails the build with the checker\'s file, line, code and message for a dead end', async () => {
    const root = project({ 'tiny.ink': fixtureSource('tiny.ink'), 'dead-end.ink': fixtureSource('dead-end.ink') });
    await expect(bundle(root)).rejects.toThrow(/dead-end\.ink:16: error \[dead_end\] content runs out here/);
  });

  it('fails the build on a tag error the ink compiler accepts (an unknown trigger id)', async () => {
    const root = project({ 'tiny.ink': fixtureSource('tiny.ink'), 'warnings.ink': fixtureSource('warnings.ink') });
    await expect(bundle(root)).rejects.toThrow(/warnings\.ink:15: error \[unknown_trigger\] unknown trigger id "made_up"/);
  });

  it('builds a scenario that has warnings but no errors', async () => {
    // No #better: on a line rated below zero is a warning (missing_better), not an error.
    const withWarning = fixtureSource('tiny.ink').replace(' #better:Let me find out for you.', '');
    const code = await bundle(project({ 'tiny.ink': withWarning }));
    expect(code).toMatch(/"?title"?:\s*"Tiny Call"/);
  });

  it('compiles a scenario whose INCLUDE names a file relative to it, and names a bad included line at its INCLUDE', async () => {
    const main = fixtureSource('tiny.ink').replace('VAR mood = 0\n', 'VAR mood = 0\nINCLUDE parts/next.ink\n');
    const root = project({ 'tiny.ink': main });
    mkdirSync(join(root, 'stories', 'parts'));
    writeFileSync(join(root, 'stories', 'parts', 'next.ink'), '=== unused_aside\nA note. #mood:calm\n-> END\n');
    const code = await bundle(root);
    expect(code).toContain('unused_aside');
    writeFileSync(join(root, 'stories', 'parts', 'next.ink'), '=== unused_aside\nA note. #mood:sleepy\n-> END\n');
    // Rollup quotes the message when several errors are joined, so the quotes may come escaped.
    await expect(bundle(root)).rejects.toThrow(/tiny\.ink:7: error \[bad_tag\] in parts\/next\.ink line 2: tag \\?"#mood\\?" has value \\?"sleepy/);
  });

  it('studies every scenario for the phrasebook and the profile, so a scenario added to the folder appears in the next build', async () => {
    const root = project({ 'tiny.ink': fixtureSource('tiny.ink') });
    writeFileSync(join(root, 'entry.js'), "import studies from 'virtual:frontline/study';\nexport { studies };\n");
    const before = await bundle(root);
    expect(before).toContain("I'm sorry it's late. I'll track it now.");
    expect(before).not.toContain('Added Call');
    writeFileSync(join(root, 'stories', 'added.ink'), fixtureSource('tiny.ink').replace('# title: Tiny Call', '# title: Added Call').replace("I'm sorry it's late. I'll track it now.", 'So sorry, I will trace your parcel now.'));
    const after = await bundle(root);
    expect(after).toContain('Added Call');
    expect(after).toContain('So sorry, I will trace your parcel now.');
  });
});
