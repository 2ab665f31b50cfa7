use super::yaml::{emit, parse_documents, scalar, Node};
use super::*;
use crate::error::Code;
use crate::testing::*;
use serde_json::json;

/// `tests/ddn/hubspot_subgraph.hml`: the models of owner (renamed `Owner`),
/// company, contact (`hubspotOwnerId` renamed `ownerId`), deal and
/// associations_contact_deal, aggregate expressions for contact and deal, and
/// the user's own `HubspotContact.owner`.
const FIXTURE: &str = include_str!("../../../../../tests/ddn/hubspot_subgraph.hml");

/// The tables of `tests/fixtures/hubspot.sql`.
fn hubspot() -> Vec<Table> {
    let t = sequin_table;
    vec![
        t(
            "hubspot",
            "owner",
            &[
                ("email", "text"),
                ("first_name", "text"),
                ("last_name", "text"),
                ("user_id", "int8"),
                ("archived", "bool"),
            ],
        ),
        t(
            "hubspot",
            "company",
            &[
                ("name", "text"),
                ("domain", "text"),
                ("industry", "text"),
                ("hubspot_owner_id", "text"),
                ("hs_parent_company_id", "text"),
                ("createdate", "timestamp"),
            ],
        ),
        t(
            "hubspot",
            "contact",
            &[
                ("firstname", "text"),
                ("lastname", "text"),
                ("email", "text"),
                ("company", "text"),
                ("lifecyclestage", "text"),
                ("hubspot_owner_id", "text"),
                ("associatedcompanyid", "numeric"),
                ("createdate", "timestamp"),
            ],
        ),
        t(
            "hubspot",
            "deal",
            &[
                ("dealname", "text"),
                ("amount", "numeric"),
                ("dealstage", "text"),
                ("pipeline", "text"),
                ("closedate", "timestamp"),
                ("hubspot_owner_id", "text"),
            ],
        ),
        t(
            "hubspot",
            "ticket",
            &[("subject", "text"), ("hubspot_owner_id", "text")],
        ),
        associations_contact_deal("hubspot"),
        keyless_table("hubspot", "_sync_meta", &[("id", "int4")]),
    ]
}

fn hubspot_analysis() -> Analysis {
    analyze(hubspot(), "hubspot", 0.7)
}

/// (sourceType, name) → definition, of every document of every file.
fn relationships(files: &BTreeMap<String, String>) -> BTreeMap<(String, String), Value> {
    let mut out = BTreeMap::new();
    for (path, text) in files {
        for doc in parse_documents(text).unwrap_or_else(|e| panic!("{path}: {e:?}")) {
            assert_eq!(doc["kind"], "Relationship");
            assert_eq!(doc["version"], "v1");
            let d = doc["definition"].clone();
            let key = (
                d["sourceType"].as_str().unwrap().to_string(),
                d["name"].as_str().unwrap().to_string(),
            );
            assert_eq!(
                path,
                &format!("{DIR}/{}Relationships.hml", key.0),
                "one file per source type"
            );
            assert!(out.insert(key, d).is_none(), "unique per source type");
        }
    }
    out
}

fn rel<'a>(rels: &'a BTreeMap<(String, String), Value>, ty: &str, name: &str) -> &'a Value {
    rels.get(&(ty.to_string(), name.to_string()))
        .unwrap_or_else(|| panic!("no {ty}.{name} in {:?}", rels.keys().collect::<Vec<_>>()))
}

