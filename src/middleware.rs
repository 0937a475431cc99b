//! Middleware that costs nothing it does not need: a look at the request before the handler
//! and at the response after it, as a plain tower layer.
//!
//! `axum::middleware::from_fn` runs async code before the inner service, so it clones the
//! inner service (the whole stack beneath it, state included) and boxes a future on every
//! request; five of them stacked cloned the application state 36 times per request, most
//! of the time a cached page took (BENCHMARKS.md, "Profiling the cached-page path"). The
//! site's layers only need synchronous work on the way in (read a header, refuse a
//! request) and, rarely, async work on the way out (render an error page), so an [`Around`]
//! says what to do and [`AroundLayer`] calls the inner service directly and wraps its future.

use axum::extract::Request;
use axum::response::Response;
use futures_util::future::BoxFuture;
use std::convert::Infallible;
use std::future::Future;
use std::ops::ControlFlow;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

/// What a middleware does around the inner service.
pub trait Around: Clone + Send + Sync + 'static {
    /// What [`Around::before`] hands to [`Around::after`].
    type Carry: Send + 'static;

    /// Looks at the request before the inner service sees it: `Continue` passes it on with
    /// what the way back needs, `Break` answers at once (the inner service is not called).
    fn before(&self, request: &Request) -> ControlFlow<Response, Self::Carry>;

    /// Looks at (or replaces) the inner service's response.
    fn after(carry: Self::Carry, response: Response) -> After;
}

/// The way back: the response now, or a future that makes it (for rare, slow answers).
pub enum After {
    Now(Response),
    Later(BoxFuture<'static, Response>),
}

/// The layer of an [`Around`].
#[derive(Clone)]
pub struct AroundLayer<A>(pub A);

impl<A: Around, S> tower::Layer<S> for AroundLayer<A> {
    type Service = AroundService<A, S>;

    fn layer(&self, inner: S) -> Self::Service {
        AroundService {
            around: self.0.clone(),
            inner,
        }
    }
}

/// An [`Around`] applied to the inner service `S`.
#[derive(Clone)]
pub struct AroundService<A, S> {
    around: A,
    inner: S,
}

impl<A, S> tower::Service<Request> for AroundService<A, S>
where
    A: Around,
    S: tower::Service<Request, Response = Response, Error = Infallible>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = AroundFuture<A, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        match self.around.before(&request) {
            ControlFlow::Continue(carry) => AroundFuture::Inner {
                future: self.inner.call(request),
                carry: Some(carry),
            },
            ControlFlow::Break(response) => AroundFuture::Answered {
                response: Some(response),
            },
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of an [`AroundService`].
    #[project = AroundProjection]
    pub enum AroundFuture<A: Around, F> {
        /// The inner service is answering.
        Inner { #[pin] future: F, carry: Option<A::Carry> },
        /// `after` takes its time.
        Later { future: BoxFuture<'static, Response> },
        /// `before` answered.
        Answered { response: Option<Response> },
    }
}

impl<A, F> Future for AroundFuture<A, F>
where
    A: Around,
    F: Future<Output = Result<Response, Infallible>>,
{
    type Output = Result<Response, Infallible>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        loop {
            let later = match self.as_mut().project() {
                AroundProjection::Inner { future, carry } => {
                    let Ok(response) = ready!(future.poll(cx));
                    let Some(carry) = carry.take() else {
                        // Polled again after it completed: a caller's bug, answered plainly.
                        return Poll::Ready(Ok(Response::default()));
                    };
                    match A::after(carry, response) {
                        After::Now(response) => return Poll::Ready(Ok(response)),
                        After::Later(future) => future,
                    }
                }
                AroundProjection::Later { future } => {
                    return future.as_mut().poll(cx).map(Ok);
                }
                AroundProjection::Answered { response } => {
                    return Poll::Ready(Ok(response.take().unwrap_or_default()));
                }
            };
            self.set(AroundFuture::Later { future: later });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use tower::{Layer, ServiceExt};

    /// Counts what passes and refuses requests to `/refused`.
    #[derive(Clone)]
    struct Mark;

    impl Around for Mark {
        type Carry = String;

        fn before(&self, request: &Request) -> ControlFlow<Response, String> {
            if request.uri().path() == "/refused" {
                let mut response = Response::new(Body::empty());
                *response.status_mut() = http::StatusCode::FORBIDDEN;
                return ControlFlow::Break(response);
            }
            ControlFlow::Continue(request.uri().path().to_owned())
        }

        fn after(path: String, mut response: Response) -> After {
            if path == "/later" {
                return After::Later(Box::pin(async move {
                    *response.status_mut() = http::StatusCode::ACCEPTED;
                    response
                }));
            }
            response
                .headers_mut()
                .insert("x-path", path.parse().expect("a header value"));
            After::Now(response)
        }
    }

    fn service() -> impl tower::Service<
        Request,
        Response = Response,
        Error = Infallible,
        Future = impl Future<Output = Result<Response, Infallible>>,
    > + Clone {
        let inner = tower::service_fn(|_: Request| async { Ok(Response::new(Body::empty())) });
        AroundLayer(Mark).layer(inner)
    }

    async fn get(path: &str) -> Response {
        let request = Request::builder()
            .uri(path)
            .body(Body::empty())
            .expect("a request");
        let Ok(response) = service().oneshot(request).await;
        response
    }

    #[tokio::test]
    async fn before_passes_on_and_after_sees_the_response() {
        let response = get("/page").await;
        assert_eq!(response.status(), http::StatusCode::OK);
        assert_eq!(response.headers()["x-path"], "/page");
    }

    #[tokio::test]
    async fn before_can_answer_and_after_can_take_its_time() {
        assert_eq!(get("/refused").await.status(), http::StatusCode::FORBIDDEN);
        assert_eq!(get("/later").await.status(), http::StatusCode::ACCEPTED);
    }
}
