//! Words and names: English inflection for table names, GraphQL-safe identifiers,
//! and "did you mean" similarity for error hints.

/// Singular of one lower-case word (`companies` → `company`). Words that are
/// already singular come back unchanged.
pub fn singular(word: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("people", "person"),
        ("children", "child"),
        ("men", "man"),
        ("women", "woman"),
        ("data", "data"),
        ("media", "media"),
        ("criteria", "criterion"),
        ("sms", "sms"),
        ("mms", "mms"),
        ("geese", "goose"),
        ("mice", "mouse"),
        ("feet", "foot"),
        ("teeth", "tooth"),
        ("quizzes", "quiz"),
        // an acronym's plural ending in `us`, which singular words do (`status`)
        ("skus", "sku"),
        ("cpus", "cpu"),
        ("gpus", "gpu"),
    ];
    if let Some((_, s)) = IRREGULAR.iter().find(|(p, _)| *p == word) {
        return (*s).to_string();
    }
    // Classes of irregular plurals, each by its words: `-ices` of `-ex`/`-ix`, `-ses`
    // of Greek `-sis`, `-ves` of `-f`/`-fe`, `-oes` of `-o`, `-ies` of `-ie`
    // (`movies` → `movie`, where most `-ies` are of `-y`).
    const CLASSES: &[(&str, &str, &[&str])] = &[
        ("ices", "ex", &["ind", "vert"]),
        ("ices", "ix", &["matr", "append"]),
        (
            "ses",
            "sis",
            &[
                "analy", "diagno", "the", "hypothe", "cri", "synop", "parenthe", "emphas", "progno",
            ],
        ),
        (
            "ves",
            "f",
            &["wol", "hal", "shel", "thie", "sel", "cal", "loa"],
        ),
        ("ves", "fe", &["kni", "wi"]),
        (
            "oes",
            "o",
            &["her", "potat", "tomat", "ech", "vet", "torped"],
        ),
        (
            "ies",
            "ie",
            &[
                "mov", "cook", "zomb", "calor", "t", "p", "l", "rook", "self", "hood", "goal",
                "freeb", "browni", "smooth", "sort", "prair", "gen", "aunt", "newb", "pix", "cow",
                "hipp",
            ],
        ),
    ];
    for (plural_end, singular_end, stems) in CLASSES {
        if let Some(stem) = word.strip_suffix(plural_end) {
            if stems.contains(&stem) {
                return format!("{stem}{singular_end}");
            }
        }
    }
    // Words ending in s that are singular already.
    const SINGULAR_S: &[&str] = &[
        "status",
        "address",
        "business",
        "process",
        "access",
        "class",
        "analysis",
        "basis",
        "bus",
        "campus",
        "alias",
        "canvas",
        "news",
        "series",
        "species",
        "axis",
        "this",
        "gas",
        "lens",
        "bonus",
        "census",
        "virus",
        "plus",
        "atlas",
        "chassis",
        "thesis",
        "diagnosis",
    ];
    if SINGULAR_S.iter().any(|s| word.ends_with(s)) || word.ends_with("ss") || word.ends_with("us")
    {
        return word.to_string();
    }
    let n = word.len();
    // `statuses` → `status`, `bonuses` → `bonus`
    if n > 4 && word.ends_with("es") && SINGULAR_S.iter().any(|s| word[..n - 2].ends_with(s)) {
        return word[..n - 2].to_string();
    }
    if n > 3 && word.ends_with("ies") {
        return format!("{}y", &word[..n - 3]);
    }
    for suffix in ["sses", "xes", "zes", "ches", "shes"] {
        if word.ends_with(suffix) && n > suffix.len() {
            return word[..n - 2].to_string();
        }
    }
    if word.ends_with("ses") && n > 4 {
        // `responses` → `response`, `cases` → `case`
        return word[..n - 1].to_string();
    }
    if n > 2 && word.ends_with('s') && !word.ends_with("is") {
        return word[..n - 1].to_string();
    }
    word.to_string()
}