/// (source field, target field) of a definition's mapping.
fn mapping(d: &Value) -> Vec<(String, String)> {
    d["mapping"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["source"]["fieldPath"][0]["fieldName"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                m["target"]["modelField"][0]["fieldName"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

fn pair(s: &str, t: &str) -> Vec<(String, String)> {
    vec![(s.to_string(), t.to_string())]
}

fn fixture_docs() -> Vec<Value> {
    parse_documents(FIXTURE).expect("the fixture parses")
}

/// A subgraph as `ddn model add` would write it for every tracked table: an
/// ObjectType and a Model each, convention names.
fn convention_subgraph(a: &Analysis) -> Vec<Value> {
    let mut docs = Vec::new();
    for &i in &a.tracked {
        let t = &a.tables[i];
        let collection = ndc_collection(&t.schema, &t.name);
        let name = pascal_case(&collection);
        let fields = convention_fields(t);
        docs.push(json!({
            "kind": "ObjectType", "version": "v1",
            "definition": {
                "name": name,
                "fields": fields.values().map(|f| json!({"name": f, "type": "Text"})).collect::<Vec<_>>(),
                "dataConnectorTypeMapping": [{
                    "dataConnectorName": "pg",
                    "dataConnectorObjectType": collection,
                    "fieldMapping": fields.iter().map(|(c, f)| (f.clone(), json!({"column": {"name": c}}))).collect::<serde_json::Map<_, _>>(),
                }],
            },
        }));
        docs.push(json!({
            "kind": "Model", "version": "v2",
            "definition": {
                "name": name, "objectType": name,
                "source": {"dataConnectorName": "pg", "collection": collection},
            },
        }));
    }
    docs
}

fn set_field(docs: &mut [Value], kind: &str, name: &str, path: &[&str], v: Value) {
    let doc = docs
        .iter_mut()
        .find(|d| d["kind"] == kind && d["definition"]["name"] == name)
        .unwrap();
    let mut cur = &mut doc["definition"];
    for p in &path[..path.len() - 1] {
        cur = &mut cur[*p];
    }
    cur[path[path.len() - 1]] = v;
}

#[test]
fn without_a_subgraph_names_follow_the_cli_convention() {
    let a = hubspot_analysis();
    let (files, notices) = files(&a, None).unwrap();
    let rels = relationships(&files);
    assert!(files.contains_key("metadata/pg_sequin_hasura/HubspotContactRelationships.hml"));
    let owner = rel(&rels, "HubspotContact", "hubspotOwner");
    assert_eq!(owner["target"]["model"]["name"], "HubspotOwner");
    assert_eq!(owner["target"]["model"]["relationshipType"], "Object");
    assert_eq!(mapping(owner), pair("hubspotOwnerId", "id"));
    assert!(owner["target"]["model"].get("aggregate").is_none());
    let contacts = rel(&rels, "HubspotOwner", "hubspotContacts");
    assert_eq!(contacts["target"]["model"]["relationshipType"], "Array");
    assert_eq!(mapping(contacts), pair("id", "hubspotOwnerId"));
    assert!(
        contacts.get("graphql").is_none(),
        "no aggregate without a subgraph"
    );
    for name in ["hubspotCompanies", "hubspotDeals", "hubspotTickets"] {
        rel(&rels, "HubspotOwner", name);
    }
    // a role that is not the target: named by the role
    let parent = rel(&rels, "HubspotCompany", "parentCompany");
    assert_eq!(parent["target"]["model"]["name"], "HubspotCompany");
    assert_eq!(mapping(parent), pair("hsParentCompanyId", "id"));
    let children = rel(&rels, "HubspotCompany", "hubspotCompaniesByParentCompany");
    assert_eq!(mapping(children), pair("id", "hsParentCompanyId"));
    // association tables
    rel(&rels, "HubspotAssociationsContactDeal", "hubspotContact");
    rel(&rels, "HubspotAssociationsContactDeal", "hubspotDeal");
    let assoc = rel(&rels, "HubspotContact", "hubspotAssociationsContactDeals");
    assert_eq!(mapping(assoc), pair("id", "contactId"));
    // associatedcompanyid needs a cast: left out as in the v2 document
    assert!(!rels
        .keys()
        .any(|(t, n)| t == "HubspotContact" && n.contains("ompan")));
    // no file for the sync table, nothing of it anywhere
    assert!(!files.keys().any(|p| p.contains("Sync")));
    let d = owner["description"].as_str().unwrap();
    assert!(
        d.starts_with("pg_sequin_hasura: hubspot.contact.hubspot_owner_id -> hubspot.owner.id ("),
        "{d}"
    );
    assert!(d.contains("confidence"), "{d}");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].message.contains("naming convention"));
}

#[test]
fn public_tables_are_unqualified() {
    let a = analyze(
        vec![
            sequin_table("public", "user", &[]),
            sequin_table("public", "post", &[("user_id", "text")]),
        ],
        "public",
        0.7,
    );
    let (files, _) = files(&a, None).unwrap();
    let rels = relationships(&files);
    let user = rel(&rels, "Post", "user");
    assert_eq!(user["target"]["model"]["name"], "User");
    assert_eq!(mapping(user), pair("userId", "id"));
    rel(&rels, "User", "posts");
}

#[test]
fn names_come_from_the_subgraph_files() {
    let a = hubspot_analysis();
    let sg = json!({ "app/metadata/hubspot.hml": FIXTURE });
    let (files, notices) = files(&a, Some(&sg)).unwrap();
    let rels = relationships(&files);
    // the renamed model and field
    let owner = rel(&rels, "HubspotCompany", "owner");
    assert_eq!(owner["target"]["model"]["name"], "Owner");
    assert_eq!(mapping(owner), pair("hubspotOwnerId", "id"));
    let contacts = rel(&rels, "Owner", "hubspotContacts");
    assert_eq!(mapping(contacts), pair("id", "ownerId"));
    // the user's own HubspotContact.owner relates the same: ours is left out
    assert!(!rels
        .values()
        .any(|d| d["sourceType"] == "HubspotContact" && d["target"]["model"]["name"] == "Owner"));
    // aggregates where the target model has one
    assert_eq!(
        contacts["target"]["model"]["aggregate"]["aggregateExpression"],
        "HubspotContactAggExp"
    );
    assert_eq!(
        contacts["graphql"]["aggregateFieldName"],
        "hubspotContactsAggregate"
    );
    let deals = rel(&rels, "Owner", "hubspotDeals");
    assert_eq!(
        deals["graphql"]["aggregateFieldName"],
        "hubspotDealsAggregate"
    );
    let companies = rel(&rels, "Owner", "hubspotCompanies");
    assert!(companies["target"]["model"].get("aggregate").is_none());
    assert!(companies.get("graphql").is_none());
    // ticket has no model there: its relationships are left out, and said so
    assert!(!rels.values().any(|d| d["target"]["model"]["name"]
        .as_str()
        .unwrap()
        .contains("Ticket")));
    let text: Vec<&str> = notices.iter().map(|n| n.message.as_str()).collect();
    assert!(
        text.iter().any(|m| m.contains("no model in the subgraph")
            && m.contains("hubspot.ticket (collection hubspot_ticket)")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|m| m.contains("already in the subgraph") && m.contains("HubspotContact.owner")),
        "{text:?}"
    );
    assert!(!text.iter().any(|m| m.contains("naming convention")));
}

#[test]
fn a_json_array_of_documents_reads_like_the_files() {
    let a = hubspot_analysis();
    let from_files = files(&a, Some(&json!({ "x.hml": FIXTURE }))).unwrap();
    let from_docs = files(&a, Some(&Value::Array(fixture_docs()))).unwrap();
    assert_eq!(from_files.0, from_docs.0);
    assert_eq!(from_files.1, from_docs.1);
    // split over several files, as the CLI writes them
    let mut split = serde_json::Map::new();
    for (i, part) in FIXTURE.split("\n---\n").enumerate() {
        split.insert(
            format!("app/metadata/{i:02}.hml"),
            json!(format!("---\n{part}")),
        );
    }
    assert_eq!(
        files(&a, Some(&Value::Object(split))).unwrap().0,
        from_docs.0
    );
}

#[test]
fn a_name_that_is_a_field_of_the_source_type_is_not_used() {
    let a = hubspot_analysis();
    let mut docs = convention_subgraph(&a);
    let contact = docs
        .iter_mut()
        .find(|d| d["kind"] == "ObjectType" && d["definition"]["name"] == "HubspotContact")
        .unwrap();
    contact["definition"]["fields"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "hubspotOwner", "type": "Text"}));
    let (files, _) = files(&a, Some(&Value::Array(docs))).unwrap();
    let rels = relationships(&files);
    let owner = rel(&rels, "HubspotContact", "hubspotOwnerByHubspotOwnerId");
    assert_eq!(mapping(owner), pair("hubspotOwnerId", "id"));
    assert!(!rels.contains_key(&("HubspotContact".into(), "hubspotOwner".into())));
}

