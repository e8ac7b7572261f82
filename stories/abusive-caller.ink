# title: Three Days Offline
# customer: Marcus Boyle
# channel: phone
# difficulty: 3
# summary: Marcus's home internet has been down for three days and he works from home. He is swearing at you from his first word. Acknowledge, set the boundary, warn once: then the call turns, or you end it by policy.
# id: abusive-caller

// Built on "Setting Boundaries with Professional Assertiveness", the upset-caller role play
// ("I am just here to help you, but I won't be able to help if you keep yelling at me") and
// "Irate Customers" ("Remember if a customer is being abusive and difficult, it's NOT YOU").

VAR mood = -4

-> opening

=== opening ===
The phone rings. #narration #sfx:ring
You pick up: "Northwave Broadband, you're through to Sam. How can I help?" #narration #sfx:pickup
Three bloody days! No internet for three days, I work from home, and your lot just keep saying "we're aware of an issue". Are you all thick, or what? #mood:furious
* [I'm so sorry, I can hear how upsetting this is, and I'll fix it, but first please calm down and mind your language. #empathy:0 #ownership:0 #expectations:0 #trigger:calm_down #technique:acknowledge_apologise #feedback:"Calm down" undoes the apology in front of it: it tells him his anger is not justified, and it usually has the opposite effect. The boundary comes after you have shown you heard him, not instead of it. #better:Three days offline when you work from home is awful. I'm sorry. Let me pull up your line.]
  ~ mood = MAX(mood - 1, -5)
  Calm down? You've cut off my living and you want manners? #mood:furious
  -> insults
* [Three days offline when you work from home is awful. I'm sorry. Let me pull up your line. #empathy:2 #ownership:1 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:You named what it costs him and apologised for it before anything else, then took charge. "Irate Customers": "I'm sorry that happened. If I were you, I'd be frustrated, too."]
  ~ mood = MIN(mood + 1, 5)
  ...Right. Boyle, 14 Mercer Road. And don't you dare tell me "we're aware". #mood:angry
  -> insults
* [I understand, sir. There's a known outage in your area and engineers are on it. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:This is the line he has heard three times already. "I understand" as a preface is not an acknowledgement, and "engineers are on it" tells him nothing new. #better:Three days offline when you work from home is awful. I'm sorry. Let me pull up your line.]
  ~ mood = MAX(mood - 1, -5)
  "Engineers are on it." That's the fourth time. Are you a recording? #mood:furious
  -> insults

=== insults ===
He doesn't stop for breath. #narration
You're a useless idiot reading off a script. Put somebody on who actually knows something, you brain-dead... #mood:furious
* [Insult me once more and I will end this call. It's up to you. #empathy:-1 #ownership:0 #expectations:0 #trigger:none #technique:boundary #feedback:A threat is a boundary without the help. You matched his energy, and now the call is about you, not his line. "Irate Customers": "The moment you start reacting to them is the moment you've lost the plot." #better:You're angry, and fair enough. I can help, but not while you're insulting me. Shall we go on?]
  ~ mood = MAX(mood - 2, -5)
  Oh, you'll end the call, will you? Go on then. I'll save you the bother. #mood:furious
  The line goes dead. #narration #sfx:hangup
  #outcome:lost
  -> END
* [I completely understand how frustrating this is, but I'm not the one who broke your internet, so don't take it out on me. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:boundary #feedback:True, and the last thing to say out loud: it defends you and tells him nobody owns his problem. "Irate Customers": it's NOT YOU, so you never need to say so. #better:You're angry, and fair enough. I can help, but not while you're insulting me. Shall we go on?]
  ~ mood = MAX(mood - 2, -5)
  Then put me through to someone who DID. Your manager. Now. #mood:furious
  You page the duty manager and pass him over with one word: "abusive". #narration #sfx:hold
  #outcome:escalated
  -> END
* [You're angry, and fair enough. I can help, but not while you're insulting me. Shall we go on? #empathy:1 #ownership:1 #expectations:0 #trigger:none #technique:boundary #feedback:That is the boundary the training texts teach: the anger acknowledged, then the limit, firm and polite, and straight back to the solution. "Setting Boundaries with Professional Assertiveness": firm yet polite, so the conversation stays constructive.]
  ~ mood = MIN(mood + 2, 5)
  The line goes quiet for a moment. #narration
  ...Fine. It's not you. I've lost two days of work, that's all. #mood:angry
  -> details
* [Okay. Let's keep going. Can I take the account holder's date of birth? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:boundary #feedback:Swallowing the insult teaches him it works: the abuse goes on, and you have handed him control of the call. Set the limit now, calmly, while it is still early. #better:You're angry, and fair enough. I can help, but not while you're insulting me. Shall we go on?]
  ~ mood = MAX(mood - 1, -5)
  Date of birth. Unbelievable. Third of May, seventy-eight, you muppet. #mood:furious
  -> details

=== details ===
It went on Monday morning. Light on the router's been red ever since. Monday they said "within 48 hours". It's Wednesday. I've got a client presentation on Friday. #mood:angry
* [So: down since Monday, a fix promised in 48 hours, and Friday's presentation at stake. Is that right? #empathy:2 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #feedback:You let him finish, then said it back in his words, Friday included. "The five-step service model": repeat what they said back to them using their words.]
  ~ mood = MIN(mood + 1, 5)
  That's it. That's exactly it. #mood:annoyed
  -> bad_news
* [I'm sorry about that. Have you tried turning the router off and on, and checking the cable at the back? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #feedback:A reset may be worth checking, but not now: he has told you it is a reported fault, three days old. Asked this early it sounds like you think it is his doing. Reflect first, diagnose later. #better:So: down since Monday, a fix promised in 48 hours, and Friday's presentation at stake. Is that right?]
  ~ mood = MAX(mood - 1, -5)
  Yes, I've turned it off and on! Forty times! It's YOUR fault, not my router! #mood:furious
  -> bad_news
* [Okay, since Monday. Let me look at the engineer ticket on your line. #empathy:0 #ownership:1 #expectations:0 #trigger:none #technique:listen_reflect #feedback:You took charge, which is good, but skipped the part he cares about most: Friday. Repeat the key facts back so he knows you have the whole picture. #better:So: down since Monday, a fix promised in 48 hours, and Friday's presentation at stake. Is that right?]
  Yeah. You do that. #mood:angry
  -> bad_news

=== bad_news ===
The ticket says the fault is in the street cabinet. The earliest engineer slot is Thursday, 8 to 12. #narration
So? When's it fixed? #mood:annoyed
* [I'm so sorry, I completely understand. Our engineering contractor keeps missing slots, so it could be any day. #empathy:1 #ownership:-1 #expectations:-1 #trigger:blame_others #technique:bad_news #feedback:Blaming the contractor doesn't help him, and "any day" is no date at all. To Marcus it is all Northwave. "Irate Customers": don't blame someone else. #better:I'm afraid the fault's in the street cabinet. I've booked the first slot: Thursday, 8 to 12.]
  ~ mood = MAX(mood - 2, -5)
  Any DAY? You're telling me you've got no idea? -> relapse
* [I'm afraid the fault's in the street cabinet. I've booked the first slot: Thursday, 8 to 12. #empathy:0 #ownership:1 #expectations:2 #trigger:none #technique:bad_news #feedback:Bad news said plainly, with the reason, a time and the action already taken. "Strategies for Delivering Bad News": be prompt and direct, and give the context.]
  ~ mood = MAX(mood - 1, -5)
  Thursday. -> relapse
* [I totally understand how frustrating this is, but there's nothing I can do to speed the engineers up. #empathy:0 #ownership:-1 #expectations:-1 #trigger:hands_tied #technique:bad_news #feedback:"Nothing I can do" tells him nobody is in charge, whatever comes before the "but". Say what you can do: book the slot, give the time. #better:I'm afraid the fault's in the street cabinet. I've booked the first slot: Thursday, 8 to 12.]
  ~ mood = MAX(mood - 2, -5)
  Nothing you can do. Of course there isn't. -> relapse

=== relapse ===
His voice climbs again. #narration
I've got a presentation on Friday, you absolute clown! You're all a joke, the whole useless bloody lot of you! #mood:furious
* [I'm so sorry, sir. I really am sorry. I completely understand how upsetting this must be. #empathy:1 #ownership:-1 #expectations:0 #trigger:none #technique:boundary #feedback:Apologising again while he insults you tells him the insults work. He gets a boundary, once, and a way forward, not a third apology. #better:I know Friday matters, and I'll help. But this is my one warning: more insults and I end the call.]
  ~ mood = MAX(mood - 1, -5)
  You're sorry. Brilliant. Sorry doesn't get me online, does it, you useless waste of space... #mood:furious
  -> still_going
* [Right, that's it. I'm ending this call now. Goodbye, sir. #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:boundary #feedback:Ending it with no warning is walking out, not the policy: he never got the one chance to change course that the policy gives him. Warn once, then act. #better:I know Friday matters, and I'll help. But this is my one warning: more insults and I end the call.]
  You hang up on him. Ten minutes later he is posting your name online. #narration #sfx:hangup
  #outcome:lost
  -> END
* [I know Friday matters, and I'll help. But this is my one warning: more insults and I end the call. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:boundary #feedback:One warning, calm, with the consequence and the way forward in the same breath. The texts: know your limits, and enforce them if you get too close.]
  -> last_chance

=== still_going ===
He keeps going: the script, the company, your voice. #narration
* [I know Friday matters, and I want to help. This is my one warning, though: more insults and I end the call. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:boundary #feedback:Late, but right: one warning, calm, with the way forward. The apologies before it only told him the insults were working. #better:I know Friday matters, and I'll help. But this is my one warning: more insults and I end the call.]
  -> last_chance
* [Okay. I'm putting the phone down now. Goodbye. #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:boundary #feedback:Ending it with no warning is walking out, not the policy. Warn once, then act. #better:I know Friday matters, and I want to help. This is my one warning, though: more insults and I end the call.]
  You hang up on him. Ten minutes later he is posting your name online. #narration #sfx:hangup
  #outcome:lost
  -> END

=== last_chance ===
{
- mood >= -1:
  A long breath on the line. #narration
  ...Okay. Sorry. I'm stressed out of my mind. What about Friday? #mood:annoyed
  -> workaround
- else:
  Don't you threaten me, you jumped-up little... I'll say what I like! #mood:furious
  -> policy_end
}

=== workaround ===
* [You could always work from a café or the library until Thursday, if that helps at all? #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:what_i_can_do #feedback:That hands the problem back to him. He pays Northwave for a connection: find what Northwave can do. #better:What I can do today is send you a 4G hotspot, with you by noon tomorrow.]
  ~ mood = MAX(mood - 1, -5)
  A café. For a client presentation. Thanks a lot. #mood:angry
  -> close
* [I'm so sorry, I know how stressful this is, but there's honestly nothing that can get you online sooner. #empathy:1 #ownership:-1 #expectations:-1 #trigger:hands_tied #technique:what_i_can_do #feedback:Kind words, then a closed door: "nothing can" stops the search for another way. Offer what you can do. #better:What I can do today is send you a 4G hotspot, with you by noon tomorrow.]
  ~ mood = MAX(mood - 1, -5)
  So Friday's gone, then. Great. #mood:angry
  -> close
* [What I can do today is send you a 4G hotspot, with you by noon tomorrow. #empathy:0 #ownership:1 #expectations:2 #trigger:none #technique:what_i_can_do #feedback:The fix is still Thursday, but you found what you can do now, with a time. "Unfortunately, we can't do that. What I can do for you is..."]
  ~ mood = MIN(mood + 2, 5)
  A hotspot. By noon. ...That would actually save Friday. #mood:relieved
  -> close

=== close ===
* [Is there anything else at all I can help you with today, Mr Boyle? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:follow_up #feedback:A script close after a call like this tells him he is a ticket. Commit to a check-in he can hold you to. #better:Thanks for sticking with me. I'll call you Thursday at noon to check the engineer's been.]
  No. #mood:annoyed
  -> wrap
* [Thanks for sticking with me. I'll call you Thursday at noon to check the engineer's been. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:follow_up #feedback:You thanked him and made a follow-up promise with a day and a time. Now keep it.]
  ~ mood = MIN(mood + 1, 5)
  Alright. Thursday at noon. Thanks, Sam. #mood:calm
  -> wrap
* [Great, so you're all sorted now. Thanks so much for calling, and have a lovely rest of your day! #empathy:0 #ownership:0 #expectations:-1 #trigger:none #technique:follow_up #feedback:He is not sorted until Thursday, and he knows it. Close with what happens next and when you will check. #better:Thanks for sticking with me. I'll call you Thursday at noon to check the engineer's been.]
  ~ mood = MAX(mood - 1, -5)
  Sorted. Right. #mood:annoyed
  -> wrap

=== wrap ===
{
- mood <= -3:
  He hangs up without a goodbye, and cancels the hotspot order an hour later. #narration #sfx:hangup
  #outcome:lost
- else:
  #outcome:follow_up
}
-> END

=== policy_end ===
* [As I warned, I'm ending the call now. Your Thursday engineer visit stays booked; call us anytime. #empathy:0 #ownership:1 #expectations:2 #trigger:none #technique:boundary #feedback:By the book: he had his warning, you kept your word, and his fix stays in place with a time. Ending an abusive call this way is not a failure. "Irate Customers": you're never going to win them all; treat them with respect and they will remember.]
  You end the call and note the warning and the booked visit on his account. #narration #sfx:hangup
  #outcome:ended_by_policy
  -> END
* [Honestly, sir, with that attitude, it's no wonder nobody has managed to help you. #empathy:-1 #ownership:-1 #expectations:0 #trigger:blame_customer #technique:boundary #feedback:Retaliation. Whatever he said, the call is now about your pride, and he will tell ten people. End the call by the policy, not with a parting shot. #better:As I warned, I'm ending the call now. Your Thursday engineer visit stays booked; call us anytime.]
  With that attitude? I'm going to every review site there is. #mood:furious
  He hangs up. #narration #sfx:hangup
  #outcome:lost
  -> END
* [Okay, okay, I understand you're upset, and I'm listening. Let's just try to keep going, sir. Where were we? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:boundary #feedback:You warned him and then did not act, so the warning meant nothing and the abuse will only grow. Keep your word: end the call, and leave his fix in place. #better:As I warned, I'm ending the call now. Your Thursday engineer visit stays booked; call us anytime.]
  Where were we? You were being useless, that's where. Useless! #mood:furious
  -> policy_late

=== policy_late ===
* [I did warn you, so I'm ending the call now. Your Thursday engineer visit stays booked. #empathy:0 #ownership:1 #expectations:2 #trigger:none #technique:boundary #feedback:Late, but by the policy in the end: the warning kept, the fix left in place. Next time act on the warning the first time it is needed. #better:As I warned, I'm ending the call now. Your Thursday engineer visit stays booked; call us anytime.]
  You end the call and note the warning and the booked visit on his account. #narration #sfx:hangup
  #outcome:ended_by_policy
  -> END
* [Okay, sir. Let's just carry on and see what we can do for Friday. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:boundary #feedback:Two warnings ignored, and the abuse has become the price of the call. End it by the policy, and leave the fix in place. #better:I did warn you, so I'm ending the call now. Your Thursday engineer visit stays booked.]
  He goes on for another quarter of an hour, then hangs up mid-sentence. #narration #sfx:hangup
  #outcome:lost
  -> END
