# title: A Polite Return on a Tight Budget
# customer: Rosa Delgado
# channel: email
# difficulty: 1
# summary: Rosa loves the Vela stand mixer she bought, but her hours were cut and she has to send it back unused. She writes a kind, careful email; each choice is the reply you send.

VAR mood = 1
VAR promised_shipping = false

-> inbox

=== inbox ===
A new email lands in the Hearth & Co. support queue. #narration #sfx:chime
From Rosa Delgado, Monday March 18th, 8:26 am. Subject: Return request, order VL-20931 #narration
I hope this message finds you well. I recently bought the Vela stand mixer from your website, order VL-20931, and after much consideration I've decided to request a return and refund. #mood:calm
The mixer itself is excellent and exactly as described. However, after reviewing my budget and upcoming expenses, I've realized I need to prioritize differently at the moment. It's a tough decision, because I was really looking forward to using it.
Could you please tell me how to proceed? Everything is still in its original packaging and unused. I've read the return policy on your site, but I want to be sure I follow the right process so this is as smooth as possible.
Thank you very much for your understanding and assistance.
-> first_reply

=== first_reply ===
You start your reply. #narration #sfx:typing
* [Hi Rosa, oh no, that really stinks about the budget! Been there, believe me. Just send it back whenever you're ready. #empathy:0 #ownership:-1 #expectations:-1 #trigger:none #feedback:Warm, but it is sympathy, not empathy: seed 003 calls that the "Yeah, that does suck" response. It also gives her none of the process she asked for. In writing, keep emotion subtle and sparing. #better:Dear Rosa, thank you for being so clear about it. I understand it's a hard call, and I'll take care of the return for you: your prepaid label will be in your inbox within the hour.]
    -> details
* [Dear customer, returns are accepted within 30 days of delivery. It's always worth checking your budget before you check out; it saves everyone the hassle of a return. #empathy:-1 #ownership:-1 #expectations:1 #trigger:blame_customer #feedback:The policy term is useful, but the budget tip tells her the return is her fault. Seed 001: NEVER blame them for coming to you. Seed 003: think of her as a lifelong customer, not a single transaction. #better:Dear Rosa, thank you for letting us know. Your order is well within our 30-day return window, and I'll take care of the return for you.]
    ~ mood -= 2
    -> hurt
* [Dear Rosa, thank you for letting us know, and for being so clear about it. I understand: it's a hard call when you were looking forward to the mixer, and I'll take care of the return for you. Your order VL-20931 is well within our 30-day return window, and your prepaid return label will be in your inbox within the hour. #empathy:2 #ownership:1 #expectations:2 #trigger:none #feedback:Thanks, understanding from her side, ownership of the process, and two concrete terms (30 days, within the hour). Seed 003: a touch of emotion in writing, used sparingly, shows you care without losing professionalism.]
    ~ mood += 1
    -> details

=== hurt ===
From Rosa Delgado, Monday 9:02 am. Subject: RE: Return request, order VL-20931 #narration
Oh. I did check my budget, actually. My hours at work were cut last week, and I didn't see it coming. #mood:worried
I wasn't trying to cause anyone a hassle.
* [No offence meant, and it doesn't matter why you're returning it. Returns are accepted within 30 days of delivery. #empathy:-1 #ownership:-1 #expectations:1 #trigger:whatever #feedback:"It doesn't matter" brushes off what she just shared, and the policy line on its own reads as a form letter. Seed 003: phrases like "It doesn't matter" come off as dismissive; "Every detail matters." #better:I'm sorry, Rosa; that came across badly. Thank you for explaining. I'll take care of the whole return, and your label will be in your inbox within the hour.]
    ~ mood -= 2
    -> gone_quietly
* [Understood. I'll send the return label over. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:You move to the fix, which helps, but you skip the apology she is owed after the budget remark, and "over" gives no time. Seed 003: apologize and own up to the spots where you may have fallen short. #better:I'm sorry, Rosa; that came across badly, and it wasn't fair to you. I'll take care of the whole return, and your label will be in your inbox within the hour.]
    -> details
* [Rosa, I'm sorry. That came across badly, and it wasn't fair to you. Thank you for explaining. I'll take care of the whole return myself, and your prepaid label will be in your inbox within the hour. #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:A real recovery: own the misstep without excuses, thank her, and give a time. Seed 003: apologize and own up where you fell short, then move on.]
    ~ mood += 2
    -> details

=== details ===
From Rosa Delgado, Monday 10:15 am. Subject: RE: Return request, order VL-20931 #narration
{ mood >= 2:
    Thank you for getting back to me so quickly! #mood:pleased
- else:
    Thank you. #mood:calm
}
Two quick questions. I don't have a printer at home: will I need to print a return label? And will the refund include the $14.99 I paid for delivery? I'm trying to work out exactly what I'll have this month.
* [Don't worry about any of that! You'll get everything back, delivery included, and you can sort the label out at the post office. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:It feels kind, but the delivery charge is not refundable, so this sets her up for a nasty surprise. Seed 003: DO NOT lie to customers just because you want to make them feel good. #better:You'll get the full $279.99 back. The $14.99 delivery charge isn't refundable, but what I can do is cover the return postage, and the label is a QR code the post office scans, so no printer needed.]
    ~ mood += 1
    ~ promised_shipping = true
    -> deadline
* [Of course, and I know every dollar counts right now, so here's exactly what to expect. You'll get the full $279.99 for the mixer back. The $14.99 delivery charge isn't refundable under our returns policy, but what I can do is cover the return postage, so the return costs you nothing more. And no printer needed: the label I'm sending today is a QR code the post office scans at the counter. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Bad news delivered plainly and early, with the reason and an alternative: seed 003's "While we can't do that, here's what we can do". She can now plan her month with real numbers.]
    ~ mood += 1
    -> deadline
* [I don't know whether the delivery charge is refunded, to be honest; you'll see when the refund comes through. For the label, your local library should have a printer. #empathy:0 #ownership:-2 #expectations:-1 #trigger:i_dont_know #feedback:She asked a money question because money is tight, and "I don't know" with no offer to find out leaves her guessing. Seed 003: "Let me find out for you." #better:Let me find out for you: I'll check the delivery charge with our billing team and reply by 2 pm today. And no printer needed: the label is a QR code the post office scans.]
    ~ mood -= 1
    -> deadline
* [No, delivery charges are not refundable. The label will need to be printed. #empathy:0 #ownership:-1 #expectations:-1 #trigger:flat_no #feedback:Accurate, but a bare "No" with no alternative, to someone who just told you money is tight. Seed 003: "Let me explain why that option isn't available and suggest an alternative." #better:The $14.99 delivery charge isn't refundable under our policy, but what I can do is cover the return postage, and the label is a QR code, so no printer needed.]
    ~ mood -= 2
    -> deadline

=== deadline ===
{ mood <= -3:
    -> gone_quietly
}
From Rosa Delgado, Monday 11:40 am. Subject: RE: Return request, order VL-20931 #narration
{ mood >= 2:
    That's really helpful, thank you. #mood:pleased
- else:
    OK. #mood:calm
}
One more thing: I'm away at my sister's from March 22nd to the 29th. Is there a deadline for sending it back? I don't want to miss it.
* [Deadlines are handled by our returns warehouse rather than customer support, so you'd need to check with them at returns@hearthandco.com. #empathy:0 #ownership:-1 #expectations:-1 #trigger:not_my_job #feedback:You have the date on your screen; sending her to another inbox is "That's not my job" in polite clothes. Seed 003: connect them with someone who can help, or better, answer it yourself. #better:Your return window runs until April 12th, so you'll have two weeks after you get back, and I'll process the refund as soon as it's checked in.]
    ~ mood -= 1
    -> waiting
* [So you're away from the 22nd to the 29th: that's no problem at all. Your return window runs until April 12th, so you'll have two weeks after you get back. Once you drop it off, it usually reaches us in 2 to 3 business days, and I'll process your refund as soon as it's checked in. Enjoy the time with your sister! #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Her dates reflected back, the deadline as a real date, and each step with how long it takes. Seed 003: clarity on time can solve 85% of customer service problems.]
    -> waiting
* [There's no rush, honestly, it doesn't matter when. Just send it whenever suits you. #empathy:-1 #ownership:0 #expectations:-1 #trigger:whatever #feedback:Meant kindly, but "it doesn't matter" is dismissive and also untrue: the window closes on April 12th. Seed 003: get acknowledgement on the return policy so it can't surprise her later. #better:Your return window runs until April 12th, so you'll have two weeks after you get back.]
    ~ mood -= 1
    -> waiting

=== waiting ===
{ mood <= -3:
    -> gone_quietly
}
Three weeks pass. #narration
From Rosa Delgado, Monday April 8th, 9:05 am. Subject: Refund for VL-20931? #narration
Hello again! I dropped the mixer off at the post office on April 1st (receipt attached), and the tracking says it was delivered to your warehouse on the 3rd. #mood:worried
I haven't seen a refund yet. Is everything all right? I'm sorry to chase.
~ mood -= 1
* [Sorry about that! Our warehouse team is really slow at checking returns in; they always fall behind after a sale. #empathy:1 #ownership:-1 #expectations:-1 #trigger:blame_others #feedback:The apology is right, but pointing at the warehouse tells her nobody owns her refund. Seed 003: there is nothing worse than businesses that blame others and point the finger. #better:Thank you for your patience. I can see it arrived on the 3rd, so I've processed your refund myself this morning; it will be on your card by Friday the 12th.]
    ~ mood -= 1
    -> refund_landed
* [Thanks for checking in! Refunds can take a little while, so you should see it soon. #empathy:1 #ownership:-1 #expectations:-1 #trigger:none #feedback:Friendly, but "a little while" and "soon" are exactly the vague times that keep a careful customer checking her account every day. #better:Thank you for your patience. I've processed your refund myself this morning; it will be back on your card within 3 to 5 business days, by Friday the 12th.]
    -> refund_landed
* [Thank you for the receipt, and for your patience, Rosa. I can see the mixer arrived on the 3rd and should have been checked in by now, so I've processed your refund myself this morning. It will be back on your card within 3 to 5 business days, by Friday the 12th at the latest, and I'll email you on Friday morning to confirm it has landed. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:You own the slip for the company without blaming anyone, act on it yourself, and give both a date and your next contact. Seed 001: tell them what you're doing, a timeframe, and when you will next communicate.]
    ~ mood += 1
    -> refund_landed

=== refund_landed ===
{ mood <= -3:
    -> gone_quietly
}
From Rosa Delgado, Friday April 12th, 8:50 am. Subject: RE: Refund for VL-20931? #narration
{ promised_shipping:
    -> short_refund
}
The refund arrived this morning, thank you so much. #mood:pleased
Out of curiosity: if things pick up in a couple of months, is there any chance of that sale price again? The mixer is back up to $329 now.
* [Honestly, I can't promise a price like that will come round again, so I'd grab it the moment it's back on sale. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:A fear-of-loss sales push to a customer who just told you her budget is tight. Seed 003's F.U.G.I. techniques belong in sales, not in a budget return. #better:Thank you for asking. I can't hold a sale price open, but what I can do is add you to the price alert for the Vela so you hear the day it's next on sale.]
    ~ mood -= 1
    -> goodbye
* [No, sale prices can't be honoured after the sale ends. #empathy:0 #ownership:-1 #expectations:-1 #trigger:flat_no #feedback:True, but a flat "No" closes the door on a customer who is telling you she wants to come back. Seed 003: "While we can't do that, here's what we can do." #better:Unfortunately I can't hold a sale price open, but what I can do is add you to the price alert and send you a 10% welcome-back code.]
    ~ mood -= 1
    -> goodbye
* [Thank you for asking, Rosa. Unfortunately I can't hold a sale price open, but what I can do is add you to the price alert for the Vela, so you'll get an email the day it's next on sale, and send you a 10% welcome-back code that's valid for 90 days, until July 11th. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Seed 003's recommended refusal, "Unfortunately, we can't do that. What I can do for you is...", with terms she can plan around. A kind return can make a lifelong customer.]
    ~ mood += 1
    -> goodbye

=== short_refund ===
The refund arrived, thank you. But it's $279.99, not $294.98. You told me the delivery charge would come back too, and I'd counted on it for my electric bill. #mood:annoyed
~ mood -= 1
* [Actually, that's incorrect: delivery charges are never refundable. It's in our returns policy. #empathy:-2 #ownership:-1 #expectations:0 #trigger:youre_wrong #feedback:She is quoting what you told her. Calling her incorrect invalidates her and hides your own mistake. Seed 003 lists "That's incorrect" as a trigger phrase, and says to own up rather than point fingers. #better:You're right, and I'm sorry: I told you it would be refunded. Because I promised it, I've refunded the $14.99 myself this morning.]
    ~ mood -= 2
    -> senior
* [I'm so sorry for the confusion, but there's nothing I can do: the system won't refund delivery charges. #empathy:1 #ownership:-2 #expectations:-1 #trigger:hands_tied #feedback:"Nothing I can do" makes you the powerless character in her story (seed 001), and the confusion was ours. #better:You're right, and I'm sorry: that was my mistake. I've refunded the $14.99 myself, and it will reach your card within 3 to 5 business days.]
    ~ mood -= 1
    -> goodbye
* [You're right, and I'm sorry: I told you the delivery charge would be refunded, and that was my mistake. It isn't normally refundable, but because I promised it, I've refunded the $14.99 myself this morning. It will reach your card within 3 to 5 business days, and I'll confirm by email once it's through. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:Own the mistake plainly, make it right, and give a timeline. Seed 003: "If the situation is your fault, own up to it." Keeping a commitment you should not have made is cheaper than losing her trust.]
    ~ mood += 2
    -> goodbye

=== goodbye ===
{ mood <= -3:
    -> gone_quietly
}
From Rosa Delgado, Friday 9:30 am. #narration
{ mood >= 2:
    Thank you. Honestly, this has been so much easier than I expected. #mood:pleased
- else:
    All right. Thanks. #mood:calm
}
* [Your return is now complete, and this case will be closed. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Correct, but transactional: seed 003 warns that transactional relationships make people feel like they have no importance. Thank her, and say when you'll check in.]
    -> closed
* [Glad it's sorted! Before you go: our spring sale starts Friday, with 20% off kitchen appliances. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:An upsell to a customer who returned a mixer because of her budget reads as not having listened. Seed 003: cater to one, not the entire customer base. #better:Thank you for shopping with us, Rosa. I'll check in next Friday to make sure everything has landed.]
    ~ mood -= 1
    -> closed
* [Thank you for shopping with us, Rosa, and for being so easy to work with. I'll check in on Friday the 19th to make sure everything has landed, and if you need anything before then, just reply here: I'm in Monday to Friday, 9 to 5. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Thank the customer even though she had a problem (seed 002), then follow up with a date and your hours (seed 003's tips on hours of operation and next steps).]
    ~ mood += 1
    -> warm_close

=== warm_close ===
{ promised_shipping && mood < 4:
    From Rosa Delgado, Friday 9:41 am. #narration
    Thank you. I'll keep an eye out for the $14.99 and your email next Friday. #mood:calm
    #outcome:follow_up
    -> END
}
{ mood >= 3:
    From Rosa Delgado, Friday 9:41 am. #narration
    You've been lovely. As soon as things pick up, I'll be back for that mixer, and I'll be ordering it from you. #mood:pleased
    #outcome:resolved
    -> END
- else:
    From Rosa Delgado, Friday 9:41 am. #narration
    Thank you. I'll look out for your email on the 19th. #mood:calm
    #outcome:follow_up
    -> END
}

=== closed ===
{ mood <= -2:
    Rosa doesn't reply. Her refund is paid, but that afternoon she unsubscribes from every Hearth & Co. email. #narration
    #outcome:lost
    -> END
- else:
    Rosa doesn't reply. The case closes with her refund paid. #narration
    #outcome:resolved
    -> END
}

=== senior ===
From Rosa Delgado, Friday 9:12 am. #narration
I have your email from March 18th in front of me. I'd like someone more senior to look at what I was told, please. #mood:angry
Her email is forwarded to the customer care manager, Priya Shah. #narration
#outcome:escalated
-> END

=== gone_quietly ===
From Rosa Delgado. #narration
I see. I'll send the mixer back and leave it there. I don't think I'll be ordering from Hearth & Co. again. #mood:annoyed
#outcome:lost
-> END