#[test]
fn a_name_of_a_user_relationship_is_not_used_and_a_duplicate_is_skipped() {
    let a = hubspot_analysis();
    let mut docs = convention_subgraph(&a);
    // the user's hubspotOwner on HubspotContact maps something else
    docs.push(
        json!({"kind": "Relationship", "version": "v1", "definition": {
        "name": "hubspotOwner", "sourceType": "HubspotContact",
        "target": {"model": {"name": "HubspotOwner", "relationshipType": "Object"}},
        "mapping": [{"source": {"fieldPath": [{"fieldName": "email"}]},
                     "target": {"modelField": [{"fieldName": "email"}]}}]}}),
    );
    // and the user's deal owner, under another name, maps the same fields as ours
    docs.push(
        json!({"kind": "Relationship", "version": "v1", "definition": {
        "name": "dealOwner", "source": "HubspotDeal",
        "target": {"model": {"name": "HubspotOwner", "relationshipType": "Object"}},
        "mapping": [{"source": {"fieldPath": [{"fieldName": "hubspotOwnerId"}]},
                     "target": {"modelField": [{"fieldName": "id"}]}}]}}),
    );
    // a user aggregate field takes hubspotCompaniesAggregate on HubspotOwner
    docs.push(
        json!({"kind": "Relationship", "version": "v1", "definition": {
        "name": "companiesOwned", "sourceType": "HubspotOwner",
        "target": {"model": {"name": "HubspotCompany", "relationshipType": "Array",
                             "aggregate": {"aggregateExpression": "HubspotCompanyAggExp"}}},
        "mapping": [{"source": {"fieldPath": [{"fieldName": "email"}]},
                     "target": {"modelField": [{"fieldName": "domain"}]}}],
        "graphql": {"aggregateFieldName": "hubspotCompaniesAggregate"}}}),
    );
    set_field(
        &mut docs,
        "Model",
        "HubspotCompany",
        &["aggregateExpression"],
        json!("HubspotCompanyAggExp"),
    );
    let (files, notices) = files(&a, Some(&Value::Array(docs))).unwrap();
    let rels = relationships(&files);
    assert_eq!(
        mapping(rel(&rels, "HubspotContact", "hubspotOwnerByHubspotOwnerId")),
        pair("hubspotOwnerId", "id")
    );
    assert!(!rels.contains_key(&("HubspotContact".into(), "hubspotOwner".into())));
    assert!(!rels.values().any(
        |d| d["sourceType"] == "HubspotDeal" && d["target"]["model"]["name"] == "HubspotOwner"
    ));
    let m: Vec<&str> = notices.iter().map(|n| n.message.as_str()).collect();
    assert!(
        m.iter().any(|m| m
            .contains("HubspotDeal.dealOwner (hubspot.deal.hubspot_owner_id -> hubspot.owner.id)")),
        "{m:?}"
    );
    // hubspotCompanies would clash through its aggregate field
    let companies = rel(&rels, "HubspotOwner", "hubspotCompaniesByHubspotOwnerId");
    assert_eq!(
        companies["graphql"]["aggregateFieldName"],
        "hubspotCompaniesByHubspotOwnerIdAggregate"
    );
}

