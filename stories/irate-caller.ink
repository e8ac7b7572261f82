# title: The Third Call
# customer: Gary Whitfield
# channel: phone
# difficulty: 3
# summary: Gary's new fridge has leaked since the day it was delivered, the promised technician never came, and this is his third call. He comes in shouting.
# id: irate-caller

VAR mood = -3

-> opening

=== opening ===
The phone rings. The screen shows three calls from this number since Monday, each one closed with "callback promised". #sfx:ring #narration
You pick up: "Thank you for calling Brightline Appliances, how can I help you today?" #sfx:pickup #narration
Finally! A human being! I have been calling for DAYS. Monday, Tuesday, this morning, forty minutes on hold every single time, and every one of you says somebody will call me back. Nobody calls back! #mood:furious
I paid twelve hundred and forty-nine dollars for a refrigerator that has been leaking all over my kitchen floor since the day you delivered it, and I want to know what you people are going to DO about it!
* [I'd be happy to help with that! I need a few pieces of information to find your order, and then we can get down to the root of it. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:This is the seed's own opener: you don't match his energy, and you show you are here to help. But he has just told you he has called three times; nothing in this line shows you heard that. #better:I can hear how upset you are, and I'm sorry you've had to call three times. Let's get this sorted out together.]
  Information. I've given my information three times! Fine. Order B A 5 8 2 1 3. Whitfield. #mood:angry
  -> vent
