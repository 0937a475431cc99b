//! `GET /admin/hall/{slug}/polls/{poll}/results.csv`: a poll's results for the organisers,
//! one row per answer (votes and share), with the question and answers in every language
//! the poll was written in; safe to open in a spreadsheet (cells that start like a formula
//! are defused).

use super::event_request::EventRequest;
use crate::cli::registrations_cmd::defuse_formula;
use crate::error::WebError;
use crate::hall::{Poll, percentages};
use axum::extract::Path;
use axum::response::{IntoResponse, Response};

/// `GET /admin/hall/{slug}/polls/{poll}/results.csv`.
pub async fn csv(
    request: EventRequest,
    Path((_, poll)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, event) = (&request.state, loaded.event());
    let poll = state
        .db
        .poll(&event.slug, poll)
        .await?
        .ok_or(WebError::NotFound)?;
    let mut out = Vec::new();
    write(&mut out, &poll).map_err(WebError::Internal)?;
    super::audit_change(
        state,
        Some(&request.admin.user),
        "exported a poll's results",
        &format!("poll {} of {}", poll.id, event.slug),
        None,
        Some(format!("{} votes", poll.total())),
    )
    .await?;
    Ok((
        [
            (
                http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                http::header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"poll-{}-{}.csv\"",
                    event.slug, poll.id
                ),
            ),
        ],
        out,
    )
        .into_response())
}

/// Columns: poll, segment, status, opened, closed, answer (1-based), votes, percent, then
/// the question and the answer in each language written (`question_en`, `answer_en`, …).
fn write(out: &mut Vec<u8>, poll: &Poll) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let languages: Vec<_> = poll.texts.languages().cloned().collect();
    let mut header: Vec<String> = [
        "poll", "segment", "status", "opened", "closed", "answer", "votes", "percent",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    for l in &languages {
        header.push(format!("question_{l}"));
        header.push(format!("answer_{l}"));
    }
    writer.write_record(&header)?;
    let when = |t: Option<jiff::Timestamp>| t.map(|t| t.to_string()).unwrap_or_default();
    for (i, (votes, percent)) in poll
        .counts
        .iter()
        .zip(percentages(&poll.counts))
        .enumerate()
    {
        let mut row = vec![
            poll.id.to_string(),
            poll.segment.to_string(),
            poll.status.as_str().to_owned(),
            when(poll.opened_at),
            when(poll.closed_at),
            (i + 1).to_string(),
            votes.to_string(),
            percent.to_string(),
        ];
        for l in &languages {
            let text = poll.texts.in_lang(l, l).map(|(_, t)| t);
            let question = text.map(|t| t.question.as_str()).unwrap_or_default();
            let answer = text
                .and_then(|t| t.options.get(i))
                .map(String::as_str)
                .unwrap_or_default();
            row.push(defuse_formula(question).into_owned());
            row.push(defuse_formula(answer).into_owned());
        }
        writer.write_record(&row)?;
    }
    writer.flush()?;
    Ok(())
}