#[test]
fn clashes_among_our_own_names_get_the_field_then_a_number() {
    let a = analyze(
        vec![
            sequin_table("s", "account", &[]),
            sequin_table("s", "opportunity", &[("account_id", "text")]),
        ],
        "s",
        0.7,
    );
    let mut docs = convention_subgraph(&a);
    let opp = docs
        .iter_mut()
        .find(|d| d["kind"] == "ObjectType" && d["definition"]["name"] == "SOpportunity")
        .unwrap();
    for f in ["sAccount", "sAccountByAccountId", "sAccount2"] {
        opp["definition"]["fields"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": f, "type": "Text"}));
    }
    let (files, _) = files(&a, Some(&Value::Array(docs))).unwrap();
    let rels = relationships(&files);
    rel(&rels, "SOpportunity", "sAccountByAccountId2");
    rel(&rels, "SAccount", "sOpportunities");
}

#[test]
fn aggregates_come_from_the_model_or_the_one_expression_over_its_type() {
    let a = hubspot_analysis();
    let mut docs = convention_subgraph(&a);
    set_field(
        &mut docs,
        "Model",
        "HubspotContact",
        &["aggregateExpression"],
        json!("ContactsAgg"),
    );
    docs.push(json!({"kind": "AggregateExpression", "version": "v1", "definition": {
        "name": "DealAgg", "operand": {"object": {"aggregatedType": "HubspotDeal", "aggregatableFields": []}},
        "count": {"enable": true}}}));
    let (files, _) = files(&a, Some(&Value::Array(docs))).unwrap();
    let rels = relationships(&files);
    let contacts = rel(&rels, "HubspotOwner", "hubspotContacts");
    assert_eq!(
        contacts["target"]["model"]["aggregate"]["aggregateExpression"],
        "ContactsAgg"
    );
    assert_eq!(
        contacts["graphql"]["aggregateFieldName"],
        "hubspotContactsAggregate"
    );
    let deals = rel(&rels, "HubspotOwner", "hubspotDeals");
    assert_eq!(
        deals["target"]["model"]["aggregate"]["aggregateExpression"],
        "DealAgg"
    );
    let companies = rel(&rels, "HubspotOwner", "hubspotCompanies");
    assert!(companies.get("graphql").is_none());
    // object relationships never aggregate
    let owner = rel(&rels, "HubspotDeal", "hubspotOwner");
    assert!(owner.get("graphql").is_none());
}

#[test]
fn a_column_without_a_field_leaves_its_relationship_out() {
    let a = hubspot_analysis();
    let mut docs = convention_subgraph(&a);
    let deal = docs
        .iter_mut()
        .find(|d| d["kind"] == "ObjectType" && d["definition"]["name"] == "HubspotDeal")
        .unwrap();
    deal["definition"]["fields"]
        .as_array_mut()
        .unwrap()
        .retain(|f| f["name"] != "hubspotOwnerId");
    deal["definition"]["dataConnectorTypeMapping"][0]["fieldMapping"]
        .as_object_mut()
        .unwrap()
        .remove("hubspotOwnerId");
    let (files, notices) = files(&a, Some(&Value::Array(docs))).unwrap();
    let rels = relationships(&files);
    assert!(!rels.contains_key(&("HubspotDeal".into(), "hubspotOwner".into())));
    assert!(!rels.contains_key(&("HubspotOwner".into(), "hubspotDeals".into())));
    assert!(notices.iter().any(|n| n
        .message
        .contains("HubspotDeal has no field for column hubspot.deal.hubspot_owner_id")));
}

#[test]
fn models_of_another_connector_are_not_mixed_in() {
    let a = hubspot_analysis();
    let mut docs = convention_subgraph(&a);
    docs.push(
        json!({"kind": "ObjectType", "version": "v1", "definition": {
        "name": "OtherContact", "fields": [{"name": "id", "type": "Text"}]}}),
    );
    docs.push(json!({"kind": "Model", "version": "v1", "definition": {
        "name": "OtherContact", "objectType": "OtherContact",
        "source": {"dataConnectorName": "other", "collection": "hubspot_contact"},
        "orderableFields": []}}));
    let (files, notices) = files(&a, Some(&Value::Array(docs))).unwrap();
    let rels = relationships(&files);
    assert!(!rels.keys().any(|(t, _)| t == "OtherContact"));
    rel(&rels, "HubspotContact", "hubspotOwner");
    assert!(notices.iter().any(|n| n
        .message
        .contains("several data connectors (other, pg); used pg")));
}

#[test]
fn output_is_deterministic() {
    let mut reversed = hubspot();
    reversed.reverse();
    let b = analyze(reversed, "hubspot", 0.7);
    let a = hubspot_analysis();
    assert_eq!(files(&a, None).unwrap(), files(&b, None).unwrap());
    let sg = json!({ "x.hml": FIXTURE });
    assert_eq!(files(&a, Some(&sg)).unwrap(), files(&b, Some(&sg)).unwrap());
    let mut shuffled = fixture_docs();
    shuffled.reverse();
    assert_eq!(
        files(&a, Some(&sg)).unwrap().0,
        files(&a, Some(&Value::Array(shuffled))).unwrap().0
    );
}

fn to_node(v: &Value) -> Node {
    match v {
        Value::String(s) => Node::str(s),
        Value::Object(m) => Node::Map(m.iter().map(|(k, v)| (k.clone(), to_node(v))).collect()),
        Value::Array(a) => Node::Seq(a.iter().map(to_node).collect()),
        other => panic!("not a string: {other}"),
    }
}

#[test]
fn what_is_emitted_reads_back_the_same() {
    let a = hubspot_analysis();
    for sg in [None, Some(json!({ "x.hml": FIXTURE }))] {
        let (files, _) = files(&a, sg.as_ref()).unwrap();
        assert!(!files.is_empty());
        for (path, text) in &files {
            assert!(
                text.starts_with("# Generated by pg_sequin_hasura"),
                "{path}"
            );
            let docs = parse_documents(text).unwrap();
            // key order is the CLI's: the re-emitted text is the text
            let again: Vec<String> = docs
                .iter()
                .map(|d| format!("---\n{}", emit(&to_node(d))))
                .collect();
            let body = &text[text.find("---\n").unwrap()..];
            // serde_json sorts keys: compare as values, and the layout by lines
            let reparsed = parse_documents(&again.join("\n")).unwrap();
            assert_eq!(reparsed, docs, "{path}");
            assert!(body.contains("definition:\n  name: "), "{path}");
            assert!(
                body.contains(
                    "  mapping:\n    - source:\n        fieldPath:\n          - fieldName: "
                ),
                "{path}"
            );
        }
    }
    // descriptions keep every character
    for s in [
        "pg_sequin_hasura: a.b -> c.d (x, y; confidence 0.93)",
        "it's \"quoted\" \\ back\\slash\ttab\nnewline # not a comment: really",
        "yes",
        "null",
        "~",
        "123",
        "0x1F",
        "- dash",
        "[flow]",
        "{x}",
        "&a",
        "*b",
        "!t",
        "@",
        "%",
        "é ü ☃",
        "trailing space ",
        " leading",
        "",
        "a:b",
        "a: b",
        "#hash",
        "\u{7}\u{85}\u{2028}",
    ] {
        let node = Node::map([("d", Node::str(s)), ("l", Node::Seq(vec![Node::str(s)]))]);
        let text = emit(&node);
        let back = parse_documents(&text).unwrap_or_else(|e| panic!("{s:?} as {text}: {e:?}"));
        assert_eq!(back, vec![json!({"d": s, "l": [s]})], "{s:?} as {text}");
    }
    assert_eq!(scalar("hubspotOwner"), "hubspotOwner");
    assert_eq!(scalar("Yes"), "\"Yes\"");
    assert_eq!(
        emit(&Node::map([
            ("a", Node::Seq(vec![])),
            ("b", Node::Map(vec![]))
        ])),
        "a: []\nb: {}\n"
    );
}

#[test]
fn yaml_subset_reads_what_the_cli_writes() {
    let text = r#"# leading comment
---
kind: ObjectType   # trailing comment
version: v1
definition:
  name: "Quoted"
  single: 'it''s'
  fields:
  - name: a          # a compact sequence, at its key's indentation
    type: Text!
  -   name: b
      type: "[Text]"
  empty_seq: []
  empty_map: {}
  flow: [a, "b, c", 'd', 1, true, null, {x: y}]
  flowmap: {a: 1, "b": [2, 3]}
  multi_flow: [
    one,
    two,   # comment inside
  ]
  nested:
    -
      deep: 1
    - - x
      - y
  literal: |
    line one
      indented
    line three
  folded: >-
    folded
    text

    next paragraph
  keep: |+
    kept

  plain: a long
    plain scalar
  dq: "folded
    quoted \u00e9 \x41\
    joined"
  numbers: [0, -7, 3.5, 1e3, 0x10, 0o17, .5, +1]
  strings: [yes, no, on, 1.2.3, "007", 12:30, http://x.y/z]
  nulls: [~, Null]
  url: http://example.com/#frag
  colon_in: a:b
  key with spaces: v
  "quoted key": v
...
---
# a document of comments only
---
second: 2
"#;
    let docs = parse_documents(text).unwrap();
    assert_eq!(docs.len(), 2);
    let d = &docs[0]["definition"];
    assert_eq!(docs[0]["kind"], "ObjectType");
    assert_eq!(d["name"], "Quoted");
    assert_eq!(d["single"], "it's");
    assert_eq!(
        d["fields"],
        json!([{"name": "a", "type": "Text!"}, {"name": "b", "type": "[Text]"}])
    );
    assert_eq!(d["empty_seq"], json!([]));
    assert_eq!(d["empty_map"], json!({}));
    assert_eq!(
        d["flow"],
        json!(["a", "b, c", "d", 1, true, null, {"x": "y"}])
    );
    assert_eq!(d["flowmap"], json!({"a": 1, "b": [2, 3]}));
    assert_eq!(d["multi_flow"], json!(["one", "two"]));
    assert_eq!(d["nested"], json!([{"deep": 1}, ["x", "y"]]));
    assert_eq!(d["literal"], "line one\n  indented\nline three\n");
    assert_eq!(d["folded"], "folded text\nnext paragraph");
    assert_eq!(d["keep"], "kept\n\n");
    assert_eq!(d["plain"], "a long plain scalar");
    assert_eq!(d["dq"], "folded quoted é Ajoined");
    assert_eq!(d["numbers"], json!([0, -7, 3.5, 1000.0, 16, 15, 0.5, 1]));
    assert_eq!(
        d["strings"],
        json!(["yes", "no", "on", "1.2.3", "007", "12:30", "http://x.y/z"])
    );
    assert_eq!(d["nulls"], json!([null, null]));
    assert_eq!(d["url"], "http://example.com/#frag");
    assert_eq!(d["colon_in"], "a:b");
    assert_eq!(d["key with spaces"], "v");
    assert_eq!(d["quoted key"], "v");
    assert_eq!(docs[1], json!({"second": 2}));
    // the fixture, whole
    let docs = fixture_docs();
    assert_eq!(docs.len(), 23);
    assert!(docs.iter().all(|d| d["version"] == "v1"));
    assert_eq!(
        docs[0]["definition"]["dataConnectorTypeMapping"][0]["fieldMapping"]["syncInsertedAt"]
            ["column"]["name"],
        "_sync_inserted_at"
    );
}

fn yaml_error(text: &str) -> crate::error::ApiError {
    let a = hubspot_analysis();
    let e = files(&a, Some(&json!({ "app/metadata/bad.hml": text }))).unwrap_err();
    assert_eq!(e.code, Code::InvalidParameter);
    assert!(e.hint.is_some());
    e
}

#[test]
fn malformed_yaml_is_an_error_with_its_document_and_line() {
    for (text, line, what) in [
        ("---\nkind: Model\n---\na: &x 1\n", 4, "anchors"),
        ("a: *x\n", 1, "anchors"),
        ("a: !!str x\n", 1, "tags"),
        ("%YAML 1.2\n---\na: 1\n", 1, "directives"),
        ("a:\n\t- b\n", 2, "tabs"),
        ("a: \"open\n  still open\n", 1, "not closed"),
        ("a: [1, 2\n", 1, "not closed"),
        ("a: 1\na: 2\n", 2, "duplicate key"),
        ("a: 1\n  b: 2\n", 2, "\": \""),
        ("a:\n  b: 1\n c: 2\n", 3, "unexpected"),
        ("a: b: c\n", 1, "mapping cannot start"),
        ("a: - b\n", 1, "sequence cannot start"),
        ("- a\nb: 1\n", 2, "unexpected content"),
        ("? a\n: b\n", 1, "complex"),
        ("a: |x\n  b\n", 1, "block scalar header"),
        ("a: \"\\q\"\n", 1, "unknown escape"),
        ("a: [b: c]\n", 1, "flow sequence"),
        ("--- a: 1\n", 1, "document marker"),
        ("a: 1\n- b\n", 2, "sequence item"),
        ("a: @x\n", 1, "may not start"),
    ] {
        let e = yaml_error(text);
        assert!(
            e.message.contains(&format!("line {line}:")) && e.message.contains(what),
            "{text:?}: {}",
            e.message
        );
        assert!(
            e.message
                .starts_with("subgraph file \"app/metadata/bad.hml\", document "),
            "{}",
            e.message
        );
    }
    assert!(yaml_error("---\na: 1\n---\nb: &c d\n")
        .message
        .contains("document 2, line 4"));
}

#[test]
fn no_input_makes_it_panic() {
    let a = hubspot_analysis();
    // every prefix of the fixture, line by line and mid-line
    let lines: Vec<&str> = FIXTURE.split_inclusive('\n').collect();
    let mut prefix = String::new();
    for (i, l) in lines.iter().enumerate() {
        let cuts = if i % 4 == 0 {
            vec![l.len() / 2, l.len()]
        } else {
            vec![l.len()]
        };
        for cut in cuts {
            if let Some(part) = l.get(..cut) {
                let text = format!("{prefix}{part}");
                let _ = files(&a, Some(&json!({ "p.hml": text })));
            }
        }
        prefix.push_str(l);
    }
    // each line replaced by something odd
    let odd = [
        "\t",
        "- ",
        "? ",
        ": ",
        "\"",
        "'",
        "[",
        "{",
        "]",
        "}",
        "|",
        ">",
        "&",
        "*",
        "!",
        "#",
        "---",
        "...",
        "  - - -",
        "a: \"\\u12\"",
        "a: \"\\uD800\"",
        "é: ü",
        "\u{feff}x",
        "a: 'b''",
        "  -\t x",
    ];
    for (i, _) in lines.iter().enumerate().step_by(2) {
        let o = odd[(i / 2) % odd.len()];
        let mut v = lines.clone();
        v[i] = o;
        let _ = files(&a, Some(&json!({ "p.hml": v.concat() })));
    }
    for o in odd {
        for p in odd {
            let _ = parse_documents(&format!("{o}{p}\n{o} {p}\n  {p}{o}\n"));
            let _ = parse_documents(&format!("a: {o}\n  {p}\n- {o}{p}"));
        }
    }
    let deep = "[".repeat(10_000);
    assert!(parse_documents(&format!("a: {deep}")).is_err());
    let deep_block: String = (0..500).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
    assert!(parse_documents(&deep_block).is_err());
}

#[test]
fn a_subgraph_of_the_wrong_shape_is_an_error() {
    let a = hubspot_analysis();
    for (sg, what) in [
        (json!("kind: Model"), "JSON array"),
        (
            json!({"kind": "Model", "definition": {}}),
            "put it in an array",
        ),
        (json!({"a.hml": 1}), ".hml file texts"),
        (json!([1]), "document 1 is not an OpenDD document"),
        (json!([{"version": "v1"}]), "has no \"kind\""),
        (
            json!([{"kind": "Model", "definition": {"objectType": "X"}}]),
            "definition.name",
        ),
        (
            json!([{"kind": "ObjectType", "definition": {"name": "X"}}]),
            "definition.fields",
        ),
        (
            json!([{"kind": "Relationship", "definition": {"name": "r"}}]),
            "sourceType",
        ),
        (json!({"a.hml": "- 1\n"}), "is not an OpenDD document"),
    ] {
        let e = files(&a, Some(&sg)).unwrap_err();
        assert_eq!(e.code, Code::InvalidParameter);
        assert!(e.message.contains(what), "{sg}: {}", e.message);
    }
    // null is no subgraph
    assert_eq!(
        files(&a, Some(&Value::Null)).unwrap(),
        files(&a, None).unwrap()
    );
}

/// `SEQUIN_HASURA_DDN_SAMPLE=DIR cargo test -p sequin_hasura_core ddn::tests::sample`
/// writes what `tests/ddn_check.py` checks: `DIR/files.json` (with the fixture
/// subgraph) and `DIR/files_convention.json` (without).
#[test]
fn sample() {
    let a = hubspot_analysis();
    let (with, _) = files(&a, Some(&json!({ "app/metadata/hubspot.hml": FIXTURE }))).unwrap();
    let (without, _) = files(&a, None).unwrap();
    if let Ok(dir) = std::env::var("SEQUIN_HASURA_DDN_SAMPLE") {
        std::fs::write(
            format!("{dir}/files.json"),
            serde_json::to_string_pretty(&with).unwrap(),
        )
        .unwrap();
        std::fs::write(
            format!("{dir}/files_convention.json"),
            serde_json::to_string_pretty(&without).unwrap(),
        )
        .unwrap();
    }
}
