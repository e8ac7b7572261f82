# title: The Fourth Ticket in Eight Weeks
# customer: Graham Whitaker
# channel: chat
# difficulty: 3
# summary: Graham runs IT for a 60-person freight forwarder. After a sync outage, a broken printer integration and a login failure, last night's invoice export failed again, and his $48,000 renewal is six weeks away.

VAR mood = -2
VAR engagement = false
VAR slips = 0
VAR rolled_back = false

-> opening

=== opening ===
Live chat, Wednesday March 6th, 9:12 am. Graham Whitaker, IT director at Harlow & Finch Logistics, joins the queue. #narration #sfx:chime
Before you send me another knowledge-base link: this is the fourth ticket in eight weeks. #mood:angry
The nightly invoice export to our ERP failed again last night. Second time this week. My finance team is rekeying 212 invoices by hand this morning.
* [Hi Graham, thanks for contacting Tessellate Support! Have you tried the steps in our article on invoice export errors? #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:listen_reflect #feedback:He told you in his first line not to send a link. Let him speak, and show you heard him. #better:Four tickets in eight weeks, and 212 invoices by hand: I'm sorry. No links. I'll own this from here.]
    ~ mood -= 1
    -> identify
* [That's not quite right, I'm afraid: those were four separate issues, and January's outage was fixed the same day. #empathy:-1 #ownership:-1 #expectations:0 #trigger:youre_wrong #feedback:Correcting his count is the reflex "One-On-One CX: 5 Tips to Ensure First Responders are Great with Customers" warns about: don't react, respond. Telling a customer he is wrong leaves him invalidated and escalates the conflict. #better:Four tickets in eight weeks, and 212 invoices by hand: I'm sorry. No links. I'll own this from here.]
    ~ mood -= 2
    ~ slips += 1
    -> case_numbers
* [Four tickets in eight weeks, and 212 invoices by hand: I'm sorry. No links. I'll own this from here. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You repeated his concern back before offering anything, apologized, and took ownership at once, in three short sentences.]
    ~ mood += 1
    -> identify

=== case_numbers ===
Not quite right? #mood:furious
CS-40817, January 9th, three hours of bookings gone. CS-41102, printer labels broken after your February update. CS-41390, nobody could log in on a Monday morning. And now this. Want the timestamps too?
* [I'm so sorry you feel that way, Graham. Could you give me the case number for last night's export failure, please? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:"I'm sorry you feel that way" is a non-apology: it apologizes for his feelings, not for the four incidents he just listed. #better:You're right, and I'm sorry; I shouldn't have argued. Four incidents, all found by you. I'll own this from here.]
    -> identify
* [You're right, and I'm sorry; I shouldn't have argued. Four incidents, all found by you. I'll own this from here. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:A fast recovery: "Cater to one, not the the entire customer base", "Apologize and own up to the spots where you may have fallen short." He will remember the argument, but he will stay.]
    ~ mood += 2
    -> identify
* [For what it's worth, January was our hosting provider's fault, and the login issue was your identity provider's. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Doubling down with blame. "Category Archives: Training": "Don't Blame Someone Else!" He bought Tessellate, not your hosting provider. #better:You're right, and I'm sorry; I shouldn't have argued. Four incidents, all found by you. I'll own this from here.]
    ~ mood -= 1
    ~ slips += 1
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
* [I completely understand how frustrating that is, and I'm so sorry. Let me just pull up the case on my end here. #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #technique:dont_blame #feedback:Kind words, but you moved on without showing you heard the facts or the pattern he described. Say them back. #better:So: fine for two years until our 4.3 update, two timeouts since, and you keep finding our bugs first. That's on us.]
    -> tonight
* [Ugh, 4.3 has caused problems for a lot of customers. Our release team pushed it out before it was ready. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:It sounds like solidarity, but it blames your own colleagues and tells him the problem is bigger than he feared. #better:So: fine for two years until our 4.3 update, two timeouts since, and you keep finding our bugs first. That's on us.]
    ~ mood -= 1
    ~ slips += 1
    So it's not just us. Is that supposed to make me feel better? #mood:angry
    -> tonight
* [So: fine for two years until our 4.3 update, two timeouts since, and you keep finding our bugs first. That's on us. #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:You reiterated the facts in his own words and the deeper concern under them, and owned it for the company. "Category Archives: Training": reiterate it "so that they are sure that you have heard them correctly."]
    ~ mood += 1
    Yes. That's it exactly. #mood:annoyed
    -> tonight
* [Has your team changed anything on the firewall or the ERP server recently? Timeouts often start there. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:A fair diagnostic question, asked too early: he just told you it started with our update. Say back what he told you first; diagnose once he feels heard. #better:So: fine for two years until our 4.3 update, two timeouts since, and you keep finding our bugs first. That's on us.]
    ~ mood -= 1
    Nothing changed on our side. It started the night of your update. #mood:angry
    -> tonight

=== tonight ===
{ mood <= -4:
    -> manager
}
Month-end close is Friday. Can you fix tonight's run or not?
* [I completely understand. I'll raise it with engineering as a top priority, and we'll get it fixed as soon as we can. #empathy:1 #ownership:1 #expectations:-1 #trigger:none #technique:expectations_timeline #feedback:You take the action, but "as soon as possible" is what the last three tickets said. He gave you a deadline; answer it with a time. #better:I'm sorry about the rekeying. I've rolled your connector back to 4.2 for tonight's run, and I'll message you by 8:30.]
    ~ mood -= 1
    "As soon as possible." That's what CS-41102 said, too. #mood:annoyed
    -> renewal
* [I'm sorry about the rekeying. I've rolled your connector back to 4.2 for tonight's run, and I'll message you by 8:30. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:A word for the rekeying, then action, then a time he can hold you to. "One-On-One CX: 5 Tips to Ensure First Responders are Great with Customers": first responders take direct action to solve the problem.]
    ~ mood += 1
    ~ rolled_back = true
    8:30. Fine. I'll hold you to that. #mood:calm
    -> renewal
* [Honestly, if your team had tested 4.3 in your sandbox before go-live, you'd have caught this sooner. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:It turns our defect into his team's fault. "Category Archives: Training": "This is NOT the customer's fault. NEVER blame them for coming to you with a complaint." #better:I'm sorry about the rekeying. I've rolled your connector back to 4.2 for tonight's run, and I'll message you by 8:30.]
    ~ mood -= 2
    ~ slips += 1
    We pay you so we don't have to test your releases for you. #mood:angry
    -> renewal
* [I completely understand, and I'm sorry, but I don't know if it can be fixed by tonight. It really depends on engineering. #empathy:1 #ownership:-1 #expectations:0 #trigger:i_dont_know #feedback:Honest, but "I don't know" without a next step sounds like nobody is in charge. "One-On-One CX: 5 Tips to Ensure First Responders are Great with Customers": "It's OK to admit you don't know everything", as long as you then act. #better:I'm sorry about the rekeying. I've rolled your connector back to 4.2 for tonight's run, and I'll message you by 8:30.]
    ~ mood -= 2
    ~ slips += 1
    Then what am I talking to you for? #mood:angry
    -> renewal

=== renewal ===
{ mood <= -4:
    -> lost_rfp
}
But you need to understand where I am. Our renewal is in six weeks, $48,000 a year, and yesterday my CFO asked me why we pay for software my team has to babysit.
I didn't have a good answer.
* [I completely understand, and I'm so sorry. I can ask your account manager about a credit on this month's invoice. #empathy:1 #ownership:1 #expectations:0 #trigger:none #technique:what_i_can_do #feedback:A kind gesture, but a credit treats this month, not the pattern his CFO is asking about. Find the root cause. #better:Fair question. Let me connect you with Maya Chen, a solutions engineer: I'll brief her today so you won't repeat anything.]
    -> resistance
* [Fair question. Let me connect you with Maya Chen, a solutions engineer: I'll brief her today so you won't repeat anything. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:A warm escalation to someone who can fix the pattern: a named person, fully briefed, today. "One-On-One CX: 5 Tips to Ensure First Responders are Great with Customers" tells of a first responder who did this for a customer worn down by technical issues.]
    ~ mood += 1
    ~ engagement = true
    -> resistance
* [Honestly, every platform has bugs. You'd run into the same kind of thing with anyone else, so it doesn't really matter. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:Shrugging off the pattern dismisses exactly what he is worried about. "Cater to one, not the the entire customer base": "Every detail matters." #better:Fair question. Let me connect you with Maya Chen, a solutions engineer: I'll brief her today so you won't repeat anything.]
    ~ mood -= 2
    ~ slips += 1
    -> resistance
* [I understand, but renewals are handled by your account manager, so there's really nothing I can do about that from support. #empathy:0 #ownership:-2 #expectations:0 #trigger:not_my_job #trigger:hands_tied #feedback:"Not my department" plus "nothing I can do". "One-On-One CX: 5 Tips to Ensure First Responders are Great with Customers" empowers first responders to work across departmental lines. #better:Fair question. Let me connect you with Maya Chen, a solutions engineer: I'll brief her today so you won't repeat anything.]
    ~ mood -= 2
    ~ slips += 1
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
A solutions engineer. So after all this, you want to sell me consulting? #mood:annoyed
* [It's a real opportunity. The review normally costs $6,500, and this quarter's slots are almost gone, so lock it in now. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #technique:ownership #feedback:Urgency and fear of loss are sales tactics; used on a customer angry about quality, they confirm his suspicion that you're selling. #better:Fair challenge. What I can do is get the fee waived; I'll confirm by 5. What would a good month look like?]
    ~ mood -= 1
    -> wrap_up
* [Graham, please relax. I'm only trying to help you here, and honestly I'm doing everything I can for your team. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Please relax" is calm-down language: it implies his feelings aren't justified. His pushback is fair after four incidents; meet it. #better:Fair challenge. What I can do is get the fee waived; I'll confirm by 5. What would a good month look like?]
    ~ mood -= 2
    ~ slips += 1
    -> wrap_up
* [Fair challenge. What I can do is get the fee waived; I'll confirm by 5. What would a good month look like? #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:You met the resistance with something real and a time, then asked a question that redirects him from anger to the outcome he wants. "One-On-One CX: 5 Tips to Ensure First Responders are Great with Customers": give the customer the power to suggest a solution.]
    ~ mood += 1
    -> wrap_up

= nothing_new
That's it? My CFO is going to love that. What exactly is going to be different next month? #mood:angry
* [Graham, please relax. I'm only trying to help you here, and honestly I'm doing everything I can for your team. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Please relax" tells him his frustration isn't justified, and "everything I can" with nothing new on the table proves his point. #better:Fair challenge. What I can do is connect you with Maya Chen, a solutions engineer, today. What would a good month look like?]
    ~ mood -= 2
    ~ slips += 1
    -> wrap_up
* [Fair challenge. What I can do is connect you with Maya Chen, a solutions engineer, today. What would a good month look like? #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:A recovery: you answered the real question, what changes, with a named engineer and a question that lets him describe the outcome he wants.]
    ~ mood += 1
    ~ engagement = true
    -> wrap_up
* [Honestly, the real fix is our Premium Support tier. It's $6,500 a year, and this quarter's special pricing ends on Friday. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #feedback:Pushing an upgrade with a deadline to a customer angry about quality tells him you're selling, not fixing. #better:Fair challenge. What I can do is connect you with Maya Chen, a solutions engineer, today. What would a good month look like?]
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
- else:
    A month where nothing breaks would be a start. #mood:annoyed
}
* [Great. Maya's team will take it from here, so any further questions should go straight to them, rather than to us in support. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:thank_customer #technique:follow_up #feedback:A cold hand-off: he'd be back to explaining himself to strangers. Ownership means the same level of care until the problem is fully resolved. #better:Thanks for sticking with us, Graham. I'll keep all four cases under my name, and Maya's invite comes within the hour.]
    ~ mood -= 2
    ~ slips += 1
    -> cold_handoff
* [I completely understand, and thank you so much for your patience today, Graham! Is there anything else I can help with? #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:Warm, and you thanked him, but a scripted close drops the follow-through back in his lap: who does what, and when? #better:Thanks for sticking with us, Graham. I'll keep all four cases under my name, and Maya's invite comes within the hour.]
    -> cool_follow_up
* [Thanks for sticking with us, Graham. I'll keep all four cases under my name, and Maya's invite comes within the hour. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:You thanked him and kept ownership past the hand-over, with a time for the next step. "Category Archives: Training": "if you give a customer a commitment, make sure that you stick to it."]
    ~ mood += 1
    -> warm_follow_up

=== warm_follow_up ===
{
- slips >= 2 || mood <= -2:
    We'll see. I'm still going to look at other vendors before the renewal. #mood:annoyed
    #outcome:lost
    -> END
- rolled_back && mood >= 2:
    Thank you. That's an actual plan. Talk at 8:30. #mood:relieved
- rolled_back:
    All right. 8:30 tomorrow, then the review. Don't miss either. #mood:calm
- else:
    All right. The review, then. And tonight's run had better work. #mood:calm
}
The chat ends. You add a reminder to check the export log and the review invite. #narration
#outcome:follow_up
-> END

=== cool_follow_up ===
{ slips >= 2 || mood <= -2:
    No. We're going to market before the renewal. #mood:angry
    #outcome:lost
    -> END
}
No. Just do what you said you'd do. #mood:annoyed
The chat ends. The review is booked, but nothing was summarised and nobody owns the cases. #narration
#outcome:follow_up
-> END

=== cold_handoff ===
{ mood <= -2 || slips >= 2:
    And there it is. Another handoff. I'll let our account manager know we won't be renewing. #mood:angry
    #outcome:lost
    -> END
- else:
    Fine. If Maya's team drops it too, I'm done. #mood:annoyed
    #outcome:follow_up
    -> END
}

=== no_plan ===
{ rolled_back && slips == 0 && mood >= -2:
    Fine. Fix tonight's run, and we'll talk about the renewal after month-end. #mood:annoyed
    The chat ends. You add a reminder to check the export log. #narration
    #outcome:follow_up
    -> END
}
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