* [Okay, sir, first I need you to calm down. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" tells an upset customer his feelings are not justified, and it usually has the opposite effect. Seed 001: "Don't try and cut him off, don't urge him to calm down. Instead, listen carefully." #better:I understand this is upsetting. Let's work together to sort this out.]
  ~ mood = MAX(mood - 2, -5)
  Calm down? CALM DOWN? Don't you tell me to calm down! I've got water under my fridge and three days of people telling me to wait! #mood:furious
  -> boiling
* [I can hear how upset you are, and I'm sorry you've had to call three times. Let's get this sorted out together. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You named his feeling, apologized for the impact (three calls, three waits) and made it a joint job. Seed 001: "I can tell you're upset... then connect to the customer by apologizing, or empathizing."]
  ~ mood = MIN(mood + 1, 5)
  ...Yeah. Three times. Thank you. Somebody finally said it. #mood:angry
  -> vent
* [I'm sorry you feel that way. Can I get your order number? #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:"I'm sorry you feel that way" is a non-apology: it apologizes for his feelings, not for what happened to him, and callers hear the difference. #better:I'm sorry that happened. If I were you, I'd be frustrated, too. Can I get your order number so I can find out what went wrong?]
  ~ mood = MAX(mood - 1, -5)
  "Sorry I feel that way"? I FEEL that way because your fridge is leaking! B A 5 8 2 1 3. Write it down this time. #mood:furious
  -> vent

=== boiling ===
He is shouting now, and not pausing for breath. #narration
And don't put me on hold again, I swear, if I hear that music one more time...
* [Sir, if you keep raising your voice, I'll have to end this call. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:A threat is a boundary without the help. You matched his energy, and now the call is about you, not his fridge. Seed 001: "The moment you start reacting to them is the moment you've lost the plot." #better:I can hear how angry you are, and I want to fix this. I am just here to help you, but I won't be able to help if you keep yelling at me. Can we work on it together?]
  ~ mood = MAX(mood - 2, -5)
  End the call? You'll end the call? Fine. I'll end it for you. I'm buying a fridge somewhere else and you can come and pick up this one. #mood:furious
  The line goes dead. #sfx:hangup #narration
  #outcome:lost
  -> END
* [Look, I'm not the one who installed your fridge. Yelling at me won't fix it. #empathy:-1 #ownership:-1 #expectations:0 #trigger:not_my_job #feedback:"It's not me" is true, and it is the last thing to say out loud. Seed 001: remember it's not YOU, so you never need to defend yourself. Deflecting tells him nobody is in charge of his problem. #better:I can hear how angry you are, and I want to fix this. I am just here to help you, but I won't be able to help if you keep yelling at me. Can we work on it together?]
  ~ mood = MAX(mood - 1, -5)
  Then get me somebody who CAN fix it. Your supervisor. Now. #mood:furious
  You place him on hold and page the floor supervisor, explaining nothing but "he's angry". #sfx:hold #narration
  #outcome:escalated
  -> END
* [I can hear how angry you are, and I want to fix this. I am just here to help you, but I won't be able to help if you keep yelling at me. Can we work on it together? #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:That's the boundary from the seed: firm, polite, and about the solution. "I am just here to help you, but I won't be able to help if you keep yelling at me." It stops most callers in their tracks; you named the anger first, so it doesn't sound like a reprimand.]
  ~ mood = MIN(mood + 2, 5)
  The line goes quiet for a second. #narration
  ...Okay. Okay. I'm sorry. It's not you. It's been a long week. Order B A 5 8 2 1 3. #mood:angry
  -> vent

=== vent ===
{
- mood <= -4:
  And you know what else? Monday they told me "within 48 hours." Tuesday they said the technician was "on the schedule." This morning a girl told me she couldn't see any appointment at all! #mood:furious
- else:
  Look. You delivered it Saturday the 8th. Sunday morning there's a puddle under it. Monday I call, they open a repair, they tell me a technician within 48 hours. Nobody came. Nobody called. #mood:angry
}
Meanwhile I've got towels on the floor and I'm emptying a drip tray every two hours.
* [Did you check that the water line was connected properly? Most leaks on a new install come from the supply line at the back. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:It may even be true, but it sounds like "this is your fault", and Brightline installed it. Seed 001: "This is NOT the customer's fault. NEVER blame them for coming to you with a complaint." #better:So let me make sure I have this right: delivered Saturday the 8th, leaking since Sunday, a technician promised within 48 hours on Monday, and nobody has come or called. Is that right? I'm sorry, if I were you I'd be frustrated too.]
  ~ mood = MAX(mood - 2, -5)
  Our installers connected it! YOUR installers! I watched them do it! #mood:furious
  -> after_vent
* [Those repair visits go through our service partner, so the callback delays are really on their end, not ours. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Pointing at another company doesn't help him; to Gary it is all Brightline. Seed 003: "There is nothing worse than businesses that blame others and point the finger." #better:So let me make sure I have this right: delivered Saturday the 8th, leaking since Sunday, a technician promised within 48 hours on Monday, and nobody has come or called. Is that right? I'm sorry, if I were you I'd be frustrated too.]
  ~ mood = MAX(mood - 2, -5)
  I don't care whose end it is! I bought it from YOU! #mood:furious
  -> after_vent
* [So let me make sure I have this right: delivered Saturday the 8th, leaking since Sunday, a technician promised within 48 hours on Monday, and nobody has come or called. Is that right? I'm sorry, if I were you I'd be frustrated too. #empathy:2 #ownership:0 #expectations:0 #trigger:none #feedback:You let him finish, then reflected the facts back in his words and apologized for the impact. Seed 001: "reiterate it to the customer so that they are sure that you have heard them correctly."]
  ~ mood = MIN(mood + 1, 5)
  Yes. That's it exactly. That's the first time anyone's said it back to me. #mood:annoyed
  -> after_vent
* [Okay. Let me pull up the order. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Not wrong, but you moved on before showing you heard him. He said a lot; repeat the key facts back so he knows you have the whole picture. #better:So let me make sure I have this right: delivered Saturday the 8th, leaking since Sunday, a technician promised within 48 hours on Monday, and nobody has come or called. Is that right?]
  Yeah. You do that. #mood:angry
  -> after_vent

=== after_vent ===
{
- mood <= -5:
  -> meltdown
- else:
  -> party
}

=== meltdown ===
That's it. I'm done explaining myself to people who don't listen. #mood:furious
* [Sir, please, there's no need to get upset. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"There's no need to get upset" is "calm down" in other words: it tells him his anger is wrong. Seed 003: "I understand this is upsetting. Let's work together to sort this out." #better:You're right, and I'm sorry. I haven't listened well. I'm going to stay on this with you until we have a plan, starting with your service ticket.]
  ~ mood = MAX(mood - 1, -5)
  No need? NO NEED? Goodbye. #mood:furious
  He hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END
* [You're right, and I'm sorry. I haven't listened well. I'm going to stay on this with you until we have a plan, starting with your service ticket. #empathy:1 #ownership:2 #expectations:0 #trigger:none #feedback:You owned your own misstep and took charge of the fix. Seed 003: "Apologize and own up to the spots where you may have fallen short. Don't run and try to point fingers."]
  ~ mood = MIN(mood + 2, 5)
  ...All right. One more chance. Go. #mood:angry
  -> party
* [I understand. Would you like me to transfer you to a supervisor? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Offering a supervisor is not wrong, but it comes as a hand-off with no warmth and no information passed on, so he starts again from zero. Seed 003: "Let me connect you with someone who can help solve this problem effectively." #better:You're right, and I'm sorry. I haven't listened well. I'm going to stay on this with you until we have a plan, starting with your service ticket.]
  Yes. Somebody with authority. Please. #mood:angry
  You transfer him to the supervisor queue. The wait shows twelve minutes. #sfx:hold #narration
  #outcome:escalated
  -> END

=== party ===
And the thing is, it's my daughter's eighth birthday on Saturday. Twenty people in my house. I already threw out a hundred and eighty dollars of groceries on Monday. #mood:annoyed
* [Oof. Yeah, that does suck. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:That's sympathy, "yeah, that does suck", not empathy. Seed 003: "Empathy makes people feel like they are going through a situation with someone." Put yourself in his shoes and connect it to what you will do. #better:I'm so sorry about the groceries, and about this landing right before her party. Let me find out exactly where that technician is.]
  Yeah. It is. #mood:annoyed
  -> lookup
* [Just so you know, we don't cover spoiled food. That's policy. #empathy:-1 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:He didn't ask for anything yet, and you opened with a refusal with no reason and no alternative. Seed 003: "A flat denial or negative response without context can leave customers feeling helpless and disregarded." #better:I'm so sorry about the groceries, and about this landing right before her party. Let me find out exactly where that technician is.]
  ~ mood = MAX(mood - 2, -5)
  I didn't ASK you to. Wow. #mood:furious
  -> lookup
* [I'm so sorry about the groceries, and about this landing right before her party. Let me find out exactly where that technician is. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You heard the underlying need: not just "fix the fridge" but "fix it before Saturday". Apology for the impact, then a commitment to act. Seed 003: "Let me find out for you."]
  ~ mood = MIN(mood + 1, 5)
  Thank you. I just need it working before Saturday. That's all I want. #mood:worried
  -> lookup

=== lookup ===
You open service request SR-40977. Opened Monday the 10th. Status: "Awaiting part: water inlet valve." No technician assigned. No call logged. #narration
{
- mood >= -1:
  You can hear him breathing out, slower now. #narration
- else:
  He is drumming on something while he waits. #narration
}
* [It says it's waiting on a part. I don't know when those come in, honestly. #empathy:0 #ownership:-1 #expectations:0 #trigger:i_dont_know #feedback:"I don't know" without a next step sounds like nobody is in charge. Seed 003: "responding with 'I don't know' without offering to find a solution can appear unhelpful." #better:I have your service ticket. The visit is waiting on a part, and nobody called you to say so; that's on us, and I'm sorry. Let me call our parts desk now, while you're on the line.]
  ~ mood = MAX(mood - 2, -5)
  You don't know. Of course you don't. Nobody knows anything over there. #mood:angry
  -> plan
* [While I'm pulling this up, how's the rest of your day going? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:The seed's redirect, "While I'm looking this up, how is your day going otherwise?", sidetracks a caller from his anger. It works once he has cooled off; while he is still hot it can sound like small talk about his ruined week. #better:I have your service ticket. The visit is waiting on a part, and nobody called you to say so; that's on us, and I'm sorry. Let me call our parts desk now, while you're on the line.]
  {
  - mood >= -1:
    ~ mood = MIN(mood + 1, 5)
    Ha. Well, apart from this? Not bad, actually. My kid made me a birthday card for HER birthday. Don't ask. #mood:calm
  - else:
    ~ mood = MAX(mood - 1, -5)
    My day? My kitchen is a swamp. How do you think my day is going? #mood:angry
  }
  -> plan
* [I have your service ticket. The visit is waiting on a part, and nobody called you to say so; that's on us, and I'm sorry. Let me call our parts desk now, while you're on the line. #empathy:1 #ownership:2 #expectations:0 #trigger:none #feedback:You told him what you found, owned the missed call for the company, and took the next step in front of him. Seed 003: "Take Responsibility. There is nothing worse than businesses that blame others."]
  ~ mood = MIN(mood + 1, 5)
  Okay. Okay, good. Thank you. I'll hold. #mood:worried
  -> plan

=== plan ===
You call the parts desk. The valve reaches the local depot tomorrow, Thursday, by 10 a.m. Dispatch has a Thursday slot from 1 to 5 p.m. Your team lead has authorized grocery credits up to $200. #sfx:hold #narration
{
- mood >= 0:
  So? What's the verdict? #mood:worried
- else:
  So? What's the verdict? And don't tell me "soon". #mood:annoyed
}
* [A technician should be out as soon as possible. They'll give you a call. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:"Soon" and "probably" are exactly what he has heard three times. You have a date and a window; give them. Seed 003: "Clarity on time can solve 85% of customer service problems." #better:Here's the plan: the valve reaches our depot tomorrow by 10, and I've booked the technician for tomorrow between 1 and 5. I'll call you by 11 to confirm the part is in, and I'm crediting the $180 for your groceries.]
  ~ mood = MAX(mood - 2, -5)
  As soon as possible. That's what they said on Monday. The party is SATURDAY. #mood:angry
  -> wrap
* [Here's the plan: the valve reaches our depot tomorrow by 10, and I've booked the technician for tomorrow between 1 and 5. I'll call you by 11 to confirm the part is in, and I'm crediting the $180 for your groceries. #empathy:0 #ownership:2 #expectations:2 #trigger:none #feedback:A concrete plan with times, a personal callback and a make-good he didn't have to ask for. Seed 001: "give the customer an idea of when you'll get back to him." Seed 003: "I will check the details... and contact you by tomorrow afternoon with an update."]
  ~ mood = MIN(mood + 2, 5)
  Tomorrow? Between 1 and 5? That's... that's before the party. And the groceries too? #mood:relieved
  -> wrap
* [There's really nothing I can do to speed up parts. The technician will come when it's in. #empathy:0 #ownership:-1 #expectations:0 #trigger:hands_tied #feedback:"Nothing I can do" is never true: you have a date, a slot and a credit to offer. Seed 003: say what you CAN do. #better:Here's the plan: the valve reaches our depot tomorrow by 10, and I've booked the technician for tomorrow between 1 and 5. I'll call you by 11 to confirm the part is in, and I'm crediting the $180 for your groceries.]
  ~ mood = MAX(mood - 2, -5)
  Nothing you can do. Great. Great customer service. #mood:angry
  -> wrap

=== wrap ===
{
- mood <= -4:
  You know what, forget it. Either you give me a date or I want your supervisor. #mood:furious
- mood <= -1:
  So what happens now? Do I just wait by the phone again? #mood:annoyed
- else:
  Okay. So what do I need to do on my end? #mood:calm
}
* [If the technician doesn't show, call the service partner directly. Their number's on the paperwork; it's their job, not ours. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #trigger:not_my_job #feedback:You handed him off to strangers at the very end. Seed 001: "Don't blame someone else!" and seed 003: "That's not my job" conveys "a lack of responsibility or willingness to assist." #better:Nothing, except keep the towels handy one more day. I'll call you tomorrow by 11 to confirm, and the technician comes between 1 and 5. Do you have any questions about that timeline? And thank you for your patience, Mr. Whitfield.]
  ~ mood = MAX(mood - 3, -5)
  Their job. Right. I'm done with Brightline. I'll return the fridge and buy from somebody who answers the phone. #mood:furious
  He hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END
* [Is there anything else I can help you with today? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Polite, but you closed without confirming the timeline or thanking him. Seed 003: ask "Do you have any questions about the timeline I just provided you?", and seed 002: thank them, even though they had a problem. #better:Nothing, except keep the towels handy one more day. I'll call you tomorrow by 11 to confirm, and the technician comes between 1 and 5. Do you have any questions about that timeline? And thank you for your patience, Mr. Whitfield.]
  -> ending
* [Nothing, except keep the towels handy one more day. I'll call you tomorrow by 11 to confirm, and the technician comes between 1 and 5. Do you have any questions about that timeline? And thank you for your patience, Mr. Whitfield. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:You restated the timeline, checked he understood it, committed to the callback and thanked him. Seed 001: "if you give a customer a commitment, make sure that you stick to it."]
  ~ mood = MIN(mood + 1, 5)
  -> ending

=== ending ===
{
- mood >= 2:
  No. No questions. Thank you. Honestly, I'm sorry I yelled at the start. You're the first person who actually did something. #mood:pleased
  You note the 11 a.m. callback in your calendar and on the ticket. #narration
  #outcome:follow_up
  -> END
- mood >= -2:
  Fine. I'll wait for your call. But if that technician isn't here tomorrow, I'm returning the whole thing. #mood:annoyed
  You note the 11 a.m. callback on the ticket. He is not convinced yet; the call tomorrow has to happen. #narration
  #outcome:follow_up
  -> END
- else:
  No. I've heard "we'll call you" three times. Put your supervisor on. #mood:furious
  You transfer him to the floor supervisor. #sfx:hold #narration
  #outcome:escalated
  -> END
}
