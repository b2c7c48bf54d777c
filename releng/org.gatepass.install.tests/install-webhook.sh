#!/bin/sh
# End-to-end test of installing an extension, run by the build after the product and the update site:
#   install-webhook.sh <built product folder> <update site zip> <work folder>
# Copies the product, installs the webhook feature into the copy with gatepass-install, configures one endpoint
# pointing at a local receiver (WebhookReceiver.java), starts the product and checks that the webhook component
# became active, stores the signing secret with gatepass-secret, replays faces of a stranger and checks that the
# receiver got the unknown-face alert, correctly signed; then removes the feature again, starts once more so that the
# removal is audited, and checks the audit chain with gatepass-audit before and after editing a row with SQL.
set -eu
product=$1; site=$2; work=$3
patience=${GATEPASS_TEST_PATIENCE:-90}
java="${JAVA_HOME:?JAVA_HOME must name the JDK}/bin/java"
here=$(cd "$(dirname "$0")" && pwd)
[ -n "${DISPLAY:-}" ] || { echo "install test: the product needs a display; run under xvfb-run, as ./run-tests does" >&2; exit 1; }

fail() { echo "install test FAILED: $*" >&2; [ -f "$work/gatepass.log" ] && tail -n 40 "$work/gatepass.log" >&2; exit 1; }
# Waits until the command succeeds, once a second, up to $patience seconds.
await() { i=0; until "$@"; do i=$((i + 1)); [ $i -lt "$patience" ] || return 1; sleep 1; done; }

rm -rf "$work"; mkdir -p "$work/receiver" "$work/data/config"
cp -a "$product" "$work/gatepass"
installed="$work/gatepass"

echo "install test: installing org.gatepass.notify.webhook.feature from $site"
"$installed/gatepass-install" "$site" org.gatepass.notify.webhook.feature > "$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "gatepass-install failed"; }
grep -q '^org\.gatepass\.notify\.webhook,' "$installed/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the webhook bundle is not in the product's bundles.info after installing"
"$installed/gatepass-install" --list > "$work/list.log" 2>&1 || { cat "$work/list.log" >&2; fail "gatepass-install --list failed"; }
grep -q '^org\.gatepass\.notify\.webhook\.feature\.feature\.group/' "$work/list.log" || fail "--list does not show the installed feature"

secret="e2e-$(date +%s)-$$"
"$java" "$here/WebhookReceiver.java" "$work/receiver" "$secret" > "$work/receiver.log" 2>&1 &
receiver=$!
gatepass=""
trap 'kill $receiver 2>/dev/null; [ -n "$gatepass" ] && kill $gatepass 2>/dev/null; true' EXIT
await test -f "$work/receiver/port" || fail "the receiver did not start"
cat > "$work/data/config/org.gatepass.notify.webhook-e2e.cfg" <<CFG
notifier.name=webhook.e2e
url=http://127.0.0.1:$(cat "$work/receiver/port")/gate/events
secret.key=notify.webhook.e2e.secret
alerts=true
movements=true
CFG

printf '%s\n' "$secret" | "$installed/gatepass-secret" -Dgatepass.data="$work/data" put notify.webhook.e2e.secret > "$work/secret.log" 2>&1 \
  || { cat "$work/secret.log" >&2; fail "gatepass-secret put failed"; }
"$installed/gatepass-secret" -Dgatepass.data="$work/data" check notify.webhook.e2e.secret > /dev/null 2>&1 \
  || fail "gatepass-secret check does not find the secret just stored"
! grep -rq "$secret" "$work/data" || fail "the signing secret is readable in a file of the data folder"

faces=${GATEPASS_SHARED:-}/faces/lfw-dev/images/Jiang_Zemin
replay=""
if [ -d "$faces" ]; then replay="-Dgatepass.replay=$faces"; fi

echo "install test: starting the product with the webhook configured"
"$installed/gatepass" -Dgatepass.data="$work/data" $replay > "$work/gatepass.log" 2>&1 &
gatepass=$!
await grep -q "Webhook webhook.e2e active, posting to http://127.0.0.1:" "$work/gatepass.log" \
  || fail "the webhook component did not become active within $patience s"
echo "install test: the installed webhook notifier is active"

if [ -n "$replay" ]; then
  await test -f "$work/receiver/request-1.verdict" || fail "no event was posted to the receiver within $patience s"
  grep -q "signature ok" "$work/receiver/request-1.verdict" || fail "the posted event's signature does not verify"
  grep -q '"decision":"UNKNOWN_FACE"' "$work/receiver/request-1.json" || fail "the posted event is not the unknown face: $(cat "$work/receiver/request-1.json")"
  grep -qi '^Idempotency-key: ' "$work/receiver/request-1.txt" || fail "the post has no Idempotency-Key header"
  echo "install test: the unknown face was posted, signed correctly: $(cat "$work/receiver/request-1.json")"
else
  echo "install test: delivery SKIPPED: no face images at $faces (GATEPASS_SHARED)"
fi

kill $gatepass; wait $gatepass 2>/dev/null || true; gatepass=""
"$installed/gatepass-install" --remove org.gatepass.notify.webhook.feature > "$work/remove.log" 2>&1 \
  || { cat "$work/remove.log" >&2; fail "gatepass-install --remove failed"; }
! grep -q '^org\.gatepass\.notify\.webhook,' "$installed/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the webhook bundle is still in bundles.info after --remove"
echo "install test: the webhook feature was removed again"

# The next start records the removal in the audit trail; gatepass-audit checks the chain, and names a row edited with SQL.
"$installed/gatepass" -Dgatepass.data="$work/data" > "$work/gatepass.log" 2>&1 &
gatepass=$!
await grep -q "Audit trail: 0 bundles installed and [1-9][0-9]* removed since the last start" "$work/gatepass.log" \
  || fail "the removed extension was not recorded in the audit trail within $patience s"
kill $gatepass; wait $gatepass 2>/dev/null || true; gatepass=""
"$installed/gatepass-audit" -Dgatepass.data="$work/data" verify > "$work/audit.log" 2>&1 || { cat "$work/audit.log" >&2; fail "gatepass-audit verify failed"; }
grep -q "^Audit trail intact: [1-9][0-9]* rows checked" "$work/audit.log" || fail "gatepass-audit did not find the rows: $(cat "$work/audit.log")"
h2=$(ls "$installed"/plugins/com.h2database_*.jar | head -n 1)
"$java" -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/db/gatepass;MODE=MySQL" -user "" -password "" \
  -sql "UPDATE audit_log SET subject = 'bundle nothing to see' WHERE seq = 1" > "$work/tamper.log" 2>&1 \
  || { cat "$work/tamper.log" >&2; fail "could not edit the audit row with SQL"; }
status=0
"$installed/gatepass-audit" -Dgatepass.data="$work/data" verify > "$work/audit.log" 2>&1 || status=$?
[ $status -eq 1 ] || fail "gatepass-audit verify answered $status after an edit, not 1: $(cat "$work/audit.log")"
grep -q "^Audit trail BROKEN at row 1: row 1 was changed" "$work/audit.log" || fail "gatepass-audit did not name the edited row: $(cat "$work/audit.log")"
echo "install test: gatepass-audit verify: $(grep "^Audit trail" "$work/audit.log")"