/// Plural of one lower-case word (`company` → `companies`).
pub fn plural(word: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("person", "people"),
        ("child", "children"),
        ("man", "men"),
        ("woman", "women"),
        ("data", "data"),
        ("media", "media"),
        ("criterion", "criteria"),
        ("sms", "sms"),
        ("mms", "mms"),
    ];
    if let Some((_, p)) = IRREGULAR.iter().find(|(s, _)| *s == word) {
        return (*p).to_string();
    }
    if word.is_empty() {
        return "rows".into();
    }
    // already plural (`deals`), so `contacts_and_deals` stays as it is
    if word.ends_with('s') && singular(word) != word {
        return word.to_string();
    }
    let bytes = word.as_bytes();
    let n = bytes.len();
    let vowel = |c: u8| b"aeiou".contains(&c);
    if word.ends_with('y') && n > 1 && !vowel(bytes[n - 2]) {
        return format!("{}ies", &word[..n - 1]);
    }
    if word.ends_with('s')
        || word.ends_with('x')
        || word.ends_with('z')
        || word.ends_with("ch")
        || word.ends_with("sh")
    {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// Apply `f` to the last word of a snake_case name; a trailing number stays last
/// (`pricebook_2` → `pricebooks_2`).
fn inflect_last(name: &str, f: fn(&str) -> String) -> String {
    let mut parts: Vec<String> = name.split('_').map(str::to_string).collect();
    let idx = parts
        .iter()
        .rposition(|p| !p.is_empty() && !p.chars().all(|c| c.is_ascii_digit()));
    if let Some(i) = idx {
        parts[i] = f(&parts[i]);
    }
    parts.join("_")
}

pub fn singular_name(name: &str) -> String {
    inflect_last(name, singular)
}

pub fn plural_name(name: &str) -> String {
    inflect_last(name, plural)
}

/// A name in lower case, its camelCase words split as snake_case words are
/// (`createdById` → `created_by_id`, `ParentDealID` → `parent_deal_id`): sync tools
/// land an API's own field names. A name in one case is only lowered.
pub fn snake_words(name: &str) -> String {
    // (most names are in one case: no work beyond lowering them)
    let mixed = name.chars().any(char::is_lowercase) && name.chars().any(char::is_uppercase);
    if !mixed {
        return name.to_lowercase();
    }
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        // a word starts at an upper case letter after a lower case one or a digit, or
        // at the last capital of a run before a lower case letter (`HTTPRequest`)
        // (an acronym's plural is one word: `SKUs`, `URLs`, `APIs`)
        let plural_of_acronym =
            next == Some('s') && chars.get(i + 2).is_none_or(|c| !c.is_lowercase());
        let starts_word = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || p.is_uppercase()
                        && next.is_some_and(char::is_lowercase)
                        && !plural_of_acronym
            });
        if starts_word && !out.ends_with('_') {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    // brands spelt in camelCase are one word each (`linkedInCompanyId` is LinkedIn's)
    let mut words: Vec<String> = out.split('_').map(str::to_string).collect();
    let mut i = 0;
    while i + 1 < words.len() {
        let joined = format!("{}{}", words[i], words[i + 1]);
        if CAMEL_BRANDS.contains(&joined.as_str()) {
            words[i] = joined;
            words.remove(i + 1);
        } else {
            i += 1;
        }
    }
    words.join("_")
}

/// A name without its underscores (`gl_account` → `glaccount`): how run-together
/// names are compared.
pub fn squash(s: &str) -> String {
    // (by slices, not characters: it runs on every column name, often)
    let mut out = String::with_capacity(s.len());
    s.split('_').for_each(|part| out.push_str(part));
    out
}

/// `squash(with_underscores) == squashed`, without building the squashed copy.
pub fn squashes_to(with_underscores: &str, squashed: &str) -> bool {
    with_underscores.len() >= squashed.len()
        && with_underscores
            .bytes()
            .filter(|b| *b != b'_')
            .eq(squashed.bytes())
}

