# Convene UI strings: English (the fallback for every other language).
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.

language-name-self = English
skip-to-content = Skip to content
nav-main = Main
nav-languages = Languages
nav-home = Home
footer-contact = Contact
# A label before its value (the colon as the language spaces it).
label-colon = { $label }:
footer-organiser = Organiser: { $organiser }
footer-powered = Powered by Convene

home-upcoming = Coming up
home-past = Past editions
home-no-events = No event has been announced yet.
home-read-more = Details and times

event-organiser = Organiser: { $organiser }
event-when-heading = Date and time
event-doors-open = Entry to the hall from { $time }
event-starts = Starts at { $time }
event-ends = Ends at { $time }
event-in-zone = { $time } { $zone }
event-calendar-gregorian = Gregorian calendar
event-calendar-hijri = Hijri calendar
event-your-time-heading = In your time zone
event-zone-label = Your time zone
event-zone-apply = Show my times
event-zone-hint = Times below are shown in { $zone }.
event-cities-heading = Times in our chapters' cities
table-city = City
table-date = Date
table-doors = Doors open
table-start = Starts
table-end = Ends
countdown-doors = Doors open in { $duration }.
countdown-open = The hall is open now.
countdown-ended = This edition has ended.
duration-days = { $count ->
    [one] { $shown } day
   *[other] { $shown } days
}
duration-hours = { $count ->
    [one] { $shown } hour
   *[other] { $shown } hours
}
duration-minutes = { $count ->
    [one] { $shown } minute
   *[other] { $shown } minutes
}
event-places-heading = Places
places-limited = { $count ->
    [one] Limited: { $shown } place
   *[other] Limited: { $shown } places
}
places-left = { $count ->
    [zero] No places left
    [one] { $shown } place left
   *[other] { $shown } places left
}
event-languages-heading = Languages
event-proceedings = Proceedings in { $language }
event-interpretation = Interpretation into { $languages }
event-captions = Captions in { $languages }
event-eligibility-heading = Who can take part
event-trailer-heading = Trailer
event-video-fallback = Your browser cannot play this video here.
event-video-download = Download the video
event-programme-heading = Programme
segment-opening = Opening
segment-dialogue = Dialogue { $number }
segment-video = Video { $number }
segment-interactive = Interactive session
segment-conclusion = Conclusion
segment-length = { $count ->
    [one] { $shown } minute
   *[other] { $shown } minutes
}
segment-recording = Recording
segment-speakers-list = { $count ->
    [one] Speaker
   *[other] Speakers
}: { $names }
event-speakers-heading = Speakers
event-chapters-heading = Chapters taking part
event-hashtags-heading = Follow and share
share-x = Share on X
share-facebook = Share on Facebook
share-telegram = Share on Telegram
share-whatsapp = Share on WhatsApp
event-about-heading = About the conference
event-other-languages = Follow the campaign in other languages
event-not-translated = This event has no text in { $language } yet; it is shown in { $fallback }.
event-past-notice = This edition took place on { $date }. Recordings of every segment are below.
event-recordings-heading = Recordings

error-busy-text = Too many open connections right now. Please try again in a few seconds.
error-not-found-title = Page not found
error-not-found-text = There is no page at this address. The link may be mistyped, or the page may have moved.
error-bad-request-title = This address could not be understood
error-bad-request-text = Part of the address is not valid: { $detail }
error-internal-title = Something went wrong on our side
error-internal-text = The problem has been recorded. Please try again in a moment.
error-unavailable-title = We cannot save anything right now
error-unavailable-text = Nothing you sent has been stored. Please send it again in a few seconds; if this keeps happening, the organisers have been alerted.
error-back-home = Go to the home page

lang-en = English
lang-ar = Arabic
lang-ur = Urdu
lang-tr = Turkish
lang-id = Indonesian
lang-fr = French


## Registration pages
register-heading = Register for { $event }
register-open-until = Registration is open until { $closes }.
register-name = Your name
register-email = Your e-mail address
register-email-hint = We send a confirmation link to this address. Only a confirmed registration holds a place.
register-country = Country you live in
register-language = Language for our e-mails
register-zone = Your time zone (for the times in our e-mails)
register-consent = I agree that the organisers keep my name, e-mail address and country to run this conference, and delete them afterwards.
register-submit = Register
register-link = Register for a place
registration-opens-notice = Registration opens on { $date } at { $time }.
registration-open-notice = Registration is open until { $date } at { $time }.
registration-closed-notice = Registration closed on { $date }.
event-live-notice = The conference is on now. Registered attendees enter the hall with the personal link in their e-mail.
register-waitlist-link = Join the waitlist
register-website = Leave this field empty
register-sent-heading = Check your e-mail
register-sent-text = If this address can register, a message with a confirmation link is on its way to it. Your place is held only once you follow that link. Nothing arrived? Check your spam folder, or submit the form again in ten minutes.
register-error-summary = Please correct the following:
register-error-email = Enter an e-mail address such as name@example.org.
register-error-name = Enter your name (at most 200 characters).
register-error-country = Choose the country you live in.
register-error-attestation = Please confirm this to register.
register-error-consent = Please agree so that we can keep your registration.
register-error-session = This form has expired. Please submit it again.
register-error-rate = Too many attempts from your connection. Please try again in { $minutes } minutes.
confirm-heading = Confirm your registration
confirm-text = Press the button to confirm your place at { $event }.
confirm-button = Confirm my place
confirm-done-confirmed = Your place is confirmed. We have sent you an e-mail with your personal link and a calendar file.
confirm-done-waitlisted = All places are taken. You are number { $position } on the waitlist; we will write to you as soon as a place is free.
confirm-expired = This confirmation link has expired. Please register again.
confirm-unknown = This link is not valid. Please use the link from your most recent e-mail.
me-heading = Your registration
me-status-pending = Waiting for your confirmation.
me-status-confirmed = Your place is confirmed.
me-status-waitlisted = You are number { $position } on the waitlist.
me-status-offered = A place is free for you until { $expires }. Accept it to keep it.
me-status-cancelled = You cancelled this registration.
me-status-expired = This registration has expired.
me-accept = Accept the place
me-cancel = Cancel my registration
me-cancel-confirm = Yes, cancel my registration
me-calendar = Add to my calendar (.ics)
me-calendar-heading = Calendar file
me-calendar-not-yet = The calendar file is ready once your place is confirmed.
me-calendar-gone = This registration is no longer active, so it has no calendar entry any more.
me-calendar-back = Back to your registration
me-data-heading = What we keep about you
me-data-name = Name
me-data-email = E-mail address
me-data-country = Country
me-data-language = Language
me-data-zone = Time zone
places-full = All places are taken; new registrations join the waitlist.

## Registration e-mails
mail-greeting = Dear { $name },
mail-signature-greeting = Hello { $name },
mail-when = { $date }, { $time } ({ $zone })
mail-footer = You receive this e-mail because this address was used to register for { $event }. If that was not you, ignore it: nothing is held without confirmation.
register-not-open = Registration opens on { $opens }.
register-closed = Registration is closed.

