//! The one integration-test binary (STYLE.md §9): the real application on port 0, on SQLite
//! and on PostgreSQL, driven over HTTP.

mod admin;
mod admin_confirm;
mod api;
mod cli;
mod content_files;
mod crash;
mod feeds;
mod hall;
mod hall_nodes;
mod helpers;
mod letters;
mod login_throttle;
mod mail_snapshots;
mod pages;
mod publications;
mod registration_flow;
mod registrations;
mod security;
mod smtp;
mod storage;
