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
* [Days? I'm only seeing one call from you, and that was last night after we'd closed. #empathy:-1 #ownership:0 #expectations:0 #trigger:youre_wrong #technique:acknowledge_apologise #feedback:Even if the log shows one call, saying so tells her she is wrong before you have helped at all. "Category Archives: Training": "Never argue with customers when they are angry, displeased or complaining." #better:I'm sorry about that. I'd be happy to help! Can I have your order number?]
  ~ mood = MAX(mood - 2, -5)
  -> defensive
* [I understand your frustration and I hear you, but I'll need your order number first. #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:You named her frustration, then "but" made her help wait on a form question. Apologize and offer to help first; the order number can follow in the same breath. #better:I'm sorry about that. I'd be happy to help! Can I have your order number?]
  It's S D X 3 0 5 7 1. #mood:annoyed
  -> lookup
* [I'm sorry about that. I'd be happy to help! Can I have your order number? #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:Short, warm and straight to the fix: you apologized, offered help, and let her talk. You didn't match her energy, and you didn't argue about how many times she called.]
  ~ mood = MIN(mood + 1, 5)
  Oh. Okay. Um, it's S D X 3 0 5 7 1. Sorry, I've just been stewing on this since Saturday. #mood:annoyed
  -> lookup

=== defensive ===
Excuse me? I called last night AND I emailed on Sunday! ARE YOU CALLING ME A LIAR? #mood:furious
She is shouting now, loud enough that you hold the headset away. #narration
* [Ma'am, I need you to calm down. I'm only reading you what our system shows. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #technique:boundary #feedback:"Calm down", straight after doubting her, confirms her worst guess about this call. "Cater to one, not the the entire customer base": telling an upset customer to calm down "often has the opposite effect". #better:I am just here to help you, but I won't be able to help if you keep yelling at me. Shall we sort it out together?]
  ~ mood = MAX(mood - 2, -5)
  Don't you "ma'am" me. I want your manager. Now. #mood:furious
  You put her on hold and flag the supervisor. #sfx:hold #narration
  #outcome:escalated
  -> END
* [I am just here to help you, but I won't be able to help if you keep yelling at me. Shall we sort it out together? #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:The boundary from "Cater to one, not the the entire customer base", said calmly while she is yelling, with a way back to the fix. Your "Days?" still set her off: she will remember it.]
  ~ mood = MIN(mood + 1, 5)
  ...Fine. I'm not trying to yell. But you started it. It's S D X 3 0 5 7 1. #mood:annoyed
  -> lookup
* [Our records are what they are, ma'am. Do you want to give me the order number or not? #empathy:-1 #ownership:-1 #expectations:0 #trigger:youre_wrong #feedback:Doubling down on the record turns her complaint into an argument you cannot win. "Category Archives: Training": "Never argue with customers when they are angry." #better:I am just here to help you, but I won't be able to help if you keep yelling at me. Shall we sort it out together?]
  ~ mood = MAX(mood - 2, -5)
  Then your records can keep my money. Cancel my subscription. #mood:furious
  She hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END

=== lookup ===
You pull up SDX-30571: three bottles of SDRX Deep Rest, 60 capsules, $49 each, $147 total. Ordered Friday, May 2. Delivered Saturday, May 10. The packing record shows three bottles; the carton weight on the label reads light. #narration
* [Ugh, honestly, the warehouse has been messing up a lot of orders lately. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #technique:redirect #technique:dont_blame #feedback:Commiserating feels friendly, but blaming the warehouse tells her nobody at SDRX owns her problem, and that it may happen again. "Cater to one, not the the entire customer base": "There is nothing worse than businesses that blame others and point the finger." #better:While I'm looking this up, how is your day going otherwise?]
  ~ mood = MAX(mood - 1, -5)
  Great. So it's going to happen again. Wonderful. #mood:annoyed
  Look, I take one every night. I fly out Saturday and I've got four left. And I'm not touching that bottle.
  -> need
* [Sorry, bear with me a moment, the system is really slow this morning. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Harmless, but the silence while you wait is a missed chance to redirect her and learn what she really needs. #better:While I'm looking this up, how is your day going otherwise?]
  Sure. Of course it is. #mood:annoyed
  Look, I take one every night. I fly out Saturday and I've got four left. And I'm not touching that bottle.
  -> need
* [While I'm looking this up, how is your day going otherwise? #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:The redirect from "Cater to one, not the the entire customer base", word for word: it turns her attention away from the anger, and it brings out what really matters to her.]
  ~ mood = MIN(mood + 1, 5)
  My day? Ha. Honestly, stressful. I fly to my sister's on Saturday for two weeks, and I'm down to my last four capsules. That's why I'm so wound up. #mood:worried
  And I am not touching that bottle.
  -> need

=== need ===
* [I'm so sorry. Two missing, one that looks wrong, and you fly Saturday. Let's fix that. #empathy:2 #ownership:1 #expectations:0 #trigger:none #technique:listen_reflect #feedback:You reflected her words back, the stated need (two bottles) and the underlying one (safe capsules before Saturday), and took charge. "Category Archives: Training": reiterate the problem "so that they are sure that you have heard them correctly."]
  ~ mood = MIN(mood + 1, 5)
  Yes. Exactly that. Thank you. #mood:worried
  -> bottle
* [I understand, but I'm sure that bottle is fine. They vary from batch to batch, so it doesn't matter. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:You can't know it is fine, and "it doesn't matter" tells her that her safety worry doesn't. "Cater to one, not the the entire customer base": "Every detail matters." #better:I'm so sorry. Two missing, one that looks wrong, and you fly Saturday. Let's fix that.]
  ~ mood = MAX(mood - 2, -5)
  It DOES matter. I'm the one swallowing it. #mood:angry
  -> bottle
* [Okay, no problem. I'll get the two missing bottles resent to you right away. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:A fix for the stated need, "resend my order", but it skips the rest: she told you about the flight and the bottle she won't touch. Say it back to her first. #better:I'm so sorry. Two missing, one that looks wrong, and you fly Saturday. Let's fix that.]
  Two? What about the one that looks wrong? #mood:annoyed
  -> bottle

=== bottle ===
The one I got, the seal's all puckered on one side, and the capsules are darker than the last batch. I'm not taking something that might be contaminated.
* [Honestly, I don't know what would cause that. It's probably just a different batch. #empathy:0 #ownership:-1 #expectations:0 #trigger:i_dont_know #technique:ownership #feedback:Honest, but it leaves her alone with a safety worry. "Cater to one, not the the entire customer base": "I don't know the answer, but I will get someone who does." #better:Please don't take any of it. I'm sorry for the worry; I'll replace that bottle too.]
  ~ mood = MAX(mood - 1, -5)
  Well, that's reassuring. #mood:worried
  -> timeline
* [Please don't take any of it. I'm sorry for the worry; I'll replace that bottle too. #empathy:1 #ownership:2 #expectations:0 #trigger:none #feedback:Safety first, then a replacement she didn't have to fight for. You kept it short and let her answer.]
  ~ mood = MIN(mood + 1, 5)
  Oh. Thank you. Okay. That's a relief. #mood:relieved
  -> timeline
* [I'm so sorry about that, but if the seal looked broken, you should have refused the delivery. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:"I'm sorry, but" cancels the apology, and the rest makes her problem her fault. "Why Customer Care Interactions Should Transcend The Phone Line": "Trying to deflect blame, especially back to the customer, only makes things worse." #better:Please don't take any of it. I'm sorry for the worry; I'll replace that bottle too.]
  ~ mood = MAX(mood - 2, -5)
  Refused it? The box was on my porch! I wasn't home! #mood:angry
  -> timeline

=== timeline ===
You check shipping. Standard post is 3 to 5 business days: too late for Saturday. Express is two days and you can waive the charge; orders in by 3 p.m. ship today, Tuesday, and arrive Thursday by 8 p.m. #narration
So when will I actually get them? Before Saturday?
* [Don't worry, Dana, they'll definitely be there tomorrow. I'll make sure of it myself. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:expectations_timeline #feedback:An overpromise: you haven't checked, and she will plan around it. "Cater to one, not the the entire customer base": "DO NOT lie to customers just because you want to make them feel good." #better:Yes. Express, at no cost: it ships today and arrives Thursday by 8 p.m. Any questions?]
  ~ mood = MIN(mood + 1, 5)
  Tomorrow? Oh, wonderful! #mood:pleased
  -> overpromised
* [We'll get them out to you as soon as we possibly can, and I promise they'll be quick. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:"As soon as we can" is no answer to "before Saturday?". Give her the day. #better:Yes. Express, at no cost: it ships today and arrives Thursday by 8 p.m. Any questions?]
  ~ mood = MAX(mood - 1, -5)
  As soon as you can. That's not a day. Saturday, I said. #mood:annoyed
  -> follow
* [Yes. Express, at no cost: it ships today and arrives Thursday by 8 p.m. Any questions? #empathy:0 #ownership:1 #expectations:2 #trigger:none #feedback:A real date, each step, and a check that she understood. "Cater to one, not the the entire customer base": "Clarity on time can solve 85% of customer service problems."]
  ~ mood = MIN(mood + 1, 5)
  Thursday. Two days before I fly. No, no questions. #mood:relieved
  -> follow

=== overpromised ===
You open the express screen to place it. The earliest delivery for her ZIP code is Thursday by 8 p.m. Not tomorrow. #narration
So, all set then? #mood:calm
* [Sorry, I got that wrong: I can't promise tomorrow. The earliest is Thursday by 8 p.m. #empathy:1 #ownership:1 #expectations:2 #trigger:none #technique:bad_news #feedback:Awkward, and right. "Cater to one, not the the entire customer base": "Make sure that you are realistic with your timelines and update them if anything changes." Correcting it now costs far less than a broken promise.]
  ~ mood = MAX(mood - 1, -5)
  Oh. Thursday. Well, that's still before Saturday, I suppose. #mood:calm
  -> follow
* [I'm so sorry, but the courier dropped the ball: they only deliver to your area on Thursdays. #empathy:0 #ownership:-1 #expectations:1 #trigger:blame_others #feedback:The right date, but "sorry, but" and your own mistake pinned on the courier. "Category Archives: Training": "Don't Blame Someone Else!" Own it: "I got that wrong." #better:Sorry, I got that wrong: I can't promise tomorrow. The earliest is Thursday by 8 p.m.]
  ~ mood = MAX(mood - 2, -5)
  Oh. So not tomorrow, then. You just said tomorrow. #mood:annoyed
  -> follow
* [Yes, you're all set! Keep an eye out for it, and have a great trip. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:Letting a wrong date stand is the worst kind of expectation: she will plan around it. "Cater to one, not the the entire customer base": "DO NOT lie to customers just because you want to make them feel good." #better:Sorry, I got that wrong: I can't promise tomorrow. The earliest is Thursday by 8 p.m.]
  -> broken_promise

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
* [I'll check the tracking tomorrow and call you by noon. Thank you for telling us, Dana. #empathy:1 #ownership:2 #expectations:1 #trigger:none #technique:follow_up #feedback:A personal follow-up with a time, and thanks for the complaint. "Category Archives: Training": you should be "thanking them for giving you an opportunity to excel!"]
  ~ mood = MIN(mood + 1, 5)
  -> goodbye
* [You'll get an automatic email with tracking as soon as it ships. Anything else I can help with today? #empathy:0 #ownership:0 #expectations:1 #trigger:none #feedback:The automatic email is fine, but it isn't a personal follow-up, and you didn't thank her. "Cater to one, not the the entire customer base": a personal update "lets people know that they are not forgotten." #better:I'll check the tracking tomorrow and call you by noon. Thank you for telling us, Dana.]
  -> goodbye
* [If it doesn't show up by Thursday, just give us a call back and we'll look into it. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:It puts the chasing back on her, after she already felt she had called for days. "Cater to one, not the the entire customer base": "If you forget to follow up, the additional steps don't matter." #better:I'll check the tracking tomorrow and call you by noon. Thank you for telling us, Dana.]
  ~ mood = MAX(mood - 1, -5)
  -> goodbye

=== goodbye ===
{
- mood >= 2:
  No, that's everything. Thank you, really. I'm sorry I came in so hot. #mood:pleased
  You set a reminder: Wednesday, 11:30 a.m., check SDX-30571 tracking and call Dana. #narration
  #outcome:follow_up
  -> END
- mood >= 0:
  Okay. I'll watch for the email. Bye. #mood:calm
  You add a note to SDX-30571: missing bottles to reship. #narration
  #outcome:follow_up
  -> END
- else:
  You know what, just cancel the subscription after this. I can't keep doing this. #mood:angry
  She hangs up. #sfx:hangup #narration
  #outcome:lost
  -> END
}
