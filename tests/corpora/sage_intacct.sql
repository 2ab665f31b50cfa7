-- Evaluation corpus: sage_intacct (Sage Intacct as landed by the Fivetran connector; no foreign keys)
-- Source: https://github.com/fivetran/dbt_sage_intacct
--   commit c35a265ba5f416f66e5e0a6de7c68ea595997aeb (2026-08-18, "DuckDB support (#45)"), dbt_project.yml version 1.4.1
--   plus archived https://github.com/fivetran/dbt_sage_intacct_source
--   commit de95b6158cd94ba7ef9a643e337f82fb051f7414 (2025-06-26), version 0.5.0 (only for its uniqueness tests)
-- Licence: Apache License 2.0 (LICENSE in both repositories). Seed data is Fivetran's (already hashed/obfuscated) test data.
-- Files used (dbt_sage_intacct@c35a265):
--   integration_tests/seeds/sage_intacct__{ap_bill,ap_bill_item,ar_invoice,ar_invoice_item,gl_account,gl_batch,gl_detail}.csv (rows, column order)
--   macros/staging/get_<table>_columns.sql (declared column types)
--   models/staging/src_sage_intacct.yml (column descriptions), models/staging/stg_sage_intacct__*.sql (renames)
--   integration_tests/dbt_project.yml (seed column_types, used for one override below)
--   dbt_sage_intacct_source@de95b61: models/stg_sage_intacct.yml (unique + not_null tests on staging ids)
-- Changes made:
--   * schema name: sage_intacct. Table names = seed file names without the "sage_intacct__" prefix
--     (the raw source names, as in src_sage_intacct.yml: gl_detail, gl_account, ap_bill, ap_bill_item, ar_invoice,
--     ar_invoice_item, gl_batch). Every seeded table and column kept, column order as in the seed CSV headers.
--     Columns declared in the macros but absent from the seeds (e.g. gl_account.require*, gl_detail.classid,
--     ar_invoice.basecurr/whendiscount) are not added.
--   * column types from get_<table>_columns macros: type_string -> text, type_int -> integer, type_float -> double precision,
--     type_timestamp -> timestamp, "date" -> date, "boolean" -> boolean. Note that the macros declare the account number
--     differently per table (gl_account.accountno text, gl_detail.accountno / ap_bill_item.accountno double precision,
--     ar_invoice_item.accountno integer, offsetglaccountno / closingaccountno integer); kept as declared except:
--   * ar_invoice_item.accountno: macro says type_int but seed values such as '18020-02' are not integers; used text,
--     as integration_tests/dbt_project.yml seeds it (accountno: varchar(100)).
--   * empty CSV fields -> NULL; TRUE/FALSE -> boolean.
--   * PRIMARY KEY (recordno) on all 7 tables: dbt_sage_intacct_source models/stg_sage_intacct.yml declares `unique` and
--     `not_null` tests on bill_id (ap_bill.recordno), bill_item_id (ap_bill_item.recordno), invoice_id (ar_invoice.recordno),
--     invoice_item_id (ar_invoice_item.recordno), gl_account_id (gl_account.recordno), gl_detail_id (gl_detail.recordno)
--     and record_no (gl_batch.recordno); src_sage_intacct.yml describes recordno as "Unique identity of the entry".
--     (The current package keeps only not_null on them because it unions several connectors by source_relation.)
--   * no foreign keys, no other constraints.
DROP SCHEMA IF EXISTS sage_intacct CASCADE;
CREATE SCHEMA sage_intacct;

CREATE TABLE sage_intacct.gl_account (
    accountno text,
    _fivetran_deleted boolean,
    _fivetran_synced timestamp,
    accounttype text,
    alternativeaccount text,
    category text,
    categorykey integer,
    closetoacctkey integer,
    closingaccountno integer,
    closingaccounttitle text,
    closingtype text,
    createdby integer,
    modifiedby integer,
    normalbalance text,
    recordno integer,
    status text,
    taxable boolean,
    title text,
    whencreated timestamp,
    whenmodified timestamp,
    PRIMARY KEY (recordno)
);

CREATE TABLE sage_intacct.gl_batch (
    recordno text,
    _fivetran_deleted boolean,
    _fivetran_synced timestamp,
    baselocation integer,
    baselocation_no integer,
    batch_date date,
    batch_title text,
    batchno integer,
    createdby integer,
    journal text,
    megaentityid integer,
    megaentitykey integer,
    megaentityname text,
    modified timestamp,
    modifiedby integer,
    modifiedbyid text,
    module text,
    prbatchkey integer,
    referenceno text,
    reversed date,
    reversedfrom date,
    reversedkey integer,
    state text,
    taximplications text,
    templatekey integer,
    userinfo_loginid text,
    userkey integer,
    whencreated timestamp,
    whenmodified timestamp,
    PRIMARY KEY (recordno)
);

CREATE TABLE sage_intacct.gl_detail (
    recordno text,
    accountno double precision,
    accounttitle text,
    amount double precision,
    batch_date date,
    batch_no integer,
    batch_title text,
    batchkey text,
    bookid text,
    creditamount double precision,
    debitamount double precision,
    customerid text,
    customername text,
    description text,
    docnumber text,
    entry_date date,
    entry_state text,
    entrydescription text,
    line_no integer,
    recordid text,
    recordtype text,
    totaldue double precision,
    totalentered double precision,
    totalpaid double precision,
    tr_type integer,
    trx_amount double precision,
    trx_creditamount double precision,
    trx_debitamount double precision,
    vendorid text,
    vendorname text,
    whencreated date,
    whendue date,
    whenmodified timestamp,
    whenpaid date,
    _fivetran_deleted boolean,
    _fivetran_synced timestamp,
    PRIMARY KEY (recordno)
);

