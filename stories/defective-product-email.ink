# title: The Purifier That Keeps Dying
# customer: Martin Okafor
# channel: email
# difficulty: 2
# summary: Martin's $349 Lumen Pro 2 air purifier shuts off after thirty seconds or will not start, and his first email demands a refund or a replacement immediately. Each choice is the reply you send.

VAR mood = -2
VAR offer = "none"
VAR cleared = false

-> inbox

=== inbox ===
A new email lands in the Brightwell Home support queue. #narration #sfx:chime
From Martin Okafor, Monday 7:42 am. Subject: Extremely disappointed with the Lumen Pro 2 (order LM-48213) #narration
I am writing to express my extreme disappointment with your product, the Lumen Pro 2 air purifier, which I bought from your online store on March 3rd. #mood:angry
Despite following what I believe are the instructions, I am unable to get it to work properly, and I am at my wit's end trying to figure out what's wrong.
I expected it to work right out of the box, as your ads suggest. Instead, every time I switch it on it either shuts down after about thirty seconds or fails to turn on at all. I even shook it a bit, because I read online that sometimes helps. Nothing has made a difference.
I spent $349 on this. Your product is clearly faulty, and this is unacceptable. I demand a refund or a replacement immediately. I look forward to your prompt response.
-> first_reply

=== first_reply ===
You start your reply. #narration #sfx:typing
* [Dear Martin, thank you for reaching out. Before we look at a refund or a replacement, please work through the troubleshooting steps in section 4 of the user guide and send me the results. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #feedback:Polite, but it hands the work back to a customer who has just told you he tried everything. Seed 003: let the customer speak, then acknowledge; asking for a checklist first reads like a form letter. #better:Dear Martin, I'm so sorry the Lumen Pro 2 has let you down, and I'll take care of this personally. To get you a fix today, could you tell me whether the light ring flashes before it shuts down?]
    ~ mood -= 1
    -> already_tried
* [Dear Martin, with respect, that's incorrect: every Lumen Pro 2 is tested before it leaves our warehouse, so the unit is very unlikely to be faulty. #empathy:-2 #ownership:-1 #expectations:0 #trigger:youre_wrong #feedback:Defending the product tells Martin he is wrong before you know anything. Seed 003 lists "That's incorrect" among the phrases that make a customer feel invalidated and defensive. #better:Let's go over the details together so I can see exactly what the unit is doing, and I'll take care of this personally.]
    ~ mood -= 2
    -> brink
* [Dear Martin, I'm so sorry the Lumen Pro 2 has let you down: a $349 purifier that cuts out after thirty seconds or won't start at all is frustrating, and I'll take care of this personally. To get you a fix today, could you tell me whether the light ring on top flashes before it shuts down? #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:Apology, his own details reflected back, a personal commitment and a time: "today". One closed question to identify the problem, as seed 003 suggests ("So the main problem is that the power won't turn on?").]
    ~ mood += 2
    -> details

=== already_tried ===
From Martin Okafor, Monday 9:15 am. Subject: RE: Lumen Pro 2 #narration
I have ALREADY done everything in that booklet. Reset button, filter out and back in, three different outlets. #mood:annoyed
I didn't write to you for homework. I wrote for a refund or a replacement.
* [I understand, but I can't authorise a refund or a replacement until troubleshooting is logged. That's policy, so there's nothing I can do until you send the results. #empathy:0 #ownership:-2 #expectations:-1 #trigger:hands_tied #trigger:flat_no #feedback:Two traps at once: "policy" with no alternative is a flat no, and "nothing I can do" is the powerless story seed 001 warns makes the whole company look bad. #better:Unfortunately I can't skip our checks entirely, but what I can do is take your word on the steps you've tried and sort out a replacement today.]
    ~ mood -= 2
    -> chargeback
* [Thank you for trying all of that. I'll pass your notes to our technical team, and someone will get back to you. #empathy:1 #ownership:0 #expectations:-1 #trigger:none #feedback:The thanks is right, but "someone will get back to you" has no name and no time. Seed 003: tell them how long it may take for you to respond. #better:Thank you for trying all of that. I'll look at your notes myself and reply with a fix by 2 pm today.]
    -> details
* [You're right, and I'm sorry: you told me you'd tried everything and I should have listened. Thank you for going through all of it. I'll take it from here and sort out a refund or a replacement today. One question so I send the right thing: does the light ring flash before it cuts out? #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:A clean recovery: own the misstep, thank him, and commit to a time. Seed 003: "Apologize and own up to the spots where you may have fallen short. Don't run and try to point fingers."]
    ~ mood += 2
    -> details

=== brink ===
From Martin Okafor, Monday 8:03 am. Subject: RE: Lumen Pro 2 #narration
Incorrect? I've owned air purifiers for ten years. I know when a machine is broken. #mood:furious
I am not going to argue with a form letter. Either you refund me, or I dispute the $349 with my credit card company this afternoon.
* [Martin, please calm down. I'm only trying to work out what is wrong with the unit. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" tells him his anger is not justified, and in writing it reads even colder. Seed 001: don't urge him to calm down; listen, and say what you will do. #better:I understand this is upsetting. Let's work together to sort this out, starting with a replacement I can send today.]
    ~ mood -= 1
    -> supervisor
* [Martin, I'm sorry. I was wrong to question you, and I can see why you're angry. I'll take ownership of this now: I can send a replacement by express today, or refund the full $349. Which would you prefer? #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:Seed 003 on restoring confidence: apologize and own up to where you fell short, validate the feeling, then discuss solutions. Offering two concrete options gives him back some control.]
    ~ mood += 3
    -> need
* [I understand you're upset, but the troubleshooting steps are required before any refund. That is our policy. #empathy:1 #ownership:-1 #expectations:-1 #trigger:flat_no #feedback:A refusal with no alternative. Seed 003: "No" without explanation leaves customers feeling helpless; say what you can do instead. #better:Unfortunately we can't refund before the unit comes back. What I can do for you is send a replacement today, with a prepaid label for the faulty one.]
    ~ mood -= 1
    -> chargeback

=== details ===
From Martin Okafor, Monday 10:31 am. Subject: RE: Lumen Pro 2 #narration
{ mood >= -1:
    Thank you for the quick reply. That's more than I expected, frankly. #mood:calm
- else:
    Fine. Here are the details, again. #mood:annoyed
}
The ring on top flashes red three times, then it dies. It has done that since the day it arrived, March 6th. On the mornings it won't turn on, nothing happens at all, not even the light.
And yes, I shook it. Someone on a forum said the fan can stick.
* [Honestly, I don't know what would make it do that. I haven't come across the red flashing before. #empathy:0 #ownership:-2 #expectations:-1 #trigger:i_dont_know #feedback:Honest, but seed 003 warns that "I don't know" with no offer to find out sounds unhelpful and unprofessional. #better:Let me find out for you: I'll check the red-flash code with our product team and reply by 3 pm today.]
    ~ mood -= 2
    -> after_details
* [Thank you, that helps. So it flashes red three times and cuts out, on every outlet, ever since it arrived: that points to a fault in the unit's power board, not anything you did, and I'm sorry you've put up with it since March 6th. I'll make it right today. #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:Repeating his own words back shows you listened (seed 002), and "not anything you did" takes the shaking off the table: seed 004, even if the customer played some small part, don't mention it.]
    ~ mood += 1
    ~ cleared = true
    -> after_details
* [I do need to point out that shaking the unit can damage the fan housing, and damage from mishandling isn't covered by the warranty. #empathy:-1 #ownership:-1 #expectations:0 #trigger:blame_customer #feedback:Tempting because it's technically true, but it pins the fault on him. Seed 001: NEVER blame them for coming to you with a complaint. Seed 004: even if they played some small part, avoid mentioning it. #better:Thank you, that helps. Red flashes on every outlet point to a fault in the unit itself, and I'll make it right today.]
    ~ mood -= 2
    -> after_details

=== after_details ===
{ mood <= -4:
    -> supervisor
}
-> need

=== need ===
From Martin Okafor, Monday 11:48 am. Subject: RE: Lumen Pro 2 #narration
{ cleared:
    All right. That's a relief, honestly. I was starting to think I'd broken it. #mood:worried
- else:
    I'll be blunt, since we seem to be going in circles. #mood:annoyed
}
The reason I'm pushing is my daughter, Ada. She has asthma and the pollen count here is climbing every day. I bought this for her bedroom.
I need something that works by Saturday. So which is faster, a refund or a replacement?
* [I'm sorry, but my hands are tied: a replacement can only ship once the faulty unit has reached our warehouse and been inspected, and that usually takes about two weeks. #empathy:0 #ownership:-2 #expectations:1 #trigger:hands_tied #feedback:The two weeks is honest expectation-setting, but "my hands are tied" makes you the powerless character in the story (seed 001) and ignores what he just told you about Ada. #better:I understand, Ada comes first. What I can do is ship a replacement by express today, before we get the old one back, so it reaches you by Friday.]
    ~ mood -= 2
    ~ offer = "slow"
    -> box
* [I'll put in a request for a replacement for you, and it will go out as soon as possible. #empathy:0 #ownership:1 #expectations:0 #trigger:none #feedback:You take the action, but "as soon as possible" is not a date, and he just told you he has one: Saturday. Seed 003: clarity on time can solve 85% of customer service problems. #better:I'll ship a replacement by express today, so it reaches you by Friday, before the weekend. Does that timeline work for you?]
    ~ offer = "vague"
    -> box
* [I understand completely: Ada's health comes first. What I can do is ship a replacement by express today, without waiting for the old one, so it reaches you by Friday. A prepaid return label for the faulty unit will be in your inbox within the hour. Does that timeline work for you? #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:You heard the underlying need (a working purifier for Ada by Saturday), not just the stated one (refund or replacement). A concrete date, the next step, and seed 003's check: do you have any questions about the timeline I just provided?]
    ~ mood += 1
    ~ offer = "express"
    -> box
* [I can refund the full $349 as soon as the unit is back with us; refunds reach your card within 5 to 7 business days of arrival. #empathy:0 #ownership:1 #expectations:1 #trigger:none #feedback:Accurate and concrete, but it answers the stated need (a refund) and misses the underlying one: something that works for Ada by Saturday. #better:I understand, Ada comes first. I'll ship a replacement by express today so it reaches you by Friday; if you'd still rather have the refund, that's yours too.]
    ~ offer = "refund"
    -> box

=== box ===
{ mood <= -4:
    -> supervisor
}
From Martin Okafor, Monday 1:20 pm. Subject: RE: Lumen Pro 2 #narration
{offer:
- "express": Friday would be perfect. Thank you, really. #mood:relieved
- "vague": "As soon as possible" isn't a date. Ada needs this by Saturday. When does it actually ship? #mood:annoyed
- "slow": Two weeks? Pollen season will be half over. Please tell me there's another way. #mood:angry
- else: I don't want to wait a week for money. Ada needs a working purifier by Saturday, so send a replacement. #mood:worried
}
Two more questions. I flattened the original box for recycling: is that a problem? And if the new one does the same thing, then what?
* [Unfortunately, we can't accept a return without the original packaging, so you'll need to find the box. #empathy:0 #ownership:-1 #expectations:-1 #trigger:flat_no #feedback:A refusal with no reason and no way forward, on a question about a unit that was faulty to begin with. Seed 003: "While we can't do that, here's what we can do." #better:Any sturdy box will do, and the prepaid label covers the postage; drop it at any post office within 30 days.]
    ~ mood -= 2
    -> tracking
* [Please don't worry about the box: any sturdy box will do, and the prepaid label covers the postage. Drop it at any post office within 30 days. The replacement ships by express today and arrives Friday, and if it shows the same fault, I'll refund the full $349 straight away. I've noted that on your order, LM-48213. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Every question answered with a term he can hold you to: any box, 30 days, ships today, arrives Friday, refund if it fails. Seed 003: tell customers the exact process that will follow and how long each step may take.]
    ~ mood += 1
    ~ offer = "express"
    -> tracking
* [The box is fine either way. If the new one fails too, just get in touch with support again. #empathy:0 #ownership:-1 #expectations:-1 #trigger:none #feedback:Reassuring about the box, but "get in touch again" puts the next failure back on him, with no terms and no shipping date. #better:Any sturdy box will do. The replacement ships today and arrives Friday, and if it shows the same fault, I'll refund the full $349 straight away.]
    -> tracking

=== tracking ===
{ mood <= -4 || offer == "slow":
    -> gone
}
Tuesday passes. On Wednesday morning another email arrives. #narration #sfx:chime
From Martin Okafor, Wednesday 8:05 am. Subject: Tracking QS-7712-0934 #narration
{mood >= 2:Sorry to bother you again.|I'm writing again because nothing has happened.} The tracking number you sent still says "label created". It hasn't moved since Monday. #mood:worried
I'm starting to worry we're going to miss Saturday.
* [I'm sorry about that. Honestly, our courier has been dropping the ball all month, and the warehouse is badly behind too. #empathy:1 #ownership:-1 #expectations:-1 #trigger:blame_others #feedback:The apology is right, but blaming the courier and the warehouse tells him nobody owns his parcel. Seed 001: don't blame someone else. Seed 003: own it for the company. #better:I'm sorry for the worry. The parcel missed Monday's pickup, and that's on us. I'll watch it myself and email you by noon tomorrow.]
    ~ mood -= 2
    -> arrival
* [Tracking pages often lag behind, so it doesn't matter what it says right now. It will get there. #empathy:-2 #ownership:0 #expectations:-1 #trigger:whatever #feedback:"It doesn't matter" dismisses a worried parent, and "it will get there" is no date at all. Seed 003: "Every detail matters." #better:Every detail matters, and you're right to check. I'll call the depot this morning and email you a delivery time by noon.]
    ~ mood -= 2
    -> arrival
* [You're right to check, and I'm sorry for the worry. I called the depot this morning: the parcel missed Monday's pickup, and that's on us. It was collected at 8:10 today and is booked for delivery Friday by 6 pm. I'll watch the tracking myself and email you by noon tomorrow either way. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:Bad news delivered promptly and directly, owned for the company ("that's on us"), with a new date and a personal follow-up time. Seed 001: give updates, a timeframe, and when you will next communicate, then keep that commitment.]
    ~ mood += 1
    -> arrival
* [I've checked, and it will be with you by Friday. #empathy:0 #ownership:0 #expectations:1 #trigger:none #feedback:The date is what he needs, but nothing says you heard his worry or that anyone is watching the parcel. #better:You're right to check, and I'm sorry for the worry. It was collected this morning and is booked for Friday by 6 pm; I'll watch it myself and email you by noon tomorrow.]
    -> arrival

=== arrival ===
{ mood <= -4:
    -> gone
}
Thursday passes. On Friday evening, one more email. #narration #sfx:chime
From Martin Okafor, Friday 6:40 pm. Subject: It arrived #narration
{ mood >= 2:
    It came at 4 o'clock. It's been running in Ada's room for two hours without a single hiccup. Thank you, genuinely. #mood:pleased
- else:
    It arrived. It seems to work. I'll believe it when it's still running next week. #mood:calm
}
* [Glad to hear it arrived! I'll go ahead and close this ticket now. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Friendly, but it ends the relationship at the first good moment. Seed 003: the follow-up is the most important part; if you forget to follow up, the other steps don't matter.]
    -> closed_quietly
* [Glad it's working! One tip for the new one: please don't shake it, as that can damage the fan, and it may be what happened to the first one. #empathy:-1 #ownership:-1 #expectations:0 #trigger:blame_customer #feedback:A helpful-sounding tip that quietly blames him for the first failure, after you'd told him it wasn't his fault. Seed 004: trying to deflect blame, especially back to the customer, only makes things worse. #better:That's wonderful to hear, and thank you for your patience. I'll check in next Friday to make sure it's still running smoothly for Ada.]
    ~ mood -= 2
    -> review
* [That's wonderful to hear, Martin, and thank you for your patience through all of this. I'll check in with you next Friday, March 21st, to make sure it's still running smoothly for Ada. Your return label is valid for 30 days, so there's no rush with the old unit. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Thank the customer (seed 002), then follow up (seed 003: a personal touch from a CSR lets people know they are not forgotten), with a date and a policy term he can rely on.]
    ~ mood += 1
    -> farewell

=== farewell ===
{ mood >= 3:
    From Martin Okafor, Friday 7:02 pm. #narration
    I'll look forward to it. Honestly, after Monday I expected to be fighting you for my money. Ada slept through the night for the first time this week. Thank you. #mood:pleased
    #outcome:resolved
    -> END
- else:
    From Martin Okafor, Friday 7:10 pm. #narration
    All right. Check in next Friday, then. If it's still running, I'll call this settled. #mood:calm
    #outcome:follow_up
    -> END
}

=== closed_quietly ===
{ mood <= -2:
    Martin doesn't reply. The purifier works, but a two-star review appears on Monday: "Got there in the end, no thanks to support." #narration
    #outcome:lost
    -> END
- else:
    Martin doesn't reply. The ticket closes on Monday with the purifier working. #narration
    #outcome:resolved
    -> END
}

=== review ===
From Martin Okafor, Friday 7:15 pm. #narration
So it was my fault after all? On Monday you told me it was the power board. #mood:angry
{ mood <= -1:
    I'll keep the purifier, but I'm done with Brightwell. My review goes up tonight.
    #outcome:lost
    -> END
- else:
    Fine. I'll keep an eye on it myself. Don't bother checking in.
    #outcome:resolved
    -> END
}

=== chargeback ===
From Martin Okafor, Monday 12:30 pm. Subject: RE: Lumen Pro 2 #narration
I have filed a dispute for the $349 with my card issuer. Don't contact me again; I'll buy a purifier somewhere that stands behind its products. #mood:furious
#outcome:lost
-> END

=== supervisor ===
From Martin Okafor. Subject: Please forward to a supervisor #narration
I want this email forwarded to your supervisor today. I have explained the problem twice and I am getting nowhere with you. #mood:furious
Your case is routed to the team lead, Dana Whitfield, for review. #narration
#outcome:escalated
-> END

=== gone ===
From Martin Okafor, Wednesday 9:00 am. Subject: Cancel #narration
Cancel the replacement and refund me when the old one gets back to you. I've ordered a different brand from a local shop so Ada isn't left without one. #mood:angry
#outcome:lost
-> END
