# title: The Third Call
# customer: Gary Whitfield
# channel: phone
# difficulty: 3
# summary: Gary's new fridge has leaked since the day it was delivered, the promised technician never came, and this is his third call. He comes in shouting.
# id: irate-caller

VAR mood = -3
VAR slips = 0
VAR plan_given = false

-> opening

=== opening ===
The phone rings. The screen shows three calls from this number since Monday, each one closed with "callback promised". #sfx:ring #narration
You pick up: "Thank you for calling Brightline Appliances, how can I help you today?" #sfx:pickup #narration
Finally! A human being! I have been calling for DAYS. Monday, Tuesday, this morning, forty minutes on hold every single time, and every one of you says somebody will call me back. Nobody calls back! #mood:furious
I paid twelve hundred and forty-nine dollars for a refrigerator that has been leaking all over my kitchen floor since the day you delivered it, and I want to know what you people are going to DO about it!
* [I'd be happy to help with that! I need a few details to find your order, and then we'll get to the root of it. #empathy:0 #ownership:1 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:The opener from "Cater to one, not the the entire customer base": you don't match his energy and you offer help. But he has just told you he called three times, and nothing in this line shows you heard it. #better:I can hear how upset you are, and I'm sorry you've had to call three times. Let's sort it out.]
  Details. I've given my details three times! Fine. Order B A 5 8 2 1 3. Whitfield. #mood:angry
  -> vent
* [Okay, sir, I understand you're upset, but first I need you to calm down so I can help. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" tells an upset customer his feelings are not justified, and it usually has the opposite effect. "Category Archives: Training": "Don't try and cut him off, don't urge him to calm down. Instead, listen carefully." #better:I can hear how upset you are, and I'm sorry you've had to call three times. Let's sort it out.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  Calm down? CALM DOWN? Don't you tell me to calm down! I've got water under my fridge and three days of people telling me to wait! #mood:furious
  -> boiling
* [I'm so sorry you feel that way, sir, and I completely understand your frustration. Can I get your order number? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:"I'm sorry you feel that way" is a non-apology: it apologizes for his feelings, not for what happened to him, and callers hear the difference. #better:I can hear how upset you are, and I'm sorry you've had to call three times. Let's sort it out.]
  ~ mood = MAX(mood - 1, -5)
  "Sorry I feel that way"? I FEEL that way because your fridge is leaking! B A 5 8 2 1 3. Write it down this time. #mood:furious
  -> vent
* [I can hear how upset you are, and I'm sorry you've had to call three times. Let's sort it out. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You named his feeling, apologized for the impact (three calls, three waits) and made it a joint job, briefly, so he could keep talking.]
  ~ mood = MIN(mood + 1, 5)
  ...Yeah. Three times. Thank you. Order B A 5 8 2 1 3. #mood:angry
  -> vent

=== boiling ===
He is shouting now, and not pausing for breath. #narration
And don't put me on hold again, I swear, if I hear that music one more time...
* [Look, I'm not the one who installed your fridge, sir, and yelling at me isn't going to fix it for you. #empathy:-1 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:boundary #feedback:"It's not me" is true, and the last thing to say out loud: it tells him nobody is in charge of his problem. #better:I hear how angry you are. I am just here to help you, but I can't if you keep yelling at me.]
  ~ mood = MAX(mood - 1, -5)
  ~ slips += 1
  Then get me somebody who CAN fix it. Your supervisor. Now. #mood:furious
  You place him on hold and page the floor supervisor, explaining nothing but "he's angry". #sfx:hold #narration
  #outcome:escalated
  -> END
* [I hear how angry you are. I am just here to help you, but I can't if you keep yelling at me. #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:The boundary from "Cater to one, not the the entire customer base", said while he is actually yelling: firm, polite, and about the solution. You named the anger first, so it doesn't sound like a reprimand. The "calm down" is still on the record.]
  ~ mood = MIN(mood + 2, 5)
  The line goes quiet for a second. #narration
  ...Okay. Okay. I'm sorry. It's been a long week. Order B A 5 8 2 1 3. #mood:angry
  -> vent
* [Sir, if you keep raising your voice at me like this, I'm going to have to end this call right now. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:A threat is a boundary without the help: you matched his energy, and now the call is about you, not his fridge. "Category Archives: Training": "Never argue with customers when they are angry." #better:I hear how angry you are. I am just here to help you, but I can't if you keep yelling at me.]
  ~ mood = MAX(mood - 2, -5)
  End the call? Fine. I'll end it for you. I'm buying a fridge somewhere else and you can come and pick up this one. #mood:furious
  The line goes dead. #sfx:hangup #narration
  #outcome:lost
  -> END

=== vent ===
{
- mood <= -4:
  And you know what else? Monday they told me "within 48 hours." Tuesday they said the technician was "on the schedule." This morning a girl told me she couldn't see any appointment at all! #mood:furious
- else:
  Look. You delivered it Saturday the 8th. Sunday morning there's a puddle under it. Monday I call, they open a repair, they tell me a technician within 48 hours. Nobody came. Nobody called. #mood:angry
}
Meanwhile I've got towels on the floor and I'm emptying a drip tray every two hours.
* [Those repair visits go through our service partner, so honestly the callback delays are on their end, not ours. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #technique:listen_reflect #technique:dont_blame #feedback:Pointing at another company doesn't help him; to Gary it is all Brightline. "Cater to one, not the the entire customer base": "There is nothing worse than businesses that blame others and point the finger." #better:So: leaking since Sunday, a technician promised Monday, and nobody came or called. Is that right? I'm so sorry.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  I don't care whose end it is! I bought it from YOU! #mood:furious
  -> after_vent
* [So: leaking since Sunday, a technician promised Monday, and nobody came or called. Is that right? I'm so sorry. #empathy:2 #ownership:0 #expectations:0 #trigger:none #feedback:You let him finish, then reflected the facts back in his words and apologized. "Category Archives: Training": reiterate the problem "so that they are sure that you have heard them correctly."]
  ~ mood = MIN(mood + 1, 5)
  Yes. That's it exactly. #mood:annoyed
  -> after_vent
* [Okay, I completely understand, sir. Give me a second to pull up the order on my screen. #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:"I completely understand" is a formula: you moved on before showing you heard him. Say the key facts back so he knows you have the whole picture. #better:So: leaking since Sunday, a technician promised Monday, and nobody came or called. Is that right? I'm so sorry.]
  Yeah. You do that. #mood:angry
  -> after_vent
* [Okay. Did you check the water line at the back? Most leaks on a new install come from the supply line. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:A fair diagnostic question, asked too early: he is still telling you what went wrong, and Brightline installed it. Listen and say it back first; check the water line once he feels heard. #better:So: leaking since Sunday, a technician promised Monday, and nobody came or called. Is that right? I'm so sorry.]
  ~ mood = MAX(mood - 2, -5)
  Your installers connected it! YOUR installers! I watched them do it! #mood:furious
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
* [I understand, sir. Would you like me to transfer you to a supervisor who can look at this? #empathy:0 #ownership:1 #expectations:0 #trigger:none #technique:ownership #feedback:Not wrong, but a cold hand-off: nothing is passed on, so he starts again from zero. Stay with him, or brief whoever takes over. #better:You're right, and I'm sorry; I haven't listened well. I'll stay on this with you until we have a plan.]
  Yes. Somebody with authority. Please. #mood:angry
  You transfer him to the supervisor queue. The wait shows twelve minutes. #sfx:hold #narration
  #outcome:escalated
  -> END
* [Sir, please, I understand, but there's really no need to get so upset with me. I'm only trying to help you here. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"No need to get upset" is "calm down" in other words: it tells him his anger is wrong. #better:You're right, and I'm sorry; I haven't listened well. I'll stay on this with you until we have a plan.]
  ~ mood = MAX(mood - 1, -5)
  ~ slips += 1
  No need? NO NEED? Goodbye. #mood:furious
  He hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END
* [You're right, and I'm sorry; I haven't listened well. I'll stay on this with you until we have a plan. #empathy:1 #ownership:2 #expectations:0 #trigger:none #feedback:You owned your own misstep and took charge of the fix. "Cater to one, not the the entire customer base": "Apologize and own up to the spots where you may have fallen short."]
  ~ mood = MIN(mood + 2, 5)
  ...All right. One more chance. Go. #mood:angry
  -> party

=== party ===
And the thing is, it's my daughter's eighth birthday on Saturday. Twenty people in my house. I already threw out a hundred and eighty dollars of groceries on Monday. #mood:annoyed
* [I'm so sorry about the groceries, and right before her party. Let me find out where that technician is. #empathy:2 #ownership:1 #expectations:0 #trigger:none #technique:empathy_not_sympathy #feedback:You heard the underlying need, not just "fix the fridge" but "fix it before Saturday", apologized for the impact and committed to act.]
  ~ mood = MIN(mood + 1, 5)
  Thank you. I just need it working before Saturday. That's all I want. #mood:worried
  -> lookup
* [Oof. Yeah, that really does suck, especially right before a birthday party. Been there myself, believe me, sir. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Sympathy, "yeah, that does suck", not empathy: "Cater to one, not the the entire customer base" says sympathy doesn't fill the need. Connect his problem to what you will do about it. #better:I'm so sorry about the groceries, and right before her party. Let me find out where that technician is.]
  Yeah. It does. #mood:annoyed
  -> lookup
* [Just so you know, sir, we don't cover spoiled food under any circumstances. I'm sorry, but that's company policy. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:He didn't ask for anything, and you opened with a refusal with no alternative; "I'm sorry, but" doesn't soften it. "Cater to one, not the the entire customer base": "A flat denial or negative response without context can leave customers feeling helpless and disregarded." #better:I'm so sorry about the groceries, and right before her party. Let me find out where that technician is.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  I didn't ASK you to. Wow. #mood:furious
  -> lookup

=== lookup ===
You open service request SR-40977. Opened Monday the 10th. Status: "Awaiting part: water inlet valve." No technician assigned. No call logged. #narration
{
- mood >= -1:
  You can hear him breathing out, slower now. #narration
- else:
  He is drumming on something while he waits. #narration
}
* [I completely understand, and I'm so sorry. It says it's waiting on a part; I honestly don't know when those come in. #empathy:1 #ownership:-1 #expectations:0 #trigger:i_dont_know #technique:redirect #technique:dont_blame #feedback:Sympathy words, then "I don't know" without a next step: it sounds like nobody is in charge. "Cater to one, not the the entire customer base": "I don't know the answer, but I will get someone who does." #better:The visit is waiting on a part, and nobody called you; that's on us. I'm calling our parts desk now.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  You don't know. Of course you don't. Nobody knows anything over there. #mood:angry
  -> plan
* [While I'm pulling this up, how's the rest of your day going otherwise? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:The redirect from "Cater to one, not the the entire customer base" takes a caller's mind off his anger once he has cooled off; while he is still hot it can sound like small talk about his ruined week. And he still doesn't know what you found. #better:The visit is waiting on a part, and nobody called you; that's on us. I'm calling our parts desk now.]
  {
  - mood >= -1:
    ~ mood = MIN(mood + 1, 5)
    Ha. Well, apart from this? Not bad, actually. My kid made me a birthday card for HER birthday. Don't ask. #mood:calm
  - else:
    ~ mood = MAX(mood - 1, -5)
    My day? My kitchen is a swamp. How do you think my day is going? #mood:angry
  }
  -> plan
* [I see the problem here: you didn't put a phone number on the repair request, so they had no way to call you. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:Even if the field is empty, the request was ours to complete, and he has called three times. "Category Archives: Training": "This is NOT the customer's fault. NEVER blame them for coming to you with a complaint." #better:The visit is waiting on a part, and nobody called you; that's on us. I'm calling our parts desk now.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  MY fault? I've called you three times! You have my number on your screen right now! #mood:furious
  -> plan
* [The visit is waiting on a part, and nobody called you; that's on us. I'm calling our parts desk now. #empathy:1 #ownership:2 #expectations:0 #trigger:none #feedback:You told him what you found, owned the missed call for the company and took the next step in front of him. No excuses, no finger-pointing.]
  ~ mood = MIN(mood + 1, 5)
  Okay. Okay, good. Thank you. I'll hold. #mood:worried
  -> plan

=== plan ===
You call the parts desk. The valve reaches the local depot tomorrow, Thursday, by 10 a.m. Dispatch has a Thursday slot from 1 to 5 p.m. #sfx:hold #narration
{
- mood >= 0:
  So? What's the verdict? #mood:worried
- else:
  So? What's the verdict? And don't tell me "soon". #mood:annoyed
}
* [I understand, and I'm sorry, but there's really nothing I can do to speed up parts, sir. #empathy:1 #ownership:-1 #expectations:0 #trigger:hands_tied #technique:expectations_timeline #feedback:"Nothing I can do" is never true: you have a date and a slot to offer. Say what you CAN do. #better:Thanks for holding. The part's in tomorrow by 10, and a technician is booked from 1 to 5. I'll confirm by 11.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  Nothing you can do. Great. Great customer service. #mood:angry
  -> wrap
* [Thanks for holding. The part's in tomorrow by 10, and a technician is booked from 1 to 5. I'll confirm by 11. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:A concrete plan with times and a personal callback. "Category Archives: Training": "give the customer an idea of when you'll get back to him."]
  ~ mood = MIN(mood + 2, 5)
  ~ plan_given = true
  Tomorrow? Between 1 and 5? That's... that's before the party. #mood:relieved
  -> wrap
* [I'm so sorry, and I completely understand. A technician will be out as soon as possible, and they'll call you first. #empathy:1 #ownership:0 #expectations:-1 #trigger:none #feedback:The apology is fine, but "as soon as possible" is exactly what he has heard three times. You have a date and a window; give them. "Cater to one, not the the entire customer base": "Clarity on time can solve 85% of customer service problems." #better:Thanks for holding. The part's in tomorrow by 10, and a technician is booked from 1 to 5. I'll confirm by 11.]
  ~ mood = MAX(mood - 2, -5)
  As soon as possible. That's what they said on Monday. The party is SATURDAY. #mood:angry
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
* [Thank you so much for your patience, Mr. Whitfield, and I'm so sorry again. Is there anything else I can help with today? #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:follow_up #technique:thank_customer #feedback:Warm, but you closed without confirming the timeline or promising the callback he has waited three days for. #better:Nothing, just the towels for one more day. I'll phone you at 11 tomorrow to confirm. Any questions? Thanks, Mr. Whitfield.]
  -> ending
* [If the technician doesn't show, call the service partner directly; it's really their job at that point, not ours. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #trigger:not_my_job #feedback:You handed him to strangers at the very end. "Category Archives: Training": "Don't Blame Someone Else!" #better:Nothing, just the towels for one more day. I'll phone you at 11 tomorrow to confirm. Any questions? Thanks, Mr. Whitfield.]
  ~ mood = MAX(mood - 3, -5)
  ~ slips += 1
  Their job. Right. I'm done with Brightline. I'll return the fridge and buy from somebody who answers the phone. #mood:furious
  He hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END
* [Nothing, just the towels for one more day. I'll phone you at 11 tomorrow to confirm. Any questions? Thanks, Mr. Whitfield. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:You restated the next step, committed to the callback, checked for questions and thanked him. "Category Archives: Training": "if you give a customer a commitment, make sure that you stick to it."]
  ~ mood = MIN(mood + 1, 5)
  -> ending

=== ending ===
{
- slips >= 2 || mood <= -3:
  No. I've heard "we'll call you" three times. Put your supervisor on. #mood:furious
  You transfer him to the floor supervisor. #sfx:hold #narration
  #outcome:escalated
  -> END
- plan_given && mood >= 2:
  No. No questions. Thank you. Honestly, I'm sorry I yelled at the start. #mood:pleased
  You note the 11 a.m. callback in your calendar and on the ticket. #narration
  #outcome:follow_up
  -> END
- else:
  Fine. I'll wait for your call. But if that technician isn't here tomorrow, I'm returning the whole thing. #mood:annoyed
  You note a callback on the ticket. He is not convinced yet. #narration
  #outcome:follow_up
  -> END
}
