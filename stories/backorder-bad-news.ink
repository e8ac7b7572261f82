# title: Lights for Katie's Wedding
# customer: Helen Marsh
# channel: phone
# difficulty: 1
# summary: You call Helen to tell her that the string lights she ordered for her daughter's wedding on June 14 are backordered until after the big day. Deliver the bad news, offer alternatives, and follow up.

// Seed 003, "Strategies for Delivering Bad News": be prompt and direct, show empathy, give the
// reason (the supplier delay), offer alternatives, allow space for a response, follow up.
// Helen is friendly at the start; she only turns if the news is handled badly.
VAR mood = 1

-> opening

=== opening ===
Your screen: order 58813, placed May 2. Twelve sets of Lumen Glow 30-foot vintage-bulb string lights, $347.40, promised to ship May 28. The supplier moved the ship date to June 20. You call the customer. #narration #sfx:ring
Hello, Helen speaking! Oh, Sunbeam Lighting? Is this about my lights? I was going to check the tracking tonight! #mood:pleased #sfx:pickup
* [Hi Mrs. Marsh! Just a courtesy call about your order. How's the wedding planning going? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:bad_news #feedback:Warm, but it puts off the news she needs. Seed 003: "Be Prompt and Direct: Delaying bad news can aggravate the situation, leading to increased frustration." #better:Yes, it's about order 58813, and I'm afraid it's not good news: due to unexpected delays at our supplier's end, we can't ship your lights on the promised date of May 28.]
    Oh, it's chaos! The florist changed the peonies to ranunculus, the caterer wants a final headcount by Friday... #mood:pleased
    You let her finish, then tell her: the supplier has pushed the ship date to June 20. #narration
    ~ mood = MAX(mood - 1, -5)
    Wait. And you let me go on about peonies first? #mood:worried
    -> reaction
* [Yes, it's about order 58813, and I'm afraid it's not good news. Due to unexpected delays at our supplier's end, we can't ship your Lumen Glow lights on the promised date of May 28. I wanted to tell you as soon as we found out, so I can help you sort out what works for you. #empathy:0 #ownership:+1 #expectations:+2 #trigger:none #feedback:Prompt, direct, with the reason and the date that changed. Seed 003: "Due to unexpected delays at our supplier's end, we're currently unable to ship your order on the originally promised date." #better:Yes, it's about order 58813, and I'm afraid it's not good news: due to unexpected delays at our supplier's end, we can't ship your lights on the promised date of May 28.]
    ~ mood = MIN(mood + 1, 5)
    Oh. Oh dear. Well, thank you for calling me rather than letting me find out. #mood:worried
    -> reaction
