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

use serde_json::{Map, Number, Value};

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
    let mut p = Parser {
        lines: parsed,
        pos: 0,
        doc,
        depth: 0,
    };
    p.skip_blank();
    let Some(first) = p.lines.get(p.pos) else {
        return Ok(None);
    };
    let indent = first.start;
    let value = p.block(indent, 0)?;
    p.skip_blank();
    if let Some(l) = p.lines.get(p.pos) {
        return Err(p.err_at(
            l.no,
            "unexpected content after the document's top-level node (check its indentation)",
        ));
    }
    Ok(Some(value))
}

struct Parser<'a> {
    lines: Vec<Line<'a>>,
    pos: usize,
    doc: usize,
    depth: usize,
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

impl<'a> Parser<'a> {
    fn err_at(&self, line: usize, message: impl Into<String>) -> YamlError {
        YamlError {
            document: self.doc,
            line,
            message: message.into(),
        }
    }

    fn line_no(&self) -> usize {
        self.lines
            .get(self.pos)
            .or_else(|| self.lines.last())
            .map_or(1, |l| l.no)
    }

    fn skip_blank(&mut self) {
        while self.lines.get(self.pos).is_some_and(Line::blank) {
            self.pos += 1;
        }
    }

    fn enter(&mut self) -> Result<(), YamlError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err_at(self.line_no(), "nested too deeply"));
        }
        Ok(())
    }

    /// Does `content` start a `key: value` entry?
    fn is_map_entry(&self, content: &str) -> bool {
        match content.as_bytes().first() {
            Some(b'"') | Some(b'\'') => quoted_end(content).is_some_and(|end| {
                let rest = content[end..].trim_start_matches([' ', '\t']);
                rest == ":" || rest.starts_with(": ") || rest.starts_with(":\t")
            }),
            Some(b'[') | Some(b'{') | Some(b'|') | Some(b'>') | Some(b'#') => false,
            Some(_) => plain_key_colon(content).is_some(),
            None => false,
        }
    }

    /// The node whose first line is the current one, at column `indent`;
    /// continuation lines of a scalar must be indented at least `cont_min`.
    fn block(&mut self, indent: usize, cont_min: usize) -> Result<Value, YamlError> {
        self.enter()?;
        let line = &self.lines[self.pos];
        let content = line.content();
        let value = if is_seq_item(content) {
            self.seq(indent)
        } else if self.is_map_entry(content) {
            self.map(indent)
        } else if content.starts_with("? ") || content == "?" {
            Err(self.err_at(line.no, "complex mapping keys (\"? \") are not supported"))
        } else {
            let no = line.no;
            self.inline(content, no, cont_min)
        };
        self.depth -= 1;
        value
    }

    fn seq(&mut self, indent: usize) -> Result<Value, YamlError> {
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            let Some(line) = self.lines.get(self.pos) else {
                break;
            };
            if line.start < indent || !is_seq_item(line.content()) {
                if line.start > indent {
                    return Err(self.err_at(line.no, "unexpected indentation in a sequence"));
                }
                break;
            }
            if line.start > indent {
                return Err(self.err_at(line.no, "unexpected indentation in a sequence"));
            }
            let after = &line.content()[1..];
            let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
            let rest = &after[spaces..];
            if rest.is_empty() || rest.starts_with('#') {
                self.pos += 1;
                self.skip_blank();
                let item = match self.lines.get(self.pos) {
                    Some(next) if next.start > indent => {
                        let i = next.start;
                        self.block(i, indent + 1)?
                    }
                    _ => Value::Null,
                };
                items.push(item);
            } else {
                if after[..spaces].contains('\t') {
                    return Err(self.err_at(line.no, "tabs are not allowed for indentation"));
                }
                let column = line.start + 1 + spaces;
                self.lines[self.pos].start = column;
                items.push(self.block(column, indent + 1)?);
            }
        }
        Ok(Value::Array(items))
    }

    /// The key of an entry line and the text after its `:`.
    fn key(&self, line: &Line<'a>) -> Result<(String, &'a str), YamlError> {
        let content = line.content();
        match content.as_bytes().first() {
            Some(b'"') | Some(b'\'') => {
                let end = quoted_end(content)
                    .ok_or_else(|| self.err_at(line.no, "a quoted key must close on its line"))?;
                let key = unquote(&content[..end]).map_err(|m| self.err_at(line.no, m))?;
                let rest = content[end..].trim_start_matches([' ', '\t']);
                let rest = rest.strip_prefix(':').unwrap_or(rest);
                Ok((key, rest.trim_start_matches([' ', '\t'])))
            }
            _ => {
                let colon = plain_key_colon(content)
                    .ok_or_else(|| self.err_at(line.no, "expected \"key: value\""))?;
                let key = content[..colon].trim_end();
                if key.starts_with(['&', '*', '!']) {
                    return Err(self.err_at(line.no, "anchors, aliases and tags are not supported"));
                }
                if key.starts_with(['@', '`', '%']) {
                    return Err(self.err_at(
                        line.no,
                        format!("a key may not start with \"{}\"", &key[..1]),
                    ));
                }
                Ok((
                    key.to_string(),
                    content[colon + 1..].trim_start_matches([' ', '\t']),
                ))
            }
        }
    }

    fn map(&mut self, indent: usize) -> Result<Value, YamlError> {
        let mut map = Map::new();
        loop {
            self.skip_blank();
            let Some(line) = self.lines.get(self.pos) else {
                break;
            };
            if line.start < indent {
                break;
            }
            if line.start > indent {
                return Err(self.err_at(
                    line.no,
                    "unexpected indentation (a value on its own line must follow a key that ends with \":\")",
                ));
            }
            let content = line.content();
            if is_seq_item(content) {
                return Err(self.err_at(line.no, "expected a mapping key, found a sequence item"));
            }
            if !self.is_map_entry(content) {
                return Err(self.err_at(line.no, "expected \"key: value\""));
            }
            let no = line.no;
            let (key, rest) = self.key(line)?;
            let value = if rest.is_empty() || rest.starts_with('#') {
                self.pos += 1;
                self.skip_blank();
                match self.lines.get(self.pos) {
                    Some(next) if next.start > indent => {
                        let i = next.start;
                        self.block(i, indent + 1)?
                    }
                    Some(next) if next.start == indent && is_seq_item(next.content()) => {
                        self.enter()?;
                        let v = self.seq(indent)?;
                        self.depth -= 1;
                        v
                    }
                    _ => Value::Null,
                }
            } else {
                if is_seq_item(rest) {
                    return Err(self.err_at(
                        no,
                        "a sequence cannot start on its key's line; put its items on the lines below",
                    ));
                }
                if self.is_map_entry(rest) && !rest.starts_with(['"', '\'']) {
                    return Err(self.err_at(
                        no,
                        "a mapping cannot start on its key's line; put it on the lines below",
                    ));
                }
                self.enter()?;
                let v = self.inline(rest, no, indent + 1)?;
                self.depth -= 1;
                v
            };
            if map.contains_key(&key) {
                return Err(self.err_at(no, format!("duplicate key \"{key}\"")));
            }
            map.insert(key, value);
        }
        Ok(Value::Object(map))
    }

    /// A scalar or flow node whose text starts with `text` on the current line
    /// (line `no`), which it consumes together with any continuation lines.
    fn inline(&mut self, text: &'a str, no: usize, cont_min: usize) -> Result<Value, YamlError> {
        match text.as_bytes().first() {
            Some(b'|') | Some(b'>') => self.block_scalar(text, no, cont_min),
            Some(b'"') | Some(b'\'') => self.quoted(text, no),
            Some(b'[') | Some(b'{') => self.flow(text, no),
            Some(b'&') | Some(b'*') | Some(b'!') => Err(self.err_at(
                no,
                "anchors (&), aliases (*) and tags (!) are not supported",
            )),
            Some(b'@') | Some(b'`') | Some(b'%') => Err(self.err_at(
                no,
                format!(
                    "a plain scalar may not start with \"{}\"; quote it",
                    &text[..1]
                ),
            )),
            _ => self.plain(text, no, cont_min),
        }
    }

    fn plain(&mut self, text: &'a str, no: usize, cont_min: usize) -> Result<Value, YamlError> {
        const PAIR: &str =
            "\": \" inside a plain scalar (a mapping on one line is not supported; quote the value)";
        let first = strip_comment(text);
        if plain_key_colon(first).is_some() {
            return Err(self.err_at(no, PAIR));
        }
        let ended_by_comment = comment_start(text).is_some();
        self.pos += 1;
        let mut value = first.to_string();
        let mut multi = false;
        if !ended_by_comment {
            // continuation lines: more indented than the parent, folded
            let mut pending_breaks = 0usize;
            while let Some(line) = self.lines.get(self.pos) {
                let trimmed = line.raw.trim();
                if trimmed.is_empty() {
                    pending_breaks += 1;
                    self.pos += 1;
                    continue;
                }
                if line.start < cont_min || trimmed.starts_with('#') {
                    break;
                }
                let part = strip_comment(line.content());
                if plain_key_colon(part).is_some() {
                    return Err(self.err_at(line.no, PAIR));
                }
                if pending_breaks > 0 {
                    value.push_str(&"\n".repeat(pending_breaks));
                } else {
                    value.push(' ');
                }
                pending_breaks = 0;
                value.push_str(part);
                multi = true;
                let commented = comment_start(line.content()).is_some();
                self.pos += 1;
                if commented {
                    break;
                }
            }
        }
        Ok(if multi {
            Value::String(value)
        } else {
            resolve_plain(&value)
        })
    }

    /// A quoted scalar, possibly over several lines; what follows it on its last
    /// line may only be a comment.
    fn quoted(&mut self, text: &'a str, no: usize) -> Result<Value, YamlError> {
        let (s, rest) = self.quoted_text(text, no)?;
        let rest = rest.trim();
        if !rest.is_empty() && !rest.starts_with('#') {
            return Err(self.err_at(
                self.lines[self.pos - 1].no,
                format!("unexpected \"{rest}\" after a quoted scalar"),
            ));
        }
        Ok(Value::String(s))
    }

    /// Read a quoted scalar starting at `text` (on the current line), consuming
    /// its lines; returns its value and what follows the closing quote.
    fn quoted_text(&mut self, text: &'a str, no: usize) -> Result<(String, &'a str), YamlError> {
        let q = text.as_bytes()[0] as char;
        let mut out = String::new();
        let mut cur: &'a str = &text[1..];
        let mut cur_no = no;
        loop {
            let mut escaped_break = false;
            let mut chars = cur.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if q == '"' && c == '\\' {
                    match chars.next() {
                        None => escaped_break = true,
                        Some((j, e)) => {
                            let (ch, used) = escape(e, &cur[j + e.len_utf8()..])
                                .map_err(|m| self.err_at(cur_no, m))?;
                            out.push(ch);
                            for _ in 0..used {
                                chars.next();
                            }
                        }
                    }
                    continue;
                }
                if c == q {
                    if q == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                        chars.next();
                        out.push('\'');
                        continue;
                    }
                    self.pos += 1;
                    return Ok((out, &cur[i + 1..]));
                }
                out.push(c);
            }
            // the line ended inside the quotes: fold onto the next one
            if !escaped_break {
                let kept = out.trim_end_matches([' ', '\t']).len();
                out.truncate(kept);
            }
            self.pos += 1;
            let mut breaks = 0;
            loop {
                let Some(line) = self.lines.get(self.pos) else {
                    return Err(self.err_at(
                        no,
                        "a quoted scalar is not closed before the end of the document",
                    ));
                };
                if line.raw.trim().is_empty() {
                    breaks += 1;
                    self.pos += 1;
                    continue;
                }
                cur = line.raw.trim_start_matches([' ', '\t']);
                cur_no = line.no;
                break;
            }
            if !escaped_break {
                if breaks > 0 {
                    out.push_str(&"\n".repeat(breaks));
                } else {
                    out.push(' ');
                }
            }
        }
    }

    fn block_scalar(
        &mut self,
        text: &'a str,
        no: usize,
        cont_min: usize,
    ) -> Result<Value, YamlError> {
        let header = strip_comment(text);
        let literal = header.starts_with('|');
        let mut chomp = 'c';
        let mut explicit: Option<usize> = None;
        for c in header[1..].chars() {
            match c {
                '-' | '+' if chomp == 'c' => chomp = c,
                '1'..='9' if explicit.is_none() => explicit = Some(c as usize - '0' as usize),
                _ => {
                    return Err(
                        self.err_at(no, format!("unexpected \"{c}\" in a block scalar header"))
                    )
                }
            }
        }
        self.pos += 1;
        let parent = cont_min.saturating_sub(1);
        let mut content_indent = explicit.map(|e| if cont_min == 0 { e - 1 } else { parent + e });
        let mut lines: Vec<&'a str> = Vec::new();
        while let Some(line) = self.lines.get(self.pos) {
            let spaces = line.raw.len() - line.raw.trim_start_matches(' ').len();
            if line.raw.trim().is_empty() {
                lines.push(
                    line.raw
                        .get(content_indent.unwrap_or(usize::MAX)..)
                        .unwrap_or(""),
                );
                self.pos += 1;
                continue;
            }
            let ci = *content_indent.get_or_insert(spaces);
            if spaces < ci || spaces < cont_min {
                break;
            }
            lines.push(&line.raw[ci..]);
            self.pos += 1;
        }
        // trailing empty lines belong to the scalar only for chomping
        let mut trailing = 0;
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
            trailing += 1;
        }
        let mut body = String::new();
        if literal {
            body = lines.join("\n");
        } else {
            let mut prev_normal = false;
            let mut pending = 0usize;
            for l in &lines {
                if l.trim().is_empty() {
                    pending += 1;
                    continue;
                }
                let more_indented = l.starts_with([' ', '\t']);
                if body.is_empty() {
                    body.push_str(&"\n".repeat(pending));
                } else if prev_normal && !more_indented && pending == 0 {
                    body.push(' ');
                } else if prev_normal && !more_indented {
                    body.push_str(&"\n".repeat(pending));
                } else {
                    body.push_str(&"\n".repeat(pending + 1));
                }
                pending = 0;
                body.push_str(l);
                prev_normal = !more_indented;
            }
        }
        if !lines.is_empty() {
            match chomp {
                '-' => {}
                '+' => body.push_str(&"\n".repeat(trailing + 1)),
                _ => body.push('\n'),
            }
        } else if chomp == '+' {
            body.push_str(&"\n".repeat(trailing));
        }
        Ok(Value::String(body))
    }

    fn flow(&mut self, text: &'a str, no: usize) -> Result<Value, YamlError> {
        // gather the text up to the bracket that closes the first one
        let mut joined = String::new();
        let mut piece: &str = text;
        let mut depth = 0i64;
        let mut quote: Option<char> = None;
        let mut end_line = no;
        let mut closed_at: Option<usize> = None;
        'lines: loop {
            let base = joined.len();
            let mut chars = piece.char_indices().peekable();
            let mut keep_to = piece.len();
            while let Some((i, c)) = chars.next() {
                match quote {
                    Some('"') if c == '\\' => {
                        chars.next();
                    }
                    Some(q) if c == q => {
                        if q == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                            chars.next();
                        } else {
                            quote = None;
                        }
                    }
                    Some(_) => {}
                    None => match c {
                        '"' | '\'' => quote = Some(c),
                        '[' | '{' => depth += 1,
                        ']' | '}' => {
                            depth -= 1;
                            if depth == 0 {
                                closed_at = Some(base + i + 1);
                                keep_to = piece.len();
                                break;
                            }
                        }
                        '#' if i == 0 || piece[..i].ends_with([' ', '\t']) => {
                            keep_to = i;
                            break;
                        }
                        _ => {}
                    },
                }
            }
            joined.push_str(&piece[..keep_to]);
            self.pos += 1;
            if closed_at.is_some() {
                break 'lines;
            }
            // next non-blank line continues the flow collection
            loop {
                let Some(line) = self.lines.get(self.pos) else {
                    return Err(self.err_at(
                        no,
                        "a flow collection ([...] or {...}) is not closed before the end of the document",
                    ));
                };
                if line.raw.trim().is_empty()
                    || (quote.is_none() && line.raw.trim_start().starts_with('#'))
                {
                    self.pos += 1;
                    continue;
                }
                piece = line.raw.trim_start_matches([' ', '\t']);
                end_line = line.no;
                joined.push(' ');
                break;
            }
        }
        let close = closed_at.unwrap_or(joined.len());
        let rest = joined[close..].trim();
        if !rest.is_empty() && !rest.starts_with('#') {
            return Err(self.err_at(
                end_line,
                format!("unexpected \"{rest}\" after a flow collection"),
            ));
        }
        let body: Vec<char> = joined[..close].chars().collect();
        let mut fp = Flow {
            chars: &body,
            i: 0,
            depth: self.depth,
        };
        let v = fp.node().map_err(|m| self.err_at(no, m))?;
        fp.ws();
        if fp.i != body.len() {
            return Err(self.err_at(no, "unexpected text inside a flow collection"));
        }
        Ok(v)
    }
}

