import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analysis } from '../../../src/engine/analyzer/index.ts';
import { parseRubricData } from '../../../src/engine/schema/rubric-data.ts';
import { RUBRIC_DATA_PATH } from '../../../scripts/analyzer-f1.ts';

const data = parseRubricData(readFileSync(RUBRIC_DATA_PATH, 'utf8'), RUBRIC_DATA_PATH);
const analyzer = createAnalyzer(data);
const triggerIds = (text: string) => analyzer.analyze(text).triggers.map((t) => t.id);
const ratings = (text: string) => analyzer.analyze(text).ratings;
const cues = (a: Analysis, kind: string) => a.evidence.filter((e) => e.kind === kind && e.polarity === 1).map((e) => e.id);

describe('trigger phrases from the seeds and their paraphrases', () => {
  it.each([
    ['Calm down.', 'calm_down'],
    ['Please relax, sir.', 'calm_down'],
    ['Settle down and listen.', 'calm_down'],
    ["You're wrong.", 'youre_wrong'],
    ['That is incorrect.', 'youre_wrong'],
    ['Whatever.', 'whatever'],
    ["It doesn't matter.", 'whatever'],
    ['You must have ordered the wrong size.', 'blame_customer'],
    ["I don't know.", 'i_dont_know'],
    ['I have no idea.', 'i_dont_know'],
    ["That's not my job.", 'not_my_job'],
    ['I cannot help with that.', 'not_my_job'],
    ['My hands are tied.', 'hands_tied'],
    ["There's nothing I can do.", 'hands_tied'],
    ['Our carrier dropped the ball.', 'blame_others'],
    ['No.', 'flat_no'],
    ['Rules are rules.', 'flat_no'],
  ])('%s → %s', (text, id) => {
    expect(triggerIds(text)).toEqual([id]);
  });

  it('matches curly apostrophes, capitals and chat spellings alike', () => {
    expect(triggerIds('YOU’RE WRONG!')).toEqual(['youre_wrong']);
    expect(triggerIds('i dont know')).toEqual(['i_dont_know']);
    expect(triggerIds('I can’t help with that.')).toEqual(['not_my_job']);
  });

  it('matches whole words only', () => {
    expect(triggerIds('Nobody knows this product better than our Nordic team.')).not.toContain('flat_no');
    expect(triggerIds('The calmness of our support line is famous.')).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    'I would never tell you to calm down.',
    'I would never, ever tell you to calm down.',
    "I'm not saying you're wrong.",
    "I don't think you're wrong at all.",
    "I'm not going to tell you it doesn't matter.",
    'This is not your fault.',
    "Nobody is saying you're wrong here.",
  ])('cancels the trigger in "%s"', (text) => {
    expect(triggerIds(text)).toEqual([]);
  });

  it('does not reach past "but" or a full stop', () => {
    expect(triggerIds("I don't mean to be rude, but you're wrong.")).toEqual(['youre_wrong']);
    expect(triggerIds("I'm not going anywhere. Calm down.")).toEqual(['calm_down']);
  });

  it('leaves "don\'t worry" as reassurance, not a negation', () => {
    expect(ratings("Don't worry I'll take care of it.").ownership).toBe(1);
  });

  it('keeps dates and policy terms even after a negator', () => {
    expect(ratings("I'm not allowed to give refunds after 60 days.").expectations).toBe(1);
  });
});

describe('contrast', () => {
  it('rates "I understand, but you\'re wrong" as empathy 0 with the trigger', () => {
    const a = analyzer.analyze("I understand, but you're wrong.");
    expect(a.ratings.empathy).toBe(0);
    expect(a.triggers.map((t) => t.id)).toEqual(['youre_wrong']);
  });
});

