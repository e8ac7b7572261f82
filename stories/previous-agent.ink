# title: Kevin Said to Take the Orange Wire Off
# customer: Priya Raman
# channel: chat
# difficulty: 2
# summary: Yesterday a new agent gave Priya wrong wiring advice for her smart thermostat, and her house is now at 58 degrees. She already explained everything once and does not want to start over.

// From the training text "Home > Blog": the previous agent who didn't know the product. Don't mirror her dissatisfaction
// with the colleague, don't blame him: empathize, own the fix, explain that training is under
// way, and thank her for her understanding.
VAR mood = -2
VAR slips = 0

-> opening

=== opening ===
New chat from Priya Raman. Order HS-20417: Hearthstone T3 thermostat, $189, delivered last Thursday. A transcript from yesterday is attached: 45 minutes with agent Kevin. #narration #sfx:chime
Before you say anything: I already explained ALL of this yesterday to someone called Kevin. Forty-five minutes. He clearly had no idea what a heat pump even is, and now my house is 58 degrees. Do I really have to start over? #mood:angry
* [I completely understand your frustration, and I'm so sorry. Could you give me a quick summary, so I can help you properly today? #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:acknowledge_apologise #technique:dont_blame #feedback:Kind words, then a normal opener, but she just told you she explained everything yesterday: making her repeat it proves her point. Read the transcript and say so. #better:I'm sorry yesterday left you with a cold house. No starting over: I've read Kevin's transcript, and I'll take it from here.]
    ~ mood = MAX(mood - 1, -5)
    So yes. I start over. Wonderful. #mood:annoyed
    I have a T3 on an Aireon heat pump. Kevin told me to take the orange wire off. Now it only blows cold air.
    -> problem
* [I'm sorry yesterday left you with a cold house. No starting over: I've read Kevin's transcript, and I'll take it from here. #empathy:2 #ownership:1 #expectations:0 #trigger:none #feedback:You apologized for the impact, answered her question (no starting over) and took over, in two sentences. Empathize with the problems the lack of knowledge caused her, as "Home > Blog" advises, without a word about Kevin.]
    ~ mood = MIN(mood + 2, 5)
    Oh thank god. Okay. Thank you. #mood:worried
    -> problem
* [I'm so sorry about that. Kevin's one of our new guys, and heat pumps really aren't his area yet, honestly. #empathy:1 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:The apology is fine; blaming a colleague tells her the company knowingly put the wrong person on her problem. "Category Archives: Training": "Don't Blame Someone Else!" #better:I'm sorry yesterday left you with a cold house. No starting over: I've read Kevin's transcript, and I'll take it from here.]
    ~ slips += 1
    ~ mood = MAX(mood - 2, -5)
    So you KNEW he didn't know what he was doing, and you let him tell me to pull wires out of my wall? #mood:furious
    -> problem

=== problem ===
{
- mood >= 0:
    So what do you see? #mood:worried
- else:
    Fine. Let's see if you actually read it. #mood:annoyed
}
* [I'm so sorry about all this. What model is your heat pump, and which wires did you connect during the install yesterday? #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #feedback:A fair question after an apology, but the answer is in yesterday's transcript: asking again tells her nobody listened. Say back what you read instead. #better:So: T3 on your Aireon heat pump, orange wire off O/B, and only cold air since. Is that right? I'll sort it.]
    ~ mood = MAX(mood - 1, -5)
    It's in the transcript. Aireon HP-36. I typed it yesterday. Twice. #mood:annoyed
    -> kevin
* [It sounds like the wiring may have been done wrong on your end during the install, to be honest. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:The transcript shows she did what our agent told her. Guessing it's her install puts the blame on her. "Category Archives: Training": "NEVER blame them for coming to you with a complaint." #better:So: T3 on your Aireon heat pump, orange wire off O/B, and only cold air since. Is that right? I'll sort it.]
    ~ slips += 1
    ~ mood = MAX(mood - 2, -5)
    On MY end? I did exactly what YOUR agent told me to do. It's in the transcript you supposedly read. #mood:furious
    -> kevin
* [So: T3 on your Aireon heat pump, orange wire off O/B, and only cold air since. Is that right? I'll sort it. #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:You reflected her problem back in her own terms and checked it, which proves you read the transcript. "Category Archives: Training": reiterate it "so that they are sure that you have heard them correctly."]
    ~ mood = MIN(mood + 1, 5)
    Yes. Exactly. Finally. #mood:calm
    -> kevin

=== kevin ===
{
- mood >= 1:
    Okay, yes. Can I ask, though: was Kevin just wrong? He sounded so sure. Is anyone there actually trained on your own product? #mood:worried
- else:
    So was Kevin just wrong? He sounded SO sure. Is anyone there actually trained on your own product? #mood:angry
}
* [I completely understand your frustration, and I'm sorry, but I can't comment on another agent's advice. #empathy:1 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:dont_blame #technique:ownership #feedback:The understanding is undone by the deflection: it leaves her doubting the whole company. Own the mistake for the company and say what is being done about training. #better:That advice was wrong, and that's on us. I'm sorry. Our new agents are finishing product training; I'll get this right now.]
    ~ slips += 1
    ~ mood = MAX(mood - 2, -5)
    {mood <= -3:
        -> end_lost_early
    }
    Of course you can't. #mood:annoyed
    -> fix
* [That advice was wrong, and that's on us. I'm sorry. Our new agents are finishing product training; I'll get this right now. #empathy:1 #ownership:2 #expectations:0 #trigger:none #feedback:Honest without blaming a colleague: you owned the mistake for the company, apologized, and said training is under way, as "Home > Blog" suggests for a customer let down by a new representative.]
    ~ mood = MIN(mood + 2, 5)
    Okay. I appreciate you just saying it. #mood:calm
    -> fix
* [Honestly? Yes, he was wrong, and he really should have known better. Some of our new agents just don't know the product yet. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Agreeing that the colleague was useless mirrors her dissatisfaction and tells her she can't trust anyone here. Own it for the company instead. #better:That advice was wrong, and that's on us. I'm sorry. Our new agents are finishing product training; I'll get this right now.]
    ~ slips += 1
    ~ mood = MAX(mood - 2, -5)
    Great. So I should expect this every time I contact you. Good to know. #mood:angry
    -> fix

=== fix ===
{
- mood >= 2:
    So how do we fix it? It's 58 in here and the kids are doing homework in their coats. #mood:worried
- else:
    Can we please just fix it? It's 58 degrees in here. My kids slept in hoodies. #mood:annoyed
}
* [I totally understand, and I'm sorry! Page 12 of the T3 manual covers this, and it's also in the Help section. #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:what_i_can_do #technique:ownership #feedback:Sympathetic and accurate, but it hands the job back to her, after our instructions caused the problem. "Cater to one, not the the entire customer base": "If they are anxious, talk them through what you are doing." #better:I'm sorry about the cold. Let's fix it together: five minutes. First, switch off the breaker marked HVAC.]
    ~ mood = MAX(mood - 1, -5)
    I don't want a manual. Following instructions from you people is how I got here. #mood:angry
    You offer to walk her through it instead, one step at a time. #narration #sfx:typing
    -> fixed
* [There's nothing I can do about wiring over chat, I'm afraid. You'll need to book a licensed installer. #empathy:0 #ownership:-1 #expectations:0 #trigger:hands_tied #feedback:Our chat caused the problem; now she hears that chat can't fix it. Say what you can do. #better:I'm sorry about the cold. Let's fix it together: five minutes. First, switch off the breaker marked HVAC.]
    ~ slips += 1
    ~ mood = MAX(mood - 2, -5)
    -> pushback
* [I'm sorry about the cold. Let's fix it together: five minutes. First, switch off the breaker marked HVAC. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:A word for the cold house, then you took charge of the fix, said how long it takes and gave the first step. "Cater to one, not the the entire customer base": "communicate the step by step process to them and confirm their understanding."]
    ~ mood = MIN(mood + 1, 5)
    Okay. Breaker's off. Going now. #mood:worried
    -> fixed

=== pushback ===
Are you serious? Kevin was happy to "advise on wiring" yesterday. That's exactly how I got here! #mood:furious
* [Let me connect you with Marcus, our heat pump specialist. I'll brief him so you won't repeat a thing; he'll join in ten minutes. #empathy:0 #ownership:2 #expectations:1 #trigger:none #technique:warm_escalation #feedback:A warm escalation: you connected her with someone who can help, carried the context over yourself and gave a time. Fixing it yourself, with an apology, would have saved her the wait. #better:You're right, and I'm sorry. Let's fix it together now: one wire, five minutes. First, switch off the HVAC breaker.]
    -> end_escalated
* [It's company policy, I'm afraid. We can't give any wiring advice over chat. I'm sorry about that. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:"Policy" with no alternative leaves her with a cold house and nowhere to go. "Cater to one, not the the entire customer base": "While we can't do that, here's what we can do." #better:You're right, and I'm sorry. Let's fix it together now: one wire, five minutes. First, switch off the HVAC breaker.]
    ~ slips += 1
    ~ mood = MAX(mood - 2, -5)
    -> end_lost_policy
* [You're right, and I'm sorry. Let's fix it together now: one wire, five minutes. First, switch off the HVAC breaker. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:You accepted her point, apologized, and went straight back to owning the fix with a time and a first step. She heard "nothing I can do" first, though.]
    ~ mood = MIN(mood + 2, 5)
    ...Fine. Breaker's off. What next? #mood:annoyed
    -> fixed

=== fixed ===
You walk her through it: breaker off, orange wire into O/B, breaker on, then Settings, Equipment, Heat pump, "O/B energizes on cool". #narration #sfx:typing
It's blowing WARM air. Oh my god. Warm air. #mood:relieved
{
- mood >= 1:
    Okay. Thank you. But honestly, we had a freezing night and I've lost two hours to this. I think I deserve something. A refund on the thermostat, at least? #mood:calm
- else:
    Right. But we had a freezing night, I've lost two hours to this, and I want something for it. A refund on the thermostat. #mood:annoyed
}
* [I completely understand, Priya. I'll pass a note to my supervisor, and someone may reach out to you about a goodwill gesture soon. #empathy:1 #ownership:1 #expectations:-1 #trigger:none #technique:what_i_can_do #technique:bad_news #feedback:You took a step, but "may" and "soon" are no timeline and no commitment. "Cater to one, not the the entire customer base": "Make direct promises / statements and stick to them." #better:Sorry for the cold night. I can't refund a working unit, but what I can do is credit $40 to your card today.]
    ~ mood = MAX(mood - 1, -5)
    "May." Okay. #mood:annoyed
    -> close
* [Sorry for the cold night. I can't refund a working unit, but what I can do is credit $40 to your card today. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:Empathy for the real impact, a clear limit, and a concrete alternative today. "Cater to one, not the the entire customer base": "Unfortunately, we can't do that. What I can do for you is..."]
    ~ mood = MIN(mood + 2, 5)
    That's fair. That's actually really fair. Thank you. #mood:pleased
    -> close
* [Unfortunately we can't refund a thermostat that's working now, and we don't give credits for advice given over chat, I'm afraid. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:The first half is a fair limit; the second shuts the door with no alternative. Say what you can do instead. #better:Sorry for the cold night. I can't refund a working unit, but what I can do is credit $40 to your card today.]
    ~ slips += 1
    ~ mood = MAX(mood - 2, -5)
    {mood <= -3:
        -> end_lost_credit
    }
    Wow. Okay. Noted. #mood:angry
    -> close

=== close ===
{
- mood >= 1:
    Is there anything else I need to do? #mood:calm
- else:
    Is that it? #mood:annoyed
}
* [Thank you for your understanding, Priya. It's all in your file, and I'll check in with you here at 10 tomorrow. #empathy:1 #ownership:2 #expectations:1 #trigger:none #technique:follow_up #technique:thank_customer #feedback:You thanked her for her understanding, promised continuity (no starting over next time) and set a specific follow-up. "Cater to one, not the the entire customer base": a personal update "lets people know that they are not forgotten."]
    ~ mood = MIN(mood + 1, 5)
    -> end_follow_up
* [I'm so glad it's working again, Priya, and thank you so much for your patience! Anything else I can help with today? #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:Friendly, and you thanked her, but you left the check on the heat to her: no follow-up, and nothing noted for next time. #better:Thank you for your understanding, Priya. It's all in your file, and I'll check in with you here at 10 tomorrow.]
    -> close_resolved
* [If anything changes, just start a new chat and explain your setup, and someone will help you out. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #feedback:"Explain your setup" again is exactly what she came in angry about. Note it in her file and follow up yourself. #better:Thank you for your understanding, Priya. It's all in your file, and I'll check in with you here at 10 tomorrow.]
    ~ mood = MAX(mood - 1, -5)
    Explain my setup. Again. Sure. #mood:annoyed
    -> close_resolved

=== close_resolved ===
{
- slips >= 2:
    -> end_lost_late
- mood >= 1:
    -> end_resolved_warm
- mood >= -1:
    -> end_resolved_cool
- else:
    -> end_lost_late
}

=== end_follow_up ===
{
- slips >= 2:
    -> end_lost_late
- mood >= 3:
    Tomorrow at ten. Perfect. And thank you, really. #mood:pleased
    Priya has left the chat. #narration #sfx:chime
    #outcome:follow_up
    -> END
- mood >= -1:
    Okay. Tomorrow at ten, then. #mood:calm
    Priya has left the chat. #narration #sfx:chime
    #outcome:follow_up
    -> END
- else:
    -> end_lost_late
}

=== end_resolved_warm ===
No, that's all. It's warming up already. Thanks. #mood:pleased
Priya has left the chat. #narration #sfx:chime
#outcome:resolved
-> END

=== end_resolved_cool ===
No. It works. That's what I came for. #mood:annoyed
Priya has left the chat. #narration #sfx:chime
#outcome:resolved
-> END

=== end_lost_late ===
It works. But I'm done with Hearthstone: next time I'm buying a Nestor and paying someone who knows what they're doing. #mood:angry
Priya has left the chat. #narration #sfx:chime
#outcome:lost
-> END

=== end_lost_early ===
Forget it. I'm boxing the thing up and returning it. There's a Nestor thermostat at the hardware store that I can have installed by someone who knows what they're doing. #mood:furious
Priya has left the chat. #narration #sfx:chime
#outcome:lost
-> END

=== end_lost_policy ===
Policy. Your policy froze my kids. I'm returning it and telling everyone I know. #mood:furious
Priya has left the chat. #narration #sfx:chime
#outcome:lost
-> END

=== end_lost_credit ===
Then I'll get my refund the other way. It's within 30 days; I'm sending it back and buying a Nestor. #mood:furious
Priya has left the chat. #narration #sfx:chime
#outcome:lost
-> END

=== end_escalated ===
Ten minutes. Okay. As long as I don't have to explain it all again. #mood:annoyed
You brief Marcus on the transcript, the wiring and the cold house, then add him to the chat. #narration #sfx:typing
#outcome:escalated
-> END
