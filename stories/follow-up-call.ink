# title: The Promised Callback
# customer: Priya Nair
# channel: phone
# difficulty: 2
# summary: On Monday you promised to call Priya back on Thursday at two about a double charge. It is two o'clock on Thursday, and the refund still hasn't gone through. Make the call.
# id: follow-up-call

// Built on "Irate Customers" (call when you said you would, "let him know what you've done,
// what you're working on and what your next step will be"), "Exceptional Customer Service"
// (updates save customers even before the problem is solved) and the ten tips for setting
// expectations ("update them if anything changes").

VAR slips = 0
VAR mood = -1
VAR promised_tomorrow = false

-> opening

=== opening ===
Thursday, 2:00 pm. Your notes from Monday: "Priya Nair. Charged twice for a winter coat, 86.40 each. Refund raised with payments; told her 2 working days. Call back Thursday 2 pm." The refund is still pending. #narration
You dial. #narration #sfx:ring
Hello? #sfx:pickup #mood:worried
* [Hi, this is Lumen Outfitters customer service. Is now a good time to talk about your account? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:follow_up #feedback:She can't tell this is the call she was promised, and she will start explaining it all again. Say who you are and that you are keeping your word. #better:Hi Priya, it's Jordan from Lumen, calling at two as I promised, about the double charge.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  My account? Oh. Is this about the coat? I rang on Monday, I was charged twice... #mood:worried
  -> status
* [Hi Priya, it's Jordan from Lumen, calling at two as I promised, about the double charge. #empathy:0 #ownership:1 #expectations:1 #trigger:none #technique:follow_up #feedback:You called when you said you would and named the case, so she doesn't have to repeat a word. "Irate Customers": whatever your commitment has been, keep it.]
  ~ mood = MIN(mood + 1, 5)
  Oh! You actually called. Nobody ever actually calls. #mood:calm
  -> status
* [Hi Priya, Jordan from Lumen here. Good news: your refund is all sorted! #empathy:0 #ownership:0 #expectations:-1 #trigger:none #technique:follow_up #feedback:It isn't sorted: the money has not been released. Good news that turns out false costs you the trust the callback was meant to build. "DO NOT lie to customers just because you want to make them feel good." #better:Hi Priya, it's Jordan from Lumen, calling at two as I promised, about the double charge.]
  ~ slips += 1
  ~ mood = MIN(mood + 1, 5)
  Oh, brilliant! Because I looked this morning and it wasn't there yet. #mood:pleased
  -> status

=== status ===
So has the money gone back on my card? #mood:calm
* [Honestly, I don't know. I'd have to check with payments and see. #empathy:0 #ownership:-1 #expectations:0 #trigger:i_dont_know #technique:bad_news #feedback:You had three days to find out, and she can hear it. Say what has been done, what is in progress and what happens next. #better:Not yet, I'm sorry. I sent payments the bank's reference Tuesday; they release it today.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  You don't know? Then why are you calling me? #mood:annoyed
  -> when
* [Not yet, I'm so sorry. Our payments team has been really slow this week and hasn't touched it. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #technique:bad_news #feedback:To Priya there is no "payments team", only Lumen. Blaming a colleague makes the company look disorganised and you powerless. #better:Not yet, I'm sorry. I sent payments the bank's reference Tuesday; they release it today.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  Great. So nobody's even looked at it. #mood:annoyed
  -> when
* [Not yet, I'm sorry. I sent payments the bank's reference Tuesday; they release it today. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:bad_news #feedback:The bad news first, then what you did and what happens today. "Let him know what you've done, what you're working on and what your next step will be."]
  {
  - mood >= 1:
    ~ mood = MAX(mood - 2, -5)
    Not yet? You just told me it was sorted! #mood:annoyed
  - else:
    Oh. Okay. At least something's happening. #mood:worried
  }
  -> when

=== when ===
So when will I actually see it? My rent goes out on the 1st. #mood:worried
* [Don't worry, I'll make sure it's back in your account by tomorrow morning. I'll chase it today. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:expectations_timeline #feedback:You don't control the bank, and its usual time is 3 to 5 working days. A promise you can't keep resets nothing: it is the next broken promise. #better:Released today, then the bank takes 3 to 5 working days: next Wednesday. Does that work for your rent?]
  ~ slips += 1
  ~ promised_tomorrow = true
  ~ mood = MIN(mood + 1, 5)
  Tomorrow! Oh, that's a relief. #mood:relieved
  -> trust
* [Released today, then the bank takes 3 to 5 working days: next Wednesday. Does that work for your rent? #empathy:1 #ownership:0 #expectations:2 #trigger:none #technique:expectations_timeline #feedback:A realistic date, the reason for it, and a check against what she told you matters: the 1st. The ten tips: be realistic with your timelines and update them if anything changes.]
  Wednesday. That's before the 1st. Okay. #mood:calm
  -> trust
* [It's with the bank now, so to be honest it's really up to them how long it takes to arrive. #empathy:0 #ownership:-1 #expectations:-1 #trigger:hands_tied #technique:expectations_timeline #feedback:"Up to them" hands her worry back to her with no date. You know the bank's usual time: say it. #better:Released today, then the bank takes 3 to 5 working days: next Wednesday. Does that work for your rent?]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  Up to them. Right. #mood:annoyed
  -> trust

=== trust ===
{
- promised_tomorrow:
  Only, you'll understand, you told me "two days" on Monday, too. #mood:worried
- else:
  It's just, you told me "two days" on Monday. Why should I believe you this time? #mood:annoyed
}
* [I'm so sorry, I completely understand how frustrating that is, but these things take time. #empathy:1 #ownership:-1 #expectations:0 #trigger:whatever #technique:ownership #feedback:"These things take time" waves away a broken promise. Own it: say it shouldn't have happened and that you are staying on it. #better:You shouldn't have had to wait, and I'm sorry. I'll personally see this through until it's back.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  They do seem to, with you. #mood:annoyed
  -> close
* [You shouldn't have had to wait, and I'm sorry. I'll personally see this through until it's back. #empathy:1 #ownership:2 #expectations:0 #trigger:none #technique:ownership #feedback:An apology for the wait and a personal commitment to see it through. "The Value of Ownership": I've noted all the details in your file and will oversee this case.]
  ~ mood = MIN(mood + 1, 5)
  Okay. Thank you. That does help. #mood:calm
  -> close
* [You could always ring your bank yourself, if you'd like to try chasing it a bit faster from your end. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:ownership #feedback:Chasing the refund is your job, not hers. Handing it to her tells her nobody at Lumen owns it. #better:You shouldn't have had to wait, and I'm sorry. I'll personally see this through until it's back.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Chase it myself? You charged me twice! #mood:angry
  -> close

=== close ===
* [Thanks so much for your patience. Someone from our payments team will be in touch with you about it soon. #empathy:1 #ownership:0 #expectations:0 #trigger:none #technique:follow_up #feedback:You just handed the case to "someone". She has your name now; keep it yours, with a day for the next update. #better:Thanks for bearing with me. I'll text you Monday once it's released, and call Wednesday if it's not in.]
  ~ slips += 1
  Someone. Okay. #mood:worried
  -> wrap
* [If it still hasn't arrived in a week or so, just give us a call back. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:follow_up #feedback:This makes her the one who follows up, with a vague "week or so". You promised to own it; say when you will check. #better:Thanks for bearing with me. I'll text you Monday once it's released, and call Wednesday if it's not in.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  So I'm chasing you again. Fine. #mood:annoyed
  -> wrap
* [Thanks for bearing with me. I'll text you Monday once it's released, and call Wednesday if it's not in. #empathy:1 #ownership:1 #expectations:2 #trigger:none #technique:follow_up #feedback:You thanked her and set the next two check-ins, each with a day. "Follow Up. The follow-up is the most important part."]
  ~ mood = MIN(mood + 1, 5)
  Monday and Wednesday. Thank you, Jordan. Really. #mood:relieved
  -> wrap

=== wrap ===
{
- mood <= -3 || slips >= 3:
  She hangs up. By the evening she has disputed both charges with her bank and closed her store account. #narration #sfx:hangup
  #outcome:lost
  -> END
- slips == 2:
  -> edge
- promised_tomorrow:
  She rings off happy. Your notes now say "refund tomorrow"; the bank's usual time is five working days. #narration #sfx:hangup
  #outcome:follow_up
  -> END
- else:
  #outcome:follow_up
  -> END
}

=== edge ===
Honestly, Jordan, I'm starting to think I should just dispute it with my bank. #mood:worried
* [I understand. I'm sorry it's dragged on. I'll text you Monday when it's released, whatever happens. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:follow_up #feedback:No argument about the dispute: an apology and a firm next update. It gives her a reason to wait for Monday.]
  ~ mood = MAX(MIN(mood + 2, 5), -2)
  Monday, then. Please don't forget. #mood:worried
  #outcome:follow_up
  -> END
* [If you'd like to make a complaint, I can put you through to my supervisor now. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:follow_up #feedback:She didn't ask for a supervisor; she asked, in effect, whether you will see this through. Handing her up the line says no. #better:I understand. I'm sorry it's dragged on. I'll text you Monday when it's released, whatever happens.]
  You put her through to the supervisor queue. #narration #sfx:hold
  #outcome:escalated
  -> END
* [That's up to you, but a dispute would only slow the refund down even more. #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:follow_up #feedback:It may be true, and it sounds like a warning not to complain. Own the delay and commit to the next update instead. #better:I understand. I'm sorry it's dragged on. I'll text you Monday when it's released, whatever happens.]
  Right. Well, we'll see. #mood:annoyed
  She hangs up, and disputes both charges that evening. #narration #sfx:hangup
  #outcome:lost
  -> END