describe('the exceptions in rubrics.md', () => {
  it('"I don\'t know, but I\'ll find out by 3 today" has no trigger and sets an expectation', () => {
    const a = analyzer.analyze("I don't know, but I'll find out by 3 today.");
    expect(a.triggers).toEqual([]);
    expect(a.ratings.ownership).toBeGreaterThan(0);
    expect(a.ratings.expectations).toBeGreaterThan(0);
  });

  it('"No problem at all" is not a flat no', () => {
    expect(triggerIds('No problem at all.')).toEqual([]);
    expect(triggerIds('No worries, happy to help.')).toEqual([]);
  });

  it('"Unfortunately we can\'t do that. What I can do is…" is the recommended refusal', () => {
    const a = analyzer.analyze("Unfortunately we can't do that. What I can do is…");
    expect(a.triggers).toEqual([]);
    expect(a.ratings.ownership).toBe(1);
    expect(triggerIds("Unfortunately we can't do that.")).toEqual(['flat_no']);
  });

  it('"It doesn\'t matter whose fault it was, I\'ll make it right" is ownership, not dismissal', () => {
    const a = analyzer.analyze("It doesn't matter whose fault it was, I'll make it right.");
    expect(a.triggers).toEqual([]);
    expect(a.ratings.ownership).toBe(1);
  });

  it('neutral context about a supplier delay is not blame; a dropped ball is', () => {
    const neutral = analyzer.analyze("Due to delays at our supplier's end, we're unable to ship on the originally promised date.");
    expect(neutral.triggers).toEqual([]);
    expect(neutral.ratings.expectations).toBeGreaterThan(0);
    expect(triggerIds('Our carrier dropped the ball on this one.')).toEqual(['blame_others']);
  });

  it('owning the colleague\'s mistake for the company cancels the blame', () => {
    expect(triggerIds("Our warehouse made a mistake with your order, and that's on us.")).toEqual([]);
  });

  it('the seed\'s boundary line is not a trigger', () => {
    expect(triggerIds("I am just here to help you, but I won't be able to help if you keep yelling at me.")).toEqual([]);
  });
});

describe('rated rubrics', () => {
  it('does not count a formulaic non-apology as empathy', () => {
    expect(ratings("I'm sorry you feel that way.").empathy).toBe(0);
    expect(ratings("I'm sorry if you were offended.").empathy).toBe(0);
    expect(ratings("I'm sorry that happened.").empathy).toBe(1);
  });

  it('does not count vague time as expectations', () => {
    for (const text of ["We'll get that out soon.", 'Someone will call shortly.', "I'll update you as soon as possible."]) {
      expect(ratings(text).expectations).toBe(0);
    }
    expect(ratings('It will arrive within three to five business days.').expectations).toBeGreaterThan(0);
    expect(ratings('How can I help you today?').expectations).toBe(0);
  });

  it('counts distinct cues: "I\'m so sorry, I can hear how stressful this is" is empathy +2', () => {
    const a = analyzer.analyze("I'm so sorry, I can hear how stressful this is.");
    expect(a.ratings.empathy).toBe(2);
    expect(cues(a, 'empathy').sort()).toEqual(['apology', 'names_feeling']);
  });

  it('counts a cue once however often it appears', () => {
    expect(ratings("I'm sorry. I'm so sorry. I'm really sorry.").empathy).toBe(1);
  });

  it('clamps to −2 … +2', () => {
    expect(ratings("Calm down, you're wrong, whatever, it's your fault.").empathy).toBe(-2);
    expect(ratings("I'm so sorry, I can hear how stressful this is, I understand, and thank you for your patience.").empathy).toBe(2);
  });

  it('lowers the rubric named by the trigger', () => {
    expect(ratings("That's not my job.")).toEqual({ empathy: 0, ownership: -1, expectations: 0 });
    expect(ratings('Nope.')).toEqual({ empathy: 0, ownership: 0, expectations: -1 });
  });

  it('rates a plain question 0 everywhere', () => {
    expect(analyzer.analyze('Can I get your order number?')).toMatchObject({
      triggers: [],
      ratings: { empathy: 0, ownership: 0, expectations: 0 },
      evidence: [],
    });
  });
});

