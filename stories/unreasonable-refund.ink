# title: Two Dutch Ovens
# customer: Vivian Castellano
# channel: chat
# difficulty: 3
# summary: Vivian's $89 Dutch oven arrived two days late, the day after her dinner party. She wants a refund, the pot, $150 and a year of free shipping, or one-star reviews everywhere.
# id: unreasonable-refund

VAR mood = -2

-> start

=== start ===
A chat opens on the Harbor & Pine help desk. Customer: Vivian Castellano. Order HP-220914: one enamelled Dutch oven, $89.00, shipping $12.95. Promised: Thursday, October 9. Delivered: Saturday, October 11. #sfx:chime #narration
Your allowances: refund the shipping, a goodwill credit of up to $25, a prepaid return label with a full refund once it's scanned, and, as a last resort only, a refund without a return. #narration
Vivian is typing... #sfx:typing #narration
Order HP-220914. Your "GUARANTEED Thursday delivery" showed up SATURDAY. My dinner party was FRIDAY. What are you going to do about it? #mood:angry
* [Hi Vivian, I can look into that for you. What's the email address on the account? #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:Helpful and calm, but she gave you the order number and a ruined Friday, and you answered with a form field. Seed 002: once the customer is done, "repeat what they said back to them using their words." #better:Hi Vivian, I'm so sorry your Dutch oven arrived two days late, right after your dinner party. Let me look at order HP-220914 and see what happened.]
  I already GAVE you the order number. It's vivcast@mailbox.example. #mood:angry
  -> demands
