//! Escapes, quoted and plain scalars (core-schema resolution), and flow collections.

use serde_json::{Map, Number, Value};

use super::MAX_DEPTH;

/// One escape of a double-quoted scalar: the character and how many more chars
/// of `rest` it used.
pub(super) fn escape(e: char, rest: &str) -> Result<(char, usize), String> {
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
pub(super) fn unquote(s: &str) -> Result<String, String> {
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
pub(super) fn resolve_plain(s: &str) -> Value {
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
pub(super) struct Flow<'c> {
    pub(super) chars: &'c [char],
    pub(super) i: usize,
    pub(super) depth: usize,
}

impl Flow<'_> {
    pub(super) fn ws(&mut self) {
        while self.i < self.chars.len() && matches!(self.chars[self.i], ' ' | '\t') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    pub(super) fn node(&mut self) -> Result<Value, String> {
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
