# title: The Purifier That Keeps Dying
# customer: Martin Okafor
# channel: email
# difficulty: 2
# summary: Martin's $349 Lumen Pro 2 air purifier shuts off after thirty seconds or will not start, and his first email demands a refund or a replacement immediately. Each choice is the reply you send.

VAR mood = -2
VAR offer = "none"
VAR cleared = false
VAR slips = 0

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
* [I completely understand how frustrating this is, Martin. Before we look at a refund, please work through section 4 of the user guide and send me the results. #empathy:1 #ownership:-1 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:A kind first line, then it hands the work back to a customer who has just told you he tried everything. A checklist before any acknowledgement reads like a form letter. #better:Dear Martin, I'm so sorry it's let you down, and I'll sort this out personally today. Does the light ring flash before it shuts off?]
    ~ mood -= 1
    -> already_tried
* [Dear Martin, I'm so sorry it's let you down, and I'll sort this out personally today. Does the light ring flash before it shuts off? #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:An apology, a personal commitment with a time ("today"), and one closed question to identify the fault. Short enough that he can answer in a line.]
    ~ mood += 2
    -> details
* [Dear Martin, with respect, that's incorrect: every Lumen Pro 2 is tested before it leaves our warehouse, so a fault is very unlikely. #empathy:-2 #ownership:-1 #expectations:0 #trigger:youre_wrong #feedback:Defending the product tells Martin he is wrong before you know anything. "Cater to one, not the the entire customer base" lists "That's incorrect" among the phrases that leave a customer feeling invalidated and defensive. #better:Dear Martin, I'm so sorry it's let you down, and I'll sort this out personally today. Does the light ring flash before it shuts off?]
    ~ mood -= 2
    ~ slips += 1
    -> brink

=== already_tried ===
From Martin Okafor, Monday 9:15 am. Subject: RE: Lumen Pro 2 #narration
I have ALREADY done everything in that booklet. Reset button, filter out and back in, three different outlets. #mood:annoyed
I didn't write to you for homework. I wrote for a refund or a replacement.
* [I understand, but I can't authorise a refund until troubleshooting is logged. That's policy, so there's nothing I can do until then. #empathy:0 #ownership:-2 #expectations:-1 #trigger:hands_tied #trigger:flat_no #technique:ownership #feedback:Two traps at once: "policy" with no alternative is a flat no, and "nothing I can do" makes the whole company sound powerless. #better:You're right, and I'm sorry: you'd tried everything and I should have listened. I'll sort it out today. Does the light ring flash first?]
    ~ mood -= 2
    ~ slips += 1
    -> chargeback
* [You're right, and I'm sorry: you'd tried everything and I should have listened. I'll sort it out today. Does the light ring flash first? #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:A clean recovery: you owned the misstep and committed to a time. "Cater to one, not the the entire customer base": "Apologize and own up to the spots where you may have fallen short." The checklist still cost him a morning.]
    ~ mood += 2
    -> details
* [Thank you so much for trying all of that, and I'm sorry. I'll pass your notes on, and someone will get back to you soon. #empathy:1 #ownership:0 #expectations:-1 #trigger:none #feedback:The thanks and the apology are right, but "someone" and "soon" give him no name and no time. Tell him who and when. #better:You're right, and I'm sorry: you'd tried everything and I should have listened. I'll sort it out today. Does the light ring flash first?]
    -> details

=== brink ===
From Martin Okafor, Monday 8:03 am. Subject: RE: Lumen Pro 2 #narration
Incorrect? I've owned air purifiers for ten years. I know when a machine is broken. #mood:furious
I am not going to argue with a form letter. Either you refund me, or I dispute the $349 with my credit card company this afternoon.
* [I completely understand you're upset, Martin, but the troubleshooting steps are required before any refund can be issued. That is simply our policy. #empathy:1 #ownership:-1 #expectations:-1 #trigger:flat_no #technique:acknowledge_apologise #feedback:A refusal with no alternative, after you doubted him. "Cater to one, not the the entire customer base": "A flat denial or negative response without context can leave customers feeling helpless and disregarded." #better:I'm sorry, Martin; I was wrong to question you. What I can do is send a replacement by express today, or refund the full $349.]
    ~ mood -= 1
    ~ slips += 1
    -> chargeback
* [Martin, please calm down. I'm only trying to work out what is actually wrong with the unit before we go any further with this. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #feedback:"Calm down" tells him his anger is not justified, and in writing it reads even colder. "Category Archives: Training": "don't urge him to calm down. Instead, listen carefully." #better:I'm sorry, Martin; I was wrong to question you. What I can do is send a replacement by express today, or refund the full $349.]
    ~ mood -= 1
    ~ slips += 1
    -> supervisor
* [I'm sorry, Martin; I was wrong to question you. What I can do is send a replacement by express today, or refund the full $349. #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:You owned where you fell short, then said what you can do: two concrete options, and the choice is his. The "incorrect" is still in his inbox.]
    ~ mood += 3
    -> need

=== details ===
From Martin Okafor, Monday 10:31 am. Subject: RE: Lumen Pro 2 #narration
{ mood >= -1:
    Thank you for the quick reply. That's more than I expected, frankly. #mood:calm
- else:
    Fine. Here are the details, again. #mood:annoyed
}
The ring on top flashes red three times, then it dies. It has done that since the day it arrived, March 6th. On the mornings it won't turn on, nothing happens at all, not even the light.
And yes, I shook it. Someone on a forum said the fan can stick.
* [I do need to point out that shaking the unit can damage the fan housing, and damage from mishandling isn't covered by our warranty, I'm afraid. #empathy:-1 #ownership:-1 #expectations:0 #trigger:blame_customer #technique:listen_reflect #technique:dont_blame #feedback:Tempting because it's technically true, but it pins the fault on him. "Why Customer Care Interactions Should Transcend The Phone Line": "Trying to deflect blame, especially back to the customer, only makes things worse." #better:Thank you, that helps: red flashes on every outlet since day one point to a faulty power board, not anything you did. I'll make it right.]
    ~ mood -= 2
    ~ slips += 1
    -> after_details
* [I'm so sorry, Martin, I completely understand. Honestly, I don't know what would make it do that; I haven't come across the red flashing before. #empathy:1 #ownership:-1 #expectations:0 #trigger:i_dont_know #feedback:Sympathetic and honest, but "I don't know" with no offer to find out leaves him where he started. "Cater to one, not the the entire customer base": "I don't know the answer, but I will get someone who does." #better:Thank you, that helps: red flashes on every outlet since day one point to a faulty power board, not anything you did. I'll make it right.]
    ~ mood -= 2
    ~ slips += 1
    -> after_details
* [Thank you, that helps: red flashes on every outlet since day one point to a faulty power board, not anything you did. I'll make it right. #empathy:1 #ownership:1 #expectations:0 #trigger:none #feedback:You reflected his own details back, named the fault, and took the shaking off the table: even if the customer played some small part, don't mention it.]
    ~ mood += 1
    ~ cleared = true
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
* [I completely understand, and I'm so sorry about Ada. I'll put in a request for a replacement, and it'll go out as soon as possible. #empathy:1 #ownership:1 #expectations:-1 #trigger:none #technique:what_i_can_do #feedback:Kind, and you take the action, but "as soon as possible" is not a date, and he just gave you one: Saturday. #better:Ada comes first. I'll ship a replacement by express today, before the old one comes back, so it reaches you by Friday. Does that work?]
    ~ offer = "vague"
    -> box
* [I can refund the full $349 as soon as the unit is back with us; refunds reach your card within 5 to 7 business days of arrival. #empathy:0 #ownership:1 #expectations:1 #trigger:none #feedback:Accurate and concrete, but it answers the stated need (a refund) and misses the underlying one: something that works for Ada by Saturday. #better:Ada comes first. I'll ship a replacement by express today, before the old one comes back, so it reaches you by Friday. Does that work?]
    ~ offer = "refund"
    -> box
* [Ada comes first. I'll ship a replacement by express today, before the old one comes back, so it reaches you by Friday. Does that work? #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:You heard the underlying need (a working purifier for Ada by Saturday), not just the stated one, and answered with a date and a check.]
    ~ mood += 1
    ~ offer = "express"
    -> box
* [I'm sorry, but my hands are tied: a replacement only ships once the faulty unit has reached us and been inspected, usually about two weeks. #empathy:0 #ownership:-1 #expectations:1 #trigger:hands_tied #feedback:The two weeks is honest, but "my hands are tied" makes you powerless, and it ignores what he just told you about Ada. Say what you can do. #better:Ada comes first. I'll ship a replacement by express today, before the old one comes back, so it reaches you by Friday. Does that work?]
    ~ mood -= 2
    ~ slips += 1
    ~ offer = "slow"
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
* [I completely understand, and I'm so sorry. The box is fine either way. If the new one fails too, just get in touch with our support team again. #empathy:1 #ownership:-1 #expectations:0 #trigger:none #technique:what_i_can_do #feedback:Reassuring about the box, but "get in touch again" puts the next failure back on him, and he still has no shipping date. #better:Sorry for the hassle: any sturdy box will do, and the label covers 30 days. The replacement ships today; if it fails, I'll refund the $349.]
    -> tracking
* [Sorry for the hassle: any sturdy box will do, and the label covers 30 days. The replacement ships today; if it fails, I'll refund the $349. #empathy:1 #ownership:1 #expectations:2 #trigger:none #feedback:Every question answered with a term he can hold you to: any box, 30 days, ships today, a refund if it fails. "Cater to one, not the the entire customer base": tell customers "the exact process that will follow and how long each step may take".]
    ~ mood += 1
    ~ offer = "express"
    -> tracking
* [Unfortunately, we can't accept a return without the original packaging, I'm afraid, so you'll need to find the box before you send it. #empathy:0 #ownership:-1 #expectations:-1 #trigger:flat_no #feedback:A refusal with no way forward, on a unit that was faulty to begin with. "Cater to one, not the the entire customer base": "While we can't do that, here's what we can do." #better:Sorry for the hassle: any sturdy box will do, and the label covers 30 days. The replacement ships today; if it fails, I'll refund the $349.]
    ~ mood -= 2
    ~ slips += 1
    -> tracking

=== tracking ===
{ mood <= -4 || offer == "slow" || offer == "refund":
    -> gone
}
Tuesday passes. On Wednesday morning another email arrives. #narration #sfx:chime
From Martin Okafor, Wednesday 8:05 am. Subject: Tracking QS-7712-0934 #narration
{mood >= 2:Sorry to bother you again.|I'm writing again because nothing has happened.} The tracking number you sent still says "label created". It hasn't moved since Monday. #mood:worried
I'm starting to worry we're going to miss Saturday.
* [I'm so sorry about that, Martin. Honestly, our courier has been dropping the ball all month, and our warehouse is badly behind as well. #empathy:1 #ownership:-1 #expectations:-1 #trigger:blame_others #technique:dont_blame #technique:follow_up #feedback:The apology is right, but blaming the courier and the warehouse tells him nobody owns his parcel. "Category Archives: Training": "Don't Blame Someone Else!" #better:I'm sorry for the worry. It missed Monday's pickup, which is on us; it's now booked for Friday by 6 pm. I'll email you tomorrow.]
    ~ mood -= 2
    ~ slips += 1
    -> arrival
* [I'm sorry for the worry. It missed Monday's pickup, which is on us; it's now booked for Friday by 6 pm. I'll email you tomorrow. #empathy:1 #ownership:2 #expectations:2 #trigger:none #feedback:Bad news delivered promptly, owned for the company ("on us"), with a new date and your next contact. "Category Archives: Training": give "an idea of when you'll get back to him."]
    ~ mood += 1
    -> arrival
* [I completely understand how worrying this is, and I'm so sorry. I've checked, and it'll be with you by Friday, so please don't worry. #empathy:1 #ownership:0 #expectations:1 #trigger:none #feedback:The date is what he needs, but "don't worry" is not a plan: nothing says why it hasn't moved, or that anyone is watching the parcel. #better:I'm sorry for the worry. It missed Monday's pickup, which is on us; it's now booked for Friday by 6 pm. I'll email you tomorrow.]
    -> arrival
* [Tracking pages often lag behind, so honestly it doesn't really matter what it says right now. It will get there in plenty of time. #empathy:-1 #ownership:0 #expectations:-1 #trigger:whatever #feedback:"It doesn't matter" dismisses a worried parent, and "it will get there" is no date. "Cater to one, not the the entire customer base": "Every detail matters." #better:I'm sorry for the worry. It missed Monday's pickup, which is on us; it's now booked for Friday by 6 pm. I'll email you tomorrow.]
    ~ mood -= 2
    ~ slips += 1
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
* [Wonderful news, and thank you for your patience. I'll check in next Friday, the 21st, to make sure it's still running well for Ada. #empathy:1 #ownership:1 #expectations:2 #trigger:none #technique:thank_customer #feedback:You thanked him and set a follow-up with a date. "Cater to one, not the the entire customer base": a personal update "lets people know that they are not forgotten."]
    ~ mood += 1
    -> farewell
* [Glad it's working! One tip for the new one: please don't shake it, as that can damage the fan, like the first one. #empathy:-1 #ownership:-1 #expectations:0 #trigger:blame_customer #feedback:A helpful-sounding tip that quietly blames him for the first failure. "Why Customer Care Interactions Should Transcend The Phone Line": "Trying to deflect blame, especially back to the customer, only makes things worse." #better:Wonderful news, and thank you for your patience. I'll check in next Friday, the 21st, to make sure it's still running well for Ada.]
    ~ mood -= 2
    ~ slips += 1
    -> review
* [Glad to hear it arrived, Martin! I completely understand, and thank you so much for your patience. I'll go ahead and close this ticket now. #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:Warm, but it ends the relationship at the first good moment. "Cater to one, not the the entire customer base": "If you forget to follow up, the additional steps don't matter." #better:Wonderful news, and thank you for your patience. I'll check in next Friday, the 21st, to make sure it's still running well for Ada.]
    -> closed_quietly

=== farewell ===
{
- slips >= 2 || mood <= -2:
    From Martin Okafor, Friday 7:10 pm. #narration
    Don't bother checking in. It works; that's all I wanted from Brightwell. #mood:annoyed
    #outcome:lost
    -> END
- mood >= 3:
    From Martin Okafor, Friday 7:02 pm. #narration
    I'll look forward to it. Ada slept through the night for the first time this week. Thank you. #mood:pleased
    #outcome:resolved
    -> END
- else:
    From Martin Okafor, Friday 7:10 pm. #narration
    All right. Check in next Friday, then. If it's still running, I'll call this settled. #mood:calm
    #outcome:follow_up
    -> END
}

=== closed_quietly ===
{ slips >= 2 || mood <= -1:
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
So it was my fault after all? {cleared:On Monday you told me it was the power board.|I told you it was faulty from day one.} #mood:angry
{
- slips >= 2 || mood <= -2:
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
{
- offer == "refund":
    I asked for a replacement on Monday and never heard back about it. I've ordered a different brand from a local shop so Ada isn't left without one. Refund me when the old one gets back to you. #mood:angry
- offer == "slow":
    I'm not waiting two weeks. I've ordered a different brand from a local shop so Ada isn't left without one. Refund me when the old one gets back to you. #mood:angry
- else:
    Cancel the replacement and refund me when the old one gets back to you. I've ordered a different brand from a local shop so Ada isn't left without one. #mood:angry
}
#outcome:lost
-> END
