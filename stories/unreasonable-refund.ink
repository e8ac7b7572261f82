# title: Two Dutch Ovens
# customer: Vivian Castellano
# channel: chat
# difficulty: 3
# summary: Vivian's $89 Dutch oven arrived two days late, the day after her dinner party. She wants a refund, the pot, $150 and a year of free shipping, or one-star reviews everywhere.
# id: unreasonable-refund

VAR mood = -2
VAR slips = 0
VAR offered = false

-> start

=== start ===
A chat opens on the Harbor & Pine help desk. Customer: Vivian Castellano. Order HP-220914: one enamelled Dutch oven, $89.00, shipping $12.95. Promised: Thursday, October 9. Delivered: Saturday, October 11. #sfx:chime #narration
Your allowances: refund the shipping, a goodwill credit of up to $25, a prepaid return label with a full refund once it's scanned, and, as a last resort only, a refund without a return. #narration
Vivian is typing... #sfx:typing #narration
Order HP-220914. Your "GUARANTEED Thursday delivery" showed up SATURDAY. My dinner party was FRIDAY. What are you going to do about it? #mood:angry
* [I'm so sorry it arrived two days late, Vivian, right after your party. Let me look at HP-220914 now. #empathy:2 #ownership:1 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:You reflected her facts back (two days late, the party) and apologized for the impact before touching policy. Short, so she can keep talking.]
  ~ mood = MIN(mood + 1, 5)
  Thank you. At least someone admits it. #mood:annoyed
  -> demands
* [Hi Vivian, I'd be happy to look into that for you today! What's the email address on your account, please? #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:Helpful and calm, but she gave you the order number and a ruined Friday, and you answered with a form field. Acknowledge what happened first. #better:I'm so sorry it arrived two days late, Vivian, right after your party. Let me look at HP-220914 now.]
  I already GAVE you the order number. It's vivcast@mailbox.example. #mood:angry
  -> demands
* [Hi Vivian. The delivery dates at checkout are estimates, so technically the order wasn't late, I'm afraid. #empathy:-1 #ownership:0 #expectations:0 #trigger:youre_wrong #feedback:Even if the fine print backs you, telling her she is wrong in your first line makes her defensive, and her checkout page said "guaranteed". "Cater to one, not the the entire customer base": "Let's go over the details together to see where the misunderstanding might be." #better:I'm so sorry it arrived two days late, Vivian, right after your party. Let me look at HP-220914 now.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
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
* [Okay, I completely understand how frustrating this is, and I'm so sorry, Vivian. I'll take care of all of that for you. #empathy:1 #ownership:1 #expectations:-1 #trigger:none #technique:what_i_can_do #feedback:Giving in feels like ownership, but you promised things you are not allowed to give. "Cater to one, not the the entire customer base": "If you were taught 'the customer is always right,' you would probably give in", and "DO NOT lie to customers just because you want to make them feel good." #better:That's on us, and I'm sorry. We can't do all that, but what I can do is refund your shipping today.]
  ~ mood = MIN(mood + 2, 5)
  ...Really? Well. Good. That's more like it. #mood:calm
  -> walk_back
* [That's on us, and I'm sorry. We can't do all that, but what I can do is refund your shipping today. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:The recommended refusal from "Cater to one, not the the entire customer base": "Unfortunately, we can't do that. What I can do for you is..." You owned the late delivery, held the line and offered something real, today.]
  ~ mood = MIN(mood + 1, 5)
  ~ offered = true
  -> pushback
* [Honestly, that's quite a list for a two-day delay. It was only two days late, and it doesn't matter now. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:Minimizing her problem ("only two days") says her concern doesn't matter. "Cater to one, not the the entire customer base": "Every detail matters." Hold the line on the demands, not on her feelings. #better:That's on us, and I'm sorry. We can't do all that, but what I can do is refund your shipping today.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  Excuse me? A "list"? You ruined my dinner party and you're lecturing ME? #mood:furious
  -> pushback
* [No, I'm sorry, but we can't do any of that. Those requests are all well outside our refund policy. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:A refusal with nothing after it leaves her nowhere to go but the review sites. "Cater to one, not the the entire customer base": "A flat denial or negative response without context can leave customers feeling helpless and disregarded." #better:That's on us, and I'm sorry. We can't do all that, but what I can do is refund your shipping today.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  That's it? Just "no"? Wow. #mood:furious
  -> pushback

=== walk_back ===
You open the refund tool. It will not issue a credit above $40 without approval. Your team lead replies in the side channel: "We can't do $150 or a year of free shipping. Stick to your allowances." #narration
Vivian is typing... #sfx:typing #narration
So? Is it done? I'm waiting. #mood:annoyed
* [My supervisor just said no, so I'm sorry, but it's out of my hands now. There's nothing I can do. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #trigger:hands_tied #technique:ownership #feedback:You made the promise; now you pin the retraction on your supervisor. "Category Archives: Training": "Don't Blame Someone Else!" Own the mistake and move to what you can do. #better:I owe you an apology: I promised more than I can give. What I can do is refund your shipping today.]
  ~ mood = MAX(mood - 3, -5)
  ~ slips += 1
  Out of your hands? You PROMISED me. Get me this supervisor then. Now. #mood:furious
  You hand the chat to your team lead with a one-line note. #sfx:chime #narration
  #outcome:escalated
  -> END
* [I owe you an apology: I promised more than I can give. What I can do is refund your shipping today. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:Hard to type, and right. "Cater to one, not the the entire customer base": "Apologize and own up to the spots where you may have fallen short." She is angry about the broken promise, and she has a right to be.]
  ~ mood = MAX(mood - 2, -5)
  ~ offered = true
  Unbelievable. You can't even keep a promise for thirty seconds. #mood:angry
  -> pushback
* [I'm so sorry, Vivian, the system won't let me do it, and I honestly don't know why. It just keeps refusing. #empathy:0 #ownership:-2 #expectations:0 #trigger:i_dont_know #trigger:hands_tied #feedback:"The system won't let me" and "I don't know", right after a promise: you sound as if you were never in charge. Be honest that the promise was wrong. #better:I owe you an apology: I promised more than I can give. What I can do is refund your shipping today.]
  ~ mood = MAX(mood - 3, -5)
  ~ slips += 1
  You don't know? You just told me it was done! #mood:furious
  -> pushback

=== pushback ===
Vivian is typing... #sfx:typing #narration
{
- offered && mood <= -3:
  The SHIPPING?! I spent $110 at the mall because of you people. I now own TWO Dutch ovens. TWO. What am I supposed to do with two? #mood:furious
- offered:
  The shipping. I spent $110 at the mall on Friday because yours wasn't here. I now own two Dutch ovens. What am I supposed to do with two? #mood:angry
- else:
  I spent $110 at the mall on Friday because yours wasn't here. I now own TWO Dutch ovens. What am I supposed to do with two? #mood:furious
}
* [Let me connect you with my supervisor, who can review your whole request and get back to you by email. #empathy:0 #ownership:1 #expectations:0 #trigger:none #technique:listen_reflect #feedback:A handover is right when someone else can truly help. Here you can, within your own allowances, so passing it up only makes her wait and tells her that pushing works. #better:So ours came late, you paid $110 for another, and now you have two? Let's sort out the extra one.]
  ~ mood = MAX(mood - 1, -5)
  You ask your team lead in the side channel. The reply comes at once: "Everything she needs is within your allowances. Please handle it." #narration
  Hello? Are you still there? Is anyone coming or not? #mood:annoyed
  -> two_pots
* [I completely understand, but my hands are tied, I'm afraid. The shipping refund is the most I'm allowed to give you. #empathy:1 #ownership:-1 #expectations:0 #trigger:hands_tied #feedback:She just told you the real problem (two pots, $110 spent) and you answered with a wall. "Cater to one, not the the entire customer base": listen for the underlying need. There IS something else you can do. #better:So ours came late, you paid $110 for another, and now you have two? Let's sort out the extra one.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  Then untie them. #mood:furious
  -> two_pots
* [So ours came late, you paid $110 for another, and now you have two? Let's sort out the extra one. #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:You listened past the demands to the underlying need, reflected it back in her words and offered to work on it together: she doesn't want our pot any more, she wants her money back.]
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
* [Returns are accepted within 30 days, but there's a 15% restocking fee, and return shipping takes 5 to 7 days at your cost. #empathy:-1 #ownership:0 #expectations:1 #trigger:none #technique:what_i_can_do #feedback:Clear policy terms, but they ignore what she just said: the pot is unopened and the delay was ours. Waive what you can and send her a label. #better:I'll email a prepaid label today. Once it's scanned, you get the full $89 back, within 3 to 5 days.]
  ~ mood = MAX(mood - 2, -5)
  Restocking fee?! For YOUR late delivery? #mood:furious
  -> turn
* [Can't you just keep both? Honestly, a spare Dutch oven always comes in handy, so it doesn't really matter. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:Meant lightly, read as "it doesn't matter": her concern is $110 out of pocket, not cupboard space. "Cater to one, not the the entire customer base": such phrases "can come off as dismissive and disrespectful". #better:I'll email a prepaid label today. Once it's scanned, you get the full $89 back, within 3 to 5 days.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  Are you seriously joking right now? #mood:furious
  -> turn
* [I'll email a prepaid label today. Once it's scanned, you get the full $89 back, within 3 to 5 days. #empathy:0 #ownership:2 #expectations:2 #trigger:none #feedback:A realistic allowance that fits her real need, with each step and its timing. "Cater to one, not the the entire customer base": "Letting customers know the exact process that will follow and how long each step may take gives them peace of mind."]
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
* [I completely understand, and I'm so sorry about Friday, but that's really all I can do, I'm afraid. #empathy:1 #ownership:-1 #expectations:0 #trigger:hands_tied #technique:acknowledge_apologise #feedback:The apology is right; the powerless words after a good offer undo it, and you still have the goodwill credit to give. Say what you CAN do. #better:I'm sorry about Friday, with eight guests coming. I can't cover the dinner, but I'll add a $25 credit today.]
  ~ mood = MAX(mood - 1, -5)
  ~ slips += 1
  Fine. #mood:annoyed
  -> close
* [I'm sorry about Friday, with eight guests coming. I can't cover the dinner, but I'll add a $25 credit today. #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:Empathy for the evening, a clear line on the $150, and a small make-good within your allowance, said plainly.]
  ~ mood = MIN(mood + 1, 5)
  ...Thank you. That's decent of you. #mood:calm
  -> close
* [Honestly, the dinner party doesn't really matter here; we can only deal with the order itself. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:You won the hard part and then told her Friday doesn't matter. "Cater to one, not the the entire customer base": "Every detail matters." You can hold the line on money and still acknowledge the evening. #better:I'm sorry about Friday, with eight guests coming. I can't cover the dinner, but I'll add a $25 credit today.]
  ~ mood = MAX(mood - 3, -5)
  ~ slips += 1
  Wow. Okay. Noted. #mood:angry
  -> close

=== unruly ===
Vivian is typing... #sfx:typing #narration
This is a JOKE. You people are incompetent. I've screenshotted this whole chat. Refund the $89, I keep the pot, or the reviews go up tonight. Your choice. #mood:furious
* [I don't want you to leave upset. What I can do is refund the $89 today, and you keep the pot. #empathy:1 #ownership:1 #expectations:2 #trigger:none #technique:boundary #feedback:The last resort, used at the right moment: with a truly unruly customer, the peace of mind is worth more than the sale. It ends the call; it doesn't undo what came before it.]
  ~ mood = MIN(mood + 2, 5)
  You issue the $89 refund and send the confirmation. #sfx:chime #narration
  {
  - slips >= 2 || mood <= -3:
    Fine. Good. The reviews stay up. #mood:angry
    Vivian has left the chat. #sfx:chime #narration
    #outcome:lost
    -> END
  - else:
    ...Fine. Good. Do it. #mood:annoyed
    Vivian closes the chat without another word. #sfx:chime #narration
    #outcome:resolved
    -> END
  }
* [Vivian, please calm down. Threatening us with one-star reviews won't get you a bigger refund, I'm afraid. #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" plus an accusation: she will take it as proof of everything she is about to post. "Cater to one, not the the entire customer base": telling an upset customer to calm down "often has the opposite effect". #better:I don't want you to leave upset. What I can do is refund the $89 today, and you keep the pot.]
  ~ mood = MAX(mood - 2, -5)
  ~ slips += 1
  Screenshotted. Enjoy your reviews. #mood:furious
  Vivian has left the chat. #sfx:chime #narration
  #outcome:lost
  -> END
* [I'm sorry, but that's really not my decision to make, Vivian; you'd have to take it up with corporate yourself. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #feedback:Sending her to a faceless "corporate" is "that's not my job" with a longer route, when you have an allowance you could use. #better:I don't want you to leave upset. What I can do is refund the $89 today, and you keep the pot.]
  ~ mood = MAX(mood - 1, -5)
  ~ slips += 1
  Fine. Give me your supervisor's name. I'll take it from here. #mood:furious
  You escalate the chat to your team lead, who now has a screenshot war to manage. #narration
  #outcome:escalated
  -> END

=== close ===
Vivian is typing... #sfx:typing #narration
So I just print the label and send it back?
* [Yes. And for next time, the dates at checkout are estimates, so it's worth reading the delivery terms. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #technique:expectations_timeline #feedback:A parting lecture puts the blame back on her, and the checkout said "guaranteed". "Category Archives: Training": "NEVER blame them for coming to you with a complaint." #better:Yes: drop it at any Parcelway store within 30 days. I'll email you when the refund goes through. Thank you, Vivian.]
  ~ mood = MAX(mood - 3, -5)
  ~ slips += 1
  -> goodbye
* [Yep, that's it! Thank you so much for your patience today, Vivian, and I'm so sorry again. Anything else I can help with? #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:Warm, but you left out the return window, where to drop it and when the money lands, and you promised no follow-up. #better:Yes: drop it at any Parcelway store within 30 days. I'll email you when the refund goes through. Thank you, Vivian.]
  -> goodbye
* [Yes: drop it at any Parcelway store within 30 days. I'll email you when the refund goes through. Thank you, Vivian. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Where, the 30-day window, a personal follow-up and thanks, in three short sentences. "Category Archives: Training": thank customers "for giving you an opportunity to excel!"]
  ~ mood = MIN(mood + 1, 5)
  -> goodbye

=== goodbye ===
Vivian is typing... #sfx:typing #narration
{
- slips >= 2 || mood <= -2:
  Whatever. I'll send it back, and that's the last thing I'll ever buy from Harbor & Pine. #mood:angry
  Vivian has left the chat. #sfx:chime #narration
  #outcome:lost
  -> END
- mood >= 2:
  No, that's all. Thanks. I came in ready for a fight, honestly. #mood:pleased
  You set a reminder to email her when the carrier scans the return. #narration
  #outcome:follow_up
  -> END
- else:
  Okay. I'll look out for your email. #mood:calm
  You note the return and the refund on her order. #narration
  #outcome:follow_up
  -> END
}