* [Hi Vivian, I'm so sorry your Dutch oven arrived two days late, right after your dinner party. Let me look at order HP-220914 and see what happened. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You reflected her facts back (two days late, the party) and apologized for the impact before touching policy. Seed 003: "If the situation is your fault, own up to it."]
  ~ mood = MIN(mood + 1, 5)
  Thank you. At least someone admits it. #mood:annoyed
  -> demands
* [Hi Vivian. The delivery dates at checkout are estimates, so technically the order wasn't late. #empathy:-1 #ownership:0 #expectations:0 #trigger:youre_wrong #feedback:Even if the fine print backs you, telling her she is wrong in your first line makes her defensive. Her checkout page said "guaranteed". Seed 003: "Let's go over the details together to see where the misunderstanding might be." #better:Hi Vivian, I'm so sorry your Dutch oven arrived two days late, right after your dinner party. Let me look at order HP-220914 and see what happened.]
  ~ mood = MAX(mood - 2, -5)
  TECHNICALLY? Your checkout page said GUARANTEED. I have a screenshot. Don't you dare tell me it wasn't late. #mood:furious
  -> demands

=== demands ===
Vivian is typing... #sfx:typing #narration
{
- mood <= -3:
  Here's what's going to happen. Full refund, $89. I KEEP the pot. $150 for my ruined dinner party. Free shipping for a year. Or I post one-star reviews on every site I can find, tonight. #mood:furious
- else:
  Here's what I want. A full refund, $89. I keep the pot, because frankly I earned it. $150 for my dinner party, because I had to drive to the mall and pay $110 for a pot I didn't need. And free shipping for a year. Otherwise I'm posting one-star reviews everywhere. #mood:angry
}
* [Okay, I'll take care of all of that for you. #empathy:0 #ownership:1 #expectations:-1 #trigger:none #feedback:Giving in feels like ownership, but you promised things you are not allowed to give. Seed 003: "If you were taught 'the customer is always right,' you would probably give in... stand your ground." And: "DO NOT lie to customers just because you want to make them feel good." #better:I'm sorry it didn't arrive Thursday as promised; that's on us. Unfortunately, we can't do all of that. What I can do for you is refund your $12.95 shipping today and add a $25 credit to your account.]
  ~ mood = MIN(mood + 2, 5)
  ...Really? Well. Good. That's more like it. #mood:calm
  -> walk_back
* [That's quite a list for a two-day delay. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:Minimizing her problem ("only two days") is the written version of "whatever": it says her concern doesn't matter. Seed 003: "Every detail matters." Hold the line on the demands, not on her feelings. #better:I'm sorry it didn't arrive Thursday as promised; that's on us. Unfortunately, we can't do all of that. What I can do for you is refund your $12.95 shipping today and add a $25 credit to your account.]
  ~ mood = MAX(mood - 2, -5)
  Excuse me? A "list"? You ruined my dinner party and you're lecturing ME? #mood:furious
  -> pushback
* [I'm sorry it didn't arrive Thursday as promised; that's on us. Unfortunately, we can't do all of that. What I can do for you is refund your $12.95 shipping today and add a $25 credit to your account. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:That is the seed's refusal: "Unfortunately, we can't do that. What I can do for you is..." You owned the late delivery, held the line on the rest, and offered something real, today.]
  ~ mood = MIN(mood + 1, 5)
  -> pushback
* [No, we can't do that. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:A bare "no" leaves her nowhere to go but the review sites. Seed 003: "A flat denial or negative response without context can leave customers feeling helpless and disregarded." Always follow the no with what you CAN do. #better:I'm sorry it didn't arrive Thursday as promised; that's on us. Unfortunately, we can't do all of that. What I can do for you is refund your $12.95 shipping today and add a $25 credit to your account.]
  ~ mood = MAX(mood - 2, -5)
  "No." That's it? Just "no"? Wow. #mood:furious
  -> pushback

=== walk_back ===
You open the refund tool. It will not issue a credit above $40 without approval. Your team lead replies in the side channel: "We can't do $150 or a year of free shipping. Stick to your allowances." #narration
Vivian is typing... #sfx:typing #narration
So? Is it done? I'm waiting. #mood:annoyed
* [My supervisor just said no, so it's out of my hands now. Sorry. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #trigger:hands_tied #feedback:You made the promise; now you are pinning the retraction on your supervisor. Seed 001: "Don't Blame Someone Else!" Own the mistake as yours and move straight to what you can do. #better:I owe you an apology, Vivian: I promised more than I'm able to give, and that's my mistake. Unfortunately, we can't do all of that. What I can do is refund your $12.95 shipping today and add a $25 credit.]
  ~ mood = MAX(mood - 3, -5)
  Out of your hands? You PROMISED me. Get me this supervisor then. Now. #mood:furious
  You hand the chat to your team lead with a one-line note. #sfx:chime #narration
  #outcome:escalated
  -> END
* [The system won't let me do it. I don't know why. #empathy:0 #ownership:-2 #expectations:0 #trigger:i_dont_know #trigger:hands_tied #feedback:"The system won't let me" and "I don't know", with no next step, right after a promise: you sound like you were never in charge. Seed 003: "Let me find out for you." Better still, be honest that the promise was wrong. #better:I owe you an apology, Vivian: I promised more than I'm able to give, and that's my mistake. Unfortunately, we can't do all of that. What I can do is refund your $12.95 shipping today and add a $25 credit.]
  ~ mood = MAX(mood - 3, -5)
  You don't know? You just told me it was done! #mood:furious
  -> pushback
* [I owe you an apology, Vivian: I promised more than I'm able to give, and that's my mistake. Unfortunately, we can't do all of that. What I can do is refund your $12.95 shipping today and add a $25 credit. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:Hard to type, and right. Seed 003: "Apologize and own up to the spots where you may have fallen short. Don't run and try to point fingers." Then the seed's refusal: "Unfortunately, we can't do that. What I can do for you is..."]
  ~ mood = MAX(mood - 2, -5)
  Unbelievable. You can't even keep a promise for thirty seconds. #mood:angry
  -> pushback

=== pushback ===
Vivian is typing... #sfx:typing #narration
{
- mood <= -3:
  $25?! I spent $110 at the mall because of you people. I now own TWO Dutch ovens. TWO. What am I supposed to do with two? #mood:furious
- else:
  $25. I spent $110 at the mall on Friday because yours wasn't here. I now own two Dutch ovens. What am I supposed to do with two? #mood:angry
}
* [Let me connect you with my supervisor, who can review your request. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:A warm handoff is a good move when someone else can truly help. Here you can, within your own allowances, so escalating just tells her that pushing works. Seed 003: "Have realistic allowances of what you can do to help people in a given situation." #better:So the pot didn't come in time, you bought one for $110 at the store, and now you have two you don't need. Is that right? I can see why that's frustrating. Let's sort out the extra one together.]
  Finally. Someone with actual authority. #mood:annoyed
  You transfer the chat to your team lead with a summary: late delivery, demands, your offer so far. #sfx:chime #narration
  #outcome:escalated
  -> END
* [My hands are tied. $25 is the most I'm allowed to give. #empathy:0 #ownership:-1 #expectations:0 #trigger:hands_tied #feedback:She just told you the real problem (two pots, $110 spent) and you answered with a wall. Seed 003: "Listen for the underlying need." There IS something else you can do. #better:So the pot didn't come in time, you bought one for $110 at the store, and now you have two you don't need. Is that right? I can see why that's frustrating. Let's sort out the extra one together.]
  ~ mood = MAX(mood - 2, -5)
  Then untie them. #mood:furious
  -> two_pots
* [So the pot didn't come in time, you bought one for $110 at the store, and now you have two you don't need. Is that right? I can see why that's frustrating. Let's sort out the extra one together. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You listened past the demands to the underlying need: she doesn't want our pot any more, she wants her money back. Seed 002: repeat it back "using their words", then work on it together.]
  ~ mood = MIN(mood + 1, 5)
  Yes. Exactly. Yours is still in the box. I never even opened it. #mood:annoyed
  -> two_pots

=== two_pots ===
{
- mood <= -3:
  Vivian is typing... stops... starts typing again. #sfx:typing #narration
- else:
  Vivian is typing... #sfx:typing #narration
}
* [You'd pay return shipping, and there's a 15% restocking fee on returned cookware. #empathy:-1 #ownership:0 #expectations:1 #trigger:none #feedback:You stated a policy term, which is clear, but you ignored what she just said: it is unopened and the delay was ours. Seed 003: "Even if it was their fault, you may still want to help... send them a return label." Here it was not her fault at all. #better:What I can do is email you a prepaid return label today. Once the carrier scans it, I'll refund the full $89 plus the $12.95 shipping, and you'll see it on your card within 3 to 5 business days.]
  ~ mood = MAX(mood - 2, -5)
  Restocking fee?! For YOUR late delivery? #mood:furious
  -> turn
* [Can't you just keep both? A spare Dutch oven always comes in handy. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:Meant lightly, read as "it doesn't matter". Her concern is $110 out of pocket, not cupboard space. Seed 003: "Such phrases can come off as dismissive and disrespectful." #better:What I can do is email you a prepaid return label today. Once the carrier scans it, I'll refund the full $89 plus the $12.95 shipping, and you'll see it on your card within 3 to 5 business days.]
  ~ mood = MAX(mood - 2, -5)
  Are you seriously joking right now? #mood:furious
  -> turn
* [What I can do is email you a prepaid return label today. Once the carrier scans it, I'll refund the full $89 plus the $12.95 shipping, and you'll see it on your card within 3 to 5 business days. #empathy:0 #ownership:2 #expectations:2 #trigger:none #feedback:A realistic allowance that fits her real need, with each step and its timing. Seed 003: "Letting customers know the exact process that will follow and how long each step may take gives them peace of mind."]
  ~ mood = MIN(mood + 2, 5)
  -> turn

=== turn ===
{
- mood >= 0:
  -> fair
- else:
  -> unruly
}

=== fair ===
Vivian is typing... #sfx:typing #narration
Okay. That's... actually fair, for the pot. But what about Friday? I had eight people coming and nothing to cook the short ribs in. #mood:annoyed
* [Honestly, the dinner party isn't really something we can worry about. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:You won the hard part and then told her Friday doesn't matter. Seed 003: "Every detail matters." You can hold the line on money and still acknowledge the evening. #better:I'm sorry the pot wasn't there for your dinner; that must have been stressful with eight guests coming. We can't cover the dinner itself, but I'll keep the $25 credit on your account as well, for the trouble.]
  ~ mood = MAX(mood - 3, -5)
  Wow. Okay. Noted. #mood:angry
  -> close
* [That's really all I can do. #empathy:0 #ownership:-1 #expectations:0 #trigger:hands_tied #feedback:Powerless language after a good offer undoes it. Seed 003: say what you CAN do, and here you still have the goodwill credit to give. #better:I'm sorry the pot wasn't there for your dinner; that must have been stressful with eight guests coming. We can't cover the dinner itself, but I'll keep the $25 credit on your account as well, for the trouble.]
  ~ mood = MAX(mood - 1, -5)
  Fine. #mood:annoyed
  -> close
* [I'm sorry the pot wasn't there for your dinner; that must have been stressful with eight guests coming. We can't cover the dinner itself, but I'll keep the $25 credit on your account as well, for the trouble. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:Empathy for the evening, a clear line on the $150, and a small make-good within your allowance. Seed 003: "package gets lost: mail a new one out to you and include an extra bottle of something for you."]
  ~ mood = MIN(mood + 1, 5)
  ...Thank you. That's decent of you. #mood:calm
  -> close

=== unruly ===
Vivian is typing... #sfx:typing #narration
This is a JOKE. You people are incompetent. I've screenshotted this whole chat. Refund the $89, I keep the pot, or the reviews go up tonight. Your choice. #mood:furious
* [Vivian, please calm down. Threats won't get you a bigger refund. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" plus an accusation: she will take it as proof of everything she is about to post. Seed 003: "Telling an upset customer to calm down often has the opposite effect." #better:I understand you're upset, and I don't want you to leave this chat feeling this way. What I can do is refund the full $89 to your card today, and you keep the pot. You'll see it within 3 to 5 business days.]
  ~ mood = MAX(mood - 2, -5)
  Screenshotted. Enjoy your reviews. #mood:furious
  Vivian has left the chat. #sfx:chime #narration
  #outcome:lost
  -> END
* [That's not my decision to make; you'd have to take it up with corporate. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #feedback:Sending her to a faceless "corporate" is "that's not my job" with a longer route. Seed 003: "Let me connect you with someone who can help solve this problem effectively", or better, use the allowance you have. #better:I understand you're upset, and I don't want you to leave this chat feeling this way. What I can do is refund the full $89 to your card today, and you keep the pot. You'll see it within 3 to 5 business days.]
  ~ mood = MAX(mood - 1, -5)
  Fine. Give me your supervisor's name. I'll take it from here. #mood:furious
  You escalate the chat to your team lead, who now has a screenshot war to manage. #narration
  #outcome:escalated
  -> END
* [I understand you're upset, and I don't want you to leave this chat feeling this way. What I can do is refund the full $89 to your card today, and you keep the pot. You'll see it within 3 to 5 business days. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:The seed's last resort, used at the right moment: "With truly unruly customers, be prepared to give them their money back in exchange for never having to hear from them again. The peace of mind is worth more than the sale."]
  ~ mood = MIN(mood + 2, 5)
  ...Fine. Good. Do it. #mood:annoyed
  You issue the $89 refund and send the confirmation. Vivian closes the chat without another word. #sfx:chime #narration
  #outcome:resolved
  -> END

=== close ===
Vivian is typing... #sfx:typing #narration
So I just print the label and send it back?
* [Yep. Anything else? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Quick, but you left out the return window, where to drop it and when the money lands, and you never thanked her. Seed 003: "Do you have any questions about the timeline I just provided you?" #better:Yes: print it, tape it on the box, and drop it at any Parcelway store within 30 days. I'll email you the moment the refund goes through. Do you have any questions about that timeline? And thank you for giving us the chance to make this right, Vivian.]
  -> goodbye
* [Yes. And for next time, the dates at checkout are estimates, so it's worth reading the delivery terms. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:A parting lecture puts the blame back on her, and the checkout said "guaranteed". Seed 001: "NEVER blame them for coming to you with a complaint. You should be thanking them." #better:Yes: print it, tape it on the box, and drop it at any Parcelway store within 30 days. I'll email you the moment the refund goes through. Do you have any questions about that timeline? And thank you for giving us the chance to make this right, Vivian.]
  ~ mood = MAX(mood - 3, -5)
  -> goodbye
* [Yes: print it, tape it on the box, and drop it at any Parcelway store within 30 days. I'll email you the moment the refund goes through. Do you have any questions about that timeline? And thank you for giving us the chance to make this right, Vivian. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Steps, the 30-day window, a personal follow-up and a check that she understood. Seed 002: "your employee should still thank them for their business."]
  ~ mood = MIN(mood + 1, 5)
  -> goodbye

=== goodbye ===
Vivian is typing... #sfx:typing #narration
{
- mood >= 2:
  No questions. Thanks. I came in ready for a fight, honestly. This was fine. More than fine. #mood:pleased
  You set a reminder to email her when the carrier scans the return. #narration
  #outcome:follow_up
  -> END
- mood >= 0:
  Okay. I'll look out for your email. #mood:calm
  You note the return and the refund on her order. #narration
  #outcome:follow_up
  -> END
- else:
  Whatever. I'll send it back, and that's the last thing I'll ever buy from Harbor & Pine. #mood:angry
  Vivian has left the chat. #sfx:chime #narration
  #outcome:lost
  -> END
}