describe('evidence and spans', () => {
  it('quotes the original words with their offsets', () => {
    const text = "Look, you're wrong, and calm down.";
    const a = analyzer.analyze(text);
    expect(a.triggers).toEqual([
      { id: 'youre_wrong', match: "you're wrong", start: 6, end: 18 },
      { id: 'calm_down', match: 'calm down', start: 24, end: 33 },
    ]);
    for (const hit of a.triggers) expect(text.slice(hit.start, hit.end)).toBe(hit.match);
  });

  it('records a trigger both as a trigger and against the rubric it lowers', () => {
    const a = analyzer.analyze("That's not my job.");
    expect(a.evidence).toEqual([
      { kind: 'trigger', id: 'not_my_job', match: 'not my job', polarity: -1, start: 7, end: 17 },
      { kind: 'ownership', id: 'not_my_job', match: 'not my job', polarity: -1, start: 7, end: 17 },
    ]);
  });

  it('lists each trigger once, in order of first appearance', () => {
    expect(triggerIds("Whatever. Calm down. Whatever, I said calm down.")).toEqual(['whatever', 'calm_down']);
  });

  it('names the cue that earned a point', () => {
    const a = analyzer.analyze('I will check the details and contact you by tomorrow afternoon.');
    expect(a.evidence).toContainEqual(expect.objectContaining({ kind: 'ownership', id: 'commit_to_act', match: 'I will check', polarity: 1 }));
    expect(a.evidence).toContainEqual(expect.objectContaining({ kind: 'expectations', id: 'timeline', polarity: 1 }));
  });
});

