# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README, and a few more for developers. Each installs the Debian packages
# listed in scripts/debian-packages.txt when they are missing, configures with a CMake preset and builds.
#   make run     build and launch Credfolio
#   make test    the whole test suite: normal build, then again under AddressSanitizer + UBSan, then every
#                libFuzzer target for a few seconds (fuzz-smoke)
#   make fuzz-smoke  builds core and the libFuzzer targets only (clang) and runs each for FUZZ_SMOKE_SECONDS
.PHONY: run test check test-asan deps bench deb fuzz fuzz-smoke translations clean
JOBS ?= $(shell nproc)

run: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS) --target credfolio credfolio-cli
	./build/dev/app/gui/credfolio

test: check test-asan fuzz-smoke

check: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)
	scripts/run-tests.sh build/dev

test-asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		scripts/run-tests.sh build/asan -LE packaging

FUZZ_SMOKE_SECONDS ?= 5
fuzz-smoke: deps
	cmake --preset fuzz-smoke >/dev/null
	cmake --build --preset fuzz-smoke -j $(JOBS)
	scripts/fuzz-smoke.sh $(FUZZ_SMOKE_SECONDS) build/fuzz-smoke

bench: deps
	cmake --preset bench >/dev/null
	cmake --build --preset bench -j $(JOBS)
	scripts/run-benchmarks.sh build/bench

deb: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)
	cd build/release && cpack -G DEB

translations: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev --target update_translations

deps:
	@scripts/install-deps.sh

clean:
	rm -rf build
