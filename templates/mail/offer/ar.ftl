# offer: A place became free and is held for this person until it expires.
# Variables: see templates/mail/README.md.

subject = شغر مقعد من أجلك: { $event }
body = شغر مقعد في «{ $event }» ({ $when })، وهو محجوز لك حتى { $expires }. يُرجى قبوله من صفحتك الشخصية قبل ذلك الموعد، وإلا فسينتقل إلى الشخص التالي في قائمة الانتظار.
action = قبول المقعد
