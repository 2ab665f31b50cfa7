//! The writer: [`Node`], the strings-only tree this crate emits, as YAML text or JSON.

use serde_json::Value;

/// What [`emit`] writes: strings, mappings (in the order given) and sequences.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Str(String),
    Map(Vec<(String, Node)>),
    Seq(Vec<Node>),
}

impl Node {
    pub fn str(s: impl Into<String>) -> Node {
        Node::Str(s.into())
    }

    pub fn map<K: Into<String>>(entries: impl IntoIterator<Item = (K, Node)>) -> Node {
        Node::Map(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

/// May `s` be written as a plain scalar and still read back as that string
/// (YAML 1.1 and 1.2 alike)?
pub fn plain_safe(s: &str) -> bool {
    const RESERVED: &[&str] = &["null", "true", "false", "yes", "no", "on", "off", "y", "n"];
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && !RESERVED.iter().any(|r| r.eq_ignore_ascii_case(s))
}

/// `s` as a YAML scalar: plain when [`plain_safe`], else double-quoted.
pub fn scalar(s: &str) -> String {
    if plain_safe(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            '\u{feff}' => out.push_str("\\ufeff"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One YAML document's text (no `---`), as the DDN CLI lays it out: two spaces
/// a level, sequence items indented under their key.
pub fn emit(node: &Node) -> String {
    let mut out = String::new();
    match node {
        Node::Str(s) => {
            out.push_str(&scalar(s));
            out.push('\n');
        }
        Node::Map(entries) if !entries.is_empty() => write_map(&mut out, entries, 0, false),
        Node::Seq(items) if !items.is_empty() => write_seq(&mut out, items, 0, false),
        Node::Map(_) => out.push_str("{}\n"),
        Node::Seq(_) => out.push_str("[]\n"),
    }
    out
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// `inline_first`: the first entry goes on the current line (after `- `).
fn write_map(out: &mut String, entries: &[(String, Node)], indent: usize, inline_first: bool) {
    for (i, (k, v)) in entries.iter().enumerate() {
        if i > 0 || !inline_first {
            pad(out, indent);
        }
        out.push_str(&scalar(k));
        out.push(':');
        match v {
            Node::Str(s) => {
                out.push(' ');
                out.push_str(&scalar(s));
                out.push('\n');
            }
            Node::Map(m) if m.is_empty() => out.push_str(" {}\n"),
            Node::Seq(s) if s.is_empty() => out.push_str(" []\n"),
            Node::Map(m) => {
                out.push('\n');
                write_map(out, m, indent + 2, false);
            }
            Node::Seq(s) => {
                out.push('\n');
                write_seq(out, s, indent + 2, false);
            }
        }
    }
}

fn write_seq(out: &mut String, items: &[Node], indent: usize, inline_first: bool) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 || !inline_first {
            pad(out, indent);
        }
        out.push('-');
        match item {
            Node::Str(s) => {
                out.push(' ');
                out.push_str(&scalar(s));
                out.push('\n');
            }
            Node::Map(m) if m.is_empty() => out.push_str(" {}\n"),
            Node::Seq(s) if s.is_empty() => out.push_str(" []\n"),
            Node::Map(m) => {
                out.push(' ');
                write_map(out, m, indent + 2, true);
            }
            Node::Seq(s) => {
                out.push(' ');
                write_seq(out, s, indent + 2, true);
            }
        }
    }
}

/// A [`Node`] as the JSON value [`parse_documents`](super::parse_documents) reads back from it.
pub fn to_json(node: &Node) -> Value {
    match node {
        Node::Str(s) => Value::String(s.clone()),
        Node::Map(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
        Node::Seq(s) => Value::Array(s.iter().map(to_json).collect()),
    }
}
