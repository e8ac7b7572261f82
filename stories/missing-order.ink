# title: The Missing Bottles
# customer: Dana Reyes
# channel: phone
# difficulty: 2
# summary: Dana's three-bottle SDRX order arrived with two bottles missing and the third looking wrong. She says she has been calling for days, and she flies out on Saturday.
# id: missing-order

VAR mood = -2

-> opening

=== opening ===
The phone rings. #sfx:ring #narration
You pick up: "Hi, this is SDRX Supplemental Wellness. How can I help you today?" #sfx:pickup #narration
Thank God! I finally got through to someone. I've been calling for days! #mood:angry
I need you to resend my order. When I got mine, it was missing two bottles, and the one I did get looked funny, so it's clearly not safe. I spent a hundred and forty-seven dollars with you and I demand a solution.
* [Days? I'm only seeing one call from you, yesterday evening after we'd closed. #empathy:-1 #ownership:0 #expectations:0 #trigger:youre_wrong #feedback:The seed even notes that "I've been calling for days" is "oftentimes not true", and it still doesn't help to say so. Correcting her tells her she's wrong before you've helped at all. Seed 001: "Never argue with customers when they are angry." #better:I'm sorry, that's not what anyone wants to open. I'd be happy to help with that! I need a few pieces of information to find your order, and then we can get down to the root of it.]
  ~ mood = MAX(mood - 2, -5)
  Excuse me? I called last night AND I emailed on Sunday. Are you calling me a liar? #mood:furious
  -> defensive
* [Okay. Can I have your order number? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Not wrong, but flat. She led with "finally" and "I demand", and a bare form question can sound like you didn't hear any of it. Seed 003: answer in a tone "that eases the conversation and their mind." #better:I'm sorry, that's not what anyone wants to open. I'd be happy to help with that! I need a few pieces of information to find your order, and then we can get down to the root of it.]
  It's S D X 3 0 5 7 1. #mood:annoyed
  -> lookup
* [I'm sorry, that's not what anyone wants to open. I'd be happy to help with that! I need a few pieces of information to find your order, and then we can get down to the root of it. #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:That's the seed's opener with an apology in front. Seed 003: "This type of response... pushes them back a bit because you aren't matching their energy."]
  ~ mood = MIN(mood + 1, 5)
  Oh. Okay. Um, it's S D X 3 0 5 7 1. Sorry, I've just been stewing on this since Saturday. #mood:annoyed
  -> lookup

=== defensive ===
I'm not going to sit here and get called a liar by the company that lost my order.
* [Please calm down, ma'am. We'll get to it. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:Telling her to calm down, straight after doubting her, confirms her worst guess about the call. Seed 003: "I understand this is upsetting. Let's work together to sort this out." #better:You're right, and I'm sorry; how long it took doesn't matter, getting you your bottles does. Let's sort this out together. What's your order number?]
  ~ mood = MAX(mood - 2, -5)
  Don't "ma'am" me. I want your manager. Now. #mood:furious
  You put her on hold and flag the supervisor. #sfx:hold #narration
  #outcome:escalated
  -> END
* [I can hear how upset you are. I am just here to help you, but I won't be able to help if you keep yelling at me. If you want a solution, let's work on it together: what's your order number? #empathy:+1 #ownership:+1 #expectations:0 #trigger:none #feedback:The seed's boundary, said calmly: "I am just here to help you, but I won't be able to help if you keep yelling at me." It names her anger without matching it and hands her a way back to the fix. It would land even better with an apology for doubting her, since your "Days?" is what set her off. #better:You're right, and I'm sorry; how long it took doesn't matter, getting you your bottles does. Let's sort this out together. What's your order number?]
  ~ mood = MIN(mood + 1, 5)
  ...Okay. Sorry. I'm not trying to yell at you, I've just been stewing on this since Saturday. #mood:annoyed
  It's S D X 3 0 5 7 1.
  -> lookup
* [I'm just telling you what the system shows. #empathy:-1 #ownership:0 #expectations:0 #trigger:youre_wrong #feedback:Doubling down on the record turns her complaint into an argument you can't win. Seed 001: "Do NOT interrupt them mid-flow to argue a point... don't do it!" #better:You're right, and I'm sorry; how long it took doesn't matter, getting you your bottles does. Let's sort this out together. What's your order number?]
  ~ mood = MAX(mood - 2, -5)
  Then your system can keep my money. I'll buy magnesium at the pharmacy. Cancel my subscription. #mood:furious
  She hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END
* [You're right, and I'm sorry; how long it took doesn't matter, getting you your bottles does. Let's sort this out together. What's your order number? #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:A clean recovery: you dropped the point, apologized and moved to the fix. "It doesn't matter" is fine here because it is about the call log, not her concern. Seed 003: "Apologize and own up to the spots where you may have fallen short."]
  ~ mood = MIN(mood + 2, 5)
  ...Fine. S D X 3 0 5 7 1. #mood:annoyed
  -> lookup

=== lookup ===
You pull up SDX-30571: three bottles of SDRX Deep Rest, 60 capsules, $49 each, $147 total. Ordered Friday, May 2. Delivered Saturday, May 10. The packing record shows three bottles; the carton weight on the label reads light. #narration
* [Ugh, the warehouse has been messing up a lot of orders lately, honestly. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Commiserating feels friendly, but blaming the warehouse tells her nobody at SDRX owns her problem, and that it may happen again. Seed 003: "There is nothing worse than businesses that blame others and point the finger." #better:While I'm looking this up, how is your day going otherwise?]
  ~ mood = MAX(mood - 1, -5)
  Great. So it's going to happen again. Wonderful. #mood:annoyed
  -> need
* [While I'm looking this up, how is your day going otherwise? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:The seed's redirect: "This question is made to redirect their attention to something other than anger." It also tends to surface what really matters to her.]
  ~ mood = MIN(mood + 1, 5)
  My day? Ha. Honestly, stressful. I fly to my sister's on Saturday for two weeks, and I'm down to my last four capsules. That's why I'm so wound up about this. #mood:worried
  -> need
* [Bear with me, the system's really slow today. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Honest, and harmless, but the silence while you wait is a missed chance to redirect her and learn what she really needs. Seed 003: "While I'm looking this up, how is your day going otherwise?"]
  Sure. Of course it is. #mood:annoyed
  -> need

=== need ===
Look, I take one every night. I fly out Saturday and I've got four left. And I'm not touching that bottle.
* [I'm sure that bottle's fine. They look a bit different from batch to batch; it doesn't matter. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:You can't know it is fine, and "it doesn't matter" tells her that her safety worry doesn't. Seed 003: "Every detail matters. Please share more about your concern so we can address it appropriately." #better:I'm so sorry. So two bottles never arrived, the one that did looks wrong, and you fly out Saturday with four capsules left. Is that right? Let's make sure you have them before your flight.]
  ~ mood = MAX(mood - 2, -5)
  It DOES matter. I'm the one swallowing it. #mood:angry
  -> bottle
* [Okay, I'll resend the two missing bottles. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:That answers the stated need, "resend my order". Seed 003: listen for the underlying need too. She told you about the flight and the bottle she won't touch; reflect it back first. #better:I'm so sorry. So two bottles never arrived, the one that did looks wrong, and you fly out Saturday with four capsules left. Is that right? Let's make sure you have them before your flight.]
  Two? What about the one that looks wrong? #mood:annoyed
  -> bottle
* [I'm so sorry. So two bottles never arrived, the one that did looks wrong, and you fly out Saturday with four capsules left. Is that right? Let's make sure you have them before your flight. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:Stated need (resend) and underlying need (before Saturday, and safe) in one reflection. Seed 001: "reiterate it to the customer so that they are sure that you have heard them correctly."]
  ~ mood = MIN(mood + 1, 5)
  Yes. Exactly that. Thank you. #mood:worried
  -> bottle

=== bottle ===
The one I got, the seal's all puckered on one side, and the capsules are darker than the last batch. I'm not taking something that might be contaminated.
* [If the seal was broken, you really should have refused the delivery. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:Whatever the rule, this makes her problem her fault. Seed 004: "Trying to deflect blame, especially back to the customer, only makes things worse." #better:Please don't take any from that bottle, and I'm sorry for the worry. I'll replace it too, so you get three fresh bottles, and I'll email a prepaid label so our quality team can test the odd one.]
  ~ mood = MAX(mood - 2, -5)
  Refused it? The box was on my porch! I wasn't home! #mood:angry
  -> timeline
* [I don't know what would cause that, honestly. #empathy:0 #ownership:-1 #expectations:0 #trigger:i_dont_know #feedback:Honest, but it leaves her alone with a safety worry. Seed 003: "I don't know the answer, but I will get someone who does." #better:Please don't take any from that bottle, and I'm sorry for the worry. I'll replace it too, so you get three fresh bottles, and I'll email a prepaid label so our quality team can test the odd one.]
  ~ mood = MAX(mood - 1, -5)
  Well, that's reassuring. #mood:worried
  -> timeline
* [Please don't take any from that bottle, and I'm sorry for the worry. I'll replace it too, so you get three fresh bottles, and I'll email a prepaid label so our quality team can test the odd one. #empathy:1 #ownership:2 #expectations:0 #trigger:none #feedback:Safety first, then a replacement she didn't have to fight for, and a way to find out what went wrong. Seed 003: "Have realistic allowances of what you can do... mail a new one out to you."]
  ~ mood = MIN(mood + 1, 5)
  Three? Oh, thank you. Okay. That's a relief. #mood:relieved
  -> timeline

=== timeline ===
You check shipping. Standard post is 3 to 5 business days: too late for Saturday. Express is two days and you can waive the charge; orders in by 3 p.m. ship today, Tuesday, and arrive Thursday by 8 p.m. #narration
So when will I actually get them? Before Saturday?
* [We'll get them out to you as soon as possible. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:"As soon as possible" is no answer to "before Saturday?". Seed 003: "Communicate timelines clearly... Clarity on time can solve 85% of customer service problems." #better:I'm sending all three by express at no cost. It ships today by 3, arrives Thursday by 8 p.m., and you'll get the tracking number by email within the hour. Do you have any questions about that timeline?]
  ~ mood = MAX(mood - 1, -5)
  As soon as possible. That's not a day. Saturday, I said. #mood:annoyed
  -> follow
* [I'm sending all three by express at no cost. It ships today by 3, arrives Thursday by 8 p.m., and you'll get the tracking number by email within the hour. Do you have any questions about that timeline? #empathy:0 #ownership:1 #expectations:2 #trigger:none #feedback:Each step, each time, and a check that she understood. Seed 003: "After your explanation, ask them, 'Do you have any questions about the timeline I just provided you?'"]
  ~ mood = MIN(mood + 2, 5)
  Thursday. Two days before I fly. No, no questions. That's perfect. #mood:relieved
  -> follow
* [Don't worry, they'll definitely be there tomorrow. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:A promise you haven't checked is the seed's "Overpromising Issue": "Promising something that cannot be delivered undermines trust." Give the real date, even when it's less exciting. #better:I'm sending all three by express at no cost. It ships today by 3, arrives Thursday by 8 p.m., and you'll get the tracking number by email within the hour. Do you have any questions about that timeline?]
  ~ mood = MIN(mood + 2, 5)
  Tomorrow? Oh, wonderful! #mood:pleased
  -> overpromised

=== overpromised ===
You open the express screen to place it. The earliest delivery for her ZIP code is Thursday by 8 p.m. Not tomorrow. #narration
So, all set then? #mood:calm
* [Great, you're all set! #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:Letting a wrong date stand is the worst kind of expectation: she will plan around it. Seed 003: "DO NOT lie to customers just because you want to make them feel good." #better:Dana, I need to correct myself: I can't promise tomorrow. The earliest is Thursday by 8 p.m., still two days before your flight. I'm sorry I got that wrong.]
  -> broken_promise
* [Dana, I need to correct myself: I can't promise tomorrow. The earliest is Thursday by 8 p.m., still two days before your flight. I'm sorry I got that wrong. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Awkward and right. Seed 003: "Make sure that you are realistic with your timelines and update them if anything changes." Correcting it now costs far less than a broken promise on Wednesday.]
  ~ mood = MAX(mood - 1, -5)
  Oh. Thursday. Well, that's still before Saturday, I suppose. Thanks for being straight with me. #mood:calm
  -> follow
* [Actually, the courier only does Thursdays to your area, sorry. #empathy:0 #ownership:-1 #expectations:1 #trigger:blame_others #feedback:You gave the right date but pinned your own mistake on the courier. Seed 001: "Don't Blame Someone Else!" Own it: "I got that wrong." #better:Dana, I need to correct myself: I can't promise tomorrow. The earliest is Thursday by 8 p.m., still two days before your flight. I'm sorry I got that wrong.]
  ~ mood = MAX(mood - 2, -5)
  Oh. So not tomorrow then. Okay. #mood:annoyed
  -> follow

=== broken_promise ===
Wednesday, 7:15 p.m. The phone rings. It's Dana. Nothing arrived. #sfx:ring #narration
You told me TOMORROW. I stayed home all day for it. I want to talk to your manager. #mood:furious
She is transferred to the evening supervisor. #sfx:hold #narration
#outcome:escalated
-> END

=== follow ===
{
- mood >= 1:
  Is there anything else I need to do? #mood:calm
- else:
  And what if it doesn't show up? Do I have to go through all this again? #mood:worried
}
* [If it doesn't show up, just give us a call back. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #feedback:It puts the chasing back on her, after she already felt she had called "for days". Seed 003: "Follow Up. The follow-up is the most important part. If you forget to follow up, the additional steps don't matter." #better:I'll personally check the tracking tomorrow morning and call you by noon to confirm it's moving. And thank you for calling us about this, Dana; you gave us the chance to fix it.]
  ~ mood = MAX(mood - 1, -5)
  -> goodbye
* [I'll personally check the tracking tomorrow morning and call you by noon to confirm it's moving. And thank you for calling us about this, Dana; you gave us the chance to fix it. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:A personal follow-up with a time, and thanks for the complaint. Seed 003: "a personal touch from a CSR... with an update lets people know that they are not forgotten." Seed 001: "You should be thanking them for giving you an opportunity to excel!"]
  ~ mood = MIN(mood + 1, 5)
  -> goodbye
* [You'll get an automatic email when it ships. Anything else I can help with? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:The automatic email is fine, but it isn't a personal follow-up, and you didn't thank her. Seed 003: "a personal touch from a CSR (email, phone call, text message) with an update lets people know that they are not forgotten." #better:I'll personally check the tracking tomorrow morning and call you by noon to confirm it's moving. And thank you for calling us about this, Dana; you gave us the chance to fix it.]
  -> goodbye

=== goodbye ===
{
- mood >= 2:
  No, that's everything. Thank you, really. I'm sorry I came in so hot. Have a good day. #mood:pleased
  You set a reminder: Wednesday, 11:30 a.m., check SDX-30571 tracking and call Dana. #narration
  #outcome:follow_up
  -> END
- mood >= -2:
  Okay. I'll watch for the email. Bye. #mood:calm
  You add a note to SDX-30571: express reshipment of three bottles, return label for the odd one. #narration
  #outcome:follow_up
  -> END
- else:
  You know what, just cancel the subscription after this. I can't keep doing this. #mood:angry
  She hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END
}
