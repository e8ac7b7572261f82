# title: The Viral Post
# customer: Jade Okoro
# channel: social
# difficulty: 3
# summary: Jade has posted, in public, that her parcel has been "out for delivery" three times and never came. Others are piling on. Reply in public with empathy and ownership, take the details to a private message, and never argue where everyone can see.
# id: public-complaint

// Built on the social-media tips ("Don't have lengthy conversations through social media",
// "Arguments on social media are always a lose"), the advice on negative reviews ("Could you
// please send us a private message with your contact details so we can get in touch
// directly?") and "Why Customer Care Interactions Should Transcend The Phone Line".

VAR slips = 0
VAR mood = -3

-> opening

=== opening ===
A mention lands in the SwiftCart Care inbox. #narration #sfx:chime
@SwiftCart third time my parcel has said "out for delivery" and never turned up. Took a day off work for it. Worst service ever. Don't shop here. #mood:angry
The post has 214 likes. #narration
* [I understand, Jade, and I'm sorry, but our tracking shows the driver did attempt delivery, so that's not accurate. #empathy:0 #ownership:0 #expectations:0 #trigger:youre_wrong #technique:acknowledge_apologise #feedback:Correcting a customer in public is an argument, and everyone watching takes her side. "Arguments on social media are always a lose." Whatever the tracking says, check it in private. #better:Jade, three wasted days off isn't okay. We're sorry. DM us your order number and I'll fix it.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Attempted?! I was IN. All day. Now they're calling me a liar in public. #mood:furious
  Three people quote the reply: "SwiftCart gaslighting customers now." #narration
  -> pile_on
* [Hi Jade, please see our FAQ page on missed deliveries for your options. #empathy:-1 #ownership:-1 #expectations:0 #trigger:not_my_job #technique:acknowledge_apologise #feedback:A link in reply to a public complaint tells everyone you didn't read it. Acknowledge it, own it, and take the details private. #better:Jade, three wasted days off isn't okay. We're sorry. DM us your order number and I'll fix it.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  An FAQ. Thanks, SwiftCart, very helpful. #mood:angry
  -> pile_on
* [Jade, three wasted days off isn't okay. We're sorry. DM us your order number and I'll fix it. #empathy:2 #ownership:1 #expectations:0 #trigger:none #technique:acknowledge_apologise #feedback:In public: her loss named, an apology, ownership, and the details moved somewhere private. Short enough that everyone reads all of it.]
  ~ mood = MIN(mood + 1, 5)
  Hm. Okay. We'll see. #mood:annoyed
  -> pile_on

=== pile_on ===
@mo_bakes replies: "lol they'll say DM us and then ghost you, same as me in March." #narration
Exactly. Why should I DM you? Answer me here, where everyone can see. #mood:annoyed
* [We're so sorry, Jade. Deliveries are handled by our courier partner, FastLane, so they're the ones to ask. #empathy:0 #ownership:-1 #expectations:0 #trigger:blame_others #technique:dont_blame #feedback:Pointing at the courier, in public, tells every reader that SwiftCart doesn't own its deliveries. To Jade it is all SwiftCart. #better:Fair ask. I'll post the fix here once it's booked; DM just keeps your address private.]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  So it's nobody's fault. Brilliant. #mood:furious
  -> dm
* [Fair ask. I'll post the fix here once it's booked; DM just keeps your address private. #empathy:0 #ownership:1 #expectations:1 #trigger:none #technique:dont_blame #feedback:You answered her in public, promised a public update, and gave the reason for going private. No argument with anyone.]
  ~ mood = MIN(mood + 1, 5)
  Fine. DMing now. #mood:annoyed
  -> dm
* [@mo_bakes that's not fair: we reply to every DM within 24 hours. #empathy:-1 #ownership:0 #expectations:0 #trigger:youre_wrong #technique:dont_blame #feedback:Now you are arguing with a second customer in front of the first. Even if you are right, it looks defensive, and the thread grows. Answer Jade, not the pile-on. #better:Fair ask. I'll post the fix here once it's booked; DM just keeps your address private.]
  ~ slips += 1
  ~ mood = MAX(mood - 1, -5)
  @mo_bakes replies: "lol 'we did reply'. ok." The thread gets longer. #narration
  Can we talk about MY parcel? #mood:angry
  -> dm

=== dm ===
A private message arrives. #narration #sfx:chime
Order SC-48812. I took Tuesday off. It said out for delivery 8 to 6. Nothing. No card, no call. Same thing the two Tuesdays before. #mood:annoyed
* [Thanks. So: SC-48812, out for delivery three Tuesdays, no card, and a day off lost. Is that right? #empathy:2 #ownership:0 #expectations:0 #trigger:none #technique:listen_reflect #feedback:You said it back in her words, every detail, so she knows she won't have to explain it again. "Repeat what they said back to them using their words."]
  ~ mood = MIN(mood + 1, 5)
  Yes. Exactly that. #mood:annoyed
  -> fix
* [Got it, thank you so much, Jade. I'll look into it for you and get back to you as soon as I can. #empathy:0 #ownership:1 #expectations:-1 #trigger:none #technique:listen_reflect #feedback:Polite, but it could be a reply to anyone: nothing shows you read her message, and "as soon as I can" is no time. Repeat the key facts back first. #better:Thanks. So: SC-48812, out for delivery three Tuesdays, no card, and a day off lost. Is that right?]
  ~ slips += 1
  Okay... #mood:annoyed
  -> fix
* [Are you sure you were in, though? Our drivers do sometimes miss a quiet doorbell, I'm afraid. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #technique:listen_reflect #feedback:She has told you she was in, three times. Suggesting it was her doorbell is blaming her, and screenshots of DMs travel. #better:Thanks. So: SC-48812, out for delivery three Tuesdays, no card, and a day off lost. Is that right?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Wow. Screenshotting this. #mood:furious
  -> fix

=== fix ===
The parcel is back at the depot. You can book a named-day delivery with a two-hour slot, or a locker collection from today. #narration
So what happens now? #mood:annoyed
* [I'll personally make sure it's with you first thing tomorrow morning, Jade, guaranteed, whatever it takes. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:expectations_timeline #feedback:A guarantee you don't control, after three broken ones. If tomorrow fails too, the next post writes itself. Offer what you can actually book. #better:I've booked Saturday 9 to 11, with a text beforehand, or a locker from 4 today. Which suits?]
  ~ slips += 1
  Guaranteed. Okay. I'll hold you to that. #mood:worried
  -> close
* [I've booked Saturday 9 to 11, with a text beforehand, or a locker from 4 today. Which suits? #empathy:0 #ownership:1 #expectations:2 #trigger:none #technique:expectations_timeline #feedback:Two real options, each with a time, and the choice is hers. "Communicate timelines clearly."]
  ~ mood = MIN(mood + 2, 5)
  Saturday 9 to 11 works. Thank you. #mood:calm
  -> close
* [Honestly, I don't know why it keeps failing like this. Hopefully it does turn up this time round for you. #empathy:0 #ownership:-1 #expectations:-1 #trigger:i_dont_know #technique:expectations_timeline #feedback:"I don't know" and "hopefully" after three failures tells her nothing will change. Find out what you can book and say when. #better:I've booked Saturday 9 to 11, with a text beforehand, or a locker from 4 today. Which suits?]
  ~ slips += 1
  ~ mood = MAX(mood - 2, -5)
  Hopefully. Great. #mood:angry
  -> close

=== close ===
{
- slips >= 3:
  She stops replying. By evening her post has two thousand shares and a news site has picked it up. #narration
  #outcome:lost
  -> END
- slips == 2 || mood <= -3:
  -> edge
}
-> public_close

=== edge ===
I'm leaving the post up. People should know what you're like. #mood:angry
* [That's fair. I'm sorry, Jade. I'll message you Saturday at 11 to check it arrived. #empathy:1 #ownership:1 #expectations:1 #trigger:none #technique:follow_up #feedback:No argument about her post; an apology and a follow-up with a time. It is the one thing that might still change her mind.]
  ~ mood = MIN(mood + 2, 5)
  ...We'll see on Saturday. #mood:annoyed
  -> public_close
* [Please could you take the post down now that we're helping you? It's really hurting the team. #empathy:-1 #ownership:-1 #expectations:0 #trigger:none #technique:follow_up #feedback:Asking her to protect your reputation turns her complaint into your problem. Her post is hers; earn the update. #better:That's fair. I'm sorry, Jade. I'll message you Saturday at 11 to check it arrived.]
  Hurting the TEAM? Screenshotting that too. #mood:furious
  She posts the screenshot. It gets more likes than the first one. #narration
  #outcome:lost
  -> END
* [I'll pass this to our social media manager, who'll be in touch about your post. #empathy:0 #ownership:-1 #expectations:0 #trigger:none #technique:follow_up #feedback:She is talking to you; handing her to a manager because of her post tells her the post is what you care about. Own the fix and the follow-up yourself. #better:That's fair. I'm sorry, Jade. I'll message you Saturday at 11 to check it arrived.]
  So now I'm a PR problem. Okay. #mood:angry
  The case goes to the social media manager's queue. #narration
  #outcome:escalated
  -> END

=== public_close ===
Back on the public thread, her post is still up, with 40 replies. #narration
* [As you can all see, we did sort it out in the end, so "worst service ever" was maybe a bit much, Jade. #empathy:-1 #ownership:0 #expectations:0 #trigger:blame_customer #technique:thank_customer #feedback:A victory lap in public undoes the whole fix. Thank her and state the fix; let readers draw their own conclusion. #better:Thanks for your patience, Jade. Redelivery's booked: Saturday, 9 to 11. Sorry again for the lost day.]
  ~ slips += 1
  ~ mood = MAX(mood - 3, -5)
  A bit much?! Unbelievable. #mood:furious
  -> wrap
* [Thanks for your patience, Jade. Redelivery's booked: Saturday, 9 to 11. Sorry again for the lost day. #empathy:2 #ownership:1 #expectations:1 #trigger:none #technique:thank_customer #feedback:You closed the loop in public, where the complaint was, with thanks, the fix and an apology. Everyone reading sees it handled.]
  ~ mood = MIN(mood + 1, 5)
  Jade edits her post: "Update: SwiftCart sorted it in DMs. Saturday. We'll see, but credit where due." #mood:calm
  -> wrap
* [Glad that's all sorted now! Everyone else with an issue, please do DM us and we'll be happy to help. #empathy:0 #ownership:0 #expectations:0 #trigger:none #technique:thank_customer #feedback:Her thread became your noticeboard, and the readers never learn what was fixed or that you are sorry. Thank her and name the fix. #better:Thanks for your patience, Jade. Redelivery's booked: Saturday, 9 to 11. Sorry again for the lost day.]
  Nobody likes the reply. Jade's post stays as it was. #narration
  -> wrap

=== wrap ===
{
- slips >= 3 || mood <= -3:
  Jade replies once more: "Saturday had better happen." Her post stays up, angrier than before. #narration
  #outcome:lost
  -> END
- else:
  #outcome:follow_up
  -> END
}
