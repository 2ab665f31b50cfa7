//! The block parser: mappings, sequences and the scalars and flow nodes in them.

use serde_json::{Map, Value};

use super::scalar::{escape, resolve_plain, unquote, Flow};
use super::{
    comment_start, is_seq_item, plain_key_colon, quoted_end, strip_comment, Line, YamlError,
    MAX_DEPTH,
};

struct Parser<'a> {
    lines: Vec<Line<'a>>,
    pos: usize,
    doc: usize,
    depth: usize,
}

/// The top-level node of one document's lines, if it has any content.
pub(super) fn document(lines: Vec<Line<'_>>, doc: usize) -> Result<Option<Value>, YamlError> {
    let mut p = Parser {
        lines,
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
