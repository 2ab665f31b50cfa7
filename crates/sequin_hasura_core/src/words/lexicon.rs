//! What words in column and table names mean, beyond their spelling: the word forms
//! two names share (`archived_reason` ~ `archive_reason`, `src_acct` ~
//! `source_account`), and the words that name a person (`approver`, `owner`, `host`).
//! The lexicons are small, documented, and each says which general rule it serves.

use super::inflect::singular;

/// Abbreviations apps and sync tools put in column and table names, with the word
/// they stand for. Rule: a word and its common abbreviation are the same word when
/// names are matched (`parent_org_id` → `organization`, `src_acct_id` → `account`).
/// Only abbreviations with one reading in business data are listed (not `st`, `no`,
/// `co`, `inv`, `sub`, `rec`, which stand for several words).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("acct", "account"),
    ("addr", "address"),
    ("admin", "administrator"),
    ("amt", "amount"),
    ("app", "application"),
    ("attr", "attribute"),
    ("cat", "category"),
    ("cfg", "configuration"),
    // a clipped word (NetSuite's `class` is its `classification` table)
    ("class", "classification"),
    ("conf", "configuration"),
    ("config", "configuration"),
    ("ctry", "country"),
    ("cust", "customer"),
    ("dept", "department"),
    ("dest", "destination"),
    ("dst", "destination"),
    ("doc", "document"),
    ("emp", "employee"),
    ("empl", "employee"),
    ("env", "environment"),
    ("evt", "event"),
    ("grp", "group"),
    ("img", "image"),
    ("info", "information"),
    ("loc", "location"),
    ("mgr", "manager"),
    ("msg", "message"),
    ("opp", "opportunity"),
    ("oppty", "opportunity"),
    ("org", "organization"),
    ("orig", "original"),
    ("pkg", "package"),
    ("pmt", "payment"),
    ("pymt", "payment"),
    ("prev", "previous"),
    ("prod", "product"),
    ("proj", "project"),
    ("qty", "quantity"),
    ("repo", "repository"),
    ("rep", "representative"),
    ("src", "source"),
    ("stmt", "statement"),
    ("tmpl", "template"),
    ("tpl", "template"),
    ("trx", "transaction"),
    ("txn", "transaction"),
    ("usr", "user"),
    ("ver", "version"),
    ("whse", "warehouse"),
];