describe('determinism', () => {
  // Speed is measured in `npm run bench` (lines per second), never asserted here: a busy machine would fail it.
  it('gives the same answer twice for every line', () => {
    const lines = readFileSync(new URL('../../fixtures/analyzer-holdout.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const line of lines) expect(analyzer.analyze(line), line).toEqual(analyzer.analyze(line));
  });
});

describe('gaps reported by scenario writers', () => {
  it.each([
    "I'll bring my supervisor, Dana, onto the line now and brief her myself, so you won't have to repeat a thing.",
    "I'll brief her myself.",
    "I'll bring my supervisor onto the line now.",
    'Let me bring in Marcus.',
    'I will brief him on everything.',
  ])('a warm handover is ownership: %s', (text) => {
    expect(ratings(text).ownership).toBeGreaterThan(0);
    expect(triggerIds(text)).toEqual([]);
  });

  it.each([
    'So since last Monday your internet has dropped every evening. Have I got that right?',
    'From the transcript: you were told to swap the wires. Is that right?',
    "Just to check I've understood: the heating stops every night?",
  ])('reflecting the problem back is empathy: %s', (text) => {
    expect(cues(analyzer.analyze(text), 'empathy')).toContain('reflects');
  });

  it.each([
    ['You probably pressed 2 before the prompt finished.', 'blame_customer'],
    ['I think the wiring might have been done wrong on your end.', 'blame_customer'],
    ["There's nothing more anyone here can do.", 'hands_tied'],
    ["We don't provide backup connections, I'm afraid.", 'flat_no'],
    ["No, I'm sorry, there's no way to get them before the 14th.", 'flat_no'],
    ["Heat pumps aren't really his area. Sorry about him.", 'blame_others'],
    ["I can't really comment on another agent's chat, I'm afraid.", 'not_my_job'],
    ['I really couldn\'t tell you.', 'i_dont_know'],
    ["I don't have that information.", 'i_dont_know'],
    ['No, we can\'t do that.', 'flat_no'],
    ['Good question, I really don\'t know.', 'i_dont_know'],
  ])('%s → %s', (text, id) => {
    expect(triggerIds(text)).toEqual([id]);
  });

  it('a grudging or conditional "I\'ll help" is not ownership', () => {
    expect(ratings('Whatever, I\'ll put in the request.').ownership).toBe(0);
    expect(ratings('Ma\'am, I need you to calm down so I can help you.').ownership).toBe(0);
    expect(ratings("I'm going to have to ask you to calm down.").ownership).toBe(0);
  });

  it('a colleague who will have the notes is a concrete next step', () => {
    expect(ratings("I'm transferring you to Maria in claims, she'll have all your notes.").expectations).toBeGreaterThan(0);
  });

  it('keeps "No, <reassurance>" and past times out of the triggers and the timeline', () => {
    expect(triggerIds("No, that's fine, I'll update it now.")).toEqual([]);
    expect(triggerIds('This is not going to happen again.')).toEqual([]);
    expect(ratings("I'm so sorry your order arrived two days late.").expectations).toBe(0);
    expect(ratings("You've been waiting three weeks since Friday.").expectations).toBe(0);
  });

  it('handles any form of a verb in blame: dropping, dropped, drops the ball', () => {
    expect(triggerIds('Our courier has been dropping the ball all month.')).toEqual(['blame_others']);
    expect(triggerIds('The carrier has been dropping the ball.')).toEqual(['blame_others']);
    expect(triggerIds('The warehouse keeps messing up our orders.')).toEqual(['blame_others']);
    expect(triggerIds("We've been dropping the ball, and that's on us.")).toEqual([]);
  });

  it('reads a hedged or "technically" contradiction as invalidating, but not agreement', () => {
    expect(triggerIds("That's not quite right.")).toEqual(['youre_wrong']);
    expect(triggerIds("Delivery dates are estimates, so technically the order wasn't late.")).toEqual(['youre_wrong']);
    expect(triggerIds("That's not what our records show.")).toEqual(['youre_wrong']);
    expect(triggerIds("You're quite right.")).toEqual([]);
    expect(triggerIds("That's right.")).toEqual([]);
    expect(triggerIds("That's not right, you should never have been charged twice.")).toEqual([]);
    expect(triggerIds("It's not right that you had to wait this long.")).toEqual([]);
  });

  it('"that\'s all I can do" is powerlessness', () => {
    expect(triggerIds("That's really all I can do.")).toEqual(['hands_tied']);
    expect(triggerIds("That's up to the claims team.")).toEqual(['hands_tied']);
  });

  it('"doesn\'t matter" is dismissal only when nothing says what does matter', () => {
    const a = analyzer.analyze("You're right, and I'm sorry; how long it took doesn't matter, getting you your bottles does.");
    expect(a.triggers).toEqual([]);
    expect(a.ratings.empathy).toBe(2);
    expect(triggerIds("It doesn't matter how it happened, what matters is getting it fixed.")).toEqual([]);
    expect(triggerIds("It doesn't matter why you're returning it.")).toEqual(['whatever']);
    expect(triggerIds("It doesn't matter what the website said.")).toEqual(['whatever']);
  });
});

describe('one act, one point', () => {
  it('counts cues matched on overlapping words once, and keeps both as evidence', () => {
    const a = analyzer.analyze('We can offer a replacement.');
    expect(a.ratings.ownership).toBe(1);
    expect(cues(a, 'ownership').sort()).toEqual(['commit_to_act', 'offers_alternative']);
    const b = analyzer.analyze("I'd like to introduce you to Maya Chen.");
    expect(b.ratings.ownership).toBe(1);
    expect(cues(b, 'ownership').sort()).toEqual(['commit_to_act', 'handover']);
  });

  it('still counts two cues said in different words twice', () => {
    expect(ratings("We can offer a replacement, and I'll keep you updated.").ownership).toBe(2);
    expect(ratings("That's on us, and I'll fix it.").ownership).toBe(2);
  });
});

describe('time that is not a commitment', () => {
  it('a vague time in the same clause cancels a bare next step', () => {
    expect(ratings('It will go out as soon as possible.').expectations).toBe(0);
    expect(ratings('It will go out soon.').expectations).toBe(0);
    expect(ratings("You'll receive a tracking number by email as soon as it ships.").expectations).toBe(1);
    expect(ratings('It will go out today, and the rest as soon as possible.').expectations).toBeGreaterThan(0);
  });

  it('a time inside an uncertainty is not a commitment', () => {
    expect(ratings("I don't know if it can be fixed by tonight.").expectations).toBe(0);
    expect(ratings("I'm not sure whether it will arrive by Friday.").expectations).toBe(0);
    expect(ratings("I'm not sure it can be fixed by tonight, but I'll call you by 5 either way.").expectations).toBe(1);
  });
});

describe('sympathy, non-apologies and promises about others, as the training texts rate them', () => {
  it('does not count sympathy or a non-apology as empathy', () => {
    for (const line of ['Oh, you poor thing.', 'That sucks, honestly.', "I'm sorry you feel that way.", "I'm sorry if you were upset.", 'I apologize if you were offended.']) {
      expect(analyzer.analyze(line).ratings.empathy, line).toBe(0);
    }
    expect(analyzer.analyze("I'm so sorry, that sounds really stressful.").ratings.empathy).toBe(2);
  });

  it('gives no next-step credit for guaranteeing what someone else will do', () => {
    expect(analyzer.analyze('I guarantee the technician will be there by nine.').evidence.some((e) => e.id === 'next_step')).toBe(false);
    expect(analyzer.analyze('The technician will be there between 8 and 12 tomorrow.').evidence.some((e) => e.id === 'next_step')).toBe(true);
  });

  it('finds the triggers authors tag in the shipped scenarios, said as agents say them', () => {
    const found = (line: string) => analyzer.analyze(line).triggers.map((t) => t.id);
    expect(found('Sorry about that, Rosa! Our warehouse team is really slow at checking returns in.')).toContain('blame_others');
    expect(found("Return deadlines are handled by our returns warehouse rather than support, so you'd need to check with them.")).toContain('not_my_job');
    expect(found("Honestly, sir, with that attitude, it's no wonder nobody has managed to help you.")).toContain('blame_customer');
    expect(found("None of that really matters right now, I'm afraid.")).toContain('whatever');
  });
});

describe("real agents' words (issue 14)", () => {
  const rated = (text: string) => {
    const r = ratings(text);
    return { empathy: r.empathy > 0, ownership: r.ownership > 0, expectations: r.expectations > 0 };
  };

  it.each([
    "We'll get this sorted.",
    'Our team is on it.',
    "We've asked a specialist to reply.",
    'Happy to dig into this for you.',
    'Id like to help.',
    "I'd be more than happy to help you with that.",
    'I will answer your question.',
    'All taken care of!',
    'Although I cannot retrieve your old password I have generated you a new one.',
    'It looks like there was an error on our end.',
  ])('a plain commitment is ownership: "%s"', (text) => {
    expect(rated(text).ownership).toBe(true);
  });

  it.each([
    "We'd be happy to help! Please reach out to the developer.",
    'We would be glad to help: https://help.example.com/refunds',
    'Let us ask: which version of the app are you on?',
    'Is there anything else that we can take care of while we are here?',
    'No problem, happy to help.',
  ])('a brush-off or a courtesy is not ownership: "%s"', (text) => {
    expect(rated(text).ownership).toBe(false);
  });

  it.each([
    'one-on-one',
    'That is set on one account.',
    "I'm here to help you out today.",
    'You can call us at 1-800-555-0100.',
    'Hold the button for 10 minutes.',
    'Is there anything else I can help with today?',
  ])('words that are not a time are not expectations: "%s"', (text) => {
    expect(rated(text).expectations).toBe(false);
  });

  it.each([
    "They'll reply here when they're back.",
    "We'll post updates on the status page.",
    'The hold drops off your account after it clears.',
    'Less than a week.',
    'Your refund is being processed.',
  ])('a next step without a clock time is expectations: "%s"', (text) => {
    expect(rated(text).expectations).toBe(true);
  });

  it.each(['Ugh, sorry about all those crashes.', 'We hear you.', 'Apologies!', 'I hope things get better for you soon.', 'You want to know how much shipping is, correct?'])(
    'short informal empathy counts: "%s"',
    (text) => {
      expect(rated(text).empathy).toBe(true);
    },
  );

  it('a diagnosis is not empathy, a reflected experience is', () => {
    expect(rated("It sounds like you're seeing a payment hold.").empathy).toBe(false);
    expect(rated('It sounds like you were charged twice.').empathy).toBe(true);
  });

  it('reads refusals and not knowing as the training texts do', () => {
    expect(triggerIds('We cannot share that. https://example.com/policy')).toEqual(['flat_no']);
    expect(triggerIds('No I cannot.')).toEqual(['flat_no']);
    expect(triggerIds('We have no more information to share.')).toEqual(['i_dont_know']);
    expect(triggerIds('A refund is possible, but an exchange is not.')).toEqual([]);
    expect(triggerIds('I wish there was more we could do.')).toEqual(['hands_tied']);
  });

  it('an offer to act asked as a question is ownership; asking for details is not', () => {
    expect(rated('Shall I go ahead and reserve it for you?').ownership).toBe(true);
    expect(rated('Do you want me to check the other store?').ownership).toBe(true);
    expect(rated('May I ask the reason for the cancellation?').ownership).toBe(false);
    expect(rated('I need you to provide your card number.').ownership).toBe(false);
  });

  it('a time offered in a question is expectations, "today" in a courtesy question is not', () => {
    expect(rated('Would Monday at 4pm work?').expectations).toBe(true);
    expect(rated('Is there anything else today?').expectations).toBe(false);
    expect(rated('What time on Friday suits you?').expectations).toBe(false);
    expect(rated('The blue room is rated at 4.').expectations).toBe(false);
    expect(rated('Other than Sunday, which day would you like?').expectations).toBe(false);
    expect(rated('I can help you book a reservation at one.').expectations).toBe(false);
    expect(rated('Your card was reported stolen on Monday.').expectations).toBe(false);
  });

  it('saying what the agent can only do is deflection, unless a reason or an option comes with it', () => {
    expect(triggerIds('I can only look up orders, sorry.')).toEqual(['not_my_job']);
    expect(triggerIds("I'm just a booking system.")).toEqual(['not_my_job']);
    expect(triggerIds("If you can't verify the account I'm afraid I cannot help you.")).toEqual([]);
    expect(triggerIds('Since the parcel has already left, we cannot change the address.')).toEqual([]);
  });

  it('reads public support replies: aware and working on it, hours, a team investigating, a brush-off to the seller', () => {
    expect(rated("We're aware of the issue and working to resolve it.").ownership).toBe(true);
    expect(rated('Our hours are Mon-Fri 9am-5pm ET.').expectations).toBe(true);
    expect(rated("That's not the experience we want you to have.").empathy).toBe(true);
    expect(rated('Hey there, we hear you. Our engineers are investigating.')).toEqual({ empathy: true, ownership: true, expectations: false });
    expect(triggerIds("We're unable to assist with that here. Please contact the seller directly.")).toEqual(['not_my_job']);
    expect(triggerIds('We have nothing further to share at this time.')).toEqual(['i_dont_know']);
  });

  it('a bare "sorry" softening bad news is empathy, but not when it is tacked onto a trigger', () => {
    expect(rated('Sorry, that flight is fully booked.').empathy).toBe(true);
    expect(rated("You can't book more than 3, sorry.").empathy).toBe(true);
    expect(rated("Sorry, that's not my department.").empathy).toBe(false);
    expect(rated('No idea, sorry.').empathy).toBe(false);
    expect(rated('Sorry, I have to go, other customers are waiting.').empathy).toBe(false);
    expect(rated('Sorry, what was the name?').empathy).toBe(false);
    expect(rated('Yes, sorry, Monday.').empathy).toBe(false);
    // One act, one point: "I'm sorry" is the apology cue alone.
    expect(cues(analyzer.analyze("I'm sorry, the venue is closed."), 'empathy')).toEqual(['apology']);
  });

  it('a capability limit is not_my_job, and then not also a flat no', () => {
    expect(triggerIds('I am not able to schedule appointments.')).toEqual(['not_my_job']);
    expect(triggerIds("I'm sorry. I was not built to handle trivia.")).toEqual(['not_my_job']);
    expect(triggerIds('That is beyond the scope of my capabilities.')).toEqual(['not_my_job']);
    expect(triggerIds('I am not able to do that on my system.')).toEqual(['not_my_job']);
    expect(triggerIds('Sorry, we cannot change your booking. Please speak to your driver about it.')).toEqual(['not_my_job']);
    expect(triggerIds('I cannot book at that restaurant.')).toEqual(['flat_no']);
    expect(triggerIds('Unable to change the trip.')).toEqual(['flat_no']);
    expect(triggerIds("I can't help you unless you provide your date of birth.")).toEqual([]);
    expect(triggerIds('Unfortunately, I cannot make a booking. The maximum party size is 30 people.')).toEqual([]);
    expect(triggerIds("I can't book that flight, it is full.")).toEqual([]);
    expect(triggerIds('Sorry, I cannot book more than 10 people.')).toEqual([]);
    expect(triggerIds("I can change an existing ride but I can't create a new one.")).toEqual(['not_my_job']);
    // Offering what the agent can do instead is the alternative, not a deflection.
    expect(triggerIds("I can offer you a voucher, but I can't refund the fee.")).toEqual([]);
    expect(triggerIds('Sorry, I can only search for restaurants. Would you like me to search for one?')).toEqual([]);
  });

  it('a commitment is a first-person subject, a modal and an act, with any effort said between', () => {
    expect(rated('We will work hard to resolve the issue.').ownership).toBe(true);
    expect(rated('If you have it I can attempt to reserve the flight.').ownership).toBe(true);
    expect(rated('A member of the service team can bring towels at 6 pm.').ownership).toBe(true);
    expect(rated('Would you like for me to book it now?').ownership).toBe(true);
    expect(rated("I'll mark down the fee as paid for now.").ownership).toBe(true);
    expect(rated('Any other dates I can check?').ownership).toBe(true);
    expect(rated('Is there any other way I can help?').ownership).toBe(false);
    expect(rated("I'm not sure, would you like me to check?").ownership).toBe(true);
    expect(triggerIds("I'm not sure, would you like me to check?")).toEqual([]);
    // A search result, a detail asked for, and a booking question only are not.
    expect(rated('I found a flight on the 31st that arrives at 5 pm.').ownership).toBe(false);
    expect(rated('I will need that information to schedule the booking.').ownership).toBe(false);
    expect(rated('What is your name so I can check availability?').ownership).toBe(false);
    expect(rated('Would you like to book it?').ownership).toBe(false);
  });

  it.each([
    'They should have a table available at 7.',
    'Would you like the first one?',
    'I am only seeing two flights available on that day.',
    'No, it does not have a balcony.',
    'No, that flight is full.',
    'Does it matter which hotel?',
    'My system does not show any flights on that date.',
    'Not sure what you mean.',
    'I am not sure which one you mean, the Grand or the Plaza?',
    'It does not matter to me, whatever you prefer.',
    'Please relax and enjoy your stay.',
    'How many times would you like to see the doctor?',
    'Like the last one, this hotel has a pool.',
    'Nope, all good.',
    'I can only find one flight on that date.',
    'I can only book up to 10 people at that restaurant.',
  ])('a booking assistant\'s plain answer carries no trigger: "%s"', (text) => {
    expect(triggerIds(text)).toEqual([]);
  });

  it('finds the same acts said in other words', () => {
    expect(triggerIds("I can't help with requests like that.")).toEqual(['not_my_job']);
    expect(triggerIds('I am only programmed to book hotels.')).toEqual(['not_my_job']);
    expect(triggerIds("I don't have any information about the parking.")).toEqual(['i_dont_know']);
    expect(triggerIds('That information is not available.')).toEqual(['i_dont_know']);
    expect(triggerIds("No, you didn't.")).toEqual(['youre_wrong']);
    expect(triggerIds("I don't think that's right.")).toEqual(['youre_wrong']);
    expect(triggerIds("If you didn't, please let me know.")).toEqual([]);
    expect(triggerIds('Unfortunately, I cannot access that information.')).toEqual(['i_dont_know']);
    expect(triggerIds('I only have access to hotel information.')).toEqual(['not_my_job']);
    expect(triggerIds('That is outside of what I can do.')).toEqual(['not_my_job']);
    expect(triggerIds("You'll have to ask the front desk about that.")).toEqual(['not_my_job']);
    expect(rated('Your follow-up instructions are to rest for 3 days.').ownership).toBe(false);
    expect(triggerIds('The system is down at the moment.')).toEqual(['hands_tied']);
    expect(triggerIds("I don't have permission to do that.")).toEqual(['hands_tied']);
    expect(triggerIds('Only the manager can approve that.')).toEqual(['hands_tied']);
    expect(triggerIds('You seem confused.')).toEqual(['blame_customer']);
    expect(triggerIds("I won't be able to change that.")).toEqual(['flat_no']);
    expect(triggerIds('No, that is not possible.')).toEqual(['flat_no']);
    expect(rated("I'm booking that now.").ownership).toBe(true);
    expect(rated('Give me a moment to check.').ownership).toBe(true);
    expect(rated('The doctor will see you then.').expectations).toBe(true);
    expect(rated('Please bring your passport with you.').expectations).toBe(true);
    expect(rated('Get well soon!').empathy).toBe(true);
  });

  it('"sorry, I didn\'t catch that" asks them to repeat and is not an apology', () => {
    expect(rated("I'm sorry. I didn't catch that, could you repeat it?").empathy).toBe(false);
    expect(rated("I'm so happy for you.").empathy).toBe(true);
  });
});
