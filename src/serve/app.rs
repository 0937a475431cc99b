//! What the server loop serves: the application, as every connection path calls it.

use hyper::body::Body as HttpBody;
use std::convert::Infallible;
use std::future::Future;
use tower::Service;

/// What the server loop serves: the application as one service that is always ready and
/// never fails (errors are answers).
pub trait App: Clone + Send + 'static {
    /// The answers' body.
    type Body: HttpBody<Data = bytes::Bytes, Error: Into<axum::BoxError>> + Send + 'static;
    /// An answer in progress.
    type Future: Future<Output = Result<http::Response<Self::Body>, Infallible>> + Send + 'static;

    /// Answers `request`.
    fn answer(&mut self, request: http::Request<axum::body::Body>) -> Self::Future;
}

impl<S, B> App for S
where
    S: Service<http::Request<axum::body::Body>, Response = http::Response<B>, Error = Infallible>
        + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
    B: HttpBody<Data = bytes::Bytes, Error: Into<axum::BoxError>> + Send + 'static,
{
    type Body = B;
    type Future = S::Future;

    fn answer(&mut self, request: http::Request<axum::body::Body>) -> S::Future {
        self.call(request)
    }
}