/// The spellings of a squashed name (`accttype`, `deferralacct`: no `_` between its
/// words) with an abbreviation at its start or end spelled out (`accounttype`,
/// `deferralaccount`). Rule: an abbreviation inside a run-together name is the same
/// word as on its own. Only abbreviations of four letters or more, with three letters
/// or more beside them: a shorter one is too often part of another word.
pub fn squashed_spellings(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    if name.contains('_') || !name.chars().all(|c| c.is_ascii_lowercase()) {
        return out;
    }
    for (short, full) in ABBREVIATIONS.iter().filter(|(a, _)| a.len() >= 4) {
        if let Some(rest) = name.strip_prefix(short).filter(|r| r.len() >= 3) {
            out.push(format!("{full}{rest}"));
        }
        if let Some(head) = name.strip_suffix(short).filter(|h| h.len() >= 3) {
            out.push(format!("{head}{full}"));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A yes-or-no flag by its name (`is_primary`, NetSuite's `isinactive`,
/// `hasattachment`): never a reference, whatever table its other words name
/// (`isbasecurrency` is no currency).
pub fn is_flag_name(name: &str) -> bool {
    ["is", "has"].iter().any(|p| {
        name.strip_prefix(p).is_some_and(|rest| {
            rest.strip_prefix('_').is_some_and(|r| !r.is_empty())
                || (!name.contains('_') && rest.len() >= 4)
        })
    })
}

/// English words that end in `id` without being an id (`amount_paid`, `cpc_bid`,
/// `is_void`): never a run-together `<x>id`.
pub const WORDS_ENDING_IN_ID: &[&str] = &[
    // identifier words of their own (`customer_uuid` holds a uuid, no `customer_uu`)
    "uuid",
    "guid",
    "paid",
    "prepaid",
    "unpaid",
    "overpaid",
    "underpaid",
    "repaid",
    "bid",
    "valid",
    "invalid",
    "void",
    "avoid",
    "grid",
    "hybrid",
    "android",
    "fluid",
    "liquid",
    "solid",
    "rapid",
    "acid",
    "humid",
    "vivid",
    "lid",
    "kid",
    "said",
    "laid",
    "squid",
    "pyramid",
];

/// A run-together `<participle>by` (Zuora's `createdbyid`, `lastmodifiedby`) or a
/// role phrase run together (`assignedto`): a person's role, as `created_by` is.
pub fn is_run_together_by_phrase(stem: &str) -> bool {
    !stem.contains('_')
        && (stem
            .strip_suffix("by")
            .is_some_and(|head| head.len() >= 4 && head.ends_with("ed"))
            || ROLE_PHRASES.iter().any(|p| super::squash(p) == stem))
}

/// Last words of a table's name that make its rows events, not things (`events`,
/// `email_send`, `page_view`): an address on one is a person's, not its own.
pub const EVENT_WORDS: &[&str] = &[
    "event",
    "activity",
    "click",
    "open",
    "send",
    "bounce",
    "delivery",
    "view",
    "visit",
    "session",
    "log",
    "impression",
    "unsubscribe",
    "complaint",
    "hit",
    "track",
];

/// Words before `<entity>_<identifier>` that make the identifier no entity's of this
/// source: another system's (`legacy_customer_number`, `external_account_code`) or a
/// channel's (`phone_country_code`, a dialling code).
pub const NOT_IDENTIFIER_ROLES: &[&str] = &[
    "legacy",
    "external",
    "old",
    "former",
    "previous",
    "original",
    "alternate",
    "alt",
    "foreign",
    "imported",
    "migrated",
    "phone",
    "mobile",
    "fax",
    "telephone",
    "dialing",
    "dialling",
];

/// Words after a table's name that make a fuller copy of its rows (`lists_detailed`).
pub const FULLER_COPY_WORDS: &[&str] = &["detailed", "extended", "expanded", "enriched"];

/// Words that name a position in a list, never a row (`watchlist_item.index`,
/// `position`, `rank`): a bare number so named is no reference, whatever table has
/// that name.
pub const POSITION_WORDS: &[&str] = &[
    "index",
    "idx",
    "position",
    "pos",
    "rank",
    "ranking",
    "sequence",
    "seq",
    "ordinal",
    "sort_order",
    "sort_index",
    "line_number",
];

/// British and American spellings of one word.
const SPELLINGS: &[(&str, &str)] = &[
    ("organisation", "organization"),
    ("catalogue", "catalog"),
    ("cheque", "check"),
];

/// One word spelled out: its abbreviation expanded, its spelling American, singular
/// (`orgs` → `organization`, `categories` → `category`).
pub fn spelled_out(word: &str) -> String {
    let w = word.to_lowercase();
    let one = singular(&w);
    for candidate in [&w, &one] {
        if let Some((_, full)) = ABBREVIATIONS.iter().find(|(a, _)| a == candidate) {
            return (*full).to_string();
        }
        if let Some((_, us)) = SPELLINGS.iter().find(|(b, _)| b == candidate) {
            return (*us).to_string();
        }
    }
    one
}

/// The form a word is matched by: spelled out, then without its inflection ending, so
/// a participle meets its verb or noun (`archived` ~ `archive`, `updated` ~ `update`).
/// Rule: names that differ only in word forms name the same thing.
pub fn word_form(word: &str) -> String {
    let w = spelled_out(word);
    let n = w.len();
    if n > 4 && w.ends_with("ed") {
        return w[..n - 2].to_string();
    }
    if n > 3 && w.ends_with('e') {
        return w[..n - 1].to_string();
    }
    w
}

/// A snake_case name as the forms of its words (see [`word_form`]), joined by `_`:
/// the key two names match on when their words are the same words.
pub fn words_key(name: &str) -> String {
    name.split('_')
        .filter(|w| !w.is_empty())
        .map(word_form)
        .collect::<Vec<_>>()
        .join("_")
}

/// Role words that name a person without an agent noun's ending: who holds a role
/// in the source system (`host_id`, `admin_id`, `rep_id`, `staff_id`).
pub const ROLE_WORDS: &[&str] = &[
    // (who did it, in an audit trail or event: GitHub's `actor_id`; five letters, too
    // short for an agent noun's ending)
    "actor",
    "admin",
    "administrator",
    "agent",
    "assignee",
    "assistant",
    "author",
    "consultant",
    "delegate",
    "host",
    "manager",
    "owner",
    "representative",
];

/// The parties a billing or order document is addressed to (Zuora's `BillToId`,
/// `SoldToId`; `ship_to`, `remit_to`): each is a contact of the customer, not a user of
/// the system.
pub const PARTY_ROLES: &[&str] = &["bill_to", "sold_to", "ship_to", "remit_to"];

/// Phrases that name a person without a person word (`assigned_to`).
pub const ROLE_PHRASES: &[&str] = &["assigned_to"];

/// Words shaped like agent nouns (`-er`, `-or`, `-ee`) that name a thing or an outside
/// party, not a person of the source system (a folder, a carrier, a customer, an
/// addressee's name), or a verb or word that only ends so (`defer`, `render`, `whether`).
pub const NOT_AGENTS: &[&str] = &[
    "adapter",
    "addressee",
    "after",
    "alter",
    "anchor",
    "another",
    "answer",
    "banner",
    "barrier",
    "behavior",
    "behaviour",
    "border",
    "browser",
    "buyer",
    "calculator",
    "calendar",
    "carrier",
    "center",
    "chapter",
    "character",
    "cluster",
    "coffee",
    "collector",
    "color",
    "committee",
    "computer",
    "connector",
    "consider",
    "container",
    "counter",
    "cursor",
    "cover",
    "customer",
    "defer",
    "degree",
    "deliver",
    "descriptor",
    "detector",
    "differ",
    "driver",
    "either",
    "error",
    "exterior",
    "factor",
    "filter",
    "flavor",
    "floor",
    "folder",
    "footer",
    "former",
    "gender",
    "generator",
    "guarantee",
    "header",
    "identifier",
    "indicator",
    "inner",
    "interior",
    "iterator",
    "junior",
    "later",
    "layer",
    "ledger",
    "letter",
    "liter",
    "lower",
    "major",
    "marker",
    "master",
    "meter",
    "minor",
    "mirror",
    "modifier",
    "monitor",
    "motor",
    "neither",
    "never",
    "newer",
    "newsletter",
    "number",
    "offer",
    "older",
    "operator",
    "order",
    "other",
    "outer",
    "paper",
    "parameter",
    "partner",
    "payee",
    "player",
    "poster",
    "power",
    "prefer",
    "printer",
    "prior",
    "processor",
    "provider",
    "quarter",
    "rather",
    "refer",
    "register",
    "remember",
    "reminder",
    "render",
    "router",
    "scanner",
    "sector",
    "selector",
    "senior",
    "sensor",
    "server",
    "shipper",
    "sticker",
    "subscriber",
    "super",
    "supplier",
    "tender",
    "tier",
    "timer",
    "together",
    "tracker",
    "trailer",
    "transfer",
    "trigger",
    "under",
    "upper",
    "validator",
    "vector",
    "vendor",
    "voucher",
    "water",
    "whether",
    "wrapper",
];

/// An agent noun, by its shape: one who does what its verb says (`approver`, `sender`,
/// `submitter`, `editor`, `creator`, `assignee`), and not a thing of that shape.
pub fn is_agent_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    if NOT_AGENTS.contains(&w.as_str()) || !w.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    // a squashed compound is what its last word is (`entitynumber`, `linesequencenumber`
    // are numbers); four letters before it at least, so `follower` stays a person
    if NOT_AGENTS
        .iter()
        .any(|n| w.len() >= n.len() + 4 && w.ends_with(n))
    {
        return false;
    }
    (w.len() >= 5 && w.ends_with("er"))
        || (w.len() >= 6 && w.ends_with("or"))
        || (w.len() >= 6 && w.ends_with("ee"))
}

/// Words that name people as an entity, not a role: `user_id` means a `user` table,
/// never another people table (HubSpot's `owner.user_id` is a HubSpot user, not an
/// owner; Intercom's users are its contacts, not its admins).
pub const PEOPLE_ENTITIES: &[&str] = &[
    "user", "person", "member", "employee", "staff", "worker", "teammate",
];

/// A word that names a person of the source system by a role: a role word or an
/// agent noun, spelled out (`mgr` → `manager`, `rep` → `representative`), and not a
/// people entity's own name.
pub fn is_person_word(word: &str) -> bool {
    is_spelled_out_person_word(&spelled_out(word))
}

/// [`is_person_word`] of a word already [`spelled_out`].
pub fn is_spelled_out_person_word(w: &str) -> bool {
    !PEOPLE_ENTITIES.contains(&w) && (ROLE_WORDS.contains(&w) || is_agent_noun(w))
}

/// What the people of a source system are stored as: a table named so (singular),
/// best first. Rule: roles (`owner_id`, `approver_id`) point at the schema's people
/// table, whatever it is called.
pub const PEOPLE_NOUNS: &[&str] = &[
    "user",
    "person",
    "member",
    "employee",
    "staff",
    "agent",
    "administrator",
    "admin",
    "owner",
    "teammate",
    "worker",
];

/// Groups of people: what can fill a person's role besides a person (Intercom's
/// `team_assignee_id` is a team; a `task_assignee_id` is a person of the task).
pub const GROUP_NOUNS: &[&str] = &[
    "team",
    "group",
    "queue",
    "squad",
    "department",
    "unit",
    "crew",
    "committee",
];

/// Collections of recipients a message is sent to, by the container's last word:
/// their members are memberships of the collection (Mailchimp's `list_members`, a
/// `mailing_list`'s, Salesforce's `CampaignMember`), never the people of the source.
pub const RECIPIENT_LISTS: &[&str] = &[
    "list",
    "audience",
    "segment",
    "cohort",
    "newsletter",
    "campaign",
    "broadcast",
];

/// Words after an entity's name that make a table a versioned copy of it (Fivetran's
/// history mode `company_history`, a dbt snapshot `company_snapshot`). Rule: when no
/// table has the entity's own name, `<entity>_id` refers to its versioned copy.
pub const VERSION_QUALIFIERS: &[&str] = &["history", "snapshot", "hist"];

/// Words before or after an entity's name that make a table a copy of it (a backup, an
/// archive, an old or staging copy): it holds the entity's own rows and ids, so it is
/// the entity, never an extension of it. A number (`contacts_2023`) or a version
/// (`contacts_v2`) is one too (see [`is_copy_qualifier`]).
pub const COPY_QUALIFIERS: &[&str] = &[
    "backup", "backups", "bak", "bkp", "archive", "archived", "old", "copy", "tmp", "temp", "prev",
    "previous", "legacy", "staging", "deleted", "dump", "mirror", "replica",
];

/// The [`COPY_QUALIFIERS`] that are nouns of their own too, making a compound with a
/// singular name before them (advertising's `ad_copy`, the text of an ad): after a
/// name they make a copy only of a plural one (`ads_copy`, `contacts_backup`).
pub const COPY_NOUNS: &[&str] = &[
    "copy", "backup", "backups", "archive", "dump", "mirror", "replica",
];

/// A word that makes a table a copy of the entity it names: a version qualifier,
/// a copy qualifier, a number (a date, a year) or a version (`v2`).
pub fn is_copy_qualifier(word: &str) -> bool {
    let numbered = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    VERSION_QUALIFIERS.contains(&word)
        || COPY_QUALIFIERS.contains(&word)
        || numbered(word)
        || word.strip_prefix('v').is_some_and(numbered)
}

/// Last words that make a table the container of its entity's fields (Workday's
/// `personal_information_common_data`): where no table has the entity's own name, the
/// container is the entity, as a versioned copy is.
pub const CONTAINER_WORDS: &[&str] = &["data"];

/// Last words of a natural key that make it an attribute every row may have of its own
/// (a contact's `email_address`, an order's `date_day`), not a value chosen from the
/// table the key keys: such a key is matched by its very name only from rows with no
/// key of their own, as `email` is.
pub const OWN_ATTRIBUTE_WORDS: &[&str] = &[
    "email", "address", "name", "phone", "username", "login", "url", "domain", "handle", "title",
    "date", "day", "time", "month", "year", "website", "homepage", "ip",
];

/// Prepositions after which a name says what its head noun is for: the head of
/// `requisition_for_hire` is `requisition`. (`to` and `by` say where or who: the
/// words after them are the entity, as in `bill_to_contact`.)
pub const PREPOSITIONS: &[&str] = &["for", "of", "from", "on", "in", "at", "with", "per"];

/// Words before an entity's name that say the column relates a row to another row of
/// that entity (`applied_to_invoice`, `related_ticket`, `linked_issue`), so a table's
/// column may name its own entity and still be a reference. (`to` and `by` are not
/// prepositions here: see [`PREPOSITIONS`].)
pub const RELATION_WORDS: &[&str] = &[
    "to",
    "by",
    "related",
    "linked",
    "child",
    "sibling",
    "duplicate",
    "merged",
    "split",
];

/// A word before an entity's name that makes the column another row of that entity:
/// a relation word, or a present participle that picks one out (`winning_campaign`,
/// `billing_account`, `preceding_stage`). Rule: `<participle>_<own entity>` is a
/// self reference; `<noun>_<own entity>` (`property_event`) is another id of it.
pub fn is_relation_word(word: &str) -> bool {
    RELATION_WORDS.contains(&word) || (word.len() >= 6 && word.ends_with("ing"))
}

/// The last words of a part's table name (`ap_bill_item`, `invoice_line`,
/// `journal_entry`): the rest of its name is its whole.
pub const PART_WORDS: &[&str] = &[
    "item", "items", "line", "lines", "detail", "details", "entry", "entries",
];

/// Compound nouns whose thing is not their second word's (a line item is a line of a
/// document, not an item of the catalog; a journal entry, a time entry): a column
/// naming one never refers to a table named by the second word alone.
pub const COMPOUND_NOUNS: &[(&str, &str)] = &[
    ("line", "item"),
    ("journal", "entry"),
    ("time", "entry"),
    ("ledger", "entry"),
];

/// Generic nouns a part names its whole by (Sage Intacct's `ap_bill_item.recordkey`,
/// an `invoice_line.header_id`, a `document_id`): in a part's table they point at the
/// whole, whatever the whole is called.
pub const WHOLE_WORDS: &[&str] = &["record", "header", "document", "doc", "master"];

/// Words that name an identifier other than an `id`: after an entity's name they say
/// the column holds that entity's code or number (`account_code`, `invoice_number`).
pub const IDENTIFIER_WORDS: &[&str] = &[
    "code", "number", "num", "no", "key", "slug", "uuid", "guid", "handle", "hash",
];

/// Two words that make one thing other than the second (a `line item` is a line, a
/// `journal entry` a record of its own): the first never a role of the second.
pub fn is_compound(first: &str, second: &str) -> bool {
    let second = crate::words::singular(second);
    COMPOUND_NOUNS
        .iter()
        .any(|(a, b)| *a == first && *b == second)
}

/// Does a run-together name split between a compound's two words here (`line|item`)?
pub fn splits_a_compound(head: &str, tail: &str) -> bool {
    COMPOUND_NOUNS
        .iter()
        .any(|(a, b)| head.ends_with(a) && tail.starts_with(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_is_read_whole_and_run_together() {
        assert!(is_compound("line", "items") && is_compound("journal", "entry"));
        assert!(!is_compound("default", "item") && !is_compound("item", "line"));
        assert!(splits_a_compound("sourceline", "itemid"));
        assert!(!splits_a_compound("default", "itemid"));
    }

    #[test]
    fn abbreviations_inside_squashed_names_are_spelled_out() {
        assert_eq!(squashed_spellings("accttype"), vec!["accounttype"]);
        assert_eq!(squashed_spellings("deferralacct"), vec!["deferralaccount"]);
        assert_eq!(
            squashed_spellings("custaddr"),
            vec!["custaddress", "customeraddr"]
        );
        // short abbreviations and short remainders are left alone
        assert!(squashed_spellings("server").is_empty());
        assert!(squashed_spellings("acctx").is_empty());
        assert!(squashed_spellings("acct_type").is_empty());
    }

    #[test]
    fn flags_are_known_by_their_first_word() {
        for f in [
            "is_primary",
            "isinactive",
            "isbasecurrency",
            "hasattachment",
            "has_children",
        ] {
            assert!(is_flag_name(f), "{f}");
        }
        for f in ["issue", "isle", "hash", "history", "is_", "hasp"] {
            assert!(!is_flag_name(f), "{f}");
        }
    }

    #[test]
    fn participles_and_relation_words_pick_out_another_row() {
        for w in ["winning", "billing", "preceding", "related", "merged", "to"] {
            assert!(is_relation_word(w), "{w}");
        }
        for w in ["property", "source", "king", "event"] {
            assert!(!is_relation_word(w), "{w}");
        }
    }

    #[test]
    fn a_squashed_compound_is_its_last_word() {
        for thing in [
            "entitynumber",
            "linesequencenumber",
            "customernumber",
            "recordheader",
        ] {
            assert!(!is_agent_noun(thing), "{thing}");
        }
        for person in [
            "follower",
            "approver",
            "submitter",
            "requester",
            "presenter",
            "observer",
        ] {
            assert!(is_agent_noun(person), "{person}");
        }
    }

    #[test]
    fn abbreviations_and_participles_share_a_words_key() {
        assert_eq!(words_key("src_acct"), words_key("source_account"));
        assert_eq!(words_key("parent_org"), words_key("parent_organisations"));
        assert_eq!(words_key("archived_reason"), words_key("archive_reason"));
        assert_eq!(words_key("txn"), words_key("transactions"));
        assert_eq!(words_key("cust_addr"), words_key("customer_address"));
        assert_ne!(words_key("account"), words_key("count"));
        assert_eq!(spelled_out("orgs"), "organization");
        assert_eq!(spelled_out("categories"), "category");
    }

    #[test]
    fn agent_nouns_and_role_words_name_people_but_things_of_that_shape_do_not() {
        for person in [
            "approver",
            "sender",
            "submitter",
            "editor",
            "updater",
            "referrer",
            "creator",
            "assignee",
            "invitee",
            "host",
            "owner",
            "manager",
            "mgr",
            "rep",
            "author",
        ] {
            assert!(is_person_word(person), "{person}");
        }
        for thing in [
            "folder", "order", "carrier", "customer", "provider", "number", "tier", "account",
            "user_id", "status", "other", "color", "cursor",
        ] {
            assert!(!is_agent_noun(thing), "{thing}");
        }
    }
}
