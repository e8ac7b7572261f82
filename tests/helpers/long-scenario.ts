/**
 * A generated scenario of about `lines` source lines: choice points in a row, each line on offer
 * leading one or two points on, so that paths branch and merge as a long hand-written call's do.
 */
export function longScenario(lines = 1000): string {
  const out = ['# title: Long Studio Call', '# customer: Pat Doe', '# channel: phone', '# difficulty: 2', '# summary: A generated call for studio tests.', 'VAR mood = 0', '', 'Hello, I have a problem. #mood:worried', '-> p1', ''];
  const points = Math.max(2, Math.round((lines - out.length - 8) / 17));
  for (let p = 1; p <= points; p++) {
    const next = (step: number) => (p + step > points ? 'wrap_up' : `p${p + step}`);
    out.push(
      `=== p${p} ===`,
      `Point ${p}: so what happens now?`,
      `* [I'm sorry about this, I'll look into it myself ${p}. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:Noted.]`,
      '  ~ mood = MIN(mood + 1, 5)',
      '  That helps.',
      `  -> ${next(1)}`,
      `* [It will be fixed by Friday, step ${p}. #empathy:0 #ownership:1 #expectations:2 #trigger:none #feedback:Noted.]`,
      '  Fine.',
      `  -> ${next(2)}`,
      `* [Calm down, it is not a big deal ${p}. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:Noted. #better:I can hear how frustrating this is.]`,
      '  ~ mood = MAX(mood - 1, -5)',
      '  Excuse me?',
      `  -> ${next(1)}`,
      '',
      '',
      '',
      '',
    );
  }
  out.push('=== wrap_up ===', '{mood > 0: Thanks for your help.|I am still not happy.}', '* [Is there anything else I can do today? #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:Noted.]', '  No, that is all. #outcome:resolved', '  -> END', '* [Bye. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Noted.]', '  Fine. #outcome:follow_up', '  -> END', '');
  return out.join('\n');
}
