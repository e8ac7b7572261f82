# title: The Lunch Rush
# customer: Luis Ortega
# channel: phone
# difficulty: 3
# summary: Luis runs a café, and half his card payments have failed since this morning. The queue is out of the door and the fix needs a terminals specialist. Hand him over warmly, so he never has to repeat himself.
# id: warm-escalation

// Built on "Understanding Emotional Triggers" ("Let me connect you with someone who can help
// solve this problem effectively"), "How To Align Your Customer Service With Your Company's
// Values" ("There are few things customers hate more than having to repeat themselves") and
// the five-step model's "communicating who will be involved and how the process will proceed".

VAR slips = 0
VAR mood = -2
VAR briefed = false

-> opening

=== opening ===
The phone rings. #narration #sfx:ring
You pick up: "Paylink merchant support, this is Kit." #narration #sfx:pickup
Half my card payments are failing! Contactless, since about eight this morning. I've restarted the machine twice. It's lunch, I've got a queue out of the door and people are walking out. Luis Ortega, Ortega's Café. #mood:angry
* [So: contactless failing about half the time since eight, two restarts, and your lunch rush has started. Is that right? #empathy:2 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #feedback:Every fact he gave you, said back in one breath, checked. He knows he won't need to say it again, and so does the specialist you may need. "Repeat what they said back to them using their words."]
  ~ mood = MIN(mood + 1, 5)
  Yes. Exactly. Please tell me you can fix it. #mood:worried
  -> diagnosis
* [I'm so sorry, I can hear how stressful this is, but let's all calm down, sir, and figure it out together. #empathy:0 #ownership:0 #expectations:0 #trigger:calm_down #technique:listen_reflect #feedback:He is losing customers by the minute; "calm down" tells him that doesn't count. Show him you heard the facts instead. #better:So: contactless failing about half the time since eight, two restarts, and your lunch rush has started. Is that right?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Calm down? I'm watching money walk out of the door! #mood:furious
  -> diagnosis
* [I don't know much about these terminals myself, to be honest. Have you tried restarting it at all? #empathy:-1 #ownership:-1 #expectations:0 #trigger:i_dont_know #technique:listen_reflect #feedback:He told you he restarted it twice, and "I don't know" with nothing after it leaves him alone with the queue. Reflect, then find out. #better:So: contactless failing about half the time since eight, two restarts, and your lunch rush has started. Is that right?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  I just SAID I restarted it. Twice. #mood:furious
  -> diagnosis

=== diagnosis ===
Your screen shows his terminal, T-4471, flagged with a firmware fault. Only the terminals team can push a fix. Hana is on shift. #narration
So? Can you fix it or not? #mood:angry
* [This is a terminals issue, so it's not something I can help with, I'm afraid. I'll transfer you. #empathy:0 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:warm_escalation #feedback:"Not something I can help with" is the cold transfer's opening line: he hears that nobody owns his problem, and he will start again from the beginning. #better:It needs our terminals specialist, Hana. I'll brief her and stay on to introduce you: two minutes.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  -> cold_transfer
* [It needs our terminals specialist, Hana. I'll brief her and stay on to introduce you: two minutes. #empathy:0 #ownership:2 #expectations:2 #trigger:none #technique:warm_escalation #feedback:Who (Hana), what (you brief her, you stay on the line) and when (two minutes). "Acknowledgment and willingness include communicating who will be involved and how the process will proceed."]
  ~ mood = MIN(mood + 1, 5)
  Two minutes. Okay. Go. #mood:worried
  -> briefing
* [Let me put you through to the right department for this. They'll get it all sorted out for you in no time. #empathy:0 #ownership:1 #expectations:-1 #trigger:none #technique:warm_escalation #feedback:Friendly, and still a cold transfer: no name, no brief, and "in no time" is a promise you can't see from here. He will repeat everything to a stranger. #better:It needs our terminals specialist, Hana. I'll brief her and stay on to introduce you: two minutes.]
  ~ slips += 1
  -> cold_transfer

=== cold_transfer ===
You transfer him to the terminals queue and take your next call. #narration #sfx:hold
Fourteen minutes later Hana picks up. Luis explains it all again, from eight o'clock onwards. Then she transfers him back to you to close the case. #narration
That's fourteen minutes of lunch I'll never get back. And I had to tell her everything again. #mood:furious
~ mood = MAX(mood - 1, -5)
-> update

=== briefing ===
You put Luis on a short hold and reach Hana on the terminals line. #narration #sfx:hold
Hana picks up: "Hana here, terminals. What've you got?" #narration
* [Hi Hana, sorry to bother you, I've got a café owner here with a card machine problem. Can you take him for me? #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:warm_escalation #feedback:A thin brief is a cold transfer with extra steps: Hana will have to ask Luis everything again. Give her the name, the terminal, what happened and what was tried. #better:Hana: Luis Ortega, Ortega's Café, terminal T-4471. Contactless failing half the time since eight, two restarts, lunch rush now.]
  ~ slips += 1
  -> intro
* [Hana, I've got a really angry one for you, I'm afraid, sorry. Good luck with him, he's all yours now! #empathy:-1 #ownership:-1 #expectations:0 #trigger:blame_customer #technique:warm_escalation #feedback:Describing the customer instead of the problem sets Hana against him before she starts, and tells her nothing she can fix. #better:Hana: Luis Ortega, Ortega's Café, terminal T-4471. Contactless failing half the time since eight, two restarts, lunch rush now.]
  ~ slips += 1
  -> intro
* [Hana: Luis Ortega, Ortega's Café, terminal T-4471. Contactless failing half the time since eight, two restarts, lunch rush now. #empathy:0 #ownership:1 #expectations:0 #trigger:none #technique:warm_escalation #feedback:Everything Hana needs, in one breath: who, which terminal, what, since when, what was tried, and why it is urgent. Luis will never repeat a word.]
  ~ briefed = true
  -> intro

=== intro ===
{
- briefed:
  Hana: "Got all that. The T-4471s had a bad update overnight. Put him on." #narration
- else:
  Hana: "Okay, put him on. I'll need the details from him." #narration
}
You bring Luis back on the line with Hana. #narration #sfx:pickup
* [Okay, Luis, you're through to Hana now, she'll look after you from here on. Bye for now, and good luck! #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:warm_escalation #feedback:You dropped off before the introduction was done, and you own the case. Stay on until he and the specialist are talking about the fix. #better:Luis, this is Hana from our terminals team. She has everything you told me; no need to repeat it.]
  ~ slips += 1
  -> handled
* [Luis, this is Hana from our terminals team. She has everything you told me; no need to repeat it. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:warm_escalation #feedback:The warm introduction: a name, a role, and the promise that he won't repeat himself, kept because you briefed her. "There are few things customers hate more than having to repeat themselves."]
  {
  - briefed:
    ~ mood = MIN(mood + 2, 5)
    Oh, thank God. Okay. Hi, Hana. #mood:relieved
  - else:
    Hana asks him to start from the beginning anyway. He sighs, loudly. #narration
  }
  -> handled
* [Luis, I'm passing you over to Hana now. Please explain the problem to her from the start. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:warm_escalation #feedback:You had the whole story and you asked him to tell it again, in the middle of his rush. Hand over what you know. #better:Luis, this is Hana from our terminals team. She has everything you told me; no need to repeat it.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  From the START? I've told you all of it! #mood:furious
  -> handled

=== handled ===
Hana pushes a fix to the terminal. It needs twenty minutes to install; chip and PIN keeps working meanwhile. She hands back to you to close the case. #narration
-> update

=== update ===
Twenty minutes. In the middle of lunch. #mood:annoyed
* [The last manufacturer update caused this, so honestly it's on them, not on us at Paylink, I'm afraid. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #technique:follow_up #feedback:He pays Paylink; who wrote the bad update is not his problem. Own it and tell him what happens next. #better:Chip and PIN still works while it installs. I'll call you at 1:30 today to check contactless is back.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  I don't care whose it is. -> wrap
* [I'm so sorry, I completely understand how frustrating that is, but there's nothing more I can do until it installs. #empathy:1 #ownership:-1 #expectations:0 #trigger:hands_tied #technique:follow_up #feedback:There is: tell him what still works and when you will check. "Nothing more I can do" leaves him watching the screen. #better:Chip and PIN still works while it installs. I'll call you at 1:30 today to check contactless is back.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  Great. -> wrap
* [Chip and PIN still works while it installs. I'll call you at 1:30 today to check contactless is back. #empathy:0 #ownership:1 #expectations:2 #trigger:none #technique:follow_up #feedback:What he can do right now, and a follow-up with a time. You keep the case until it is fixed, even though someone else did the fix.]
  ~ mood = MIN(mood + 1, 5)
  Chip and PIN. Right, I'll tell them. Half one. Thanks, Kit. -> wrap

=== wrap ===
{
- slips >= 3:
  He hangs up to serve the queue. By evening he has asked his bank about switching card providers. #narration #sfx:hangup
  #outcome:lost
  -> END
- slips == 2 || mood <= -3:
  -> edge
- else:
  #outcome:follow_up
  -> END
}

=== edge ===
Honestly? I'm thinking about switching providers after today. #mood:angry
* [I understand, and I'm sorry today went like this. I'll call at 1:30, and we'll go from there. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:follow_up #feedback:You didn't argue or plead: an apology and a commitment with a time. It gives him a reason to wait and see.]
  ~ mood = MAX(MIN(mood + 2, 5), -2)
  ...1:30, then. #mood:annoyed
  #outcome:follow_up
  -> END
* [That's your decision, of course, Luis. There's a cancellation form on our website if you need it. #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:follow_up #feedback:He told you he is close to leaving and you showed him the door. Own how the call went and give him a reason to stay. #better:I understand, and I'm sorry today went like this. I'll call at 1:30, and we'll go from there.]
  He hangs up, and the form is filled in by the evening. #narration #sfx:hangup
  #outcome:lost
  -> END
* [I'll ask my supervisor to give you a call about that later this week. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:follow_up #feedback:He is telling you how today felt, not asking for a manager. Passing it up the line says nobody here will own it. #better:I understand, and I'm sorry today went like this. I'll call at 1:30, and we'll go from there.]
  Later this week. Right. #mood:angry
  You log a supervisor callback and close your part of the case. #narration
  #outcome:escalated
  -> END
