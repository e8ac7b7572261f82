# title: Forty-One Minutes in the Phone Tree
# customer: Gloria Benitez
# channel: phone
# difficulty: 2
# summary: Gloria's home internet drops every evening, and she has just spent forty-one minutes looping through the phone menu to reach you. She has a client presentation on Thursday at nine.

// The training text "Home > Blog": a customer stuck in the phone-tree loop. Listen, acknowledge, and resolve;
// guide her through the phone system, and do not apologize and move on too quickly.
// Mood starts low: she has been going in circles for forty-one minutes.
VAR mood = -2
VAR slips = 0
VAR will_call = false

-> opening

=== opening ===
The hold music cuts out. Your queue screen says the caller spent 41 minutes in the phone menu before reaching you. #narration #sfx:pickup
Finally. A human being. Do you know how long I've been going around in that menu? Forty-one minutes. I pressed 2 for internet problems, it put me through to billing. Billing told me to press 4. Four sent me back to the main menu. Three times! And once it just hung up on me. #mood:angry
* [I completely understand how frustrating that must be, and I'm so sorry about the wait. Can I get the account number from your bill? #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:An apology is a start, but "Home > Blog" warns against apologizing for a poor experience and moving on too quickly. Forty-one minutes deserves more than one line before the account number. #better:All that time going in circles: I'm so sorry. You're through to me now, and I'll stay with you until it's sorted.]
    Sorry about the wait. Right. #mood:annoyed
    It's 4471-0932. Gloria Benitez.
    -> problem
* [All that time going in circles: I'm so sorry. You're through to me now, and I'll stay with you until it's sorted. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You reflected her experience back (going in circles), apologized for the impact and took charge before asking a single question.]
    ~ mood = MIN(mood + 2, 5)
    Okay. Thank you. Honestly I was about to give up and throw the phone across the room. #mood:worried
    The account's 4471-0932, Gloria Benitez.
    -> problem
* [Okay, I understand, but I need you to calm down a little so I can help you. What's the account number? #empathy:-1 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" tells her that forty-one minutes of frustration is not justified. "Cater to one, not the the entire customer base": telling an upset customer to calm down "often has the opposite effect". #better:All that time going in circles: I'm so sorry. You're through to me now, and I'll stay with you until it's sorted.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
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
* [Have you tried unplugging the modem for about thirty seconds and then plugging it back in again? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #feedback:A fair diagnostic question, asked too early: she just told you she did that. Listen fully and say it back before you diagnose. #better:So: drops every evening around seven since Monday, restarts don't help, and Thursday at nine matters. Right? I'll test the line now.]
    ~ mood = MAX(mood - 1, -5)
    I just told you I did that. A full minute. Are you even listening? #mood:angry
    -> menu
* [Evenings are peak time on the network, I'm afraid. A few drops happen to everyone, so honestly it doesn't matter much. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #feedback:"It doesn't matter" dismisses the one thing she told you matters: Thursday at nine. "Cater to one, not the the entire customer base": "Every detail matters." #better:So: drops every evening around seven since Monday, restarts don't help, and Thursday at nine matters. Right? I'll test the line now.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    It matters to me! I pay seventy-four ninety-nine a month for this. #mood:angry
    -> menu
* [So: drops every evening around seven since Monday, restarts don't help, and Thursday at nine matters. Right? I'll test the line now. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:You repeated her problem back in her words, checked it, and took the next step yourself. "Category Archives: Training": reiterate it "so that they are sure that you have heard them correctly."]
    ~ mood = MIN(mood + 1, 5)
    Yes. Exactly that. Thank you. #mood:worried
    -> menu
* [Okay, let me run a line test on your connection while we talk, if that's all right with you. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:Good instinct to act, but you skipped saying her problem back, so she can't tell you heard her the first time. #better:So: drops every evening around seven since Monday, restarts don't help, and Thursday at nine matters. Right? I'll test the line now.]
    Fine. Go ahead. #mood:annoyed
    -> menu

=== menu ===
You start the line test. It will take about a minute. #narration #sfx:typing
{
- mood >= 1:
    Can I ask you something while that runs? Why is your phone system like that? Is it me? Am I pressing the wrong thing? #mood:worried
- else:
    And while we wait: what is wrong with your phone system? Is it me? Am I pressing the wrong thing, or is it just broken? #mood:annoyed
}
* [I completely understand, and I'm so sorry about that. I'll pass your feedback on to the team that runs the phone menu. #empathy:1 #ownership:1 #expectations:0 #trigger:none #technique:dont_blame #technique:ownership #feedback:Passing it on is fair, but it doesn't help her next time. Give her the way through the menu. #better:It wasn't you, and I'm sorry; that's on us. Say "repair" at the first prompt next time. I'll text you that shortcut.]
    Sure. I'm sure they'll get right on it. #mood:annoyed
    -> diagnosis
* [I'm sorry, but the phone menu is run by a different department, so that's not really something I can help with. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #feedback:She just spent forty-one minutes being passed along, and this passes her along again. "Home > Blog": representatives should understand the phone system well enough to guide customers through it. #better:It wasn't you, and I'm sorry; that's on us. Say "repair" at the first prompt next time. I'll text you that shortcut.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    {mood <= -4:
        -> end_lost_menu
    }
    Of course it isn't. Nothing ever is. #mood:angry
    -> diagnosis
* [It does trip people up. You probably pressed 2 before the prompt finished, so the system skipped ahead on you. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:Even if it's true, it makes the loop her fault. "Category Archives: Training": "This is NOT the customer's fault. NEVER blame them for coming to you with a complaint." #better:It wasn't you, and I'm sorry; that's on us. Say "repair" at the first prompt next time. I'll text you that shortcut.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    Oh, so it's my fault now. I pressed what it told me to press. Three times. #mood:furious
    -> diagnosis
* [It wasn't you, and I'm sorry; that's on us. Say "repair" at the first prompt next time. I'll text you that shortcut. #empathy:1 #ownership:2 #expectations:1 #trigger:none #feedback:You owned the loop for the company, apologized, and gave her a way to get help faster next time.]
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
* [Honestly, I don't know what's causing it, I'm afraid. The results don't really tell me much on this screen. #empathy:0 #ownership:-1 #expectations:-1 #trigger:i_dont_know #technique:bad_news #feedback:"I don't know" with nothing after it leaves her with no next step, after forty-one minutes of getting nowhere. Offer to find out. #better:Sorry: the fault's on the cable outside, not anything you did. I've booked a technician Wednesday, 8 to 10 a.m.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    -> supervisor
* [Sorry: the fault's on the cable outside, not anything you did. I've booked a technician Wednesday, 8 to 10 a.m. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:Bad news delivered promptly and directly, with the reason and a booked slot. "Cater to one, not the the entire customer base": "Communicate timelines clearly."]
    ~ mood = MIN(mood + 1, 5)
    Outside. So it really wasn't me. Okay. Wednesday. #mood:calm
    -> backup
* [I completely understand how frustrating this is, and I sincerely apologize. It's on the line outside, so someone will come out soon. #empathy:1 #ownership:0 #expectations:-1 #trigger:none #feedback:"Soon" is not a timeline, and she has a deadline. "Cater to one, not the the entire customer base": "Clarity on time can solve 85% of customer service problems." #better:Sorry: the fault's on the cable outside, not anything you did. I've booked a technician Wednesday, 8 to 10 a.m.]
    ~ mood = MAX(mood - 1, -5)
    Soon. What's soon? Thursday morning is the only thing I care about. #mood:annoyed
    You check the calendar again: Wednesday, 8 to 10 a.m., and you book it. #narration
    -> backup

=== supervisor ===
{
- mood <= -3:
    You don't know. I sat in your menu for forty-one minutes to hear "I don't know." Get me your supervisor. Now. #mood:furious
- else:
    You don't know? Then find somebody who does, please. I can't keep doing this. #mood:angry
}
* [Of course. Let me connect you with my supervisor, Dana. I'll brief her myself, so you won't have to repeat a thing. #empathy:0 #ownership:2 #expectations:0 #trigger:none #technique:warm_escalation #feedback:A warm escalation: you stayed in charge of the handover so she won't repeat herself. Finding out yourself, with an apology, would have kept the call with you. #better:You're right to expect better, and I'm sorry. Give me one minute to read the full results properly.]
    -> end_escalated
* [My supervisor will tell you the same thing, I'm afraid. There's nothing more anyone here can do until a technician looks. #empathy:0 #ownership:-1 #expectations:0 #trigger:hands_tied #feedback:Refusing the handover and declaring that nothing can be done is the opposite of ownership. "Cater to one, not the the entire customer base": "Let me connect you with someone who can help solve this problem effectively." #better:You're right to expect better, and I'm sorry. Give me one minute to read the full results properly.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    -> end_lost_supervisor
* [You're right to expect better, and I'm sorry. Give me one minute to read the full results properly. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:A real recovery: you apologized, turned "I don't know" into "let me find out", and gave her a time. "Cater to one, not the the entire customer base": "I don't know the answer, but I will get someone who does."]
    ~ mood = MIN(mood + 1, 5)
    ...One minute. Fine. #mood:annoyed
    You read the results properly this time. The fault is on the cable outside her house, and you book the earliest technician slot: Wednesday, 8 to 10 a.m. #narration #sfx:typing
    So it's outside. Wednesday morning. Okay. That's... something. #mood:worried
    -> backup

=== backup ===
{
- mood >= 2:
    Wednesday's cutting it close, though. What if it's not fixed by Thursday? I can't be the woman who freezes in front of a client. #mood:worried
- else:
    And if it isn't fixed by Thursday? Then what? I lose the client? #mood:annoyed
}
* [I'm sorry, but we don't provide backup connections, I'm afraid. That's just not part of your current plan. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #technique:what_i_can_do #feedback:A bare refusal, with nothing she can do next. "Cater to one, not the the entire customer base": "While we can't do that, here's what we can do." #better:I'm sorry, I can't promise it'll hold, but what I can do is add 30 GB of mobile data today as a hotspot backup.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    {mood <= -3:
        -> end_lost_backup
    }
    Great. So I'm on my own. #mood:annoyed
    -> close
* [Don't worry, I completely understand, and I'll make sure it's fixed by Wednesday, I promise. Our technicians are great. #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:It feels kind, but it's an overpromise: you can't know it. "Cater to one, not the the entire customer base": "DO NOT lie to customers just because you want to make them feel good." #better:I'm sorry, I can't promise it'll hold, but what I can do is add 30 GB of mobile data today as a hotspot backup.]
    I hope you're right. Because if you're not, I'm the one on the call. #mood:worried
    -> close
* [I'm sorry, I can't promise it'll hold, but what I can do is add 30 GB of mobile data today as a hotspot backup. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Honest about the limit and generous with the alternative. "Cater to one, not the the entire customer base": "Unfortunately, we can't do that. What I can do for you is..."]
    ~ mood = MIN(mood + 2, 5)
    Oh. Oh, that's smart. I didn't even think of that. #mood:relieved
    -> close

=== close ===
{
- mood >= 1:
    Okay. That actually helps. Anything else I need to know? #mood:calm
- else:
    Is that everything? #mood:annoyed
}
* [The technician will call you about 30 minutes before arriving on Wednesday morning. Thank you so much for your patience today, Gloria! #empathy:1 #ownership:0 #expectations:1 #trigger:none #technique:thank_customer #technique:follow_up #feedback:Useful detail and a thank-you, but no follow-up from you: after a week of drops, she needs to know someone will check. #better:Thank you for sticking with us, Gloria. I'll call you myself at 2 p.m. Wednesday to check the line. Any questions?]
    -> end_follow_up
* [Thank you for sticking with us, Gloria. I'll call you myself at 2 p.m. Wednesday to check the line. Any questions? #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:You thanked her, committed to your own follow-up with a time, and checked she understood. "Category Archives: Training": "if you give a customer a commitment, make sure that you stick to it."]
    ~ mood = MIN(mood + 1, 5)
    ~ will_call = true
    -> end_follow_up
* [That's everything. If it happens again, just call back in, and the menu will route you through to us. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #feedback:You sent her back into the very loop she called about. Follow through yourself until the job is done. #better:Thank you for sticking with us, Gloria. I'll call you myself at 2 p.m. Wednesday to check the line. Any questions?]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -2:
        -> end_lost_close
    }
    Back into the menu. Wonderful. I'll say "repair", I suppose. #mood:annoyed
    -> end_follow_up

=== end_follow_up ===
{
- slips >= 2 || mood <= -2:
    -> end_lost_close
- will_call && mood >= 2:
    No questions. Wednesday eight to ten, you at two. Thank you. Really. #mood:pleased
    You hear her laugh as she hangs up. #narration #sfx:hangup
    #outcome:follow_up
    -> END
- else:
    Fine. Wednesday, then. Let's hope it works. #mood:worried
    She hangs up. #narration #sfx:hangup
    #outcome:follow_up
    -> END
}

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
No. I'm not doing this again. I'm switching to FiberCo this week. #mood:furious
She hangs up. #narration #sfx:hangup
#outcome:lost
-> END

=== end_escalated ===
Fine. Thank you. #mood:annoyed
You brief Dana on the account, the forty-one minutes in the menu and the Thursday deadline, then bring her onto the line. #narration #sfx:hold
#outcome:escalated
-> END
