# title: Kevin Said to Take the Orange Wire Off
# customer: Priya Raman
# channel: chat
# difficulty: 2
# summary: Yesterday a new agent gave Priya wrong wiring advice for her smart thermostat, and her house is now at 58 degrees. She already explained everything once and does not want to start over.

// Seed 002: the previous agent who didn't know the product. Don't mirror her dissatisfaction
// with the colleague, don't blame him: empathize, own the fix, explain that training is under
// way, and thank her for her understanding.
VAR mood = -2

-> opening

=== opening ===
New chat from Priya Raman. Order HS-20417: Hearthstone T3 thermostat, $189, delivered last Thursday. A transcript from yesterday is attached: 45 minutes with agent Kevin. #narration #sfx:chime
Before you say anything: I already explained ALL of this yesterday to someone called Kevin. Forty-five minutes. He clearly had no idea what a heat pump even is, and now my house is 58 degrees. Do I really have to start over? #mood:angry
* [Can you give me a quick summary of what's going on so I can help? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:A normal opener, but she just told you she explained everything yesterday. Making her repeat it proves her point. Seed 002: "The listen step is especially important" with a previous-agent complaint. #better:I'm sorry: I can see yesterday's chat took 45 minutes and left you with a colder house, not a fix. You won't have to start over; I've read the transcript and I'll take it from here.]
    ~ mood = MAX(mood - 1, -5)
    So yes. I start over. Wonderful. #mood:annoyed
    I have a T3 on an Aireon heat pump. Kevin told me to take the orange wire off. Now it only blows cold air.
    -> problem