* [Yes, hi. So, our warehouse messed up the supplier order, and your lights won't ship on time. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #feedback:Blaming the warehouse makes the company sound disorganized and leaves her with no date. Neutral context ("delays at our supplier's end") is fine; pointing fingers is not. Seed 001: "Don't blame someone else!" #better:I'm afraid it's not good news: due to unexpected delays at our supplier's end, we can't ship your lights on the promised date of May 28.]
    ~ mood = MAX(mood - 1, -5)
    Messed up? Well... that's not very reassuring. #mood:worried
    -> reaction

=== reaction ===
Oh no. Oh, no, no. The wedding is June 14th. Those lights are for the whole barn reception. When WILL they come? #mood:worried
* [I know, weddings are so stressful! Oh, that's awful, you poor thing. #empathy:+1 #ownership:0 #expectations:0 #trigger:none #technique:empathy_not_sympathy #feedback:Kindly meant, but this is sympathy, not empathy. Seed 003: sympathy "makes people feel as though they are being heard, but almost in a Yeah, that does suck kind of way." And she asked when. #better:I realize how frustrating it must be to hear this, especially with the wedding on June 14th, and I'm sorry. The new ship date is June 20, so let me go through what we can do instead.]
    Well... yes. It is. But that doesn't get me any lights. #mood:worried
    -> options
* [I realize how frustrating it must be to hear this, especially with the wedding on June 14th, and I'm sorry. The supplier's new ship date is June 20, which I know is too late for you, so let me go through what we can do instead. #empathy:+2 #ownership:+1 #expectations:+1 #trigger:none #feedback:Genuine empathy tied to her event, then the honest date and a move to solutions. Seed 003: "I realize how frustrating it must be to hear this, especially given the importance of your order for the upcoming event." #better:I realize how frustrating it must be to hear this, especially with the wedding on June 14th. The new ship date is June 20, so let me go through what we can do instead.]
    ~ mood = MIN(mood + 1, 5)
    June 20th. Well. Thank you for being straight with me. Go on. #mood:calm
    -> options
* [They'll ship June 20. There's nothing I can do about the supplier, unfortunately. #empathy:0 #ownership:-1 #expectations:+1 #trigger:hands_tied #feedback:The date is honest, but "nothing I can do" leaves her alone with the problem. Seed 003: "Whenever possible, offer an alternative solution or a compensatory measure." #better:The new ship date is June 20, which I know is too late for you, so let me go through what we can do instead.]
    ~ mood = MAX(mood - 2, -5)
    Nothing at all? Six days after the wedding? #mood:annoyed
    -> options

=== options ===
{
- mood >= 2:
    So what are my options? Katie has her heart set on a barn full of lights. #mood:worried
- else:
    So what am I supposed to do, string up flashlights? Katie has her heart set on a barn full of lights. #mood:annoyed
}
* [I'd keep the order for now. Supplier dates often move up, so they might still come in time. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #technique:what_i_can_do #feedback:False hope. Seed 003's Overpromising example: "Always provide realistic timelines." If the lights don't come, the wedding pays for it. #better:While we can't speed up the Glow lights, we can offer you the Lumen Classic, in stock at 15% off; it ships today and arrives by June 3. Or a full refund, if you prefer.]
    Might? Hmm. I can't plan a wedding on "might." Isn't there something else you have? #mood:worried
    You mention the Lumen Classic: in stock, 30 feet, ships today. #narration
    -> specs
* [No, I'm sorry, there's no way to get them before the 14th. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #feedback:A flat no with nothing after it. Seed 003: "While we can't expedite the delivery of the original item, we can offer you an alternative model at a discounted price, or a full refund if you prefer." #better:While we can't speed up the Glow lights, we can offer you the Lumen Classic, in stock at 15% off; it ships today and arrives by June 3. Or a full refund, if you prefer.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -2:
        -> end_lost_refund
    }
    Nothing? Don't you sell anything similar? #mood:annoyed
    You mention the Lumen Classic: in stock, 30 feet, ships today. #narration
    -> specs
* [While we can't speed up the Glow lights, we can offer you the Lumen Classic instead: same 30-foot length, warm white, in stock now, at 15% off. It ships today and would arrive by June 3. Or, if you'd prefer, a full refund of your $347.40. #empathy:0 #ownership:+1 #expectations:+2 #trigger:none #feedback:Alternatives with dates and a price, and the choice stays hers. Seed 003: "Offer Alternatives or Solutions: Whenever possible, offer an alternative solution or a compensatory measure." #better:While we can't speed up the Glow lights, we can offer you the Lumen Classic, in stock at 15% off; it ships today and arrives by June 3. Or a full refund, if you prefer.]
    ~ mood = MIN(mood + 1, 5)
    June 3rd. Oh, that would be in plenty of time. #mood:calm
    -> specs
* [You could cancel and try a local party rental place; they often have lights for weddings. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:Helpful in spirit, but it sends her to someone else before you've offered what you can do. Seed 002: "The employee should be willing to help the customer solve the problem in the way that works best for the customer." #better:While we can't speed up the Glow lights, we can offer you the Lumen Classic, in stock at 15% off; it ships today and arrives by June 3. Or a full refund, if you prefer.]
    ~ mood = MAX(mood - 1, -5)
    A rental place. Three weeks before the wedding. Don't YOU have anything? #mood:annoyed
    You mention the Lumen Classic: in stock, 30 feet, ships today. #narration
    -> specs

=== specs ===
Is the Classic the same warm white, though? Katie is very particular. The Glow ones have those old-fashioned vintage bulbs; that's why we picked them. #mood:worried
* [They all look much the same once they're up at night, so it doesn't really matter. #empathy:-1 #ownership:0 #expectations:0 #trigger:whatever #technique:ownership #feedback:To her it matters a great deal: it's her daughter's wedding. Seed 003: "Every detail matters. Please share more about your concern so we can address it appropriately." #better:That detail matters, so let me check the spec sheet for you: the Classic is warm white, 2700K, like the Glow, with round bulbs. I'll email you photos within ten minutes.]
    ~ mood = MAX(mood - 2, -5)
    It matters to Katie. It matters to me. #mood:annoyed
    -> space
* [Yes, they're warm white too. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:True, but you skipped the bulb shape she actually asked about. Seed 003: "Provide accurate Information." A photo would let Katie decide for herself. #better:That detail matters, so let me check the spec sheet: warm white, 2700K, like the Glow, but round bulbs rather than vintage. I'll email you photos within ten minutes.]
    And the bulbs? Never mind. I suppose I'll look online. #mood:worried
    -> space
* [That detail matters, so let me check the spec sheet for you right now. The Classic is warm white, 2700K, exactly like the Glow; the bulbs are round rather than vintage-style. I'll email you photos of both within ten minutes so Katie can compare. #empathy:+1 #ownership:+1 #expectations:+1 #trigger:none #feedback:You treated her detail as important, checked instead of guessing, was honest about the difference, and gave a time for the photos. Seed 003: "Let me find out for you." #better:That detail matters, so let me check the spec sheet: warm white, 2700K, like the Glow, but round bulbs. I'll email you photos within ten minutes.]
    ~ mood = MIN(mood + 1, 5)
    Round bulbs. Hmm. Photos would be wonderful, thank you. #mood:calm
    -> space
* [Honestly, I don't know. I've never actually seen them myself. #empathy:0 #ownership:-1 #expectations:0 #trigger:i_dont_know #feedback:Honest, but it leaves her stuck. Seed 003: "I Don't Know... without offering to find a solution can appear unhelpful and unprofessional." #better:Let me find out for you: I'm opening the spec sheet now, and I'll email you photos of both within ten minutes.]
    ~ mood = MAX(mood - 1, -5)
    {mood <= -2:
        -> manager
    }
    Well, could you find out? #mood:worried
    You check the spec sheet: warm white, 2700K, round bulbs rather than vintage. You tell her. #narration #sfx:typing
    -> space

=== manager ===
You don't know? First the lights are late, now nobody knows what you're selling. Is there someone there who actually knows the products? #mood:angry
* [There isn't really anyone else to ask, sorry. That's not my department; I just handle the orders. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:warm_escalation #feedback:She asked for someone who can help and heard "not my department". Seed 003: "Let me connect you with someone who can help solve this problem effectively." #better:Let me connect you with Ana, our lighting specialist. I'll brief her on your order and the wedding so you don't repeat anything; she can call you within the hour.]
    ~ mood = MAX(mood - 2, -5)
    -> end_lost_manager
* [Let me connect you with Ana, our lighting specialist. I'll brief her on your order and Katie's wedding so you won't have to repeat anything, and she'll call you back within the hour. #empathy:0 #ownership:+2 #expectations:+1 #trigger:none #feedback:A warm escalation: you handed her to someone who can help, carried the context over, and gave a time. Seed 003: "Let me connect you with someone who can help solve this problem effectively." #better:Let me connect you with Ana, our lighting specialist. I'll brief her on your order so you won't repeat anything; she'll call you within the hour.]
    -> end_escalated
* [You're right to expect better, and I'm sorry. Let me find out for you now: I'm opening the spec sheet, and I'll have the answer in one minute. #empathy:+1 #ownership:+1 #expectations:+1 #trigger:none #feedback:A good recovery: you apologized and turned "I don't know" into "let me find out", with a time. Seed 003: "Let me find out for you." #better:You're right to expect better, and I'm sorry. Let me find out for you now; I'll have the answer in one minute.]
    ~ mood = MIN(mood + 1, 5)
    One minute. All right. #mood:worried
    The spec sheet: warm white, 2700K, round bulbs rather than vintage. You tell her. #narration #sfx:typing
    -> space

=== space ===
{
- mood >= 3:
    Hmm. I hate deciding these things on the spot. And it's Katie's wedding, not mine... #mood:calm
- else:
    I don't know. I hate deciding on the spot, and it's Katie's wedding, not mine. #mood:worried
}
* [Sure, no rush. Just give us a call back whenever you decide. #empathy:0 #ownership:-1 #expectations:-1 #trigger:none #technique:expectations_timeline #feedback:Easygoing, but "whenever" has no date, and the work lands back on her. If the Classic sells out she's worse off. Seed 003: "Letting customers know the exact process that will follow and how long each step may take, gives them peace of mind." #better:Take your time: I'll hold twelve Classic sets for you until 5 p.m. tomorrow, and I'll call you at 11 tomorrow morning to see what Katie thinks.]
    ~ mood = MAX(mood - 1, -5)
    Whenever? What if they sell out too? Oh... fine. Just do the Classic, I suppose. #mood:worried
    -> close
* [I understand this isn't what you were hoping to hear. Take your time: I'll hold twelve Classic sets for you until 5 p.m. tomorrow, and I'm here to answer any questions, for you or for Katie. #empathy:+1 #ownership:+1 #expectations:+1 #trigger:none #feedback:You gave her room to respond and protected her options while she decides. Seed 003: "I understand this isn't what you were hoping to hear. I'm here to answer any questions you might have." #better:I understand this isn't what you were hoping to hear. Take your time: I'll hold twelve Classic sets for you until 5 p.m. tomorrow.]
    ~ mood = MIN(mood + 1, 5)
    {mood >= 4:
        You know what? You've been lovely about this. I don't need until tomorrow. Let's do the Classic. Katie will love the photos. #mood:pleased
        -> close
    }
    -> end_follow_up
* [I'd need an answer today, I'm afraid; the Classic is selling fast. #empathy:-1 #ownership:0 #expectations:+1 #trigger:none #feedback:Pressure right after bad news feels like a sales tactic. Seed 003: "Allow Space for Response: Give customers a chance to express their feelings or ask questions about the news." #better:I understand this isn't what you were hoping to hear. Take your time: I'll hold twelve Classic sets for you until 5 p.m. tomorrow.]
    ~ mood = MAX(mood - 2, -5)
    {mood <= -2:
        -> end_lost_pressure
    }
    Today. Well. If I must. The Classic, then. #mood:annoyed
    -> close

=== close ===
The new order for twelve Lumen Classic sets goes through at 15% off: $295.29. #narration #sfx:typing
* [Great, you're all set! Have a lovely day. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:thank_customer #feedback:Pleasant, but no thanks for her understanding and no follow-up. Seed 003: "After delivering bad news, it's important to follow up to ensure that the customer has processed the information." #better:Thank you for understanding, Mrs. Marsh. They ship today and arrive by June 3, and I'll call you on June 4 to make sure they arrived.]
    -> end_resolved
* [You'll get an automated email at some point with the tracking. #empathy:0 #ownership:0 #expectations:0 #trigger:none #feedback:"At some point" is exactly the kind of vagueness that got her here. Seed 003: "Communicate timelines clearly." #better:The Classic ships today; you'll get tracking by email tonight, and they'll arrive by June 3. I'll call you on June 4 to make sure they arrived.]
    ~ mood = MAX(mood - 1, -5)
    At some point. Right. #mood:worried
    -> end_resolved
* [Thank you for understanding, Mrs. Marsh, and congratulations to Katie. The Classic ships today; you'll get tracking by email tonight, and they'll arrive by June 3. I'll call you on June 4 to make sure they arrived and that Katie's happy. Do you have any questions about that timeline? #empathy:+1 #ownership:+1 #expectations:+2 #trigger:none #feedback:You thanked her, confirmed every step with a date, committed to your own follow-up call, and checked she understood. Seed 003: "I just wanted to check back in with you to see if you have any more questions." #better:Thank you for understanding, Mrs. Marsh. They ship today and arrive by June 3, and I'll call you on June 4 to make sure they arrived.]
    ~ mood = MIN(mood + 1, 5)
    -> end_resolved

=== end_resolved ===
{
- mood >= 3:
    No questions at all. June 3rd, and you'll call on the 4th. Thank you, dear; you've turned a bad phone call into a good one. #mood:pleased
- mood >= 0:
    No, that's everything. Thank you. #mood:calm
- else:
    Fine. Let's just hope these ones actually come. #mood:annoyed
}
She hangs up. #narration #sfx:hangup
#outcome:resolved
-> END

=== end_follow_up ===
Until five tomorrow. That's kind. I'll show Katie the photos tonight and ring you back. #mood:calm
You note the hold on the order and set yourself a reminder to call her at 11 tomorrow if you haven't heard from her. #narration #sfx:hangup
#outcome:follow_up
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
