# title: Forty-One Minutes in the Phone Tree
# customer: Gloria Benitez
# channel: phone
# difficulty: 2
# summary: Gloria's home internet drops every evening, and she has just spent forty-one minutes looping through the phone menu to reach you. She has a client presentation on Thursday at nine.

// Seed 002: a customer stuck in the phone-tree loop. Listen, acknowledge, and resolve;
// guide her through the phone system, and do not apologize and move on too quickly.
// Mood starts low: she has been going in circles for forty-one minutes.
VAR mood = -2

-> opening

=== opening ===
The hold music cuts out. Your queue screen says the caller spent 41 minutes in the phone menu before reaching you. #narration #sfx:pickup
Finally. A human being. Do you know how long I've been going around in that menu? Forty-one minutes. I pressed 2 for internet problems, it put me through to billing. Billing told me to press 4. Four sent me back to the main menu. Three times! And once it just hung up on me. #mood:angry
* [Sorry about the wait. Can I get your account number? #empathy:+1 #ownership:0 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:An apology is a start, but seed 002 warns that many reps "apologize for the poor experience but move on too quickly from this complaint without acknowledging" it. Forty-one minutes deserves more than a one-line sorry before the account number. #better:Forty-one minutes going in circles: I'm so sorry, that's exhausting. You're through to me now, and I'll stay with you until this is sorted.]
    Sorry about the wait. Right. #mood:annoyed
    It's 4471-0932. Gloria Benitez.
    -> problem
* [Forty-one minutes going in circles: I'm so sorry, that's exhausting. You're through to me now, and I'll stay with you until this is sorted. What's going on? #empathy:+2 #ownership:+1 #expectations:0 #trigger:none #feedback:You reflected her own words back (forty-one minutes, going in circles), apologized for the impact and took charge before asking a single question. Seed 002: listen, then "acknowledge it and, if necessary, apologize". #better:Forty-one minutes going in circles: I'm so sorry, that's exhausting. You're through to me now, and I'll stay with you until this is sorted.]
    ~ mood = MIN(mood + 2, 5)
    Okay. Thank you. Honestly I was about to give up and throw the phone across the room. #mood:worried
    The account's 4471-0932, Gloria Benitez.
    -> problem
* [Okay, I need you to calm down a little so I can help you. What's the account number? #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" tells her that forty-one minutes of frustration is not justified. Seed 003: telling an upset customer to calm down "often has the opposite effect". #better:I understand this is upsetting. Forty-one minutes is far too long, and I'm sorry. Let's work together to sort this out.]
    ~ mood = MAX(mood - 2, -5)
    Calm down? I have been calm for forty-one minutes! I've been calm through that stupid music three times! #mood:furious
    It's 4471-0932. Gloria Benitez. Write it down this time.
    -> problem

=== problem ===
{
- mood >= 0:
    It's my internet. Since last Monday it cuts out every evening, around seven, for ten, twenty minutes at a time. I've restarted the modem. I've unplugged it for a full minute like your website says. #mood:worried
- else:
    It's my internet. Since last Monday it cuts out every single evening around seven. Ten, twenty minutes. And before you ask: yes, I restarted the modem, and yes, I unplugged it for a full minute like your website says. #mood:annoyed
}
I work from home. I've got a presentation for a client in Denver on Thursday at nine a.m., and I cannot have it drop in the middle of that.
* [Evenings are peak time on the network. A few drops happen to everyone; it doesn't really matter for most people. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #technique:listen_reflect #feedback:"It doesn't matter" dismisses the one thing she told you matters: Thursday at nine. Seed 003: such phrases "come off as dismissive and disrespectful". #better:Every detail matters here, especially with Thursday's presentation. Let me run a line test while we talk.]
    ~ mood = MAX(mood - 2, -5)
    It matters to me! I pay seventy-four ninety-nine a month for this. #mood:angry
    -> menu
* [Let me run a line test on your connection while we talk. #empathy:0 #ownership:+1 #expectations:0 #trigger:none #feedback:Good instinct to act, but you skipped the step seed 002 puts first: "repeat what they said back to them using their words", so she knows you heard her the first time. #better:So since last Monday it drops every evening around seven, restarting hasn't fixed it, and you need it solid for Thursday at nine. Have I got that right? Let me run a line test while we talk.]
    Fine. Go ahead. #mood:annoyed
    -> menu
* [So since last Monday it drops every evening around seven, restarting the modem hasn't fixed it, and you need it solid for your presentation on Thursday at nine. Have I got that right? Let me run a line test while we talk. #empathy:+1 #ownership:+1 #expectations:0 #trigger:none #feedback:You repeated her problem back in her words and checked it. Seed 002: "The customer will know the employee was paying attention". Then you took the next step yourself. #better:So since last Monday it drops every evening around seven, restarting hasn't fixed it, and you need it solid for Thursday at nine. Have I got that right? Let me run a line test while we talk.]
    ~ mood = MIN(mood + 1, 5)
    Yes. Exactly that. Thank you. #mood:worried
    -> menu
* [Have you tried unplugging the modem for about thirty seconds and plugging it back in? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:She just told you she did that. Seed 003's takeaway: "Always fully listen to the customer's concerns before diagnosing the problem." #better:So restarting and unplugging haven't fixed it. Let me run a line test on your connection while we talk.]
    ~ mood = MAX(mood - 1, -5)
    I just told you I did that. A full minute. Are you even listening? #mood:angry
    -> menu

=== menu ===
You start the line test. It will take about a minute. #narration #sfx:typing
{
- mood >= 1:
    Can I ask you something while that runs? Why is your phone system like that? Is it me? Am I pressing the wrong thing? #mood:worried
- else:
    And while we wait: what is wrong with your phone system? Is it me? Am I pressing the wrong thing, or is it just broken? #mood:annoyed
}
* [The phone menu is run by a different department, so that's not really something I can help with, I'm afraid. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:dont_blame #technique:ownership #feedback:She just spent forty-one minutes being passed along, and this tells her she's being passed along again. Seed 002: representatives "should be trained in understanding the phone systems so they can provide guidance". #better:You didn't do anything wrong, and I'm sorry the menu sent you in circles. Next time, say "repair" at the first prompt and it comes straight to this team. I'll text you that shortcut.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -4:
        -> end_lost_menu
    }
    Of course it isn't. Nothing ever is. #mood:angry
    -> diagnosis
* [It does trip people up. You probably pressed 2 before the prompt finished; the system skips ahead when you do that. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:Even if it's true, it makes the loop her fault. Seed 001: "This is NOT the customer's fault. NEVER blame them for coming to you with a complaint." #better:You didn't do anything wrong, and I'm sorry the menu sent you in circles; that's on us. Here's the shortcut for next time.]
    ~ mood = MAX(mood - 2, -5)
    Oh, so it's my fault now. I pressed what it told me to press. Three times. #mood:furious
    -> diagnosis
* [I'll pass your feedback on to the team that runs the phone menu. #empathy:0 #ownership:+1 #expectations:0 #trigger:none #feedback:Passing it on is fair, but it doesn't help her next time. Seed 002 wants reps to "provide guidance on how customers can more efficiently get the help they need". #better:You didn't do anything wrong, and I'm sorry the menu sent you in circles. Next time, say "repair" at the first prompt; I'll text you that shortcut and our direct repair number.]
    Sure. I'm sure they'll get right on it. #mood:annoyed
    -> diagnosis
* [You didn't do anything wrong, and I'm sorry the menu sent you in circles; that's on us. Next time, say "repair" at the first prompt and it comes straight to this team, open 7 a.m. to 10 p.m. every day. I'll text you that shortcut and our direct repair number right after this call. #empathy:+1 #ownership:+2 #expectations:+1 #trigger:none #feedback:You owned the loop for the company, apologized, and gave her what seed 002 asks for: guidance on getting help faster, with the hours she can reach you. #better:You didn't do anything wrong, and I'm sorry the menu sent you in circles; that's on us. Next time, say "repair" at the first prompt; I'll text you that shortcut.]
    ~ mood = MIN(mood + 2, 5)
    "Repair." Okay. I'm writing that down. Thank you, that's genuinely useful. #mood:calm
    -> diagnosis

=== diagnosis ===
The line test finishes. The signal on the cable outside Gloria's house drops sharply every evening. It is not her modem: it needs a technician. The earliest slot in her area is Wednesday, 8 to 10 a.m. #narration #sfx:chime
{
- mood >= 1:
    Is it done? What does it say? #mood:worried
- else:
    Well? What does it say? #mood:annoyed
}
* [The fault is on the cable outside your house, not your modem, so nothing you did caused it. It needs a technician, and I've booked the earliest slot: Wednesday between 8 and 10 a.m., the day before your presentation. I'll check your line myself on Wednesday afternoon once the work is done. #empathy:0 #ownership:+2 #expectations:+2 #trigger:none #technique:bad_news #feedback:Prompt and direct, with the reason, a booked slot and your own check afterwards. Seed 003: "Communicate timelines clearly"; seed 001: give the customer an idea of when you'll get back to her. #better:The fault is on the cable outside your house. I've booked the earliest technician slot, Wednesday between 8 and 10 a.m., and I'll check your line myself on Wednesday afternoon.]
    ~ mood = MIN(mood + 1, 5)
    Outside. So it really wasn't me. Okay. Wednesday. #mood:calm
    -> backup
* [The test shows the problem is on the line outside, so someone will have to come out. They should get to you soon. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:"Soon" is not a timeline, and she has a deadline. Seed 003: "Clarity on time can solve 85% of customer service problems." #better:It needs a technician, and I've booked the earliest slot: Wednesday between 8 and 10 a.m. I'll check your line myself on Wednesday afternoon.]
    ~ mood = MAX(mood - 1, -5)
    Soon. What's soon? Thursday morning is the only thing I care about. #mood:annoyed
    You check the calendar again: Wednesday, 8 to 10 a.m., and you book it. #narration
    -> backup
* [Honestly, I don't know what's causing it. The results don't really tell me much. #empathy:0 #ownership:-1 #expectations:-1 #trigger:i_dont_know #feedback:"I don't know" with nothing after it leaves her with no next step, after forty-one minutes of getting nowhere. Seed 003: offer "Let me find out for you" instead. #better:Let me find out for you: I'm reading the full test results now, and I'll tell you in one minute exactly what happens next.]
    ~ mood = MAX(mood - 2, -5)
    -> supervisor

=== supervisor ===
{
- mood <= -3:
    You don't know. I sat in your menu for forty-one minutes to hear "I don't know." Get me your supervisor. Now. #mood:furious
- else:
    You don't know? Then find somebody who does, please. I can't keep doing this. #mood:angry
}
* [My supervisor will tell you the same thing. There's nothing more anyone here can do until a technician looks at it. #empathy:0 #ownership:-1 #expectations:0 #trigger:hands_tied #technique:warm_escalation #feedback:Refusing the handover and declaring that nothing can be done is the opposite of ownership. Seed 003: "Let me connect you with someone who can help solve this problem effectively." #better:Of course. Let me connect you with my supervisor, Dana. I'll stay on the line and brief her myself, so you won't have to repeat a thing.]
    ~ mood = MAX(mood - 2, -5)
    -> end_lost_supervisor
* [You're right to expect better than that, and I'm sorry. Let me find out properly: give me one minute to read the full results. #empathy:+1 #ownership:+1 #expectations:+1 #trigger:none #feedback:A real recovery: you apologized, turned "I don't know" into "let me find out", and gave her a time. Seed 003: "I will get the right information and update you". #better:You're right to expect better than that, and I'm sorry. Let me find out properly: give me one minute to read the full results.]
    ~ mood = MIN(mood + 1, 5)
    ...One minute. Fine. #mood:annoyed
    You read the results properly this time. The fault is on the cable outside her house, and you book the earliest technician slot: Wednesday, 8 to 10 a.m. #narration #sfx:typing
    So it's outside. Wednesday morning. Okay. That's... something. #mood:worried
    -> backup
* [Of course. Let me connect you with my supervisor, Dana. I'll stay on the line and brief her myself, so you won't have to repeat a thing. It'll take about two minutes. #empathy:0 #ownership:+2 #expectations:+1 #trigger:none #feedback:A warm escalation: you stayed in charge of the handover and told her how long it will take. Seed 003: "Let me connect you with someone who can help solve this problem effectively." #better:Of course. Let me connect you with my supervisor, Dana. I'll stay on the line and brief her myself, so you won't have to repeat a thing.]
    -> end_escalated

=== backup ===
{
- mood >= 2:
    Wednesday's cutting it close, though. What if it's not fixed by Thursday? I can't be the woman who freezes in front of a client. #mood:worried
- else:
    And if it isn't fixed by Thursday? Then what? I lose the client? #mood:annoyed
}
* [I'm sure it'll be fixed by then, honestly. Our technicians are really good. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #technique:what_i_can_do #feedback:It feels kind, but you can't know it. Seed 003: "DO NOT lie to customers just because you want to make them feel good." If Wednesday's repair doesn't hold, you've lost her trust along with the client. #better:I can't promise the repair will hold, but here's what I can do: I'm adding 30 GB of free mobile data today so you have a hotspot backup for Thursday.]
    I hope you're right. Because if you're not, I'm the one on the call. #mood:worried
    -> close
* [I know how much Thursday matters. I can't promise the repair will hold, but here's what I can do: I'm adding 30 GB of free mobile data to your account today, so you can run the presentation from your phone's hotspot as a backup. It will show in your app within the hour. #empathy:+1 #ownership:+1 #expectations:+2 #trigger:none #feedback:Honest about the limit and generous with the alternative. Seed 003: "Unfortunately, we can't do that. What I can do for you is..." and seed 002: know "exactly what they can do". #better:I know how much Thursday matters. I can't promise the repair will hold, but here's what I can do: I'm adding 30 GB of free mobile data today as a hotspot backup.]
    ~ mood = MIN(mood + 2, 5)
    Oh. Oh, that's smart. I didn't even think of that. #mood:relieved
    -> close
* [We don't provide backup connections, I'm afraid. That's not part of your plan. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:A bare no, with nothing she can do next. Seed 003: "While we can't do that, here's what we can do..." #better:We can't guarantee the repair before Thursday, but here's what I can do: I'm adding 30 GB of free mobile data today so your phone can be a hotspot backup.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -3:
        -> end_lost_backup
    }
    Great. So I'm on my own. #mood:annoyed
    -> close

=== close ===
{
- mood >= 1:
    Okay. That actually helps. Anything else I need to know? #mood:calm
- else:
    Is that everything? #mood:annoyed
}
* [That's everything. If it happens again, just call back in and the menu will route you. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:thank_customer #technique:follow_up #feedback:You sent her back into the very loop she called about. Seed 003: "Make direct promises / statements and stick to them (follow-through until the job is done)". #better:Thank you for sticking with us, Gloria. I'll call you myself at 2 p.m. on Wednesday to make sure the line is holding.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -2:
        -> end_lost_close
    }
    Back into the menu. Wonderful. I'll say "repair", I suppose. #mood:annoyed
    -> end_follow_up_cool
* [The technician will call about 30 minutes before they arrive on Wednesday. Anything else I can help with today? #empathy:0 #ownership:0 #expectations:+1 #trigger:none #feedback:Useful detail, but no follow-up from you and no thanks. Seed 001: "if you give a customer a commitment, make sure that you stick to it", and seed 002: thank them for their business. #better:Thank you for sticking with us through all of that, Gloria. I'll call you myself at 2 p.m. on Wednesday to make sure the line is holding.]
    -> end_follow_up_cool
* [Thank you for sticking with us through all of that, Gloria. Here's the plan: the technician comes Wednesday between 8 and 10 and calls 30 minutes ahead. I'll call you myself at 2 p.m. on Wednesday to make sure the line is holding. Do you have any questions about the timeline I just gave you? #empathy:+1 #ownership:+1 #expectations:+2 #trigger:none #feedback:You thanked her, laid out every step with a time, committed to your own follow-up call, and checked she understood. Seed 003: "Do you have any questions about the timeline I just provided you?" #better:Thank you for sticking with us, Gloria. Technician Wednesday 8 to 10; I'll call you at 2 p.m. Wednesday. Any questions about that timeline?]
    ~ mood = MIN(mood + 1, 5)
    {mood >= 2:
        -> end_follow_up_warm
    }
    -> end_follow_up_cool

=== end_follow_up_warm ===
No questions. Wednesday eight to ten, you at two. You know, you're the first person in a week who actually fixed something. Thank you. #mood:pleased
You hear her laugh as she hangs up. #narration #sfx:hangup
#outcome:follow_up
-> END

=== end_follow_up_cool ===
Fine. Wednesday, then. Let's hope it works. #mood:worried
She hangs up. #narration #sfx:hangup
#outcome:follow_up
-> END

=== end_lost_menu ===
Of course you can't. Nobody there can help with anything. You know what, I'm done. FiberCo answers their phone. #mood:furious
The line goes dead. #narration #sfx:hangup
#outcome:lost
-> END

=== end_lost_supervisor ===
So I waited forty-one minutes for nothing. Cancel it. Cancel the whole account. I'll go with FiberCo. #mood:furious
She hangs up before you can answer. #narration #sfx:hangup
#outcome:lost
-> END

=== end_lost_backup ===
Then I'll find a provider who does. I'm cancelling before Thursday and taking my chances elsewhere. #mood:furious
The line goes dead. #narration #sfx:hangup
#outcome:lost
-> END

=== end_lost_close ===
Back into that menu? No. I'm not doing that again. I'm switching to FiberCo this week. #mood:furious
She hangs up. #narration #sfx:hangup
#outcome:lost
-> END

=== end_escalated ===
Fine. Thank you. Two minutes. #mood:annoyed
You brief Dana on the account, the forty-one minutes in the menu and the Thursday deadline, then bring her onto the line. #narration #sfx:hold
#outcome:escalated
-> END
