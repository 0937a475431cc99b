# waitlisted: All places are taken; the registration is on the waitlist.
# Variables: see templates/mail/README.md.

subject = Bekleme listesindesiniz: { $event }
body = “{ $event }” etkinliğindeki tüm yerler doldu; bekleme listesindeki sıranız: { $position }. Bir yer boşalırsa onu e-postayla size teklif edeceğiz.
action = Kaydınız
