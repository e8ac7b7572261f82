# title: Lights for Katie's Wedding
# customer: Helen Marsh
# channel: phone
# difficulty: 1
# summary: You call Helen to tell her that the string lights she ordered for her daughter's wedding on June 14 are backordered until after the big day. Deliver the bad news, offer alternatives, and follow up.

// The training text "Cater to one, not the the entire customer base", "Strategies for Delivering Bad News": be prompt and direct, show empathy, give the
// reason (the supplier delay), offer alternatives, allow space for a response, follow up.
// Helen is friendly at the start; she only turns if the news is handled badly.
VAR mood = 1
VAR slips = 0
VAR good = 0
VAR promised_call = false

-> opening

=== opening ===
Your screen: order 58813, placed May 2. Twelve sets of Lumen Glow 30-foot vintage-bulb string lights, $347.40, promised to ship May 28. The supplier moved the ship date to June 20. You call the customer. #narration #sfx:ring
Hello, Helen speaking! Oh, Sunbeam Lighting? Is this about my lights? I was going to check the tracking tonight! #mood:pleased #sfx:pickup
* [Hi Mrs. Marsh! It's just a quick courtesy call about your order. How's all the wedding planning going? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:bad_news #feedback:Warm, but it puts off the news she needs. "Cater to one, not the the entire customer base": "Be Prompt and Direct: Delaying bad news can aggravate the situation." #better:Yes, and I'm afraid it's not good news: due to delays at our supplier, your lights can't ship on May 28.]
    Oh, it's chaos! The florist changed the peonies to ranunculus, the caterer wants a final headcount by Friday... #mood:pleased
    You let her finish, then tell her: the supplier has pushed the ship date to June 20. #narration
    ~ mood = MAX(mood - 1, -5)
    Wait. And you let me go on about peonies first? #mood:worried
    -> reaction
* [Yes, hi. I'm sorry to say our warehouse messed up the supplier order, so your lights won't ship on time. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Blaming the warehouse makes the company sound disorganized and leaves her with no date. Neutral context ("delays at our supplier") is fine; pointing fingers is not. "Category Archives: Training": "Don't Blame Someone Else!" #better:Yes, and I'm afraid it's not good news: due to delays at our supplier, your lights can't ship on May 28.]
    ~ mood = MAX(mood - 1, -5)
    ~ slips += 1
    Messed up? Well... that's not very reassuring. #mood:worried
    -> reaction
* [Yes, and I'm afraid it's not good news: due to delays at our supplier, your lights can't ship on May 28. #empathy:0 #ownership:0 #expectations:1 #trigger:none #feedback:Prompt and direct, with the reason and the date that changed, and then you stopped so she could react. That is how "Cater to one, not the the entire customer base" says to deliver bad news.]
    ~ good += 1
    ~ mood = MIN(mood + 1, 5)
    Oh. Oh dear. Well, thank you for calling me rather than letting me find out. #mood:worried
    -> reaction

=== reaction ===
Oh no. Oh, no, no. The wedding is June 14th. Those lights are for the whole barn reception. When WILL they come? #mood:worried
* [Oh, I completely understand, weddings are so stressful already! That's just awful, you poor thing, it really does suck. #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:empathy_not_sympathy #feedback:Kindly meant, but it is sympathy, not empathy: "Cater to one, not the the entire customer base" calls it being heard "almost in a Yeah, that does suck kind of way". And she asked when. #better:I'm so sorry, with the wedding on the 14th. The new date is June 20; here's what we can do.]
    Well... yes. It is. But that doesn't get me any lights. #mood:worried
    -> options
* [The new ship date is June 20, I'm afraid. There's really nothing I can do about the supplier, unfortunately, Mrs. Marsh. #empathy:0 #ownership:-1 #expectations:1 #trigger:hands_tied #feedback:The date is honest, but "nothing I can do" leaves her alone with the problem. "Cater to one, not the the entire customer base": "Whenever possible, offer an alternative solution or a compensatory measure." #better:I'm so sorry, with the wedding on the 14th. The new date is June 20; here's what we can do.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    Nothing at all? Six days after the wedding? #mood:annoyed
    -> options
* [I'm so sorry, with the wedding on the 14th. The new date is June 20; here's what we can do. #empathy:2 #ownership:1 #expectations:1 #trigger:none #feedback:Empathy tied to her event, the honest date, and a move to solutions, in two sentences.]
    ~ good += 1
    ~ mood = MIN(mood + 1, 5)
    June 20th. Well. Thank you for being straight with me. Go on. #mood:calm
    -> options

=== options ===
{
- mood >= 2:
    So what are my options? Katie has her heart set on a barn full of lights. #mood:worried
- else:
    So what am I supposed to do, string up flashlights? Katie has her heart set on a barn full of lights. #mood:annoyed
}
* [I'm sorry. What I can do is the Lumen Classic: same length, warm white, 15% off, here by June 3. Or a full refund. #empathy:1 #ownership:1 #expectations:2 #trigger:none #technique:what_i_can_do #feedback:An alternative with a date and a price, and a refund if she prefers: the choice stays hers. "Cater to one, not the the entire customer base": "While we can't expedite the delivery of the original item, we can offer you an alternative model at a discounted price, or a full refund if you prefer."]
    ~ good += 1
    ~ mood = MIN(mood + 1, 5)
    June 3rd. Oh, that would be in plenty of time. #mood:calm
    -> specs
* [I'd keep the order for now, honestly. Supplier dates often move up, so they might still arrive in time for the wedding. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:False hope. "Cater to one, not the the entire customer base": "Always provide realistic timelines." If the lights don't come, the wedding pays for it. #better:I'm sorry. What I can do is the Lumen Classic: same length, warm white, 15% off, here by June 3. Or a full refund.]
    Might? Hmm. I can't plan a wedding on "might." Isn't there something else you have? #mood:worried
    You mention the Lumen Classic: in stock, 30 feet, ships today. #narration
    -> specs
* [I'm so sorry, I completely understand, but there's just no way to get them to you before the 14th, I'm afraid. #empathy:1 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:An apology, then a refusal with nothing after it. "Cater to one, not the the entire customer base": "A flat denial or negative response without context can leave customers feeling helpless and disregarded." #better:I'm sorry. What I can do is the Lumen Classic: same length, warm white, 15% off, here by June 3. Or a full refund.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    {mood <= -2:
        -> end_lost_refund
    }
    Nothing? Don't you sell anything similar? #mood:annoyed
    You mention the Lumen Classic: in stock, 30 feet, ships today. #narration
    -> specs
* [You could cancel and try a local party rental place; they often have lovely lights for weddings, and at short notice too. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Helpful in spirit, but it sends her elsewhere before you've offered what you can do. #better:I'm sorry. What I can do is the Lumen Classic: same length, warm white, 15% off, here by June 3. Or a full refund.]
    ~ mood = MAX(mood - 1, -5)
    A rental place. Three weeks before the wedding. Don't YOU have anything? #mood:annoyed
    You mention the Lumen Classic: in stock, 30 feet, ships today. #narration
    -> specs

=== specs ===
Is the Classic the same warm white, though? Katie is very particular. The Glow ones have those old-fashioned vintage bulbs; that's why we picked them. #mood:worried
* [Honestly, they all look much the same once they're up at night, so it doesn't really matter which bulbs they are. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #technique:ownership #feedback:To her it matters a great deal: it's her daughter's wedding. "Cater to one, not the the entire customer base": "Every detail matters." #better:That detail matters, so I'm checking now: warm white like the Glow, but round bulbs. I'll email you photos in ten minutes.]
    ~ mood = MAX(mood - 2, -5)
    ~ slips += 1
    It matters to Katie. It matters to me. #mood:annoyed
    -> space
* [That detail matters, so I'm checking now: warm white like the Glow, but round bulbs. I'll email you photos in ten minutes. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:You treated her detail as important, checked instead of guessing, were honest about the difference and gave a time for the photos.]
    ~ good += 1
    ~ mood = MIN(mood + 1, 5)
    Round bulbs. Hmm. Photos would be wonderful, thank you. #mood:calm
    -> space
* [Yes, don't worry, they're warm white too, so I'm sure they'll look lovely. Katie will be very happy with them on the day. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Reassuring, but you skipped the bulb shape she asked about and promised how Katie will feel. "Cater to one, not the the entire customer base": "Provide accurate Information." #better:That detail matters, so I'm checking now: warm white like the Glow, but round bulbs. I'll email you photos in ten minutes.]
    And the bulbs? Never mind. I suppose I'll look online. #mood:worried
    -> space
* [Honestly, I don't know, I'm afraid. I've never actually seen either of them myself, so I couldn't tell you. #empathy:0 #ownership:-1 #expectations:0 #trigger:i_dont_know #feedback:Honest, but it leaves her stuck. "Cater to one, not the the entire customer base": "I don't know the answer, but I will get someone who does." #better:That detail matters, so I'm checking now: warm white like the Glow, but round bulbs. I'll email you photos in ten minutes.]
    ~ mood = MAX(mood - 1, -5)
    ~ slips += 1
    {mood <= -2:
        -> manager
    }
    Well, could you find out? #mood:worried
    You check the spec sheet: warm white, 2700K, round bulbs rather than vintage. You tell her. #narration #sfx:typing
    -> space

=== manager ===
You don't know? First the lights are late, now nobody knows what you're selling. Is there someone there who actually knows the products? #mood:angry
* [Let me connect you with Ana, our lighting specialist. I'll brief her so you won't repeat anything; she'll call within the hour. #empathy:0 #ownership:2 #expectations:1 #trigger:none #technique:warm_escalation #feedback:A warm escalation: someone who can help, the context carried over, and a time. Finding the answer yourself, with an apology, would have kept her with you. #better:You're right to expect better, and I'm sorry. Let me find out for you now; I'll have the answer in one minute.]
    ~ good += 1
    -> end_escalated
* [You're right to expect better, and I'm sorry. Let me find out for you now; I'll have the answer in one minute. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:A good recovery: you apologized and turned "I don't know" into "let me find out", with a time.]
    ~ good += 1
    ~ mood = MIN(mood + 1, 5)
    One minute. All right. #mood:worried
    The spec sheet: warm white, 2700K, round bulbs rather than vintage. You tell her. #narration #sfx:typing
    -> space
* [There isn't really anyone else to ask, sorry. That's not my department; I just handle the orders here. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #feedback:She asked for someone who can help and heard "not my department". "Cater to one, not the the entire customer base": "Let me connect you with someone who can help solve this problem effectively." #better:You're right to expect better, and I'm sorry. Let me find out for you now; I'll have the answer in one minute.]
    ~ mood = MAX(mood - 2, -5)
    -> end_lost_manager

=== space ===
{
- mood >= 3:
    Hmm. I hate deciding these things on the spot. And it's Katie's wedding, not mine... #mood:calm
- else:
    I don't know. I hate deciding on the spot, and it's Katie's wedding, not mine. #mood:worried
}
* [I'd really need an answer today, I'm afraid; the Classic is selling fast, and I can't hold stock for long. #empathy:-1 #ownership:0 #expectations:1 #trigger:none #technique:expectations_timeline #feedback:Pressure right after bad news feels like a sales tactic. "Cater to one, not the the entire customer base": "Allow Space for Response." #better:Of course. I'll hold twelve Classic sets until 5 tomorrow, and I'm here for any questions, yours or Katie's.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -2:
        -> end_lost_pressure
    }
    Today. Well. If I must. The Classic, then. #mood:annoyed
    -> close
* [I completely understand, Mrs. Marsh, no rush at all! Just give us a call back whenever you and Katie have decided. #empathy:1 #ownership:-1 #expectations:-1 #trigger:none #feedback:Kind, but "whenever" has no date and puts the work back on her; if the Classic sells out she is worse off. #better:Of course. I'll hold twelve Classic sets until 5 tomorrow, and I'm here for any questions, yours or Katie's.]
    ~ mood = MAX(mood - 1, -5)
    Whenever? What if they sell out too? Oh... fine. Just do the Classic, I suppose. #mood:worried
    -> close
* [Of course. I'll hold twelve Classic sets until 5 tomorrow, and I'm here for any questions, yours or Katie's. #empathy:1 #ownership:1 #expectations:1 #trigger:none #feedback:You gave her room to respond and protected her options while she decides. "Cater to one, not the the entire customer base": "I understand this isn't what you were hoping to hear. I'm here to answer any questions you might have."]
    ~ good += 1
    ~ mood = MIN(mood + 1, 5)
    {mood >= 4:
        You know what? You've been lovely about this. I don't need until tomorrow. Let's do the Classic. Katie will love the photos. #mood:pleased
        -> close
    }
    -> end_follow_up

=== close ===
The new order for twelve Lumen Classic sets goes through at 15% off: $295.29. #narration #sfx:typing
* [Thank you for understanding. They'll arrive by June 3, and I'll call you on the 4th to make sure they're right. #empathy:1 #ownership:1 #expectations:2 #trigger:none #technique:thank_customer #feedback:You thanked her, confirmed the date and committed to your own follow-up call. "Cater to one, not the the entire customer base": after bad news, follow up "to ensure that the customer has processed the information".]
    ~ good += 1
    ~ mood = MIN(mood + 1, 5)
    ~ promised_call = true
    -> end_resolved
* [Great, you're all set, Mrs. Marsh! Thank you so much for your patience today, and congratulations to Katie. #empathy:1 #ownership:0 #expectations:0 #trigger:none #feedback:Warm, and you thanked her, but no delivery date and no follow-up after a delay. #better:Thank you for understanding. They'll arrive by June 3, and I'll call you on the 4th to make sure they're right.]
    -> end_resolved
* [You'll get an automated email with the tracking at some point, so just keep an eye on your inbox over the next while. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #feedback:"At some point" is the kind of vagueness that got her here. "Cater to one, not the the entire customer base": "Clarity on time can solve 85% of customer service problems." #better:Thank you for understanding. They'll arrive by June 3, and I'll call you on the 4th to make sure they're right.]
    ~ mood = MAX(mood - 1, -5)
    At some point. Right. #mood:worried
    -> end_resolved

=== end_resolved ===
{
- slips >= 2 || mood <= -2 || good < 3:
    Fine. Let's just hope these ones actually come. I won't be ordering from you again, I don't think. #mood:annoyed
    She hangs up. #narration #sfx:hangup
    #outcome:lost
    -> END
- promised_call && mood >= 3:
    No questions at all. June 3rd, and you'll call on the 4th. Thank you, dear. #mood:pleased
- mood >= 0:
    No, that's everything. Thank you. #mood:calm
- else:
    Fine. Let's just hope these ones actually come. #mood:annoyed
}
She hangs up. #narration #sfx:hangup
#outcome:resolved
-> END

=== end_follow_up ===
{ slips >= 2 || good < 3:
    -> end_lost_quiet
}
Until five tomorrow. That's kind. I'll show Katie the photos tonight and ring you back. #mood:calm
You note the hold on the order and set yourself a reminder to call her at 11 tomorrow if you haven't heard from her. #narration #sfx:hangup
#outcome:follow_up
-> END

=== end_lost_quiet ===
Actually, don't hold them. I'll find something locally. Please just refund the order. #mood:annoyed
You process the refund of $347.40. #narration #sfx:hangup
#outcome:lost
-> END

=== end_lost_refund ===
Then just refund me, please. I'll go to the party store on Saturday and find something myself. #mood:angry
You process the refund of $347.40. She hangs up without saying goodbye. #narration #sfx:hangup
#outcome:lost
-> END

=== end_lost_pressure ===
Today? After all this? No. Cancel it and refund me. I'll find lights somewhere that doesn't rush me. #mood:angry
She hangs up. #narration #sfx:hangup
#outcome:lost
-> END

=== end_lost_manager ===
Then cancel the whole order. I'll buy from a shop where somebody knows what they're selling. #mood:angry
She hangs up. #narration #sfx:hangup
#outcome:lost
-> END

=== end_escalated ===
Within the hour. All right. Thank you. #mood:worried
You brief Ana on order 58813, the June 14th wedding and the bulb question, and pass the case to her. #narration #sfx:hold
#outcome:escalated
-> END