CREATE TABLE sage_intacct.ap_bill (
    recordno text,
    _fivetran_deleted boolean,
    _fivetran_synced timestamp,
    auwhencreated timestamp,
    basecurr text,
    billtopaytocontactname text,
    billtopaytokey integer,
    currency text,
    description text,
    docnumber text,
    due_in_days integer,
    recordid text,
    recordtype text,
    shiptoreturntocontactname text,
    shiptoreturntokey integer,
    state text,
    totaldue double precision,
    totalentered double precision,
    totalpaid double precision,
    vendorid text,
    vendorname text,
    whencreated date,
    whendue date,
    whenmodified timestamp,
    whenpaid date,
    whenposted date,
    PRIMARY KEY (recordno)
);

CREATE TABLE sage_intacct.ap_bill_item (
    _fivetran_synced timestamp,
    accountkey integer,
    accountno double precision,
    accounttitle text,
    amount double precision,
    basecurr text,
    baselocation integer,
    billable boolean,
    billed boolean,
    classid text,
    classname text,
    createdby integer,
    currency text,
    customerid text,
    customername text,
    departmentid text,
    departmentname text,
    entry_date date,
    entrydescription text,
    exchange_rate integer,
    itemid text,
    itemname text,
    line_no integer,
    lineitem boolean,
    locationid text,
    locationname text,
    offsetglaccountno integer,
    offsetglaccounttitle text,
    projectid text,
    projectname text,
    recordkey text,
    recordno text,
    recordtype text,
    state text,
    totalpaid double precision,
    totalselected double precision,
    vendorid text,
    vendorname text,
    whencreated timestamp,
    whenmodified timestamp,
    PRIMARY KEY (recordno)
);

CREATE TABLE sage_intacct.ar_invoice (
    recordno text,
    _fivetran_deleted boolean,
    _fivetran_synced timestamp,
    auwhencreated timestamp,
    billtopaytocontactname text,
    billtopaytokey integer,
    createdby integer,
    currency text,
    customerid text,
    customername text,
    description text,
    docnumber text,
    due_in_days integer,
    megaentityid text,
    megaentityname text,
    recordid text,
    recordtype text,
    shiptoreturntocontactname text,
    shiptoreturntokey integer,
    state text,
    totaldue double precision,
    totalentered double precision,
    totalpaid double precision,
    whencreated date,
    whendue date,
    whenmodified timestamp,
    whenpaid date,
    whenposted date,
    PRIMARY KEY (recordno)
);

CREATE TABLE sage_intacct.ar_invoice_item (
    recordkey text,
    recordno text,
    _fivetran_synced timestamp,
    accountkey integer,
    accountno text,
    accounttitle text,
    amount double precision,
    basecurr text,
    baselocation integer,
    classid text,
    classname text,
    currency text,
    customerid text,
    customername text,
    departmentid text,
    departmentname text,
    entry_date date,
    entrydescription text,
    exchange_rate integer,
    itemid text,
    itemname text,
    line_no integer,
    lineitem boolean,
    locationid text,
    locationname text,
    offsetglaccountno integer,
    offsetglaccounttitle text,
    recordtype text,
    state text,
    totalpaid double precision,
    totalselected integer,
    vendorid text,
    vendorname text,
    whencreated timestamp,
    whenmodified timestamp,
    warehouseid text,
    warehousename text,
    PRIMARY KEY (recordno)
);

INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('26100', FALSE, '2021-09-23 17:00:39.296', 'balancesheet', 'at+X+DrPZFPUpqSxBw83VA==', 'TbwbzQuX6pVGArKyJVl3bw==', 768, NULL, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'non-closing account', 4, 5, 'credit', 148, 'active', FALSE, 'TbwbzQuX6pVGArKyJVl3bw==', '2020-04-28 19:26:16', '2020-08-05 18:46:09');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('77100', FALSE, '2022-02-08 06:53:17.792', 'incomestatement', 'at+X+DrPZFPUpqSxBw83VA==', 'VQOasCt87OmbT47b5WNyNQ==', 752, 158, 37000, 'r6j1Os2CkV8SC++EYcFR0Q==', 'closing account', 4, 71, 'debit', 251, 'active', FALSE, 'VQOasCt87OmbT47b5WNyNQ==', '2020-04-28 19:26:16', '2022-02-07 23:09:33');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('77150', FALSE, '2022-02-08 06:53:17.792', 'incomestatement', 'at+X+DrPZFPUpqSxBw83VA==', 'VQOasCt87OmbT47b5WNyNQ==', 752, 158, 37000, 'r6j1Os2CkV8SC++EYcFR0Q==', 'closing account', 5, 71, 'debit', 715, 'active', FALSE, 'hLaDj3mFRZCoD4IiSyeF0Q==', '2021-05-06 16:39:04', '2022-02-07 23:09:43');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('15140', FALSE, '2022-02-06 06:52:09.738', 'balancesheet', 'at+X+DrPZFPUpqSxBw83VA==', 'volJjS+KIs5HwCupeV/irw==', 689, NULL, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'non-closing account', 5, 71, 'debit', 359, 'active', FALSE, '2Md5klPNc0wrEJO9KvYnXQ==', '2020-07-06 20:15:47', '2022-02-05 17:53:57');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('68000', FALSE, '2022-02-08 06:53:17.791', 'incomestatement', 'at+X+DrPZFPUpqSxBw83VA==', '07JmAN71lZbPTPfnHnUl9Q==', 771, 158, 37000, 'r6j1Os2CkV8SC++EYcFR0Q==', 'closing account', 4, 71, 'debit', 294, 'active', FALSE, 'Pe+/rD/L6kUEnN3PgKqfIQ==', '2020-06-03 16:49:54', '2022-02-07 23:13:10');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('19100', FALSE, '2021-09-23 17:00:39.294', 'balancesheet', 'at+X+DrPZFPUpqSxBw83VA==', 'ZGPF59b+D0e3Qkh1TGUVpg==', 750, NULL, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'non-closing account', 4, 5, 'debit', 122, 'active', FALSE, 'ZGPF59b+D0e3Qkh1TGUVpg==', '2020-04-28 19:26:15', '2020-08-05 16:57:33');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('19200', FALSE, '2021-09-23 17:00:39.294', 'balancesheet', 'at+X+DrPZFPUpqSxBw83VA==', '339qGRRgWvwnJgH3D2DX4Q==', 810, NULL, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'non-closing account', 4, 5, 'debit', 123, 'active', FALSE, 'VmnL06j3Z5SB95SO3FWBBw==', '2020-04-28 19:26:15', '2020-08-05 16:54:23');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('72400', FALSE, '2021-09-23 17:00:39.303', 'incomestatement', 'at+X+DrPZFPUpqSxBw83VA==', 'U6lJa6yHpPQx7i7fs8eZvw==', 784, 158, 37000, 'r6j1Os2CkV8SC++EYcFR0Q==', 'closing account', 5, 5, 'credit', 397, 'active', FALSE, 'MXtS/4lV3yEdbhjCjqAT7g==', '2020-07-07 16:48:57', '2020-07-07 16:48:57');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('48000', TRUE, '2021-10-14 10:01:01.606', 'incomestatement', 'at+X+DrPZFPUpqSxBw83VA==', 'zfhz0sjh5/hDwpl+Pzo4Yg==', 804, 158, 37000, 'r6j1Os2CkV8SC++EYcFR0Q==', 'closing account', 14, 5, 'credit', 289, 'active', FALSE, 'ovVn4SjwD9PS3Ji6Jw7NhQ==', '2020-06-02 18:33:24', '2020-07-15 14:55:42');
INSERT INTO sage_intacct.gl_account (accountno, _fivetran_deleted, _fivetran_synced, accounttype, alternativeaccount, category, categorykey, closetoacctkey, closingaccountno, closingaccounttitle, closingtype, createdby, modifiedby, normalbalance, recordno, status, taxable, title, whencreated, whenmodified) VALUES ('18950', FALSE, '2021-10-28 22:28:27.942', 'balancesheet', 'at+X+DrPZFPUpqSxBw83VA==', '339qGRRgWvwnJgH3D2DX4Q==', 810, NULL, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'non-closing account', 5, 71, 'debit', 356, 'active', FALSE, '#ERROR!', '2020-07-06 20:08:17', '2021-10-28 22:22:35');

INSERT INTO sage_intacct.gl_batch (recordno, _fivetran_deleted, _fivetran_synced, baselocation, baselocation_no, batch_date, batch_title, batchno, createdby, journal, megaentityid, megaentitykey, megaentityname, modified, modifiedby, modifiedbyid, module, prbatchkey, referenceno, reversed, reversedfrom, reversedkey, state, taximplications, templatekey, userinfo_loginid, userkey, whencreated, whenmodified) VALUES ('93', FALSE, '2023-05-09 17:03:22', NULL, NULL, '2008-01-25', 'Bills: 01/25/2008 Batch Summary Entry', 29, NULL, 'AP', NULL, NULL, NULL, '2009-02-19 12:07:52', NULL, 'admin', '3.AP', 86, NULL, NULL, NULL, NULL, 'Posted', NULL, NULL, 'admin', 1, '1970-01-01 0:00:00', '1970-01-01 0:00:00');
INSERT INTO sage_intacct.gl_batch (recordno, _fivetran_deleted, _fivetran_synced, baselocation, baselocation_no, batch_date, batch_title, batchno, createdby, journal, megaentityid, megaentitykey, megaentityname, modified, modifiedby, modifiedbyid, module, prbatchkey, referenceno, reversed, reversedfrom, reversedkey, state, taximplications, templatekey, userinfo_loginid, userkey, whencreated, whenmodified) VALUES ('86', FALSE, '2023-05-09 17:03:22', NULL, NULL, '2009-02-19', 'Bills: 02/19/2009 Batch Summary Entry', 28, NULL, 'AP', NULL, NULL, NULL, '2009-02-19 11:51:23', NULL, 'admin', '3.AP', 79, NULL, NULL, NULL, NULL, 'Posted', NULL, NULL, 'admin', 1, '1970-01-01 0:00:00', '1970-01-01 0:00:00');
INSERT INTO sage_intacct.gl_batch (recordno, _fivetran_deleted, _fivetran_synced, baselocation, baselocation_no, batch_date, batch_title, batchno, createdby, journal, megaentityid, megaentitykey, megaentityname, modified, modifiedby, modifiedbyid, module, prbatchkey, referenceno, reversed, reversedfrom, reversedkey, state, taximplications, templatekey, userinfo_loginid, userkey, whencreated, whenmodified) VALUES ('62', FALSE, '2023-05-09 17:03:22', NULL, NULL, '2008-02-29', 'Bills: 02/29/2008 Batch Summary Entry', 22, NULL, 'AP', NULL, NULL, NULL, '2008-04-18 12:04:08', NULL, 'admin', '3.AP', 53, NULL, NULL, NULL, NULL, 'Posted', NULL, NULL, 'admin', 1, '1970-01-01 0:00:00', '1970-01-01 0:00:00');
INSERT INTO sage_intacct.gl_batch (recordno, _fivetran_deleted, _fivetran_synced, baselocation, baselocation_no, batch_date, batch_title, batchno, createdby, journal, megaentityid, megaentitykey, megaentityname, modified, modifiedby, modifiedbyid, module, prbatchkey, referenceno, reversed, reversedfrom, reversedkey, state, taximplications, templatekey, userinfo_loginid, userkey, whencreated, whenmodified) VALUES ('61', FALSE, '2023-05-09 17:03:22', NULL, NULL, '2008-01-31', 'Bills: 01/31/2008 Batch Summary Entry', 21, NULL, 'AP', NULL, NULL, NULL, '2010-05-06 9:55:50', NULL, 'admin', '3.AP', 52, NULL, NULL, NULL, NULL, 'Posted', NULL, NULL, 'admin', 1, '1970-01-01 0:00:00', '1970-01-01 0:00:00');
INSERT INTO sage_intacct.gl_batch (recordno, _fivetran_deleted, _fivetran_synced, baselocation, baselocation_no, batch_date, batch_title, batchno, createdby, journal, megaentityid, megaentitykey, megaentityname, modified, modifiedby, modifiedbyid, module, prbatchkey, referenceno, reversed, reversedfrom, reversedkey, state, taximplications, templatekey, userinfo_loginid, userkey, whencreated, whenmodified) VALUES ('55', FALSE, '2023-05-09 17:03:22', NULL, NULL, '2008-02-01', 'Bills: 02/01/2008 Batch Summary Entry', 15, NULL, 'AP', NULL, NULL, NULL, '2010-05-06 9:57:15', NULL, 'admin', '3.AP', 46, NULL, NULL, NULL, NULL, 'Posted', NULL, NULL, 'admin', 1, '1970-01-01 0:00:00', '1970-01-01 0:00:00');

INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('YGy2nQ7YHphQv5+5AdQTyQ==', 15030, 'A+5CoJT/HDmjwrGYGL6RUg==', 2492.5, '2021-12-01', 74885, 'El+ECK1x7a25SuLqaMwODA==', '506019', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 2492.5, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '06m0www4a75rDMeUgh3o0w==', '2021-12-01', 'P', '06m0www4a75rDMeUgh3o0w==', 3, '20760', '1lkow/+J96atpaza+bjZwQ==', 2492.5, 2492.5, 0, 1, 2492.5, 0, 2492.5, 'V-005638', 'NJa+iTk8TGFrCNzU4GaQMg==', '2021-11-16', '2021-11-16', '2021-12-10 11:47:03', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('GA/oILgpDw/6ay94J1jgLA==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', -2492.5, '2021-12-01', 74885, 'El+ECK1x7a25SuLqaMwODA==', '506019', '/8yT7c/TpIKmxe0K8MmSNA==', 2492.5, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '06m0www4a75rDMeUgh3o0w==', '2021-12-01', 'P', '1B2M2Y8AsgTpgAmY7PhCfg==', 2, '20760', '1lkow/+J96atpaza+bjZwQ==', 2492.5, 2492.5, 0, -1, -2492.5, 2492.5, 0, 'V-005638', 'NJa+iTk8TGFrCNzU4GaQMg==', '2021-11-16', '2021-11-16', '2021-12-08 16:00:57', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('aA1UkdHgMiUM9APkcv3MXA==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', -6825, '2021-12-01', 75155, 'SNfyN9QHUE4npoS72Hd1Bw==', '506509', '/8yT7c/TpIKmxe0K8MmSNA==', 6825, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-01', 'P', '1B2M2Y8AsgTpgAmY7PhCfg==', 2, '20239', '1lkow/+J96atpaza+bjZwQ==', 6825, 6825, 0, -1, -6825, 6825, 0, 'V-002809', 'fYhwLN+cpy+roem/6mSQXg==', '2021-11-04', '2021-11-04', '2021-12-09 18:22:58', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('geRi+pxC0L/61P7xBaJdPA==', 58300, 'GbTAkJACGOjrVzQghLqbWg==', 6825, '2021-12-01', 75155, 'SNfyN9QHUE4npoS72Hd1Bw==', '506509', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 6825, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-01', 'P', 'vItcRirL0sTcu0nfSOts+w==', 3, '20239', '1lkow/+J96atpaza+bjZwQ==', 6825, 6825, 0, 1, 6825, 0, 6825, 'V-002809', 'fYhwLN+cpy+roem/6mSQXg==', '2021-11-04', '2021-11-04', '2021-12-10 11:31:18', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('SYe36P3OgdN7+/ocUIlQJw==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', 378.38, '2021-12-10', 40933, 'SNfyN9QHUE4npoS72Hd1Bw==', '506993', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 378.38, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-10', 'P', 'j13Eh8tAgyBPUNi2GaU8ow==', 51, NULL, 'SYjPoEyQZSe8RTfgN62BvA==', 0, 14000, 14000, 1, 378.38, 0, 378.38, 'V-003017', 'Fik0+VTeuZo+2L4rH/Y5GA==', '2021-12-10', '2021-12-10', '2021-12-10 12:05:54', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('RfwHVmMm2yi5pzPHaHgfwA==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', 378.38, '2021-12-10', 40933, 'SNfyN9QHUE4npoS72Hd1Bw==', '506993', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 378.38, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-10', 'P', 'j13Eh8tAgyBPUNi2GaU8ow==', 63, NULL, 'SYjPoEyQZSe8RTfgN62BvA==', 0, 14000, 14000, 1, 378.38, 0, 378.38, 'V-003017', 'Fik0+VTeuZo+2L4rH/Y5GA==', '2021-12-10', '2021-12-10', '2021-12-10 12:05:54', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('R+r/suM2XEm3pV4OpKEUAA==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', 378.38, '2021-12-10', 40933, 'SNfyN9QHUE4npoS72Hd1Bw==', '506993', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 378.38, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-10', 'P', 'j13Eh8tAgyBPUNi2GaU8ow==', 15, NULL, 'SYjPoEyQZSe8RTfgN62BvA==', 0, 14000, 14000, 1, 378.38, 0, 378.38, 'V-003017', 'Fik0+VTeuZo+2L4rH/Y5GA==', '2021-12-10', '2021-12-10', '2021-12-10 12:05:54', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('8eKBstZUwA0YkRjpTduzxw==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', 378.38, '2021-12-10', 40933, 'SNfyN9QHUE4npoS72Hd1Bw==', '506993', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 378.38, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-10', 'P', 'j13Eh8tAgyBPUNi2GaU8ow==', 25, NULL, 'SYjPoEyQZSe8RTfgN62BvA==', 0, 14000, 14000, 1, 378.38, 0, 378.38, 'V-003017', 'Fik0+VTeuZo+2L4rH/Y5GA==', '2021-12-10', '2021-12-10', '2021-12-10 12:05:54', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('LbAdQij3k+nNd4i0+vLJLw==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', 378.38, '2021-12-10', 40933, 'SNfyN9QHUE4npoS72Hd1Bw==', '506993', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 378.38, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-10', 'P', 'j13Eh8tAgyBPUNi2GaU8ow==', 37, NULL, 'SYjPoEyQZSe8RTfgN62BvA==', 0, 14000, 14000, 1, 378.38, 0, 378.38, 'V-003017', 'Fik0+VTeuZo+2L4rH/Y5GA==', '2021-12-10', '2021-12-10', '2021-12-10 12:05:54', '2021-12-10', FALSE, '2023-05-09 17:03:22');
INSERT INTO sage_intacct.gl_detail (recordno, accountno, accounttitle, amount, batch_date, batch_no, batch_title, batchkey, bookid, creditamount, debitamount, customerid, customername, description, docnumber, entry_date, entry_state, entrydescription, line_no, recordid, recordtype, totaldue, totalentered, totalpaid, tr_type, trx_amount, trx_creditamount, trx_debitamount, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, _fivetran_deleted, _fivetran_synced) VALUES ('lztVVJ9OI+1P5nTsHkyJOg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', 378.38, '2021-12-10', 40933, 'SNfyN9QHUE4npoS72Hd1Bw==', '506993', '/8yT7c/TpIKmxe0K8MmSNA==', 0, 378.38, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-10', 'P', 'j13Eh8tAgyBPUNi2GaU8ow==', 49, NULL, 'SYjPoEyQZSe8RTfgN62BvA==', 0, 14000, 14000, 1, 378.38, 0, 378.38, 'V-003017', 'Fik0+VTeuZo+2L4rH/Y5GA==', '2021-12-10', '2021-12-10', '2021-12-10 12:05:54', '2021-12-10', TRUE, '2023-05-09 17:03:22');

INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('9823', FALSE, '2021-12-23 6:20:37', '2020-07-31 15:53:18', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', 'KFkx1wOf8hUyoENTNqn5EQ==', NULL, NULL, '202008-023', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Paid', 0, 372, 372, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2020-08-01', '2020-08-06', '2020-09-04 20:30:45', '2020-09-04', '2020-08-01');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('34', FALSE, '2021-12-23 6:21:02', '2020-06-03 13:37:35', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', 'Evpjpn8vmEis9Fsln5C6OQ==', '202003-026', NULL, '202003-026', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Paid', 0, 372, 372, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2020-03-01', '2020-03-06', '2020-06-19 21:01:09', '2020-06-17', '2020-03-01');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('44518', FALSE, '2021-12-23 6:18:43', '2021-02-25 23:43:53', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, NULL, '202103-024', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Paid', 0, 558, 558, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2021-02-25', '2021-03-06', '2021-03-25 21:32:14', '2021-03-25', '2021-02-25');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('120279', FALSE, '2021-09-23 16:48:50', '2021-08-19 21:54:24', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, NULL, 'Reversed - 202011-022', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Reversal', 0, -372, -372, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2021-08-01', '2021-08-01', '2021-08-19 21:54:24', '2021-08-01', '2021-08-01');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('33331', FALSE, '2021-12-23 6:19:24', '2020-12-29 16:28:11', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, NULL, '202101-022', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Paid', 0, 372, 372, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2020-12-29', '2021-01-06', '2021-03-18 21:32:20', '2021-03-18', '2020-12-29');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('54445', FALSE, '2021-09-23 16:51:41', '2021-03-29 15:55:40', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, NULL, '202104-024', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Reversed', 0, 558, 558, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2021-04-01', '2021-04-06', '2021-08-19 22:23:31', '2021-08-01', '2021-04-01');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('19882', FALSE, '2021-12-23 6:20:04', '2020-10-09 15:10:49', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, NULL, '20209V-183', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Reversed', 0, 10, 10, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2020-10-09', '2020-10-09', '2021-09-21 22:35:06', '2021-09-01', '2020-10-09');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('120287', FALSE, '2021-09-23 16:48:50', '2021-08-19 22:23:31', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, NULL, 'Reversed - 202104-024', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Reversal', 0, -558, -558, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2021-08-01', '2021-08-01', '2021-08-19 22:23:31', '2021-08-01', '2021-08-01');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('35', FALSE, '2021-12-23 6:21:02', '2020-06-03 13:37:35', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', 'r2zdAqD8UtUjSB6tnq7z/w==', '20202V-183', NULL, '20202V-183', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Paid', 0, 108, 108, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2020-03-10', '2020-04-09', '2020-06-19 21:01:09', '2020-06-17', '2020-03-10');
INSERT INTO sage_intacct.ap_bill (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, basecurr, billtopaytocontactname, billtopaytokey, currency, description, docnumber, due_in_days, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, vendorid, vendorname, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('47788', FALSE, '2021-12-23 6:18:33', '2021-03-08 22:58:07', 'USD', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'USD', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, NULL, '202103024', 'pi', 'JB5hz4v0XyPpXnsQrzCA9g==', 256, 'Paid', 0, 558, 558, 'V-000014', 'BwyGRTtBdKwVvsVhwoYnfw==', '2021-03-09', '2021-03-09', '2021-03-25 21:32:14', '2021-03-25', '2021-03-09');

INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-01-10 6:39:14', 179, 50300, 'BGg4yiWhmY+Xhq2gTHxyyA==', -27.47, 'USD', 128, FALSE, FALSE, 'RL-100', '5AuRnaQSgx5TggbPaurKXA==', 72, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-01000', '5AuRnaQSgx5TggbPaurKXA==', '2021-12-15', '1B2M2Y8AsgTpgAmY7PhCfg==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-106', '10z4FNgTWlKAp15Bk9NrHw==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '197946', '1818344', 'pi', 'A', -27.47, 0, 'V-005187', 'Zn7gii2cqfO7PzNFR+/ZfA==', '2021-12-27 20:52:07', '2022-01-10 3:04:11');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 133, 21000, 'fxFEsoBNTjOKSqcN/mU7iA==', 89810.67, 'USD', 230, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-10000', 'nvFUFfQA0dGnssTT6IeRJA==', '2022-03-07', 'GzBNkcAXck0854sywor8MA==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-302', 'l3aPQx5MDi7xey9lcMblcg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242815', '2208944', 'pi', 'A', 89810.67, 0, 'V-003382', 'ea8Il4DDG5eZMGPL9GhHqg==', '2022-03-07 15:43:01', '2022-03-07 15:49:24');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 249, 75200, 'ZWywWU0ngFzcowDl+BHPIg==', 2486.09, 'USD', 230, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-10000', 'nvFUFfQA0dGnssTT6IeRJA==', '2022-03-07', 'GzBNkcAXck0854sywor8MA==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 2, TRUE, 'L-302', 'l3aPQx5MDi7xey9lcMblcg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242815', '2208946', 'pi', 'A', 2486.09, 0, 'V-003382', 'ea8Il4DDG5eZMGPL9GhHqg==', '2022-03-07 15:43:01', '2022-03-07 15:49:24');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 229, 66100, 'y9TdszSQqTgLza8CMv3iVQ==', 12.26, 'USD', 230, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-10000', 'nvFUFfQA0dGnssTT6IeRJA==', '2022-03-03', 'wNxQwWrEndyGUk3ucolzmA==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-302', 'l3aPQx5MDi7xey9lcMblcg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242897', '2209404', 'pi', 'A', 12.26, 0, 'V-003041', 'pgUY6WNYDdtOnA5VWqOsyA==', '2022-03-07 16:44:13', '2022-03-07 17:28:31');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 229, 66100, 'y9TdszSQqTgLza8CMv3iVQ==', 5.5, 'USD', 230, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-10000', 'nvFUFfQA0dGnssTT6IeRJA==', '2022-03-03', 'wNxQwWrEndyGUk3ucolzmA==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 2, TRUE, 'L-302', 'l3aPQx5MDi7xey9lcMblcg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242897', '2209406', 'pi', 'A', 5.5, 0, 'V-003041', 'pgUY6WNYDdtOnA5VWqOsyA==', '2022-03-07 16:44:13', '2022-03-07 17:28:31');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 234, 67200, '6Yf7N9vdlXSKd5l2CUm3sA==', 110, 'USD', 391, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-02000', 'BT4LyLlieyji7YApo0s1vQ==', '2022-03-03', 'Zd1faK0Jz9EVlCnw1NGHwg==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 3, TRUE, 'L-377', 'akw3psgQTbo5JIoJhlomVg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242897', '2209408', 'pi', 'A', 110, 0, 'V-003041', 'pgUY6WNYDdtOnA5VWqOsyA==', '2022-03-07 16:44:13', '2022-03-07 17:28:31');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 333, 67950, 'CgtlRzWIFrdM+XbpLkoW4A==', 6.95, 'USD', 391, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-02000', 'BT4LyLlieyji7YApo0s1vQ==', '2022-03-03', 'wNxQwWrEndyGUk3ucolzmA==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 4, TRUE, 'L-377', 'akw3psgQTbo5JIoJhlomVg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242897', '2209410', 'pi', 'A', 6.95, 0, 'V-003041', 'pgUY6WNYDdtOnA5VWqOsyA==', '2022-03-07 16:44:13', '2022-03-07 17:28:31');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 229, 66100, 'y9TdszSQqTgLza8CMv3iVQ==', 80.46, 'USD', 232, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-02000', 'BT4LyLlieyji7YApo0s1vQ==', '2022-03-03', 'BKxzgv6xoZXo8nax9VXbfQ==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 5, TRUE, 'L-304', '6hDi6yl+qwGDeYl6IVjhnA==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242897', '2209412', 'pi', 'A', 80.46, 0, 'V-003041', 'pgUY6WNYDdtOnA5VWqOsyA==', '2022-03-07 16:44:13', '2022-03-07 17:28:31');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 229, 66100, 'y9TdszSQqTgLza8CMv3iVQ==', 13.96, 'USD', 230, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-10000', 'nvFUFfQA0dGnssTT6IeRJA==', '2022-03-03', 'wNxQwWrEndyGUk3ucolzmA==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 6, TRUE, 'L-302', 'l3aPQx5MDi7xey9lcMblcg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242897', '2209414', 'pi', 'A', 13.96, 0, 'V-003041', 'pgUY6WNYDdtOnA5VWqOsyA==', '2022-03-07 16:44:13', '2022-03-07 17:28:31');
INSERT INTO sage_intacct.ap_bill_item (_fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, billable, billed, classid, classname, createdby, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, projectid, projectname, recordkey, recordno, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified) VALUES ('2022-03-08 6:42:53', 226, 65200, 'cZ0GeyKRePA7z6HaSsTe3g==', 3256, 'USD', 230, FALSE, FALSE, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 37, 'USD', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 'D-10000', 'nvFUFfQA0dGnssTT6IeRJA==', '2022-03-03', 'Xavc26VtGcECWh3cAsGWxg==', 1, '1', '1B2M2Y8AsgTpgAmY7PhCfg==', 7, TRUE, 'L-302', 'l3aPQx5MDi7xey9lcMblcg==', 20000, 'HtcR/HtKU0hM5hLuZcjjuA==', '1', '1B2M2Y8AsgTpgAmY7PhCfg==', '242897', '2209416', 'pi', 'A', 3256, 0, 'V-003041', 'pgUY6WNYDdtOnA5VWqOsyA==', '2022-03-07 16:44:13', '2022-03-07 17:28:31');

INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('43743', TRUE, '2022-02-15 14:39:02', '2021-02-22 20:02:58', 'vUJzSOTeq/0wh1PSM8qxgA==', 3179, 6, 'USD', 'C-000095', 'tgzSMF9xnaKZE7tJfwgh5g==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'QLv4MCqhCPdhB+0UlneNPg==', -10, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '103729', 'ri', 'vUJzSOTeq/0wh1PSM8qxgA==', 3179, 'Posted', 20399.09, 20399.09, 0, '2021-02-18', '2021-03-05', '2021-02-22 20:02:58', NULL, '2021-02-18');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('75404', TRUE, '2022-03-03 14:18:04', '2021-05-21 19:19:47', 'PPEEyEuwsT8CfPwSrrni9g==', 9479, 46, 'USD', 'C-000634', 'PPEEyEuwsT8CfPwSrrni9g==', 'O2SxBSyIxgw5lJAngP0Dkg==', '1B2M2Y8AsgTpgAmY7PhCfg==', 3, 'N-407', 'y7NFVa3hOTVOUkjDnYpQLw==', '4784', 'ri', 'PPEEyEuwsT8CfPwSrrni9g==', 9479, 'Posted', 7797, 7797, 0, '2021-05-05', '2021-05-19', '2021-05-21 19:19:47', NULL, '2021-05-05');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('50381', TRUE, '2022-03-03 14:17:28', '2021-03-16 15:17:30', 'KbXCsK34+Swsv6L+Xbeyrw==', 1960, 8, 'USD', 'C-000126', 'mxIWAqkJCPrtEh46wiwjAg==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'B3JizFOh+xtfZR0xtr+Bug==', 13, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '107696', 'ri', 'KbXCsK34+Swsv6L+Xbeyrw==', 1960, 'Posted', 4598.4, 4598.4, 0, '2021-02-17', '2021-03-04', '2021-03-16 15:17:31', NULL, '2021-02-17');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('80235', TRUE, '2022-03-03 14:18:04', '2021-06-04 16:08:01', '7ZQHKbUqjXahhZgqgzhNOw==', 13664, 46, 'USD', 'C-000651', '7ZQHKbUqjXahhZgqgzhNOw==', 'x+0IkO7tmO5u/eMvbBbH5w==', 'MsR0ANACqi6WCPJiQUtKug==', -11, 'N-407', 'y7NFVa3hOTVOUkjDnYpQLw==', '6297', 'ri', '7ZQHKbUqjXahhZgqgzhNOw==', 13664, 'Posted', 645, 645, 0, '2021-06-02', '2021-06-16', '2021-06-04 16:08:01', NULL, '2021-06-02');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('43538', TRUE, '2022-03-01 15:11:23', '2021-02-22 16:37:16', 'sY7D9pYfGncaSx9pF1ejeQ==', 991, 8, 'USD', 'C-000110', 'qjY47Bq5aT3M0Ivcv3Ii9w==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'B3JizFOh+xtfZR0xtr+Bug==', -9, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '103611-02', 'ri', 'sY7D9pYfGncaSx9pF1ejeQ==', 991, 'Posted', 14476.8, 14476.8, 0, '2021-02-17', '2021-03-04', '2021-02-22 16:37:16', NULL, '2021-02-17');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('65390', TRUE, '2022-03-03 14:17:49', '2021-04-22 20:55:57', 'LXqDpnVrG/d/CVuJNoOxfA==', 6764, 15, 'USD', 'C-000451', 'ILmEPLzI3sIpWRR6WClw9Q==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'B3JizFOh+xtfZR0xtr+Bug==', -14, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '115248', 'ri', 'LXqDpnVrG/d/CVuJNoOxfA==', 6764, 'Posted', 3912, 3912, 0, '2021-04-22', '2021-05-07', '2021-04-22 20:55:57', NULL, '2021-04-22');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('75394', TRUE, '2022-03-03 14:18:04', '2021-05-21 19:19:45', 'PPEEyEuwsT8CfPwSrrni9g==', 9479, 46, 'USD', 'C-000634', 'PPEEyEuwsT8CfPwSrrni9g==', 'O2SxBSyIxgw5lJAngP0Dkg==', '1B2M2Y8AsgTpgAmY7PhCfg==', 4, 'N-407', 'y7NFVa3hOTVOUkjDnYpQLw==', '4685', 'ri', 'PPEEyEuwsT8CfPwSrrni9g==', 9479, 'Posted', 2880, 2880, 0, '2021-05-04', '2021-05-18', '2021-05-21 19:19:45', NULL, '2021-05-04');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('43537', TRUE, '2022-02-17 15:00:19', '2021-02-22 16:37:16', 'sY7D9pYfGncaSx9pF1ejeQ==', 991, 8, 'USD', 'C-000110', 'qjY47Bq5aT3M0Ivcv3Ii9w==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'B3JizFOh+xtfZR0xtr+Bug==', -9, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '103611-01', 'ri', 'sY7D9pYfGncaSx9pF1ejeQ==', 991, 'Posted', 8769.6, 8769.6, 0, '2021-02-17', '2021-03-04', '2021-02-22 16:37:16', NULL, '2021-02-17');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('66824', TRUE, '2022-03-03 14:17:49', '2021-04-27 19:17:01', 'V1FZEo6Mfkl8ib2igja5Vw==', 11161, 46, 'USD', 'C-000590', 'PTDt7XmHG+5X5vJA2iaR+g==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', -14, 'N-407', 'y7NFVa3hOTVOUkjDnYpQLw==', '4319', 'ri', 'jaYJDYYyX5viFqbXFruRYQ==', 7038, 'Posted', 50, 50, 0, '2021-04-27', '2021-05-12', '2021-04-27 19:17:01', NULL, '2021-04-27');
INSERT INTO sage_intacct.ar_invoice (recordno, _fivetran_deleted, _fivetran_synced, auwhencreated, billtopaytocontactname, billtopaytokey, createdby, currency, customerid, customername, description, docnumber, due_in_days, megaentityid, megaentityname, recordid, recordtype, shiptoreturntocontactname, shiptoreturntokey, state, totaldue, totalentered, totalpaid, whencreated, whendue, whenmodified, whenpaid, whenposted) VALUES ('67862', TRUE, '2022-03-03 14:17:49', '2021-04-30 1:49:49', 'SO2uHmrc8OjVDK1GZhxCPQ==', 9627, 46, 'USD', 'C-000654', 'SO2uHmrc8OjVDK1GZhxCPQ==', '1B2M2Y8AsgTpgAmY7PhCfg==', '1B2M2Y8AsgTpgAmY7PhCfg==', NULL, 'N-407', 'y7NFVa3hOTVOUkjDnYpQLw==', '4482', 'ri', 'SO2uHmrc8OjVDK1GZhxCPQ==', 9627, 'No Value', 0, 0, 0, '2021-04-29', '2021-05-14', '2021-04-30 1:49:49', NULL, '2021-04-29');

INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195501', '1807990', '2021-12-23 23:26:30', 450, '18400', 'x/sa+CO+vXwLpWMgPddipQ==', 350000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000432', 'x/sa+CO+vXwLpWMgPddipQ==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 350000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:03:30', '2021-12-23 20:20:34', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195537', '1808272', '2021-12-23 23:26:30', 450, '18400', 'x/sa+CO+vXwLpWMgPddipQ==', 500000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000432', 'x/sa+CO+vXwLpWMgPddipQ==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 500000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:41:25', '2021-12-23 20:42:37', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195502', '1807992', '2021-12-23 23:26:30', 93, '18020-02', 'Vx/GvZdFq1acJ605gA97GA==', 3500000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000006', 'dZ9+CHdAj4Ig231jX8axhQ==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 3500000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:07:33', '2021-12-23 20:08:26', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195514', '1808216', '2021-12-23 23:26:30', 97, '18060-06', 'XM0crCkkb7/muKZqH9y8qA==', 600000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000346', 'c/tQumxkKKj4XcjhJgUnBw==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 600000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:14:17', '2021-12-23 20:18:45', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195523', '1808236', '2021-12-23 23:26:30', 97, '18060-06', 'XM0crCkkb7/muKZqH9y8qA==', 200000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000750', '0ldhgrdOiYUGk8/LN92u0A==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 200000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:24:20', '2021-12-23 20:25:31', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195559', '1808316', '2021-12-23 23:26:30', 119, '18280', 'znZ4bC8qEj6RKzEj1Xy+ig==', 400000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-001047', 'dh76crQJJOmFlnC1MMt27Q==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 400000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:52:21', '2021-12-23 20:52:57', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195555', '1808308', '2021-12-23 23:26:30', 430, '18360', 'RwOn6ADDG3KXfV7ZDq6AoQ==', 700000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000752', 'RwOn6ADDG3KXfV7ZDq6AoQ==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 700000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:51:08', '2021-12-23 20:51:48', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195512', '1808212', '2021-12-23 23:26:30', 98, '18070', 'f2XQ+CC7HU1nELD66WnI0g==', 300000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000304', 'p/9hRqTSIfa7o07f8nCxHw==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 300000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:12:09', '2021-12-23 20:21:49', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195550', '1808298', '2021-12-23 23:26:30', 424, '18340', 'w66nRds5U9MA5A2Lb1FkzQ==', 300000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-000368', 'EE+L99Wplte8kbgw+F5EJQ==', 'D-11000', 'YxGuF8HuUrNuaKr0rQZjhw==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 300000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:49:54', '2021-12-23 20:50:39', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
INSERT INTO sage_intacct.ar_invoice_item (recordkey, recordno, _fivetran_synced, accountkey, accountno, accounttitle, amount, basecurr, baselocation, classid, classname, currency, customerid, customername, departmentid, departmentname, entry_date, entrydescription, exchange_rate, itemid, itemname, line_no, lineitem, locationid, locationname, offsetglaccountno, offsetglaccounttitle, recordtype, state, totalpaid, totalselected, vendorid, vendorname, whencreated, whenmodified, warehouseid, warehousename) VALUES ('195547', '1808292', '2021-12-23 23:26:30', 108, '18170-17', 'U3hRRh4iCFBcoZW97enHqA==', 300000, 'USD', 124, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 'USD', 'C-001063', 'U3hRRh4iCFBcoZW97enHqA==', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23', NULL, 1, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', 1, TRUE, 'L-100', 'qFYGTc7Rk2KYsk4x06L/9g==', 12000, 'lgzyYPEqhe0uNIe9CHj2NQ==', 'ri', 'A', 300000, 0, NULL, '1B2M2Y8AsgTpgAmY7PhCfg==', '2021-12-23 20:47:39', '2021-12-23 20:49:11', NULL, '1B2M2Y8AsgTpgAmY7PhCfg==');
