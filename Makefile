# SPDX-FileCopyrightText: 2026 Fieldfile contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two commands a new user needs:  make run   and   make test
# Both install missing Debian packages first (apt-get, as root or via sudo).

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
ARGS ?=

.PHONY: all deps configure build run test test-long test-asan bench bench-load bench-station bench-notes bench-start demo translations format format-check package check-packages clean

all: build

deps:
	@bash packaging/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Opens the app; on first run it creates a demo caseload in the user's data folder.
run: build
	$(BUILD_DIR)/app/fieldfile --demo $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The convergence property test with 10,000 seeds instead of the 1,000 of `make test` (a few minutes).
test-long: build
	cd $(BUILD_DIR) && FIELDFILE_SEEDS=10000 ./tests/test_convergence

# The core suites under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer, in build-asan/
# with the `asan` preset of CMakePresets.json (-fno-sanitize-recover=undefined: a report of either fails its
# test). -O1 -g1: line tables only, still file and line in every report, compile in about 65% of the time
# of -g; -O0 would compile faster still but run the tests half as fast. Builds only the core tests and the county server two of them run (target core_tests),
# not the widgets or the benchmarks, and runs the tests labelled `core`. The preset's test environment sets
# ASAN_OPTIONS and UBSAN_OPTIONS (yours are appended) and runs the convergence test with 200 seeds instead
# of 1,000: under the sanitizers a seed costs about five times as much, and make test runs all 1,000.
test-asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

# Benchmarks are not part of `make test`; see tests/bench/README.md.
bench: build
	cd $(BUILD_DIR) && ./tests/bench/fieldfile-bench $(ARGS)

# 200 laptops syncing at once against the real county server (under 3 minutes); ARGS="--clients 50 --rounds 3".
bench-load: build
	cd $(BUILD_DIR) && ./tests/bench/fieldfile-load-bench $(ARGS)

# The review queue, the station overview and My tasks on a station of 5,000 households with a year of
# casework (the first run generates it, about a minute); ARGS="--households 20000 --runs 100".
bench-station: build
	cd $(BUILD_DIR) && ./tests/bench/fieldfile-station-bench $(ARGS)

# The app's start on 10,000 households with their casework beside an empty Qt window's, each process
# from spawn to exit (the first run generates the caseload, about 3 minutes); ARGS="--runs 40".
bench-start: build
	cd $(BUILD_DIR) && ./tests/bench/fieldfile-start-bench $(ARGS)

# Finding case notes by their words (tests/bench/README.md).
bench-notes: build
	cd $(BUILD_DIR) && ./tests/bench/fieldfile-notes-bench $(ARGS)

# The Debian packages fieldfile (the app) and fieldfile-server (the county server as a systemd
# service), from the build in $(BUILD_DIR), into $(BUILD_DIR)/packages/ (docs/deployment.md §8).
package: build
	@bash packaging/install-deps.sh package
	rm -f $(BUILD_DIR)/packages/*.deb
	cd $(BUILD_DIR) && cpack -G DEB
	@ls -l $(BUILD_DIR)/packages/*.deb

# make package, then lintian, install, start both, systemd-analyze verify, purge (CI runs it).
check-packages:
	BUILD_DIR=$(BUILD_DIR) bash packaging/check-packages.sh

translations: configure
	/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none app core ui -ts translations/fieldfile_zh_CN.ts

# The sources clang-format owns: app, core, ui and tests, but not tests/golden (test input, kept as is).
SOURCES = find app core ui tests -path tests/golden -prune -o \( -name '*.cpp' -o -name '*.h' \) -print

format: deps
	$(SOURCES) | xargs clang-format -i

# Fails, naming them, if any source differs from what clang-format makes of it with .clang-format.
# CI runs it (.ci/run).
format-check: deps
	@echo "Checking the format of the sources with $$(clang-format --version)"
	@out=$$($(SOURCES) | xargs clang-format --dry-run 2>&1) || { echo "$$out"; exit 1; }; \
	files=$$(printf '%s\n' "$$out" | sed -n 's/^\([^ :][^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u); \
	if [ -n "$$files" ]; then \
	  echo "These files are not formatted with .clang-format:"; printf '  %s\n' $$files; \
	  echo "Run 'make format' to format every source, check the diff and commit it."; exit 1; \
	fi; \
	echo "All $$($(SOURCES) | wc -l) sources are formatted."

clean:
	rm -rf $(BUILD_DIR)
