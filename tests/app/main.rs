//! The one integration-test binary (STYLE.md §9): the real application on port 0, on SQLite
//! and on PostgreSQL, driven over HTTP.

mod admin;
mod admin_confirm;
mod api;
mod backup;
mod cli;
mod connections;
mod content_files;
mod content_instances;
mod crash;
mod demo_mailbox;
mod faults;
mod feeds;
mod hall;
mod hall_nodes;
mod helpers;
mod https;
mod jobs;
mod jobs_admin;
mod jobs_instances;
mod letters;
mod login_throttle;
mod mail_snapshots;
mod metrics;
mod migrations;
mod pages;
mod properties;
mod proxy;
mod publications;
mod registration_flow;
mod registrations;
mod security;
mod smtp;
mod storage;
mod upgrade;
mod world;
