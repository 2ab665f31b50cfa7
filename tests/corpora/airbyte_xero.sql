-- Corpus: airbyte_xero  (evaluation corpus for pg_sequin_hasura; Xero accounting data as Airbyte's source-xero connector
--   lands it in PostgreSQL, Destinations V2 final tables; no foreign keys)
-- Source: https://github.com/airbytehq/airbyte  path airbyte-integrations/connectors/source-xero/
--   manifest.yaml at commit 0e20b3448e7aaf969eef6ad3b736d467a7b83c6d (the stored version the index serves by default;
--   declarative manifest "version: 5.14.0", shared base_retriever/base_incremental_sync, SelectiveAuthenticator with
--   oauth2_access_token / oauth2_confidential_application = the 2.x connector line). Another stored version
--   @eba52f3d544934cc72187264f10a400de81bcb8c (per-stream retrievers, page_size 100) is older and was not used.
--   metadata.yaml read @045adaab63242c9c93240c5f4bed7ca76209db3f: dockerImageTag 2.1.5, language:manifest-only,
--   cdk:low-code, base image source-declarative-manifest:6.54.7, releaseDate 2021-11-11 (metadata of the exact
--   manifest commit is not stored). Commit dates: not available (airbytehq/airbyte is over the fetch size limit; files
--   read through the stored index, so no git log).
-- Licence: metadata.yaml "license: MIT". Schema text is used only to derive column names/types.
-- Files used: manifest.yaml  definitions.streams.<stream> (name, primary_key, $parameters.path/records_field) and
--   schemas.<stream>.properties (top-level properties and their JSON types/formats; the inline schemas carry no
--   descriptions). Vendor reference (truth file only): Xero Accounting API OpenAPI definition xero_accounting.yaml in
--   github.com/XeroAPI/Xero-OpenAPI @e952d0bda3628facbf7afc5990ad6a0e7e77bd1e (MIT) and developer.xero.com pages.
-- ROWS: there are no seed rows for an Airbyte connector. EVERY ROW BELOW IS INVENTED, written to be plausible and
--   mutually consistent: every reference value (top-level columns and the ids inside jsonb objects: Contact.ContactID,
--   Invoice.InvoiceID, Account.AccountID, LineItems[].ItemCode/AccountCode/TaxType, Tracking[].TrackingCategoryID,
--   Payments[].PaymentID, ...) matches a row of its parent. Ids are shaped as Xero's API shows them (lowercase uuids
--   such as 297c2dc5-cc47-4afd-8ec8-74990b8761e9; account codes such as 090/200; tax types such as OUTPUT2/INPUT2;
--   ISO currency codes; a demo NZ organisation). 76 rows: 3-5 per table, except organisations (1 row: one connection
--   syncs one tenant, config tenant_id, and the Organisation endpoint returns that one organisation) and
--   bank_transactions (8 rows: each of the 3 bank_transfers has its two sides, SPEND-TRANSFER and RECEIVE-TRANSFER,
--   as bank transactions, plus one RECEIVE-OVERPAYMENT and one RECEIVE-PREPAYMENT transaction).
-- Changes made / choices:
--   * Schema name airbyte_xero. One table per stream of manifest.yaml's top-level `streams:` list, named as the
--     stream (21): bank_transactions, contacts, credit_notes, invoices, manual_journals, overpayments, prepayments,
--     purchase_orders, accounts, bank_transfers, employees, items, payments, users, branding_themes, contact_groups,
--     currencies, organisations, repeating_invoices, tax_rates, tracking_categories. Older Python-connector schema
--     files under source_xero/schemas/ (tenants, journals, quotes, ...) are not streams of this manifest: not included.
--   * Columns: Airbyte bookkeeping columns first (_airbyte_raw_id text, _airbyte_extracted_at timestamptz,
--     _airbyte_meta jsonb; _airbyte_generation_id omitted as briefed), then every top-level property of
--     schemas.<stream> in the manifest's order, names verbatim in Xero's PascalCase (hence every identifier is
--     double-quoted). No stream has AddFields transformations, so no column is added.
--   * Types from the JSON schema type (ignoring "null"): string -> text, string + format date-time -> timestamptz,
--     integer -> bigint (branding_themes.SortOrder, organisations.FinancialYearEndDay/Month), number -> numeric,
--     boolean -> boolean, object / array -> jsonb. Ids (declared ["string"], uuid strings) -> text. No property lists
--     two non-null types.
--   * PRIMARY KEYs = each stream's primary_key in manifest.yaml definitions.streams: BankTransactionID, ContactID,
--     CreditNoteID, InvoiceID, ManualJournalID, OverpaymentID, PrepaymentID, PurchaseOrderID, AccountID, BankTransferID,
--     EmployeeID, ItemID, PaymentID, UserID, BrandingThemeID, ContactGroupID, currencies "Code", OrganisationID,
--     RepeatingInvoiceID, tax_rates "Name" (declared as such, although Xero's TaxType is the code other objects use),
--     TrackingCategoryID. Every stream declares one.
--   * Values: JSON objects/arrays written as jsonb literals; absent values NULL; timestamps ISO-8601 UTC (the
--     connector's CustomExtractor turns Xero's /Date(...)/ values into ISO strings). _airbyte_meta =
--     {"changes":[],"sync_id":48213}.
DROP SCHEMA IF EXISTS airbyte_xero CASCADE;
CREATE SCHEMA airbyte_xero;
CREATE TABLE airbyte_xero.bank_transactions (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "BankAccount" jsonb,
  "BankTransactionID" text,
  "Contact" jsonb,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "DateString" timestamptz,
  "ExternalLinkProviderName" text,
  "HasAttachments" boolean,
  "IsReconciled" boolean,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "OverpaymentID" text,
  "PrepaymentID" text,
  "Reference" text,
  "Status" text,
  "SubTotal" numeric,
  "Total" numeric,
  "TotalTax" numeric,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  "Url" text,
  PRIMARY KEY ("BankTransactionID")
);
CREATE TABLE airbyte_xero.contacts (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "AccountNumber" text,
  "AccountsPayableTaxType" text,
  "AccountsReceivableTaxType" text,
  "Addresses" jsonb,
  "Attachments" jsonb,
  "Balances" jsonb,
  "BankAccountDetails" text,
  "BatchPayments" jsonb,
  "BrandingTheme" jsonb,
  "ContactGroups" jsonb,
  "ContactID" text,
  "ContactNumber" text,
  "ContactPersons" jsonb,
  "ContactStatus" text,
  "DefaultCurrency" text,
  "Discount" numeric,
  "EmailAddress" text,
  "FirstName" text,
  "HasAttachments" boolean,
  "HasValidationErrors" boolean,
  "IsCustomer" boolean,
  "IsSupplier" boolean,
  "LastName" text,
  "Name" text,
  "PaymentTerms" jsonb,
  "Phones" jsonb,
  "PurchasesDefaultAccountCode" text,
  "PurchasesTrackingCategories" jsonb,
  "SalesDefaultAccountCode" text,
  "SalesTrackingCategories" jsonb,
  "SkypeUserName" text,
  "TaxNumber" text,
  "TrackingCategoryName" text,
  "TrackingCategoryOption" text,
  "UpdatedDateUTC" timestamptz,
  "ValidationErrors" jsonb,
  "Website" text,
  "XeroNetworkKey" text,
  PRIMARY KEY ("ContactID")
);
CREATE TABLE airbyte_xero.credit_notes (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Allocations" jsonb,
  "AppliedAmount" numeric,
  "BrandingThemeID" text,
  "Contact" jsonb,
  "CreditNoteID" text,
  "CreditNoteNumber" text,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "DateString" timestamptz,
  "DueDate" timestamptz,
  "DueDateString" timestamptz,
  "FullyPaidOnDate" timestamptz,
  "HasAttachments" boolean,
  "ID" text,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "Reference" text,
  "RemainingCredit" numeric,
  "SentToContact" boolean,
  "Status" text,
  "SubTotal" numeric,
  "Total" numeric,
  "TotalTax" numeric,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("CreditNoteID")
);
CREATE TABLE airbyte_xero.invoices (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "AmountCredited" numeric,
  "AmountDue" numeric,
  "AmountPaid" numeric,
  "BrandingThemeID" text,
  "Contact" jsonb,
  "CreditNotes" jsonb,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "DateString" timestamptz,
  "DueDate" timestamptz,
  "DueDateString" timestamptz,
  "ExpectedPaymentDate" timestamptz,
  "ExpectedPaymentDateString" timestamptz,
  "FullyPaidOnDate" timestamptz,
  "HasAttachments" boolean,
  "HasErrors" boolean,
  "InvoiceID" text,
  "InvoiceNumber" text,
  "IsDiscounted" boolean,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "Overpayments" jsonb,
  "Payments" jsonb,
  "PlannedPaymentDate" timestamptz,
  "PlannedPaymentDateString" timestamptz,
  "Prepayments" jsonb,
  "Reference" text,
  "SentToContact" boolean,
  "Status" text,
  "SubTotal" numeric,
  "Total" numeric,
  "TotalDiscount" numeric,
  "TotalTax" numeric,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  "Url" text,
  PRIMARY KEY ("InvoiceID")
);
CREATE TABLE airbyte_xero.manual_journals (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Date" timestamptz,
  "HasAttachments" boolean,
  "JournalLines" jsonb,
  "LineAmountTypes" text,
  "ManualJournalID" text,
  "Narration" text,
  "ShowOnCashBasisReports" boolean,
  "Status" text,
  "UpdatedDateUTC" timestamptz,
  "Url" text,
  PRIMARY KEY ("ManualJournalID")
);
CREATE TABLE airbyte_xero.overpayments (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Allocations" jsonb,
  "AppliedAmount" numeric,
  "Contact" jsonb,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "DateString" timestamptz,
  "HasAttachments" boolean,
  "ID" text,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "OverpaymentID" text,
  "Payments" jsonb,
  "Reference" text,
  "RemainingCredit" numeric,
  "Status" text,
  "SubTotal" numeric,
  "Total" numeric,
  "TotalTax" numeric,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("OverpaymentID")
);
CREATE TABLE airbyte_xero.prepayments (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Allocations" jsonb,
  "AppliedAmount" numeric,
  "Contact" jsonb,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "DateString" timestamptz,
  "HasAttachments" boolean,
  "ID" text,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "Payments" jsonb,
  "PrepaymentID" text,
  "Reference" text,
  "RemainingCredit" numeric,
  "Status" text,
  "SubTotal" numeric,
  "Total" numeric,
  "TotalTax" numeric,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("PrepaymentID")
);
CREATE TABLE airbyte_xero.purchase_orders (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "AttentionTo" text,
  "BrandingThemeID" text,
  "Contact" jsonb,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "DateString" timestamptz,
  "DeliveryAddress" text,
  "DeliveryDate" timestamptz,
  "DeliveryDateString" timestamptz,
  "DeliveryInstructions" text,
  "ExpectedArrivalDate" timestamptz,
  "ExpectedArrivalDateString" timestamptz,
  "HasAttachments" boolean,
  "HasErrors" boolean,
  "IsDiscounted" boolean,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "PurchaseOrderID" text,
  "PurchaseOrderNumber" text,
  "Reference" text,
  "SentToContact" boolean,
  "Status" text,
  "SubTotal" numeric,
  "Telephone" text,
  "Total" numeric,
  "TotalDiscount" numeric,
  "TotalTax" numeric,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("PurchaseOrderID")
);
CREATE TABLE airbyte_xero.accounts (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "AccountID" text,
  "BankAccountNumber" text,
  "BankAccountType" text,
  "Class" text,
  "Code" text,
  "CurrencyCode" text,
  "Description" text,
  "EnablePaymentsToAccount" boolean,
  "HasAttachments" boolean,
  "Name" text,
  "ReportingCode" text,
  "ReportingCodeName" text,
  "ShowInExpenseClaims" boolean,
  "Status" text,
  "SystemAccount" text,
  "TaxType" text,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("AccountID")
);
CREATE TABLE airbyte_xero.bank_transfers (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Amount" numeric,
  "BankTransferID" text,
  "CreatedDateUTC" timestamptz,
  "CreatedDateUTCString" timestamptz,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "DateString" timestamptz,
  "FromBankAccount" jsonb,
  "FromBankTransactionID" text,
  "HasAttachments" boolean,
  "ToBankAccount" jsonb,
  "ToBankTransactionID" text,
  PRIMARY KEY ("BankTransferID")
);
CREATE TABLE airbyte_xero.employees (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "EmployeeID" text,
  "ExternalLink" text,
  "FirstName" text,
  "LastName" text,
  "Status" text,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("EmployeeID")
);
CREATE TABLE airbyte_xero.items (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Code" text,
  "Description" text,
  "InventoryAssetAccountCode" text,
  "IsPurchased" boolean,
  "IsSold" boolean,
  "IsTrackedAsInventory" boolean,
  "ItemID" text,
  "Name" text,
  "PurchaseDescription" text,
  "PurchaseDetails" jsonb,
  "QuantityOnHand" numeric,
  "SalesDetails" jsonb,
  "TotalCostPool" numeric,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("ItemID")
);
CREATE TABLE airbyte_xero.payments (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Account" jsonb,
  "Amount" numeric,
  "BankAmount" numeric,
  "BatchPaymentID" text,
  "CreditNote" jsonb,
  "CurrencyRate" numeric,
  "Date" timestamptz,
  "HasAccount" boolean,
  "HasValidationErrors" boolean,
  "Invoice" jsonb,
  "IsReconciled" boolean,
  "Overpayment" jsonb,
  "PaymentID" text,
  "PaymentType" text,
  "Prepayments" jsonb,
  "Reference" text,
  "Status" text,
  "UpdatedDateUTC" timestamptz,
  PRIMARY KEY ("PaymentID")
);
CREATE TABLE airbyte_xero.users (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "EmailAddress" text,
  "FirstName" text,
  "IsSubscriber" boolean,
  "LastName" text,
  "OrganisationRole" text,
  "UpdatedDateUTC" timestamptz,
  "UserID" text,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("UserID")
);
CREATE TABLE airbyte_xero.branding_themes (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "BrandingThemeID" text,
  "CreatedDateUTC" timestamptz,
  "Name" text,
  "SortOrder" bigint,
  PRIMARY KEY ("BrandingThemeID")
);
CREATE TABLE airbyte_xero.contact_groups (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "ContactGroupID" text,
  "HasValidationErrors" boolean,
  "Name" text,
  "Status" text,
  PRIMARY KEY ("ContactGroupID")
);
CREATE TABLE airbyte_xero.currencies (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Code" text,
  "Description" text,
  PRIMARY KEY ("Code")
);
CREATE TABLE airbyte_xero.organisations (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "APIKey" text,
  "Addresses" jsonb,
  "BaseCurrency" text,
  "CountryCode" text,
  "CreatedDateUTC" timestamptz,
  "DefaultPurchasesTax" text,
  "DefaultSalesTax" text,
  "EndOfYearLockDate" timestamptz,
  "ExternalLinks" jsonb,
  "FinancialYearEndDay" bigint,
  "FinancialYearEndMonth" bigint,
  "IsDemoCompany" boolean,
  "LegalName" text,
  "LineOfBusiness" text,
  "Name" text,
  "OrganisationEntityType" text,
  "OrganisationID" text,
  "OrganisationStatus" text,
  "OrganisationType" text,
  "PaymentTerms" jsonb,
  "PaysTax" boolean,
  "PeriodLockDate" timestamptz,
  "Phones" jsonb,
  "RegistrationNumber" text,
  "SalesTaxBasis" text,
  "SalesTaxPeriod" text,
  "ShortCode" text,
  "TaxNumber" text,
  "Timezone" text,
  "Version" text,
  PRIMARY KEY ("OrganisationID")
);
CREATE TABLE airbyte_xero.repeating_invoices (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "BrandingThemeID" text,
  "Contact" jsonb,
  "CurrencyCode" text,
  "HasAttachments" boolean,
  "ID" text,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "Reference" text,
  "RepeatingInvoiceID" text,
  "Schedule" jsonb,
  "Status" text,
  "SubTotal" numeric,
  "Total" numeric,
  "TotalDiscount" numeric,
  "TotalTax" numeric,
  "Type" text,
  PRIMARY KEY ("RepeatingInvoiceID")
);
CREATE TABLE airbyte_xero.tax_rates (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "CanApplyToAssets" boolean,
  "CanApplyToEquity" boolean,
  "CanApplyToExpenses" boolean,
  "CanApplyToLiabilities" boolean,
  "CanApplyToRevenue" boolean,
  "DisplayTaxRate" numeric,
  "EffectiveRate" numeric,
  "Name" text,
  "ReportTaxType" text,
  "Status" text,
  "TaxComponents" jsonb,
  "TaxType" text,
  PRIMARY KEY ("Name")
);
CREATE TABLE airbyte_xero.tracking_categories (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  "Name" text,
  "Option" text,
  "Options" jsonb,
  "Status" text,
  "TrackingCategoryID" text,
  "TrackingCategoryName" text,
  "TrackingOptionID" text,
  "TrackingOptionName" text,
  PRIMARY KEY ("TrackingCategoryID")
);
INSERT INTO airbyte_xero.bank_transactions (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"BankAccount","BankTransactionID","Contact","CurrencyCode","CurrencyRate","Date","DateString","ExternalLinkProviderName","HasAttachments","IsReconciled","LineAmountTypes","LineItems","OverpaymentID","PrepaymentID","Reference","Status","SubTotal","Total","TotalTax","Type","UpdatedDateUTC","Url") VALUES
('996ed76d-6d57-5086-9e22-a06d86756656','2024-04-15T03:12:01+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,'3b02a073-6d69-5737-a8f7-1f380c4b504e',NULL,'NZD',1.0,'2024-04-03T00:00:00+00:00','2024-04-03T00:00:00+00:00',NULL,false,true,'NoTax','[]'::jsonb,NULL,NULL,NULL,'AUTHORISED',1000.0,1000.0,0,'SPEND-TRANSFER','2024-04-03T00:00:00+00:00',NULL),
('a69d3ea7-7b0b-5512-a8c2-d7e280cae25d','2024-04-15T03:12:02+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,'9e8f5ee3-2f17-5c64-b83b-f73f6f196717',NULL,'USD',0.6012,'2024-04-03T00:00:00+00:00','2024-04-03T00:00:00+00:00',NULL,false,true,'NoTax','[]'::jsonb,NULL,NULL,NULL,'AUTHORISED',1000.0,1000.0,0,'RECEIVE-TRANSFER','2024-04-03T00:00:00+00:00',NULL),
('287efc6e-398b-5c5f-a2e3-6bc77fba97d4','2024-04-15T03:12:03+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,'dbeba436-8b98-5b12-90a6-d66be6344da0',NULL,'USD',0.6012,'2024-04-04T00:00:00+00:00','2024-04-04T00:00:00+00:00',NULL,false,true,'NoTax','[]'::jsonb,NULL,NULL,NULL,'AUTHORISED',250.0,250.0,0,'SPEND-TRANSFER','2024-04-04T00:00:00+00:00',NULL),
('bf4339e9-539c-5b4d-b602-2d2d65c4bd7c','2024-04-15T03:12:04+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,'b45a5d1a-ccc9-5ced-988b-083ac2f80ed4',NULL,'NZD',1.0,'2024-04-04T00:00:00+00:00','2024-04-04T00:00:00+00:00',NULL,false,true,'NoTax','[]'::jsonb,NULL,NULL,NULL,'AUTHORISED',250.0,250.0,0,'RECEIVE-TRANSFER','2024-04-04T00:00:00+00:00',NULL),
('a1a8f553-ec7c-50d0-88de-f78007583104','2024-04-15T03:12:05+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,'d98db4e2-c419-5158-81c5-1d29c01b1a0f',NULL,'NZD',1.0,'2024-04-05T00:00:00+00:00','2024-04-05T00:00:00+00:00',NULL,false,true,'NoTax','[]'::jsonb,NULL,NULL,NULL,'AUTHORISED',400.0,400.0,0,'SPEND-TRANSFER','2024-04-05T00:00:00+00:00',NULL),
('01e97dee-d1a9-502b-88d3-a1f389258a8d','2024-04-15T03:12:06+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,'17dcb0ab-6c78-5231-91b3-2edc29bacabd',NULL,'USD',0.6012,'2024-04-05T00:00:00+00:00','2024-04-05T00:00:00+00:00',NULL,false,true,'NoTax','[]'::jsonb,NULL,NULL,NULL,'AUTHORISED',400.0,400.0,0,'RECEIVE-TRANSFER','2024-04-05T00:00:00+00:00',NULL),
('9d5ada4a-067e-59d0-9e7f-a49069fbc3ac','2024-04-15T03:12:07+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,'c1571f70-32d3-5608-b3fb-a5e33943f046','{"ContactID":"55b231ec-7aea-5dbd-bd40-cffb0a2b3e98","Name":"Ridgeway University"}'::jsonb,'NZD',1.0,'2024-03-22T00:00:00+00:00','2024-03-22T00:00:00+00:00',NULL,false,true,'NoTax','[{"LineItemID":"be8ef60f-5838-592d-9258-bc9ca6610764","Description":"Overpayment 0","Quantity":1,"UnitAmount":120.0,"ItemCode":null,"AccountCode":"200","TaxType":"NONE","TaxAmount":0.0,"LineAmount":120.0,"Tracking":[]}]'::jsonb,'d2b60ad9-ddb1-5fdc-aefd-f3e3fc18a859',NULL,NULL,'AUTHORISED',120.0,120.0,0,'RECEIVE-OVERPAYMENT','2024-03-22T00:00:00+00:00',NULL),
('60a12a59-63d5-55d1-a4d5-1a9d5acf57cd','2024-04-15T03:12:08+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,'c9c17c38-344a-5942-b534-aa7274308e55','{"ContactID":"839ed882-5808-524f-9d60-0c198e010820","Name":"Hamilton Smith Ltd"}'::jsonb,'USD',0.6012,'2024-03-25T00:00:00+00:00','2024-03-25T00:00:00+00:00',NULL,false,true,'NoTax','[{"LineItemID":"df2bcf03-a38e-599e-bf68-1aea81c3c80b","Description":"Prepayment 0","Quantity":1,"UnitAmount":500.0,"ItemCode":null,"AccountCode":"200","TaxType":"NONE","TaxAmount":0.0,"LineAmount":500.0,"Tracking":[]}]'::jsonb,NULL,'175f6bf6-364a-5e6a-bfa5-7a0f54b5c855','Deposit','AUTHORISED',500.0,500.0,0,'RECEIVE-PREPAYMENT','2024-03-25T00:00:00+00:00',NULL);
INSERT INTO airbyte_xero.contacts (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"AccountNumber","AccountsPayableTaxType","AccountsReceivableTaxType","Addresses","Attachments","Balances","BankAccountDetails","BatchPayments","BrandingTheme","ContactGroups","ContactID","ContactNumber","ContactPersons","ContactStatus","DefaultCurrency","Discount","EmailAddress","FirstName","HasAttachments","HasValidationErrors","IsCustomer","IsSupplier","LastName","Name","PaymentTerms","Phones","PurchasesDefaultAccountCode","PurchasesTrackingCategories","SalesDefaultAccountCode","SalesTrackingCategories","SkypeUserName","TaxNumber","TrackingCategoryName","TrackingCategoryOption","UpdatedDateUTC","ValidationErrors","Website","XeroNetworkKey") VALUES
('93aaded1-4132-58cf-942c-d2f290e35a7d','2024-04-15T03:12:09+00:00','{"changes":[],"sync_id":48213}'::jsonb,'RIDGEW',NULL,'OUTPUT2','[{"AddressType":"POBOX","AddressLine1":"PO Box 101","City":"Wellington","PostalCode":"6011","Country":"New Zealand"}]'::jsonb,'[]'::jsonb,'{"AccountsReceivable":{"Outstanding":0,"Overdue":0},"AccountsPayable":{"Outstanding":0,"Overdue":0}}'::jsonb,NULL,NULL,'{"BrandingThemeID":"0ecaf11f-dd95-5988-b8c0-6784d7d6d152","Name":"Standard"}'::jsonb,'[{"ContactGroupID":"aa5f6eb9-e838-5c35-8bb4-593ced8a3ee3","Name":"Wholesale customers","Status":"ACTIVE"}]'::jsonb,'55b231ec-7aea-5dbd-bd40-cffb0a2b3e98',NULL,'[]'::jsonb,'ACTIVE','NZD',NULL,'mary@ridgeway.example','Mary',false,false,true,false,'Weaver','Ridgeway University','{"Sales":{"Day":20,"Type":"OFFOLLOWINGMONTH"}}'::jsonb,'[{"PhoneType":"DEFAULT","PhoneNumber":"555-1001"}]'::jsonb,NULL,'[]'::jsonb,'200','[]'::jsonb,NULL,NULL,NULL,NULL,'2024-02-01T00:00:00+00:00','[]'::jsonb,NULL,NULL),
('03f2822a-d0a1-5967-9e47-711b9b23c7f9','2024-04-15T03:12:10+00:00','{"changes":[],"sync_id":48213}'::jsonb,'BOOMFM',NULL,'OUTPUT2','[{"AddressType":"POBOX","AddressLine1":"PO Box 102","City":"Wellington","PostalCode":"6011","Country":"New Zealand"}]'::jsonb,'[]'::jsonb,'{"AccountsReceivable":{"Outstanding":0,"Overdue":0},"AccountsPayable":{"Outstanding":0,"Overdue":0}}'::jsonb,NULL,NULL,'{"BrandingThemeID":"7ea12d94-3751-555d-9735-61aa4471f130","Name":"Special Projects"}'::jsonb,'[{"ContactGroupID":"aa5f6eb9-e838-5c35-8bb4-593ced8a3ee3","Name":"Wholesale customers","Status":"ACTIVE"}]'::jsonb,'8e256861-405c-503a-9359-47c8641e5ff6',NULL,'[]'::jsonb,'ACTIVE','NZD',NULL,'nick@boomfm.example','Nick',false,false,true,false,'Marsh','Boom FM','{"Sales":{"Day":20,"Type":"OFFOLLOWINGMONTH"}}'::jsonb,'[{"PhoneType":"DEFAULT","PhoneNumber":"555-1002"}]'::jsonb,NULL,'[]'::jsonb,'200','[]'::jsonb,NULL,NULL,NULL,NULL,'2024-02-01T00:00:00+00:00','[]'::jsonb,NULL,NULL),
('021d638d-fb38-5d8b-95cd-6500e69fede0','2024-04-15T03:12:11+00:00','{"changes":[],"sync_id":48213}'::jsonb,'PINELA','INPUT2',NULL,'[{"AddressType":"POBOX","AddressLine1":"PO Box 103","City":"Wellington","PostalCode":"6011","Country":"New Zealand"}]'::jsonb,'[]'::jsonb,'{"AccountsReceivable":{"Outstanding":0,"Overdue":0},"AccountsPayable":{"Outstanding":0,"Overdue":0}}'::jsonb,NULL,NULL,'{"BrandingThemeID":"0ecaf11f-dd95-5988-b8c0-6784d7d6d152","Name":"Standard"}'::jsonb,'[{"ContactGroupID":"412e6ab6-2b56-5bb2-b553-0ff36ff65759","Name":"Preferred suppliers","Status":"ACTIVE"}]'::jsonb,'a7814f82-f586-5106-8cc1-886ded04de18',NULL,'[]'::jsonb,'ACTIVE','NZD',NULL,'ana@pinelane.example','Ana',false,false,false,true,'Lopez','Pine Lane Supplies','{"Bills":{"Day":15,"Type":"OFFOLLOWINGMONTH"}}'::jsonb,'[{"PhoneType":"DEFAULT","PhoneNumber":"555-1003"}]'::jsonb,'310','[]'::jsonb,NULL,'[]'::jsonb,NULL,NULL,NULL,NULL,'2024-02-01T00:00:00+00:00','[]'::jsonb,NULL,NULL),
('8698c1db-ce42-596f-9b9a-069b32aae5a6','2024-04-15T03:12:12+00:00','{"changes":[],"sync_id":48213}'::jsonb,'HAMILT','INPUT2','ZERORATED','[{"AddressType":"POBOX","AddressLine1":"PO Box 104","City":"Wellington","PostalCode":"6011","Country":"New Zealand"}]'::jsonb,'[]'::jsonb,'{"AccountsReceivable":{"Outstanding":0,"Overdue":0},"AccountsPayable":{"Outstanding":0,"Overdue":0}}'::jsonb,NULL,NULL,'{"BrandingThemeID":"b10453d4-8692-570f-91fd-bc0b9919ee7d","Name":"Very orange invoice!"}'::jsonb,'[{"ContactGroupID":"41239bdf-ec0c-5694-b475-3b4e9f2bfd97","Name":"Overseas","Status":"ACTIVE"}]'::jsonb,'839ed882-5808-524f-9d60-0c198e010820',NULL,'[]'::jsonb,'ACTIVE','USD',NULL,'tom@hamiltonsmith.example','Tom',false,false,true,true,'Hamilton','Hamilton Smith Ltd','{"Sales":{"Day":20,"Type":"OFFOLLOWINGMONTH"}}'::jsonb,'[{"PhoneType":"DEFAULT","PhoneNumber":"555-1004"}]'::jsonb,'310','[]'::jsonb,'200','[]'::jsonb,NULL,NULL,NULL,NULL,'2024-02-01T00:00:00+00:00','[]'::jsonb,NULL,NULL);
INSERT INTO airbyte_xero.credit_notes (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Allocations","AppliedAmount","BrandingThemeID","Contact","CreditNoteID","CreditNoteNumber","CurrencyCode","CurrencyRate","Date","DateString","DueDate","DueDateString","FullyPaidOnDate","HasAttachments","ID","LineAmountTypes","LineItems","Reference","RemainingCredit","SentToContact","Status","SubTotal","Total","TotalTax","Type","UpdatedDateUTC") VALUES
('e5dcb27c-8589-526f-86bd-b7fb8346103c','2024-04-15T03:12:13+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[{"Amount":50.0,"Date":"2024-03-20T00:00:00+00:00","Invoice":{"InvoiceID":"3cc504ef-19b0-5311-9141-e44f60c2442d","InvoiceNumber":"INV-0002"}}]'::jsonb,50.0,'7ea12d94-3751-555d-9735-61aa4471f130','{"ContactID":"8e256861-405c-503a-9359-47c8641e5ff6","Name":"Boom FM"}'::jsonb,'f9f76763-0ac6-52c0-adea-67e0ef87b04a','CN-0001','NZD',1.0,'2024-03-15T00:00:00+00:00','2024-03-15T00:00:00+00:00','2024-04-15T00:00:00+00:00','2024-04-15T00:00:00+00:00','2024-03-20T00:00:00+00:00',false,'f9f76763-0ac6-52c0-adea-67e0ef87b04a','Exclusive','[{"LineItemID":"95c3b0b2-0c9e-5a2c-944c-99f1f343cb00","Description":"Credit - returned goods 0","Quantity":1,"UnitAmount":43.48,"ItemCode":null,"AccountCode":"200","TaxType":"OUTPUT2","TaxAmount":6.52,"LineAmount":43.48,"Tracking":[]}]'::jsonb,NULL,0.0,false,'PAID',43.48,50.0,6.52,'ACCRECCREDIT','2024-03-21T00:00:00+00:00'),
('50b1413d-e59d-55fd-9527-b1cd43cd2aa6','2024-04-15T03:12:14+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[{"Amount":30.0,"Date":"2024-03-20T00:00:00+00:00","Invoice":{"InvoiceID":"156dc398-39dc-5e95-bbdf-1a9a4c2dd2ef","InvoiceNumber":"INV-0004"}}]'::jsonb,30.0,'0ecaf11f-dd95-5988-b8c0-6784d7d6d152','{"ContactID":"55b231ec-7aea-5dbd-bd40-cffb0a2b3e98","Name":"Ridgeway University"}'::jsonb,'5d5da463-e254-56b9-8d03-60e8c80504de','CN-0002','NZD',1.0,'2024-03-16T00:00:00+00:00','2024-03-16T00:00:00+00:00','2024-04-16T00:00:00+00:00','2024-04-16T00:00:00+00:00','2024-03-20T00:00:00+00:00',false,'5d5da463-e254-56b9-8d03-60e8c80504de','Exclusive','[{"LineItemID":"c909bb15-26a5-5bb1-9531-6de56137ec1a","Description":"Credit - returned goods 1","Quantity":1,"UnitAmount":26.09,"ItemCode":null,"AccountCode":"200","TaxType":"OUTPUT2","TaxAmount":3.91,"LineAmount":26.09,"Tracking":[]}]'::jsonb,NULL,0.0,false,'PAID',26.09,30.0,3.91,'ACCRECCREDIT','2024-03-21T00:00:00+00:00'),
('9c8f8a7d-5817-587c-b763-6f8a6325e961','2024-04-15T03:12:15+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[]'::jsonb,NULL,NULL,'{"ContactID":"a7814f82-f586-5106-8cc1-886ded04de18","Name":"Pine Lane Supplies"}'::jsonb,'73177bf2-2320-5054-86ff-5864931ddd3b','CN-0003','NZD',1.0,'2024-03-17T00:00:00+00:00','2024-03-17T00:00:00+00:00','2024-04-17T00:00:00+00:00','2024-04-17T00:00:00+00:00',NULL,false,'73177bf2-2320-5054-86ff-5864931ddd3b','Exclusive','[{"LineItemID":"9e54f5dd-0699-5d60-a7b3-714a56f8d3e4","Description":"Credit - returned goods 2","Quantity":1,"UnitAmount":40.0,"ItemCode":null,"AccountCode":"310","TaxType":"INPUT2","TaxAmount":6.0,"LineAmount":40.0,"Tracking":[]}]'::jsonb,NULL,46.0,false,'AUTHORISED',40.0,46.0,6.0,'ACCPAYCREDIT','2024-03-21T00:00:00+00:00');
INSERT INTO airbyte_xero.invoices (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"AmountCredited","AmountDue","AmountPaid","BrandingThemeID","Contact","CreditNotes","CurrencyCode","CurrencyRate","Date","DateString","DueDate","DueDateString","ExpectedPaymentDate","ExpectedPaymentDateString","FullyPaidOnDate","HasAttachments","HasErrors","InvoiceID","InvoiceNumber","IsDiscounted","LineAmountTypes","LineItems","Overpayments","Payments","PlannedPaymentDate","PlannedPaymentDateString","Prepayments","Reference","SentToContact","Status","SubTotal","Total","TotalDiscount","TotalTax","Type","UpdatedDateUTC","Url") VALUES
('11cfb5a6-caa8-58b6-8f4d-d1041c015a53','2024-04-15T03:12:16+00:00','{"changes":[],"sync_id":48213}'::jsonb,0,0.0,690.0,'0ecaf11f-dd95-5988-b8c0-6784d7d6d152','{"ContactID":"55b231ec-7aea-5dbd-bd40-cffb0a2b3e98","Name":"Ridgeway University"}'::jsonb,'[]'::jsonb,'NZD',1.0,'2024-02-05T00:00:00+00:00','2024-02-05T00:00:00+00:00','2024-03-05T00:00:00+00:00','2024-03-05T00:00:00+00:00',NULL,NULL,'2024-03-12T00:00:00+00:00',false,false,'f95e12c9-8365-5a70-b518-de038d036612','INV-0001',false,'Exclusive','[{"LineItemID":"325710f4-ad07-5512-92de-89ff23007f64","Description":"Training session","Quantity":2,"UnitAmount":300,"ItemCode":"TRAIN","AccountCode":"200","TaxType":"OUTPUT2","TaxAmount":90.0,"LineAmount":600,"Tracking":[{"TrackingCategoryID":"8ee2330c-f3f6-53a5-b52e-bc01224bbc84","Name":"Region","Option":"North","TrackingOptionID":"2a60d7dd-dce0-54cb-969c-c13e186a28cc"}]}]'::jsonb,'[]'::jsonb,'[{"PaymentID":"e807df77-714d-5a26-9a15-211b57947587","Amount":690.0,"Date":"2024-03-10T00:00:00+00:00"}]'::jsonb,NULL,NULL,'[]'::jsonb,'Ref INV-0001',true,'PAID',600,690.0,0,90.0,'ACCREC','2024-03-21T00:00:00+00:00',NULL),
('e34b7b54-c5ed-55f3-98b2-90db77dabcd2','2024-04-15T03:12:17+00:00','{"changes":[],"sync_id":48213}'::jsonb,50.0,164.0,200.0,'7ea12d94-3751-555d-9735-61aa4471f130','{"ContactID":"8e256861-405c-503a-9359-47c8641e5ff6","Name":"Boom FM"}'::jsonb,'[{"CreditNoteID":"f9f76763-0ac6-52c0-adea-67e0ef87b04a","CreditNoteNumber":"CN-0001","AppliedAmount":50.0}]'::jsonb,'NZD',1.0,'2024-02-08T00:00:00+00:00','2024-02-08T00:00:00+00:00','2024-03-08T00:00:00+00:00','2024-03-08T00:00:00+00:00',NULL,NULL,NULL,false,false,'3cc504ef-19b0-5311-9141-e44f60c2442d','INV-0002',false,'Exclusive','[{"LineItemID":"f7d8a38a-f0ea-57f0-81d8-38a7f5bc521c","Description":"Golf balls - white single","Quantity":20,"UnitAmount":18,"ItemCode":"GB1-White","AccountCode":"200","TaxType":"OUTPUT2","TaxAmount":54.0,"LineAmount":360,"Tracking":[{"TrackingCategoryID":"1021d794-6c1a-5e57-9bba-e8df412a24d8","Name":"Department","Option":"Sales","TrackingOptionID":"b01a9200-53a1-5c67-8ed5-13e278ad71c2"}]}]'::jsonb,'[]'::jsonb,'[{"PaymentID":"c1b4f065-03ba-54b1-b5c8-fa2f45f00d92","Amount":200.0,"Date":"2024-03-10T00:00:00+00:00"}]'::jsonb,NULL,NULL,'[]'::jsonb,'Ref INV-0002',true,'AUTHORISED',360,414.0,0,54.0,'ACCREC','2024-03-21T00:00:00+00:00',NULL),
('224e4b8c-e5c5-5953-9d1a-37d5b7232801','2024-04-15T03:12:18+00:00','{"changes":[],"sync_id":48213}'::jsonb,200.0,0,1950.0,'b10453d4-8692-570f-91fd-bc0b9919ee7d','{"ContactID":"839ed882-5808-524f-9d60-0c198e010820","Name":"Hamilton Smith Ltd"}'::jsonb,'[]'::jsonb,'USD',0.6012,'2024-02-11T00:00:00+00:00','2024-02-11T00:00:00+00:00','2024-03-11T00:00:00+00:00','2024-03-11T00:00:00+00:00',NULL,NULL,'2024-03-12T00:00:00+00:00',false,false,'47d8e572-eda9-5fb7-8570-6bb585463c62','INV-0003',false,'Exclusive','[{"LineItemID":"6cc62c7b-ccfd-54e8-95f5-11929c8eb7a9","Description":"Development work - developer onsite per day","Quantity":3,"UnitAmount":650,"ItemCode":"DevD","AccountCode":"200","TaxType":"ZERORATED","TaxAmount":0.0,"LineAmount":1950,"Tracking":[{"TrackingCategoryID":"73d8176f-37c3-59d0-ba20-c5b90c0db4ae","Name":"Project","Option":"Alpha","TrackingOptionID":"965b304b-945b-58db-acd9-da00652ea9c3"}]}]'::jsonb,'[]'::jsonb,'[{"PaymentID":"18bbbc4b-14a0-52c9-a15e-1a625b606ee9","Amount":1950.0,"Date":"2024-03-10T00:00:00+00:00"}]'::jsonb,NULL,NULL,'[{"PrepaymentID":"175f6bf6-364a-5e6a-bfa5-7a0f54b5c855","AppliedAmount":200.0}]'::jsonb,'Ref INV-0003',true,'PAID',1950,1950.0,0,0.0,'ACCREC','2024-03-21T00:00:00+00:00',NULL),
('e4dc2af1-0464-5956-b83d-2f312dc9b31a','2024-04-15T03:12:19+00:00','{"changes":[],"sync_id":48213}'::jsonb,0,0.0,552.0,NULL,'{"ContactID":"a7814f82-f586-5106-8cc1-886ded04de18","Name":"Pine Lane Supplies"}'::jsonb,'[]'::jsonb,'NZD',1.0,'2024-02-14T00:00:00+00:00','2024-02-14T00:00:00+00:00','2024-03-14T00:00:00+00:00','2024-03-14T00:00:00+00:00',NULL,NULL,'2024-03-12T00:00:00+00:00',false,false,'2efe5bfc-1215-5dc4-9e41-dd78adf7a61d','PL-7781',false,'Exclusive','[{"LineItemID":"8c27eea2-59eb-5bf6-bd9a-ec09ec638a47","Description":"Umbrella - folding","Quantity":40,"UnitAmount":12,"ItemCode":"UMB","AccountCode":"630","TaxType":"INPUT2","TaxAmount":72.0,"LineAmount":480,"Tracking":[]}]'::jsonb,'[]'::jsonb,'[{"PaymentID":"1d56796f-2d5e-5692-b9a4-148f3ec24020","Amount":552.0,"Date":"2024-03-10T00:00:00+00:00"}]'::jsonb,NULL,NULL,'[]'::jsonb,NULL,false,'PAID',480,552.0,0,72.0,'ACCPAY','2024-03-21T00:00:00+00:00',NULL),
('115990e2-21d7-5dc1-af86-28aa13009542','2024-04-15T03:12:20+00:00','{"changes":[],"sync_id":48213}'::jsonb,80.0,206.92,0,'0ecaf11f-dd95-5988-b8c0-6784d7d6d152','{"ContactID":"55b231ec-7aea-5dbd-bd40-cffb0a2b3e98","Name":"Ridgeway University"}'::jsonb,'[{"CreditNoteID":"5d5da463-e254-56b9-8d03-60e8c80504de","CreditNoteNumber":"CN-0002","AppliedAmount":30.0}]'::jsonb,'NZD',1.0,'2024-02-17T00:00:00+00:00','2024-02-17T00:00:00+00:00','2024-03-17T00:00:00+00:00','2024-03-17T00:00:00+00:00',NULL,NULL,NULL,false,false,'156dc398-39dc-5e95-bbdf-1a9a4c2dd2ef','INV-0004',false,'Exclusive','[{"LineItemID":"4286923e-1e2a-575f-9386-294645454bf9","Description":"Umbrella - folding","Quantity":10,"UnitAmount":24.95,"ItemCode":"UMB","AccountCode":"200","TaxType":"OUTPUT2","TaxAmount":37.42,"LineAmount":249.5,"Tracking":[{"TrackingCategoryID":"8ee2330c-f3f6-53a5-b52e-bc01224bbc84","Name":"Region","Option":"South","TrackingOptionID":"4d67f61b-46b4-5b55-99c8-73d78f733245"}]}]'::jsonb,'[{"OverpaymentID":"d2b60ad9-ddb1-5fdc-aefd-f3e3fc18a859","AppliedAmount":50.0}]'::jsonb,'[]'::jsonb,NULL,NULL,'[]'::jsonb,'Ref INV-0004',true,'AUTHORISED',249.5,286.92,0,37.42,'ACCREC','2024-03-21T00:00:00+00:00',NULL);
INSERT INTO airbyte_xero.manual_journals (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Date","HasAttachments","JournalLines","LineAmountTypes","ManualJournalID","Narration","ShowOnCashBasisReports","Status","UpdatedDateUTC","Url") VALUES
('88c7a1b1-1172-5bf5-a8f1-efeffe147eac','2024-04-15T03:12:21+00:00','{"changes":[],"sync_id":48213}'::jsonb,'2024-03-28T00:00:00+00:00',false,'[{"AccountCode":"200","AccountID":"11e59772-e2f0-570a-ae80-8504d3353614","Description":"Accrual of March sales","IsBlank":false,"LineAmount":500.0,"TaxAmount":0,"TaxType":"NONE","Tracking":[{"TrackingCategoryID":"8ee2330c-f3f6-53a5-b52e-bc01224bbc84","Name":"Region","Option":"North","TrackingOptionID":"2a60d7dd-dce0-54cb-969c-c13e186a28cc"}]},{"AccountCode":"090","AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Description":"Accrual of March sales","IsBlank":false,"LineAmount":-500.0,"TaxAmount":0,"TaxType":"NONE","Tracking":[]}]'::jsonb,'NoTax','41d9a12c-0844-556c-bf83-55a842952368','Accrual of March sales',true,'POSTED','2024-03-28T00:00:00+00:00',NULL),
('d5933ac3-91ba-577f-8632-88fb2e53361a','2024-04-15T03:12:22+00:00','{"changes":[],"sync_id":48213}'::jsonb,'2024-03-29T00:00:00+00:00',false,'[{"AccountCode":"630","AccountID":"063b9853-602e-532d-8f90-9577c809858c","Description":"Inventory adjustment","IsBlank":false,"LineAmount":96.0,"TaxAmount":0,"TaxType":"NONE","Tracking":[]},{"AccountCode":"310","AccountID":"2e977318-3ede-5053-a972-44f1ee1fc7ac","Description":"Inventory adjustment","IsBlank":false,"LineAmount":-96.0,"TaxAmount":0,"TaxType":"NONE","Tracking":[]}]'::jsonb,'NoTax','a1834e5a-c637-57b5-8e2e-01cc6f10b2f1','Inventory adjustment',true,'POSTED','2024-03-29T00:00:00+00:00',NULL),
('c7a977a4-63e6-5440-b590-e826c90344cd','2024-04-15T03:12:23+00:00','{"changes":[],"sync_id":48213}'::jsonb,'2024-03-30T00:00:00+00:00',false,'[{"AccountCode":"091","AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Description":"FX revaluation USD account","IsBlank":false,"LineAmount":12.34,"TaxAmount":0,"TaxType":"NONE","Tracking":[]},{"AccountCode":"200","AccountID":"11e59772-e2f0-570a-ae80-8504d3353614","Description":"FX revaluation USD account","IsBlank":false,"LineAmount":-12.34,"TaxAmount":0,"TaxType":"NONE","Tracking":[]}]'::jsonb,'NoTax','569d7a7c-e675-5416-a62e-c3a84c6e3fb5','FX revaluation USD account',true,'POSTED','2024-03-30T00:00:00+00:00',NULL);
INSERT INTO airbyte_xero.overpayments (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Allocations","AppliedAmount","Contact","CurrencyCode","CurrencyRate","Date","DateString","HasAttachments","ID","LineAmountTypes","LineItems","OverpaymentID","Payments","Reference","RemainingCredit","Status","SubTotal","Total","TotalTax","Type","UpdatedDateUTC") VALUES
('3079cc62-137b-592a-b9b5-5b7f321c41b5','2024-04-15T03:12:24+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[{"Amount":50.0,"Date":"2024-04-01T00:00:00+00:00","Invoice":{"InvoiceID":"156dc398-39dc-5e95-bbdf-1a9a4c2dd2ef","InvoiceNumber":"INV-0004"}}]'::jsonb,50.0,'{"ContactID":"55b231ec-7aea-5dbd-bd40-cffb0a2b3e98","Name":"Ridgeway University"}'::jsonb,'NZD',1.0,'2024-03-22T00:00:00+00:00','2024-03-22T00:00:00+00:00',false,'d2b60ad9-ddb1-5fdc-aefd-f3e3fc18a859','NoTax','[{"LineItemID":"be8ef60f-5838-592d-9258-bc9ca6610764","Description":"Overpayment 0","Quantity":1,"UnitAmount":120.0,"ItemCode":null,"AccountCode":"200","TaxType":"NONE","TaxAmount":0.0,"LineAmount":120.0,"Tracking":[]}]'::jsonb,'d2b60ad9-ddb1-5fdc-aefd-f3e3fc18a859','[]'::jsonb,NULL,70.0,'AUTHORISED',120.0,120.0,0,'RECEIVE-OVERPAYMENT','2024-04-01T00:00:00+00:00'),
('5ad14cab-a88a-5585-88d9-4cc8529fbbf0','2024-04-15T03:12:25+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[]'::jsonb,NULL,'{"ContactID":"8e256861-405c-503a-9359-47c8641e5ff6","Name":"Boom FM"}'::jsonb,'NZD',1.0,'2024-03-23T00:00:00+00:00','2024-03-23T00:00:00+00:00',false,'2d86ccb8-3925-5331-aa9a-128fae0a4e3b','NoTax','[{"LineItemID":"fb4fbd3e-90df-593a-bd6d-9888a783789d","Description":"Overpayment 1","Quantity":1,"UnitAmount":45.0,"ItemCode":null,"AccountCode":"200","TaxType":"NONE","TaxAmount":0.0,"LineAmount":45.0,"Tracking":[]}]'::jsonb,'2d86ccb8-3925-5331-aa9a-128fae0a4e3b','[]'::jsonb,NULL,45.0,'AUTHORISED',45.0,45.0,0,'RECEIVE-OVERPAYMENT','2024-04-01T00:00:00+00:00'),
('42e86bfa-937e-5c1d-be03-291207653c69','2024-04-15T03:12:26+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[]'::jsonb,NULL,'{"ContactID":"a7814f82-f586-5106-8cc1-886ded04de18","Name":"Pine Lane Supplies"}'::jsonb,'NZD',1.0,'2024-03-24T00:00:00+00:00','2024-03-24T00:00:00+00:00',false,'d061aa15-9b44-5255-a22e-1920f5c22956','NoTax','[{"LineItemID":"28441440-1e6a-5d0d-960a-42ea2a774ce8","Description":"Overpayment 2","Quantity":1,"UnitAmount":60.0,"ItemCode":null,"AccountCode":"310","TaxType":"NONE","TaxAmount":0.0,"LineAmount":60.0,"Tracking":[]}]'::jsonb,'d061aa15-9b44-5255-a22e-1920f5c22956','[]'::jsonb,NULL,60.0,'AUTHORISED',60.0,60.0,0,'SPEND-OVERPAYMENT','2024-04-01T00:00:00+00:00');
INSERT INTO airbyte_xero.prepayments (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Allocations","AppliedAmount","Contact","CurrencyCode","CurrencyRate","Date","DateString","HasAttachments","ID","LineAmountTypes","LineItems","Payments","PrepaymentID","Reference","RemainingCredit","Status","SubTotal","Total","TotalTax","Type","UpdatedDateUTC") VALUES
('b360de10-f5f8-5124-80be-0cd8da4221f7','2024-04-15T03:12:27+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[{"Amount":200.0,"Date":"2024-04-02T00:00:00+00:00","Invoice":{"InvoiceID":"47d8e572-eda9-5fb7-8570-6bb585463c62","InvoiceNumber":"INV-0003"}}]'::jsonb,200.0,'{"ContactID":"839ed882-5808-524f-9d60-0c198e010820","Name":"Hamilton Smith Ltd"}'::jsonb,'USD',0.6012,'2024-03-25T00:00:00+00:00','2024-03-25T00:00:00+00:00',false,'175f6bf6-364a-5e6a-bfa5-7a0f54b5c855','NoTax','[{"LineItemID":"df2bcf03-a38e-599e-bf68-1aea81c3c80b","Description":"Prepayment 0","Quantity":1,"UnitAmount":500.0,"ItemCode":null,"AccountCode":"200","TaxType":"NONE","TaxAmount":0.0,"LineAmount":500.0,"Tracking":[]}]'::jsonb,'[]'::jsonb,'175f6bf6-364a-5e6a-bfa5-7a0f54b5c855',NULL,300.0,'AUTHORISED',500.0,500.0,0,'RECEIVE-PREPAYMENT','2024-04-02T00:00:00+00:00'),
('1ddb30e7-de87-579d-b1e1-81b79194f934','2024-04-15T03:12:28+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[]'::jsonb,NULL,'{"ContactID":"a7814f82-f586-5106-8cc1-886ded04de18","Name":"Pine Lane Supplies"}'::jsonb,'NZD',1.0,'2024-03-26T00:00:00+00:00','2024-03-26T00:00:00+00:00',false,'eca30336-07b5-591c-ab5e-4038504dbbd9','NoTax','[{"LineItemID":"72815990-a8f4-5539-9c82-a91ba00f626f","Description":"Prepayment 1","Quantity":1,"UnitAmount":230.0,"ItemCode":null,"AccountCode":"310","TaxType":"NONE","TaxAmount":0.0,"LineAmount":230.0,"Tracking":[]}]'::jsonb,'[]'::jsonb,'eca30336-07b5-591c-ab5e-4038504dbbd9',NULL,230.0,'AUTHORISED',230.0,230.0,0,'SPEND-PREPAYMENT','2024-04-02T00:00:00+00:00'),
('5ac19021-ca2c-5bf4-beef-9b91a429054c','2024-04-15T03:12:29+00:00','{"changes":[],"sync_id":48213}'::jsonb,'[]'::jsonb,NULL,'{"ContactID":"55b231ec-7aea-5dbd-bd40-cffb0a2b3e98","Name":"Ridgeway University"}'::jsonb,'NZD',1.0,'2024-03-27T00:00:00+00:00','2024-03-27T00:00:00+00:00',false,'0a7c6641-a1da-5b1b-923b-a9760f4ee69f','NoTax','[{"LineItemID":"800268c8-3026-5940-b2d8-d48f91b635f0","Description":"Prepayment 2","Quantity":1,"UnitAmount":115.0,"ItemCode":null,"AccountCode":"200","TaxType":"NONE","TaxAmount":0.0,"LineAmount":115.0,"Tracking":[]}]'::jsonb,'[]'::jsonb,'0a7c6641-a1da-5b1b-923b-a9760f4ee69f',NULL,115.0,'AUTHORISED',115.0,115.0,0,'RECEIVE-PREPAYMENT','2024-04-02T00:00:00+00:00');
INSERT INTO airbyte_xero.purchase_orders (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"AttentionTo","BrandingThemeID","Contact","CurrencyCode","CurrencyRate","Date","DateString","DeliveryAddress","DeliveryDate","DeliveryDateString","DeliveryInstructions","ExpectedArrivalDate","ExpectedArrivalDateString","HasAttachments","HasErrors","IsDiscounted","LineAmountTypes","LineItems","PurchaseOrderID","PurchaseOrderNumber","Reference","SentToContact","Status","SubTotal","Telephone","Total","TotalDiscount","TotalTax","Type","UpdatedDateUTC") VALUES
('3331b149-d42f-559e-8160-0ff76de5c440','2024-04-15T03:12:30+00:00','{"changes":[],"sync_id":48213}'::jsonb,'Warehouse','0ecaf11f-dd95-5988-b8c0-6784d7d6d152','{"ContactID":"a7814f82-f586-5106-8cc1-886ded04de18","Name":"Pine Lane Supplies"}'::jsonb,'NZD',1.0,'2024-01-10T00:00:00+00:00','2024-01-10T00:00:00+00:00','23 Main Street, Wellington 6011','2024-01-20T00:00:00+00:00','2024-01-20T00:00:00+00:00','Drop off at loading dock','2024-01-20T00:00:00+00:00','2024-01-20T00:00:00+00:00',false,false,false,'Exclusive','[{"LineItemID":"8c27eea2-59eb-5bf6-bd9a-ec09ec638a47","Description":"Umbrella - folding","Quantity":40,"UnitAmount":12,"ItemCode":"UMB","AccountCode":"630","TaxType":"INPUT2","TaxAmount":72.0,"LineAmount":480,"Tracking":[]}]'::jsonb,'399dc1d7-01df-5a2e-8c33-fd1125b13955','PO-0001',NULL,true,'BILLED',480,'04 555 0100',552.0,0,72.0,'PURCHASEORDER','2024-01-20T00:00:00+00:00'),
('bff0b264-cd71-53bf-9f83-261a31f5fc86','2024-04-15T03:12:31+00:00','{"changes":[],"sync_id":48213}'::jsonb,'Warehouse','7ea12d94-3751-555d-9735-61aa4471f130','{"ContactID":"a7814f82-f586-5106-8cc1-886ded04de18","Name":"Pine Lane Supplies"}'::jsonb,'NZD',1.0,'2024-01-15T00:00:00+00:00','2024-01-15T00:00:00+00:00','23 Main Street, Wellington 6011','2024-01-25T00:00:00+00:00','2024-01-25T00:00:00+00:00','Drop off at loading dock','2024-01-25T00:00:00+00:00','2024-01-25T00:00:00+00:00',false,false,false,'Exclusive','[{"LineItemID":"71b0177a-1195-5e06-aa67-4a8b57ce4118","Description":"Golf balls - white single","Quantity":100,"UnitAmount":8.5,"ItemCode":"GB1-White","AccountCode":"630","TaxType":"INPUT2","TaxAmount":127.5,"LineAmount":850.0,"Tracking":[]}]'::jsonb,'aef91f5f-068c-53d0-8774-a36ee9538fbe','PO-0002',NULL,true,'AUTHORISED',850.0,'04 555 0100',977.5,0,127.5,'PURCHASEORDER','2024-01-25T00:00:00+00:00'),
('c5f61f3f-a3ca-59d7-9fb5-bffd3a4f856d','2024-04-15T03:12:32+00:00','{"changes":[],"sync_id":48213}'::jsonb,'Warehouse','b10453d4-8692-570f-91fd-bc0b9919ee7d','{"ContactID":"839ed882-5808-524f-9d60-0c198e010820","Name":"Hamilton Smith Ltd"}'::jsonb,'USD',0.6012,'2024-01-20T00:00:00+00:00','2024-01-20T00:00:00+00:00','23 Main Street, Wellington 6011','2024-01-30T00:00:00+00:00','2024-01-30T00:00:00+00:00','Drop off at loading dock','2024-01-30T00:00:00+00:00','2024-01-30T00:00:00+00:00',false,false,false,'Exclusive','[{"LineItemID":"a1bd0b86-15f7-5857-a779-1354ee575bdc","Description":"Training session","Quantity":1,"UnitAmount":300,"ItemCode":"TRAIN","AccountCode":"310","TaxType":"GSTONIMPORTS","TaxAmount":0.0,"LineAmount":300,"Tracking":[]}]'::jsonb,'0a77262b-1cc5-50d8-bf4b-96cc25ce440a','PO-0003',NULL,false,'DRAFT',300,'04 555 0100',300.0,0,0.0,'PURCHASEORDER','2024-01-30T00:00:00+00:00');
INSERT INTO airbyte_xero.accounts (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"AccountID","BankAccountNumber","BankAccountType","Class","Code","CurrencyCode","Description","EnablePaymentsToAccount","HasAttachments","Name","ReportingCode","ReportingCodeName","ShowInExpenseClaims","Status","SystemAccount","TaxType","Type","UpdatedDateUTC") VALUES
('ac52024e-03e4-5690-a540-8cb0d5b219af','2024-04-15T03:12:33+00:00','{"changes":[],"sync_id":48213}'::jsonb,'4f7ff9b8-c859-5591-848f-eee95575b1b2','12-3456-7890123-00','BANK','ASSET','090','NZD',NULL,false,false,'Business Bank Account','ASS','Assets',false,'ACTIVE',NULL,'NONE','BANK','2024-01-10T00:00:00+00:00'),
('c22b4643-eab9-5667-9e50-30bc2fbd493a','2024-04-15T03:12:34+00:00','{"changes":[],"sync_id":48213}'::jsonb,'53a4a0a3-42df-5ed6-8221-58758d67ad3e','12-3456-7890123-01','BANK','ASSET','091','USD',NULL,false,false,'USD Business Account','ASS','Assets',false,'ACTIVE',NULL,'NONE','BANK','2024-01-10T00:00:00+00:00'),
('cd362120-a64c-5558-acd7-21eade7126a0','2024-04-15T03:12:35+00:00','{"changes":[],"sync_id":48213}'::jsonb,'11e59772-e2f0-570a-ae80-8504d3353614',NULL,NULL,'REVENUE','200',NULL,'Sales account',false,false,'Sales','REV','Revenue',false,'ACTIVE',NULL,'OUTPUT2','REVENUE','2024-01-10T00:00:00+00:00'),
('43b796e7-09ac-5c26-8e3e-a81485d2adbb','2024-04-15T03:12:36+00:00','{"changes":[],"sync_id":48213}'::jsonb,'2e977318-3ede-5053-a972-44f1ee1fc7ac',NULL,NULL,'EXPENSE','310',NULL,'Cost of Goods Sold account',false,false,'Cost of Goods Sold','EXP','Expense',true,'ACTIVE',NULL,'INPUT2','DIRECTCOSTS','2024-01-10T00:00:00+00:00'),
('cf9d424c-85a5-5840-a9c4-4625c606af19','2024-04-15T03:12:37+00:00','{"changes":[],"sync_id":48213}'::jsonb,'063b9853-602e-532d-8f90-9577c809858c',NULL,NULL,'ASSET','630',NULL,'Inventory account',false,false,'Inventory','ASS','Assets',false,'ACTIVE',NULL,'INPUT2','INVENTORY','2024-01-10T00:00:00+00:00');
INSERT INTO airbyte_xero.bank_transfers (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Amount","BankTransferID","CreatedDateUTC","CreatedDateUTCString","CurrencyRate","Date","DateString","FromBankAccount","FromBankTransactionID","HasAttachments","ToBankAccount","ToBankTransactionID") VALUES
('319aace7-6e66-5ed9-825a-dc3b18bf11f6','2024-04-15T03:12:38+00:00','{"changes":[],"sync_id":48213}'::jsonb,1000.0,'9c2cf6dd-d8f8-5b13-a03c-7e17785dccad','2024-04-03T00:00:00+00:00','2024-04-03T00:00:00+00:00',1.0,'2024-04-03T00:00:00+00:00','2024-04-03T00:00:00+00:00','{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,'3b02a073-6d69-5737-a8f7-1f380c4b504e',false,'{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,'9e8f5ee3-2f17-5c64-b83b-f73f6f196717'),
('3ab4919e-f5a8-53af-8a95-2e9a75992eb4','2024-04-15T03:12:39+00:00','{"changes":[],"sync_id":48213}'::jsonb,250.0,'daa68bf1-6b2d-5bc0-9e70-6716ad09408d','2024-04-04T00:00:00+00:00','2024-04-04T00:00:00+00:00',1.6633,'2024-04-04T00:00:00+00:00','2024-04-04T00:00:00+00:00','{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,'dbeba436-8b98-5b12-90a6-d66be6344da0',false,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,'b45a5d1a-ccc9-5ced-988b-083ac2f80ed4'),
('27984a2f-bebb-5ea0-9a15-8f683f4da279','2024-04-15T03:12:40+00:00','{"changes":[],"sync_id":48213}'::jsonb,400.0,'979dacae-40e9-55c7-a8a3-0a49e1a773b1','2024-04-05T00:00:00+00:00','2024-04-05T00:00:00+00:00',1.0,'2024-04-05T00:00:00+00:00','2024-04-05T00:00:00+00:00','{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,'d98db4e2-c419-5158-81c5-1d29c01b1a0f',false,'{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,'17dcb0ab-6c78-5231-91b3-2edc29bacabd');
INSERT INTO airbyte_xero.employees (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"EmployeeID","ExternalLink","FirstName","LastName","Status","UpdatedDateUTC") VALUES
('ea75565c-39d5-5ed9-814b-ffcebee44320','2024-04-15T03:12:41+00:00','{"changes":[],"sync_id":48213}'::jsonb,'ca6811d1-1bbf-5a09-a4d9-aae0229b87d2',NULL,'Oliver','Gray','ACTIVE','2024-01-05T00:00:00+00:00'),
('a186e952-1d92-57b8-82bd-cad160b63d47','2024-04-15T03:12:42+00:00','{"changes":[],"sync_id":48213}'::jsonb,'9394a79f-c2b3-5c83-a6c4-a862e4e45d7a',NULL,'Priya','Nair','ACTIVE','2024-01-05T00:00:00+00:00'),
('51776de6-9f5f-5df0-a4b9-834519329bd1','2024-04-15T03:12:43+00:00','{"changes":[],"sync_id":48213}'::jsonb,'067016ce-fec6-556f-a4cd-b836292b3593',NULL,'Sam','Taylor','ACTIVE','2024-01-05T00:00:00+00:00');
INSERT INTO airbyte_xero.items (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Code","Description","InventoryAssetAccountCode","IsPurchased","IsSold","IsTrackedAsInventory","ItemID","Name","PurchaseDescription","PurchaseDetails","QuantityOnHand","SalesDetails","TotalCostPool","UpdatedDateUTC") VALUES
('1b3d3d99-4106-5c19-8bb0-56c1d02c2c28','2024-04-15T03:12:44+00:00','{"changes":[],"sync_id":48213}'::jsonb,'DevD','Development work - developer onsite per day',NULL,false,true,false,'17869202-6e26-5995-bb01-c835ec94db35','Development work - developer onsite per day',NULL,'{}'::jsonb,NULL,'{"UnitPrice":650,"AccountCode":"200","TaxType":"OUTPUT2"}'::jsonb,NULL,'2024-01-20T00:00:00+00:00'),
('bfd9be03-cab7-5b78-afd3-3575e6ca7e8c','2024-04-15T03:12:45+00:00','{"changes":[],"sync_id":48213}'::jsonb,'GB1-White','Golf balls - white single','630',true,true,true,'e69765fe-a2b6-5ac7-92dc-f3bd30b2846e','Golf balls - white single','Golf balls - white single','{"UnitPrice":8.5,"COGSAccountCode":"310","TaxType":"INPUT2"}'::jsonb,40,'{"UnitPrice":18.0,"AccountCode":"200","TaxType":"OUTPUT2"}'::jsonb,340.0,'2024-01-20T00:00:00+00:00'),
('1ab3959e-b83d-521a-92cb-c2660f7cf3c9','2024-04-15T03:12:46+00:00','{"changes":[],"sync_id":48213}'::jsonb,'TRAIN','Training session',NULL,false,true,false,'3c131a16-50c1-5dcb-90fb-c5a098c923b4','Training session',NULL,'{}'::jsonb,NULL,'{"UnitPrice":300,"AccountCode":"200","TaxType":"OUTPUT2"}'::jsonb,NULL,'2024-01-20T00:00:00+00:00'),
('7b9acef7-241a-5784-92c0-b1dd02e59c15','2024-04-15T03:12:47+00:00','{"changes":[],"sync_id":48213}'::jsonb,'UMB','Umbrella - folding','630',true,true,true,'5bca559f-ed70-50ee-b635-9e0db8d96302','Umbrella - folding','Umbrella - folding','{"UnitPrice":12.0,"COGSAccountCode":"310","TaxType":"INPUT2"}'::jsonb,40,'{"UnitPrice":24.95,"AccountCode":"200","TaxType":"OUTPUT2"}'::jsonb,480.0,'2024-01-20T00:00:00+00:00');
INSERT INTO airbyte_xero.payments (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Account","Amount","BankAmount","BatchPaymentID","CreditNote","CurrencyRate","Date","HasAccount","HasValidationErrors","Invoice","IsReconciled","Overpayment","PaymentID","PaymentType","Prepayments","Reference","Status","UpdatedDateUTC") VALUES
('ee4b13c8-656e-53b2-bf29-7bd78b7ca9e4','2024-04-15T03:12:48+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,690.0,690.0,NULL,NULL,1.0,'2024-03-10T00:00:00+00:00',false,false,'{"InvoiceID":"f95e12c9-8365-5a70-b518-de038d036612","InvoiceNumber":"INV-0001","Type":"ACCREC"}'::jsonb,true,'[]'::jsonb,'e807df77-714d-5a26-9a15-211b57947587','ACCRECPAYMENT','[]'::jsonb,'Payment INV-0001','AUTHORISED','2024-03-10T00:00:00+00:00'),
('f2d4aafd-6618-5428-afdd-dba8015f5b77','2024-04-15T03:12:49+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"53a4a0a3-42df-5ed6-8221-58758d67ad3e","Code":"091","Name":"USD Business Account"}'::jsonb,1950.0,1950.0,NULL,NULL,0.6012,'2024-03-11T00:00:00+00:00',false,false,'{"InvoiceID":"47d8e572-eda9-5fb7-8570-6bb585463c62","InvoiceNumber":"INV-0003","Type":"ACCREC"}'::jsonb,true,'[]'::jsonb,'18bbbc4b-14a0-52c9-a15e-1a625b606ee9','ACCRECPAYMENT','[]'::jsonb,'Payment INV-0003','AUTHORISED','2024-03-11T00:00:00+00:00'),
('16e8a78a-6cd3-5775-a0a6-3a18028f1279','2024-04-15T03:12:50+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,552.0,552.0,NULL,NULL,1.0,'2024-03-12T00:00:00+00:00',false,false,'{"InvoiceID":"2efe5bfc-1215-5dc4-9e41-dd78adf7a61d","InvoiceNumber":"PL-7781","Type":"ACCPAY"}'::jsonb,true,'[]'::jsonb,'1d56796f-2d5e-5692-b9a4-148f3ec24020','ACCPAYPAYMENT','[]'::jsonb,'Payment PL-7781','AUTHORISED','2024-03-12T00:00:00+00:00'),
('ec3de175-4b39-549e-938a-81d9a0d4b4c6','2024-04-15T03:12:51+00:00','{"changes":[],"sync_id":48213}'::jsonb,'{"AccountID":"4f7ff9b8-c859-5591-848f-eee95575b1b2","Code":"090","Name":"Business Bank Account"}'::jsonb,200.0,200.0,NULL,NULL,1.0,'2024-03-13T00:00:00+00:00',false,false,'{"InvoiceID":"3cc504ef-19b0-5311-9141-e44f60c2442d","InvoiceNumber":"INV-0002","Type":"ACCREC"}'::jsonb,true,'[]'::jsonb,'c1b4f065-03ba-54b1-b5c8-fa2f45f00d92','ACCRECPAYMENT','[]'::jsonb,'Payment INV-0002','AUTHORISED','2024-03-13T00:00:00+00:00');
INSERT INTO airbyte_xero.users (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"EmailAddress","FirstName","IsSubscriber","LastName","OrganisationRole","UpdatedDateUTC","UserID","ValidationErrors") VALUES
('02ce18af-38f8-5277-a430-5edae24d6b21','2024-04-15T03:12:52+00:00','{"changes":[],"sync_id":48213}'::jsonb,'jane@demo-company.example','Jane',true,'Doe','FINANCIALADVISER','2024-01-02T00:00:00+00:00','79b8cf0e-0685-59d7-9cb5-60eb326180da','[]'::jsonb),
('e7fc9771-8a1a-5ac9-90af-e46fb3141ecc','2024-04-15T03:12:53+00:00','{"changes":[],"sync_id":48213}'::jsonb,'liam@demo-company.example','Liam',false,'Chen','STANDARD','2024-01-02T00:00:00+00:00','6dd347c3-0cd4-56e5-8bc5-a5a3fe774c30','[]'::jsonb),
('ecae487c-516b-597c-8354-cf7df4704dfc','2024-04-15T03:12:54+00:00','{"changes":[],"sync_id":48213}'::jsonb,'ruth@demo-company.example','Ruth',false,'Kim','READONLY','2024-01-02T00:00:00+00:00','6754efde-67cb-53bb-8dfa-86f6ddfbaf9f','[]'::jsonb);
INSERT INTO airbyte_xero.branding_themes (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"BrandingThemeID","CreatedDateUTC","Name","SortOrder") VALUES
('8b483637-3ffc-56d1-a722-d94d5f97569f','2024-04-15T03:12:55+00:00','{"changes":[],"sync_id":48213}'::jsonb,'0ecaf11f-dd95-5988-b8c0-6784d7d6d152','2023-01-15T00:00:00+00:00','Standard',0),
('be109047-090a-5c8e-8645-ea3daefc3790','2024-04-15T03:12:56+00:00','{"changes":[],"sync_id":48213}'::jsonb,'7ea12d94-3751-555d-9735-61aa4471f130','2023-02-15T00:00:00+00:00','Special Projects',1),
('1e4f6bbe-f611-5077-bed4-aaba0b259ae7','2024-04-15T03:12:57+00:00','{"changes":[],"sync_id":48213}'::jsonb,'b10453d4-8692-570f-91fd-bc0b9919ee7d','2023-03-15T00:00:00+00:00','Very orange invoice!',2);
INSERT INTO airbyte_xero.contact_groups (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"ContactGroupID","HasValidationErrors","Name","Status") VALUES
('97380ac0-575f-5e62-bbf3-09e94d7df016','2024-04-15T03:12:58+00:00','{"changes":[],"sync_id":48213}'::jsonb,'aa5f6eb9-e838-5c35-8bb4-593ced8a3ee3',false,'Wholesale customers','ACTIVE'),
('f0c8e8ea-8e9c-519c-b643-93f37621ce40','2024-04-15T03:12:59+00:00','{"changes":[],"sync_id":48213}'::jsonb,'412e6ab6-2b56-5bb2-b553-0ff36ff65759',false,'Preferred suppliers','ACTIVE'),
('c9f2eab3-36f2-534f-a7ca-3b071a414b97','2024-04-15T03:12:00+00:00','{"changes":[],"sync_id":48213}'::jsonb,'41239bdf-ec0c-5694-b475-3b4e9f2bfd97',false,'Overseas','ACTIVE');
INSERT INTO airbyte_xero.currencies (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Code","Description") VALUES
('08d6b8b9-739a-5ac4-9874-571f56c1713f','2024-04-15T03:12:01+00:00','{"changes":[],"sync_id":48213}'::jsonb,'NZD','New Zealand Dollar'),
('93c4d499-902f-5913-bd3d-444fc5a73f42','2024-04-15T03:12:02+00:00','{"changes":[],"sync_id":48213}'::jsonb,'USD','United States Dollar'),
('7aca6871-84f8-5f97-8dc1-ba99e740b2c6','2024-04-15T03:12:03+00:00','{"changes":[],"sync_id":48213}'::jsonb,'AUD','Australian Dollar'),
('cff34cee-17cc-56d3-b83e-00c51a851820','2024-04-15T03:12:04+00:00','{"changes":[],"sync_id":48213}'::jsonb,'GBP','British Pound');
INSERT INTO airbyte_xero.organisations (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"APIKey","Addresses","BaseCurrency","CountryCode","CreatedDateUTC","DefaultPurchasesTax","DefaultSalesTax","EndOfYearLockDate","ExternalLinks","FinancialYearEndDay","FinancialYearEndMonth","IsDemoCompany","LegalName","LineOfBusiness","Name","OrganisationEntityType","OrganisationID","OrganisationStatus","OrganisationType","PaymentTerms","PaysTax","PeriodLockDate","Phones","RegistrationNumber","SalesTaxBasis","SalesTaxPeriod","ShortCode","TaxNumber","Timezone","Version") VALUES
('6cc25dc5-aa92-5670-96b9-f8f3b93d8820','2024-04-15T03:12:05+00:00','{"changes":[],"sync_id":48213}'::jsonb,NULL,'[{"AddressType":"STREET","AddressLine1":"23 Main Street","City":"Wellington","PostalCode":"6011","Country":"New Zealand"}]'::jsonb,'NZD','NZ','2021-11-11T00:00:00+00:00','Tax Exclusive','Tax Exclusive',NULL,'[]'::jsonb,31,3,false,'Demo Company (NZ) Limited','Consulting','Demo Company (NZ)','COMPANY','820c4e76-4e41-5b03-9ee3-f6049d89c026','ACTIVE','COMPANY','{"Bills":{"Day":15,"Type":"OFFOLLOWINGMONTH"},"Sales":{"Day":20,"Type":"OFFOLLOWINGMONTH"}}'::jsonb,true,NULL,'[]'::jsonb,NULL,'PAYMENTS','TWOMONTHS','!Kz7Pq','101-234-567','NEWZEALANDSTANDARDTIME','NZ');
INSERT INTO airbyte_xero.repeating_invoices (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"BrandingThemeID","Contact","CurrencyCode","HasAttachments","ID","LineAmountTypes","LineItems","Reference","RepeatingInvoiceID","Schedule","Status","SubTotal","Total","TotalDiscount","TotalTax","Type") VALUES
('c61f8aba-3052-5b08-94fb-c48745227b54','2024-04-15T03:12:06+00:00','{"changes":[],"sync_id":48213}'::jsonb,'0ecaf11f-dd95-5988-b8c0-6784d7d6d152','{"ContactID":"55b231ec-7aea-5dbd-bd40-cffb0a2b3e98","Name":"Ridgeway University"}'::jsonb,'NZD',false,'ba24a937-aea7-5703-ab07-5ac3adddfc08','Exclusive','[{"LineItemID":"5b957ae9-df13-5013-a70f-349be689abdf","Description":"Training session monthly","Quantity":1,"UnitAmount":300,"ItemCode":"TRAIN","AccountCode":"200","TaxType":"OUTPUT2","TaxAmount":45.0,"LineAmount":300,"Tracking":[]}]'::jsonb,'Monthly 0','ba24a937-aea7-5703-ab07-5ac3adddfc08','{"Period":1,"Unit":"MONTHLY","DueDate":20,"DueDateType":"OFFOLLOWINGMONTH","StartDate":"2024-01-01T00:00:00+00:00","NextScheduledDate":"2024-05-01T00:00:00+00:00","EndDate":null}'::jsonb,'AUTHORISED',300,345.0,0,45.0,'ACCREC'),
('ac3bd2d9-298b-585a-b139-3f4e51f9141a','2024-04-15T03:12:07+00:00','{"changes":[],"sync_id":48213}'::jsonb,'7ea12d94-3751-555d-9735-61aa4471f130','{"ContactID":"8e256861-405c-503a-9359-47c8641e5ff6","Name":"Boom FM"}'::jsonb,'NZD',false,'c6c4bc8a-bc3f-50c2-b3de-6ad57d5881da','Exclusive','[{"LineItemID":"efa6bf3d-2051-50a0-9a1e-b4394d66ab06","Description":"Golf balls monthly","Quantity":10,"UnitAmount":18,"ItemCode":"GB1-White","AccountCode":"200","TaxType":"OUTPUT2","TaxAmount":27.0,"LineAmount":180,"Tracking":[]}]'::jsonb,'Monthly 1','c6c4bc8a-bc3f-50c2-b3de-6ad57d5881da','{"Period":1,"Unit":"MONTHLY","DueDate":20,"DueDateType":"OFFOLLOWINGMONTH","StartDate":"2024-01-01T00:00:00+00:00","NextScheduledDate":"2024-05-01T00:00:00+00:00","EndDate":null}'::jsonb,'AUTHORISED',180,207.0,0,27.0,'ACCREC'),
('c0706c33-1373-5be4-b6c9-23ea76947fdf','2024-04-15T03:12:08+00:00','{"changes":[],"sync_id":48213}'::jsonb,'b10453d4-8692-570f-91fd-bc0b9919ee7d','{"ContactID":"839ed882-5808-524f-9d60-0c198e010820","Name":"Hamilton Smith Ltd"}'::jsonb,'USD',false,'fc9bae48-0c49-54f7-bf04-405d38012ebb','Exclusive','[{"LineItemID":"8ca505ed-906a-56d8-a41e-e801e517250f","Description":"Development retainer","Quantity":2,"UnitAmount":650,"ItemCode":"DevD","AccountCode":"200","TaxType":"ZERORATED","TaxAmount":0.0,"LineAmount":1300,"Tracking":[]}]'::jsonb,'Monthly 2','fc9bae48-0c49-54f7-bf04-405d38012ebb','{"Period":1,"Unit":"MONTHLY","DueDate":20,"DueDateType":"OFFOLLOWINGMONTH","StartDate":"2024-01-01T00:00:00+00:00","NextScheduledDate":"2024-05-01T00:00:00+00:00","EndDate":null}'::jsonb,'AUTHORISED',1300,1300.0,0,0.0,'ACCREC');
INSERT INTO airbyte_xero.tax_rates (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"CanApplyToAssets","CanApplyToEquity","CanApplyToExpenses","CanApplyToLiabilities","CanApplyToRevenue","DisplayTaxRate","EffectiveRate","Name","ReportTaxType","Status","TaxComponents","TaxType") VALUES
('13fcaecb-55cf-5625-a073-0d7e3a3287d1','2024-04-15T03:12:09+00:00','{"changes":[],"sync_id":48213}'::jsonb,true,false,false,true,true,15,15,'GST on Income','OUTPUT','ACTIVE','[{"IsCompound":false,"IsNonRecoverable":false,"Name":"GST","Rate":15}]'::jsonb,'OUTPUT2'),
('0a528b96-caae-5aaf-b8c9-f7adde98ba65','2024-04-15T03:12:10+00:00','{"changes":[],"sync_id":48213}'::jsonb,true,false,true,true,false,15,15,'GST on Expenses','INPUT','ACTIVE','[{"IsCompound":false,"IsNonRecoverable":false,"Name":"GST","Rate":15}]'::jsonb,'INPUT2'),
('c324a436-8ca8-537c-bcdc-0dbfccf8b970','2024-04-15T03:12:11+00:00','{"changes":[],"sync_id":48213}'::jsonb,true,true,true,true,true,0,0,'No GST','NONE','ACTIVE','[{"IsCompound":false,"IsNonRecoverable":false,"Name":"GST","Rate":0}]'::jsonb,'NONE'),
('98004943-33e0-5563-8966-db5eeab6596c','2024-04-15T03:12:12+00:00','{"changes":[],"sync_id":48213}'::jsonb,true,false,true,true,true,0,0,'Zero Rated','OUTPUT','ACTIVE','[{"IsCompound":false,"IsNonRecoverable":false,"Name":"GST","Rate":0}]'::jsonb,'ZERORATED'),
('96896962-b615-548e-8261-13c5e2a5b09e','2024-04-15T03:12:13+00:00','{"changes":[],"sync_id":48213}'::jsonb,true,false,true,true,false,0,0,'GST on Imports','GSTONIMPORTS','ACTIVE','[{"IsCompound":false,"IsNonRecoverable":false,"Name":"GST","Rate":0}]'::jsonb,'GSTONIMPORTS');
INSERT INTO airbyte_xero.tracking_categories (_airbyte_raw_id,_airbyte_extracted_at,_airbyte_meta,"Name","Option","Options","Status","TrackingCategoryID","TrackingCategoryName","TrackingOptionID","TrackingOptionName") VALUES
('1ca26cfe-3260-5144-9b6b-25c36cabc3b7','2024-04-15T03:12:14+00:00','{"changes":[],"sync_id":48213}'::jsonb,'Region',NULL,'[{"TrackingOptionID":"2a60d7dd-dce0-54cb-969c-c13e186a28cc","Name":"North","Status":"ACTIVE","HasValidationErrors":false,"IsActive":true,"IsArchived":false,"IsDeleted":false},{"TrackingOptionID":"4d67f61b-46b4-5b55-99c8-73d78f733245","Name":"South","Status":"ACTIVE","HasValidationErrors":false,"IsActive":true,"IsArchived":false,"IsDeleted":false}]'::jsonb,'ACTIVE','8ee2330c-f3f6-53a5-b52e-bc01224bbc84',NULL,NULL,NULL),
('d0f2b166-d75e-5075-a6cc-69b6e44add77','2024-04-15T03:12:15+00:00','{"changes":[],"sync_id":48213}'::jsonb,'Department',NULL,'[{"TrackingOptionID":"b01a9200-53a1-5c67-8ed5-13e278ad71c2","Name":"Sales","Status":"ACTIVE","HasValidationErrors":false,"IsActive":true,"IsArchived":false,"IsDeleted":false},{"TrackingOptionID":"bc1099c0-225e-5ee6-b019-ab274ecaf56f","Name":"Operations","Status":"ACTIVE","HasValidationErrors":false,"IsActive":true,"IsArchived":false,"IsDeleted":false}]'::jsonb,'ACTIVE','1021d794-6c1a-5e57-9bba-e8df412a24d8',NULL,NULL,NULL),
('d96394fa-a315-5434-9569-161f2123dbd4','2024-04-15T03:12:16+00:00','{"changes":[],"sync_id":48213}'::jsonb,'Project',NULL,'[{"TrackingOptionID":"965b304b-945b-58db-acd9-da00652ea9c3","Name":"Alpha","Status":"ACTIVE","HasValidationErrors":false,"IsActive":true,"IsArchived":false,"IsDeleted":false}]'::jsonb,'ACTIVE','73d8176f-37c3-59d0-ba20-c5b90c0db4ae',NULL,NULL,NULL);
