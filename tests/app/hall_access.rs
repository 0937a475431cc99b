//! The hall's one interface for other features: a cancellation writes the hall's
//! revocation in its own transaction, so the attendee's open window closes even when nobody
//! tells the hall afterwards (the hall's tick finds it in the log).

use crate::both_backends;
use crate::hall::{attendee, open_the_doors};
use crate::helpers::spawn_app;
use crate::sse::Sse;

both_backends!(
    a_cancellation_carries_its_revocation_into_the_hall_log,
    |backend| async move {
        let app = spawn_app(backend).await;
        let e = open_the_doors(&app).await;
        let (id, hall) = attendee(&app, "quietly-leaving@example.org").await;
        let mut stream = Sse::open(&app.address, &format!("{hall}/updates"), None, "").await;
        assert_eq!(stream.next_any().await.expect("hello").event, "hello");
        let before = app.state.db.hall_seq(&e.slug).await.expect("seq");
        let (_, nonces) = app
            .state
            .db
            .link_nonces(id)
            .await
            .expect("nonces")
            .expect("registration");
        // Storage alone, as if the process died right after the commit: no `Hall::revoked`.
        app.state
            .db
            .cancel(
                id,
                &nonces.access,
                app.state.clock.now(),
                app.state.lifetimes,
            )
            .await
            .expect("cancel");
        let logged = app
            .state
            .db
            .updates_after(&e.slug, before, 10)
            .await
            .expect("log");
        assert_eq!(logged.len(), 1, "{logged:?}");
        assert_eq!(logged[0].kind, convene::hall::UpdateKind::Revoked);
        assert_eq!(logged[0].audience, convene::hall::Audience::Asker(id));
        // The tick's poll of the log ends the open window.
        let revoked = stream.next_update().await;
        assert_eq!(revoked.event, "revoked");
        assert!(stream.next_any().await.is_none(), "the stream ends");
        // Cancelling again changes nothing, in the hall either.
        let seq = app.state.db.hall_seq(&e.slug).await.expect("seq");
        let again = app
            .state
            .db
            .cancel(
                id,
                &nonces.access,
                app.state.clock.now(),
                app.state.lifetimes,
            )
            .await
            .expect("cancel again");
        assert_eq!(again, None);
        assert_eq!(app.state.db.hall_seq(&e.slug).await.expect("seq"), seq);
    }
);
