//! The one integration-test binary (STYLE.md §9): the real application on port 0, on SQLite
//! and on PostgreSQL, driven over HTTP.

mod admin;
mod api;
mod backup;
mod cli;
mod connections;
mod content_files;
mod crash;
mod demo_mailbox;
mod faults;
mod feeds;
mod hall;
mod hall_nodes;
mod helpers;
mod letters;
mod mail_snapshots;
mod metrics;
mod pages;
mod publications;
mod registration_flow;
mod registrations;
mod smtp;
mod storage;
mod upgrade;