/// One escape of a double-quoted scalar: the character and how many more chars
/// of `rest` it used.
fn escape(e: char, rest: &str) -> Result<(char, usize), String> {
    let simple = match e {
        '0' => Some('\0'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        't' | '\t' => Some('\t'),
        'n' => Some('\n'),
        'v' => Some('\u{b}'),
        'f' => Some('\u{c}'),
        'r' => Some('\r'),
        'e' => Some('\u{1b}'),
        ' ' => Some(' '),
        '"' => Some('"'),
        '/' => Some('/'),
        '\\' => Some('\\'),
        'N' => Some('\u{85}'),
        '_' => Some('\u{a0}'),
        'L' => Some('\u{2028}'),
        'P' => Some('\u{2029}'),
        _ => None,
    };
    if let Some(c) = simple {
        return Ok((c, 0));
    }
    let len = match e {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        _ => {
            return Err(format!(
                "unknown escape \"\\{e}\" in a double-quoted scalar"
            ))
        }
    };
    let hex: String = rest.chars().take(len).collect();
    let code = (hex.len() == len && hex.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| u32::from_str_radix(&hex, 16).ok())
        .flatten()
        .ok_or_else(|| format!("\"\\{e}\" needs {len} hex digits"))?;
    if (0xD800..0xDC00).contains(&code) && e == 'u' {
        // a UTF-16 surrogate pair, as JSON writes one
        let tail: String = rest.chars().skip(4).take(6).collect();
        if let Some(low) = tail
            .strip_prefix("\\u")
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .filter(|l| (0xDC00..0xE000).contains(l))
        {
            let c = char::from_u32(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
                .ok_or("invalid surrogate pair")?;
            return Ok((c, 10));
        }
    }
    let c = char::from_u32(code).ok_or_else(|| format!("\"\\{e}{hex}\" is not a character"))?;
    Ok((c, len))
}

/// The value of a one-line quoted scalar, quotes included in `s`.
fn unquote(s: &str) -> Result<String, String> {
    let q = s.as_bytes()[0];
    let inner = &s[1..s.len() - 1];
    if q == b'\'' {
        return Ok(inner.replace("''", "'"));
    }
    let mut out = String::new();
    let mut chars = inner.char_indices();
    while let Some((_, c)) = chars.next() {
        if c == '\\' {
            let Some((j, e)) = chars.next() else {
                return Err("a double-quoted scalar ends in \"\\\"".into());
            };
            let (ch, used) = escape(e, &inner[j + e.len_utf8()..])?;
            out.push(ch);
            for _ in 0..used {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// YAML 1.2 core schema resolution of a plain scalar.
fn resolve_plain(s: &str) -> Value {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(i) = s.parse::<i64>() {
            return Value::Number(i.into());
        }
        if let Ok(u) = s.trim_start_matches('+').parse::<u64>() {
            return Value::Number(u.into());
        }
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8)] {
        if let Some(h) = s.strip_prefix(prefix) {
            if let Ok(i) = i64::from_str_radix(h, radix) {
                return Value::Number(i.into());
            }
        }
    }
    if is_float(s) {
        if let Some(n) = s.parse::<f64>().ok().and_then(Number::from_f64) {
            return Value::Number(n);
        }
    }
    Value::String(s.to_string())
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
fn is_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'-') | Some(b'+')) {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if int_digits == 0 && i == f {
            return false;
        }
    } else if int_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let e = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == e {
            return false;
        }
    }
    i == b.len()
}

/// A flow collection's text, read char by char.
struct Flow<'c> {
    chars: &'c [char],
    i: usize,
    depth: usize,
}

