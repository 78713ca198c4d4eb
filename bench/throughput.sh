#!/usr/bin/env bash
# Batch screening throughput: generates a customer file of N rows (default 1,000,000), then runs
# `embargo screen --input` twice on all cores: the floor (read, parse and normalize only) and
# the full screening. Prints rows per second for both and their ratio (target: >= 20,000 rows/s
# on 2 cores, and screening at most 10x the floor).  Usage: bench/throughput.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
embargo=build/apps/cli/embargo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v n="$rows" 'BEGIN {
  split("James Maria Wei Olga Ahmed Min-jun Fatima Hans Yuki Carlos Aisha Ivan Li Sofia Omar", g, " ");
  split("Smith Garcia Wang Petrova Hassan Kim Haddad Muller Tanaka Lopez Khan Ivanov Chen Rossi Park", f, " ");
  split("Cho Il Woo|Jang Myong Jin|Taedong Credit Bank|Ocean Maritime Management Co Ltd|Kim Jong Un|Chong Chon Gang Shipping", l, "|");
  print "id,name,kind,dob,country";
  srand(7);
  for (i = 1; i <= n; i++) {
    if (i % 50 == 0) name = l[1 + int(rand() * 6)];
    else name = g[1 + int(rand() * 15)] " " f[1 + int(rand() * 15)];
    printf "C%07d,%s,,19%02d-%02d-%02d,\n", i, name, 40 + int(rand() * 60), 1 + int(rand() * 12), 1 + int(rand() * 28);
  }
}' > "$work/customers.csv"
run() {
  local start end
  start=$(date +%s.%N)
  "$embargo" screen --input "$work/customers.csv" --output /dev/null "$@" 2>"$work/log"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
floor=$(run --normalize-only)
full=$(run)
awk -v n="$rows" -v a="$floor" -v b="$full" 'BEGIN {
  printf "rows                 %d\n", n;
  printf "floor (normalize)    %.2f s  %.0f rows/s\n", a, n / a;
  printf "full screening       %.2f s  %.0f rows/s  (target >= 20000 rows/s)\n", b, n / b;
  printf "screening / floor    %.1fx   (target <= 10x)\n", b / a }'
