# title: A Polite Return on a Tight Budget
# customer: Rosa Delgado
# channel: email
# difficulty: 1
# summary: Rosa loves the Vela stand mixer she bought, but her hours were cut and she has to send it back unused. She writes a kind, careful email; each choice is the reply you send.

VAR mood = 1
VAR promised_shipping = false
VAR mixer_sent = false

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
* [Hi Rosa, oh no, that really stinks about the budget! Been there, believe me. No stress at all, just send it back to us whenever you're ready. #empathy:0 #ownership:-1 #expectations:-1 #trigger:none #technique:empathy_not_sympathy #technique:thank_customer #feedback:Warm, but it is sympathy, not empathy: "Cater to one, not the the entire customer base" calls it the "Yeah, that does suck" response. And it gives her none of the process she asked for. #better:Dear Rosa, thank you for being so clear. I'll take care of the return: you're well within our 30-day window, and the label comes within the hour.]
    -> details
* [Dear Rosa, thank you for being so clear. I'll take care of the return: you're well within our 30-day window, and the label comes within the hour. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Thanks, ownership of the process, and two concrete terms (30 days, within the hour), in a few calm sentences. In writing, a little warmth goes a long way.]
    ~ mood += 1
    -> details
* [Dear customer, returns are accepted within 30 days of delivery. In future, it's worth checking your budget before you buy; it saves everyone the hassle of a return. #empathy:-1 #ownership:-1 #expectations:1 #trigger:blame_customer #feedback:The policy term is useful, but the budget tip tells her the return is her fault. "Category Archives: Training": "NEVER blame them for coming to you with a complaint." #better:Dear Rosa, thank you for being so clear. I'll take care of the return: you're well within our 30-day window, and the label comes within the hour.]
    ~ mood -= 2
    -> hurt

=== hurt ===
From Rosa Delgado, Monday 9:02 am. Subject: RE: Return request, order VL-20931 #narration
Oh. I did check my budget, actually. My hours at work were cut last week, and I didn't see it coming. #mood:worried
I wasn't trying to cause anyone a hassle.
* [No offence meant, and it doesn't matter why you're returning it. Returns are accepted within 30 days of delivery. #empathy:-1 #ownership:-1 #expectations:1 #trigger:whatever #technique:acknowledge_apologise #feedback:"It doesn't matter" brushes off what she just shared, and the policy line on its own reads as a form letter. "Cater to one, not the the entire customer base": "Every detail matters." #better:Rosa, I'm sorry; that came across badly and wasn't fair. I'll take care of the whole return, and your label arrives within the hour.]
    ~ mood -= 2
    -> gone_quietly
* [I completely understand, and I'm sorry for any confusion. I'll send the return label over to you by email shortly. #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:"Sorry for any confusion" apologizes for her confusion, not for your remark, and "shortly" gives no time. #better:Rosa, I'm sorry; that came across badly and wasn't fair. I'll take care of the whole return, and your label arrives within the hour.]
    -> details
* [Rosa, I'm sorry; that came across badly and wasn't fair. I'll take care of the whole return, and your label arrives within the hour. #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:A real recovery: you owned the misstep without excuses and gave a time. "Cater to one, not the the entire customer base": "Apologize and own up to the spots where you may have fallen short." She will still remember the remark.]
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
* [I completely understand, and don't worry about any of that! You'll get everything back, delivery included, and the post office will print the label. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #technique:expectations_timeline #technique:bad_news #feedback:It feels kind, but the delivery charge is not refundable, so this sets her up for a nasty surprise. "Cater to one, not the the entire customer base": "DO NOT lie to customers just because you want to make them feel good." #better:I know every dollar counts: you'll get $279.99 back. Delivery isn't refundable, but I'll cover return postage, and the label's a QR code.]
    ~ mood += 1
    ~ promised_shipping = true
    -> deadline
* [I don't know if delivery is refunded, to be honest; you'll see when the refund comes through. A library should have a printer. #empathy:0 #ownership:-1 #expectations:-1 #trigger:i_dont_know #feedback:She asked a money question because money is tight, and "I don't know" with no offer to find out leaves her guessing. "Cater to one, not the the entire customer base": "I don't know the answer, but I will get someone who does." #better:I know every dollar counts: you'll get $279.99 back. Delivery isn't refundable, but I'll cover return postage, and the label's a QR code.]
    ~ mood -= 1
    -> deadline
* [I know every dollar counts: you'll get $279.99 back. Delivery isn't refundable, but I'll cover return postage, and the label's a QR code. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:Bad news delivered plainly and early, with an alternative, and no printer needed. She can plan her month with real numbers. "Cater to one, not the the entire customer base": "While we can't do that, here's what we can do."]
    ~ mood += 1
    -> deadline
* [No, delivery charges are not refundable under our returns policy, and the return label will need to be printed out at home. #empathy:0 #ownership:-1 #expectations:-1 #trigger:flat_no #feedback:Accurate, but a bare "No" with no alternative, to someone who just told you money is tight. "Cater to one, not the the entire customer base": "A flat denial or negative response without context can leave customers feeling helpless and disregarded." #better:I know every dollar counts: you'll get $279.99 back. Delivery isn't refundable, but I'll cover return postage, and the label's a QR code.]
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
* [Return deadlines are handled by our returns warehouse rather than support, so you'd need to check with them at returns@hearthandco.com. #empathy:0 #ownership:-1 #expectations:-1 #trigger:not_my_job #technique:expectations_timeline #feedback:You have the date on your screen; sending her to another inbox is "that's not my job" in polite clothes. Answer it yourself. #better:You're away the 22nd to the 29th? No problem: your return window runs until April 12th, two weeks after you're back.]
    ~ mood -= 1
    -> waiting
* [I totally understand, and there's no rush at all: it doesn't matter when. Just send it back whenever suits you after your trip. #empathy:-1 #ownership:0 #expectations:-1 #trigger:whatever #feedback:Meant kindly, but "it doesn't matter" is dismissive, and untrue: the window closes on April 12th. Give her the date so it can't surprise her later. #better:You're away the 22nd to the 29th? No problem: your return window runs until April 12th, two weeks after you're back.]
    ~ mood -= 1
    -> waiting
* [You're away the 22nd to the 29th? No problem: your return window runs until April 12th, two weeks after you're back. #empathy:1 #ownership:0 #expectations:2 #trigger:none #feedback:You reflected her dates back and gave the deadline as a real date. "Cater to one, not the the entire customer base": "Clarity on time can solve 85% of customer service problems."]
    -> waiting

=== waiting ===
{ mood <= -3:
    -> gone_quietly
}
Three weeks pass. #narration
From Rosa Delgado, Monday April 8th, 9:05 am. Subject: Refund for VL-20931? #narration
Hello again! I dropped the mixer off at the post office on April 1st (receipt attached), and the tracking says it was delivered to your warehouse on the 3rd. #mood:worried
~ mixer_sent = true
I haven't seen a refund yet. Is everything all right? I'm sorry to chase.
~ mood -= 1
* [Thank you for your patience, Rosa. I've processed your refund myself this morning: it will be on your card by Friday the 12th. #empathy:1 #ownership:2 #expectations:2 #trigger:none #technique:dont_blame #technique:follow_up #feedback:You owned the slip for the company without blaming anyone, acted on it yourself, and gave a date. No need to explain the backlog: she wants the refund.]
    ~ mood += 1
    -> refund_landed
* [Sorry about that, Rosa! Our warehouse team is really slow at checking returns in; they always fall behind after a big sale. #empathy:1 #ownership:-1 #expectations:-1 #trigger:blame_others #feedback:The apology is right, but pointing at the warehouse tells her nobody owns her refund. "Cater to one, not the the entire customer base": "There is nothing worse than businesses that blame others and point the finger." #better:Thank you for your patience, Rosa. I've processed your refund myself this morning: it will be on your card by Friday the 12th.]
    ~ mood -= 1
    -> refund_landed
* [I completely understand your concern, and I'm so sorry for any inconvenience! Refunds can take a little while, so you'll see it very soon. #empathy:1 #ownership:0 #expectations:-1 #trigger:none #feedback:A stock apology "for any inconvenience", and "a little while" and "very soon" are the vague times that keep a careful customer checking her account every day. #better:Thank you for your patience, Rosa. I've processed your refund myself this morning: it will be on your card by Friday the 12th.]
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
* [No, I'm afraid sale prices can't be honoured once the sale has ended. That's the policy for all of our products. #empathy:0 #ownership:-1 #expectations:-1 #trigger:flat_no #technique:what_i_can_do #feedback:True, but a flat "No" closes the door on a customer who is telling you she wants to come back. Offer what you can do. #better:Thanks for asking! I can't hold a sale price, but what I can do is email you when it's next on sale.]
    ~ mood -= 1
    -> goodbye
* [Honestly, I can't promise a price like that will come round again, so I'd grab it the moment it's back on sale. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:A fear-of-missing-out sales push to a customer who just told you her budget is tight. Those techniques belong in sales, not in a budget return. #better:Thanks for asking! I can't hold a sale price, but what I can do is email you when it's next on sale.]
    ~ mood -= 1
    -> goodbye
* [Thanks for asking! I can't hold a sale price, but what I can do is email you when it's next on sale. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:The recommended refusal, "What I can do for you is...", short and kind. A careful return can still make a lifelong customer.]
    ~ mood += 1
    -> goodbye

=== short_refund ===
The refund arrived, thank you. But it's $279.99, not $294.98. You told me the delivery charge would come back too, and I'd counted on it for my electric bill. #mood:annoyed
~ mood -= 1
* [I'm so sorry for the confusion, Rosa, but there's nothing I can do about it: the system simply won't refund delivery charges. #empathy:0 #ownership:-2 #expectations:-1 #trigger:hands_tied #technique:ownership #feedback:"Nothing I can do" makes you powerless in her story, and the confusion was ours: you told her it would come back. #better:You're right, and I'm sorry: I told you it would. I've refunded the $14.99 myself; it'll reach your card within 5 days.]
    ~ mood -= 1
    -> goodbye
* [You're right, and I'm sorry: I told you it would. I've refunded the $14.99 myself; it'll reach your card within 5 days. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:You owned your mistake plainly, made it right and gave a time. "Cater to one, not the the entire customer base": "If the situation is your fault, own up to it." Keeping the promise costs less than her trust.]
    ~ mood += 2
    -> goodbye
* [Actually, that's incorrect: delivery charges are never refundable, and that's clearly stated in the returns policy on our website. #empathy:-2 #ownership:-1 #expectations:0 #trigger:youre_wrong #feedback:She is quoting what you told her. "That's incorrect" invalidates her and hides your own mistake: own up instead of pointing fingers. #better:You're right, and I'm sorry: I told you it would. I've refunded the $14.99 myself; it'll reach your card within 5 days.]
    ~ mood -= 2
    -> senior

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
* [So glad it's all sorted, Rosa! Before you go: our spring sale starts this Friday, with 20% off all kitchen appliances and mixers. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #technique:thank_customer #technique:follow_up #feedback:An upsell to a customer who returned a mixer because of her budget reads as not having listened. #better:Thank you for being so easy to work with, Rosa. I'll check in on the 19th to be sure it has all landed.]
    ~ mood -= 1
    -> closed
* [Thank you for being so easy to work with, Rosa. I'll check in on the 19th to be sure it has all landed. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:You thanked her and promised a follow-up with a date. "Category Archives: Training": you should be thanking customers "for giving you an opportunity to excel!"]
    ~ mood += 1
    -> warm_close
* [Your return is now complete, and this case will be closed. Thank you for contacting Hearth & Co. customer support today. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Correct, but transactional: a form sign-off after a personal exchange. Thank her personally, and say when you'll check in. #better:Thank you for being so easy to work with, Rosa. I'll check in on the 19th to be sure it has all landed.]
    -> closed

=== warm_close ===
From Rosa Delgado, Friday 9:41 am. #narration
{
- mood >= 3:
    You've been lovely. As soon as things pick up, I'll be back for that mixer, and I'll be ordering it from you. #mood:pleased
    #outcome:resolved
    -> END
- mood >= 1:
    Thank you. I'll look out for your email on the 19th. #mood:calm
    #outcome:follow_up
    -> END
- else:
    Fine. Please just make sure it all lands this time. #mood:annoyed
    Rosa unsubscribes from every Hearth & Co. email that afternoon. #narration
    #outcome:lost
    -> END
}

=== closed ===
{
- mood >= 1:
    Rosa doesn't reply. The case closes with her refund paid. #narration
    #outcome:resolved
    -> END
- else:
    Rosa doesn't reply. Her refund is paid, but that afternoon she unsubscribes from every Hearth & Co. email. #narration
    #outcome:lost
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
{ mixer_sent:
    I see. Please just make sure the refund goes through. I don't think I'll be ordering from Hearth & Co. again. #mood:annoyed
- else:
    I see. I'll send the mixer back and leave it there. I don't think I'll be ordering from Hearth & Co. again. #mood:annoyed
}
#outcome:lost
-> END
