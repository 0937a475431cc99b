//! `/admin/events/{event}/attendance` (who manages registrations): who attended the hall,
//! for how many minutes, which segments they saw — as a table, a CSV download and two SVG
//! charts (arrivals over time, attendees per segment) each with its table — and issuing
//! certificates of attendance to those above a number of minutes the organisers set.

use super::dashboard::bar_chart;
use super::event_request::{EventRequest, LoadedEvent};
use super::{CheckedForm, Frame, audited, respond};
use crate::attendance::report::{Attended, arrivals, attended, per_segment};
use crate::content::Event;
use crate::error::WebError;
use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use jiff::SignedDuration;
use serde::Deserialize;
use std::collections::HashMap;

/// Arrivals are counted per this many minutes.
const ARRIVALS_EVERY_MINUTES: i64 = 10;

/// One attendee's row.
pub struct Row {
    pub registration: i64,
    pub name: String,
    pub email: String,
    pub minutes_text: String,
    pub segments: Vec<String>,
    pub arrived: String,
    pub left: String,
    pub certificate: Option<String>,
}

/// A chart with its text alternative (the same numbers as a table).
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub svg: String,
    pub rows: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin/attendance.html")]
struct AttendancePage<'a> {
    frame: Frame<'a>,
    event: String,
    title: String,
    rows: Vec<Row>,
    charts: Vec<Chart>,
    threshold: String,
    error: Option<String>,
    /// "3 certificates issued."
    issued: String,
}

/// What the page shows, read once for the page and the CSV.
struct Attendance<'c> {
    event: &'c Event,
    /// Segment titles in the area's language, in programme order.
    segments: Vec<String>,
    attended: Vec<Attended>,
    registrations: HashMap<i64, crate::registration::Registration>,
    certificates: HashMap<i64, String>,
}

async fn read<'c>(loaded: &'c LoadedEvent<'_>) -> Result<Attendance<'c>, WebError> {
    let (state, event, text) = (&loaded.request.state, loaded.event(), loaded.text());
    let segments = event
        .segments
        .iter()
        .map(|s| {
            text.and_then(|t| t.segments.get(&s.id))
                .map_or_else(|| s.id.to_string(), |t| t.title.clone())
        })
        .collect();
    let spans: Vec<_> = event
        .segments
        .iter()
        .map(|s| (s.starts_at, s.ends_at()))
        .collect();
    let stays = state.db.stays(&event.slug, None).await?;
    let attended = attended(&stays, &spans, state.clock.now());
    let registrations: HashMap<i64, crate::registration::Registration> = state
        .db
        .registrations(&event.slug)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let base = state.public_url();
    let certificates = state
        .db
        .certificates(&event.slug)
        .await?
        .into_iter()
        .filter_map(|c| {
            let reg: &crate::registration::Registration = registrations.get(&c.registration)?;
            let url = crate::attendance::certificate::address(&base, &reg.lang, &c.token);
            Some((c.registration, url))
        })
        .collect();
    Ok(Attendance {
        event,
        segments,
        attended,
        registrations,
        certificates,
    })
}

/// `GET /admin/events/{event}/attendance`.
pub async fn page(request: EventRequest) -> Result<Response, WebError> {
    render(&request, StatusCode::OK, None, String::new()).await
}

async fn render(
    request: &EventRequest,
    status: StatusCode,
    error: Option<String>,
    threshold: String,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let tr = loaded.tr();
    let formats = loaded.formats()?;
    let data = read(&loaded).await?;
    let zone = data.event.reference_zone.zone().clone();
    let time = |at: jiff::Timestamp| formats.time(at.to_zoned_datetime(zone.clone()).time());
    let rows: Vec<Row> = data
        .attended
        .iter()
        .map(|a| {
            let reg = data.registrations.get(&a.registration);
            Row {
                registration: a.registration,
                name: reg.map(|r| r.name.clone()).unwrap_or_default(),
                email: reg.map(|r| r.email.as_str().to_owned()).unwrap_or_default(),
                minutes_text: formats.number(a.minutes),
                segments: a
                    .segments
                    .iter()
                    .filter_map(|i| data.segments.get(*i).cloned())
                    .collect(),
                arrived: time(a.first_joined),
                left: time(a.last_left),
                certificate: data.certificates.get(&a.registration).cloned(),
            }
        })
        .collect();
    let arrivals_title = tr.t("admin-attendance-arrivals");
    let arrived: Vec<(String, i64)> = arrivals(
        &data.attended,
        data.event.doors_open_at,
        SignedDuration::from_mins(ARRIVALS_EVERY_MINUTES),
    )
    .into_iter()
    .map(|(at, n)| {
        let end = at + SignedDuration::from_mins(ARRIVALS_EVERY_MINUTES);
        (format!("{}–{}", time(at), time(end)), n)
    })
    .collect();
    let segments_title = tr.t("admin-attendance-per-segment");
    let seen: Vec<(String, i64)> = data
        .segments
        .iter()
        .cloned()
        .zip(per_segment(&data.attended, data.segments.len()))
        .collect();
    let chart = |id, title: String, items: Vec<(String, i64)>| Chart {
        id,
        svg: bar_chart(&items, &title),
        rows: items
            .iter()
            .map(|(k, v)| (k.clone(), formats.number(*v)))
            .collect(),
        title,
    };
    let charts = if rows.is_empty() {
        Vec::new()
    } else {
        vec![
            chart("arrivals", arrivals_title, arrived),
            chart("per-segment", segments_title, seen),
        ]
    };
    let (frame, cookie) = loaded.frame("admin-attendance", "/admin/events");
    let page = AttendancePage {
        frame,
        event: data.event.slug.to_string(),
        title: loaded.title(),
        issued: {
            let n = data.certificates.len() as i64;
            tr.t_count("admin-attendance-issued", n, &formats.number(n))
        },
        rows,
        charts,
        threshold,
        error,
    };
    Ok(respond(status, page.render()?, cookie))
}

