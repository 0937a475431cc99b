//! Applications of different types behind one type, so that listeners serving different
//! applications (the site over HTTPS, the challenges and redirects over plain HTTP) run in
//! one [`serve_all`](super::serve_all). Boxing costs an allocation per request: a server
//! with one listener serves its application unboxed.

use super::App;
use axum::body::Body;
use futures_util::FutureExt;
use std::convert::Infallible;
use std::task::{Context, Poll};

/// Any [`App`], boxed.
pub type BoxApp =
    tower::util::BoxCloneService<http::Request<Body>, http::Response<Body>, Infallible>;

/// An [`App`] as a tower service with the plain body type.
#[derive(Clone)]
pub struct AsService<S>(pub S);

impl<S: App> tower::Service<http::Request<Body>> for AsService<S> {
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future =
        futures_util::future::BoxFuture<'static, Result<http::Response<Body>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        self.0
            .answer(request)
            .map(|answer| answer.map(|response| response.map(Body::new)))
            .boxed()
    }
}

/// `app` boxed.
pub fn boxed<S: App>(app: S) -> BoxApp {
    BoxApp::new(AsService(app))
}
