# title: The Fourth Ticket in Eight Weeks
# customer: Graham Whitaker
# channel: chat
# difficulty: 3
# summary: Graham runs IT for a 60-person freight forwarder. After a sync outage, a broken printer integration and a login failure, last night's invoice export failed again, and his $48,000 renewal is six weeks away.

VAR mood = -2
VAR engagement = false

-> opening

=== opening ===
Live chat, Wednesday March 6th, 9:12 am. Graham Whitaker, IT director at Harlow & Finch Logistics, joins the queue. #narration #sfx:chime
Before you send me another knowledge-base link: this is the fourth ticket in eight weeks. #mood:angry
The nightly invoice export to our ERP failed again last night. Second time this week. My finance team is rekeying 212 invoices by hand this morning.
* [Hi Graham, thanks for contacting Tessellate Support! Have you had a chance to try the steps in our knowledge-base article on invoice export errors? #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:listen_reflect #feedback:He told you in his first line not to send a link. Seed 003: listening to speak, not to understand, is the mistake new CSRs make; let the customer speak and show you heard him. #better:Graham, I hear you: four tickets in eight weeks, and now 212 invoices by hand. I'm sorry. No links; I'll own this from here.]
    ~ mood -= 1
    -> identify
* [That's not quite right: those were four separate issues, and January's sync outage was fixed the same day. #empathy:-1 #ownership:-1 #expectations:0 #trigger:youre_wrong #feedback:Correcting his count is the reflex seed 000 warns about: don't react, respond, and don't get defensive. Seed 003: telling a customer they're wrong makes them feel invalidated and escalates the conflict. #better:As I understand it, you're quite rightly fed up: four problems in eight weeks, and you're the one finding them. I'm sorry, and I'll own this from here.]
    ~ mood -= 2
    -> case_numbers
* [Graham, I hear you. Four tickets in eight weeks, and now your finance team is rekeying 212 invoices by hand: that's exhausting, and I'm sorry. No links. I'll own this from here, starting with last night's export. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You repeat his concern back before offering anything, as seed 000's first responders do, and you take ownership at once. Seed 003: "I understand how important this is, and I'm here to ensure we resolve this issue for you."]
    ~ mood += 1
    -> identify

=== case_numbers ===
Not quite right? #mood:furious
CS-40817, January 9th, three hours of bookings gone. CS-41102, printer labels broken after your February update. CS-41390, nobody could log in on a Monday morning. And now this. Want the timestamps too?
* [I'm sorry you feel that way. Could you give me the case number for last night's failure? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:"I'm sorry you feel that way" is a formulaic non-apology; it apologizes for his feelings, not for the four incidents. Asking for a number is fine, but only after you acknowledge what he just listed. #better:You're right, and I'm sorry. Four incidents, and I just made you list them. I'll own this from here, starting with last night's export.]
    -> identify
* [You're right, and I'm sorry: I shouldn't have argued the count. Four incidents since January 9th, and you found every one of them. I'll take ownership of this from here, starting with last night's export. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:A fast recovery: seed 003, apologize and own up to the spots where you fell short, then move on. Reflecting his own list back shows you really heard it.]
    ~ mood += 2
    -> identify
* [For what it's worth, the January outage was caused by our hosting provider, not by us, and the login issue came from your identity provider's certificate change. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Doubling down with blame. Seed 001: "Don't blame someone else!" He bought Tessellate, not your hosting provider; own it for the company. #better:You're right, and I'm sorry. Whatever the cause of each one, you've had four incidents, and I'll take ownership of fixing this one today.]
    ~ mood -= 1
    -> lost_rfp

=== identify ===
{ mood <= -4:
    -> manager
}
Graham is typing... #narration #sfx:typing
{ mood >= 0:
    OK. Thank you. The run at 2 am failed with "ERP endpoint timeout". Tuesday, same error. #mood:annoyed
- else:
    Fine. 2 am run, "ERP endpoint timeout". Tuesday, same thing. #mood:angry
}
The new case is CS-41877.
It ran fine for two years until your 4.3 update on February 26th. And honestly, it's not one bug. Every month something breaks, and we're the ones who find it.
* [Endpoint timeouts are usually on the customer side. Has your team changed anything on the firewall or the ERP server recently? #empathy:-1 #ownership:-1 #expectations:0 #trigger:blame_customer #technique:listen_reflect #technique:dont_blame #feedback:A reasonable diagnostic question with the wrong opening: "usually on the customer side" assumes his team caused it, when he just told you it started with our update. Seed 003: assumptions prevent a clear understanding; fully listen before diagnosing. #better:So it ran fine for two years until our 4.3 update on the 26th, and it has timed out twice since. Is that right?]
    ~ mood -= 2
    Nothing changed on our side. It started the night of your update. #mood:angry
    -> tonight
* [So, to make sure I have it: the export ran fine for two years until our 4.3 update on February 26th, and since then it has timed out at 2 am on Tuesday and again last night. And the bigger problem is the pattern: you keep finding our bugs before we do. Is that right? #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:Identify, then reiterate (seed 001): the facts in his own words, and the deeper concern under them. Seed 000: repeat the concerns you heard to be sure you've identified the problem correctly.]
    ~ mood += 1
    { mood >= 0:
        Yes. That's it exactly. #mood:annoyed
    - else:
        Yes. That's it. #mood:annoyed
    }
    -> tonight
* [Ugh, 4.3 has caused problems for a lot of customers. Our release team pushed it out before it was ready. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:It sounds like solidarity, but it blames your own colleagues and tells him the problem is bigger than he feared. Seed 003: don't run and try to point fingers. #better:So it ran fine until our 4.3 update on the 26th, and you keep finding our bugs before we do. That's on us, and I'm going to fix tonight's run first.]
    ~ mood -= 1
    So it's not just us. Is that supposed to make me feel better? #mood:angry
    -> tonight

=== tonight ===
{ mood <= -4:
    -> manager
}
Month-end close is Friday. Can you fix tonight's run or not?
* [I don't know if it can be fixed by tonight. It depends on engineering. #empathy:0 #ownership:-2 #expectations:0 #trigger:i_dont_know #technique:expectations_timeline #feedback:Honest, but seed 003 warns that "I don't know" without offering to find a solution sounds unhelpful. Seed 000: it's OK to admit you don't know everything, as long as you then take action. #better:I don't know yet whether engineering can patch 4.3 by tonight, so let me find out, and meanwhile I'll roll your connector back to 4.2 so tonight's run goes through.]
    ~ mood -= 2
    Then what am I talking to you for? #mood:angry
    -> renewal
* [I'll raise it with engineering as a priority, and we'll get it fixed as soon as possible. #empathy:0 #ownership:1 #expectations:-1 #trigger:none #feedback:You take the action, but "as soon as possible" is what the last three tickets said. He gave you a deadline, month-end on Friday; answer it with a time. #better:I'll roll your connector back to 4.2 now so tonight's run goes through, check the log at 8 am, and message you by 8:30.]
    ~ mood -= 1
    "As soon as possible." That's what CS-41102 said, too. #mood:annoyed
    -> renewal
* [Here's what I'll do. I've just rolled your export connector back to version 4.2, which ran cleanly for you all of January, so tonight's 2 am run should go through. I'll check the log myself at 8 am and message you by 8:30 either way. Engineering has the 4.3 timeout logged as a priority defect, and I'll give you their fix date by Thursday noon. #empathy:0 #ownership:2 #expectations:2 #trigger:none #feedback:Action first, then a timeline with checkpoints he can hold you to. Seed 003: communicate timelines clearly; seed 000: first responders take direct action to solve the problem.]
    ~ mood += 1
    8:30. Fine. I'll hold you to that. #mood:calm
    -> renewal

=== renewal ===
{ mood <= -4:
    -> lost_rfp
}
But you need to understand where I am. Our renewal is in six weeks, $48,000 a year, and yesterday my CFO asked me why we pay for software my team has to babysit.
I didn't have a good answer.
* [Honestly, every platform has bugs. You'd run into the same kind of thing with anyone else. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #technique:what_i_can_do #feedback:Shrugging off the pattern dismisses exactly what he is worried about. Seed 003: "Every detail matters." Seed 000: a complaint is a gift, not something to be dodged or denied. #better:That's a fair question from your CFO, and I'd rather help you answer it. What I can recommend is a review of your whole setup with one of our solutions engineers.]
    ~ mood -= 2
    -> resistance
* [That's a fair question from your CFO, and I'd rather help you answer it than hope it goes away. What I'd recommend is a services engagement: a solutions engineer reviews your whole setup, the ERP connector, single sign-on and the label printers, and gives you a stability plan. Let me connect you with Maya Chen, who leads these: I'll brief her on all four cases today so you never have to repeat yourself, and she can join us on a call Thursday at 10. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:Seed 000's first responder Caroline did exactly this for a customer worn down by technical issues, and he became one of their most loyal fans. It's a warm escalation: a named person, fully briefed, and a time.]
    ~ mood += 1
    ~ engagement = true
    -> resistance
* [I understand, but renewals and pricing are handled by your account manager, so there's nothing I can do about that side from support. #empathy:0 #ownership:-2 #expectations:0 #trigger:not_my_job #trigger:hands_tied #feedback:"Not my department" plus "nothing I can do": seed 003 says these convey a lack of responsibility, and seed 001 says a powerless story gives off a negative impression. Seed 000 empowers first responders to work across departmental lines. #better:Let me connect you with someone who can help: I'll brief your account manager today, and I'd also recommend a review of your setup with one of our solutions engineers.]
    ~ mood -= 2
    -> resistance
* [I can ask your account manager about a credit on this month's invoice for the disruption. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:A kind gesture, but a credit treats this month, not the pattern his CFO is asking about, and "ask about" has no date. Seed 003: find the root cause of the problem to craft a meaningful solution. #better:I'd recommend a review of your whole setup with a solutions engineer; I'll brief Maya Chen on all four cases today, and she can join us on Thursday at 10.]
    -> resistance

=== resistance ===
{ mood <= -4:
    -> lost_rfp
}
Graham is typing... #narration #sfx:typing
{ engagement:
    -> consulting
- else:
    -> nothing_new
}

= consulting
A services engagement. So after all this, you want to sell me consulting? #mood:annoyed
* [Graham, please relax. I'm only trying to help here. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #technique:ownership #feedback:"Please relax" is calm-down language: seed 003 says it implies his feelings aren't justified. His pushback is fair after four incidents; meet it. #better:That's a fair challenge. What would a good month look like for your team? I'll build the plan around that.]
    ~ mood -= 2
    -> wrap_up
* [It's a real opportunity. The review normally costs $6,500, and this quarter's slots are almost gone, so I'd lock it in now. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:Urgency and fear of loss are sales tactics (seed 003's F.U.G.I.); used on a customer who is angry about quality, they confirm his suspicion that you're selling. #better:That's a fair challenge. Given four incidents, I've asked my manager to waive the fee, and I'll confirm by 5 pm today. What would a good month look like for your team?]
    ~ mood -= 1
    -> wrap_up
* [That's a fair challenge. Given four incidents in eight weeks, I've asked my manager to waive the fee for the review, and I'll confirm that by 5 pm today. But you know your operation better than anyone: what would a good month look like for your team? #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:When you meet resistance, seed 000 says give the customer the power to suggest a solution. A question also redirects him from anger to the outcome he wants (seed 003: redirecting with questions).]
    ~ mood += 1
    -> wrap_up

= nothing_new
That's it? My CFO is going to love that. What exactly is going to be different next month? #mood:angry
* [That's a fair challenge, and you're right that one more ticket won't change next month. What I'd recommend is a services engagement: let me connect you with Maya Chen, one of our solutions engineers, to review your whole setup and build a stability plan. Given four incidents, I've asked my manager to waive the fee, and I'll confirm by 5 pm today. What would a good month look like for your team? #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:ownership #feedback:A recovery: you answer the real question (what changes?) with seed 000's services engagement, handed over warmly to a named person, and then give him the power to describe the outcome he wants.]
    ~ mood += 1
    ~ engagement = true
    -> wrap_up
* [Graham, please relax. I'm doing everything I can here. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Please relax" tells him his frustration isn't justified (seed 003), and "everything I can" with nothing new on the table proves his point. #better:That's a fair challenge. What I'd recommend is a review of your whole setup with one of our solutions engineers; what would a good month look like for your team?]
    ~ mood -= 2
    -> wrap_up
* [Honestly, the real fix is our Premium Support tier. It's $6,500 a year, and this quarter's pricing ends Friday, so I'd lock it in now. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:Pushing an upgrade with a deadline (seed 003's urgency and fear of loss) to a customer angry about quality tells him you're selling, not fixing. #better:That's a fair challenge. I'd recommend a review of your whole setup with a solutions engineer, and given four incidents I've asked my manager to waive the fee.]
    ~ mood -= 1
    -> wrap_up

=== wrap_up ===
{ mood <= -4:
    -> manager
}
{ not engagement:
    -> no_plan
}
{ mood >= 1:
    Honestly? A month where nothing breaks. And if something does, you tell us before we find it. #mood:calm
    OK. Thursday at 10. If Maya is as good as you say.
- else:
    A month where nothing breaks would be a start. #mood:annoyed
}
* [Great, glad we got somewhere! Is there anything else I can help you with today? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:thank_customer #technique:follow_up #feedback:A scripted close that drops everything you promised back into his lap. Seed 003: make direct promises and stick to them; sum up who does what and when, and thank him. #better:Thank you for sticking with us. So you have it in one place: I'll message you by 8:30 tomorrow, confirm the fee by 5 today, and Maya's invite comes within the hour.]
    -> cool_follow_up
* [Thank you for being straight with me, Graham, and for sticking with us through four of these. So you have it in one place: I'll message you by 8:30 tomorrow about tonight's run, I'll confirm the fee by 5 today, and Maya will send the Thursday 10 am invite within the hour. I'm keeping all four cases under my name until you tell me it's fixed. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:Thank the customer, then summarise every commitment with its time. Seed 001: "if you give a customer a commitment, make sure that you stick to it." Keeping the cases under your name is seed 003's continuity of ownership.]
    ~ mood += 1
    -> warm_follow_up
* [Great. Maya's team will take it from here, so any further questions should go to them. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #feedback:A cold hand-off: he'd be back to explaining himself to strangers. Seed 003: asserting ownership means ensuring continuity, so the same level of care continues until the problem is fully resolved. #better:Maya will lead the review, and I'm staying on all four cases with her. I'll message you by 8:30 tomorrow about tonight's run.]
    ~ mood -= 2
    -> cold_handoff

=== warm_follow_up ===
{ mood >= 2:
    Thank you. That's the first time in two months I've come away from one of these with an actual plan. #mood:relieved
    Talk at 8:30.
- else:
    All right. 8:30 tomorrow, 5 pm today, Thursday at 10. Don't miss any of them. #mood:calm
}
The chat ends. You add a reminder for 8:00 tomorrow to check the export log. #narration
#outcome:follow_up
-> END

=== cool_follow_up ===
No. Just do what you said you'd do. #mood:annoyed
The chat ends. The rollback is in place and the review is booked, but Graham hasn't been thanked, and nothing was summarised. #narration
#outcome:follow_up
-> END

=== cold_handoff ===
{ mood <= -2:
    And there it is. Another handoff. I'll let our account manager know we won't be renewing. #mood:angry
    #outcome:lost
    -> END
- else:
    Fine. If Maya's team drops it too, I'm done. #mood:annoyed
    #outcome:follow_up
    -> END
}

=== no_plan ===
So nothing changes. Then I'll take this to your account manager and our CFO myself, today. #mood:angry
Graham leaves the chat. You forward the four cases to his account manager, Priya Raman, marked urgent. #narration
#outcome:escalated
-> END

=== manager ===
I'm done explaining this to support. Put me through to your manager, now. #mood:furious
You transfer the chat to the support team lead, Luis Ortega, with a summary of all four cases. #narration
#outcome:escalated
-> END

=== lost_rfp ===
I've heard enough. We're issuing an RFP for a replacement this week. Consider this our notice that we won't be renewing. #mood:furious
Graham leaves the chat. #narration #sfx:hangup
#outcome:lost
-> END