impl Flow<'_> {
    fn ws(&mut self) {
        while self.i < self.chars.len() && matches!(self.chars[self.i], ' ' | '\t') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn node(&mut self) -> Result<Value, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        self.ws();
        let v = match self.peek() {
            Some('[') => self.seq(),
            Some('{') => self.map(),
            Some('"') | Some('\'') => self.quoted().map(Value::String),
            Some('&') | Some('*') | Some('!') => {
                Err("anchors (&), aliases (*) and tags (!) are not supported".into())
            }
            Some(_) => Ok(resolve_plain(&self.plain())),
            None => Err("a flow collection ends too early".into()),
        };
        self.depth -= 1;
        v
    }

    fn quoted(&mut self) -> Result<String, String> {
        let q = self.chars[self.i];
        let start = self.i;
        self.i += 1;
        while self.i < self.chars.len() {
            let c = self.chars[self.i];
            if q == '"' && c == '\\' {
                self.i += 2;
                continue;
            }
            if c == q {
                if q == '\'' && self.chars.get(self.i + 1) == Some(&'\'') {
                    self.i += 2;
                    continue;
                }
                self.i += 1;
                let s: String = self.chars[start..self.i].iter().collect();
                return unquote(&s);
            }
            self.i += 1;
        }
        Err("a quoted scalar in a flow collection is not closed".into())
    }

    /// A plain scalar: up to `,`, a bracket, or a `:` that ends a key.
    fn plain(&mut self) -> String {
        let start = self.i;
        while let Some(c) = self.peek() {
            if matches!(c, ',' | '[' | ']' | '{' | '}') {
                break;
            }
            if c == ':'
                && self
                    .chars
                    .get(self.i + 1)
                    .is_none_or(|n| matches!(n, ' ' | '\t' | ',' | ']' | '}'))
            {
                break;
            }
            self.i += 1;
        }
        let s: String = self.chars[start..self.i].iter().collect();
        s.trim().to_string()
    }

    fn seq(&mut self) -> Result<Value, String> {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.ws();
            match self.peek() {
                Some(']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err("a flow sequence is not closed".into()),
                _ => {}
            }
            items.push(self.node()?);
            self.ws();
            match self.peek() {
                Some(',') => self.i += 1,
                Some(']') => {}
                Some(':') => {
                    return Err(
                        "\"key: value\" pairs inside a flow sequence are not supported".into(),
                    )
                }
                _ => return Err("expected \",\" or \"]\" in a flow sequence".into()),
            }
        }
    }

    fn map(&mut self) -> Result<Value, String> {
        self.i += 1;
        let mut map = Map::new();
        loop {
            self.ws();
            match self.peek() {
                Some('}') => {
                    self.i += 1;
                    return Ok(Value::Object(map));
                }
                None => return Err("a flow mapping is not closed".into()),
                _ => {}
            }
            let key = match self.peek() {
                Some('"') | Some('\'') => self.quoted()?,
                Some('[') | Some('{') => {
                    return Err("collections as mapping keys are not supported".into())
                }
                Some('&') | Some('*') | Some('!') => {
                    return Err("anchors (&), aliases (*) and tags (!) are not supported".into())
                }
                _ => self.plain(),
            };
            self.ws();
            let value = if self.peek() == Some(':') {
                self.i += 1;
                self.ws();
                if matches!(self.peek(), Some(',') | Some('}')) {
                    Value::Null
                } else {
                    self.node()?
                }
            } else {
                Value::Null
            };
            if map.contains_key(&key) {
                return Err(format!("duplicate key \"{key}\""));
            }
            map.insert(key, value);
            self.ws();
            match self.peek() {
                Some(',') => self.i += 1,
                Some('}') => {}
                _ => return Err("expected \",\" or \"}\" in a flow mapping".into()),
            }
        }
    }
}

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

/// A [`Node`] as the JSON value [`parse_documents`] reads back from it.
pub fn to_json(node: &Node) -> Value {
    match node {
        Node::Str(s) => Value::String(s.clone()),
        Node::Map(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
        Node::Seq(s) => Value::Array(s.iter().map(to_json).collect()),
    }
}
