# title: The Cancellation That Wasn't
# customer: Tom Becker
# channel: email
# difficulty: 3
# summary: Tom says he cancelled his gym-app membership in January and calls this week's renewal theft. The record says otherwise. Show him the evidence without "you're wrong", hold the line, and offer what you can.
# id: customer-is-wrong

// Built on "Dealing with Unreasonable Requests" ("If the situation is their fault, come with
// proof as to why ... and based on your policy tell them why you can't help, or what you can
// do to help"; "Unfortunately, we can't do that. What I can do for you is..."), "Understanding
// Emotional Triggers" ("You're wrong") and "Irate Customers" ("you're never going to win them all").

VAR slips = 0
VAR mood = -2

-> opening

=== opening ===
A new email arrives. #narration #sfx:chime
Subject: THEFT. I cancelled my Fitloop membership in January and you have just taken 119.88 from my account for another year. This is theft. Refund it today or I go to my bank and to every review site I can find. Tom Becker. #mood:angry
* [Hi Tom, thank you so much for your patience. I've checked, and that's incorrect: you never cancelled your membership. #empathy:-1 #ownership:0 #expectations:0 #trigger:youre_wrong #technique:acknowledge_apologise #feedback:The record may be on your side, but leading with "that's incorrect" makes him defend himself instead of reading it. "Let's go over the details together to see where the misunderstanding might be." #better:Hi Tom, thanks for writing. An unexpected charge is worrying, and I'm sorry. I'm checking your account now.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Incorrect? I have the email. Don't call me a liar. #mood:furious
  -> evidence
* [Hi Tom, thanks for writing. An unexpected charge is worrying, and I'm sorry. I'm checking your account now. #empathy:2 #ownership:1 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:You thanked him, acknowledged the worry and apologised for the surprise, without agreeing that anything was stolen. Then you took charge of the facts.]
  ~ mood = MIN(mood + 1, 5)
  Fine. Check. I cancelled on 12 January and I have the email to prove it. #mood:annoyed
  -> evidence
* [Hi Tom, we're sorry you feel that way. All renewals are charged in line with our terms. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:"Sorry you feel that way" apologises for his feelings, not for anything that happened, and the terms come before you have even looked. #better:Hi Tom, thanks for writing. An unexpected charge is worrying, and I'm sorry. I'm checking your account now.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  Your terms. Of course. I cancelled on 12 January and I have the email. #mood:angry
  -> evidence

=== evidence ===
The account shows it: on 12 January Tom cancelled the Nutrition Plus add-on. The membership itself renewed on 2 March, 46 days ago. Renewals can be refunded within 14 days. #narration
Here is the email, word for word: "Your cancellation is confirmed." So don't tell me I didn't cancel. #mood:angry
* [You did get that email, on 12 January. It cancelled Nutrition Plus, not the membership. Both are attached below. #empathy:1 #ownership:0 #expectations:1 #trigger:none #technique:bad_news #feedback:You agreed with what is true first, then let the record show the rest, with the proof attached. "If the situation is their fault, come with proof."]
  ~ mood = MIN(mood + 1, 5)
  ...Nutrition Plus. Right. Well, I thought that was the membership. -> hold
* [If you read that email again carefully, Tom, you'll see it very clearly says Nutrition Plus, not the membership. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #technique:bad_news #feedback:The fact is right and the framing is wrong: "read it again" says he is careless. Show the evidence and let it speak. #better:You did get that email, on 12 January. It cancelled Nutrition Plus, not the membership. Both are attached below.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Don't lecture me about reading. -> hold
* [It looks like our system made a mistake there, I'm so sorry. I'll refund the full 119.88 today. #empathy:1 #ownership:0 #expectations:0 #trigger:blame_others #technique:bad_news #feedback:There was no mistake, and the refund is not yours to give. Blaming "the system" to end an awkward email trades one angry message for a worse one. "DO NOT lie to customers just because you want to make them feel good." #better:You did get that email, on 12 January. It cancelled Nutrition Plus, not the membership. Both are attached below.]
  ~ slips += 1
  -> reversed

=== reversed ===
An hour later your team lead blocks the refund: the renewal was valid, and refunds after 14 days need a manager's approval. You have to write to Tom again and take it back. #narration
~ mood = MAX(mood - 2, -5)
You PROMISED me a refund in writing. Now it's "blocked"? You people are unbelievable. #mood:furious
-> hold

=== hold ===
I haven't opened that app since January. I want my 119.88 back. #mood:angry
* [I'm afraid the terms are perfectly clear: no refunds at all after 14 days. Policy is policy, Tom. #empathy:0 #ownership:0 #expectations:-1 #trigger:flat_no #technique:what_i_can_do #feedback:A refusal with nothing after it. "Policy is policy" tells him the rules matter more than he does. Say what you can do. #better:Unfortunately renewals can't be refunded after 14 days. What I can do is stop renewal and freeze your year.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Then I'll take it up with my bank. -> dispute
* [I'm so sorry, Tom, I can hear how frustrating this is, but my hands are tied on refunds after 14 days. #empathy:1 #ownership:-1 #expectations:0 #trigger:hands_tied #technique:what_i_can_do #feedback:"My hands are tied" makes you a bystander and leaves him with nothing. There is something you can do; lead with it. #better:Unfortunately renewals can't be refunded after 14 days. What I can do is stop renewal and freeze your year.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  Then untie them. -> dispute
* [Unfortunately renewals can't be refunded after 14 days. What I can do is stop renewal and freeze your year. #empathy:0 #ownership:1 #expectations:2 #trigger:none #technique:what_i_can_do #feedback:You held the line with the reason and put what you can do right next to it. "Unfortunately, we can't do that. What I can do for you is..."]
  ~ mood = MAX(mood - 1, -5)
  A freeze. -> dispute

=== dispute ===
That's not good enough. I'm disputing the charge with my bank and I'm posting a review. #mood:angry
* [That's entirely up to you, of course, Tom. It won't change the outcome here either way, I'm afraid, sorry. #empathy:-1 #ownership:-1 #expectations:0 #trigger:whatever #technique:empathy_not_sympathy #feedback:Cold and a little taunting: it turns a policy answer into a fight he now wants to win. He can leave unhappy and still leave respected. #better:That's your right, and I'm sorry it isn't the answer you hoped for. All the dates and terms are below.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  We'll see about that. -> final
* [Oh no, I'm so sorry, that really stinks, Tom. I totally get it, honestly, what a pain this must be for you. #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:empathy_not_sympathy #feedback:Sympathy: it sounds like you agree he has been wronged, and it gives him nothing to act on. "Empathy is not sympathy." #better:That's your right, and I'm sorry it isn't the answer you hoped for. All the dates and terms are below.]
  ~ slips += 1
  So even you think it stinks. Then refund it. -> final
* [That's your right, and I'm sorry it isn't the answer you hoped for. All the dates and terms are below. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:empathy_not_sympathy #feedback:No argument and no sulking: you respected his choice, apologised for the disappointment and gave him the facts in full. "If you have treated them with respect they will REMEMBER."]
  -> final

=== final ===
{
- slips >= 3:
  He doesn't reply. Two days later the bank's dispute notice arrives, and a one-star review goes up. #narration
  #outcome:lost
  -> END
- slips == 2 || mood <= -3:
  -> edge
}
Fine. Turn the renewal off and freeze it. I'm still not happy about this. #mood:annoyed
-> confirm

=== edge ===
I'm done with this. Cancel everything and expect to hear from my bank. #mood:furious
* [I'm sorry this went badly. I've stopped renewal today; the frozen year is yours if you want it. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:ownership #feedback:You owned how the exchange went and did the one thing he asked, with the offer left open. He may still dispute; he will not have a new complaint about you.]
  ~ mood = MAX(MIN(mood + 2, 5), -2)
  ...Fine. Freeze it, then. I'm still not happy about this. #mood:annoyed
  -> confirm
* [As you wish. Please do note, though, that a dispute will not succeed, as the charge was entirely valid. #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:ownership #feedback:A parting shot in writing: true, and it guarantees the dispute and the review. Do what he asked and leave the door open. #better:I'm sorry this went badly. I've stopped renewal today; the frozen year is yours if you want it.]
  He doesn't reply. The dispute notice and a one-star review arrive the same week. #narration
  #outcome:lost
  -> END
* [I'll pass your email to my manager, who can review the whole thing again for you. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:ownership #feedback:The facts won't change with a manager, and handing it up tells him that pushing harder works. Own the answer and do what he asked. #better:I'm sorry this went badly. I've stopped renewal today; the frozen year is yours if you want it.]
  Your manager replies three days later with the same answer, and Tom disputes the charge anyway. #narration
  #outcome:escalated
  -> END

=== confirm ===
* [Glad we got that all sorted out for you in the end, Tom! Have a great rest of your week! #empathy:-1 #ownership:0 #expectations:0 #trigger:none #technique:thank_customer #feedback:He has just told you he is not happy; a cheerful sign-off tells him you didn't read it. Confirm what you did and thank him. #better:Done: renewal is off, and your year is frozen from today. Thank you for your patience with all this, Tom.]
  ~ slips += 1
  -> wrap
* [Done: renewal is off, and your year is frozen from today. Thank you for your patience with all this, Tom. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:thank_customer #feedback:Both actions confirmed, with a date, and thanks for a hard conversation. He leaves unhappy with the policy and with no complaint about you: sometimes that is the win.]
  -> wrap
* [Renewal is off now. Do let us know if there's anything else at all we can help you with. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:thank_customer #feedback:Correct, but bare: he asked for two things and you confirmed one. Confirm both, and thank him for sticking with a hard conversation. #better:Done: renewal is off, and your year is frozen from today. Thank you for your patience with all this, Tom.]
  -> wrap

=== wrap ===
{
- slips >= 3:
  He doesn't reply. The freeze goes through; so does his one-star review. #narration
  #outcome:lost
  -> END
- else:
  He doesn't reply. The freeze goes through, and there is no dispute. #narration
  #outcome:resolved
  -> END
}
