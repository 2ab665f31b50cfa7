//! The YAML that DDN metadata (`.hml`) is written in, as far as the DDN CLI writes
//! it: documents separated by `---`, block mappings and sequences (`- ` items,
//! also at the indentation of their key), plain, single- and double-quoted
//! scalars (also over several lines), literal and folded block scalars (`|`, `>`
//! with chomping and indentation indicators), flow sequences and mappings of
//! those (`[]`, `{}`, `[a, "b"]`, `{a: 1}`), and comments. Plain scalars resolve
//! as YAML 1.2's core schema does (`null`, `true`, numbers; `yes` stays a string).
//! Anchors, aliases, tags, directives and complex keys are refused with the line
//! they are on: this reads metadata, it is not a general YAML library.
//!
//! [`emit`] writes the other way, for the subset this crate needs: strings only,
//! quoted unless a plain identifier, in the CLI's layout.

mod block;
mod emit;
mod scalar;

pub use emit::{emit, plain_safe, scalar, to_json, Node};

use serde_json::Value;

/// Where and why a text is not YAML this module reads.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    /// 1-based, counting every `---`-separated document of the text.
    pub document: usize,
    /// 1-based line of the text.
    pub line: usize,
    pub message: String,
}

/// Deepest nesting accepted: a guard against runaway recursion, far above
/// anything metadata needs.
const MAX_DEPTH: usize = 200;

/// Parse every document of `text` into JSON values (mapping keys as strings).
/// Documents with no content (only comments, or nothing between two `---`) are
/// left out.
pub fn parse_documents(text: &str) -> Result<Vec<Value>, YamlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut doc = 1usize;
    let mut current: Vec<(usize, &str)> = Vec::new();
    let mut explicit = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let no = i + 1;
        if raw.starts_with('%') {
            return Err(YamlError {
                document: doc,
                line: no,
                message: "YAML directives (%YAML, %TAG) are not supported".into(),
            });
        }
        let marker = |m: &str| {
            raw == m
                || raw
                    .strip_prefix(m)
                    .is_some_and(|rest| rest.starts_with([' ', '\t']))
        };
        if marker("---") || marker("...") {
            let rest = raw[3..].trim();
            if !rest.is_empty() && !rest.starts_with('#') {
                return Err(YamlError {
                    document: doc,
                    line: no,
                    message: format!(
                        "content on the document marker line (\"{}\") is not supported; start it on the next line",
                        raw
                    ),
                });
            }
            if let Some(v) = parse_document(&current, doc)? {
                out.push(v);
            }
            let had_content = current
                .iter()
                .any(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
            if raw.starts_with("---") {
                if had_content || explicit {
                    doc += 1;
                }
                explicit = true;
            } else {
                doc += 1;
                explicit = false;
            }
            current.clear();
            continue;
        }
        current.push((no, raw));
    }
    if let Some(v) = parse_document(&current, doc)? {
        out.push(v);
    }
    Ok(out)
}

struct Line<'a> {
    no: usize,
    raw: &'a str,
    /// Where the content starts: the indentation, or further in for the content
    /// after a `- ` of a sequence item.
    start: usize,
}

impl<'a> Line<'a> {
    fn content(&self) -> &'a str {
        &self.raw[self.start..]
    }
    fn blank(&self) -> bool {
        let c = self.content().trim();
        c.is_empty() || c.starts_with('#')
    }
}

fn parse_document(lines: &[(usize, &str)], doc: usize) -> Result<Option<Value>, YamlError> {
    let mut parsed = Vec::with_capacity(lines.len());
    for &(no, raw) in lines {
        let start = raw.len() - raw.trim_start_matches(' ').len();
        let rest = &raw[start..];
        if rest.starts_with('\t') && !rest.trim().is_empty() {
            return Err(YamlError {
                document: doc,
                line: no,
                message: "tabs are not allowed for indentation".into(),
            });
        }
        parsed.push(Line { no, raw, start });
    }
    block::document(parsed, doc)
}

fn is_seq_item(content: &str) -> bool {
    content == "-" || content.starts_with("- ") || content.starts_with("-\t")
}

/// Where a comment starts in `s` (a `#` at the start or after whitespace), for
/// text with no quotes in it.
fn comment_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).find(|&i| b[i] == b'#' && (i == 0 || b[i - 1] == b' ' || b[i - 1] == b'\t'))
}

fn strip_comment(s: &str) -> &str {
    match comment_start(s) {
        Some(i) => s[..i].trim_end(),
        None => s.trim_end(),
    }
}

/// For a plain key: the byte index of the `:` that ends it (followed by a space,
/// a tab or the end of the line), before any comment.
fn plain_key_colon(content: &str) -> Option<usize> {
    let text = match comment_start(content) {
        Some(i) => &content[..i],
        None => content,
    };
    let b = text.as_bytes();
    (0..b.len())
        .find(|&i| b[i] == b':' && (i + 1 == b.len() || b[i + 1] == b' ' || b[i + 1] == b'\t'))
}

/// The end (exclusive, after the closing quote) of a one-line quoted scalar
/// starting at `s[0]`, if it closes on this line.
fn quoted_end(s: &str) -> Option<usize> {
    let q = s.as_bytes().first().copied()?;
    let b = s.as_bytes();
    let mut i = 1;
    while i < b.len() {
        if q == b'"' && b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == q {
            if q == b'\'' && b.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i + 1);
        }
        i += 1;
    }
    None
}