register-back = Back to the event page
confirm-done-heading = Thank you
confirm-see-registration = See your registration
me-language-save = Save
me-delete = Delete my data
me-delete-text = This cancels your registration and erases your name, e-mail address and country. Your personal link stops working.
me-delete-confirm = Yes, delete my data
me-deleted-heading = Your data is deleted
me-deleted-text = We have cancelled your registration and erased your name, e-mail address and country.

## Publications (issue 4)
nav-posts = Publications
nav-search = Search
home-latest-posts = Latest publications
home-all-posts = All publications
event-latest-posts = Invitations and news about this event
posts-heading = Publications
posts-in-language = in { $language }
posts-page-of = Page { $page } of { $pages }
posts-all-languages = All languages
posts-none = Nothing has been published here yet.
posts-kinds = Kinds of publication
posts-language-filter = Show publications written in
posts-pagination = Pages
posts-newer = Newer
posts-older = Older
posts-feed = Subscribe to this list (Atom feed)
chapter-intro = Our chapter in { $city }, { $country }: its invitations, appeals and news.
hashtag-intro = Publications that carry this hashtag. Copy it or share it with the links below.
hashtag-copy = Copy
hashtag-copied = Copied
post-read-in = Read this in
post-missing-heading = Not available in this language
post-missing-text = This publication has not been published in { $language }. It is available in:
post-about-event = About the event:

## Open letters
letter-signature-count = { $count ->
    [zero] No signatures yet
    [one] { $shown } signature
   *[other] { $shown } signatures
}
letter-goal = { $count ->
    [one] Our goal: { $shown } signature
   *[other] Our goal: { $shown } signatures
}
letter-goal-percent = { $percent }% of the goal
letter-share-heading = Share the letter
letter-sign-heading = Sign this letter
letter-sign-button = Sign the letter
letter-signatories-link = See who has signed
letter-back = Back to the letter
letter-sign-title = Sign: { $letter }
letter-email-hint = We send you a link to confirm your signature. Your address is never shown.
letter-organisation = Organisation (optional)
letter-show-name = Show my name in the public list of signatories
letter-consent = I agree that my name, country and e-mail address are kept to count and, if I chose so, list my signature. I can withdraw it at any time from the link in my e-mail.
letter-sign-submit = Sign
letter-error-organisation = Enter an organisation of at most 200 characters, or leave the field empty.
letter-error-consent = Please agree to how your signature is kept; without it we cannot count it.
letter-sent-heading = Check your e-mail
letter-sent-text = If the address you gave is right, a message with a confirmation link is on its way. Your signature counts once you follow that link.
letter-signatories-title = Signatories: { $letter }
letter-signatories-note = Only people who chose to show their name are listed; everyone is counted.
letter-signatories-none = No one has chosen to be listed yet.
letter-confirm-heading = Confirm your signature
letter-confirm-text = Press the button to confirm your signature. It counts from then on.
letter-confirm-button = Confirm my signature
letter-confirm-unknown = This link is not valid or has expired. Sign the letter again to get a new one.
letter-confirmed-text = Thank you: your signature counts. Your e-mail has a link to withdraw it if you ever wish to.
letter-withdraw-heading = Withdraw your signature
letter-withdraw-text = We hold this about you: { $held }. Withdrawing deletes all of it, and your signature no longer counts.
letter-withdraw-button = Withdraw my signature
letter-withdraw-unknown = This link is not valid, or the signature has already been withdrawn.
letter-withdrawn-text = Your signature is withdrawn and your data is deleted.
mail-signature-footer = You receive this message because this address was used to sign an open letter on { $site }.

## Search
search-heading = Search
search-label = Search the publications and events, in any language
search-submit = Search
search-results = { $count ->
    [zero] Nothing found.
    [one] { $shown } result
   *[other] { $shown } results
}
search-no-words = Type a word to search for.
search-busy = Too many searches from your network. Please try again in { $seconds } seconds.
search-kind-event = Event
posts-count = { $count ->
    [zero] No publications
    [one] { $shown } publication
   *[other] { $shown } publications
}

