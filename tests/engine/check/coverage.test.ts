import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { libraryCoverage, type LibraryCoverage } from '../../../src/engine/check/coverage.ts';
import { runCheck } from '../../../src/cli/check-command.ts';
import { reportCall } from '../../../src/engine/scoring/call-report.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const HEADER = `# title: Coverage fixture
# customer: Test Caller
# channel: social
# difficulty: 2
# summary: Checks which techniques and traps count.
VAR mood = 0
-> start
`;

function check(body: string) {
  const { analyzer, rules } = shippedRubrics();
  return checkScenario('coverage-fixture.ink', HEADER + body, { rater: analyzer, rules });
}

describe('technique tags and coverage', () => {
  it('counts a technique where the options differ on what it is measured by, and a trigger offered beside a clean line as a trap', () => {
    const { report } = check(`=== start ===
Where is my parcel?
* [I'll check it now and call you back by 3 today. #technique:follow_up #ownership:1 #expectations:2 #trigger:none]
  -> same
* [Calm down, it's only a parcel. #technique:follow_up #ownership:0 #expectations:0 #trigger:calm_down #better:I'll check it now.]
  -> same
=== same ===
Thanks.
* [You're welcome. #technique:thank_customer #empathy:0 #ownership:0 #expectations:0 #trigger:none]
  #outcome:resolved
  -> END
* [My pleasure. #technique:thank_customer #empathy:0 #ownership:0 #expectations:0 #trigger:none]
  #outcome:resolved
  -> END
`);
    expect(report.errors).toEqual([]);
    // follow_up: ownership and expectations differ; thank_customer: the options rate the same on empathy.
    expect(report.stats?.coverage).toEqual({ techniques: ['follow_up'], traps: ['calm_down'] });
  });

  it('reports an unknown technique id as an error on its line', () => {
    const { report } = check(`=== start ===
Hello?
* [Hi there. #technique:charm #trigger:none]
  #outcome:resolved
  -> END
`);
    expect(report.errors.map((e) => `${e.line} ${e.code}`)).toEqual(['10 unknown_technique']);
    expect(report.errors[0]!.message).toContain('unknown technique id "charm"; known: listen_reflect,');
  });

  it('accepts the social channel and the ended_by_policy outcome', () => {
    const { report } = check(`=== start ===
You are useless!
* [I'm ending this chat now, as I warned. #technique:boundary #trigger:none]
  #outcome:ended_by_policy
  -> END
`);
    expect(report.errors).toEqual([]);
    expect(report.stats?.outcomes.ended_by_policy).toBe(1);
  });

  it('gathers the library coverage per technique and trigger, scenarios sorted by id', () => {
    const { data } = shippedRubrics();
    const library = libraryCoverage(
      [
        { id: 'b', coverage: { techniques: ['boundary'], traps: ['calm_down'] } },
        { id: 'a', coverage: { techniques: ['boundary', 'redirect'], traps: [] } },
      ],
      data.techniques,
      data.triggers,
    );
    expect(library.techniques.find((t) => t.id === 'boundary')).toEqual({ id: 'boundary', label: 'Boundaries', scenarios: ['a', 'b'] });
    expect(library.techniques.find((t) => t.id === 'redirect')?.scenarios).toEqual(['a']);
    expect(library.traps.find((t) => t.id === 'calm_down')?.scenarios).toEqual(['b']);
    expect(library.traps.find((t) => t.id === 'flat_no')?.scenarios).toEqual([]);
  });
});

describe('techniques in reports', () => {
  it('names the technique of a choice point in the call report even when the tag sits on another option', () => {
    const { analyzer, rules, hash } = shippedRubrics();
    const { json } = check(`=== start ===
Where is my parcel?
* [I'll check now and call you back by 3 today. #technique:follow_up #technique:ownership #trigger:none]
  #outcome:follow_up
  -> END
* [It'll turn up. #trigger:none]
  #outcome:lost
  -> END
`);
    const session = StorySession.start(json!, { file: 'coverage-fixture.ink', rubricHash: hash });
    session.choose(1);
    const report = reportCall(session, analyzer, rules);
    expect(report.choices[0]).toMatchObject({ text: "It'll turn up.", techniques: ['follow_up', 'ownership'] });
  });

  it('gives the library coverage in frontline check --json and in the human report', () => {
    const out: string[] = [];
    expect(runCheck(['--json', 'stories/abusive-caller.ink'], (t) => out.push(t), () => {})).toBe(0);
    const report = JSON.parse(out.join('\n')) as { files: { stats: { coverage: { techniques: string[] } } }[]; coverage: LibraryCoverage };
    expect(report.files[0]!.stats.coverage.techniques).toContain('boundary');
    expect(report.coverage.techniques.find((t) => t.id === 'boundary')?.scenarios).toEqual(['abusive-caller']);
    expect(report.coverage.traps.find((t) => t.id === 'calm_down')?.scenarios).toEqual(['abusive-caller']);
    const human: string[] = [];
    runCheck(['stories/abusive-caller.ink'], (t) => human.push(t), () => {});
    const text = human.join('\n');
    expect(text).toContain('practises: acknowledge_apologise, bad_news, boundary');
    expect(text).toMatch(/coverage: techniques practised at a choice point that matters\n {2}Listen and reflect back \[listen_reflect\]: 1 \(abusive-caller\)/);
    expect(text).toContain('  Redirecting [redirect]: 0 (none)');
  });
});