/// `GET /admin/events/{event}/attendance.csv`.
pub async fn csv(request: EventRequest) -> Result<Response, WebError> {
    use crate::cli::registrations_cmd::defuse_formula;
    let loaded = request.load().await?;
    let data = read(&loaded).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let write = |writer: &mut csv::Writer<Vec<u8>>, fields: Vec<String>| {
        writer
            .write_record(fields.iter().map(|f| defuse_formula(f).into_owned()))
            .map_err(|e| WebError::Internal(e.into()))
    };
    write(
        &mut writer,
        [
            "registration",
            "name",
            "email",
            "minutes",
            "segments_seen",
            "first_joined",
            "last_left",
            "certificate",
        ]
        .map(str::to_owned)
        .to_vec(),
    )?;
    for a in &data.attended {
        let reg = data.registrations.get(&a.registration);
        let seen: Vec<String> = a
            .segments
            .iter()
            .filter_map(|i| data.event.segments.get(*i).map(|s| s.id.to_string()))
            .collect();
        write(
            &mut writer,
            vec![
                a.registration.to_string(),
                reg.map(|r| r.name.clone()).unwrap_or_default(),
                reg.map(|r| r.email.as_str().to_owned()).unwrap_or_default(),
                a.minutes.to_string(),
                seen.join(" "),
                a.first_joined.to_string(),
                a.last_left.to_string(),
                data.certificates
                    .get(&a.registration)
                    .cloned()
                    .unwrap_or_default(),
            ],
        )?;
    }
    let out = writer
        .into_inner()
        .map_err(|e| WebError::Internal(anyhow::anyhow!("{e}")))?;
    super::audit_change(
        &request.state,
        Some(&request.admin.user),
        "exported attendance",
        data.event.slug.as_str(),
        None,
        Some(format!("{} rows", data.attended.len())),
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
                    "attachment; filename=\"attendance-{}.csv\"",
                    data.event.slug
                ),
            ),
        ],
        out,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct CertificatesForm {
    minutes: String,
}

/// `POST /admin/events/{event}/attendance/certificates`: a certificate for everyone who
/// attended at least `minutes` minutes and holds none yet.
pub async fn certificates(
    request: EventRequest,
    CheckedForm(form): CheckedForm<CertificatesForm>,
) -> Result<Response, WebError> {
    let loaded = request.load().await?;
    let (state, admin) = (&request.state, &request.admin);
    let threshold = match form.minutes.trim().parse::<i64>() {
        Ok(n) if (0..=100_000).contains(&n) => n,
        _ => {
            let error = Some(loaded.tr().t("admin-attendance-threshold-invalid"));
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&request, status, error, form.minutes).await;
        }
    };
    let data = read(&loaded).await?;
    let issued: Vec<(i64, i64, String)> = data
        .attended
        .iter()
        .filter(|a| a.minutes >= threshold && !data.certificates.contains_key(&a.registration))
        .filter(|a| data.registrations.contains_key(&a.registration))
        .map(|a| {
            (
                a.registration,
                a.minutes,
                crate::attendance::certificate::new_token(),
            )
        })
        .collect();
    let audit = audited(
        state,
        Some(&admin.user),
        "issued certificates of attendance",
        data.event.slug.as_str(),
        None,
        Some(format!(
            "{} certificates, at least {threshold} minutes",
            issued.len()
        )),
    );
    state
        .db
        .issue_certificates(
            &data.event.slug,
            &issued,
            (threshold, &admin.user.name),
            &audit,
            state.clock.now(),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/admin/events/{}/attendance#certificates",
        data.event.slug
    ))
    .into_response())
}