## The organisers' area (issue 5)
error-forbidden-title = Not allowed
admin-area-name = Organisers' area
admin-nav-dashboard = Overview
admin-nav-registrations = Registrations
admin-nav-posts = Publications
admin-nav-signatures = Signatures
admin-nav-users = People
admin-nav-audit = Audit log
admin-nav-account = My account
admin-logout = Sign out
admin-back = Back to the overview
admin-forbidden-heading = Not allowed
admin-forbidden-text = Your role does not allow this. Ask an owner if you need it.
admin-login-heading = Sign in
admin-email = E-mail address
admin-password = Password
admin-login-submit = Sign in
admin-login-wrong = The e-mail address or the password is not right.
admin-login-wait-seconds = Too many sign-in attempts. Please wait { $seconds } seconds, then try again.
admin-login-wait-minutes = Too many sign-in attempts. Please wait { $minutes } minutes, then try again.
admin-login-rate = Too many sign-in attempts from your network. Please try again in { $minutes } minutes.
admin-code-heading = Two-step sign-in
admin-code-intro = Enter the 6-digit code from your authenticator app, or one of your recovery codes.
admin-code = Code
admin-code-hint = For example 123456, or a recovery code like abcde-fghij.
admin-code-wrong = That code is not right or has been used already.
admin-password-heading = Set your password
admin-password-intro = Choose a password of at least { $min } characters that you do not use anywhere else. A sentence is easy to remember and hard to guess.
admin-password-new = New password
admin-password-again = The same password again
admin-password-submit = Set password
admin-password-mismatch = The two passwords differ. Type the same password twice.
admin-password-short = Use at least { $min } characters.
admin-password-long = Use at most 256 characters.
admin-password-common = This password is on a list of common passwords. Choose another.
admin-password-done = Your password is set. You can now sign in.
admin-password-link-invalid = This link is not valid, has been used or has expired. Ask an owner for a new one.
admin-dash-greeting = Welcome, { $name }
admin-dash-places = Places taken: { $event }
admin-dash-signups-per-day = Sign-ups per day (UTC): { $event }
admin-dash-by-country = Places by country: { $event }
admin-dash-by-language = Places by language: { $event }
admin-dash-signatures = Signatures per open letter
admin-dash-as-table = The same as a table
admin-event = Event
admin-status = Status
admin-status-any = Any status
admin-status-pending = Waiting for confirmation
admin-status-confirmed = Confirmed
admin-status-waitlisted = On the waitlist
admin-status-offered = Offered a place
admin-status-cancelled = Cancelled
admin-status-expired = Expired
admin-search-people = Name, e-mail or country code
admin-filter = Show
admin-registrations-shown = { $shown } shown of { $total }.
admin-export-csv = Export as CSV
admin-name = Name
admin-waitlist = Waitlist
admin-central-office = Central office
admin-posts-intro = Each publication with its languages. Open a language to edit it, or a missing one to translate.
admin-post = Publication
admin-chapter = Chapter
admin-chapter-hint = Only for chapter editors.
admin-languages = Languages
admin-missing = missing
admin-back-posts = Back to the publications
admin-post-public = See it on the site
admin-post-edit-heading = { $post } in { $language }
admin-post-title = Title
admin-post-summary = Summary
admin-post-body = Text (Markdown)
admin-post-body-hint = Paragraphs, **bold**, *italic*, lists and [links](https://example.org). No HTML.
admin-post-preview = Preview
admin-post-save = Save and publish
admin-post-saved = Saved. The public page shows it now.
admin-post-saved-draft = Saved as a draft: not on the public site.
admin-post-saved-scheduled = Saved. It appears on the site by itself at the time set.
admin-post-preview-heading = Preview
admin-post-other-versions = Other languages, to translate from
admin-post-error-title = Give a title of at most 300 characters.
admin-post-error-summary = Give a summary of at most 1,000 characters.
admin-post-error-long = The text is longer than 100 KB; shorten it.
admin-signature-unlisted = not listed
admin-role = Role
admin-role-owner = Owner
admin-role-editor = Editor
admin-role-chapter-editor = Chapter editor
admin-role-moderator = Moderator
admin-actions = Actions
admin-users-add = Add a person
admin-users-change-role = Change role
admin-users-disable = Disable
admin-users-enable = Enable
admin-users-disabled = disabled
admin-users-link-intro = Send { $email } this link privately; with it they set their password. It works once, for 72 hours:
admin-users-error-role = Choose a role; a chapter editor also needs a chapter.
admin-users-error-person = Give a name (at most 200 characters) and a valid e-mail address.
admin-users-error-exists = This address already has an account.
admin-users-error-self = You cannot take away your own owner role or disable yourself.
admin-audit-intro = Every change made here or with the command line, newest first. Nobody can change or delete these lines.
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-subject = About
admin-audit-before = Before
admin-audit-after = After
admin-totp-heading = Two-step sign-in
admin-totp-required = This site requires two-step sign-in for your role. Set it up to continue.
admin-totp-off = Two-step sign-in is off. With it, signing in needs a code from an app on your phone as well as your password.
admin-totp-start = Set up two-step sign-in
admin-totp-scan = Scan this code with an authenticator app, then enter the 6-digit code it shows.
admin-totp-qr = QR code for your authenticator app
admin-totp-secret = Or type this key into the app:
admin-totp-open-app = Open in an authenticator app on this device
admin-totp-confirm = Turn on
admin-totp-on = Two-step sign-in is on.
admin-totp-enabled-now = Two-step sign-in is now on.
admin-recovery-intro = Keep these recovery codes somewhere safe. Each lets you sign in once if you lose your phone. They are shown only now.
admin-sessions-heading = Sessions
admin-logout-everywhere-text = Sign out on every device where you are signed in, including this one.
admin-logout-everywhere = Sign out everywhere
admin-reset-link = Forgot your password?
admin-reset-heading = A new password
admin-reset-intro = Give the address you sign in with. If it has an account, we send it a link to set a new password.
admin-reset-submit = Send the link
admin-reset-sent = If that address has an account, a link to set a new password is on its way. It works once, for two hours.
admin-reset-mail-subject = Set a new password for the organisers' area
admin-reset-mail-body = Someone, probably you, asked for a new password for the organisers' area. The link below works once, for two hours. If it was not you, ignore this mail; your password stays as it is.
admin-reset-mail-action = Set a new password
admin-reset-footer = You receive this because your address has an account in the organisers' area.
admin-post-publishing = Publishing (all languages)
admin-post-date = Publication date
admin-post-date-hint = A date in the future schedules the publication: it appears on that day (UTC).
admin-post-draft = Draft: not on the public site
admin-post-state-draft = A draft: not on the public site.
admin-post-state-public = Public since { $date }.
admin-post-state-scheduled = Scheduled for { $date }.
admin-post-error-date = Give the publication date as a date, e.g. 2026-12-01.
admin-nav-media = Media
admin-media-file = A file
admin-media-hint = Images (PNG, JPEG, WebP; up to 10 MB and 8192 pixels a side), videos (MP4, WebM; up to 200 MB) and captions (WebVTT; up to 1 MB).
admin-media-upload = Upload
admin-media-library = Uploaded
admin-media-none = Nothing uploaded yet.
admin-media-uploaded = Uploaded as { $path }.
admin-media-error-kind = This is not a PNG, JPEG or WebP image, an MP4 or WebM video, or a WebVTT caption file (judged by its content, not its name).
admin-media-error-large = The file is larger than its kind allows; see the limits above.
admin-media-error-dimensions = The image is wider or taller than 8192 pixels, or its size cannot be read.
admin-media-error-missing = Choose a file to upload.
admin-post-media = Image and video (all languages)
admin-post-media-hint = Choose from the uploaded files; upload new ones under
admin-post-image = Image (also the social card)
admin-post-video = Video
admin-post-poster = Poster of the video
admin-post-captions = Captions in { $language }
admin-post-error-media = Choose media from the lists (an image for the image and poster, a video for the video, a WebVTT file for captions); a poster needs a video.
admin-queue-heading = Waiting for a moderator
admin-queue-intro = Signatures from a network that signed more than five times in an hour are kept here: they do not count until approved.
admin-queue-empty = Nothing is waiting.
admin-queue-approve = Approve
admin-queue-remove = Remove
admin-signature-held = held
admin-registration-confirm = Confirm by hand
admin-registration-cancel = Cancel the registration
admin-mail-heading = Mail about this registration
admin-mail-kind = Mail
admin-mail-state = Delivery
admin-mail-sent = delivered { $when }
admin-mail-failing = not delivered yet: { $attempts } attempt(s), last error: { $error }
admin-mail-queued = waiting to be sent
admin-mail-resend = Send again
admin-mail-parked = failed after { $attempts } attempts, last error: { $error }. Retry it under “Mail and jobs”.
admin-mail-skipped = not sent, no longer needed: { $reason }
admin-nav-jobs = Mail and jobs
admin-jobs-intro = Everything the server does in the background goes through this queue: every mail, expiring offers, reminders. A job that failed eight times stops and waits here for you.
admin-jobs-waiting = Waiting to run now
admin-jobs-oldest = Oldest waiting since
admin-jobs-oldest-none = nothing is waiting
admin-jobs-age = { $minutes } min ago
admin-jobs-later = Scheduled for later (retries included)
admin-jobs-failed-heading = Failed jobs
admin-jobs-failed-none = No job has failed.
admin-jobs-kind = Job
admin-jobs-attempts = Attempts
admin-jobs-failed-at = Failed at
admin-jobs-error = Last error
admin-jobs-retry = Try again
admin-nav-settings = Site settings
admin-settings-saved = Saved. The public site shows the new settings now.
admin-settings-contact = Contact address (shown without being written into the pages)
admin-settings-hashtags = Campaign hashtags
admin-settings-hashtags-hint = Separated by spaces, for example #WaterForEveryHome #EveryDropCounts.
admin-settings-calendar = Hijri calendar
admin-settings-hijri = Variant
admin-settings-umm-al-qura = Umm al-Qura
admin-settings-tabular = Tabular (civil)
admin-settings-adjustment = Adjustment in days
admin-settings-adjustment-hint = From −2 to +2, for communities that follow a local moon sighting.
admin-settings-site-name = Site name
admin-settings-organiser = Organiser
admin-settings-tagline = Tagline (one sentence)
admin-settings-arabic-digits = Write numbers with Arabic-Indic digits (٠١٢٣)
admin-settings-save = Save settings
admin-settings-error-contact = Give a valid contact e-mail address.
admin-settings-error-hashtags = Hashtags are letters, digits and _ only, e.g. #EveryDropCounts.
admin-settings-error-adjustment = The adjustment is a whole number from −2 to 2.
admin-settings-error-texts = Give the site name, organiser and tagline in { $language }.
admin-nav-events = Events
admin-event-saved = Saved. The event page and the registration form follow at once.
admin-event-zone = Reference time zone
admin-event-zone-hint = All the times below are clock times in this zone (for example Asia/Riyadh, "Madinah time").
admin-event-doors = Doors open
admin-event-starts = Starts
admin-event-starts-hint = Moving the start moves the whole programme with it.
admin-event-ends = Ends
admin-event-places = Places
admin-event-places-hint = Empty for unlimited. Fewer places take none from anyone; more are offered to the waitlist in order.
admin-event-opens = Registration opens (empty: now)
admin-event-closes = Registration closes (empty: when the event ends)
admin-event-reminders = Reminders, hours before doors open
admin-event-reminders-hint = Separated by commas, each from 1 to 720, for example 24, 1.
admin-event-save = Save the event
admin-event-error-zone = Choose a time zone from the list.
admin-event-error-time = { $field }: give a date and time that exists in the zone (not skipped or repeated by a clock change).
admin-event-error-places = Places are a whole number from 1 to 1,000,000, or empty for unlimited.
admin-event-error-reminders = Reminders are whole numbers of hours from 1 to 720, separated by commas.
admin-event-error-order = Doors open before or when the event starts, and it ends after it starts.
admin-event-error-window = Registration closes after it opens and before the event ends.
admin-event-error-segments = The programme does not fit before the new end; make the event longer or move the end.
admin-outdated = older than another language

## The online hall
hall-event-page = About the conference
hall-reload = Reload for the latest questions and announcements
hall-doors = The hall opens at
hall-ended = The conference has ended. Thank you for taking part.
hall-recordings = Watch the recordings
hall-stream-title = Live stream
hall-stream-open = Open the live stream
hall-no-stream = The live stream will appear here.
hall-channels = Listen in
hall-channel-main = original
hall-channel-rendition = interpretation
hall-channel-audio = interpretation, sound only
hall-channel-video = interpretation, own stream
hall-channel-playing = Playing: { $language } ({ $kind })
hall-channel-sound = Interpretation sound
hall-channel-failed = This channel could not be played; the original is playing.
hall-premiere = Premiere: everyone is watching this video together now.
hall-premiere-play = Play the premiere
hall-live-now = Live now
hall-announcements = Announcements
hall-questions = Questions
hall-ask-label = Your question
hall-ask-language = Language of your question
hall-ask = Send the question
hall-ask-hint = A moderator reads every question before it is shown to everyone. Your name is never shown.
hall-ask-empty = Write your question first.
hall-ask-too-long = Questions can be at most { $max } characters long.
hall-ask-too-many = You have sent several questions in the last few minutes. Please wait a little before sending another.
hall-ask-closed = Questions can be sent while the hall is open.
hall-vote = Me too
hall-voted = You asked this too
hall-question-pending = Waiting for a moderator
hall-question-answered = Answered
hall-question-pinned = Pinned
hall-reconnecting = Connection lost; reconnecting…
hall-revoked = This link no longer opens the hall. Ask the organisers for a new one.
hall-action-failed = That did not work. Check your connection and try again.
hall-attendees = { $count ->
    [zero] Nobody else here yet
    [one] { $shown } person in the hall
   *[other] { $shown } people in the hall
}
hall-enter = Enter the online hall
recordings-heading = Recordings
recordings-none = No recordings yet.
admin-nav-hall = Hall
admin-hall-attendees = People in the hall
admin-hall-pending = Waiting for a decision
admin-hall-pending-empty = No questions are waiting.
admin-hall-asker = who asked
admin-hall-approve = Show to everyone
admin-hall-approve-pin = Show and pin
admin-hall-hide = Hide
admin-hall-shown = Shown to everyone
admin-hall-answered = Mark answered
admin-hall-pin = Pin
admin-hall-unpin = Unpin
admin-hall-hidden = Hidden questions
admin-hall-announcement = Announcement to everyone in the hall
admin-hall-announce = Post the announcement
admin-hall-announcement-empty = Write the announcement first.
admin-hall-announcement-too-long = Announcements can be at most { $max } characters long.
admin-hall-programme = Live segment
admin-hall-following-schedule = The live segment follows the schedule.
admin-hall-chosen-by-hand = The live segment was chosen by hand; it follows the schedule again when the next segment is due.
admin-hall-make-live = Make live now
admin-hall-follow-schedule = Follow the schedule
admin-hall-set-live = Apply
admin-registration-revoke = Revoke the personal link
admin-registration-revoke-hint = Revoking stops the personal link and the hall link at once and closes open hall windows. Re-send the confirmation mail to give the person a new link.
admin-hall-next = Next segment
admin-source-heading = Content file
admin-source-intro = The file as convene import reads it. Check lists every problem with its line; nothing changes until the file has none and you save it.
admin-source-files = Other files
admin-source-check = Check
admin-source-save = Check and save
admin-source-saved = Saved. The public site shows the change now.
admin-source-problems = Nothing was saved: fix these problems first.
admin-source-no-problems = No problems found. Save to publish the change.
admin-source-format = Every file's format is described in docs/content-format.md, which comes with Convene.
admin-source-link-site = Languages, chapters and more, as content files
admin-source-link-event = Segments, speakers, stream and texts, as content files
admin-source-preview = Preview the page
admin-source-preview-banner = Preview of your edit: nothing is saved yet. Close this tab and save in the organisers’ area to publish it.
admin-source-conflict = Someone else saved this file after you opened it. Nothing was saved. Your text is still below: copy your change, open the file again and make it there.
admin-content-conflict = Someone else saved a change to the site while you were editing, so nothing was saved: your change would have undone theirs. What you typed is still below; check it against the current version and save again to put it on top of their change.
admin-content-conflict-latest = The latest change: { $actor }, “{ $action }”, { $subject }.
admin-programme-heading = Programme
admin-programme-link = Edit the programme: segments, times, speakers and titles
admin-programme-back = Times and places
admin-programme-intro = Times are in the event's reference zone, { $zone }. Segments are saved in the order of their start times; they must not overlap and must lie within the event.
admin-programme-new = Add a segment
admin-programme-id = Identifier
admin-programme-id-hint = Lowercase letters, digits and hyphens, such as dialogue-6. It appears in addresses and cannot be changed later.
admin-programme-kind = Kind
admin-programme-kind-opening = Opening
admin-programme-kind-dialogue = Dialogue
admin-programme-kind-video = Video
admin-programme-kind-interactive = Interactive session
admin-programme-kind-conclusion = Conclusion
admin-programme-start = Starts at
admin-programme-minutes = Length in minutes
admin-programme-title = Title
admin-programme-speakers = Speakers
admin-programme-remove = Remove this segment
admin-programme-remove-media = its recording and premiere go with it
admin-programme-save = Check and save the programme
admin-programme-saved = The programme is saved; the public pages show it now.
admin-programme-error-id = Segment { $number }: the identifier may use only lowercase letters, digits and hyphens.
admin-programme-error-row = Segment { $id }: give a kind, a start time and a length of at least one minute.
admin-programme-more = Descriptions, recordings and premieres are edited in the event's file:
admin-speakers-heading = Speakers
admin-speakers-link = Edit the speakers
admin-speakers-intro = Each speaker's name as written in the programme, country and chapter, and in every language of the event her role (and her name, where that language writes it differently). A speaker still named in a segment cannot be removed: take her off the programme first.
admin-speakers-new = Add a speaker
admin-speakers-id-hint = Lowercase letters, digits and hyphens, such as nadia-haddad. The programme refers to her by it; it cannot be changed later.
admin-speakers-name = Name
admin-speakers-chapter = Chapter
admin-speakers-role = Role
admin-speakers-name-in = Name in this language, if written differently
admin-speakers-remove = Remove this speaker
admin-speakers-save = Check and save the speakers
admin-speakers-saved = The speakers are saved; the public pages show them now.
admin-speakers-error-row = Speaker { $number }: give an identifier (lowercase letters, digits and hyphens), a name and a country.

admin-confirm-heading = Remove for good?
admin-confirm-programme = Saving this programme removes the segments below, with their titles in every language. A recording or premiere goes with its segment.
admin-confirm-speakers = Saving removes every speaker of this event:
admin-confirm-audit = What is removed is kept in the audit log, so it can be put back.
admin-confirm-submit = Yes, remove and save
admin-confirm-back = No, back to the form
admin-audit-details = What was removed (JSON, to restore it)

# Mail to people (broadcasts)
admin-nav-mail = Mail to people
admin-mail-new = Write a message
admin-mail-none = No message has been sent yet.
admin-mail-intro = Write the message in the site's default language; other languages are optional, and people whose language has no text get the default one. Every message carries a one-click unsubscribe link.
admin-mail-subject = Subject
admin-mail-body = Message (Markdown)
admin-mail-audience = Audience
admin-mail-event = Event
admin-mail-which = Registrants
admin-mail-which-all = Everyone with or waiting for a place
admin-mail-which-confirmed = Those with a place
admin-mail-which-waitlisted = Those on the waitlist
admin-mail-lang = Only in this language
admin-mail-country = Only from this country
admin-mail-any = Any
admin-mail-audience-all = Everyone registered for { $event }
admin-mail-audience-confirmed = Confirmed registrants of { $event }
admin-mail-audience-waitlisted = The waitlist of { $event }
admin-mail-languages-hint = Preview shows each text as it will look; Count says how many people it reaches; Test sends it to you alone.
admin-mail-preview = Preview
admin-mail-count-button = Count recipients
admin-mail-test = Send a test to me
admin-mail-send = Send to everyone
admin-mail-count = Recipients: { $count } (left out because they unsubscribed: { $unsubscribed }).
admin-mail-confirm-count = Check the number of recipients below, then press "Send to everyone" again to send.
admin-mail-test-sent = A test was sent to { $address }.
admin-mail-test-failed = The test could not be sent: { $error }
admin-mail-sent-by = Sent by
admin-mail-progress = Progress
admin-mail-state-sent = Sent
admin-mail-state-waiting = Waiting
admin-mail-state-skipped = Left out (unsubscribed or no longer registered)
admin-mail-state-failed = Failed
admin-mail-sending = Sending… this page updates by itself.
admin-mail-done = Every message has been handled.
admin-mail-failed-hint = Failed messages are in the job queue, where they can be retried.
admin-mail-back = Back to all messages
admin-mail-error-event = Choose the event whose registrants should receive the message.
admin-mail-error-lang = Choose one of the site's languages, or any.
admin-mail-error-country = Choose a country from the list, or any.
admin-mail-error-default = The message needs a subject and a text in { $lang }, the site's default language.
admin-mail-error-incomplete = The { $lang } text needs both a subject and a message.
admin-mail-error-subject-long = The { $lang } subject is longer than 200 characters.
admin-mail-error-subject-line = The { $lang } subject must fit on one line.
admin-mail-error-body-long = The { $lang } message is longer than 20,000 characters.
admin-mail-error-markdown = The { $lang } message has a problem
admin-mail-error-nobody = Nobody matches this audience, so there is nothing to send.
mail-broadcast-footer = You receive this message because you registered for { $event }.
mail-broadcast-unsubscribe = Unsubscribe from these messages
unsubscribe-heading = Unsubscribe
unsubscribe-text = Press the button to receive no more messages from the organisers about this campaign. Mail about your own registration (confirmations, reminders) still reaches you.
unsubscribe-button = Unsubscribe
unsubscribe-done-heading = You are unsubscribed
unsubscribe-done-text = You will receive no more messages from the organisers about this campaign.
unsubscribe-invalid-heading = This link does not work
unsubscribe-invalid-text = The unsubscribe link is incomplete or was changed. Use the link at the foot of the message exactly as it came.
admin-users-mail-grant = Let send mail to people
admin-users-mail-revoke = Stop from sending mail to people

# Supporters
supporters-heading = Keep me informed
supporters-intro = Hear about the campaign's next steps: new events, open letters, results. We will send you one e-mail to confirm your address first.
supporters-country = Country (optional)
supporters-consent = Keep me informed by e-mail about this campaign's next steps. I can unsubscribe at any time.
supporters-submit = Keep me informed
supporters-error-consent = Tick the box to agree to receive the campaign's e-mail.
supporters-sent-heading = Check your e-mail
supporters-sent-text = If the address is right, a message with a confirmation link is on its way. Nothing is sent to you until you confirm.
supporters-confirm-heading = Confirm your address
supporters-confirm-text = Press the button to start receiving the campaign's news at this address.
supporters-confirm-button = Confirm
supporters-done-heading = Thank you
supporters-done-text = You will hear from us about the campaign's next steps. Every message has a link to unsubscribe.
supporters-invalid-heading = This link does not work
supporters-invalid-text = The confirmation link is incomplete, was changed, or was replaced by a newer one. Ask again from the form if you still want to be kept informed.
supporters-mail-subject = Confirm that you want to hear about the campaign
supporters-mail-body = Someone, probably you, asked to receive news of this campaign at this address. Follow the link to confirm; if it was not you, ignore this mail and nothing more will be sent.
supporters-mail-action = Confirm my address
supporters-mail-footer = You receive this e-mail because this address was given on { $site } to be kept informed.
supporters-keep-informed = Also keep me informed by e-mail about this campaign's next steps (we will ask you to confirm).
admin-nav-supporters = Supporters
admin-supporters-intro = People who asked to be kept informed and confirmed their address. Those still unconfirmed are listed after them and receive nothing.
admin-supporters-confirmed = Confirmed supporters
admin-supporters-pending = Waiting for confirmation
admin-supporters-by-lang = By language
admin-supporters-by-country = By country
admin-supporters-source = Where
admin-supporters-agreed = Agreed to
admin-supporters-erase = Erase
admin-supporters-export = Export as CSV
admin-supporters-none = Nobody yet.
admin-mail-which-supporters = Supporters (everyone who asked to be kept informed)
admin-mail-audience-supporters = Supporters
mail-broadcast-footer-supporter = You receive this message because you asked { $site } to keep you informed.

# Badges for partner sites
badge-places-left = Places left
badge-places-open = open
badge-signatures = Signatures
## Polls in the hall (issue 17)
hall-polls = Polls
hall-poll-open = Open: your vote counts
hall-poll-closed = Closed
hall-poll-vote = Vote
hall-poll-change = Change my vote
hall-poll-your-vote = your vote
hall-poll-votes = { $count ->
    [zero] No votes yet
    [one] { $shown } vote
   *[other] { $shown } votes
}
hall-poll-answer-votes = { $count ->
    [one] { $shown } vote
   *[other] { $shown } votes
}
hall-poll-percent = { $shown }%
hall-poll-choose = Choose an answer first.
hall-poll-closed-refused = This poll is closed: votes are no longer counted. The results stay here.
admin-polls = Polls
admin-polls-intro = Prepare a poll for a segment, open it when the moment comes, close it when enough people have voted. Attendees vote once and can change their vote until you close the poll; closed polls stay in the hall with their results.
admin-polls-back = Back to the hall
admin-polls-none = No polls yet.
admin-polls-new = New poll
admin-polls-segment = Segment
admin-polls-language = In { $lang }
admin-polls-question = Question
admin-polls-options = Answers, one per line (2 to 8)
admin-polls-languages-hint = Write the poll in { $lang } at least; attendees whose language is left empty read it in { $lang }. Every language needs the same answers in the same order.
admin-polls-create = Save as a draft
admin-polls-open = Open to everyone
admin-polls-close = Close the poll
admin-polls-export = Results as CSV
admin-polls-status-draft = Draft (only moderators see it)
admin-polls-status-open = Open
admin-polls-status-closed = Closed
admin-polls-error-segment = Choose a segment of the programme.
admin-polls-error-missing-default = Write the question and its answers in { $lang }.
admin-polls-error-empty-question = The question in { $lang } is empty.
admin-polls-error-question-too-long = The question in { $lang } can be at most { $max } characters long.
admin-polls-error-option-too-long = Answers in { $lang } can be at most { $max } characters long.
admin-polls-error-option-count = A poll has 2 to 8 answers; { $lang } has { $count }.
admin-polls-error-options-differ = { $lang } has { $count } answers and { $default } has { $expected }: every language needs the same answers.

## Reactions in the hall (issue 17)
hall-reactions = Reactions
hall-reaction-clap = Applause
hall-reaction-heart = Love it
hall-reaction-agree = Agree
hall-reaction-smile = Made me smile
hall-reaction-wow = Surprising
hall-react-too-fast = A little slower: a few reactions every few seconds.
# Creating, scheduling and withdrawing content (issue 16)
error-gone-title = This page was withdrawn
error-gone-text = The organisers removed what was published at this address. It is no longer on the site; the latest publications are on the home page.
admin-version-legend = This language version
admin-version-missing = Not written yet.
admin-version-draft = A draft: not on the public site.
admin-version-post-hidden = Saved, but the whole publication is off the site (see its page).
admin-version-scheduled = Scheduled: appears on the site at { $when } ({ $zone }).
admin-version-public = Public.
admin-mark-draft = draft
admin-mark-scheduled = scheduled
admin-post-publish-at = Publish at (for “Save and schedule”)
admin-post-publish-at-hint = A date and clock time in { $zone }. The version appears on the site by itself at that moment.
admin-post-save-draft = Save as draft
admin-post-save-schedule = Save and schedule
admin-post-error-schedule = Give the date and time to publish at, as a clock time in { $zone } that exists there.
admin-post-overview = The whole publication
admin-post-new = New publication
admin-post-new-intro = Write it in one language first; translate it afterwards, each language with its own state.
admin-post-kind = Kind
admin-post-first-language = Language
admin-post-first-language-hint = The language you write it in now. The other languages are added afterwards.
admin-post-no-event = No event
admin-post-create-draft = Create as draft
admin-post-create-publish = Create and publish
admin-post-error-kind = Choose a kind from the list.
admin-post-error-language = Choose one of the site's languages.
admin-post-error-event = Choose an event from the list, or none.
admin-slug = Address name (slug)
admin-slug-hint = Lowercase letters a–z, digits and hyphens; it appears in the address. Leave it empty to have one made from the title.
admin-error-slug = The address name may hold only lowercase letters a–z, digits and single hyphens, at most 80, not starting or ending with a hyphen.
admin-error-slug-taken = The address name { $slug } is already used; choose another.
admin-post-versions = Language versions
admin-post-state = State
admin-post-edit = Edit
admin-post-translate = Translate
admin-post-on-site = On the public site
admin-post-off-site = The whole publication is off the public site: its address says it was withdrawn.
admin-post-put-back = Put it back on the site
admin-post-unpublish-hint = Taking it off the site hides every language version; its address then says it was withdrawn. You can put it back later.
admin-post-unpublish = Take it off the site
admin-delete = Delete
admin-post-delete-hint = Deleting removes the publication with every language version. You will be asked first.
admin-post-delete = Delete this publication…
admin-post-delete-signed = People have signed this letter, so it cannot be deleted: take it off the site instead, and their signatures stay with it.
admin-confirm-delete-post = Deleting removes this publication, in every language, from the site and from this area. Its address will say it was withdrawn.
admin-confirm-delete-event = Deleting removes this event, with its programme and texts in every language. Its address will say it was withdrawn.
admin-event-new = New event
admin-event-new-intro = A new event starts as a draft, off the public site, until you publish it.
admin-event-copy-heading = The next edition of an earlier event
admin-event-copy-intro = Everything is copied (programme, speakers, texts, chapters, places, registration window) and every date moved by the same number of days, at the same clock times. Recordings stay with the earlier edition.
admin-event-source = Copy from
admin-event-days = Move the dates by (days)
admin-event-days-hint = 364 days (52 weeks) keeps the weekday; a negative number moves them earlier.
admin-event-copy = Create the new edition
admin-event-scratch-heading = From scratch
admin-event-title-in = Title in { $language }
admin-event-zone-label = Name of the zone for visitors
admin-event-zone-label-hint = How the page names the reference zone, for example “Madinah time”.
admin-event-proceedings = Language of the proceedings
admin-event-create = Create the event
admin-event-error-source = Choose the event to copy from the list.
admin-event-error-days = Give the number of days to move the dates by: a whole number, not 0, at most 3,660 either way.
admin-event-error-zone-label = Give the name of the zone as visitors read it.
admin-event-draft-state = A draft: not on the public site. Publishing puts its page, registration form and listings online.
admin-event-publish = Publish the event
admin-event-unpublish-hint = Taking the event off the site hides its page, registration form and listings; its address then says it was withdrawn.
admin-event-unpublish = Take it off the site
admin-event-delete-hint = Deleting removes the event with its programme and texts. You will be asked first. An event people registered for, or that publications are about, cannot be deleted: take it off the site instead.
admin-event-delete = Delete this event…
admin-event-delete-refused = This event cannot be deleted: registrations: { $registrations }; publications about it: { $posts }. Take it off the site instead.
admin-event-not-changed = Not changed
admin-nav-chapters = Chapters
admin-nav-kinds = Kinds of publication
admin-chapter-new = New chapter
admin-chapter-country = Country
admin-chapter-zone = Time zone of its city
admin-chapter-name = Name of the chapter
admin-chapter-city = City
admin-chapter-create = Create the chapter
admin-chapter-saved = Saved. The new chapter can be chosen for publications and events.
admin-chapter-error-country = Choose the chapter's country from the list.
admin-chapter-error-names = Give the chapter's name and city in { $language }.
admin-kind-new = New kind of publication
admin-kind-name = Name of one publication
admin-kind-plural = Name of the list
admin-kind-signable = Can be signed
admin-kind-signable-hint = Visitors can sign publications of this kind (open letters)
admin-kind-create = Create the kind
admin-kind-saved = Saved. New publications can be of this kind.
admin-kind-error-names = Give the name and the list's name in { $language }.

## Hall announcements afterwards (issue 16)
admin-hall-announcement-main = in { $lang }, the event's main language
admin-hall-announcement-other-languages = The same announcement in other languages (optional)
admin-announcements-link = Announcements made: time, author, withdraw
admin-announcements = Announcements
admin-announcements-intro = Every announcement made in this event's hall, newest first. Attendees read it in their language if it was written in it, else in the event's main language.
admin-announcements-none = No announcement yet.
admin-announcements-when = Time
admin-announcements-author = Written by
admin-announcements-text = Text
admin-announcements-status = Status
admin-announcements-shown = Shown in the hall.
admin-announcements-withdrawn = Withdrawn { $when } by { $who }.
admin-announcements-withdraw = Withdraw
admin-announcements-unknown-author = Not recorded
admin-announcements-withdraw-hint = Withdrawing takes the announcement off every open hall at once; it stays listed here.

## Attendance and certificates (issue 16)
admin-attendance = Attendance
admin-attendance-intro = Who was in the hall, for how long, and which segments they saw (a segment counts as seen after at least half of it). Windows open at the same time count once; a window whose server stopped counts until its last sign of life.
admin-attendance-none = Nobody has been in the hall yet.
admin-attendance-csv = Download the attendance as CSV
admin-attendance-arrivals = Arrivals over time (first entry, per 10 minutes)
admin-attendance-per-segment = Attendees per segment
admin-attendance-attendees = Attendees
admin-attendance-name = Name
admin-attendance-email = E-mail address
admin-attendance-minutes = Minutes
admin-attendance-segments = Segments seen
admin-attendance-arrived = First entered
admin-attendance-left = Last left
admin-attendance-certificate = Certificate
admin-attendance-certificate-open = Open the certificate
admin-attendance-certificates = Certificates of attendance
admin-attendance-issued = { $count ->
    [zero] No certificate issued yet.
    [one] One certificate issued.
   *[other] { $shown } certificates issued.
}
admin-attendance-threshold = Issue a certificate to everyone who attended at least this many minutes
admin-attendance-threshold-invalid = Give a number of minutes from 0 to 100000.
admin-attendance-issue = Issue certificates
certificate-title = Certificate of attendance
certificate-certifies = This certifies that
certificate-attended = attended the online conference
certificate-minutes = { $count ->
    [one] for one minute
   *[other] for { $shown } minutes
}
certificate-segments = Segments attended
certificate-issued = Issued on { $date }.
certificate-verify = This certificate is genuine if this address, on the conference's own site, shows it:
me-attendance = Your attendance
me-attendance-minutes = { $count ->
    [zero] You were in the hall for less than a minute.
    [one] You were in the hall for one minute.
   *[other] You were in the hall for { $shown } minutes.
}
me-attendance-segments = Segments you saw:
me-attendance-certificate = Your certificate of attendance

## A letter's signatories who asked to hear about it (issue 16)
letter-keep-informed = Keep me informed by e-mail about this letter (its delivery and the answers it receives).
admin-mail-which-signatories = Signatories of a letter who asked to be kept informed about it
admin-mail-letter = Letter
admin-mail-no-letter = (no letter)
admin-mail-error-letter = Choose the letter whose signatories should receive the message.
admin-mail-audience-signatories = Signatories of { $letter } who asked to be kept informed
mail-broadcast-footer-letter = You receive this message because you signed { $letter } and asked to be kept informed about it.

## Embeddable forms for partner sites (issue 16)
admin-settings-embed-origins = Partner sites that may embed the registration and signature forms
admin-settings-embed-origins-hint = One origin a line, scheme, host and port only, such as https://partner.example. The forms are at /LANG/embed/events/EVENT/register and /LANG/embed/letters/LETTER/sign.
admin-settings-error-embed-origin = “{ $origin }” is not an origin: write scheme, host and port only, such as https://partner.example.

## The media library (issue 16)
admin-media-uploaded-named = Uploaded as { $path } (from “{ $name }”).
admin-media-search = Search by file name
admin-media-search-button = Search
admin-media-no-match = No file matches this search.
admin-media-col-file = File
admin-media-col-kind = Kind
admin-media-col-size = Size
admin-media-col-measure = Dimensions or duration
admin-media-col-used = Used by
admin-media-unknown = unknown
admin-media-unknown-name = (name not kept)
admin-media-unused = Not used
admin-media-used-event = Event: { $event }
admin-media-used-post = Post: { $post }
admin-media-used-share-image = The site's share card (settings)
admin-media-delete = Delete
admin-media-in-use-hint = A file that is used cannot be deleted: take it out of where it is used first.
admin-media-error-in-use = { $path } is still used, so it was not deleted. Used by: { $uses }.
admin-media-deleted = Deleted { $path }.
admin-media-error-no-file = There is no such uploaded file.

## Live captions (issue 17)
hall-captions = Captions
hall-captions-off = Off
hall-captions-apply = Show
hall-captions-size = Caption size
hall-captions-smaller = Smaller text
hall-captions-larger = Larger text
admin-captions = Live captions
admin-captions-language = Captions in
admin-captions-last = Last lines
admin-captions-line = Line
admin-captions-hint = Enter sends the line. To correct the last line: “Correct the last line”, Ctrl+Enter, or the up arrow on an empty line to bring it back.
admin-captions-send = Send
admin-captions-correct = Correct the last line
admin-captions-ingest = Speech-to-text engine
admin-captions-ingest-intro = An engine sends lines with the event’s token (Authorization: Bearer) to:
admin-captions-token-new = The new token, shown only now: copy it into the engine’s settings.
admin-captions-token-set = A token is set (since { $at }).
admin-captions-token-none = No token is set: no engine can send lines yet.
admin-captions-token-make = Make a new token
admin-captions-tracks = Caption tracks for the recordings
admin-captions-tracks-intro = Saves the lines of every ended segment that has a recording as a WebVTT track in each language it has no track in yet.
admin-captions-tracks-save = Save the tracks
admin-captions-tracks-saved = { $count ->
    [zero] No new tracks to save.
    [one] { $shown } track saved.
   *[other] { $shown } tracks saved.
}
admin-captions-too-fast = Too many lines just now; wait a few seconds.
admin-captions-no-language = The event offers no captions in this language.
admin-captions-text = Write a line of at most { $max } characters.

## Event translations kept as drafts (the content file editor)
admin-source-draft-hint = To keep this translation off the public site while you work on it, add the line draft = true to its front matter: visitors in this language see the default language’s text meanwhile, and Preview shows the translation as it will look. Remove the line to publish it.

## ---------------------------------------------------------------------------
## The organisers' history in the reader's language (src/admin/web/audit_words.rs):
## each action's English text is the line the log stores; the rest names values.
audit-actor-command-line = command line
audit-action-person-added = added a person
audit-action-person-added-as = added a person as { $role }
audit-action-signature-approved = approved a signature
audit-action-registration-cancelled = cancelled a registration
audit-action-role-changed = changed a role
audit-action-event-changed = changed an event
audit-action-segment-changed = changed the live segment
audit-action-settings-changed = changed the site settings
audit-action-mail-right-changed = changed who may send mail
audit-action-poll-closed = closed a poll
audit-action-registration-confirmed = confirmed a registration
audit-action-chapter-created = created a chapter
audit-action-kind-created = created a kind of post
audit-action-post-created = created a post
audit-action-event-created = created an event
audit-action-event-copied = created an event, copied from { $event }
audit-action-post-deleted = deleted a post
audit-action-event-deleted = deleted an event
audit-action-media-deleted = deleted media
audit-action-person-disabled = disabled a person
audit-action-file-edited = edited a content file
audit-action-post-edited = edited a post
audit-action-programme-edited = edited a programme
audit-action-speakers-edited = edited the speakers
audit-action-person-enabled = enabled a person
audit-action-totp-enabled = enabled two-step sign-in
audit-action-supporter-erased = erased a supporter
audit-action-poll-exported = exported a poll's results
audit-action-attendance-exported = exported attendance
audit-action-registrations-exported = exported registrations
audit-action-supporters-exported = exported supporters
audit-action-certificates-issued = issued certificates of attendance
audit-action-password-link = made a password link
audit-action-question-moderated = moderated a hall question
audit-action-poll-opened = opened a poll
audit-action-announced = posted an announcement in the hall
audit-action-poll-prepared = prepared a poll
audit-action-post-published = published a post again
audit-action-event-published = published an event
audit-action-signature-removed = removed a signature
audit-action-mail-resent = resent a mail
audit-action-job-retried = retried a failed job
audit-action-link-revoked = revoked a personal link
audit-action-tracks-saved = saved live captions as recording tracks
audit-action-message-sent = sent a message
audit-action-password-set = set password
audit-action-caption-token = set the caption ingest token
audit-action-signed-out = signed out everywhere
audit-action-post-translated = translated a post
audit-action-post-unpublished = unpublished a post
audit-action-event-unpublished = unpublished an event
audit-action-media-uploaded = uploaded media
audit-action-announcement-withdrawn = withdrew a hall announcement
audit-subject-site = the site's settings
audit-subject-supporters = the supporters
audit-subject-registration = registration no. { $id }
audit-subject-signature = signature no. { $id }
audit-subject-supporter = supporter no. { $id }
audit-subject-job = job no. { $id }
audit-subject-poll = poll no. { $id } of { $event }
audit-subject-question = question no. { $id } of { $event }
audit-subject-announcement = announcement no. { $id } of { $event }
audit-subject-post-version = { $post } ({ $language })
audit-separator = {"; "}
audit-value-on = on
audit-value-off = off
audit-value-on-site = on the site
audit-value-off-site = off the site
audit-value-failed = failed
audit-value-waiting = waiting to run
audit-value-may-send = may send mail
audit-value-may-not-send = may not send mail
audit-value-schedule = as the programme runs
audit-value-published = published
audit-value-draft = a draft
audit-value-unlimited = no limit
audit-value-approved = approved
audit-value-hidden = hidden
audit-value-answered = answered
audit-value-pinned = pinned
audit-value-unpinned = unpinned
audit-value-rows = rows: { $count }
audit-value-votes = votes: { $count }
audit-value-segments = segments: { $count }
audit-value-speakers = speakers: { $count }
audit-value-lines = lines: { $count }
audit-value-recipients = recipients: { $count }
audit-value-characters = characters: { $count }
audit-value-certificates = certificates: { $count } (at least { $minutes } min)
audit-value-places = places: { $value }
audit-value-starts = starts: { $value }
audit-value-registration = registration: { $value }
audit-value-contact = contact: { $value }
audit-value-hashtags = hashtags: { $value }
audit-value-hijri = Hijri calendar: { $value }
audit-value-embeds = embedding sites: { $value }
audit-value-draft-starting = a draft starting { $value }
audit-value-scheduled = scheduled for { $value }
audit-value-mail-copy = a copy of the mail “{ $value }”
audit-value-role = role: { $role }
audit-value-role-of = { $role } of { $chapter }
audit-value-date-draft = { $date }, draft
audit-value-this-version = this version: { $state }
audit-value-upload = { $name } ({ $bytes } bytes)
audit-value-text = “{ $title }”, characters: { $count }
audit-value-signable = { $kind } (can be signed)
audit-value-new-post = { $kind } “{ $title }” in { $language }, { $state }
admin-mail-kind-confirm = Confirmation link
admin-mail-kind-confirmed = Place confirmed
admin-mail-kind-waitlisted = On the waitlist
admin-mail-kind-offer = A place is offered
admin-mail-kind-cancelled = Cancelled
admin-mail-kind-expired = Expired
admin-mail-kind-already-registered = Already registered
admin-mail-kind-reminder = Reminder
admin-supporters-from-form = Updates form
admin-supporters-from-registration = Registration form
admin-supporters-from-signature = Letter signature
admin-job-kind-mail = Mail
admin-job-kind-password-reset = Password link
admin-job-kind-broadcast = Message to many
admin-job-kind-supporter-confirm = Supporter confirmation
admin-job-kind-expire-offers = Expiring offers
admin-job-kind-queue-reminders = Reminders
admin-job-kind-prune-counters = Clean-up of counters

## Event translations scheduled for an instant (the content file editor)
admin-mark-scheduled-for = scheduled for { $when } ({ $zone })
admin-source-schedule-hint = To have this translation appear by itself at a set time, add a line such as publish_at = "2026-12-01T09:00:00+03:00" (the instant with its offset) to its front matter instead: until then visitors in this language see the default language’s text, and the page, search and sitemap change at that time with no further step. Not together with draft, and not in the default language’s file.
