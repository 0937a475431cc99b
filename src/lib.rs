//! Convene: a self-hosted platform for an international online conference and its public,
//! multilingual campaign site. Start reading at `docs/ARCHITECTURE.md`, then [`startup`].

pub mod acme;
pub mod admin;
pub mod attendance;
pub mod backup;
pub mod badges;
pub mod broadcast;
pub mod cli;
pub mod clock;
pub mod cluster;
pub mod config;
pub mod content;
pub mod domain;
pub mod error;
pub mod events;
pub mod hall;
pub mod i18n;
pub mod jobs;
pub mod letters;
pub mod mail;
pub mod markdown;
pub mod media;
pub mod metrics;
pub mod middleware;
pub mod publications;
pub mod registration;
pub mod search;
pub mod serve;
pub mod site;
pub mod startup;
pub mod state;
pub mod storage;
pub mod supporters;
