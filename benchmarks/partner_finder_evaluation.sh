#!/bin/sh
# The partner finder's offline evaluation (docs/benchmarks.md, "Partner finder (issue 13)").
# Usage: benchmarks/partner_finder_evaluation.sh [seed] [--tune]
# Builds the registry from src/test/resources/pairs/wikipedia-pairs-sample.csv on H2, hides a
# seeded random fifth of its relationships and prints recall@5, recall@20 and MRR of the finder and
# of the baselines (also written to target/partner-finder-evaluation-seed-<seed>.md). With --tune
# it also scores a grid of weights on the same hidden ties: tune on one seed, report on another.
set -e
cd "$(dirname "$0")/.."
SEED="${1:-2}"
TUNE=false
[ "$2" = "--tune" ] && TUNE=true
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp -q test -Dtest=PartnerFinderEvaluation -DskipPostgresqlTests=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dpartnerfinder.seed="$SEED" -Dpartnerfinder.tune="$TUNE"
cat "target/partner-finder-evaluation-seed-$SEED.md"