* [Ah, Kevin is one of our new guys, and heat pumps aren't really his area. Sorry about him. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Blaming a colleague tells her the company knowingly put the wrong person on her problem. Seed 002: rather than "simply mirroring a customer's dissatisfaction with a prior representative's lack of knowledge", empathize and own it. Seed 001: "Don't blame someone else!" #better:I'm sorry yesterday's chat left you with a colder house instead of a fix. I've read the transcript, so you won't have to start over. I'll take it from here.]
    ~ mood = MAX(mood - 2, -5)
    So you KNEW he didn't know what he was doing, and you let him tell me to pull wires out of my wall? #mood:furious
    -> problem
* [I'm sorry: I can see yesterday's chat took 45 minutes and left you with a colder house, not a fix. You won't have to start over. I've read the whole transcript, and I'll take it from here. #empathy:+2 #ownership:+1 #expectations:0 #trigger:none #feedback:You reflected her situation back (45 minutes, colder house), apologized for the impact and took over without making her repeat anything. Seed 002: "empathize with the frustration and the problems that a lack of knowledge may have caused the customer." #better:I'm sorry: yesterday's chat took 45 minutes and left you with a colder house. I've read the transcript, so you won't have to start over. I'll take it from here.]
    ~ mood = MIN(mood + 2, 5)
    Oh thank god. Okay. Thank you. #mood:worried
    -> problem

=== problem ===
{
- mood >= 0:
    So what do you see? #mood:worried
- else:
    Fine. Let's see if you actually read it. #mood:annoyed
}
* [What model is your heat pump? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:A fair technical question, but the answer is in yesterday's transcript. Asking again tells her nobody listened. Seed 001: "reiterate it to the customer so that they are sure that you have heard them correctly." #better:From the transcript: T3 installed Saturday on your Aireon heat pump, the orange wire came off the O/B terminal, and since then it only blows cold. Is that right?]
    ~ mood = MAX(mood - 1, -5)
    It's in the transcript. Aireon HP-36. I typed it yesterday. Twice. #mood:annoyed
    -> kevin
* [From the transcript: you installed the T3 on Saturday on your Aireon HP-36 heat pump, Kevin had you take the orange wire off the O/B terminal, and since then it only blows cold air and the house is down to 58. Is that right? Let me get that wire sorted with you. #empathy:+1 #ownership:+1 #expectations:0 #trigger:none #feedback:You repeated her problem back in her terms and checked it. Seed 002: "repeat what they said back to them using their words". Then you took the next step. #better:From the transcript: T3 on your Aireon heat pump, the orange wire came off the O/B terminal, and now it only blows cold. Is that right? Let me get that sorted with you.]
    ~ mood = MIN(mood + 1, 5)
    Yes. Exactly. Finally. #mood:calm
    -> kevin
* [I think the wiring might have been done wrong on your end during the install. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #feedback:The transcript shows she followed our advice. Guessing it's her install puts the blame on her. Seed 001: "NEVER blame them for coming to you with a complaint." #better:From the transcript, the trouble started when the orange wire came off the O/B terminal on our advice. Let me get that sorted with you.]
    ~ mood = MAX(mood - 2, -5)
    On MY end? I did exactly what YOUR agent told me to do. It's in the transcript you supposedly read. #mood:furious
    -> kevin

=== kevin ===
{
- mood >= 1:
    Okay, yes. Can I ask, though: was Kevin just wrong? He sounded so sure. Is anyone there actually trained on your own product? #mood:worried
- else:
    So was Kevin just wrong? He sounded SO sure. Is anyone there actually trained on your own product? #mood:angry
}
* [I can't really comment on another agent's chat, I'm afraid. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #feedback:Deflecting her question leaves her doubting the whole company. Seed 002: "explain how your business values employee training, and has a rigorous process." #better:The advice you got yesterday was wrong, and that's on us, not you. Our newer agents are finishing a full product course. Right now, I'll make sure you get the right fix.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -3:
        -> end_lost_early
    }
    Of course you can't. #mood:annoyed
    -> fix
* [The advice you got yesterday was wrong, and that's on us, not you. I'm sorry it cost you a cold night. We take training seriously: our newer agents go through a full product course, and several are close to finishing it. Right now, I'll make sure you get the right fix. #empathy:+1 #ownership:+2 #expectations:0 #trigger:none #feedback:Honest without blaming a colleague: you owned the mistake for the company, apologized for the impact, and explained the training as seed 002 suggests: "several employees have been going through the instruction sequence and are close to reaching proficiency." #better:The advice you got yesterday was wrong, and that's on us, not you. I'm sorry it cost you a cold night. I'll make sure you get the right fix now.]
    ~ mood = MIN(mood + 2, 5)
    Okay. I appreciate you just saying it. #mood:calm
    -> fix
* [Honestly? Yes, he was wrong, and he should have known better. Some of the new agents just don't know the product yet. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Agreeing that the colleague was useless mirrors her dissatisfaction and confirms that the company can't be trusted. Seed 002: if a problem isn't resolved, "a customer will lose faith in your training, processes, and personnel." #better:The advice you got yesterday was wrong, and that's on us, not you. Our newer agents are finishing a full product course. Right now, I'll make sure you get the right fix.]
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
* [Our wiring guide covers this: page 12 of the T3 manual, under Heat Pumps, in the Help section of the app. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Accurate, but it hands the job back to her. Seed 003: "If they are anxious, talk them through what you are doing." #better:Let's fix it together right now; it takes about five minutes. First, switch off the breaker marked HVAC. I'll stay in this chat for every step.]
    ~ mood = MAX(mood - 1, -5)
    I don't want a guide. Following instructions from you people is how I got here. #mood:angry
    You offer to walk her through it instead, one step at a time. #narration #sfx:typing
    -> fixed
* [Let's fix it together right now; it takes about five minutes. First, switch off the breaker marked HVAC. Then push the orange wire back into the terminal labelled O/B. I'll stay in this chat the whole time and walk you through each step. #empathy:0 #ownership:+2 #expectations:+2 #trigger:none #feedback:You took charge of the fix, said how long it takes and gave the steps in order. Seed 003: "communicate the step by step process to them and confirm their understanding." #better:Let's fix it together right now; it takes about five minutes. First, switch off the breaker marked HVAC. I'll stay in this chat for every step.]
    ~ mood = MIN(mood + 1, 5)
    Okay. Breaker's off. Going now. #mood:worried
    -> fixed
* [There's nothing I can do about wiring over chat, I'm afraid. You'll need to book a licensed installer. #empathy:0 #ownership:-1 #expectations:0 #trigger:hands_tied #feedback:Our chat caused the problem; now she hears that chat can't fix it. Seed 003: "What I can do for you is..." beats "nothing I can do". #better:Let's fix it together right now; it's one wire and takes about five minutes. I'll stay in this chat for every step.]
    ~ mood = MAX(mood - 2, -5)
    -> pushback

=== pushback ===
Are you serious? Kevin was happy to "advise on wiring" yesterday. That's exactly how I got here! #mood:furious
* [It's company policy, I'm afraid. No wiring advice over chat. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:"Policy is policy" with no alternative leaves her with a cold house and nowhere to go. Seed 003: "While we can't do that, here's what we can do..." #better:You're right, and I'm sorry. Let's fix it together now: it's one wire and takes about five minutes.]
    ~ mood = MAX(mood - 2, -5)
    -> end_lost_policy
* [You're right, and I'm sorry. Let's fix it together now: it's one wire and takes about five minutes. First, switch off the breaker marked HVAC. #empathy:+1 #ownership:+1 #expectations:+2 #trigger:none #feedback:A good recovery: you accepted her point, apologized, and went straight back to owning the fix with a time and a first step. #better:You're right, and I'm sorry. Let's fix it together now: it's one wire and takes about five minutes.]
    ~ mood = MIN(mood + 2, 5)
    ...Fine. Breaker's off. What next? #mood:annoyed
    -> fixed
* [Let me connect you with Marcus, our senior heat pump specialist. I'll brief him on everything in this chat so you won't have to repeat a thing, and he can join in about ten minutes. #empathy:0 #ownership:+2 #expectations:+1 #trigger:none #feedback:A warm escalation: you connected her with someone who can help, carried the context over yourself and gave a time. Seed 003: "Let me connect you with someone who can help solve this problem effectively." #better:Let me connect you with our senior heat pump specialist. I'll brief him on everything so you won't repeat a thing; he can join in about ten minutes.]
    -> end_escalated

=== fixed ===
You walk her through it: breaker off, orange wire into O/B, breaker on, then Settings, Equipment, Heat pump, "O/B energizes on cool". #narration #sfx:typing
It's blowing WARM air. Oh my god. Warm air. #mood:relieved
{
- mood >= 1:
    Okay. Thank you. But honestly, we had a freezing night and I've lost two hours to this. I think I deserve something. A refund on the thermostat, at least? #mood:calm
- else:
    Right. But we had a freezing night, I've lost two hours to this, and I want something for it. A refund on the thermostat. #mood:annoyed
}
* [I'll pass a note to my supervisor, and someone may reach out about a goodwill gesture. #empathy:0 #ownership:+1 #expectations:-1 #trigger:none #feedback:You took a step, but "someone may reach out" is no timeline and no commitment. Seed 003: "Make direct promises / statements and stick to them." #better:A full refund isn't something I can do on a working thermostat, but here's what I can do: I'll credit $40 to your card today; you'll see it in 3 to 5 business days.]
    ~ mood = MAX(mood - 1, -5)
    "May." Okay. #mood:annoyed
    -> close
* [Unfortunately we can't refund a working thermostat, and we don't give credits for chat advice. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:The first half is a fair limit; the second half shuts the door with no alternative. Seed 003: "Unfortunately, we can't do that. What I can do for you is..." #better:A full refund isn't something I can do on a working thermostat, but here's what I can do: I'll credit $40 to your card today and extend your warranty to three years.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -3:
        -> end_lost_credit
    }
    Wow. Okay. Noted. #mood:angry
    -> close
* [I'm sorry your kids had a cold night because of our advice. A full refund isn't something I can do on a working thermostat, but here's what I can do: I'll credit $40 to your card today and extend your T3 warranty to three years. You'll see the credit in 3 to 5 business days. #empathy:+1 #ownership:+1 #expectations:+2 #trigger:none #feedback:Empathy for the real impact, a clear limit, and a concrete alternative with a timeline. Seed 003: "Unfortunately, we can't do that. What I can do for you is..." #better:A full refund isn't something I can do on a working thermostat, but here's what I can do: I'll credit $40 to your card today; you'll see it in 3 to 5 business days.]
    ~ mood = MIN(mood + 2, 5)
    That's fair. That's actually really fair. Thank you. #mood:pleased
    -> close

=== close ===
{
- mood >= 1:
    Is there anything else I need to do? #mood:calm
- else:
    Is that it? #mood:annoyed
}
* [Glad it's working! Is there anything else I can help with today? #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Friendly and fine, but a missed chance. Seed 002: "Thank your customer for understanding as your company works toward completion of the training exercises", and seed 003: follow up "during important parts of the process". #better:Thank you for your understanding, Priya. I've noted everything in your file, and I'll check the T3's readings tomorrow at 10 a.m. and message you here.]
    -> close_resolved
* [If anything changes, just start a new chat and explain your setup. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #feedback:"Explain your setup" again is exactly what she came in angry about. Seed 003: "I've noted all the details in your file and will oversee this case to ensure there are no further delays." #better:I've noted everything in your file, so nobody will ask you to start over again. I'll check the T3's readings tomorrow at 10 a.m. and message you here.]
    ~ mood = MAX(mood - 1, -5)
    Explain my setup. Again. Sure. #mood:annoyed
    -> close_resolved
* [Thank you for your understanding, Priya, and for bearing with us while our newer agents finish their training. I've noted everything in your file, so nobody will ask you to start over again. I'll check the T3's readings tomorrow at 10 a.m. and message you here to confirm the heat held overnight. #empathy:+1 #ownership:+2 #expectations:+1 #trigger:none #feedback:You thanked her as seed 002 advises, promised continuity, and set a specific follow-up. Seed 003: "a personal touch from a CSR ... with an update lets people know that they are not forgotten." #better:Thank you for your understanding, Priya. I've noted everything in your file, and I'll check the T3's readings tomorrow at 10 a.m. and message you here.]
    ~ mood = MIN(mood + 1, 5)
    -> end_follow_up

=== close_resolved ===
{
- mood >= 1:
    -> end_resolved_warm
- else:
    -> end_resolved_cool
}

=== end_follow_up ===
Tomorrow at ten. Perfect. And thank you, really. You're the first person who's made this feel easy. #mood:pleased
Priya has left the chat. #narration #sfx:chime
#outcome:follow_up
-> END

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
