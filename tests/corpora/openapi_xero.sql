-- Corpus: openapi_xero  (evaluation corpus for pg_sequin_hasura; Xero Accounting API objects as a sync tool would land
--   them from Xero's own OpenAPI description, one table per listed resource; no foreign keys)
-- Source: https://github.com/XeroAPI/Xero-OpenAPI  file xero_accounting.yaml at commit
--   e952d0bda3628facbf7afc5990ad6a0e7e77bd1e ("chore: bump version to 16.1.0", 2026-07-13; the newest commit of the
--   snapshot fetched). Licence: MIT (LICENSE, "Copyright (c) 2017 Xero Developer API"). The spec is used only to derive
--   tables, column names, types and (in the .truth) references.
-- ROWS: EVERY ROW BELOW IS INVENTED, written to be plausible and mutually consistent (a demo NZ organisation): every
--   reference value, top-level and inside jsonb (Contact.ContactID, LineItems[].AccountCode/ItemCode/TaxType/Tracking[],
--   BankAccount.AccountID, Allocations[].Invoice.InvoiceID, Payments[].PaymentID, ...), matches a row of its parent.
--   Ids are lowercase uuids as Xero shows them (uuid5 of a fixed namespace and a label), account codes such as 090/200,
--   tax types OUTPUT2/INPUT2/NONE/ZERORATED, ISO currency codes. 108 rows, 3-6 per table except: Organisations 1 row
--   (one connection syncs one tenant; GET /Organisation returns that one organisation) and BankTransactions 9 rows
--   (each of the 3 BankTransfers has its two sides, SPEND-TRANSFER and RECEIVE-TRANSFER, plus one RECEIVE-OVERPAYMENT,
--   one RECEIVE-PREPAYMENT and one SPEND that is the source of a LinkedTransaction).
-- Choices:
--   * Schema openapi_xero. Tables: every GET list path of xero_accounting.yaml without a path parameter, except
--     /Reports/* (report rows, no object), /InvoiceReminders/Settings (one boolean setting) and /Organisation/Actions
--     (no id); plus Employees (top-level schema Employee with EmployeeID; the spec keeps the schema and the EmployeeID
--     parameter but has no /Employees path any more). 29 tables. Table name = the array property of the 200 response's
--     wrapper schema (= the path name, except /Organisation whose wrapper array is "Organisations").
--   * Columns: the item schema's TOP-LEVEL properties in the spec's order, names verbatim (PascalCase, so quoted).
--     Types: string -> text; string with x-is-msdate-time: true (Xero's "/Date(ms)/" timestamps: UpdatedDateUTC,
--     CreatedDateUTC) -> timestamptz, values written as ISO-8601 UTC; string with x-is-msdate: true (dates such as Date,
--     DueDate) -> text holding YYYY-MM-DD, as they are date strings, not date-times; integer -> bigint;
--     number -> numeric; boolean -> boolean; object / array / $ref to an object schema -> jsonb; $ref to a string enum
--     (CurrencyCode, AccountType, LineAmountTypes, ...) -> text.
--   * PRIMARY KEY = the object's own ID property (AccountID, InvoiceID, ContactID, ...). Two objects have none:
--     Currencies -> "Code" (the only key of a Currency; GET /Currencies filters by Code), TaxRates -> "TaxType" (the spec
--     identifies a tax rate by it: GET /TaxRates/{TaxType} getTaxRateByTaxType). No other constraints.
--   * References inside jsonb columns are listed in the .truth header only (not scored).
DROP SCHEMA IF EXISTS openapi_xero CASCADE;
CREATE SCHEMA openapi_xero;
CREATE TABLE openapi_xero."Accounts" (
  "Code" text,
  "Name" text,
  "AccountID" text,
  "Type" text,
  "BankAccountNumber" text,
  "Status" text,
  "Description" text,
  "BankAccountType" text,
  "CurrencyCode" text,
  "TaxType" text,
  "EnablePaymentsToAccount" boolean,
  "ShowInExpenseClaims" boolean,
  "Class" text,
  "SystemAccount" text,
  "ReportingCode" text,
  "ReportingCodeName" text,
  "HasAttachments" boolean,
  "UpdatedDateUTC" timestamptz,
  "AddToWatchlist" boolean,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("AccountID")
);
CREATE TABLE openapi_xero."BankTransactions" (
  "Type" text,
  "Contact" jsonb,
  "LineItems" jsonb,
  "BankAccount" jsonb,
  "IsReconciled" boolean,
  "Date" text,
  "Reference" text,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Url" text,
  "Status" text,
  "LineAmountTypes" text,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "BankTransactionID" text,
  "PrepaymentID" text,
  "OverpaymentID" text,
  "UpdatedDateUTC" timestamptz,
  "HasAttachments" boolean,
  "StatusAttributeString" text,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("BankTransactionID")
);
CREATE TABLE openapi_xero."BankTransfers" (
  "FromBankAccount" jsonb,
  "ToBankAccount" jsonb,
  "Amount" numeric,
  "Date" text,
  "BankTransferID" text,
  "CurrencyRate" numeric,
  "FromBankTransactionID" text,
  "ToBankTransactionID" text,
  "FromIsReconciled" boolean,
  "ToIsReconciled" boolean,
  "Reference" text,
  "HasAttachments" boolean,
  "CreatedDateUTC" timestamptz,
  "Status" text,
  "FromTracking" jsonb,
  "ToTracking" jsonb,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("BankTransferID")
);
CREATE TABLE openapi_xero."BatchPayments" (
  "Account" jsonb,
  "Reference" text,
  "Particulars" text,
  "Code" text,
  "Details" text,
  "Narrative" text,
  "BatchPaymentID" text,
  "DateString" text,
  "Date" text,
  "Amount" numeric,
  "Payments" jsonb,
  "Type" text,
  "Status" text,
  "TotalAmount" numeric,
  "UpdatedDateUTC" timestamptz,
  "IsReconciled" boolean,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("BatchPaymentID")
);
CREATE TABLE openapi_xero."BrandingThemes" (
  "BrandingThemeID" text,
  "Name" text,
  "LogoUrl" text,
  "Type" text,
  "SortOrder" bigint,
  "CreatedDateUTC" timestamptz,
  PRIMARY KEY ("BrandingThemeID")
);
CREATE TABLE openapi_xero."Budgets" (
  "BudgetID" text,
  "Type" text,
  "Description" text,
  "UpdatedDateUTC" timestamptz,
  "BudgetLines" jsonb,
  "Tracking" jsonb,
  PRIMARY KEY ("BudgetID")
);
CREATE TABLE openapi_xero."ContactGroups" (
  "Name" text,
  "Status" text,
  "ContactGroupID" text,
  "Contacts" jsonb,
  PRIMARY KEY ("ContactGroupID")
);
CREATE TABLE openapi_xero."Contacts" (
  "ContactID" text,
  "MergedToContactID" text,
  "ContactNumber" text,
  "AccountNumber" text,
  "ContactStatus" text,
  "Name" text,
  "FirstName" text,
  "LastName" text,
  "CompanyNumber" text,
  "EmailAddress" text,
  "ContactPersons" jsonb,
  "BankAccountDetails" text,
  "TaxNumber" text,
  "TaxNumberType" text,
  "AccountsReceivableTaxType" text,
  "AccountsPayableTaxType" text,
  "Addresses" jsonb,
  "Phones" jsonb,
  "IsSupplier" boolean,
  "IsCustomer" boolean,
  "SalesDefaultLineAmountType" text,
  "PurchasesDefaultLineAmountType" text,
  "DefaultCurrency" text,
  "XeroNetworkKey" text,
  "SalesDefaultAccountCode" text,
  "PurchasesDefaultAccountCode" text,
  "SalesTrackingCategories" jsonb,
  "PurchasesTrackingCategories" jsonb,
  "TrackingCategoryName" text,
  "TrackingCategoryOption" text,
  "PaymentTerms" jsonb,
  "UpdatedDateUTC" timestamptz,
  "ContactGroups" jsonb,
  "Website" text,
  "BrandingTheme" jsonb,
  "BatchPayments" jsonb,
  "Discount" numeric,
  "Balances" jsonb,
  "Attachments" jsonb,
  "HasAttachments" boolean,
  "ValidationErrors" jsonb,
  "HasValidationErrors" boolean,
  "StatusAttributeString" text,
  PRIMARY KEY ("ContactID")
);
CREATE TABLE openapi_xero."CreditNotes" (
  "Type" text,
  "Contact" jsonb,
  "Date" text,
  "DueDate" text,
  "Status" text,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "CISDeduction" numeric,
  "CISRate" numeric,
  "UpdatedDateUTC" timestamptz,
  "UpdatedDateUTCString" text,
  "CurrencyCode" text,
  "FullyPaidOnDate" text,
  "CreditNoteID" text,
  "CreditNoteNumber" text,
  "Reference" text,
  "SentToContact" boolean,
  "CurrencyRate" numeric,
  "RemainingCredit" numeric,
  "Allocations" jsonb,
  "AppliedAmount" numeric,
  "Payments" jsonb,
  "BrandingThemeID" text,
  "StatusAttributeString" text,
  "HasAttachments" boolean,
  "HasErrors" boolean,
  "ValidationErrors" jsonb,
  "Warnings" jsonb,
  "InvoiceAddresses" jsonb,
  PRIMARY KEY ("CreditNoteID")
);
CREATE TABLE openapi_xero."Currencies" (
  "Code" text,
  "Description" text,
  PRIMARY KEY ("Code")
);
CREATE TABLE openapi_xero."Employees" (
  "EmployeeID" text,
  "Status" text,
  "FirstName" text,
  "LastName" text,
  "ExternalLink" jsonb,
  "UpdatedDateUTC" timestamptz,
  "StatusAttributeString" text,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("EmployeeID")
);
CREATE TABLE openapi_xero."ExpenseClaims" (
  "ExpenseClaimID" text,
  "Status" text,
  "Payments" jsonb,
  "User" jsonb,
  "Receipts" jsonb,
  "UpdatedDateUTC" timestamptz,
  "Total" numeric,
  "AmountDue" numeric,
  "AmountPaid" numeric,
  "PaymentDueDate" text,
  "ReportingDate" text,
  "ReceiptID" text,
  PRIMARY KEY ("ExpenseClaimID")
);
CREATE TABLE openapi_xero."Invoices" (
  "Type" text,
  "Contact" jsonb,
  "LineItems" jsonb,
  "Date" text,
  "DueDate" text,
  "LineAmountTypes" text,
  "InvoiceNumber" text,
  "Reference" text,
  "BrandingThemeID" text,
  "Url" text,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "Status" text,
  "SentToContact" boolean,
  "ExpectedPaymentDate" text,
  "PlannedPaymentDate" text,
  "CISDeduction" numeric,
  "CISRate" numeric,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "TotalDiscount" numeric,
  "InvoiceID" text,
  "RepeatingInvoiceID" text,
  "HasAttachments" boolean,
  "IsDiscounted" boolean,
  "Payments" jsonb,
  "Prepayments" jsonb,
  "Overpayments" jsonb,
  "AmountDue" numeric,
  "AmountPaid" numeric,
  "FullyPaidOnDate" text,
  "AmountCredited" numeric,
  "UpdatedDateUTC" timestamptz,
  "UpdatedDateUTCString" text,
  "CreditNotes" jsonb,
  "Attachments" jsonb,
  "HasErrors" boolean,
  "StatusAttributeString" text,
  "ValidationErrors" jsonb,
  "Warnings" jsonb,
  "InvoiceAddresses" jsonb,
  PRIMARY KEY ("InvoiceID")
);
CREATE TABLE openapi_xero."Items" (
  "Code" text,
  "InventoryAssetAccountCode" text,
  "Name" text,
  "IsSold" boolean,
  "IsPurchased" boolean,
  "Description" text,
  "PurchaseDescription" text,
  "PurchaseDetails" jsonb,
  "SalesDetails" jsonb,
  "IsTrackedAsInventory" boolean,
  "TotalCostPool" numeric,
  "QuantityOnHand" numeric,
  "UpdatedDateUTC" timestamptz,
  "ItemID" text,
  "StatusAttributeString" text,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("ItemID")
);
CREATE TABLE openapi_xero."Journals" (
  "JournalID" text,
  "JournalDate" text,
  "JournalNumber" bigint,
  "CreatedDateUTC" timestamptz,
  "Reference" text,
  "SourceID" text,
  "SourceType" text,
  "JournalLines" jsonb,
  PRIMARY KEY ("JournalID")
);
CREATE TABLE openapi_xero."LinkedTransactions" (
  "SourceTransactionID" text,
  "SourceLineItemID" text,
  "ContactID" text,
  "TargetTransactionID" text,
  "TargetLineItemID" text,
  "LinkedTransactionID" text,
  "Status" text,
  "Type" text,
  "UpdatedDateUTC" timestamptz,
  "SourceTransactionTypeCode" text,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("LinkedTransactionID")
);
CREATE TABLE openapi_xero."ManualJournals" (
  "Narration" text,
  "JournalLines" jsonb,
  "Date" text,
  "LineAmountTypes" text,
  "Status" text,
  "Url" text,
  "ShowOnCashBasisReports" boolean,
  "HasAttachments" boolean,
  "UpdatedDateUTC" timestamptz,
  "ManualJournalID" text,
  "StatusAttributeString" text,
  "Warnings" jsonb,
  "ValidationErrors" jsonb,
  "Attachments" jsonb,
  PRIMARY KEY ("ManualJournalID")
);
CREATE TABLE openapi_xero."Organisations" (
  "OrganisationID" text,
  "APIKey" text,
  "Name" text,
  "LegalName" text,
  "PaysTax" boolean,
  "Version" text,
  "OrganisationType" text,
  "BaseCurrency" text,
  "CountryCode" text,
  "IsDemoCompany" boolean,
  "OrganisationStatus" text,
  "RegistrationNumber" text,
  "EmployerIdentificationNumber" text,
  "TaxNumber" text,
  "FinancialYearEndDay" bigint,
  "FinancialYearEndMonth" bigint,
  "SalesTaxBasis" text,
  "SalesTaxPeriod" text,
  "DefaultSalesTax" text,
  "DefaultPurchasesTax" text,
  "PeriodLockDate" text,
  "EndOfYearLockDate" text,
  "CreatedDateUTC" timestamptz,
  "Timezone" text,
  "OrganisationEntityType" text,
  "ShortCode" text,
  "Class" text,
  "Edition" text,
  "LineOfBusiness" text,
  "Addresses" jsonb,
  "Phones" jsonb,
  "ExternalLinks" jsonb,
  "PaymentTerms" jsonb,
  PRIMARY KEY ("OrganisationID")
);
CREATE TABLE openapi_xero."Overpayments" (
  "Type" text,
  "Contact" jsonb,
  "Date" text,
  "Status" text,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "UpdatedDateUTC" timestamptz,
  "UpdatedDateUTCString" text,
  "CurrencyCode" text,
  "OverpaymentID" text,
  "CurrencyRate" numeric,
  "RemainingCredit" numeric,
  "Allocations" jsonb,
  "AppliedAmount" numeric,
  "Payments" jsonb,
  "HasAttachments" boolean,
  "Reference" text,
  "Attachments" jsonb,
  PRIMARY KEY ("OverpaymentID")
);
CREATE TABLE openapi_xero."PaymentServices" (
  "PaymentServiceID" text,
  "PaymentServiceName" text,
  "PaymentServiceUrl" text,
  "PayNowText" text,
  "PaymentServiceType" text,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("PaymentServiceID")
);
CREATE TABLE openapi_xero."Payments" (
  "Invoice" jsonb,
  "CreditNote" jsonb,
  "Prepayment" jsonb,
  "Overpayment" jsonb,
  "InvoiceNumber" text,
  "CreditNoteNumber" text,
  "BatchPayment" jsonb,
  "Account" jsonb,
  "Code" text,
  "Date" text,
  "CurrencyRate" numeric,
  "Amount" numeric,
  "BankAmount" numeric,
  "Reference" text,
  "IsReconciled" boolean,
  "Status" text,
  "PaymentType" text,
  "UpdatedDateUTC" timestamptz,
  "UpdatedDateUTCString" text,
  "PaymentID" text,
  "BatchPaymentID" text,
  "BankAccountNumber" text,
  "Particulars" text,
  "Details" text,
  "HasAccount" boolean,
  "HasValidationErrors" boolean,
  "StatusAttributeString" text,
  "ValidationErrors" jsonb,
  "Warnings" jsonb,
  PRIMARY KEY ("PaymentID")
);
CREATE TABLE openapi_xero."Prepayments" (
  "Type" text,
  "Contact" jsonb,
  "Date" text,
  "Status" text,
  "LineAmountTypes" text,
  "LineItems" jsonb,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "Reference" text,
  "InvoiceNumber" text,
  "UpdatedDateUTC" timestamptz,
  "UpdatedDateUTCString" text,
  "CurrencyCode" text,
  "PrepaymentID" text,
  "BrandingThemeID" text,
  "CurrencyRate" numeric,
  "RemainingCredit" numeric,
  "Allocations" jsonb,
  "Payments" jsonb,
  "AppliedAmount" numeric,
  "HasAttachments" boolean,
  "Attachments" jsonb,
  PRIMARY KEY ("PrepaymentID")
);
CREATE TABLE openapi_xero."PurchaseOrders" (
  "Contact" jsonb,
  "LineItems" jsonb,
  "Date" text,
  "DeliveryDate" text,
  "LineAmountTypes" text,
  "PurchaseOrderNumber" text,
  "Reference" text,
  "BrandingThemeID" text,
  "CurrencyCode" text,
  "Status" text,
  "SentToContact" boolean,
  "DeliveryAddress" text,
  "AttentionTo" text,
  "Telephone" text,
  "DeliveryInstructions" text,
  "ExpectedArrivalDate" text,
  "PurchaseOrderID" text,
  "CurrencyRate" numeric,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "TotalDiscount" numeric,
  "HasAttachments" boolean,
  "UpdatedDateUTC" timestamptz,
  "StatusAttributeString" text,
  "ValidationErrors" jsonb,
  "Warnings" jsonb,
  "Attachments" jsonb,
  PRIMARY KEY ("PurchaseOrderID")
);
CREATE TABLE openapi_xero."Quotes" (
  "QuoteID" text,
  "QuoteNumber" text,
  "Reference" text,
  "Terms" text,
  "Contact" jsonb,
  "LineItems" jsonb,
  "Date" text,
  "DateString" text,
  "ExpiryDate" text,
  "ExpiryDateString" text,
  "Status" text,
  "CurrencyCode" text,
  "CurrencyRate" numeric,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "TotalDiscount" numeric,
  "Title" text,
  "Summary" text,
  "BrandingThemeID" text,
  "UpdatedDateUTC" timestamptz,
  "LineAmountTypes" text,
  "StatusAttributeString" text,
  "ValidationErrors" jsonb,
  PRIMARY KEY ("QuoteID")
);
CREATE TABLE openapi_xero."Receipts" (
  "Date" text,
  "Contact" jsonb,
  "LineItems" jsonb,
  "User" jsonb,
  "Reference" text,
  "LineAmountTypes" text,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "ReceiptID" text,
  "Status" text,
  "ReceiptNumber" text,
  "UpdatedDateUTC" timestamptz,
  "HasAttachments" boolean,
  "Url" text,
  "ValidationErrors" jsonb,
  "Warnings" jsonb,
  "Attachments" jsonb,
  PRIMARY KEY ("ReceiptID")
);
CREATE TABLE openapi_xero."RepeatingInvoices" (
  "Type" text,
  "Contact" jsonb,
  "Schedule" jsonb,
  "LineItems" jsonb,
  "LineAmountTypes" text,
  "Reference" text,
  "BrandingThemeID" text,
  "CurrencyCode" text,
  "Status" text,
  "SubTotal" numeric,
  "TotalTax" numeric,
  "Total" numeric,
  "RepeatingInvoiceID" text,
  "ID" text,
  "HasAttachments" boolean,
  "Attachments" jsonb,
  "ApprovedForSending" boolean,
  "SendCopy" boolean,
  "MarkAsSent" boolean,
  "IncludePDF" boolean,
  PRIMARY KEY ("RepeatingInvoiceID")
);
CREATE TABLE openapi_xero."TaxRates" (
  "Name" text,
  "TaxType" text,
  "TaxComponents" jsonb,
  "Status" text,
  "ReportTaxType" text,
  "CanApplyToAssets" boolean,
  "CanApplyToEquity" boolean,
  "CanApplyToExpenses" boolean,
  "CanApplyToLiabilities" boolean,
  "CanApplyToRevenue" boolean,
  "DisplayTaxRate" numeric,
  "EffectiveRate" numeric,
  PRIMARY KEY ("TaxType")
);
CREATE TABLE openapi_xero."TrackingCategories" (
  "TrackingCategoryID" text,
  "TrackingOptionID" text,
  "Name" text,
  "Option" text,
  "Status" text,
  "Options" jsonb,
  PRIMARY KEY ("TrackingCategoryID")
);
CREATE TABLE openapi_xero."Users" (
  "UserID" text,
  "EmailAddress" text,
  "FirstName" text,
  "LastName" text,
  "UpdatedDateUTC" timestamptz,
  "IsSubscriber" boolean,
  "OrganisationRole" text,
  PRIMARY KEY ("UserID")
);
INSERT INTO openapi_xero."Accounts" ("Code", "Name", "AccountID", "Type", "BankAccountNumber", "Status", "Description", "BankAccountType", "CurrencyCode", "TaxType", "EnablePaymentsToAccount", "ShowInExpenseClaims", "Class", "ReportingCode", "ReportingCodeName", "HasAttachments", "UpdatedDateUTC", "AddToWatchlist") VALUES
  ('090', 'Business Bank Account', 'ab037b62-27f0-5446-95bd-21122392b418', 'BANK', '12-3456-0123456-00', 'ACTIVE', NULL, 'BANK', 'NZD', 'NONE', false, false, 'ASSET', 'ASS', 'Assets', false, '2026-01-05T21:14:03Z', false),
  ('091', 'USD Savings Account', 'd5b375d8-8c2b-548b-861c-bf71ba8dffb6', 'BANK', '12-3456-0654321-01', 'ACTIVE', NULL, 'BANK', 'USD', 'NONE', false, false, 'ASSET', 'ASS', 'Assets', false, '2026-01-05T21:14:03Z', false),
  ('200', 'Sales', 'efda7d53-2b01-5285-ab0b-ed54226e26a7', 'REVENUE', NULL, 'ACTIVE', 'Income from any normal business activity', NULL, NULL, 'OUTPUT2', false, false, 'REVENUE', 'REV.TRA.REV', 'Revenue', false, '2026-01-05T21:14:03Z', false),
  ('310', 'Cost of Goods Sold', 'e6c331fc-98f1-5f98-a4cd-23b122941c5f', 'DIRECTCOSTS', NULL, 'ACTIVE', 'Cost of goods sold by the business', NULL, NULL, 'INPUT2', false, false, 'EXPENSE', 'EXP.COS', 'Cost of Sales', false, '2026-01-05T21:14:03Z', false),
  ('429', 'General Expenses', '5173ffab-4cf9-558b-b294-efa6a6c1f0a7', 'EXPENSE', NULL, 'ACTIVE', 'General expenses related to the running of the business', NULL, NULL, 'INPUT2', false, true, 'EXPENSE', 'EXP', 'Expense', false, '2026-01-05T21:14:03Z', false),
  ('630', 'Inventory', '5a1fae6f-be4d-55db-b49f-6a6b16f1a09d', 'INVENTORY', NULL, 'ACTIVE', 'Value of tracked items for resale', NULL, NULL, 'NONE', false, false, 'ASSET', 'ASS.CUR.INY', 'Inventory', false, '2026-01-05T21:14:03Z', false);
INSERT INTO openapi_xero."BankTransactions" ("Type", "Contact", "LineItems", "BankAccount", "IsReconciled", "Date", "Reference", "CurrencyCode", "CurrencyRate", "Status", "LineAmountTypes", "SubTotal", "TotalTax", "Total", "BankTransactionID", "PrepaymentID", "OverpaymentID", "UpdatedDateUTC", "HasAttachments") VALUES
  ('SPEND-TRANSFER', NULL, '[]', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', true, '2026-01-31', NULL, 'NZD', 1.0, 'AUTHORISED', 'NoTax', 2000.0, 0.0, 2000.0, '7150f67b-1756-540e-8a63-77432e34b799', NULL, NULL, '2026-02-09T05:00:00Z', false),
  ('RECEIVE-TRANSFER', NULL, '[]', '{"AccountID": "d5b375d8-8c2b-548b-861c-bf71ba8dffb6", "Code": "091", "Name": "USD Savings Account"}', true, '2026-01-31', NULL, 'USD', 0.601, 'AUTHORISED', 'NoTax', 1202.0, 0.0, 1202.0, 'b85b7604-0dc5-54da-bc3b-685afc4f9ef3', NULL, NULL, '2026-02-09T05:00:00Z', false),
  ('SPEND-TRANSFER', NULL, '[]', '{"AccountID": "d5b375d8-8c2b-548b-861c-bf71ba8dffb6", "Code": "091", "Name": "USD Savings Account"}', true, '2026-02-10', NULL, 'USD', 0.601, 'AUTHORISED', 'NoTax', 300.0, 0.0, 300.0, 'd44c5486-49d2-5a56-a064-7b26dfb24abe', NULL, NULL, '2026-02-09T05:00:00Z', false),
  ('RECEIVE-TRANSFER', NULL, '[]', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', true, '2026-02-10', NULL, 'NZD', 1.0, 'AUTHORISED', 'NoTax', 499.17, 0.0, 499.17, 'db458e0b-4180-5585-b524-a04f9415e735', NULL, NULL, '2026-02-09T05:00:00Z', false),
  ('SPEND-TRANSFER', NULL, '[]', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', false, '2026-02-12', NULL, 'NZD', 1.0, 'AUTHORISED', 'NoTax', 500.0, 0.0, 500.0, '7814a7ba-2a75-5be4-8370-087f1e14a1d6', NULL, NULL, '2026-02-09T05:00:00Z', false),
  ('RECEIVE-TRANSFER', NULL, '[]', '{"AccountID": "d5b375d8-8c2b-548b-861c-bf71ba8dffb6", "Code": "091", "Name": "USD Savings Account"}', false, '2026-02-12', NULL, 'USD', 0.601, 'AUTHORISED', 'NoTax', 300.5, 0.0, 300.5, '1d81e53b-4c82-5784-8651-059671bf5b59', NULL, NULL, '2026-02-09T05:00:00Z', false),
  ('RECEIVE-OVERPAYMENT', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '[{"LineItemID": "afc17056-486c-513a-8e02-826607c616a0", "Description": "Overpayment", "Quantity": 1, "UnitAmount": 80.0, "AccountCode": "090", "TaxType": "NONE", "LineAmount": 80.0, "Tracking": []}]', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', true, '2026-01-30', 'Paid twice', 'NZD', 1.0, 'AUTHORISED', 'Inclusive', 80.0, 0.0, 80.0, '90154ec4-8f48-537d-9b62-b055b558e270', NULL, '07bd0695-a726-5ce0-8fb4-33122e02388a', '2026-02-09T05:00:00Z', false),
  ('RECEIVE-PREPAYMENT', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '[{"LineItemID": "5baae01c-2277-5508-890d-e6025cc245e8", "Description": "Deposit", "Quantity": 1, "UnitAmount": 230.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 230.0, "Tracking": []}]', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', true, '2026-02-07', 'Deposit', 'NZD', 1.0, 'AUTHORISED', 'Inclusive', 230.0, 0.0, 230.0, '5040c136-d1e3-589e-8f9d-8a500ab3d20b', 'd40de272-f53f-561b-98ff-83ce076c29df', NULL, '2026-02-09T05:00:00Z', false),
  ('SPEND', '{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '[{"LineItemID": "961ba0de-9ea8-5b57-b517-9dcc2ce7eb78", "Description": "Electricity - marquee top-up (billable)", "Quantity": 1, "UnitAmount": 92.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 92.0, "Tracking": [{"TrackingCategoryID": "83546b98-fab3-507d-9a3a-362ce89cf3c8", "TrackingOptionID": "ceb17f0d-c7d9-5c09-97f8-0e9fea917915", "Name": "Department", "Option": "Operations"}]}]', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', true, '2026-02-11', 'Marquee power top-up', 'NZD', 1.0, 'AUTHORISED', 'Inclusive', 92.0, 0.0, 92.0, '79bcc5a3-414f-58e2-aba1-d08c3db14a4a', NULL, NULL, '2026-02-09T05:00:00Z', false);
INSERT INTO openapi_xero."BankTransfers" ("FromBankAccount", "ToBankAccount", "Amount", "Date", "BankTransferID", "CurrencyRate", "FromBankTransactionID", "ToBankTransactionID", "FromIsReconciled", "ToIsReconciled", "Reference", "HasAttachments", "CreatedDateUTC", "Status", "FromTracking", "ToTracking") VALUES
  ('{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', '{"AccountID": "d5b375d8-8c2b-548b-861c-bf71ba8dffb6", "Code": "091", "Name": "USD Savings Account"}', 2000.0, '2026-01-31', 'd7ac292e-ca91-5230-8a95-4d0455db32ba', 0.601, '7150f67b-1756-540e-8a63-77432e34b799', 'b85b7604-0dc5-54da-bc3b-685afc4f9ef3', true, true, 'Fund USD account', false, '2026-01-31T02:00:00Z', 'AUTHORISED', '[]', '[]'),
  ('{"AccountID": "d5b375d8-8c2b-548b-861c-bf71ba8dffb6", "Code": "091", "Name": "USD Savings Account"}', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', 300.0, '2026-02-10', '28789531-344a-55ba-88aa-962c5c0107c8', 1.6639, 'd44c5486-49d2-5a56-a064-7b26dfb24abe', 'db458e0b-4180-5585-b524-a04f9415e735', true, true, 'Bring home Bayside receipts', false, '2026-02-10T02:00:00Z', 'AUTHORISED', '[]', '[]'),
  ('{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', '{"AccountID": "d5b375d8-8c2b-548b-861c-bf71ba8dffb6", "Code": "091", "Name": "USD Savings Account"}', 500.0, '2026-02-12', '98baefd8-d62c-52ce-b9ac-9e59610a9071', 0.601, '7814a7ba-2a75-5be4-8370-087f1e14a1d6', '1d81e53b-4c82-5784-8651-059671bf5b59', false, false, 'Top-up', false, '2026-02-12T02:00:00Z', 'AUTHORISED', '[]', '[]');
INSERT INTO openapi_xero."BatchPayments" ("Account", "Reference", "Particulars", "Code", "Details", "BatchPaymentID", "DateString", "Date", "Amount", "Payments", "Type", "Status", "TotalAmount", "UpdatedDateUTC", "IsReconciled") VALUES
  ('{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', 'Jan bills', 'Demo Co', 'JAN26', NULL, '0c9006cb-08c9-5bbd-8a67-c9ba0bc837d0', '2026-01-30T00:00:00', '2026-01-30', 437.5, '[{"PaymentID": "49778db1-e163-5b57-b536-594573ad8d0b", "Amount": 287.5}, {"PaymentID": "167a2852-7619-5ceb-bf8e-188db9e7a793", "Amount": 150.0}]', 'PAYBATCH', 'AUTHORISED', 437.5, '2026-01-30T04:00:00Z', true),
  ('{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', 'Deposit 18 Jan', NULL, NULL, 'Ridgeway', 'a729bd19-0007-57d4-a0cf-d3d2a8a9a03f', '2026-01-18T00:00:00', '2026-01-18', 1150.0, '[{"PaymentID": "30f3ee5a-0c7b-5514-9b9a-99638b0b160f", "Amount": 1150.0}]', 'RECBATCH', 'AUTHORISED', 1150.0, '2026-01-18T04:00:00Z', true),
  ('{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', 'Deposit 3 Feb', NULL, NULL, 'Ridgeway', 'ed2563ad-2337-577d-99bc-020808c9d6e3', '2026-02-03T00:00:00', '2026-02-03', 1035.0, '[{"PaymentID": "6f0bc548-eadb-57f4-b8c1-eaecb17cba26", "Amount": 1035.0}]', 'RECBATCH', 'AUTHORISED', 1035.0, '2026-02-03T04:00:00Z', false);
INSERT INTO openapi_xero."BrandingThemes" ("BrandingThemeID", "Name", "LogoUrl", "Type", "SortOrder", "CreatedDateUTC") VALUES
  ('90403a37-18a8-5de8-be7c-63e0400e1e67', 'Standard', NULL, 'INVOICE', 0, '2024-04-02T01:45:09Z'),
  ('1ac65979-9878-58b0-8640-7a0e39792776', 'Special Projects', 'https://in.xero.com/logo?id=special', 'INVOICE', 1, '2024-06-11T03:12:44Z'),
  ('ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575', 'Very orange invoice!', NULL, 'INVOICE', 2, '2025-02-20T22:05:31Z');
INSERT INTO openapi_xero."Budgets" ("BudgetID", "Type", "Description", "UpdatedDateUTC", "BudgetLines", "Tracking") VALUES
  ('79a574b3-d063-5c72-b903-ea1a4d39b9c1', 'OVERALL', 'Overall Budget', '2025-03-20T01:00:00Z', '[{"AccountID": "efda7d53-2b01-5285-ab0b-ed54226e26a7", "AccountCode": "200", "BudgetBalances": [{"Period": "2026-01", "Amount": 3000}]}, {"AccountID": "5173ffab-4cf9-558b-b294-efa6a6c1f0a7", "AccountCode": "429", "BudgetBalances": [{"Period": "2026-01", "Amount": 600}]}]', '[]'),
  ('e5bbd4e5-910a-5d79-94ff-240cf43d4302', 'TRACKING', 'Region North', '2025-03-21T01:00:00Z', '[{"AccountID": "efda7d53-2b01-5285-ab0b-ed54226e26a7", "AccountCode": "200", "BudgetBalances": [{"Period": "2026-01", "Amount": 2000}]}]', '[{"TrackingCategoryID": "770279ee-ae0b-5330-bfd7-9b57acc7ccfc", "TrackingOptionID": "a2616106-ccbf-5045-bb81-6fe41d61b1c3", "Name": "Region", "Option": "North"}]'),
  ('6b5a497c-c0f6-544f-b729-0ed2b37a2e2b', 'TRACKING', 'Operations department', '2025-03-21T02:00:00Z', '[{"AccountID": "5173ffab-4cf9-558b-b294-efa6a6c1f0a7", "AccountCode": "429", "BudgetBalances": [{"Period": "2026-01", "Amount": 400}]}]', '[{"TrackingCategoryID": "83546b98-fab3-507d-9a3a-362ce89cf3c8", "TrackingOptionID": "ceb17f0d-c7d9-5c09-97f8-0e9fea917915", "Name": "Department", "Option": "Operations"}]');
INSERT INTO openapi_xero."ContactGroups" ("Name", "Status", "ContactGroupID", "Contacts") VALUES
  ('VIP Customers', 'ACTIVE', '99d68f98-2155-5154-9ef9-5846e7e679e8', '[{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}, {"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}]'),
  ('Preferred Suppliers', 'ACTIVE', '471b0573-8a0d-5abf-9011-13be9a4258e8', '[{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}, {"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}]'),
  ('Contractors', 'ACTIVE', 'de5ee5ea-c0e7-5a02-85c4-5564aa792d0f', '[{"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}]');
INSERT INTO openapi_xero."Contacts" ("ContactID", "MergedToContactID", "AccountNumber", "ContactStatus", "Name", "FirstName", "LastName", "EmailAddress", "ContactPersons", "TaxNumber", "AccountsReceivableTaxType", "AccountsPayableTaxType", "Addresses", "Phones", "IsSupplier", "IsCustomer", "DefaultCurrency", "SalesDefaultAccountCode", "PurchasesDefaultAccountCode", "SalesTrackingCategories", "PurchasesTrackingCategories", "TrackingCategoryName", "TrackingCategoryOption", "UpdatedDateUTC", "ContactGroups", "BrandingTheme", "HasAttachments", "HasValidationErrors") VALUES
  ('a4ccea06-30b2-5264-95da-393a8a57c3bb', NULL, 'RU-001', 'ACTIVE', 'Ridgeway University', 'Ben', 'Frank', 'ben.frank@ridgeway.example.ac.nz', '[]', '12-345-678', 'OUTPUT2', NULL, '[{"AddressType": "POBOX", "City": "Palmerston North", "Country": "New Zealand"}]', '[{"PhoneType": "DEFAULT", "PhoneNumber": "4960000"}]', false, true, 'NZD', '200', NULL, '[{"TrackingCategoryName": "Region", "TrackingOptionName": "North"}]', '[]', 'Region', 'North', '2026-02-03T02:11:45Z', '[{"ContactGroupID": "99d68f98-2155-5154-9ef9-5846e7e679e8", "Name": "VIP Customers", "Status": "ACTIVE", "Contacts": []}]', '{"BrandingThemeID": "1ac65979-9878-58b0-8640-7a0e39792776", "Name": "Special Projects"}', false, false),
  ('5df5d8c2-1376-5696-b5b4-1c44555cd441', NULL, 'BC-002', 'ACTIVE', 'Bayside Club', 'Carla', 'Diaz', 'accounts@bayside.example.com', '[]', NULL, 'ZERORATED', NULL, '[{"AddressType": "POBOX", "City": "Christchurch", "Country": "New Zealand"}]', '[{"PhoneType": "DEFAULT", "PhoneNumber": "4960000"}]', false, true, 'USD', '200', NULL, '[{"TrackingCategoryName": "Region", "TrackingOptionName": "South"}]', '[]', 'Region', 'South', '2026-02-03T02:11:45Z', '[{"ContactGroupID": "99d68f98-2155-5154-9ef9-5846e7e679e8", "Name": "VIP Customers", "Status": "ACTIVE", "Contacts": []}]', '{"BrandingThemeID": "ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575", "Name": "Very orange invoice!"}', false, false),
  ('76585fdb-add4-5b48-bd37-c09a2ae21846', NULL, 'PD-100', 'ACTIVE', 'PowerDirect', 'Pat', 'Ng', 'billing@powerdirect.example.co.nz', '[]', '98-765-432', NULL, 'INPUT2', '[{"AddressType": "POBOX", "City": "Wellington", "Country": "New Zealand"}]', '[{"PhoneType": "DEFAULT", "PhoneNumber": "4960000"}]', true, false, 'NZD', NULL, '429', '[]', '[]', NULL, NULL, '2026-02-03T02:11:45Z', '[{"ContactGroupID": "471b0573-8a0d-5abf-9011-13be9a4258e8", "Name": "Preferred Suppliers", "Status": "ACTIVE", "Contacts": []}]', NULL, false, false),
  ('9884e8b5-08bf-5032-994a-6b1347681eea', NULL, 'HS-200', 'ACTIVE', 'Hamilton Smith Ltd', 'Hana', 'Smith', 'hana@hamiltonsmith.example.co.nz', '[]', NULL, NULL, 'INPUT2', '[{"AddressType": "POBOX", "City": "Hamilton", "Country": "New Zealand"}]', '[{"PhoneType": "DEFAULT", "PhoneNumber": "4960000"}]', true, false, 'NZD', NULL, '310', '[]', '[]', NULL, NULL, '2026-02-03T02:11:45Z', '[{"ContactGroupID": "471b0573-8a0d-5abf-9011-13be9a4258e8", "Name": "Preferred Suppliers", "Status": "ACTIVE", "Contacts": []}, {"ContactGroupID": "de5ee5ea-c0e7-5a02-85c4-5564aa792d0f", "Name": "Contractors", "Status": "ACTIVE", "Contacts": []}]', NULL, false, false),
  ('837b7e43-2bd4-5346-b2fe-033cac0ca84c', 'a4ccea06-30b2-5264-95da-393a8a57c3bb', NULL, 'ARCHIVED', 'Ridgeway Univ.', 'Ben', 'Frank', 'ben.frank@ridgeway.example.ac.nz', '[]', NULL, 'OUTPUT2', NULL, '[{"AddressType": "POBOX", "City": "Palmerston North", "Country": "New Zealand"}]', '[{"PhoneType": "DEFAULT", "PhoneNumber": "4960000"}]', false, true, 'NZD', '200', NULL, '[]', '[]', NULL, NULL, '2025-08-19T04:30:12Z', '[]', NULL, false, false);
INSERT INTO openapi_xero."CreditNotes" ("Type", "Contact", "Date", "DueDate", "Status", "LineAmountTypes", "LineItems", "SubTotal", "TotalTax", "Total", "UpdatedDateUTC", "UpdatedDateUTCString", "CurrencyCode", "FullyPaidOnDate", "CreditNoteID", "CreditNoteNumber", "Reference", "SentToContact", "CurrencyRate", "RemainingCredit", "Allocations", "AppliedAmount", "Payments", "BrandingThemeID", "HasAttachments", "HasErrors") VALUES
  ('ACCRECCREDIT', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '2026-01-25', '2026-01-25', 'PAID', 'Exclusive', '[{"LineItemID": "565deffd-d6f4-5500-9461-16a47bdc17d2", "Description": "Credit: Training session shortened", "Quantity": 1, "UnitAmount": 100.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 100.0, "Tracking": []}]', 100.0, 15.0, 115.0, '2026-02-01T04:00:00Z', '2026-02-01T04:00:00', 'NZD', '2026-01-25', 'ee32314f-5bd0-5952-85e5-3ce878949704', 'CN-0001', 'Training session shortened', true, 1.0, 0.0, '[{"AllocationID": "2732c247-14ad-5194-8f50-e12cee9c5ca8", "Invoice": {"InvoiceID": "b833228b-692c-5bf2-bb15-8b86bde28288", "InvoiceNumber": "INV-0003"}, "Amount": 115.0, "Date": "2026-01-25"}]', 115.0, '[]', '1ac65979-9878-58b0-8640-7a0e39792776', false, false),
  ('ACCPAYCREDIT', '{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '2026-02-02', '2026-02-02', 'AUTHORISED', 'Exclusive', '[{"LineItemID": "f4a7f113-2198-5b0a-a8c3-139a1d44bd0c", "Description": "Credit: Meter misread", "Quantity": 1, "UnitAmount": 40.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 40.0, "Tracking": []}]', 40.0, 6.0, 46.0, '2026-02-01T04:00:00Z', '2026-02-01T04:00:00', 'NZD', NULL, '19cc553f-4e84-5574-9bd2-dd8d78b45683', 'PDC-12', 'Meter misread', false, 1.0, 46.0, '[]', NULL, '[]', NULL, false, false),
  ('ACCRECCREDIT', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '2026-02-06', '2026-02-06', 'PAID', 'Exclusive', '[{"LineItemID": "8b181b16-93fa-5d5a-860a-bdf81c3828ff", "Description": "Credit: Refund deposit", "Quantity": 1, "UnitAmount": 50.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 50.0, "Tracking": []}]', 50.0, 7.5, 57.5, '2026-02-01T04:00:00Z', '2026-02-01T04:00:00', 'NZD', '2026-02-06', '00ccbbb0-4063-5397-b525-acd7a89a030b', 'CN-0002', 'Refund deposit', true, 1.0, 0.0, '[]', NULL, '[{"PaymentID": "602db293-5a86-5e02-937a-1671d7c644c0", "Amount": 57.5}]', 'ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575', false, false);
INSERT INTO openapi_xero."Currencies" ("Code", "Description") VALUES
  ('NZD', 'New Zealand Dollar'),
  ('USD', 'United States Dollar'),
  ('AUD', 'Australian Dollar');
INSERT INTO openapi_xero."Employees" ("EmployeeID", "Status", "FirstName", "LastName", "ExternalLink", "UpdatedDateUTC") VALUES
  ('1d24c526-a442-58a9-90e4-166ef3e2322b', 'ACTIVE', 'Oliver', 'Gray', '{"Url": "https://payroll.example.com/e/101", "Description": "Payroll record"}', '2025-10-01T02:00:00Z'),
  ('befeae97-fca0-571e-ad11-103a75b2cc8a', 'ACTIVE', 'Sofia', 'Tane', NULL, '2025-10-03T02:00:00Z'),
  ('4469fb32-f0f1-57a9-bd94-d4cc12910566', 'ARCHIVED', 'Liam', 'Parata', NULL, '2024-07-15T05:30:00Z');
INSERT INTO openapi_xero."ExpenseClaims" ("ExpenseClaimID", "Status", "Payments", "User", "Receipts", "UpdatedDateUTC", "Total", "AmountDue", "AmountPaid", "PaymentDueDate", "ReportingDate", "ReceiptID") VALUES
  ('f6e0a997-2af5-52ac-8613-6880ec340a07', 'AUTHORISED', '[]', '{"UserID": "1e89f0d0-fc2b-519f-8cd4-563ac54973ee", "EmailAddress": "tom.reid@demo.example.co.nz", "FirstName": "Tom", "LastName": "Reid"}', '[{"ReceiptID": "7c4f04ed-2958-50f1-be22-981fc05d686e"}, {"ReceiptID": "b17e4267-2d3b-5365-96b0-731f7d368d49"}]', '2026-01-12T11:00:00Z', 80.5, 80.5, 0.0, '2026-01-31', '2026-01-12', '7c4f04ed-2958-50f1-be22-981fc05d686e'),
  ('4ad13c0d-fa61-53ec-87c5-da1b181dcb1d', 'PAID', '[]', '{"UserID": "05722de1-d8d7-53ef-bdab-93e3d1da85db", "EmailAddress": "ana.kaur@demo.example.co.nz", "FirstName": "Ana", "LastName": "Kaur"}', '[{"ReceiptID": "d1e55423-3ddf-59fa-bc78-2b9246548676"}]', '2026-01-23T11:00:00Z', 23.0, 0.0, 23.0, '2026-01-31', '2026-01-23', 'd1e55423-3ddf-59fa-bc78-2b9246548676'),
  ('f682e8ed-54f1-5f9b-8fa6-7d0751f7c37b', 'SUBMITTED', '[]', '{"UserID": "2bdc0fd5-99e1-5cf1-a3ac-700cd6090312", "EmailAddress": "mia.wong@demo.example.co.nz", "FirstName": "Mia", "LastName": "Wong"}', '[{"ReceiptID": "45b3bab6-9339-5b8a-944c-0ae0c5fef09c"}]', '2026-02-14T11:00:00Z', 57.5, 57.5, 0.0, '2026-02-28', '2026-02-14', '45b3bab6-9339-5b8a-944c-0ae0c5fef09c');
INSERT INTO openapi_xero."Invoices" ("Type", "Contact", "LineItems", "Date", "DueDate", "LineAmountTypes", "InvoiceNumber", "Reference", "BrandingThemeID", "CurrencyCode", "CurrencyRate", "Status", "SentToContact", "SubTotal", "TotalTax", "Total", "TotalDiscount", "InvoiceID", "RepeatingInvoiceID", "HasAttachments", "IsDiscounted", "Payments", "Prepayments", "Overpayments", "AmountDue", "AmountPaid", "FullyPaidOnDate", "AmountCredited", "UpdatedDateUTC", "UpdatedDateUTCString", "CreditNotes", "HasErrors") VALUES
  ('ACCREC', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '[{"LineItemID": "382a92be-f639-557f-bec9-265f3c667c3a", "Description": "Development work - developer onsite per day", "Quantity": 2, "UnitAmount": 500.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 1000.0, "ItemCode": "DevD", "Tracking": [{"TrackingCategoryID": "770279ee-ae0b-5330-bfd7-9b57acc7ccfc", "TrackingOptionID": "a2616106-ccbf-5045-bb81-6fe41d61b1c3", "Name": "Region", "Option": "North"}, {"TrackingCategoryID": "83546b98-fab3-507d-9a3a-362ce89cf3c8", "TrackingOptionID": "8e11896b-44d0-51d2-bf8f-1e961361a135", "Name": "Department", "Option": "Sales"}]}]', '2026-01-05', '2026-01-20', 'Exclusive', 'INV-0001', 'Monthly support Jan', '1ac65979-9878-58b0-8640-7a0e39792776', 'NZD', 1.0, 'PAID', true, 1000.0, 150.0, 1150.0, 0.0, 'd00d6e82-95e7-5967-8356-86310dd87c0b', 'de2e75b3-15e7-5f91-ac47-97cd64530044', false, false, '[{"PaymentID": "30f3ee5a-0c7b-5514-9b9a-99638b0b160f", "Amount": 1150.0}]', '[]', '[]', 0.0, 1150.0, '2026-01-18', 0, '2026-02-10T03:00:00Z', '2026-02-10T03:00:00', '[]', false),
  ('ACCREC', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '[{"LineItemID": "5a1978fa-baf9-5da4-a05f-1a2e7ba9cc46", "Description": "Golf balls - white single", "Quantity": 100, "UnitAmount": 5.0, "AccountCode": "200", "TaxType": "ZERORATED", "LineAmount": 500.0, "ItemCode": "GB1-White", "Tracking": [{"TrackingCategoryID": "770279ee-ae0b-5330-bfd7-9b57acc7ccfc", "TrackingOptionID": "26abb985-c4a3-5b61-a411-7ed94de8a75f", "Name": "Region", "Option": "South"}]}]', '2026-01-12', '2026-02-12', 'Exclusive', 'INV-0002', 'Club tournament', 'ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575', 'USD', 0.6012, 'AUTHORISED', true, 500.0, 0.0, 500.0, 0.0, '492ddf31-74cd-5f03-9c41-fca54567e734', NULL, false, false, '[{"PaymentID": "98352b6e-b783-5be5-b4a2-a2c455c5364c", "Amount": 300.0}]', '[]', '[]', 200.0, 300.0, NULL, 0, '2026-02-10T03:00:00Z', '2026-02-10T03:00:00', '[]', false),
  ('ACCREC', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '[{"LineItemID": "39a527b6-72e1-5e41-a9e9-501664a11ed0", "Description": "Half day training - Microsoft Office", "Quantity": 2, "UnitAmount": 500.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 1000.0, "ItemCode": "Train-MS", "Tracking": [{"TrackingCategoryID": "770279ee-ae0b-5330-bfd7-9b57acc7ccfc", "TrackingOptionID": "a2616106-ccbf-5045-bb81-6fe41d61b1c3", "Name": "Region", "Option": "North"}]}]', '2026-01-20', '2026-02-05', 'Exclusive', 'INV-0003', 'Staff training', '90403a37-18a8-5de8-be7c-63e0400e1e67', 'NZD', 1.0, 'PAID', true, 1000.0, 150.0, 1150.0, 0.0, 'b833228b-692c-5bf2-bb15-8b86bde28288', NULL, false, false, '[{"PaymentID": "6f0bc548-eadb-57f4-b8c1-eaecb17cba26", "Amount": 1035.0}]', '[]', '[]', 0.0, 1035.0, '2026-02-03', 115.0, '2026-02-10T03:00:00Z', '2026-02-10T03:00:00', '[{"CreditNoteID": "ee32314f-5bd0-5952-85e5-3ce878949704", "CreditNoteNumber": "CN-0001", "AppliedAmount": 115.0}]', false),
  ('ACCREC', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '[{"LineItemID": "de56a6ca-c0a3-5c7b-b648-bee78839479a", "Description": "Rebilled: electricity for the event marquee", "Quantity": 1, "UnitAmount": 240.0, "AccountCode": "200", "TaxType": "ZERORATED", "LineAmount": 240.0, "Tracking": [{"TrackingCategoryID": "770279ee-ae0b-5330-bfd7-9b57acc7ccfc", "TrackingOptionID": "26abb985-c4a3-5b61-a411-7ed94de8a75f", "Name": "Region", "Option": "South"}]}]', '2026-02-14', '2026-03-14', 'Exclusive', 'INV-0004', 'Recharges Feb', 'ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575', 'USD', 0.605, 'DRAFT', false, 240.0, 0.0, 240.0, 0.0, '6fde5a5b-50e5-5905-ac92-8a7295e52040', '48f863d8-b556-506c-94d8-1ce736aa3b7b', false, false, '[]', '[]', '[]', 240.0, 0.0, NULL, 0, '2026-02-10T03:00:00Z', '2026-02-10T03:00:00', '[]', false),
  ('ACCPAY', '{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '[{"LineItemID": "20567d9a-7486-5424-bdf6-39951bb3b489", "Description": "Electricity - event marquee", "Quantity": 1, "UnitAmount": 240.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 240.0, "Tracking": [{"TrackingCategoryID": "83546b98-fab3-507d-9a3a-362ce89cf3c8", "TrackingOptionID": "ceb17f0d-c7d9-5c09-97f8-0e9fea917915", "Name": "Department", "Option": "Operations"}]}]', '2026-01-28', '2026-02-20', 'Exclusive', 'RPT445-1', 'Account 8841', NULL, 'NZD', 1.0, 'AUTHORISED', false, 240.0, 36.0, 276.0, 0.0, 'f32ef91b-388b-5278-b576-be937c1b5271', NULL, false, false, '[{"PaymentID": "167a2852-7619-5ceb-bf8e-188db9e7a793", "Amount": 150.0}]', '[]', '[]', 126.0, 150.0, NULL, 0, '2026-02-10T03:00:00Z', '2026-02-10T03:00:00', '[]', false),
  ('ACCPAY', '{"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}', '[{"LineItemID": "4d9082a7-2195-5d62-81cc-0268489c80b0", "Description": "Fish out of Water (wholesale)", "Quantity": 20, "UnitAmount": 12.5, "AccountCode": "630", "TaxType": "INPUT2", "LineAmount": 250.0, "ItemCode": "BOOK", "Tracking": []}]', '2026-01-15', '2026-01-31', 'Exclusive', 'HS-778', 'Book stock', NULL, 'NZD', 1.0, 'PAID', false, 250.0, 37.5, 287.5, 0.0, '98d69a9b-4a50-5869-b4ba-2b4f519a6bec', NULL, false, false, '[{"PaymentID": "49778db1-e163-5b57-b536-594573ad8d0b", "Amount": 287.5}]', '[]', '[]', 0.0, 287.5, '2026-01-30', 0, '2026-02-10T03:00:00Z', '2026-02-10T03:00:00', '[]', false);
INSERT INTO openapi_xero."Items" ("Code", "InventoryAssetAccountCode", "Name", "IsSold", "IsPurchased", "Description", "PurchaseDescription", "PurchaseDetails", "SalesDetails", "IsTrackedAsInventory", "TotalCostPool", "QuantityOnHand", "UpdatedDateUTC", "ItemID") VALUES
  ('DevD', NULL, 'Development work', true, false, 'Development work - developer onsite per day', NULL, '{}', '{"UnitPrice": 650.0, "AccountCode": "200", "TaxType": "OUTPUT2"}', false, NULL, NULL, '2025-11-02T20:00:00Z', 'c77e1cdf-e86b-52db-8c34-f1858110aa01'),
  ('Train-MS', NULL, 'Training: Microsoft', true, true, 'Half day training - Microsoft Office', 'Trainer fee', '{"UnitPrice": 300.0, "AccountCode": "429", "TaxType": "INPUT2"}', '{"UnitPrice": 500.0, "AccountCode": "200", "TaxType": "OUTPUT2"}', false, NULL, NULL, '2025-11-02T20:05:00Z', '4d3d7e0b-acb0-5826-844d-9216eac4348f'),
  ('BOOK', '630', 'Fish out of Water', true, true, 'Fish out of Water: Finding Your Brand', 'Fish out of Water (wholesale)', '{"UnitPrice": 12.5, "COGSAccountCode": "310", "TaxType": "INPUT2"}', '{"UnitPrice": 19.95, "AccountCode": "200", "TaxType": "OUTPUT2"}', true, 250.0, 20.0, '2026-01-10T03:21:00Z', '0fda936c-4548-5de2-b6c4-b2faf65adb56'),
  ('GB1-White', '630', 'Golf balls - white single', true, true, 'Golf ball, white, single', 'Golf ball, white (box of 50)', '{"UnitPrice": 2.0, "COGSAccountCode": "310", "TaxType": "INPUT2"}', '{"UnitPrice": 5.0, "AccountCode": "200", "TaxType": "OUTPUT2"}', true, 200.0, 100.0, '2026-01-12T01:00:00Z', 'a2ca7f9e-be43-572d-ad35-bdd31c22babb');
INSERT INTO openapi_xero."Journals" ("JournalID", "JournalDate", "JournalNumber", "CreatedDateUTC", "Reference", "SourceID", "SourceType", "JournalLines") VALUES
  ('4603ff1b-31cb-534c-bed9-9ecd7fbc469f', '2026-01-05', 1, '2026-01-05T07:00:00Z', 'Monthly support Jan', 'd00d6e82-95e7-5967-8356-86310dd87c0b', 'ACCREC', '[{"JournalLineID": "b2498f7f-b0bc-595d-8fff-53e776c3eb0d", "AccountID": "efda7d53-2b01-5285-ab0b-ed54226e26a7", "AccountCode": "200", "AccountType": "REVENUE", "AccountName": "Sales", "NetAmount": -1000.0, "GrossAmount": -1000.0, "TaxAmount": 0.0, "TaxType": "OUTPUT2", "TrackingCategories": []}]'),
  ('5ef6fffe-55c9-53dc-a96f-9c245cc539bf', '2026-01-15', 2, '2026-01-15T07:00:00Z', 'Book stock', '98d69a9b-4a50-5869-b4ba-2b4f519a6bec', 'ACCPAY', '[{"JournalLineID": "2337eb7b-345b-5d3f-bfd3-7ecc0b9783ef", "AccountID": "5a1fae6f-be4d-55db-b49f-6a6b16f1a09d", "AccountCode": "630", "AccountType": "INVENTORY", "AccountName": "Inventory", "NetAmount": 250.0, "GrossAmount": 250.0, "TaxAmount": 0.0, "TaxType": "INPUT2", "TrackingCategories": []}]'),
  ('e070580e-cbfb-5ffe-9ce5-a4f948a299bd', '2026-01-18', 3, '2026-01-18T07:00:00Z', 'Ridgeway Jan', '30f3ee5a-0c7b-5514-9b9a-99638b0b160f', 'ACCRECPAYMENT', '[{"JournalLineID": "5e2661e5-a3f6-5f12-b29c-165a176fa7c4", "AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "AccountCode": "090", "AccountType": "BANK", "AccountName": "Business Bank Account", "NetAmount": 1150.0, "GrossAmount": 1150.0, "TaxAmount": 0.0, "TaxType": "NONE", "TrackingCategories": []}]'),
  ('13c16a9e-5ccf-5639-ae90-022b9ebc30ce', '2026-01-25', 4, '2026-01-25T07:00:00Z', 'Training session shortened', 'ee32314f-5bd0-5952-85e5-3ce878949704', 'ACCRECCREDIT', '[{"JournalLineID": "12ae68a6-3a49-57ee-9666-d1bb07daa598", "AccountID": "efda7d53-2b01-5285-ab0b-ed54226e26a7", "AccountCode": "200", "AccountType": "REVENUE", "AccountName": "Sales", "NetAmount": 100.0, "GrossAmount": 100.0, "TaxAmount": 0.0, "TaxType": "OUTPUT2", "TrackingCategories": []}]'),
  ('bdda6da6-9bf1-5d44-a1bf-bd73481a3769', '2026-01-31', 5, '2026-01-31T07:00:00Z', NULL, 'da48cd23-f900-5717-9425-3f312efc71ed', 'MANJOURNAL', '[{"JournalLineID": "4133d15b-75e0-5652-aac8-e19cc4c705c0", "AccountID": "5173ffab-4cf9-558b-b294-efa6a6c1f0a7", "AccountCode": "429", "AccountType": "EXPENSE", "AccountName": "General Expenses", "NetAmount": 180.0, "GrossAmount": 180.0, "TaxAmount": 0.0, "TaxType": "NONE", "TrackingCategories": []}, {"JournalLineID": "aee2542c-2b37-514b-8703-bd184fe85d77", "AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "AccountCode": "090", "AccountType": "BANK", "AccountName": "Business Bank Account", "NetAmount": -180.0, "GrossAmount": -180.0, "TaxAmount": 0.0, "TaxType": "NONE", "TrackingCategories": []}]'),
  ('ace9b359-f54e-5d3a-87f9-f2f2afdc3397', '2026-02-11', 6, '2026-02-11T07:00:00Z', 'Marquee power top-up', '79bcc5a3-414f-58e2-aba1-d08c3db14a4a', 'CASHPAID', '[{"JournalLineID": "ce5f2f9e-7fbb-56f6-8010-4dc5bc03daa7", "AccountID": "5173ffab-4cf9-558b-b294-efa6a6c1f0a7", "AccountCode": "429", "AccountType": "EXPENSE", "AccountName": "General Expenses", "NetAmount": 80.0, "GrossAmount": 80.0, "TaxAmount": 0.0, "TaxType": "INPUT2", "TrackingCategories": []}, {"JournalLineID": "26e8e1a7-ab35-5bab-bc3a-31cc6ca81ea6", "AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "AccountCode": "090", "AccountType": "BANK", "AccountName": "Business Bank Account", "NetAmount": -92.0, "GrossAmount": -92.0, "TaxAmount": 0.0, "TaxType": "NONE", "TrackingCategories": []}]');
INSERT INTO openapi_xero."LinkedTransactions" ("SourceTransactionID", "SourceLineItemID", "ContactID", "TargetTransactionID", "TargetLineItemID", "LinkedTransactionID", "Status", "Type", "UpdatedDateUTC", "SourceTransactionTypeCode") VALUES
  ('f32ef91b-388b-5278-b576-be937c1b5271', '20567d9a-7486-5424-bdf6-39951bb3b489', '5df5d8c2-1376-5696-b5b4-1c44555cd441', '6fde5a5b-50e5-5905-ac92-8a7295e52040', 'de56a6ca-c0a3-5c7b-b648-bee78839479a', '9ca19752-f32f-5e3d-9ec3-3f3e32d991db', 'ONDRAFT', 'BILLABLEEXPENSE', '2026-02-14T02:00:00Z', 'ACCPAY'),
  ('79bcc5a3-414f-58e2-aba1-d08c3db14a4a', '961ba0de-9ea8-5b57-b517-9dcc2ce7eb78', '5df5d8c2-1376-5696-b5b4-1c44555cd441', NULL, NULL, 'f8b7cc74-8980-59da-8e24-cc559b0797fe', 'APPROVED', 'BILLABLEEXPENSE', '2026-02-11T23:00:00Z', 'SPEND'),
  ('98d69a9b-4a50-5869-b4ba-2b4f519a6bec', '4d9082a7-2195-5d62-81cc-0268489c80b0', 'a4ccea06-30b2-5264-95da-393a8a57c3bb', 'b833228b-692c-5bf2-bb15-8b86bde28288', '39a527b6-72e1-5e41-a9e9-501664a11ed0', 'a5678d94-e000-5828-a610-20bdfc6dda87', 'BILLED', 'BILLABLEEXPENSE', '2026-01-21T01:00:00Z', 'ACCPAY');
INSERT INTO openapi_xero."ManualJournals" ("Narration", "JournalLines", "Date", "LineAmountTypes", "Status", "ShowOnCashBasisReports", "HasAttachments", "UpdatedDateUTC", "ManualJournalID") VALUES
  ('Accrue January electricity', '[{"LineAmount": 180.0, "AccountCode": "429", "AccountID": "5173ffab-4cf9-558b-b294-efa6a6c1f0a7", "Description": "Accrue January electricity", "TaxType": "NONE", "Tracking": [{"TrackingCategoryID": "83546b98-fab3-507d-9a3a-362ce89cf3c8", "TrackingOptionID": "ceb17f0d-c7d9-5c09-97f8-0e9fea917915", "Name": "Department", "Option": "Operations"}]}, {"LineAmount": -180.0, "AccountCode": "090", "AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Description": "Accrue January electricity", "TaxType": "NONE", "Tracking": []}]', '2026-01-31', 'NoTax', 'POSTED', true, false, '2026-01-31T06:00:00Z', 'da48cd23-f900-5717-9425-3f312efc71ed'),
  ('Reclassify training income', '[{"LineAmount": 100.0, "AccountCode": "200", "AccountID": "efda7d53-2b01-5285-ab0b-ed54226e26a7", "Description": "Reclassify training income", "TaxType": "NONE", "Tracking": [{"TrackingCategoryID": "770279ee-ae0b-5330-bfd7-9b57acc7ccfc", "TrackingOptionID": "a2616106-ccbf-5045-bb81-6fe41d61b1c3", "Name": "Region", "Option": "North"}]}, {"LineAmount": -100.0, "AccountCode": "200", "AccountID": "efda7d53-2b01-5285-ab0b-ed54226e26a7", "Description": "Reclassify training income", "TaxType": "NONE", "Tracking": [{"TrackingCategoryID": "770279ee-ae0b-5330-bfd7-9b57acc7ccfc", "TrackingOptionID": "26abb985-c4a3-5b61-a411-7ed94de8a75f", "Name": "Region", "Option": "South"}]}]', '2026-02-05', 'NoTax', 'POSTED', true, false, '2026-02-05T06:00:00Z', 'f7436cd4-919e-5ce6-870f-787fe4a52476'),
  ('Stocktake adjustment', '[{"LineAmount": 25.0, "AccountCode": "310", "AccountID": "e6c331fc-98f1-5f98-a4cd-23b122941c5f", "Description": "Stocktake adjustment", "TaxType": "NONE", "Tracking": []}, {"LineAmount": -25.0, "AccountCode": "630", "AccountID": "5a1fae6f-be4d-55db-b49f-6a6b16f1a09d", "Description": "Stocktake adjustment", "TaxType": "NONE", "Tracking": []}]', '2026-02-15', 'NoTax', 'DRAFT', true, false, '2026-02-15T06:00:00Z', '6e2f5de3-5bce-527c-94d7-7b6673a367a2');
INSERT INTO openapi_xero."Organisations" ("OrganisationID", "APIKey", "Name", "LegalName", "PaysTax", "Version", "OrganisationType", "BaseCurrency", "CountryCode", "IsDemoCompany", "OrganisationStatus", "RegistrationNumber", "TaxNumber", "FinancialYearEndDay", "FinancialYearEndMonth", "SalesTaxBasis", "SalesTaxPeriod", "DefaultSalesTax", "DefaultPurchasesTax", "CreatedDateUTC", "Timezone", "OrganisationEntityType", "ShortCode", "Class", "Edition", "LineOfBusiness", "Addresses", "Phones", "ExternalLinks", "PaymentTerms") VALUES
  ('e48fd8e1-e17a-57d4-8708-d82e69d198f2', 'ZQK7WQ1JHFSIZ9RPXKQXAEBNLS3JKD', 'Demo Company (NZ)', 'Demo Company (NZ)', true, 'NZ', 'COMPANY', 'NZD', 'NZ', true, 'ACTIVE', '1234567', '101-234-567', 31, 3, 'PAYMENTS', 'TWOMONTHS', 'Tax Exclusive', 'Tax Inclusive', '2024-04-02T01:40:00Z', 'NEWZEALANDSTANDARDTIME', 'COMPANY', '!Kp8wN', 'DEMO', 'BUSINESS', 'Consulting and training', '[{"AddressType": "STREET", "AddressLine1": "23 Main Street", "City": "Wellington", "Country": "New Zealand"}]', '[{"PhoneType": "OFFICE", "PhoneNumber": "4910000"}]', '[]', '{"Bills": {"Day": 20, "Type": "OFMONTHFOLLOWINGCURRENTMONTH"}, "Sales": {"Day": 20, "Type": "DAYSAFTERBILLDATE"}}');
INSERT INTO openapi_xero."Overpayments" ("Type", "Contact", "Date", "Status", "LineAmountTypes", "LineItems", "SubTotal", "TotalTax", "Total", "UpdatedDateUTC", "UpdatedDateUTCString", "CurrencyCode", "OverpaymentID", "CurrencyRate", "RemainingCredit", "Allocations", "Payments", "HasAttachments", "Reference") VALUES
  ('RECEIVE-OVERPAYMENT', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '2026-01-30', 'AUTHORISED', 'NoTax', '[{"LineItemID": "9ac3145f-e431-5284-b700-981bdc1d39ed", "Description": "Overpayment", "Quantity": 1, "UnitAmount": 80.0, "AccountCode": "090", "TaxType": "NONE", "LineAmount": 80.0, "Tracking": []}]', 80.0, 0.0, 80.0, '2026-02-04T01:00:00Z', '2026-02-04T01:00:00', 'NZD', '07bd0695-a726-5ce0-8fb4-33122e02388a', 1.0, 80.0, '[]', '[]', false, 'Paid twice'),
  ('SPEND-OVERPAYMENT', '{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '2026-02-01', 'AUTHORISED', 'NoTax', '[{"LineItemID": "d8983f7c-c519-5b7d-a254-52853305566a", "Description": "Overpayment", "Quantity": 1, "UnitAmount": 25.0, "AccountCode": "429", "TaxType": "NONE", "LineAmount": 25.0, "Tracking": []}]', 25.0, 0.0, 25.0, '2026-02-04T01:00:00Z', '2026-02-04T01:00:00', 'NZD', 'a6f56e77-ddf4-5be7-9ba0-ed7defb7af11', 1.0, 25.0, '[]', '[]', false, NULL),
  ('RECEIVE-OVERPAYMENT', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '2026-02-04', 'PAID', 'NoTax', '[{"LineItemID": "9ee7cf8d-24e1-5f67-abf9-59c72a61883f", "Description": "Overpayment", "Quantity": 1, "UnitAmount": 40.0, "AccountCode": "090", "TaxType": "NONE", "LineAmount": 40.0, "Tracking": []}]', 40.0, 0.0, 40.0, '2026-02-04T01:00:00Z', '2026-02-04T01:00:00', 'NZD', 'ecb4f997-5351-5b63-a292-5ba6e9521c75', 1.0, 0.0, '[]', '[]', false, NULL);
INSERT INTO openapi_xero."PaymentServices" ("PaymentServiceID", "PaymentServiceName", "PaymentServiceUrl", "PayNowText", "PaymentServiceType") VALUES
  ('d0a39196-90f9-5337-96b1-15fedd0dbd96', 'PayCorp Online', 'https://pay.paycorp.example.com/?invoiceNo=[INVOICENUMBER]&currency=[CURRENCY]&amount=[AMOUNTDUE]', 'Pay by card', 'CUSTOM'),
  ('110fe75f-d8de-51da-8ee8-350a5e937175', 'BankLink Transfer', 'https://banklink.example.com/pay?ref=[INVOICENUMBER]', 'Pay by bank', 'CUSTOM'),
  ('9dd1e128-d943-577e-a4a1-30df3fb8ec82', 'Gift card', 'https://gift.example.com/redeem?c=[CONTACTNAME]&a=[AMOUNTDUE]', 'Redeem a gift card', 'CUSTOM');
INSERT INTO openapi_xero."Payments" ("Invoice", "CreditNote", "InvoiceNumber", "CreditNoteNumber", "BatchPayment", "Account", "Code", "Date", "CurrencyRate", "Amount", "BankAmount", "Reference", "IsReconciled", "Status", "PaymentType", "UpdatedDateUTC", "UpdatedDateUTCString", "PaymentID", "BatchPaymentID", "HasAccount", "HasValidationErrors") VALUES
  ('{"InvoiceID": "d00d6e82-95e7-5967-8356-86310dd87c0b", "InvoiceNumber": "INV-0001"}', NULL, 'INV-0001', NULL, '{"BatchPaymentID": "a729bd19-0007-57d4-a0cf-d3d2a8a9a03f"}', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', '090', '2026-01-18', 1.0, 1150.0, 1150.0, 'Ridgeway Jan', true, 'AUTHORISED', 'ACCRECPAYMENT', '2026-01-18T05:00:00Z', '2026-01-18T05:00:00', '30f3ee5a-0c7b-5514-9b9a-99638b0b160f', 'a729bd19-0007-57d4-a0cf-d3d2a8a9a03f', true, false),
  ('{"InvoiceID": "492ddf31-74cd-5f03-9c41-fca54567e734", "InvoiceNumber": "INV-0002"}', NULL, 'INV-0002', NULL, NULL, '{"AccountID": "d5b375d8-8c2b-548b-861c-bf71ba8dffb6", "Code": "091", "Name": "USD Savings Account"}', '091', '2026-02-09', 0.6012, 300.0, 300.0, 'Bayside part payment', true, 'AUTHORISED', 'ACCRECPAYMENT', '2026-02-09T05:00:00Z', '2026-02-09T05:00:00', '98352b6e-b783-5be5-b4a2-a2c455c5364c', NULL, true, false),
  ('{"InvoiceID": "b833228b-692c-5bf2-bb15-8b86bde28288", "InvoiceNumber": "INV-0003"}', NULL, 'INV-0003', NULL, '{"BatchPaymentID": "ed2563ad-2337-577d-99bc-020808c9d6e3"}', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', '090', '2026-02-03', 1.0, 1035.0, 1035.0, 'Ridgeway training', false, 'AUTHORISED', 'ACCRECPAYMENT', '2026-02-03T05:00:00Z', '2026-02-03T05:00:00', '6f0bc548-eadb-57f4-b8c1-eaecb17cba26', 'ed2563ad-2337-577d-99bc-020808c9d6e3', true, false),
  ('{"InvoiceID": "98d69a9b-4a50-5869-b4ba-2b4f519a6bec", "InvoiceNumber": "HS-778"}', NULL, 'HS-778', NULL, '{"BatchPaymentID": "0c9006cb-08c9-5bbd-8a67-c9ba0bc837d0"}', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', '090', '2026-01-30', 1.0, 287.5, 287.5, NULL, true, 'AUTHORISED', 'ACCPAYPAYMENT', '2026-01-30T05:00:00Z', '2026-01-30T05:00:00', '49778db1-e163-5b57-b536-594573ad8d0b', '0c9006cb-08c9-5bbd-8a67-c9ba0bc837d0', true, false),
  ('{"InvoiceID": "f32ef91b-388b-5278-b576-be937c1b5271", "InvoiceNumber": "RPT445-1"}', NULL, 'RPT445-1', NULL, '{"BatchPaymentID": "0c9006cb-08c9-5bbd-8a67-c9ba0bc837d0"}', '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', '090', '2026-01-30', 1.0, 150.0, 150.0, NULL, true, 'AUTHORISED', 'ACCPAYPAYMENT', '2026-01-30T05:00:00Z', '2026-01-30T05:00:00', '167a2852-7619-5ceb-bf8e-188db9e7a793', '0c9006cb-08c9-5bbd-8a67-c9ba0bc837d0', true, false),
  (NULL, '{"CreditNoteID": "00ccbbb0-4063-5397-b525-acd7a89a030b", "CreditNoteNumber": "CN-0002"}', NULL, 'CN-0002', NULL, '{"AccountID": "ab037b62-27f0-5446-95bd-21122392b418", "Code": "090", "Name": "Business Bank Account"}', '090', '2026-02-06', 1.0, 57.5, 57.5, 'Deposit refund', true, 'AUTHORISED', 'ARCREDITPAYMENT', '2026-02-06T05:00:00Z', '2026-02-06T05:00:00', '602db293-5a86-5e02-937a-1671d7c644c0', NULL, true, false);
INSERT INTO openapi_xero."Prepayments" ("Type", "Contact", "Date", "Status", "LineAmountTypes", "LineItems", "SubTotal", "TotalTax", "Total", "Reference", "InvoiceNumber", "UpdatedDateUTC", "UpdatedDateUTCString", "CurrencyCode", "PrepaymentID", "BrandingThemeID", "CurrencyRate", "RemainingCredit", "Allocations", "Payments", "HasAttachments", "Attachments") VALUES
  ('RECEIVE-PREPAYMENT', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '2026-02-07', 'AUTHORISED', 'Inclusive', '[{"LineItemID": "d5b4846f-d524-5f97-8f67-6ecc19697e78", "Description": "Deposit", "Quantity": 1, "UnitAmount": 230.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 230.0, "Tracking": []}]', 200.0, 30.0, 230.0, 'RPP-0001', 'RPP-0001', '2026-02-05T01:00:00Z', '2026-02-05T01:00:00', 'NZD', 'd40de272-f53f-561b-98ff-83ce076c29df', '1ac65979-9878-58b0-8640-7a0e39792776', 1.0, 230.0, '[]', '[]', false, '[]'),
  ('SPEND-PREPAYMENT', '{"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}', '2026-02-08', 'AUTHORISED', 'Inclusive', '[{"LineItemID": "3a88aa17-45d3-57ae-853a-c3b6fc675aeb", "Description": "Deposit", "Quantity": 1, "UnitAmount": 115.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 115.0, "Tracking": []}]', 100.0, 15.0, 115.0, NULL, NULL, '2026-02-05T01:00:00Z', '2026-02-05T01:00:00', 'NZD', '4aed35bf-9503-5f4d-8fd8-81559645881e', NULL, 1.0, 115.0, '[]', '[]', false, '[]'),
  ('RECEIVE-PREPAYMENT', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '2026-02-09', 'AUTHORISED', 'Inclusive', '[{"LineItemID": "97e2d61c-0cf2-5fc3-b7aa-e8d7767ebbf5", "Description": "Deposit", "Quantity": 1, "UnitAmount": 460.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 460.0, "Tracking": []}]', 400.0, 60.0, 460.0, 'RPP-0002', 'RPP-0002', '2026-02-05T01:00:00Z', '2026-02-05T01:00:00', 'NZD', '0a4b6f84-50db-5a3e-a301-2ce09965ca0c', 'ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575', 1.0, 460.0, '[]', '[]', false, '[]');
INSERT INTO openapi_xero."PurchaseOrders" ("Contact", "LineItems", "Date", "DeliveryDate", "LineAmountTypes", "PurchaseOrderNumber", "BrandingThemeID", "CurrencyCode", "Status", "SentToContact", "DeliveryAddress", "AttentionTo", "Telephone", "DeliveryInstructions", "ExpectedArrivalDate", "PurchaseOrderID", "CurrencyRate", "SubTotal", "TotalTax", "Total", "TotalDiscount", "HasAttachments", "UpdatedDateUTC") VALUES
  ('{"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}', '[{"LineItemID": "0f521254-c498-5ea9-82b3-6558521c145c", "Description": "Fish out of Water (wholesale)", "Quantity": 20, "UnitAmount": 12.5, "AccountCode": "630", "TaxType": "INPUT2", "LineAmount": 250.0, "ItemCode": "BOOK", "Tracking": []}]', '2026-01-08', '2026-01-28', 'Exclusive', 'PO-0001', '90403a37-18a8-5de8-be7c-63e0400e1e67', 'NZD', 'BILLED', true, '23 Main Street, Wellington 6011', 'Tom Reid', '4910000', 'Leave at reception', '2026-01-27', '981b6279-df0d-54f5-87dc-da1a428d41a3', 1.0, 250.0, 37.5, 287.5, 0.0, false, '2026-01-08T08:00:00Z'),
  ('{"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}', '[{"LineItemID": "52df997c-d4f7-58e8-8a83-a30316ed02ce", "Description": "Golf ball, white (box of 50)", "Quantity": 50, "UnitAmount": 2.0, "AccountCode": "630", "TaxType": "INPUT2", "LineAmount": 100.0, "ItemCode": "GB1-White", "Tracking": []}]', '2026-02-03', '2026-02-28', 'Exclusive', 'PO-0002', '90403a37-18a8-5de8-be7c-63e0400e1e67', 'NZD', 'AUTHORISED', true, '23 Main Street, Wellington 6011', 'Tom Reid', '4910000', 'Leave at reception', '2026-02-27', 'f28f050d-a579-5396-9381-9bbd30a852df', 1.0, 100.0, 15.0, 115.0, 0.0, false, '2026-02-03T08:00:00Z'),
  ('{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '[{"LineItemID": "0d12f803-25e1-5232-8f5c-324e9ec3d678", "Description": "Trainer fee", "Quantity": 1, "UnitAmount": 300.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 300.0, "ItemCode": "Train-MS", "Tracking": []}]', '2026-02-16', '2026-02-28', 'Exclusive', 'PO-0003', '1ac65979-9878-58b0-8640-7a0e39792776', 'NZD', 'DRAFT', false, '23 Main Street, Wellington 6011', 'Tom Reid', '4910000', 'Leave at reception', '2026-02-27', '453f8476-e03a-5cec-95b9-41df49cf6921', 1.0, 300.0, 45.0, 345.0, 0.0, false, '2026-02-16T08:00:00Z');
INSERT INTO openapi_xero."Quotes" ("QuoteID", "QuoteNumber", "Terms", "Contact", "LineItems", "Date", "DateString", "ExpiryDate", "ExpiryDateString", "Status", "CurrencyCode", "CurrencyRate", "SubTotal", "TotalTax", "Total", "TotalDiscount", "Title", "BrandingThemeID", "UpdatedDateUTC", "LineAmountTypes") VALUES
  ('8e19cb92-a7f0-5d80-bcef-92337806ea55', 'QU-0001', 'Valid for 30 days', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '[{"LineItemID": "4d454798-31c8-5a26-add9-5f9a4e5220c0", "Description": "Development work", "Quantity": 2, "UnitAmount": 500.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 1000.0, "ItemCode": "DevD", "Tracking": []}]', '2025-12-15', '2025-12-15T00:00:00', '2026-01-14', '2026-01-14T00:00:00', 'INVOICED', 'NZD', 1.0, 1000.0, 150.0, 1150.0, 0.0, 'Support retainer', '1ac65979-9878-58b0-8640-7a0e39792776', '2025-12-15T09:00:00Z', 'EXCLUSIVE'),
  ('fc4bb3ed-ca45-5e78-8f1e-96c892ebfdfe', 'QU-0002', 'Valid for 30 days', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '[{"LineItemID": "b9cf4779-e4ee-5f1c-92f5-ca6bea6ef88e", "Description": "Golf ball, white, single", "Quantity": 100, "UnitAmount": 5.0, "AccountCode": "200", "TaxType": "ZERORATED", "LineAmount": 500.0, "ItemCode": "GB1-White", "Tracking": []}]', '2026-01-05', '2026-01-05T00:00:00', '2026-02-04', '2026-02-04T00:00:00', 'ACCEPTED', 'USD', 1.0, 500.0, 0.0, 500.0, 0.0, 'Tournament golf balls', 'ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575', '2026-01-05T09:00:00Z', 'EXCLUSIVE'),
  ('dacf8c84-f186-591c-9dcd-dfe8fa9ff82d', 'QU-0003', 'Valid for 30 days', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '[{"LineItemID": "445d7995-02c9-5260-951b-53cce3e5f073", "Description": "Half day training", "Quantity": 2, "UnitAmount": 500.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 1000.0, "ItemCode": "Train-MS", "Tracking": []}]', '2026-02-12', '2026-02-12T00:00:00', '2026-03-14', '2026-03-14T00:00:00', 'SENT', 'NZD', 1.0, 1000.0, 150.0, 1150.0, 0.0, 'Office training', '90403a37-18a8-5de8-be7c-63e0400e1e67', '2026-02-12T09:00:00Z', 'EXCLUSIVE');
INSERT INTO openapi_xero."Receipts" ("Date", "Contact", "LineItems", "User", "Reference", "LineAmountTypes", "SubTotal", "TotalTax", "Total", "ReceiptID", "Status", "ReceiptNumber", "UpdatedDateUTC", "HasAttachments") VALUES
  ('2026-01-09', '{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '[{"LineItemID": "2292ca71-8277-5305-ac35-90d94fff1ea1", "Description": "Power bank for site visit", "Quantity": 1, "UnitAmount": 46.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 46.0, "Tracking": []}]', '{"UserID": "1e89f0d0-fc2b-519f-8cd4-563ac54973ee", "EmailAddress": "tom.reid@demo.example.co.nz", "FirstName": "Tom", "LastName": "Reid"}', 'Site visit', 'Inclusive', 40.0, 6.0, 46.0, '7c4f04ed-2958-50f1-be22-981fc05d686e', 'AUTHORISED', '1', '2026-01-09T10:00:00Z', false),
  ('2026-01-10', '{"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}', '[{"LineItemID": "3a853b44-e529-57a4-9b8e-26f7822f1521", "Description": "Printed handouts", "Quantity": 1, "UnitAmount": 34.5, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 34.5, "Tracking": []}]', '{"UserID": "1e89f0d0-fc2b-519f-8cd4-563ac54973ee", "EmailAddress": "tom.reid@demo.example.co.nz", "FirstName": "Tom", "LastName": "Reid"}', 'Training prep', 'Inclusive', 30.0, 4.5, 34.5, 'b17e4267-2d3b-5365-96b0-731f7d368d49', 'AUTHORISED', '2', '2026-01-10T10:00:00Z', false),
  ('2026-01-22', '{"ContactID": "9884e8b5-08bf-5032-994a-6b1347681eea", "Name": "Hamilton Smith Ltd"}', '[{"LineItemID": "92fe8d13-1d85-5211-a147-061260a3447f", "Description": "Courier", "Quantity": 1, "UnitAmount": 23.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 23.0, "Tracking": []}]', '{"UserID": "05722de1-d8d7-53ef-bdab-93e3d1da85db", "EmailAddress": "ana.kaur@demo.example.co.nz", "FirstName": "Ana", "LastName": "Kaur"}', 'Book delivery', 'Inclusive', 20.0, 3.0, 23.0, 'd1e55423-3ddf-59fa-bc78-2b9246548676', 'AUTHORISED', '1', '2026-01-22T10:00:00Z', false),
  ('2026-02-13', '{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '[{"LineItemID": "4580c879-b795-536e-87c1-2e24d4a4b266", "Description": "Extension leads", "Quantity": 1, "UnitAmount": 57.5, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 57.5, "Tracking": []}]', '{"UserID": "2bdc0fd5-99e1-5cf1-a3ac-700cd6090312", "EmailAddress": "mia.wong@demo.example.co.nz", "FirstName": "Mia", "LastName": "Wong"}', 'Marquee', 'Inclusive', 50.0, 7.5, 57.5, '45b3bab6-9339-5b8a-944c-0ae0c5fef09c', 'SUBMITTED', '1', '2026-02-13T10:00:00Z', false);
INSERT INTO openapi_xero."RepeatingInvoices" ("Type", "Contact", "Schedule", "LineItems", "LineAmountTypes", "Reference", "BrandingThemeID", "CurrencyCode", "Status", "SubTotal", "TotalTax", "Total", "RepeatingInvoiceID", "ID", "HasAttachments", "ApprovedForSending", "SendCopy", "MarkAsSent", "IncludePDF") VALUES
  ('ACCREC', '{"ContactID": "a4ccea06-30b2-5264-95da-393a8a57c3bb", "Name": "Ridgeway University"}', '{"Period": 1, "Unit": "MONTHLY", "DueDate": 20, "DueDateType": "OFFOLLOWINGMONTH", "StartDate": "2025-12-01", "NextScheduledDate": "2026-03-01"}', '[{"LineItemID": "645d98b4-c7e7-5ed1-bf25-8ba81e531074", "Description": "Development work - developer onsite per day", "Quantity": 1, "UnitAmount": 1000.0, "AccountCode": "200", "TaxType": "OUTPUT2", "LineAmount": 1000.0, "Tracking": []}]', 'Exclusive', 'Monthly support', '1ac65979-9878-58b0-8640-7a0e39792776', 'NZD', 'AUTHORISED', 1000.0, 150.0, 1150.0, 'de2e75b3-15e7-5f91-ac47-97cd64530044', 'de2e75b3-15e7-5f91-ac47-97cd64530044', false, false, false, false, false),
  ('ACCREC', '{"ContactID": "5df5d8c2-1376-5696-b5b4-1c44555cd441", "Name": "Bayside Club"}', '{"Period": 3, "Unit": "MONTHLY", "DueDate": 20, "DueDateType": "OFFOLLOWINGMONTH", "StartDate": "2025-12-01", "NextScheduledDate": "2026-03-01"}', '[{"LineItemID": "98d7d5db-898b-5df8-bbbc-c5f66024207c", "Description": "Rebilled expenses", "Quantity": 1, "UnitAmount": 240.0, "AccountCode": "200", "TaxType": "ZERORATED", "LineAmount": 240.0, "Tracking": []}]', 'Exclusive', 'Recharges', 'ed7b8cef-54ec-5cc1-a122-e3e6d8ab0575', 'USD', 'AUTHORISED', 240.0, 0.0, 240.0, '48f863d8-b556-506c-94d8-1ce736aa3b7b', '48f863d8-b556-506c-94d8-1ce736aa3b7b', false, false, false, false, false),
  ('ACCPAY', '{"ContactID": "76585fdb-add4-5b48-bd37-c09a2ae21846", "Name": "PowerDirect"}', '{"Period": 1, "Unit": "MONTHLY", "DueDate": 20, "DueDateType": "OFFOLLOWINGMONTH", "StartDate": "2025-12-01", "NextScheduledDate": "2026-03-01"}', '[{"LineItemID": "9724f431-85c8-5655-abb2-f5cb2ca4d38b", "Description": "Electricity", "Quantity": 1, "UnitAmount": 240.0, "AccountCode": "429", "TaxType": "INPUT2", "LineAmount": 240.0, "Tracking": []}]', 'Exclusive', NULL, NULL, 'NZD', 'DRAFT', 240.0, 36.0, 276.0, '983546d7-24b0-52dd-86c2-58f690da221c', '983546d7-24b0-52dd-86c2-58f690da221c', false, false, false, false, false);
INSERT INTO openapi_xero."TaxRates" ("Name", "TaxType", "TaxComponents", "Status", "ReportTaxType", "CanApplyToAssets", "CanApplyToEquity", "CanApplyToExpenses", "CanApplyToLiabilities", "CanApplyToRevenue", "DisplayTaxRate", "EffectiveRate") VALUES
  ('15% GST on Income', 'OUTPUT2', '[{"Name": "GST", "Rate": 15.0, "IsCompound": false, "IsNonRecoverable": false}]', 'ACTIVE', 'OUTPUT', true, true, true, true, true, 15.0, 15.0),
  ('15% GST on Expenses', 'INPUT2', '[{"Name": "GST", "Rate": 15.0, "IsCompound": false, "IsNonRecoverable": false}]', 'ACTIVE', 'INPUT', true, true, true, true, true, 15.0, 15.0),
  ('No GST', 'NONE', '[{"Name": "GST", "Rate": 0.0, "IsCompound": false, "IsNonRecoverable": false}]', 'ACTIVE', 'NONE', true, true, true, true, true, 0.0, 0.0),
  ('Zero Rated', 'ZERORATED', '[{"Name": "GST", "Rate": 0.0, "IsCompound": false, "IsNonRecoverable": false}]', 'ACTIVE', 'OUTPUT', false, false, true, false, true, 0.0, 0.0);
INSERT INTO openapi_xero."TrackingCategories" ("TrackingCategoryID", "Name", "Status", "Options") VALUES
  ('770279ee-ae0b-5330-bfd7-9b57acc7ccfc', 'Region', 'ACTIVE', '[{"TrackingOptionID": "a2616106-ccbf-5045-bb81-6fe41d61b1c3", "Name": "North", "Status": "ACTIVE"}, {"TrackingOptionID": "26abb985-c4a3-5b61-a411-7ed94de8a75f", "Name": "South", "Status": "ACTIVE"}]'),
  ('83546b98-fab3-507d-9a3a-362ce89cf3c8', 'Department', 'ACTIVE', '[{"TrackingOptionID": "8e11896b-44d0-51d2-bf8f-1e961361a135", "Name": "Sales", "Status": "ACTIVE"}, {"TrackingOptionID": "ceb17f0d-c7d9-5c09-97f8-0e9fea917915", "Name": "Operations", "Status": "ACTIVE"}]'),
  ('3ff57b89-0baf-5427-996c-d0d441f402c6', 'Campaign', 'ARCHIVED', '[{"TrackingOptionID": "8bf05daa-499e-5c9d-8d67-32c9f5b54310", "Name": "Spring 2025", "Status": "ARCHIVED"}]');
INSERT INTO openapi_xero."Users" ("UserID", "EmailAddress", "FirstName", "LastName", "UpdatedDateUTC", "IsSubscriber", "OrganisationRole") VALUES
  ('2bdc0fd5-99e1-5cf1-a3ac-700cd6090312', 'mia.wong@demo.example.co.nz', 'Mia', 'Wong', '2025-12-01T00:10:00Z', true, 'FINANCIALADVISER'),
  ('1e89f0d0-fc2b-519f-8cd4-563ac54973ee', 'tom.reid@demo.example.co.nz', 'Tom', 'Reid', '2025-12-03T22:40:00Z', false, 'STANDARD'),
  ('05722de1-d8d7-53ef-bdab-93e3d1da85db', 'ana.kaur@demo.example.co.nz', 'Ana', 'Kaur', '2026-01-20T19:05:00Z', false, 'INVOICEONLY');
