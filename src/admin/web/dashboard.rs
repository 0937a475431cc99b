//! `/admin/`: the dashboard, in pictures where a person would rather look: sign-ups per day,
//! by country and by language, places left, signatures per letter. Charts are SVG drawn on
//! the server, readable without JavaScript, each with a table as its text alternative.

use super::{Frame, area_lang, respond};
use crate::admin::session::Admin;
use crate::admin::{Permission, allows};
use crate::error::WebError;
use crate::i18n::escape_html;
use crate::state::AppState;

use askama::Template;
use axum::extract::{Extension, State};
use axum::response::Response;
use http::{HeaderMap, StatusCode};
use std::collections::BTreeMap;

/// One chart: a title, its SVG, and the numbers behind it.
pub struct Chart {
    pub title: String,
    pub svg: String,
    pub rows: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage<'a> {
    frame: Frame<'a>,
    greeting: String,
    summary: Vec<(String, String)>,
    charts: Vec<Chart>,
}

/// A horizontal bar chart of `(label, value)`; labels and numbers are escaped text.
pub fn bar_chart(items: &[(String, i64)], label: &str) -> String {
    const ROW: i64 = 26;
    const WIDTH: i64 = 640;
    const LABEL: i64 = 250;
    /// Characters of a label shown; longer ones are cut, in full in their <title>.
    const LABEL_CHARS: usize = 34;
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let height = ROW * items.len().max(1) as i64 + 8;
    let mut svg = format!(
        "<svg class=\"chart\" direction=\"ltr\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        escape_html(label)
    );
    for (i, (name, value)) in items.iter().enumerate() {
        let y = i as i64 * ROW + 4;
        let bar = (WIDTH - LABEL - 60) * value / max;
        let shown: String = if name.chars().count() > LABEL_CHARS {
            name.chars().take(LABEL_CHARS - 1).chain(['…']).collect()
        } else {
            name.clone()
        };
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"chart-label\"><title>{}</title>{}</text>\
             <rect x=\"{LABEL}\" y=\"{y}\" width=\"{}\" height=\"{}\" class=\"chart-bar\"/>\
             <text x=\"{}\" y=\"{}\" class=\"chart-value\">{value}</text>",
            LABEL - 8,
            y + 16,
            escape_html(name),
            escape_html(&shown),
            bar.max(1),
            ROW - 8,
            LABEL + bar + 6,
            y + 16,
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// `GET /admin/`.
pub async fn page(
    State(state): State<AppState>,
    Extension(admin): Extension<Admin>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let lang = area_lang(&headers);
    let tr = state.catalog.translator(&lang);
    let (token, cookie) = super::form_token(&state, &headers);
    let content = state.content().await?;
    let now = state.clock.now();
    let mut summary = Vec::new();
    let mut charts = Vec::new();
    let user = &admin.user;
    if allows(
        user.role,
        user.chapter.as_ref(),
        Permission::ManageRegistrations,
        None,
    ) {
        for event in content.events.iter().filter(|e| !e.is_past(now)) {
            let title = event
                .organiser_text(&lang, &content.settings.default_language)
                .map(|t| t.title.clone())
                .unwrap_or_default();
            let places = state.db.places(&event.slug).await?;
            let registrations = state.db.registrations(&event.slug).await?;
            let holding: Vec<_> = registrations
                .iter()
                .filter(|r| r.status.holds_place())
                .collect();
            summary.push((
                tr.t_with("admin-dash-places", "event", &title),
                match places.capacity {
                    Some(c) => format!("{} / {c}", places.held),
                    None => places.held.to_string(),
                },
            ));
            let mut per_day: BTreeMap<String, i64> = BTreeMap::new();
            for r in &registrations {
                let day = r
                    .created_at
                    .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .date();
                *per_day.entry(day.to_string()).or_default() += 1;
            }
            let per_day: Vec<(String, i64)> = per_day.into_iter().rev().take(14).rev().collect();
            let mut by_country: BTreeMap<String, i64> = BTreeMap::new();
            let mut by_lang: BTreeMap<String, i64> = BTreeMap::new();
            for r in &holding {
                *by_country
                    .entry(crate::i18n::country_name(tr, &r.country))
                    .or_default() += 1;
                *by_lang
                    .entry(
                        state
                            .catalog
                            .text(lang.as_str(), &format!("lang-{}", r.lang), None),
                    )
                    .or_default() += 1;
            }
            let sorted = |m: BTreeMap<String, i64>| {
                let mut v: Vec<(String, i64)> = m.into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                v.truncate(12);
                v
            };
            let charts_of_event = [
                ("admin-dash-signups-per-day", per_day),
                ("admin-dash-by-country", sorted(by_country)),
                ("admin-dash-by-language", sorted(by_lang)),
            ];
            // Nothing to draw before the first sign-up.
            for (title_id, items) in charts_of_event
                .into_iter()
                .filter(|(_, items)| !items.is_empty())
            {
                let chart_title = tr.t_with(title_id, "event", &title);
                charts.push(Chart {
                    svg: bar_chart(&items, &chart_title),
                    rows: items
                        .iter()
                        .map(|(k, v)| (k.clone(), v.to_string()))
                        .collect(),
                    title: chart_title,
                });
            }
        }
    }
    if allows(user.role, user.chapter.as_ref(), Permission::Moderate, None) {
        let mut items = Vec::new();
        for post in &content.posts {
            let signable = content
                .post_kinds
                .iter()
                .any(|k| k.slug == post.kind && k.signable);
            if signable {
                let lang_shown = post.best_language(&lang, &content.settings.default_language);
                items.push((
                    post.texts[lang_shown].title.clone(),
                    state.db.signature_count(&post.slug).await?,
                ));
            }
        }
        if !items.is_empty() {
            let chart_title = tr.t("admin-dash-signatures");
            charts.push(Chart {
                svg: bar_chart(&items, &chart_title),
                rows: items
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_string()))
                    .collect(),
                title: chart_title,
            });
        }
    }
    let page = DashboardPage {
        frame: Frame::new(
            &state,
            &lang,
            tr.t("admin-nav-dashboard"),
            Some(user),
            "/admin/",
            token,
        ),
        greeting: tr.t_with("admin-dash-greeting", "name", &user.name),
        summary,
        charts,
    };
    Ok(respond(StatusCode::OK, page.render()?, cookie))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_text_is_escaped() {
        let svg = bar_chart(
            &[("<b>PK</b>".into(), 10), ("LB".into(), 5)],
            "By \"country\"",
        );
        assert!(svg.contains("&lt;b&gt;PK&lt;/b&gt;"));
        assert!(svg.contains("aria-label=\"By &quot;country&quot;\""));
        assert!(svg.contains("width=\"330\""), "{svg}");
        assert!(svg.contains("width=\"165\""), "{svg}");
        assert!(svg.contains("direction=\"ltr\""));
        let long = bar_chart(&[("x".repeat(50), 1)], "long");
        assert!(long.contains(&format!("<title>{}</title>", "x".repeat(50))));
        assert!(long.contains(&format!("{}…</text>", "x".repeat(33))));
    }
}
