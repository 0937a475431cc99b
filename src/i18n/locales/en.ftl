# Convene UI strings: English (the fallback for every other language).
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.

language-name-self = English
skip-to-content = Skip to content
nav-main = Main
nav-languages = Languages
nav-home = Home
footer-contact = Contact
footer-organiser = Organised by { $organiser }
footer-powered = Powered by Convene

home-upcoming = Coming up
home-past = Past editions
home-no-events = No event has been announced yet.
home-read-more = Details and times

event-organiser = Organised by { $organiser }
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
segment-speakers = Speakers
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

error-not-found-title = Page not found
error-not-found-text = There is no page at this address. The link may be mistyped, or the page may have moved.
error-bad-request-title = This address could not be understood
error-bad-request-text = Part of the address is not valid: { $detail }
error-internal-title = Something went wrong on our side
error-internal-text = The problem has been recorded. Please try again in a moment.
error-back-home = Go to the home page

lang-en = English
lang-ar = Arabic
lang-ur = Urdu
lang-tr = Turkish
lang-id = Indonesian
lang-fr = French

country-LB = Lebanon
country-TN = Tunisia
country-PK = Pakistan
country-ID = Indonesia
country-TR = Türkiye
country-AU = Australia
