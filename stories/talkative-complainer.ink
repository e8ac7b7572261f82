# title: The Fourth Complaint
# customer: Doreen Pike
# channel: phone
# difficulty: 2
# summary: Doreen has complained three times this year and remembers every detail. Today it is the wrong cushion covers, somewhere inside a long story. Keep control of the call without dismissing her.
# id: talkative-complainer

// Built on "Redirecting with Questions" (open questions that steer back to the issue), the
// warning in "Active Listening and Empathy" that serial complainers use empathy to monopolise
// the conversation, and "Understanding Emotional Triggers" ("Every detail matters").

VAR slips = 0
VAR mood = 0
VAR drift = 0

-> opening

=== opening ===
The phone rings. #narration #sfx:ring
You pick up: "Hearth and Home, Alex speaking. How can I help?" #narration #sfx:pickup
Oh, hello dear. Now, you won't remember me, but I rang about the kettle in March, and the rug in June, and my neighbour Pat says I should just give up on you, but I said no, Pat, they're nice people. And the weather this week, honestly! My sister's coming to stay on the 18th, so everything's upside down... #mood:calm
* [None of that really matters right now, I'm afraid. What's your order number, please? #empathy:0 #ownership:0 #expectations:0 #trigger:whatever #technique:redirect #feedback:Cutting her off with "none of that matters" dismisses her; she will dig in and tell you more, not less. Redirect with a question that respects what she said. #better:Busy week! So I can help you today, is this about a recent order?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Well! There's no need to be rude. It does matter, actually. #mood:annoyed
  -> order
* [Busy week! So I can help you today, is this about a recent order? #empathy:1 #ownership:1 #expectations:0 #trigger:none #technique:redirect #feedback:You acknowledged her in one breath and steered with a question. "Redirecting with Questions": specific questions bring the conversation back to the issue.]
  ~ mood = MIN(mood + 1, 5)
  Oh, yes, sorry, dear, I do go on. It's the cushion covers. #mood:calm
  -> order
* [Oh dear, poor you. Go on, what happened next? #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:empathy_not_sympathy #feedback:Sympathy with an open door: she hears that you have all the time in the world, and she takes it. "Active Listening and Empathy": serial complainers recognise empathy and use it to monopolise the conversation. #better:Busy week! So I can help you today, is this about a recent order?]
  ~ slips += 1
  ~ drift += 1
  Well, Pat's cat got into the shed again, and then the rug... #mood:pleased
  She talks for another four minutes before she gets to the cushion covers. #narration
  -> order

=== order ===
Order 55107. I ordered four in sage green, for the spare room, and they've sent mustard. Mustard! Pat says it looks like a school corridor. #mood:annoyed
* [I understand how frustrating that is, but colours look different on a screen, so they may be right. #empathy:0 #ownership:0 #expectations:0 #trigger:youre_wrong #technique:listen_reflect #feedback:However politely, this tells her she is wrong about what she can see in her own hands. "Let's go over the details together to see where the misunderstanding might be." #better:So: four sage-green covers ordered, and mustard ones came. Is that right?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  I know the difference between green and mustard, thank you. #mood:annoyed
  -> list
* [Ha, a school corridor! Pat sounds like a real character. What else did she say about it? #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:redirect #feedback:Friendly, and it hands her the wheel again: now the call is about Pat. Keep the warmth, but steer to the order. #better:So: four sage-green covers ordered, and mustard ones came. Is that right?]
  ~ slips += 1
  ~ drift += 1
  Oh, Pat's a one. She said... #mood:pleased
  The story of Pat's conservatory takes three minutes. #narration
  -> list
* [So: four sage-green covers ordered, and mustard ones came. Is that right? #empathy:2 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #feedback:Her story had ten details; you picked the four that matter and checked them. "The five-step service model": repeat what they said back to them using their words.]
  ~ mood = MIN(mood + 1, 5)
  That's it exactly. Four. Sage. #mood:calm
  -> list

=== list ===
And this is the fourth time, you know. The kettle, the rug that came folded, the man who left my parcel in the bins. I've written it all down. Shall I read you the list? #mood:calm
* [I'm so sorry about all that, I understand, but those were closed months ago, so there's no point going back. #empathy:1 #ownership:0 #expectations:0 #trigger:whatever #technique:redirect #feedback:Telling her the past doesn't matter dismisses the pattern she is worried about. Acknowledge the list, then steer to today with a question. #better:Let's get these covers right first. Are the mustard ones still in their bag?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  No point! That's exactly what the last one said. #mood:annoyed
  -> stock
* [Let's get these covers right first. Are the mustard ones still in their bag? #empathy:0 #ownership:1 #expectations:0 #trigger:none #technique:redirect #feedback:Polite, in charge, and a specific question that brings her back to what you can fix today.]
  ~ mood = MIN(mood + 1, 5)
  Oh. Yes, I kept the bag. I always keep the bag. #mood:calm
  -> stock
* [Yes, of course. Please go ahead and read me the whole list. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:redirect #feedback:You gave up control of the call: eight minutes later you are on the rug, and the covers are no nearer. You can note the history without reading it aloud. #better:Let's get these covers right first. Are the mustard ones still in their bag?]
  ~ slips += 1
  ~ drift += 1
  She reads all three, with dates, and a fourth you hadn't heard about. #narration #mood:pleased
  -> stock

=== stock ===
{ drift >= 2: -> ran_out }
The screen shows sage green out of stock until the 20th. A sage-and-cream set is in stock, same price. #narration
So can you send the right ones? #mood:calm
* [Honestly, I don't know when the green will be back in stock. It could be weeks, or longer, I'm afraid. #empathy:0 #ownership:-1 #expectations:-1 #trigger:i_dont_know #technique:bad_news #feedback:"I don't know" with no follow-through leaves her with nothing, and the date is on your screen. #better:I'm afraid sage is out until the 20th. A sage-and-cream set could reach you Friday, before your sister. Would that suit?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Weeks? My sister's here on the 18th! #mood:annoyed
  -> close
* [I'm afraid sage is out until the 20th. A sage-and-cream set could reach you Friday, before your sister. Would that suit? #empathy:1 #ownership:1 #expectations:2 #trigger:none #technique:bad_news #feedback:The bad news first and plainly, tied to the date she mentioned in passing, then an alternative with a day. Listening paid off: the 18th was buried in her opening story.]
  ~ mood = MIN(mood + 1, 5)
  Friday? Before she comes. Oh, that's clever of you. Yes, please. #mood:pleased
  -> close
* [Sage is sold out at the moment, so the best I can do for you is refund the covers today. #empathy:0 #ownership:0 #expectations:1 #trigger:none #technique:bad_news #feedback:Honest and quick, but you missed both the return date and the set that is in stock, and she has a guest on the 18th. Look for what you can do before settling on a refund. #better:I'm afraid sage is out until the 20th. A sage-and-cream set could reach you Friday, before your sister. Would that suit?]
  ~ slips += 1
  Oh. Well. I suppose. But it's the spare room, you see... #mood:worried
  -> close

=== close ===
Oh, and before you go, did I tell you about the kettle? It was a Tuesday... #mood:calm
* [Thanks for telling us, Doreen. I'll email the tracking tonight. Anything else on this order? #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:thank_customer #feedback:You thanked her, promised the next step with a time, and kept the call to this order, kindly. That is control without dismissal.]
  ~ mood = MIN(mood + 1, 5)
  No, dear, that's everything. You've been lovely. #mood:pleased
  -> wrap
* [Oh, go on then, I've got all afternoon for you! Tell me all about the kettle. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:redirect #feedback:Pleasant, and a promise you cannot keep: the queue is waiting and the order still needs its confirmation. Thank her, confirm the next step, and close kindly. #better:Thanks for telling us, Doreen. I'll email the tracking tonight. Anything else on this order?]
  ~ slips += 1
  The kettle takes eleven minutes. #narration #mood:pleased
  -> wrap
* [Sorry, I have to go, other customers are waiting. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #technique:thank_customer #feedback:Now she knows she was a queue number. "Make them feel like you have more important things to do" is on the list of first-impression mistakes. #better:Thanks for telling us, Doreen. I'll email the tracking tonight. Anything else on this order?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Oh. Well. Don't let me keep you. #mood:annoyed
  -> wrap

=== wrap ===
{
- slips >= 3 || mood <= -4:
  She thanks you stiffly and rings off. The next morning she calls back and asks for someone else. #narration #sfx:hangup
  #outcome:lost
  -> END
- slips == 2:
  -> on_the_edge
- mood >= 1:
  #outcome:resolved
  -> END
- else:
  #outcome:follow_up
  -> END
}

=== on_the_edge ===
Well. I don't know that I'll bother ordering from you again, to be honest, dear. #mood:worried
* [I'm sorry it's been such a bother. I'll confirm all of this by email within the hour. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:follow_up #feedback:You owned how the call felt to her and gave her something concrete to hold on to. It may keep her.]
  Well. Alright. We'll see, dear. #mood:calm
  #outcome:follow_up
  -> END
* [That's entirely your choice, of course. Is there anything else at all today? #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:follow_up #feedback:She told you she is thinking of leaving, and you let her go. Own how the call went and give her a reason to stay. #better:I'm sorry it's been such a bother. I'll confirm all of this by email within the hour.]
  No. Nothing else. #mood:annoyed
  She rings off, and her next cushions come from somewhere else. #narration #sfx:hangup
  #outcome:lost
  -> END

=== ran_out ===
Twenty-five minutes in, she remembers her grandson needs collecting. #narration
Oh, goodness, is that the time? I'll have to ring you back about the cushions, dear. #mood:calm
She rings off. Nothing has been arranged, and the mustard covers are still on her sofa. #narration #sfx:hangup
#outcome:lost
-> END
