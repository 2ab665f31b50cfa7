#!/usr/bin/env bash
# Merging into a living Hasura project (issue 14): a realistic export
# (tests/hasura/project_export.json: two sources, permissions for several roles, an
# action, a remote schema, a cron trigger, an allow list, a REST endpoint, hand-made
# relationships, one with the name we would pick and one on the columns we would
# join, custom names, a table of another source that has the root fields we would
# take) merged with the HubSpot and then the Salesforce sample. tests/merge_check.py
# says what is checked.
set -euo pipefail
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}/merge_into
PGDATABASE=regress python3 tests/merge_check.py tests/hasura/project_export.json "$out" hubspot salesforce:public