/// Brands written in camelCase, one word each.
const CAMEL_BRANDS: &[&str] = &[
    "linkedin",
    "youtube",
    "github",
    "gitlab",
    "paypal",
    "hubspot",
    "quickbooks",
    "netsuite",
    "wordpress",
    "woocommerce",
    "bigcommerce",
    "mailchimp",
    "sendgrid",
    "zendesk",
    "tiktok",
    "dropbox",
    "salesforce",
    "freshdesk",
    "docusign",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_drops_every_underscore_and_squashes_to_agrees_with_it() {
        for (with, without) in [
            ("gl_account", "glaccount"),
            ("__a__b__", "ab"),
            ("reversed_by", "reversedby"),
            ("", ""),
            ("_", ""),
            ("é_ü_名", "éü名"),
            ("plain", "plain"),
        ] {
            assert_eq!(squash(with), without);
            assert!(squashes_to(with, without), "{with}");
        }
        for (with, other) in [
            ("reversed_by", "reversedbyid"),
            ("reversed_by", "reversedb"),
            ("a_b", "a_b"),
            ("ab", "ba"),
            ("", "x"),
        ] {
            assert_ne!(squash(with), other);
            assert!(!squashes_to(with, other), "{with} {other}");
        }
    }

    #[test]
    fn singular_and_plural_round_trip_common_words() {
        for (s, p) in [
            ("company", "companies"),
            ("contact", "contacts"),
            ("address", "addresses"),
            ("status", "statuses"),
            ("opportunity", "opportunities"),
            ("person", "people"),
            ("match", "matches"),
            ("key", "keys"),
            ("case", "cases"),
            ("box", "boxes"),
        ] {
            assert_eq!(plural(s), p, "plural of {s}");
            assert_eq!(singular(p), s, "singular of {p}");
            assert_eq!(singular(s), s, "{s} is singular already");
        }
    }

    /// Principle: irregular plurals come in classes (`-ices`, Greek `-ses`, `-ves`,
    /// `-oes`, `-ies` of `-ie`), each recognised by its words only, so the regular rule
    /// keeps every other word (`devices`, `responses`, `leaves` of a leave, `parties`).
    #[test]
    fn irregular_plurals_by_class_and_the_regular_rule_elsewhere() {
        for (p, s) in [
            ("indices", "index"),
            ("matrices", "matrix"),
            ("analyses", "analysis"),
            ("diagnoses", "diagnosis"),
            ("wolves", "wolf"),
            ("knives", "knife"),
            ("wives", "wife"),
            ("lives", "live"),
            ("heroes", "hero"),
            ("movies", "movie"),
            ("cookies", "cookie"),
            ("ties", "tie"),
            ("quizzes", "quiz"),
            ("mice", "mouse"),
            ("sms", "sms"),
            ("devices", "device"),
            ("invoices", "invoice"),
            ("responses", "response"),
            ("databases", "database"),
            ("leaves", "leave"),
            ("parties", "party"),
            ("properties", "property"),
            ("entries", "entry"),
            ("shoes", "shoe"),
        ] {
            assert_eq!(singular(p), s, "singular of {p}");
            assert_eq!(singular(s), s, "{s} is singular already");
        }
        assert_eq!(singular_name("sms_campaigns"), "sms_campaign");
        assert_eq!(singular_name("campaign_sms"), "campaign_sms");
        assert_eq!(plural("sms"), "sms");
    }

    #[test]
    fn inflection_touches_only_the_last_word() {
        assert_eq!(plural_name("line_item"), "line_items");
        assert_eq!(singular_name("line_items"), "line_item");
        assert_eq!(plural_name("pricebook_2"), "pricebooks_2");
        assert_eq!(plural_name("contacts_and_deals"), "contacts_and_deals");
        assert_eq!(singular_name("user_roles"), "user_role");
    }
}
