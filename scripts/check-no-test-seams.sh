#!/bin/sh
# Shipped binaries read no test variable: none of them may contain the name of one. The test
# build of the CLI must contain them (otherwise this check could not see them at all).
# Usage: check-no-test-seams.sh TESTING_BINARY SHIPPED_BINARY...
set -eu
testing=$1
shift
if ! strings "$testing" | grep -q 'ACMEDESK_TEST_'; then
    echo "check-no-test-seams: $testing names no ACMEDESK_TEST_ variable; the check is blind" >&2
    exit 1
fi
status=0
for binary in "$@"; do
    if found=$(strings "$binary" | grep 'ACMEDESK_TEST_'); then
        echo "check-no-test-seams: $binary names test variables: $found" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "no test variable in: $*"
exit "$status"
